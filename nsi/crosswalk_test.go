package nsi

import (
	"testing"

	"pgregory.net/rapid"
)

// The one row every source agrees on (standards.md bottom line): the
// passport of a citizen of the RF is F011 14, Ministry 1, tax service 21.
func TestPassportCrosswalk(t *testing.T) {
	r, ok := DocByF011(14)
	if !ok || r.MZ != 1 || r.FNS != "21" || r.Unconfirmed {
		t.Errorf("DocByF011(14) = %+v, %v", r, ok)
	}
	if r, ok := DocByMZ(1); !ok || r.F011 != 14 {
		t.Errorf("DocByMZ(1) = %+v", r)
	}
	if r, ok := DocByFNS("21"); !ok || r.F011 != 14 {
		t.Errorf("DocByFNS(21) = %+v", r)
	}
	// The trap: 21 in F011 is not the passport.
	if r, ok := DocByF011(21); ok {
		t.Errorf("DocByF011(21) = %+v, want none", r)
	}
	for _, r := range DocCrosswalks() {
		if r.Source == "" {
			t.Errorf("row %+v has no source", r)
		}
	}
}

// Property: the crosswalk is a bijection on its rows: from any column of a
// row back to the same row.
func TestCrosswalkRoundTrip(t *testing.T) {
	rows := DocCrosswalks()
	rapid.Check(t, func(t *rapid.T) {
		r := rapid.SampledFrom(rows).Draw(t, "row")
		byMZ, ok1 := DocByMZ(r.MZ)
		byFNS, ok2 := DocByFNS(r.FNS)
		byF011, ok3 := DocByF011(r.F011)
		if !ok1 || !ok2 || !ok3 || byMZ != r || byFNS != r || byF011 != r {
			t.Fatalf("row %+v does not round-trip: %+v %+v %+v", r, byMZ, byFNS, byF011)
		}
	})
	for _, p := range PolicyCrosswalks() {
		if p.MZ != p.F008 || p.Source == "" { // RuCoreIG: 99.2.245 has the same 1/2/3
			t.Errorf("F008 %d ↔ 99.2.245 %d (%q)", p.F008, p.MZ, p.Source)
		}
		back, ok := PolicyByMZ(p.MZ)
		if there, ok2 := PolicyByF008(back.F008); !ok || !ok2 || there != p {
			t.Errorf("F008 %d does not round-trip through 99.2.245", p.F008)
		}
	}
}
