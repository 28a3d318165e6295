package program_test

import (
	"errors"
	"testing"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/program"
)

func TestCoversWhereCases(t *testing.T) {
	t.Parallel()
	day := accDay(2026, 5, 12)
	cases := []struct {
		name string
		q    program.CareWhere
		ok   bool
		code string
	}{
		// 326-ФЗ ст. 45 ч. 1: the base programme throughout the RF.
		{"Muscovite in Kazan, base programme", program.CareWhere{Date: day, CareRegion: oms.Tatarstan, InsuredRegion: oms.Moscow}, true, program.CodeAccessWhereBase},
		// insur-info.ru 06.10.2021: a person living away from home is served
		// under the base programme whatever the passport says.
		{"Novosibirsk policy, care in Moscow, 2021", program.CareWhere{Date: accDay(2021, 10, 6), CareRegion: oms.Moscow, InsuredRegion: oms.Region(54)}, true, program.CodeAccessWhereBase},
		// 326-ФЗ ст. 16 ч. 1 п. 1; regional fund budget laws: settlement
		// between funds for base-programme care only.
		{"Moscow addition in Moscow", program.CareWhere{Date: day, CareRegion: oms.Moscow, InsuredRegion: oms.Moscow, AboveBase: true}, true, program.CodeAccessWhereTerritorial},
		{"Moscow addition in Kazan", program.CareWhere{Date: day, CareRegion: oms.Tatarstan, InsuredRegion: oms.Moscow, AboveBase: true}, false, program.CodeAccessWhereElsewhere},
		// smolokb.ru (Smolensk programme): no policy and no documents is no
		// ground to refuse emergency care.
		{"emergency without a policy", program.CareWhere{Date: day, CareRegion: oms.Region(67), Emergency: true}, true, program.CodeAccessWhereEmergency},
		{"planned care without a policy", program.CareWhere{Date: day, CareRegion: oms.Region(67)}, false, program.CodeAccessWhereUninsured},
	}
	for _, c := range cases {
		dec, err := program.CoversWhere(c.q)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if dec.OK() != c.ok || !dec.Has(c.code) {
			t.Errorf("%s: got %v %v, want %v %s", c.name, dec.OK(), dec.Codes(), c.ok, c.code)
		}
		for _, f := range dec.Findings() {
			if f.Citation.IsZero() {
				t.Errorf("%s: %s has no citation", c.name, f.Code)
			}
		}
	}
	if _, err := program.CoversWhere(program.CareWhere{Date: day}); err == nil || !accContains(err.Error(), "care_region") {
		t.Errorf("no care region: err = %v", err)
	}
	if _, err := program.CoversWhere(program.CareWhere{Date: day, CareRegion: oms.Moscow, InsuredRegion: 250}); err == nil || !accContains(err.Error(), "insured_region") {
		t.Errorf("bad insured region: err = %v", err)
	}
	if _, err := program.CoversWhere(program.CareWhere{Date: accDay(2010, 5, 1), CareRegion: oms.Moscow}); !errors.Is(err, oms.ErrNotInForce) {
		t.Errorf("2010: err = %v", err)
	}
}

func TestCoversDiagnosisWhere(t *testing.T) {
	t.Parallel()
	day := accDay(2026, 5, 12)
	base := program.MustBase(day)
	// A region that pays for mental disorders under its ТП ОМС above the
	// base programme (the case TerritorialSpec.Classes documents); a
	// constructed programme, not a real region's.
	spec := program.TerritorialFromBase(oms.Moscow, base, oms.Citation{Act: "test programme"})
	spec.Classes = program.Classes()
	moscow, err := program.NewTerritorial(spec)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		t    *program.Territorial
		code string
		q    program.CareWhere
		ok   bool
		has  string
	}{
		// ПП 2188 (2026): myocardial infarction is base-programme care.
		{"I21.0 in Kazan", moscow, "I21.0", program.CareWhere{Date: day, CareRegion: oms.Tatarstan, InsuredRegion: oms.Moscow}, true, program.CodeAccessWhereBase},
		{"F32.1 at home", moscow, "F32.1", program.CareWhere{Date: day, CareRegion: oms.Moscow, InsuredRegion: oms.Moscow}, true, program.CodeAccessWhereTerritorial},
		{"F32.1 in Kazan", moscow, "F32.1", program.CareWhere{Date: day, CareRegion: oms.Tatarstan, InsuredRegion: oms.Moscow}, false, program.CodeAccessWhereElsewhere},
		{"F32.1 with no territorial programme", nil, "F32.1", program.CareWhere{Date: day, CareRegion: oms.Moscow, InsuredRegion: oms.Moscow}, false, program.CodeExcluded},
		// Section IV: tuberculosis is paid from the regional budget.
		{"A15.0 anywhere", moscow, "A15.0", program.CareWhere{Date: day, CareRegion: oms.Moscow, InsuredRegion: oms.Moscow}, false, program.CodeExcluded},
		{"A15.0 in an emergency", nil, "A15.0", program.CareWhere{Date: day, CareRegion: oms.Tatarstan, Emergency: true}, true, program.CodeAccessWhereEmergency},
	}
	for _, c := range cases {
		dec, err := program.CoversDiagnosisWhere(c.t, program.MustParseICD10(c.code), c.q)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if dec.OK() != c.ok || !dec.Has(c.has) {
			t.Errorf("%s: %v %v, want %v with %s", c.name, dec.OK(), dec.Codes(), c.ok, c.has)
		}
	}
	_, err = program.CoversDiagnosisWhere(moscow, program.MustParseICD10("I21.0"),
		program.CareWhere{Date: day, CareRegion: oms.Moscow, InsuredRegion: oms.SaintPetersburg})
	if err == nil {
		t.Error("a territorial programme of another region: no error")
	}
	if _, err := program.CoversDiagnosisWhere(nil, program.MustParseICD10("I21.0"), program.CareWhere{Date: accDay(2018, 5, 1), CareRegion: oms.Moscow, InsuredRegion: oms.Moscow}); !errors.Is(err, program.ErrNoProgramme) {
		t.Errorf("2018: err = %v", err)
	}
}
