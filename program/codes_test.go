package program

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
)

func TestCodesCatalogue(t *testing.T) {
	seen := map[string]oms.CodeInfo{}
	for _, c := range Codes() {
		if _, dup := seen[c.Code]; dup {
			t.Errorf("%s listed twice", c.Code)
		}
		seen[c.Code] = c
		if c.Package != "program" || !strings.HasPrefix(c.Code, "program.") || c.RU == "" || c.EN == "" {
			t.Errorf("entry %+v", c)
		}
	}
	// Every finding the package makes on a wide sample is in the catalogue.
	var ds []oms.Decision
	for _, p := range Programmes() {
		for _, s := range legacyCodes {
			ds = append(ds, p.Covers(MustParseICD10(s)), p.WithCoverageRules(CoverageRules{ExcludeB90: true, Factors: FactorsNotCovered}).Covers(MustParseICD10(s)))
		}
		ds = append(ds, p.Covers(0))
		for _, k := range CareKinds() {
			ds = append(ds, p.IncludesCare(Care{Kind: k, Condition: ConditionOutsideMO, Form: FormPlanned}))
		}
		ds = append(ds, p.IncludesCare(Care{}), p.IncludesCare(Care{Kind: KindAmbulance, Condition: 9}))
		for _, a := range Activities() {
			ds = append(ds, p.HasActivity(a))
		}
		d, err := p.Duty(WaitSpecialist, date.New(p.Year(), time.March, 2), nil)
		if err == nil {
			ds = append(ds, d.Check(oms.NoDate, date.New(p.Year(), time.March, 3)))
		}
	}
	base := MustBase(date.New(2026, time.January, 1))
	s := TerritorialFromBase(oms.Tatarstan, base, oms.Citation{Act: "ПКМ РТ"})
	tp, err := NewTerritorial(s)
	if err != nil {
		t.Fatal(err)
	}
	ds = append(ds, tp.Validate())
	for _, d := range ds {
		for _, code := range d.Codes() {
			if _, ok := seen[code]; !ok {
				t.Errorf("finding %s is not in Codes()", code)
			}
		}
	}
	v := tp.Validate()
	if !v.Has(CodeTerritorialMeetsBase) || !v.Has(CodeTerritorialPGG) {
		t.Errorf("a territorial programme equal to the base: %v", v.Codes())
	}
	if d := base.IncludesCare(Care{Kind: KindAmbulance}); !d.Has(CodeCareProgramme) {
		t.Errorf("IncludesCare does not cite section II: %v", d.Codes())
	}
	if c := seen[CodeClass]; len(c.Citations) != LastYear-FirstYear+1 || c.Citations[0].Act != "ПП РФ № 1506 от 10.12.2018" {
		t.Errorf("%s citations: %v", CodeClass, c.Citations)
	}
	if _, ok := seen["program.wait.specialist.late"]; !ok {
		t.Error("the duty codes of the waiting times are missing")
	}
	if _, ok := seen["program.wait.ambulance.late"]; ok {
		t.Error("a norm in minutes has duty codes")
	}
}

// TestZeroValuesMarshal: the zero values of the package's structs marshal.
// (Those holding an enum of the package, whose zero value the vocabulary
// helper makes marshal as "", are left to its tests.)
func TestZeroValuesMarshal(t *testing.T) {
	for _, v := range []any{&Programme{}, Programme{}, Due{}, CoverageRules{}, Amendment{}, Rules{}, Catalog{}, &FieldError{}} {
		if _, err := json.Marshal(v); err != nil {
			t.Errorf("%T: %v", v, err)
		}
	}
}
