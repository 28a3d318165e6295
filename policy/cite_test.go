package policy

import (
	"testing"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
)

// The provisions issue 9 gave a point or an article: the ЕНП check digit
// (HL7 CX.3, code M10 of table 0061), a policy of the law of 1991 (its
// art. 5), the УЭК (158н pp. 20–21), the digital policy (326-ФЗ ст. 45 as
// re-worded by 405-ФЗ) and the temporary certificate's term, whose
// timeline versions carry their point.
func TestCitationsHaveTheirPoint(t *testing.T) {
	bad, _ := ParseENPLax("1234567890123457")
	dec, err := InForce(Policy{ENP: bad, Category: eligibility.Citizen14Plus, Issued: day(2020, 1, 9)}, day(2021, 1, 1))
	if err != nil {
		t.Fatal(err)
	}
	if f := finding(t, dec, CodeENPCheckDigit); f.Citation.String() != "ISO/HL7 27931:2009 (HL7 v2.5), Mod10, п. CX.3 (M10)" {
		t.Errorf("check digit cites %q", f.Citation)
	}
	_, dec, err = Validity(Policy{Category: eligibility.Citizen14Plus, Issued: day(2009, 5, 1)})
	if err != nil {
		t.Fatal(err)
	}
	if f := finding(t, dec, CodeValidityIndefinite); f.Citation.String() != "Закон РФ от 28.06.1991 № 1499-1, ст. 5" || !f.Unconfirmed {
		t.Errorf("a policy of 2009 cites %q (unconfirmed %v)", f.Citation, f.Unconfirmed)
	}
	if f := finding(t, CheckForm(UEK, day(2014, 3, 1), day(2015, 3, 1)), CodeFormUEKLegacy); f.Citation.Act != oms.ActRules158n || f.Citation.Point != "20–21" {
		t.Errorf("УЭК cites %q", f.Citation)
	}
	if v, _ := DefaultRules().NewForm.At(day(2023, time.March, 1)); v.Value != Digital || v.Citation.Article != "45" || !v.Unconfirmed {
		t.Errorf("digital policy: %+v", v)
	}
	for _, v := range DefaultRules().CertificateTerm.Versions() {
		if v.Citation != v.Value.Citation || v.Citation.Point == "" {
			t.Errorf("certificate term from %s cites %q, its duty %q", v.From, v.Citation, v.Value.Citation)
		}
	}
}
