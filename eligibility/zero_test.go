package eligibility

import (
	"encoding/json"
	"testing"
)

// Every exported type's zero value marshals to JSON.
func TestZeroValuesMarshal(t *testing.T) {
	for _, v := range []any{
		Application{}, Assessment{}, BirthCertificate{}, Document{}, Requirement{}, Passport{}, Person{}, Rules{}, SNILS{},
		LeapDayRule(0), Role(0), Category(0), DocumentKind(0), Party(0), Need(0), Citizenship(0), Residence(0),
		RefugeeStatus(0), Service(0), HQSExclusion(0), SNILSReading(0),
	} {
		if _, err := json.Marshal(v); err != nil {
			t.Errorf("%T: %v", v, err)
		}
	}
}

// The readings of Rules marshal as their names and back.
func TestRulesEnumsText(t *testing.T) {
	for _, v := range []interface {
		MarshalText() ([]byte, error)
	}{LeapDayMarch1, LeapDayFeb28, HQSNotExcluded, HQSAndFamilyExcluded, HQSNonWorkingFamilyExcluded, SNILSAddendum, SNILSIfAvailable} {
		b, err := v.MarshalText()
		if err != nil || len(b) == 0 {
			t.Errorf("%v: %q %v", v, b, err)
		}
	}
	var l LeapDayRule
	var h HQSExclusion
	var s SNILSReading
	if l.UnmarshalText([]byte("feb-28")) != nil || l != LeapDayFeb28 ||
		h.UnmarshalText([]byte("non-working-family")) != nil || h != HQSNonWorkingFamilyExcluded ||
		s.UnmarshalText([]byte("if-available")) != nil || s != SNILSIfAvailable || s.String() != "if-available" {
		t.Errorf("round trips: %v %v %v", l, h, s)
	}
	if l.UnmarshalText([]byte("march-2")) == nil || LeapDayRule(7).String() != "LeapDayRule(7)" {
		t.Error("unknown leap-day rule accepted")
	}
	b, err := json.Marshal(DefaultRules())
	if err != nil || !json.Valid(b) {
		t.Errorf("DefaultRules: %v", err)
	}
}

// The zero Rules has no versions: it answers, with errors or violations,
// and never panics.
func TestZeroRules(t *testing.T) {
	var r Rules
	p := Person{BirthDate: d(1990, 1, 1), Citizenship: Foreign, Country: "KZ", Residence: TemporaryStay, LabourContract: true, HighlyQualified: true}
	if _, err := r.Assess(p, june2024); err != nil {
		t.Errorf("Assess: %v", err)
	}
	if _, err := r.RequiredDocuments(Citizen14Plus, june2024); err == nil {
		t.Error("RequiredDocuments: no error without the СНИЛС rule")
	}
	if dec := r.CheckApplication(Application{Person: adultCitizen()}, june2024); dec.OK() {
		t.Errorf("CheckApplication: %v", dec.Codes())
	}
	if _, err := r.NewbornCover(june2024); err == nil {
		t.Error("NewbornCover: no error")
	}
}
