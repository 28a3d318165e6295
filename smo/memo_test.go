package smo

import (
	"slices"
	"sync"
	"testing"

	"github.com/omsrules/oms/eligibility"
	"github.com/rickb777/date"
	"pgregory.net/rapid"
)

// TestSharedDecisionsAgree checks that the decisions a checker shares are
// the ones it would make afresh: over random registries, histories and
// requests of every reason and applicant, a checker that shares (asked
// each request twice, so the second answer may come from the memo) and
// one that never does give the same findings.
func TestSharedDecisionsAgree(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		reg := genRegistry(t)
		span := int(propLast.Sub(propFirst))
		var entries []Entry
		d := propFirst
		for range rapid.IntRange(0, 5).Draw(t, "entries") {
			d = d.Add(date.PeriodOfDays(rapid.IntRange(1, 900).Draw(t, "gap")))
			entries = append(entries, Entry{
				Date: d, Insurer: rapid.SampledFrom([]string{"P-0", "P-1", "P-2", FundInsurer}).Draw(t, "insurer"),
				Region: rapid.SampledFrom(propRegions).Draw(t, "region"),
				Reason: Reason(rapid.IntRange(1, 5).Draw(t, "reason")),
			})
		}
		h, err := NewHistory(entries...)
		if err != nil {
			t.Skip(err)
		}
		shared := NewChecker(reg, DefaultRules(), nil)
		fresh := &Checker{reg: reg, rules: DefaultRules(), cal: shared.cal}
		for range 8 {
			req := Request{
				Date:      propFirst.Add(date.PeriodOfDays(rapid.IntRange(0, span).Draw(t, "date"))),
				Insurer:   rapid.SampledFrom([]string{"P-0", "P-1", "P-9", FundInsurer}).Draw(t, "insurer"),
				Region:    rapid.SampledFrom(propRegions).Draw(t, "region"),
				Reason:    Reason(rapid.IntRange(0, 6).Draw(t, "reason")),
				Applicant: eligibility.Role(rapid.IntRange(0, 3).Draw(t, "applicant")),
				Born:      propFirst.Add(date.PeriodOfDays(rapid.IntRange(-30000, 2000).Draw(t, "born"))),
			}
			want := fresh.CheckSwitch(h, req).Findings()
			for range 2 {
				if got := shared.CheckSwitch(h, req).Findings(); !slices.Equal(got, want) {
					t.Fatalf("shared\n%v\nfresh\n%v", got, want)
				}
			}
		}
	})
}

// TestSharedDecisionsConcurrent asks one checker from several goroutines
// at once (run with -race): the memo is published atomically.
func TestSharedDecisionsConcurrent(t *testing.T) {
	reg, entries, req := benchSetup(t)
	h := MustHistory(entries...)
	chk := NewChecker(reg, DefaultRules(), nil)
	want := chk.CheckSwitch(h, req).Findings()
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			r := req
			r.Date = r.Date.Add(date.PeriodOfDays(g))
			for range 200 {
				if g == 0 {
					if got := chk.CheckSwitch(h, r).Findings(); !slices.Equal(got, want) {
						t.Errorf("concurrent answer differs")
						return
					}
				}
				_ = chk.CheckSwitch(h, r)
			}
		})
	}
	wg.Wait()
}

// TestCheckSwitchAllocs holds the usual check, a voluntary replacement
// in time with the insurer on the register, to no allocation once its
// decision is shared.
func TestCheckSwitchAllocs(t *testing.T) {
	reg, entries, req := benchSetup(t)
	h := MustHistory(entries...)
	chk := NewChecker(reg, DefaultRules(), nil)
	if n := testing.AllocsPerRun(100, func() { _ = chk.CheckSwitch(h, req) }); n != 0 {
		t.Errorf("%v allocations per check, want 0", n)
	}
}
