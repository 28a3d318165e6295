package main

import (
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/policy"
	"github.com/rickb777/date"
)

// A Step is one thing due after the event: a duty the library gives
// (calendar.Duty), or a waiting time in hours or minutes, whose end is an
// instant rather than a day.
type Step struct {
	// Code is the duty's stable code (calendar.DutyRule.Code); empty for
	// a waiting time in hours or minutes.
	Code     string       `json:"code,omitempty"`
	Step     string       `json:"step"`
	StepRU   string       `json:"step_ru"`
	Who      string       `json:"who"` // the insured person, the insurer, the medical organisation
	Period   string       `json:"period"`
	LastDay  date.Date    `json:"last_day"`
	RunsOut  time.Time    `json:"runs_out"`
	Citation oms.Citation `json:"citation"`
	// Why explains the day: the Civil Code rules applied, the rule's
	// version, what is unconfirmed.
	Why         oms.Decision `json:"why"`
	Unconfirmed bool         `json:"unconfirmed,omitempty"`
}

// A Problem is a step that could not be computed.
type Problem struct {
	Step  string `json:"step"`
	Error string `json:"error"`
}

// Report is the answer for one event.
type Report struct {
	Event    string     `json:"event"`
	Date     date.Date  `json:"date"`
	Time     string     `json:"time"`
	Region   oms.Region `json:"region"`
	TimeZone string     `json:"time_zone"`
	Steps    []Step     `json:"steps"`
	Problems []Problem  `json:"problems,omitempty"`
	// Notes explain an event that starts no deadline.
	Notes []oms.Finding `json:"notes,omitempty"`
}

// changeEvents are the re-issue reasons of the policy package: a change of
// the person's data, an error, wear, loss.
var changeEvents = func() []string {
	var out []string
	for _, r := range policy.Reasons() {
		out = append(out, r.String())
	}
	return out
}()
var careEvents = []string{"appeal", "call", "prescription", "referral", "diagnosis", "histology_or_diagnosis"}

func allEvents() []string {
	out := append([]string{"all"}, changeEvents...)
	out = append(out, "relocation", "birth-registration", "application")
	return append(out, careEvents...)
}

// A listing collects the steps of a report from the library's duties.
type listing struct {
	query
	rep *Report
	cal *calendar.Calendar
	at  time.Time // the event's instant, for waiting times in hours and minutes
}

// compute lists the steps due after the event.
func compute(q query) (*Report, error) {
	loc, err := q.region.Location()
	if err != nil {
		return nil, err
	}
	cal, err := calendar.ForRegion(q.region)
	if err != nil {
		return nil, err
	}
	y, m, d := q.day.Date()
	l := &listing{
		query: q, cal: cal,
		at:  time.Date(y, m, d, q.clock.Hour(), q.clock.Minute(), 0, 0, loc),
		rep: &Report{Event: q.event, Date: q.day, Time: q.clock.Format("15:04"), Region: q.region, TimeZone: loc.String()},
	}
	for _, name := range changeEvents {
		if l.asks(name) {
			l.notifySteps(name)
		}
	}
	if l.asks("relocation") {
		l.relocationStep()
	}
	if l.asks("birth-registration") {
		l.newbornStep()
	}
	if l.asks("application") {
		l.applicationSteps()
	}
	if l.asks(careEvents...) {
		l.careSteps()
	}
	return l.rep, nil
}

// asks reports whether the event asked is one of names, or all.
func (l *listing) asks(names ...string) bool {
	for _, n := range names {
		if l.event == "all" || l.event == n {
			return true
		}
	}
	return false
}

func (l *listing) problem(step string, err error) {
	l.rep.Problems = append(l.rep.Problems, Problem{step, err.Error()})
}

// dutyStep is the step of duty d, which who must do: its last day, the
// instant it runs out (24:00 of the last day in the region's zone, ГК РФ
// ст. 194) and, added to why, the calendar's account of the last day
// when it agrees with the duty's (a period of insurance such as the
// newborn's cover is not moved off a non-working day, so the Civil
// Code's account of an act's deadline is not its account). A duty whose
// instant cannot be had is reported as a problem.
func (l *listing) dutyStep(who string, d calendar.Duty, why oms.Decision) (Step, bool) {
	d, err := d.InRegion(l.region)
	if err != nil {
		l.problem(d.EN, err)
		return Step{}, false
	}
	if d.Period.N > 0 {
		if last, expl, err := l.cal.ExplainDeadline(d.Start, d.Period); err == nil && last == d.Due {
			why = why.Merge(expl)
		}
	}
	return Step{
		Code: d.Code, Step: d.EN, StepRU: d.RU, Who: who, Period: periodText(d), LastDay: d.Due, RunsOut: d.DueAt,
		Citation: d.Citation, Why: why, Unconfirmed: d.Unconfirmed,
	}, true
}

// periodText is the period of a duty for people. A duty with no period
// is due on a day its rule names: the eve of the event (the newborn's
// cover before 2016), the day of the event (the day an insurer insures
// from), or a later day.
func periodText(d calendar.Duty) string {
	switch {
	case d.Period.N > 0:
		return d.Period.String()
	case d.Due.Before(d.Start):
		return "until the day of the event"
	case d.Due == d.Start:
		return "the day of the event"
	}
	return "until a day the rule fixes"
}
