package program_test

import (
	"testing"
	"time"

	"github.com/rickb777/date"
	"pgregory.net/rapid"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/program"
)

// accessRulesWithSpan returns the default rules withReq both yearly limits
// measured by span.
func accessRulesWithSpan(span program.YearSpan) program.AccessRules {
	r := program.DefaultAccessRules()
	for _, t := range []*oms.Timeline[program.YearlyLimit]{&r.ClinicLimit, &r.DoctorLimit} {
		v := t.Versions()[0] // keep the citation: findings cite the version in force
		v.Value.Span = span
		*t = t.With(v)
	}
	return r
}

// accWithinYear is a naive reference for "the same year": the same calendar
// year, or less than a year apart counting 29 February on to 28 February.
func accWithinYear(span program.YearSpan, a, b date.Date) bool {
	if span == program.CalendarYear {
		return a.Year() == b.Year()
	}
	t := a.UTC()
	next := t.AddDate(1, 0, 0)
	if t.Month() == time.February && t.Day() == 29 && next.Month() == time.March {
		next = next.AddDate(0, 0, -1)
	}
	return b.UTC().Before(next)
}

// accCatalogue is the set of codes AccessCodes lists.
var accCatalogue = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range program.AccessCodes() {
		m[c.Code] = true
	}
	return m
}()

// accChoiceRun feeds generated applications to the checker one by one,
// keeping those it accepts in the history (passed in a shuffled order),
// and returns the accepted ones in order.
func accChoiceRun(t *rapid.T, r program.AccessRules, doctors bool) program.ChoiceHistory {
	n := rapid.IntRange(1, 25).Draw(t, "n")
	day := date.New(2013, time.January, 1).Add(date.PeriodOfDays(rapid.IntRange(0, 400).Draw(t, "start")))
	var accepted program.ChoiceHistory
	for i := range n {
		day = day.Add(date.PeriodOfDays(rapid.IntRange(1, 200).Draw(t, "gap")))
		req := program.ChoiceRequest{Date: day, Subject: program.ChooseClinic,
			Clinic: rapid.SampledFrom([]string{"A", "B", "C"}).Draw(t, "clinic")}
		if rapid.IntRange(0, 4).Draw(t, "relocation") == 0 {
			req.Ground = program.Relocation
		}
		if doctors && rapid.Bool().Draw(t, "doctor") {
			req.Subject, req.Ground, req.Doctor = program.ChooseDoctor, 0, "D"
			req.DoctorKind = rapid.SampledFrom([]program.DoctorKind{program.Therapist, program.Feldsher, program.DistrictPaediatrician}).Draw(t, "kind")
		}
		h := rapid.Permutation(accepted).Draw(t, "order")
		dec, _, err := r.CheckClinicChoice(nil, h, req)
		if err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
		for _, f := range dec.Findings() {
			if !accCatalogue[f.Code] || f.Citation.IsZero() || f.RU == "" || f.EN == "" {
				t.Fatalf("finding %s is not in AccessCodes or lacks a citation or message", f.Code)
			}
		}
		if dec.OK() {
			g := req.Ground
			if g == 0 {
				g = program.AtWill
			}
			accepted = append(accepted, program.ChoiceEntry{Date: day, Subject: req.Subject, Ground: g, Clinic: req.Clinic, Doctor: req.Doctor})
		}
	}
	return accepted
}

// No history lets two changes of clinic at will into one year (323-ФЗ ст.
// 21 ч. 2), under either reading of "year".
func TestPropClinicYearlyLimit(t *testing.T) {
	t.Parallel()
	rapid.Check(t, func(t *rapid.T) {
		span := rapid.SampledFrom([]program.YearSpan{program.CalendarYear, program.TwelveMonths}).Draw(t, "span")
		accepted := accChoiceRun(t, accessRulesWithSpan(span), false)
		var atWill []date.Date
		cur := ""
		for _, e := range accepted {
			if e.Clinic != cur && e.Ground == program.AtWill {
				atWill = append(atWill, e.Date)
			}
			cur = e.Clinic
		}
		for i := 1; i < len(atWill); i++ {
			if accWithinYear(span, atWill[i-1], atWill[i]) {
				t.Fatalf("two changes of clinic at will within a year (%s): %s and %s", span, atWill[i-1], atWill[i])
			}
		}
	})
}

// No history lets two choices of doctor into one year unless the person
// changed clinic between them (323-ФЗ ст. 21 ч. 2).
func TestPropDoctorYearlyLimit(t *testing.T) {
	t.Parallel()
	rapid.Check(t, func(t *rapid.T) {
		span := rapid.SampledFrom([]program.YearSpan{program.CalendarYear, program.TwelveMonths}).Draw(t, "span")
		accepted := accChoiceRun(t, accessRulesWithSpan(span), true)
		cur, attached := "", false
		var last date.Date
		haveLast, changed := false, false
		for _, e := range accepted {
			switch e.Subject {
			case program.ChooseClinic:
				if !attached || e.Clinic != cur {
					changed = true
				}
				cur, attached = e.Clinic, true
			case program.ChooseDoctor:
				if haveLast && !changed && accWithinYear(span, last, e.Date) {
					t.Fatalf("two choices of doctor within a year (%s) withReq no change of clinic: %s and %s", span, last, e.Date)
				}
				last, haveLast, changed = e.Date, true, false
			}
		}
	})
}

// accRandomHistory draws any history, valid under the law or not: random
// days, clinics, grounds, subjects and refusals.
func accRandomHistory(t *rapid.T, around date.Date) program.ChoiceHistory {
	n := rapid.IntRange(0, 12).Draw(t, "entries")
	h := make(program.ChoiceHistory, n)
	for i := range h {
		h[i] = program.ChoiceEntry{
			Date:    around.Add(date.PeriodOfDays(rapid.IntRange(-900, 60).Draw(t, "offset"))),
			Subject: rapid.SampledFrom([]program.ChoiceSubject{program.ChooseClinic, program.ChooseDoctor}).Draw(t, "subject"),
			Ground:  rapid.SampledFrom([]program.ChoiceGround{program.AtWill, program.AtWill, program.Relocation}).Draw(t, "ground"),
			Clinic:  rapid.SampledFrom([]string{"A", "B", "C"}).Draw(t, "clinic"),
			Refused: rapid.IntRange(0, 5).Draw(t, "refused") == 0,
		}
	}
	return h
}

// Whatever the history, a request the checker accepts does not make a
// second change of clinic at will, or a second choice of doctor without a
// change of clinic, within a year of an earlier one (naive reference:
// sort, replay the attachment).
func TestPropAnyHistoryYearlyLimits(t *testing.T) {
	t.Parallel()
	rapid.Check(t, func(t *rapid.T) {
		span := rapid.SampledFrom([]program.YearSpan{program.CalendarYear, program.TwelveMonths}).Draw(t, "span")
		r := accessRulesWithSpan(span)
		day := date.New(2016, time.January, 1).Add(date.PeriodOfDays(rapid.IntRange(0, 3600).Draw(t, "day")))
		h := accRandomHistory(t, day)
		req := program.ChoiceRequest{Date: day, Subject: program.ChooseClinic, Clinic: rapid.SampledFrom([]string{"A", "B", "C"}).Draw(t, "req clinic")}
		if rapid.Bool().Draw(t, "req doctor") {
			req.Subject, req.DoctorKind = program.ChooseDoctor, program.Therapist
		}
		dec, _, err := r.CheckClinicChoice(nil, h, req)
		if err != nil {
			t.Fatal(err)
		}
		if !dec.OK() {
			return
		}
		// Replay the history as of the request, oldest first; same-day
		// entries keep their order, as the checker's stable sort does.
		var past program.ChoiceHistory
		for _, e := range h {
			if !e.Refused && !e.Date.After(day) {
				past = append(past, e)
			}
		}
		for i := 1; i < len(past); i++ {
			for j := i; j > 0 && past[j].Date.Before(past[j-1].Date); j-- {
				past[j], past[j-1] = past[j-1], past[j]
			}
		}
		cur, attached := "", false
		var lastAtWill, lastDoctor date.Date
		haveAtWill, haveDoctor, changedSinceDoctor := false, false, false
		for _, e := range past {
			if e.Subject == program.ChooseDoctor {
				lastDoctor, haveDoctor, changedSinceDoctor = e.Date, true, false
				continue
			}
			if !attached || e.Clinic != cur {
				changedSinceDoctor = true
				if e.Ground == program.AtWill {
					lastAtWill, haveAtWill = e.Date, true
				}
			}
			cur, attached = e.Clinic, true
		}
		switch {
		case req.Subject == program.ChooseClinic && (!attached || req.Clinic != cur) && haveAtWill && accWithinYear(span, lastAtWill, day):
			t.Fatalf("accepted a change of clinic at will on %s after one on %s (%s)", day, lastAtWill, span)
		case req.Subject == program.ChooseDoctor && haveDoctor && !changedSinceDoctor && accWithinYear(span, lastDoctor, day):
			t.Fatalf("accepted a choice of doctor on %s after one on %s with no change of clinic (%s)", day, lastDoctor, span)
		}
	})
}
