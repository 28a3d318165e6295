package program

import (
	"testing"
	"time"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
)

var base2026 = MustBase(date.New(2026, time.March, 1))

// Every exclusion of section IV (program.md §1.3, seen verbatim in the North
// Ossetia 2023–2025 ТПГГ that copies the federal text, docs.cntd.ru/document/406410931).
func TestCoversExclusions(t *testing.T) {
	tests := []struct {
		code  string
		excl  Exclusion
		class Class
	}{
		{"A15.0", ExclusionTuberculosis, ClassInfectious}, // туберкулез легких
		{"A19.9", ExclusionTuberculosis, ClassInfectious}, // милиарный туберкулез
		{"A50", ExclusionSTD, ClassInfectious},            // врожденный сифилис
		{"A54.0", ExclusionSTD, ClassInfectious},          // гонококковая инфекция
		{"A64", ExclusionSTD, ClassInfectious},
		{"B20.0", ExclusionHIV, ClassInfectious}, // болезнь, вызванная ВИЧ
		{"B24", ExclusionHIV, ClassInfectious},
		{"F00.0", ExclusionMental, ClassMental},
		{"F10.2", ExclusionMental, ClassMental}, // синдром зависимости от алкоголя
		{"F99", ExclusionMental, ClassMental},
		{"B90.9", ExclusionTuberculosis, ClassInfectious}, // default rule
		{"R75", ExclusionHIV, ClassSymptoms},              // default rule
	}
	for _, tt := range tests {
		d := base2026.Covers(MustParseICD10(tt.code))
		if d.OK() {
			t.Errorf("%s: covered, want excluded", tt.code)
			continue
		}
		f, ok := d.Find(CodeExcluded)
		if !ok || f.Severity != oms.Violation || f.Citation.Act != "ПП РФ № 2188 от 29.12.2025" {
			t.Errorf("%s: finding %+v", tt.code, f)
		}
		if !d.Has(CodeBudget) {
			t.Errorf("%s: no budget finding", tt.code)
		}
		if e, _ := ExclusionOf(MustParseICD10(tt.code), CoverageRules{}); e != tt.excl {
			t.Errorf("%s: exclusion %s, want %s", tt.code, e, tt.excl)
		}
		if c, _ := d.Find(CodeClass); c.Code == "" {
			t.Errorf("%s: no class finding", tt.code)
		}
		if cl, _ := ClassOf(MustParseICD10(tt.code)); cl != tt.class {
			t.Errorf("%s: class %s", tt.code, cl)
		}
	}
	// Z21 has no class but is excluded by default.
	d := base2026.Covers(MustParseICD10("Z21"))
	if d.OK() || !d.Has(CodeDoubtful) || d.Has(CodeClass) {
		t.Errorf("Z21: %v", d)
	}
}

// Neighbours of the exclusions stay covered.
func TestCoversNeighbours(t *testing.T) {
	for _, s := range []string{"A14", "A20.0", "A49.9", "A65", "B19.9", "B25.0", "G30.0", "B91", "B94.0", "R74"} {
		if d := base2026.Covers(MustParseICD10(s)); !d.OK() || !d.Has(CodeBase) {
			t.Errorf("%s: %v", s, d)
		}
	}
}

func TestCoversOnePerClass(t *testing.T) {
	for _, c := range Classes() {
		code := c.Ranges()[0].First
		d := base2026.Covers(code)
		want := c != ClassMental
		if d.OK() != want {
			t.Errorf("%s (%s): OK = %v", code, c, d.OK())
		}
		f, _ := d.Find(CodeClass)
		if f.Code == "" || f.Citation.IsZero() {
			t.Errorf("%s: class finding %+v", code, f)
		}
	}
}

func TestCoverageRules(t *testing.T) {
	b90, z21, r75, z00 := MustParseICD10("B90"), MustParseICD10("Z21"), MustParseICD10("R75"), MustParseICD10("Z00.0")
	p := base2026.WithCoverageRules(CoverageRules{CoverB90: true, CoverZ21: true, CoverR75: true, Factors: FactorsCovered})
	if base2026.CoverageRules() != (CoverageRules{}) {
		t.Fatal("WithCoverageRules changed the shared programme")
	}
	for _, c := range []ICD10{b90, z21, r75, z00} {
		d := p.Covers(c)
		if !d.OK() {
			t.Errorf("%s with all-covered rules: %v", c, d)
		}
	}
	if !p.Covers(b90).Has(CodeDoubtful) {
		t.Error("a covered doubtful code still carries the doubtful warning")
	}
	// Z00–Z99 defaults to an activity: OK with a warning.
	d := base2026.Covers(z00)
	if f, ok := d.Find(CodeActivity); !d.OK() || !ok || f.Severity != oms.Warning || !f.Unconfirmed {
		t.Errorf("Z00.0 default: %v", d)
	}
	q := base2026.WithCoverageRules(CoverageRules{Factors: FactorsNotCovered})
	if d := q.Covers(z00); d.OK() || !d.Has(CodeUnlisted) {
		t.Errorf("Z00.0 not covered: %v", d)
	}
}

func TestCoversUnlisted(t *testing.T) {
	if d := base2026.Covers(MustParseICD10("W19")); d.OK() || !d.Has(CodeExternalCause) {
		t.Errorf("W19: %v", d)
	}
	if d := base2026.Covers(MustParseICD10("U09.9")); !d.OK() || !d.Has(CodeSpecial) {
		t.Errorf("U09.9: %v", d)
	}
	if d := base2026.Covers(MustParseICD10("K95")); d.OK() || !d.Has(CodeUnlisted) {
		t.Errorf("K95: %v", d)
	}
	if d := base2026.Covers(0); d.OK() || !d.Has(CodeInvalid) {
		t.Errorf("zero: %v", d)
	}
}

func TestExclusionNames(t *testing.T) {
	for _, e := range []Exclusion{ExclusionSTD, ExclusionTuberculosis, ExclusionHIV, ExclusionMental} {
		if e.NameRU() == "" || e.NameEN() == "" || e.String() == "" {
			t.Errorf("exclusion %d unnamed", e)
		}
	}
	if Exclusion(9).NameRU() != "" || Exclusion(9).String() != "Exclusion(9)" || Exclusion(0).NameEN() != "" {
		t.Error("invalid exclusion")
	}
}

func TestCoversUnconfirmedOnlyWhereInDoubt(t *testing.T) {
	for code, want := range map[string]bool{"A09": false, "U07.1": true, "Q21.0": false, "Q65.0": true, "E11.9": true, "R50.9": true, "I21.0": false} {
		f, _ := base2026.Covers(MustParseICD10(code)).Find(CodeClass)
		if f.Unconfirmed != want {
			t.Errorf("%s: class finding unconfirmed = %v", code, f.Unconfirmed)
		}
	}
}
