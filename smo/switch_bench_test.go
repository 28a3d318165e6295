package smo

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/eligibility"
	"github.com/rickb777/date"
)

// benchSetup builds a registry of 100 insurers across the 89 regions (each
// on the register of 20 regions, some with a gap) and a history of 50
// entries over 2011–2026, deterministically.
func benchSetup(tb testing.TB) (*Registry, []Entry, Request) {
	rng := rand.New(rand.NewPCG(1, 2))
	regions := oms.Regions()
	var ins []Insurer
	for i := range 100 {
		var ps []Presence
		for _, k := range rng.Perm(len(regions))[:20] {
			p := Presence{Region: regions[k], Entered: day(2011, time.January, 1).Add(date.PeriodOfDays(rng.IntN(1000)))}
			if rng.IntN(4) == 0 {
				p.Left = oms.SomeDate(p.Entered.Add(date.PeriodOfDays(1 + rng.IntN(2000))))
			}
			ps = append(ps, p)
		}
		// Every insurer works in Moscow throughout, so the request below is
		// well-formed whichever insurer it names.
		has := false
		for _, p := range ps {
			has = has || p.Region == oms.Moscow
		}
		if !has {
			ps = append(ps, Presence{Region: oms.Moscow, Entered: day(2011, time.January, 1)})
		} else {
			for j := range ps {
				if ps[j].Region == oms.Moscow {
					ps[j] = Presence{Region: oms.Moscow, Entered: day(2011, time.January, 1)}
				}
			}
		}
		in, err := NewInsurer(fmt.Sprintf("B-%03d", i), fmt.Sprintf("Insurer %d", i), "", Federal, ps...)
		if err != nil {
			tb.Fatal(err)
		}
		ins = append(ins, in)
	}
	reg := MustRegistry(ins...)
	var entries []Entry
	d := day(2011, time.February, 1)
	for i := range 50 {
		why := Voluntary
		if i == 0 {
			why = FirstChoice
		} else if i%3 == 0 {
			why = Relocation
		}
		entries = append(entries, Entry{Date: d, Insurer: fmt.Sprintf("B-%03d", rng.IntN(100)), Region: oms.Moscow, Reason: why})
		d = d.Add(date.PeriodOfDays(100 + rng.IntN(10)))
	}
	req := Request{Date: day(2026, time.June, 1), Insurer: "B-042", Region: oms.Moscow, Reason: Voluntary, Applicant: eligibility.Self, Born: adult}
	return reg, entries, req
}

// BenchmarkCheckSwitch compares CheckSwitch (indexed registry, history
// sorted once, the decision of an outcome with fixed texts shared) with
// the naive reference (linear scans, a sort per call). The naive
// reference only collects codes, without building messages.
func BenchmarkCheckSwitch(b *testing.B) {
	reg, entries, req := benchSetup(b)
	h := MustHistory(entries...)
	chk := NewChecker(reg, DefaultRules(), nil)
	ins := reg.Insurers()
	cal := calendar.Federal()
	if got, want := fmt.Sprint(chk.CheckSwitch(h, req).Codes()), fmt.Sprint(naiveCodes(ins, entries, req, cal)); got != want {
		b.Fatalf("fast %s, naive %s", got, want)
	}
	b.Run("fast", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = chk.CheckSwitch(h, req)
		}
	})
	b.Run("naive", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = naiveCodes(ins, entries, req, cal)
		}
	})
	// A request filed after 1 November: its violation writes the day in
	// its messages, so its decision is made afresh on every call, never
	// shared.
	late := req
	late.Date = day(2025, time.November, 5)
	if d := chk.CheckSwitch(h, late); !d.Has(CodeAfterDeadline) {
		b.Fatalf("late request: %v", d)
	}
	b.Run("fast-dated-message", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = chk.CheckSwitch(h, late)
		}
	})
}

// BenchmarkAvailable compares Registry.Available with a scan of every
// insurer's stays.
func BenchmarkAvailable(b *testing.B) {
	reg, _, _ := benchSetup(b)
	ins := reg.Insurers()
	d := day(2015, time.March, 1)
	b.Run("fast", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = reg.Available(oms.Tatarstan, d)
		}
	})
	b.Run("naive", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var out []Insurer
			for _, in := range ins {
				if in.WorksIn(oms.Tatarstan, d) {
					out = append(out, in)
				}
			}
			_ = out
		}
	})
}
