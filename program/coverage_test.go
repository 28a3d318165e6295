package program

import (
	"strings"
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
}

// B90, Z21 and R75 are covered by default: program.md §1.3 line 177, "the
// same set minus {A15–A19, A50–A64, B20–B24, F00–F99} (optionally B90, Z21,
// R75)". Each carries an unconfirmed Warning naming the optional exclusion
// and its source (B90: the 2009 Karachay-Cherkessia list, M; Z21, R75: L);
// the exclusion is the caller's option.
func TestCoversDoubtfulCodes(t *testing.T) {
	tests := []struct {
		code    string
		class   Class // 0: not on the disease list (Z21 is a factor)
		excl    Exclusion
		rules   CoverageRules
		source  string
		option  string
		wantRU  string
		covered string // the finding that says why it is covered
	}{
		{"B90.9", ClassInfectious, ExclusionTuberculosis, CoverageRules{ExcludeB90: true}, "kchr-gov.ru/doc/4443", "CoverageRules.ExcludeB90", "туберкулез", CodeBase},
		{"Z21", 0, ExclusionHIV, CoverageRules{ExcludeZ21: true}, "не исключают", "CoverageRules.ExcludeZ21", "вирусом иммунодефицита", CodeActivity},
		{"R75", ClassSymptoms, ExclusionHIV, CoverageRules{ExcludeR75: true}, "не исключают", "CoverageRules.ExcludeR75", "вирусом иммунодефицита", CodeBase},
	}
	for _, tt := range tests {
		code := MustParseICD10(tt.code)
		d := base2026.Covers(code)
		w, ok := d.Find(CodeDoubtful)
		if !d.OK() || !ok || w.Severity != oms.Warning || !w.Unconfirmed || !d.Has(tt.covered) || d.Has(CodeExcluded) {
			t.Errorf("%s default: %v", tt.code, d)
		}
		for _, s := range []string{tt.source, tt.option, tt.wantRU} {
			if !strings.Contains(w.RU, s) {
				t.Errorf("%s: the warning %q does not name %q", tt.code, w.RU, s)
			}
		}
		if !strings.Contains(w.EN, tt.option) || !strings.Contains(w.EN, tt.excl.NameEN()) {
			t.Errorf("%s: EN %q", tt.code, w.EN)
		}
		if f, _ := d.Find(tt.covered); !f.Unconfirmed {
			t.Errorf("%s: %s finding is not unconfirmed", tt.code, tt.covered)
		}
		if e, ok := ExclusionOf(code, CoverageRules{}); ok {
			t.Errorf("%s: excluded by default (%s)", tt.code, e)
		}
		if c, _ := ClassOf(code); c != tt.class {
			t.Errorf("%s: class %s", tt.code, c)
		}

		// The caller's option excludes it, still unconfirmed.
		x := base2026.WithCoverageRules(tt.rules).Covers(code)
		f, ok := x.Find(CodeExcluded)
		if x.OK() || !ok || f.Severity != oms.Violation || !f.Unconfirmed || !x.Has(CodeBudget) {
			t.Errorf("%s excluded: %v", tt.code, x)
		}
		if w, _ := x.Find(CodeDoubtful); !w.Unconfirmed || !strings.Contains(w.RU, tt.option) || !strings.Contains(w.RU, tt.source) {
			t.Errorf("%s excluded: warning %+v", tt.code, w)
		}
		if e, ok := ExclusionOf(code, tt.rules); !ok || e != tt.excl {
			t.Errorf("%s: ExclusionOf with the option = %s, %v", tt.code, e, ok)
		}
		// Each option excludes only its own code.
		for _, other := range []CoverageRules{{ExcludeB90: true}, {ExcludeZ21: true}, {ExcludeR75: true}} {
			if other != tt.rules {
				if _, ok := ExclusionOf(code, other); ok {
					t.Errorf("%s excluded by %+v", tt.code, other)
				}
			}
		}
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
	p := base2026.WithCoverageRules(CoverageRules{ExcludeB90: true, ExcludeZ21: true, ExcludeR75: true, Factors: FactorsCovered})
	if base2026.CoverageRules() != (CoverageRules{}) {
		t.Fatal("WithCoverageRules changed the shared programme")
	}
	for _, c := range []ICD10{b90, z21, r75} {
		if d := p.Covers(c); d.OK() || !d.Has(CodeDoubtful) {
			t.Errorf("%s with all-excluded rules: %v", c, d)
		}
		if d := base2026.Covers(c); !d.OK() || !d.Has(CodeDoubtful) {
			t.Errorf("%s with the default rules: %v", c, d)
		}
	}
	if d := p.Covers(z00); !d.OK() {
		t.Errorf("Z00.0 with FactorsCovered: %v", d)
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
