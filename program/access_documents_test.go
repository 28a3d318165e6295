package program_test

import (
	"errors"
	"testing"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/program"
)

func TestDocumentsAtCases(t *testing.T) {
	t.Parallel()
	adult := oms.SomeDate(accDay(1980, 5, 17))
	child := oms.SomeDate(accDay(2013, 1, 10))
	cases := []struct {
		name      string
		day       date.Date
		born      oms.OptionalDate
		emergency bool
		want      []program.VisitDocument
	}{
		// 326-ФЗ ст. 16 ч. 2 п. 1, old wording (testhelp.link; fomsrt.ru).
		{"2019, the policy", accDay(2019, 3, 1), adult, false, []program.VisitDocument{program.DocPolicy}},
		{"30.11.2022, still the policy", accDay(2022, 11, 30), adult, false, []program.VisitDocument{program.DocPolicy}},
		// kamadm.ru prosecutor's note 07.12.2022: the policy or an ID, a birth
		// certificate under 14.
		{"07.12.2022, adult", accDay(2022, 12, 7), adult, false, []program.VisitDocument{program.DocPolicy, program.DocIdentity}},
		{"07.12.2022, child of 9", accDay(2022, 12, 7), child, false, []program.VisitDocument{program.DocPolicy, program.DocBirthCertificate}},
		{"the day before the 14th birthday", accDay(2027, 1, 9), child, false, []program.VisitDocument{program.DocPolicy, program.DocBirthCertificate}},
		{"14th birthday", accDay(2027, 1, 10), child, false, []program.VisitDocument{program.DocPolicy, program.DocIdentity}},
		{"age unknown", accDay(2026, 1, 10), oms.NoDate, false, []program.VisitDocument{program.DocPolicy, program.DocIdentity, program.DocBirthCertificate}},
		{"emergency, 2019", accDay(2019, 3, 1), adult, true, []program.VisitDocument{}},
		{"emergency, 2026", accDay(2026, 3, 1), oms.NoDate, true, []program.VisitDocument{}},
	}
	for _, c := range cases {
		docs, err := program.DocumentsAt(c.day, c.born, c.emergency)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if len(docs.AnyOf) != len(c.want) {
			t.Errorf("%s: %v, want %v", c.name, docs.AnyOf, c.want)
			continue
		}
		for i := range c.want {
			if docs.AnyOf[i] != c.want[i] {
				t.Errorf("%s: %v, want %v", c.name, docs.AnyOf, c.want)
			}
		}
		if docs.Citation.Article != "16" || !docs.Unconfirmed || docs.RU == "" || docs.EN == "" {
			t.Errorf("%s: citation %v, unconfirmed %v", c.name, docs.Citation, docs.Unconfirmed)
		}
	}
	if _, err := program.DocumentsAt(accDay(2010, 1, 1), oms.NoDate, false); !errors.Is(err, oms.ErrNotInForce) {
		t.Errorf("2010: err = %v", err)
	}
}
