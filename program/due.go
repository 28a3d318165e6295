package program

import (
	"fmt"
	"time"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
)

// Due is when care under a waiting-time norm is due.
type Due struct {
	// Day is the last day on which care is due, in the location of the
	// event; for minutes and hours, the day of Instant there.
	Day date.Date `json:"day"`
	// Instant is the moment by which care is due: the event plus the limit
	// for minutes and hours; for days, the end of Day (24:00, which is the
	// first instant of the next day) in the location of the event.
	Instant time.Time `json:"instant"`
}

// DueBy returns when care is due under norm w for an event at the given
// instant (the appeal, the referral, the call ...):
//
//   - minutes and hours are added to the instant;
//   - calendar days: the day of the event in its location plus Limit days.
//     The day is not moved off a weekend or holiday: the norm limits waiting
//     for care, which medical organisations give on any day, so the rule of
//     ГК РФ ст. 193 for acts due on a working day is not applied;
//   - working days: the Limit-th working day strictly after the day of the
//     event (the count starts the next day, ГК РФ ст. 191), in the
//     production calendar cal: nil means calendar.Federal(); pass a
//     regional one from calendar.ForRegion.
//
// The due moment is never before the event. Errors: a norm with no kind,
// no positive limit or no unit; a working-day count outside the years the
// calendar knows (wrapping calendar.ErrUnknownYear).
func DueBy(w Wait, event time.Time, cal *calendar.Calendar) (Due, error) {
	if err := w.check(); err != nil {
		return Due{}, err
	}
	loc := event.Location()
	switch w.Unit {
	case Minutes, Hours:
		unit := time.Minute
		if w.Unit == Hours {
			unit = time.Hour
		}
		at := event.Add(time.Duration(w.Limit) * unit)
		return Due{Day: date.NewAt(at), Instant: at}, nil
	}
	d, err := dueDay(w, date.NewAt(event), cal)
	if err != nil {
		return Due{}, err
	}
	y, m, dd := d.Date()
	return Due{Day: d, Instant: time.Date(y, m, dd+1, 0, 0, 0, 0, loc)}, nil
}

// dueDay is the due day of a day-based norm for an event on day.
func dueDay(w Wait, day date.Date, cal *calendar.Calendar) (date.Date, error) {
	if w.Unit == CalendarDays {
		return day.AddDate(0, 0, w.Limit), nil
	}
	if cal == nil {
		cal = calendar.Federal()
	}
	d, err := cal.AddWorkingDays(day, w.Limit)
	if err != nil {
		return date.Date{}, fmt.Errorf("program: %d working days from %s: %w", w.Limit, day, err)
	}
	return d, nil
}

// DueBy returns when care under norm k of the programme is due for an event
// at the given instant, counting working days in cal (nil: Federal); see
// the function DueBy.
func (p *Programme) DueBy(k WaitKind, event time.Time, cal *calendar.Calendar) (Due, error) {
	w, err := p.Wait(k)
	if err != nil {
		return Due{}, err
	}
	return DueBy(w.Value, event, cal)
}

// Duty returns the duty of care under a day-based norm of the programme
// (calendar or working days) for an event on day: a calendar.Duty whose
// code is "program.wait." and the kind's key, due on the day DueBy gives,
// with the programme's citation and Unconfirmed. Its Check says whether
// care given on a day met the norm. A norm in minutes or hours is an
// error: use DueBy, whose Due is instant-precise.
func (p *Programme) Duty(k WaitKind, day date.Date, cal *calendar.Calendar) (calendar.Duty, error) {
	w, err := p.Wait(k)
	if err != nil {
		return calendar.Duty{}, err
	}
	return waitDuty(w, day, cal)
}

// waitDuty is the duty of norm w for an event on day.
func waitDuty(w oms.Dated[Wait], day date.Date, cal *calendar.Calendar) (calendar.Duty, error) {
	if err := w.Value.check(); err != nil {
		return calendar.Duty{}, err
	}
	rule := WaitDutyRule(w)
	if rule.Period.Unit == 0 {
		return calendar.Duty{}, fmt.Errorf("program: %s is counted in %s, not days: use DueBy", w.Value.Kind, w.Value.Unit)
	}
	due, err := dueDay(w.Value, day, cal)
	if err != nil {
		return calendar.Duty{}, err
	}
	return calendar.Duty{DutyRule: rule, Start: day, Due: due}, nil
}

// WaitDutyRule returns the duty rule of a waiting-time norm: code
// "program.wait.<kind>", the event's key, the norm's names, its period in
// days or working days (zero for minutes and hours), citation and
// Unconfirmed. Its Codes("program") are the four duty findings.
func WaitDutyRule(w oms.Dated[Wait]) calendar.DutyRule {
	r := calendar.DutyRule{
		Code:  "program.wait." + w.Value.Kind.String(),
		Event: w.Value.Event.String(),
		RU:    w.Value.Kind.NameRU(), EN: "care under the waiting-time norm " + w.Value.Kind.String(),
		Citation: w.Citation, Unconfirmed: w.Unconfirmed,
	}
	switch w.Value.Unit {
	case CalendarDays:
		r.Period = calendar.Period{N: w.Value.Limit, Unit: calendar.Days}
	case WorkingDays:
		r.Period = calendar.Period{N: w.Value.Limit, Unit: calendar.WorkingDays}
	}
	return r
}

// bounds bounds the length of a limit from above and below in minutes,
// for comparing limits in different units. A working day count n spans at
// least n calendar days and, in the Russian calendar, never more than
// 2n+12 (the longest run of days off is the New Year holidays, with their
// weekends), which is a generous upper bound.
func (w Wait) bounds() (lo, hi int) {
	const day = 24 * 60
	switch w.Unit {
	case Minutes:
		return w.Limit, w.Limit
	case Hours:
		return w.Limit * 60, w.Limit * 60
	case CalendarDays:
		return w.Limit * day, (w.Limit + 1) * day
	case WorkingDays:
		return w.Limit * day, (2*w.Limit + 12) * day
	}
	return 0, 0
}

// compareWait reports whether territorial limit t is longer than base limit
// b: longer is true when t is longer for certain; doubtful is true when the
// units differ so that neither is certain.
func compareWait(t, b Wait) (longer, doubtful bool) {
	if t.Unit == b.Unit {
		return t.Limit > b.Limit, false
	}
	tlo, thi := t.bounds()
	blo, bhi := b.bounds()
	switch {
	case thi <= blo:
		return false, false
	case tlo > bhi:
		return true, false
	case t.Unit == CalendarDays && b.Unit == WorkingDays && t.Limit <= b.Limit:
		// n calendar days never exceed n working days.
		return false, false
	}
	return false, true
}
