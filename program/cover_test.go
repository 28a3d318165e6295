package program

import (
	"reflect"
	"testing"
	"time"

	"github.com/rickb777/date"
	"pgregory.net/rapid"
)

// TestCoversIsUncached checks, for any code and any coverage rules, that
// the precomputed answer of Covers is the one computed for the code alone.
func TestCoversIsUncached(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		y := rapid.IntRange(FirstYear, LastYear).Draw(t, "year")
		p := MustBase(date.New(y, time.June, 1))
		if rapid.Bool().Draw(t, "rules") {
			p = p.WithCoverageRules(CoverageRules{
				ExcludeB90: rapid.Bool().Draw(t, "b90"), ExcludeZ21: rapid.Bool().Draw(t, "z21"),
				ExcludeR75: rapid.Bool().Draw(t, "r75"), Factors: FactorsRule(rapid.IntRange(0, 2).Draw(t, "factors")),
			})
		}
		code := ICD10(rapid.IntRange(0, icdMaxOrd+5).Draw(t, "code"))
		got, want := p.Covers(code), p.coversUncached(code)
		if !reflect.DeepEqual(got.Findings(), want.Findings()) {
			t.Fatalf("%s: Covers %v, uncached %v", code, got, want)
		}
	})
}

// TestCoversEveryCode walks every code of one programme: the segments
// answer as the uncached path does, at each bound and inside.
func TestCoversEveryCode(t *testing.T) {
	p := MustBase(date.New(2026, time.June, 1)).WithCoverageRules(CoverageRules{ExcludeB90: true})
	for c := ICD10(0); c <= icdMaxOrd; c++ {
		if got, want := p.Covers(c), p.coversUncached(c); !reflect.DeepEqual(got.Findings(), want.Findings()) {
			t.Fatalf("%s: Covers %v, uncached %v", c, got, want)
		}
	}
	if n := len(p.cover); n > 200 {
		t.Errorf("%d segments: the index is not merging equal neighbours", n)
	}
}

func TestCoversAllocatesNothing(t *testing.T) {
	p := MustBase(date.New(2026, time.June, 1))
	code := MustParseICD10("I21.0")
	if n := testing.AllocsPerRun(100, func() { sinkDecisionOK = p.Covers(code).OK() }); n != 0 {
		t.Errorf("Covers allocates %v times", n)
	}
	day := date.New(2026, time.June, 1)
	if n := testing.AllocsPerRun(100, func() { sinkProgramme, _ = Base(day) }); n != 0 {
		t.Errorf("Base allocates %v times", n)
	}
}

var (
	sinkDecisionOK bool
	sinkProgramme  *Programme
)

// BenchmarkCovers compares Covers on a cached programme with the path that
// computes the decision per call (the reference, as Covers did before the
// answers were precomputed).
func BenchmarkCovers(b *testing.B) {
	p := MustBase(date.New(2026, time.June, 1))
	var codes []ICD10
	for _, s := range legacyCodes {
		codes = append(codes, MustParseICD10(s))
	}
	b.Run("cached", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			sinkDecisionOK = p.Covers(codes[i%len(codes)]).OK()
		}
	})
	b.Run("per-call", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			sinkDecisionOK = p.coversUncached(codes[i%len(codes)]).OK()
		}
	})
}

// BenchmarkBase compares Base, which returns the programme built once, with
// building the programme from its data per call (the reference).
func BenchmarkBase(b *testing.B) {
	day := date.New(2026, time.June, 1)
	data, err := builtinData.ReadFile("data/2026.json")
	if err != nil {
		b.Fatal(err)
	}
	b.Run("cached", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkProgramme, _ = Base(day)
		}
	})
	b.Run("rebuild", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkProgramme, _ = parseYear(data)
		}
	})
	b.Run("cached+covers", func(b *testing.B) {
		b.ReportAllocs()
		code := MustParseICD10("A15.0")
		for b.Loop() {
			p, _ := Base(day)
			sinkDecisionOK = p.Covers(code).OK()
		}
	})
}

// FuzzParseClass: any text parses to a class or an error, never a panic; a
// class's String parses back to it.
func FuzzParseClass(f *testing.F) {
	for _, c := range Classes() {
		f.Add(c.String())
	}
	for _, s := range []string{"", "Infectious", "mental ", "class(0)", "Class(23)", "инфекционные"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseClass(s)
		if err != nil {
			return
		}
		if !c.IsValid() {
			t.Fatalf("ParseClass(%q) = invalid %d", s, c)
		}
		c2, err := ParseClass(c.String())
		if err != nil || c2 != c || c.String() != s {
			t.Fatalf("ParseClass(%q) = %s, back %s, %v", s, c, c2, err)
		}
	})
}
