package calendar

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/internal/msg"
	"github.com/rickb777/date"
)

// A DutyRule is a duty the law sets, before any event starts it: what must
// be done (a stable code and its name), which event starts it, the period,
// and the provision that sets it. Packages keep their duties' rules as
// values, usually in dated timelines; Calendar.Duty turns a rule and the
// day of its event into a Duty with its due day.
type DutyRule struct {
	// Code is the stable code of the duty, such as "policy.notify-change".
	// The findings of Duty.Check append ".met", ".late", ".pending" and
	// ".overdue" to it.
	Code string `json:"code"`
	// Event is a stable code of the event that starts the period, such as
	// "data-changed" or "application-filed".
	Event string `json:"event"`
	// RU names the duty in Russian: "уведомить СМО об изменении данных".
	RU string `json:"ru"`
	// EN names the duty in English: "notify the insurer of changed data".
	EN string `json:"en"`
	// Period is the time allowed, counted from the day of the event.
	Period Period `json:"period"`
	// Citation is the provision that sets the duty and its period.
	Citation oms.Citation `json:"citation"`
	// Unconfirmed marks a duty whose period or start the library's sources
	// do not settle; the package that defines it says why.
	Unconfirmed bool `json:"unconfirmed,omitempty"`
	// NoSanction marks a duty the law attaches no consequence to missing,
	// such as the insured person's duties of 326-ФЗ ст. 16 ч. 2: Check
	// reports it done late or not at all as a Warning, not a Violation.
	NoSanction bool `json:"no_sanction,omitempty"`
}

// A Duty is something that must be done by a day: a DutyRule started by
// an event on a given day, with the last day it may be done (Due) and,
// where asked, the instant the period runs out.
//
// Duties are immutable values, safe for concurrent use.
type Duty struct {
	DutyRule
	// Start is the day of the event that starts the period.
	Start date.Date `json:"start"`
	// Due is the last day on which the duty may be done (ГК РФ ст. 191–193
	// for periods of days, weeks, months and years; the N-th working day
	// after Start for working days).
	Due date.Date `json:"due"`
	// DueAt is the instant the period runs out, 24:00 of Due (ГК РФ ст.
	// 194 п. 1) in the zone given to In or InRegion; the zero time when
	// no zone was given.
	DueAt time.Time `json:"due_at,omitzero"`
}

// ErrInvalidDuty is returned (wrapped) by Calendar.Duty for a rule with
// no code.
var ErrInvalidDuty = errors.New("calendar: invalid duty rule")

// Duty returns the duty of rule r started by an event on start, with its
// due day counted in c by Deadline. The error wraps ErrInvalidDuty for a
// rule without a code, ErrInvalidPeriod for a bad period and
// ErrUnknownYear for days outside c.
func (c *Calendar) Duty(r DutyRule, start date.Date) (Duty, error) {
	if r.Code == "" {
		return Duty{}, fmt.Errorf("%w: no code", ErrInvalidDuty)
	}
	due, err := c.Deadline(start, r.Period)
	if err != nil {
		return Duty{}, fmt.Errorf("calendar: duty %s from %s: %w", r.Code, start, err)
	}
	return Duty{DutyRule: r, Start: start, Due: due}, nil
}

// In returns d with DueAt set to 24:00 of the due day (00:00 of the next
// day) in loc. A nil loc is UTC.
func (d Duty) In(loc *time.Location) Duty {
	if loc == nil {
		loc = time.UTC
	}
	y, m, day := d.Due.Date()
	d.DueAt = time.Date(y, m, day+1, 0, 0, 0, 0, loc)
	return d
}

// InRegion is In with the time zone of region r's capital (oms.Region's
// Location), with the offset in force on the due day.
func (d Duty) InRegion(r oms.Region) (Duty, error) {
	loc, err := r.Location()
	if err != nil {
		return Duty{}, fmt.Errorf("calendar: duty %s: %w", d.Code, err)
	}
	return d.In(loc), nil
}

// A DutyStatus says where a duty stands on a day.
type DutyStatus uint8

const (
	// Pending is a duty not yet done whose due day has not passed.
	Pending DutyStatus = iota + 1
	// Met is a duty done on or before its due day.
	Met
	// Late is a duty done after its due day.
	Late
	// Overdue is a duty not done whose due day has passed.
	Overdue
)

var dutyStatusNames = [...]string{Pending: "pending", Met: "met", Late: "late", Overdue: "overdue"}

// Status returns where d stands on the day asOf, given the day it was done
// (absent if not yet). A day done after asOf is taken as not yet done on
// asOf: the question is asked as of that day.
func (d Duty) Status(done oms.OptionalDate, asOf date.Date) DutyStatus {
	if day, ok := done.Get(); ok && !day.After(asOf) {
		if day.After(d.Due) {
			return Late
		}
		return Met
	}
	if asOf.After(d.Due) {
		return Overdue
	}
	return Pending
}

// Check is Status as a decision with one finding, coded d.Code plus
// ".met", ".late", ".pending" or ".overdue", citing d.Citation. Late and
// Overdue are violations (warnings for a duty with NoSanction); Met and
// Pending are informational.
func (d Duty) Check(done oms.OptionalDate, asOf date.Date) oms.Decision {
	return oms.NewDecision(d.Finding(d.Status(done, asOf)))
}

// Finding returns the finding Check makes for status s.
func (d Duty) Finding(s DutyStatus) oms.Finding {
	f := oms.Finding{Code: d.Code + "." + s.String(), Citation: d.Citation, Unconfirmed: d.Unconfirmed}
	// Both messages are made in one allocation, the dates by a digit
	// writer: duties are checked in bulk.
	text := dutyStatusTexts[Pending] // an invalid status reads as Pending
	if s.IsValid() {
		text = dutyStatusTexts[s]
	}
	ruDue, enDue, enEnd := " — до ", ", due by ", ""
	f.Severity = oms.Info
	switch s {
	case Late:
		f.Severity = d.missedSeverity()
		ruDue, enDue = " — следовало до ", " was due by "
	case Overdue:
		f.Severity = d.missedSeverity()
		enDue, enEnd = " was due by ", " and is not done"
	}
	b := make([]byte, 0, 512)
	b = append(append(append(append(b, text.ru...), ": "...), d.RU...), ruDue...)
	b = append(msg.AppendDateRU(b, d.Due), " включительно"...)
	cut := len(b)
	b = append(append(append(append(b, text.en...), ": "...), d.EN...), enDue...)
	b = append(msg.AppendDate(b, d.Due), enEnd...)
	f.RU, f.EN = msg.Split(b, cut)
	return f
}

// missedSeverity is the severity of a duty done late or not at all.
func (r DutyRule) missedSeverity() oms.Severity {
	if r.NoSanction {
		return oms.Warning
	}
	return oms.Violation
}

// Codes returns the catalogue entries of the four findings Check can make
// for duties of rule r, for a package's Codes list.
func (r DutyRule) Codes(pkg string) []oms.CodeInfo {
	out := make([]oms.CodeInfo, 0, 4)
	for _, s := range []DutyStatus{Met, Pending, Late, Overdue} {
		f := Duty{DutyRule: r}.Finding(s)
		out = append(out, oms.CodeInfo{
			Code: f.Code, Package: pkg, Severity: f.Severity, Citations: []oms.Citation{r.Citation},
			RU: dutyStatusTexts[s].ru + ": " + r.RU, EN: dutyStatusTexts[s].en + ": " + r.EN, Unconfirmed: r.Unconfirmed,
		})
	}
	return out
}

// dutyStatusTexts begin the messages of Check's findings and the summaries
// of their codes, in Russian and English.
var dutyStatusTexts = [...]struct{ ru, en string }{
	Pending: {"Срок не истёк", "Pending"},
	Met:     {"Срок соблюдён", "Met in time"},
	Late:    {"Срок нарушен", "Done late"},
	Overdue: {"Срок истёк, не исполнено", "Overdue"},
}

// DutyCodes returns the catalogue entries of a duty whose rule changed
// over time: the four codes of Check once each, citing every version's
// provision (oldest first, each once), unconfirmed where any version is.
// The summaries are those of the last version. Versions with different
// codes give each code its own entries.
func DutyCodes(pkg string, versions ...DutyRule) []oms.CodeInfo {
	var out []oms.CodeInfo
	index := map[string]int{}
	for _, v := range versions {
		for _, ci := range v.Codes(pkg) {
			i, ok := index[ci.Code]
			if !ok {
				index[ci.Code] = len(out)
				out = append(out, ci)
				continue
			}
			for _, c := range ci.Citations {
				if !slices.Contains(out[i].Citations, c) {
					out[i].Citations = append(out[i].Citations, c)
				}
			}
			out[i].RU, out[i].EN = ci.RU, ci.EN
			out[i].Unconfirmed = out[i].Unconfirmed || ci.Unconfirmed
		}
	}
	return out
}

// TimelineDutyCodes is DutyCodes for the versions of t. A version's own
// Unconfirmed flag marks its codes too, and its Citation stands for a
// rule that has none of its own.
func TimelineDutyCodes(pkg string, t oms.Timeline[DutyRule]) []oms.CodeInfo {
	vs := t.Versions()
	rules := make([]DutyRule, len(vs))
	for i, v := range vs {
		rules[i] = v.Value
		rules[i].Unconfirmed = rules[i].Unconfirmed || v.Unconfirmed
		if rules[i].Citation.IsZero() {
			rules[i].Citation = v.Citation
		}
	}
	return DutyCodes(pkg, rules...)
}
