package policy

import (
	"slices"
	"testing"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
	"github.com/rickb777/date"
	"pgregory.net/rapid"
)

// TestInForceAgreesWithNaive holds InForcePeriod to the package as it was
// (naive_test.go): the same period and the same findings, messages
// included, over random policies of every category, form and ЕНП, issued
// and asked about on any day from 2011 to 2030 — and a basis that may be
// missing or have ended.
func TestInForceAgreesWithNaive(t *testing.T) {
	r := DefaultRules()
	rapid.Check(t, func(t *rapid.T) {
		issued := day(2011, 1, 1).Add(date.PeriodOfDays(rapid.IntRange(0, 19*365).Draw(t, "issued")))
		p := Policy{
			Category: rapid.SampledFrom(append(eligibility.Categories(), eligibility.NotInsured)).Draw(t, "category"),
			Form:     Form(rapid.IntRange(0, int(numForms)).Draw(t, "form")),
			Issued:   issued,
		}
		if rapid.Bool().Draw(t, "has basis end") {
			p.BasisEnd = oms.SomeDate(issued.Add(date.PeriodOfDays(rapid.IntRange(-60, 6*365).Draw(t, "basis"))))
		}
		if rapid.Bool().Draw(t, "has enp") {
			p.ENP = ENP{n: rapid.Uint64Range(1e15, 1e16-1).Draw(t, "enp"), set: true}
		}
		d := issued.Add(date.PeriodOfDays(rapid.IntRange(-400, 8*365).Draw(t, "on")))
		per, dec, err := r.InForcePeriod(p, d)
		want, werr := r.naiveInForce(p, d)
		if (err != nil) != (werr != nil) {
			t.Fatalf("error %v, naive %v", err, werr)
		}
		if !slices.Equal(dec.Findings(), want.Findings()) {
			t.Fatalf("findings\n%v\nnaive\n%v", dec, want)
		}
		wper, wv, _ := r.naiveValidity(p)
		if err == nil && per != wper {
			t.Fatalf("period %v, naive %v", per, wper)
		}
		if _, v, _ := r.Validity(p); !slices.Equal(v.Findings(), wv.Findings()) {
			t.Fatalf("Validity\n%v\nnaive\n%v", v, wv)
		}
		if got := CheckForm(p.Form, p.Issued, d); !slices.Equal(got.Findings(), naiveCheckForm(p.Form, p.Issued, d).Findings()) {
			t.Fatalf("CheckForm differs from the naive one")
		}
	})
}

// BenchmarkInForce checks a paper policy of a temporary resident (a term
// to the end of the РВП, capped at the year end), and of a citizen, with
// InForcePeriod beside the naive reference that builds its messages with
// fmt and copies decisions (InForce, then Validity again, as callers did).
func BenchmarkInForce(b *testing.B) {
	r := DefaultRules()
	for _, c := range []struct {
		name string
		p    Policy
	}{
		{"temporary", Policy{Form: Paper, Category: eligibility.ForeignTemporary, Issued: day(2020, time.March, 2), BasisEnd: oms.SomeDate(day(2022, time.May, 1))}},
		{"citizen", Policy{Form: Digital, Category: eligibility.Citizen14Plus, Issued: day(2024, time.March, 2), ENP: MustParseENP("1234567890123452")}},
	} {
		on := c.p.Issued.Add(30)
		b.Run(c.name+"/fast", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _, _ = r.InForcePeriod(c.p, on)
			}
		})
		b.Run(c.name+"/naive", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = r.naiveInForce(c.p, on)
				_, _, _ = r.naiveValidity(c.p)
			}
		})
	}
}

// TestInForcePeriodAllocs holds InForcePeriod to one allocation for the
// decision and one per finding with a date in its messages: for a
// citizen's digital policy two, the decision and the in-force finding
// (the findings of the term and of the form are fixed texts).
func TestInForcePeriodAllocs(t *testing.T) {
	p := Policy{Form: Digital, Category: eligibility.Citizen14Plus, Issued: day(2024, time.March, 2), ENP: MustParseENP("1234567890123452")}
	on := day(2024, time.April, 1)
	_, dec, err := InForcePeriod(p, on)
	if err != nil || !dec.OK() || !dec.Has(CodeInForce) {
		t.Fatalf("%v, %v", dec, err)
	}
	if raceEnabled {
		t.Skip("allocations are not counted under the race detector")
	}
	if n := testing.AllocsPerRun(100, func() { _, _, _ = InForcePeriod(p, on) }); n > 2 {
		t.Errorf("%v allocations, want at most 2", n)
	}
}
