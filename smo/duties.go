package smo

import (
	"fmt"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/rickb777/date"
)

// orFederal returns cal, or the federal calendar when cal is nil.
func orFederal(cal *calendar.Calendar) *calendar.Calendar {
	if cal == nil {
		return calendar.Federal()
	}
	return cal
}

// dutyRule returns the version of rule t in force on d, with the
// version's citation and flag.
func dutyRule(t oms.Timeline[calendar.DutyRule], d date.Date) (calendar.DutyRule, error) {
	v, err := t.At(d)
	if err != nil {
		return calendar.DutyRule{}, err
	}
	r := v.Value
	r.Citation, r.Unconfirmed = v.Citation, v.Unconfirmed || r.Unconfirmed
	return r, nil
}

// duty returns the duty of rule t started on start, counted in cal (nil:
// the federal calendar). A period of 0 makes the duty due on start
// itself.
func duty(t oms.Timeline[calendar.DutyRule], start date.Date, cal *calendar.Calendar) (calendar.Duty, error) {
	r, err := dutyRule(t, start)
	if err != nil {
		return calendar.Duty{}, err
	}
	if r.Period.N == 0 {
		return calendar.Duty{DutyRule: r, Start: start, Due: start}, nil
	}
	return orFederal(cal).Duty(r, start)
}

// EffectiveDate returns, as a duty of the chosen insurer, the day from
// which a person who files an application on applied is insured by it:
// the due day of Rules.Effective, by default the day of the application.
//
// The Rules have no point saying "insured from day X"; the default is an
// inference from the new insurer entering itself in the policy on the day
// the application is filed (Rules 158н pp. 34–35, 108н pp. 44, 46) and
// 326-ФЗ ст. 16 ч. 5 (until then the person stays with the previous
// insurer). From 10.01.2023 it cites ст. 16 ч. 5 and is unconfirmed (spec
// rules-points.md note 5). A caller who reads it as the day the unified
// register accepts the record sets a period of working days.
func (r Rules) EffectiveDate(applied date.Date, cal *calendar.Calendar) (calendar.Duty, error) {
	d, err := duty(r.Effective, applied, cal)
	if err != nil {
		return calendar.Duty{}, fmt.Errorf("smo: effective date for %s: %w", applied, err)
	}
	return d, nil
}

// RelocationDeadline returns the duty of a person who moved on moved to a
// region where their insurer does not work to choose an insurer there
// within one month (326-ФЗ ст. 16 ч. 2 п. 4; Rules 158н p. 16, 108н
// p. 22): the period runs from the day after the move, ends on the
// same-numbered day of the next month (or its last day), and a
// non-working last day moves to the next working day of cal (ГК РФ
// ст. 191–193; nil cal: the federal calendar). The error wraps
// calendar.ErrUnknownYear when the calendar does not know the years.
func (r Rules) RelocationDeadline(moved date.Date, cal *calendar.Calendar) (calendar.Duty, error) {
	d, err := duty(r.Relocation, moved, cal)
	if err != nil {
		return calendar.Duty{}, fmt.Errorf("smo: relocation deadline for a move on %s: %w", moved, err)
	}
	return d, nil
}

// RelocationDeadline is Rules.RelocationDeadline under DefaultRules.
func RelocationDeadline(moved date.Date, cal *calendar.Calendar) (calendar.Duty, error) {
	return DefaultRules().RelocationDeadline(moved, cal)
}

// ExitChoiceDeadline returns the duty of a person whose insurer left the region's
// register (its contract ended) on left to choose another insurer within
// two months (326-ФЗ ст. 38 ч. 17; Rules 158н p. 18, 108н p. 24); until
// then the territorial fund acts for the insurer. Counted as
// RelocationDeadline is.
func (r Rules) ExitChoiceDeadline(left date.Date, cal *calendar.Calendar) (calendar.Duty, error) {
	d, err := duty(r.ExitChoice, left, cal)
	if err != nil {
		return calendar.Duty{}, fmt.Errorf("smo: choice after the insurer left on %s: %w", left, err)
	}
	return d, nil
}

// ExitNoticeDeadline returns the duty of an insurer whose contract on financial
// support of ОМС ends early on ends to notify the territorial fund and the
// insured not later than three months before (326-ФЗ ст. 38 ч. 15; Rules
// 158н p. 17, 108н pp. 23, 93). The period is counted back from ends:
// Start is the day the contract ends and Due the same-numbered day three
// months earlier (the last day of that month if it has no such day). A
// non-working due day is not moved: ГК РФ ст. 193 moves the end of a
// period forward, which would shorten the notice.
func (r Rules) ExitNoticeDeadline(ends date.Date) (calendar.Duty, error) {
	rule, err := dutyRule(r.ExitNotice, ends)
	if err != nil {
		return calendar.Duty{}, fmt.Errorf("smo: exit notice for a contract ending on %s: %w", ends, err)
	}
	if rule.Period.Unit != calendar.Months || rule.Period.N < 1 {
		return calendar.Duty{}, fmt.Errorf("smo: exit notice: %w: period %s (want months)", ErrInvalid, rule.Period)
	}
	return calendar.Duty{DutyRule: rule, Start: ends, Due: addMonths(ends, -rule.Period.N)}, nil
}

// addMonths returns the same-numbered day n months after d (before it
// for a negative n), or the last day of that month if it is shorter: the
// nominal end of a period in months (ГК РФ ст. 192 п. 3), before any move
// off a non-working day.
func addMonths(d date.Date, n int) date.Date {
	y, m, day := d.Date()
	first := date.New(y, m+time.Month(n), 1)
	if last := first.LastDayOfMonth(); day > last {
		day = last
	}
	return date.New(first.Year(), first.Month(), day)
}

// NewbornCover returns the newborn cover as a duty: a child whose birth
// was registered on registered is insured by the mother's insurer until
// Due; from the next day by the insurer a parent or legal representative
// chooses (a first choice, not a replacement). It is
// Rules.Eligibility.NewbornCover: the rule in force on the day of
// registration governs (326-ФЗ ст. 16 ч. 3; Rules 158н p. 5, 108н p. 5).
func (r Rules) NewbornCover(registered date.Date) (calendar.Duty, error) {
	return r.Eligibility.NewbornCover(registered)
}

// NewbornCover is Rules.NewbornCover under DefaultRules.
func NewbornCover(registered date.Date) (calendar.Duty, error) {
	return DefaultRules().NewbornCover(registered)
}
