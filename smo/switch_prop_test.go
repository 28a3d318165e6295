package smo

import (
	"fmt"
	"testing"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/eligibility"
	"github.com/rickb777/date"
	"pgregory.net/rapid"
)

var propRegions = []oms.Region{oms.Moscow, oms.MoscowOblast, oms.Tatarstan, oms.Saratov}

var (
	propFirst = date.New(2011, time.January, 1)
	propLast  = date.New(2026, time.December, 31) // the federal calendar's last year
)

// trickyNames are names that test the CSV and JSON writers.
var trickyNames = []string{"Insurer ", `ООО «Страховая "Кавычки", и запятая»`, "# not a comment ", " leading space", "trailing space ", "emoji 🩺 ", `back\slash`}

// genRegistry draws 2–6 insurers, each with 1–3 stays in the property
// regions, entered and left on random days of 2011–2026.
func genRegistry(t *rapid.T) *Registry {
	n := rapid.IntRange(2, 6).Draw(t, "insurers")
	span := int(propLast.Sub(propFirst))
	var ins []Insurer
	for i := range n {
		var ps []Presence
		for _, r := range propRegions {
			if !rapid.Bool().Draw(t, "in") {
				continue
			}
			entered := propFirst.Add(date.PeriodOfDays(rapid.IntRange(0, span/2).Draw(t, "entered")))
			p := Presence{Region: r, Entered: entered}
			if rapid.Bool().Draw(t, "leaves") {
				p.Left = oms.SomeDate(entered.Add(date.PeriodOfDays(rapid.IntRange(1, span).Draw(t, "stay"))))
			}
			ps = append(ps, p)
		}
		name := rapid.SampledFrom(trickyNames).Draw(t, "name") + fmt.Sprint(i)
		short := rapid.SampledFrom(append([]string{""}, trickyNames...)).Draw(t, "short")
		scope := rapid.SampledFrom([]Scope{Federal, Regional}).Draw(t, "scope")
		in, err := NewInsurer(fmt.Sprintf("P-%d", i), name, short, scope, ps...)
		if err != nil {
			t.Fatal(err)
		}
		ins = append(ins, in)
	}
	return MustRegistry(ins...)
}

// TestSwitchStateMachine drives one person through applications across
// years and relocations, recording every application CheckSwitch accepts,
// and checks after each step that the accepted history never holds two
// voluntary replacements in one calendar year, a voluntary replacement
// after 1 November, or an insurer off the region's register on the day;
// that CheckSwitch agrees with the naive reference; and that the decision
// does not depend on the order the history is given in.
func TestSwitchStateMachine(t *testing.T) {
	cal := calendar.Federal()
	rapid.Check(t, func(t *rapid.T) {
		reg := genRegistry(t)
		ins := reg.Insurers()
		numbers := make([]string, len(ins))
		for i, in := range ins {
			numbers[i] = in.Number()
		}
		chk := NewChecker(reg, DefaultRules(), nil)
		now := propFirst.Add(date.PeriodOfDays(rapid.IntRange(0, 3000).Draw(t, "start")))
		region := rapid.SampledFrom(propRegions).Draw(t, "region")
		var entries []Entry
		h := History{}

		apply := func(t *rapid.T, why Reason, to oms.Region) {
			r := Request{Date: now, Insurer: rapid.SampledFrom(numbers).Draw(t, "insurer"), Region: to,
				Reason: why, Applicant: eligibility.Self, Born: adult}
			d := chk.CheckSwitch(h, r)
			want := naiveCodes(ins, entries, r, cal)
			if got := d.Codes(); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("request %+v\nhistory %v\nfast  %v\nnaive %v", r, entries, got, want)
			}
			// The same decision whatever order the history is given in.
			perm := rapid.Permutation(entries).Draw(t, "perm")
			if d2 := chk.CheckSwitch(MustHistory(perm...), r); fmt.Sprint(d2.Findings()) != fmt.Sprint(d.Findings()) {
				t.Fatalf("order changed the decision:\n%s\n%s", d, d2)
			}
			if !d.OK() || d.Has(CodeSameInsurer) {
				return
			}
			e := Entry{Date: now, Insurer: r.Insurer, Region: to, Reason: why}
			var err error
			if h, err = h.With(e); err != nil {
				t.Fatal(err)
			}
			entries = append(entries, e)
			region = to
			now = now.Add(1) // one application a day keeps entry dates distinct
		}
		t.Repeat(map[string]func(*rapid.T){
			"wait": func(t *rapid.T) {
				next := now.Add(date.PeriodOfDays(rapid.IntRange(1, 200).Draw(t, "days")))
				if next.After(propLast) {
					t.Skip("past the calendar")
				}
				now = next
			},
			"first":     func(t *rapid.T) { apply(t, FirstChoice, region) },
			"voluntary": func(t *rapid.T) { apply(t, Voluntary, region) },
			"exit":      func(t *rapid.T) { apply(t, InsurerExit, region) },
			"assign":    func(t *rapid.T) { apply(t, FundAssignment, region) },
			"relocate": func(t *rapid.T) {
				apply(t, Relocation, rapid.SampledFrom(propRegions).Draw(t, "to"))
			},
			"": func(t *rapid.T) {
				// Counted straight from the accepted entries, whatever
				// their labels: a change of insurer not on relocation to
				// another region (any relocation before 28.05.2019, Rules
				// 158н p. 15) or the insurer's exit (nor the fund's
				// assignment, accepted only after an exit or for a person
				// with no insurer).
				perYear := map[int]int{}
				for i := 1; i < len(entries); i++ {
					e, prev := entries[i], entries[i-1]
					moved := e.Reason == Relocation && (e.Region != prev.Region || e.Date.Before(rules108n))
					if e.Insurer == prev.Insurer || moved || e.Reason == InsurerExit || e.Reason == FundAssignment {
						continue
					}
					y := e.Date.Year()
					perYear[y]++
					if perYear[y] > 1 {
						t.Fatalf("two replacements at will in %d: %v", y, entries)
					}
					if e.Date.After(date.New(y, time.November, 1)) {
						t.Fatalf("replacement at will after 1 November: %s", e)
					}
				}
				for y := propFirst.Year(); y <= propLast.Year(); y++ {
					if n := len(h.VoluntarySwitches(y)); n != perYear[y] {
						t.Fatalf("VoluntarySwitches(%d) has %d entries, the accepted history %d: %v", y, n, perYear[y], entries)
					}
				}
				for _, e := range h.Entries() {
					if !reg.WorksIn(e.Insurer, e.Region, e.Date) {
						t.Fatalf("insurer not on the register: %s", e)
					}
				}
			},
		})
	})
}

// TestVoluntarySwitchesCountsOnlyChanges checks the counting rule directly.
func TestVoluntarySwitchesCountsOnlyChanges(t *testing.T) {
	h := MustHistory(
		Entry{Date: day(2025, time.January, 10), Insurer: "A", Region: oms.Moscow, Reason: Voluntary},         // first ever: a choice
		Entry{Date: day(2025, time.February, 10), Insurer: "A", Region: oms.Moscow, Reason: Voluntary},        // same insurer
		Entry{Date: day(2025, time.March, 10), Insurer: "B", Region: oms.Moscow, Reason: Voluntary},           // counted
		Entry{Date: day(2025, time.April, 10), Insurer: "C", Region: oms.MoscowOblast, Reason: Relocation},    // to another region: not at will
		Entry{Date: day(2025, time.May, 10), Insurer: "D", Region: oms.MoscowOblast, Reason: FirstChoice},     // counted: a change, whatever its label
		Entry{Date: day(2025, time.June, 10), Insurer: "E", Region: oms.MoscowOblast, Reason: InsurerExit},    // not voluntary
		Entry{Date: day(2025, time.July, 10), Insurer: "F", Region: oms.MoscowOblast, Reason: FundAssignment}, // not the person's
		Entry{Date: day(2025, time.August, 10), Insurer: "G", Region: oms.MoscowOblast, Reason: Relocation},   // within the region: at will (108н p. 21)
	)
	got := h.VoluntarySwitches(2025)
	if len(got) != 3 || got[0].Insurer != "B" || got[1].Insurer != "D" || got[2].Insurer != "G" {
		t.Fatalf("got %v", got)
	}
	// Under the Rules 158н (p. 15) any change of residence was a ground.
	h2 := MustHistory(
		Entry{Date: day(2018, time.January, 10), Insurer: "A", Region: oms.Moscow, Reason: FirstChoice},
		Entry{Date: day(2018, time.August, 10), Insurer: "G", Region: oms.Moscow, Reason: Relocation},
	)
	if n := len(h2.VoluntarySwitches(2018)); n != 0 {
		t.Fatalf("2018: %d", n)
	}
	if n := len(h.VoluntarySwitches(2024)); n != 0 {
		t.Fatalf("2024: %d", n)
	}
}

// CheckSwitch, CheckRelocation and CheckExit answer any request without
// panicking, and a decision with a violation is never OK.
func TestChecksTotal(t *testing.T) {
	reg := sample(t)
	c := NewChecker(reg, DefaultRules(), nil)
	anyDay := rapid.Custom(func(t *rapid.T) date.Date {
		return date.New(rapid.IntRange(1900, 2100).Draw(t, "y"), time.Month(rapid.IntRange(1, 12).Draw(t, "m")), rapid.IntRange(1, 31).Draw(t, "d"))
	})
	numbers := []string{"SAMPLE-01", "SAMPLE-02", "SAMPLE-03", "SAMPLE-04", "SAMPLE-05", FundInsurer, "", "NOPE", "bad number"}
	rapid.Check(t, func(t *rapid.T) {
		var es []Entry
		for range rapid.IntRange(0, 6).Draw(t, "n") {
			es = append(es, Entry{Date: anyDay.Draw(t, "date"), Insurer: rapid.SampledFrom(numbers[:6]).Draw(t, "ins"),
				Region: rapid.SampledFrom(propRegions).Draw(t, "reg"), Reason: Reason(rapid.IntRange(1, 6).Draw(t, "why"))})
		}
		h := MustHistory(es...)
		r := Request{Date: anyDay.Draw(t, "date"), Insurer: rapid.SampledFrom(numbers).Draw(t, "ins"),
			Region: oms.Region(rapid.IntRange(0, 100).Draw(t, "region")), Reason: Reason(rapid.IntRange(0, 7).Draw(t, "why")),
			Applicant: eligibility.Role(rapid.IntRange(0, 4).Draw(t, "who")), Born: anyDay.Draw(t, "born"), FullCapacity: rapid.Bool().Draw(t, "cap")}
		for _, d := range []oms.Decision{c.CheckSwitch(h, r), c.CheckRelocation(h, r.Born, r.Region, r.Date), c.CheckExit(h, r.Date)} {
			if d.Len() == 0 {
				t.Fatalf("empty decision for %+v", r)
			}
			if d.OK() == (len(d.Violations()) > 0) {
				t.Fatalf("OK disagrees with violations: %s", d)
			}
		}
	})
}

// The checker's own age arithmetic agrees with the eligibility package's
// LeapDayRule under either reading of 29 February.
func TestAgeAgreesWithLeapDayRule(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		leap := eligibility.LeapDayRule(rapid.IntRange(0, 1).Draw(t, "rule"))
		r := DefaultRules()
		r.Eligibility.LeapDay = leap
		c := NewChecker(nil, r, nil)
		born := date.NewOfDays(date.PeriodOfDays(rapid.IntRange(-20000, 25000).Draw(t, "born")))
		if rapid.Bool().Draw(t, "feb29") {
			born = date.New(2000+4*rapid.IntRange(0, 6).Draw(t, "y"), time.February, 29)
		}
		on := born.Add(date.PeriodOfDays(rapid.IntRange(-400, 40000).Draw(t, "days")))
		if got, want := c.age(born, on), leap.Age(born, on); got != want {
			t.Fatalf("age(%s, %s) = %d, want %d (%s)", born, on, got, want, leap)
		}
	})
}
