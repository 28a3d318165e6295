package smo

import (
	"errors"
	"fmt"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/rickb777/date"
)

var citeNotify = oms.Citation{Act: oms.Act326FZ, Article: "16", Part: "2", Point: "3",
	Title: "уведомить СМО об изменении места жительства в течение одного месяца"}

// oneMonth is the period of both duties on moving.
var oneMonth = calendar.Period{N: 1, Unit: calendar.Months}

// Finding codes of CheckRelocation.
const (
	CodeRelocationInvalid      = "smo.relocation.invalid"             // violation: the question cannot be checked as given
	CodeRelocationFirstChoice  = "smo.relocation.first-choice"        // info: the person had no insurer to keep
	CodeRelocationInsurerStays = "smo.relocation.insurer-works-there" // info: no new choice needed; notify within a month
	CodeRelocationChosen       = "smo.relocation.chosen"              // info: chose in time
	CodeRelocationDue          = "smo.relocation.due"                 // warning: must choose by the deadline
	CodeRelocationOverdue      = "smo.relocation.overdue"             // violation: the month has passed with no choice
	CodeRelocationLate         = "smo.relocation.late"                // violation: chose after the month
	CodeRelocationNoCalendar   = "smo.relocation.calendar-unknown"    // warning: ст. 193 could not be applied
)

// RelocationDeadline returns the last day of the month within which a
// person who moved on moved to a region where their insurer does not work
// must choose an insurer there (326-ФЗ ст. 16 ч. 2 п. 4): the period runs
// from the day after the move, ends on the same-numbered day of the next
// month (or its last day), and a non-working last day moves to the next
// working day (ГК РФ ст. 191–193, through cal.Deadline). The error wraps
// calendar.ErrUnknownYear when the calendar does not know the years.
func RelocationDeadline(cal *calendar.Calendar, moved date.Date) (date.Date, error) {
	if cal == nil {
		return date.Date{}, fmt.Errorf("%w: no calendar", ErrInvalid)
	}
	d, err := cal.Deadline(moved, oneMonth)
	if err != nil {
		return date.Date{}, fmt.Errorf("smo: relocation deadline for a move on %s: %w", moved, err)
	}
	return d, nil
}

// nominalMonthEnd is the end of a one-month period from d by ГК РФ
// ст. 192 п. 3, before any move off a non-working day.
func nominalMonthEnd(d date.Date) date.Date {
	y, m, day := d.Date()
	first := date.New(y, m+1, 1)
	if last := first.LastDayOfMonth(); day > last {
		day = last
	}
	return date.New(first.Year(), first.Month(), day)
}

// CheckRelocation checks the duties of a person who moved on moved to
// region to, as they stand on asOf, against their history h:
//
//   - if their insurer is on the register of the new region, there is no
//     new choice to make, only the duty to notify the insurer of the new
//     residence within one month (326-ФЗ ст. 16 ч. 2 п. 3);
//   - otherwise they must choose an insurer in the new region within one
//     month (ст. 16 ч. 2 п. 4; see RelocationDeadline): an application or
//     assignment in the new region by the deadline fulfils the duty, one
//     after it is late, and none by asOf after the deadline is overdue.
//
// The choice itself — a replacement on change of residence, outside the
// yearly limit — is checked by CheckSwitch with Reason Relocation.
func (c *Checker) CheckRelocation(h History, moved date.Date, to oms.Region, asOf date.Date) oms.Decision {
	var fs []oms.Finding
	if !to.IsValid() {
		fs = append(fs, finding(CodeRelocationInvalid, oms.Violation, oms.Citation{},
			"Не указан или неизвестен субъект нового места жительства.", "The new region is missing or unknown."))
	}
	if asOf.Before(moved) {
		fs = append(fs, finding(CodeRelocationInvalid, oms.Violation, oms.Citation{},
			"Дата проверки раньше даты переезда.", "The as-of day is before the move."))
	}
	if moved.Before(law326) {
		fs = append(fs, finding(CodeRelocationInvalid, oms.Violation, oms.Citation{},
			"Переезд ранее 01.01.2011 — до вступления в силу 326-ФЗ.", "The move is before 326-ФЗ came into force on 1 January 2011."))
	}
	if len(fs) > 0 {
		return oms.NewDecision(fs...)
	}
	cur, insured := h.currentApplication(moved)
	if !insured {
		return oms.NewDecision(finding(CodeRelocationFirstChoice, oms.Info, citeChoice,
			"До переезда лицо не выбирало СМО: по новому месту жительства оно делает первичный выбор.",
			"The person had no insurer before the move: in the new region they make a first choice."))
	}
	notifyBy := nominalMonthEnd(moved)
	if cur.Insurer != FundInsurer && c.reg.WorksIn(cur.Insurer, to, moved) {
		return oms.NewDecision(finding(CodeRelocationInsurerStays, oms.Info, citeNotify,
			"Прежняя СМО работает в субъекте нового места жительства: выбирать новую СМО не нужно; об изменении места жительства её следует уведомить в течение одного месяца.",
			"The insurer works in the new region: no new choice is needed; the person notifies it of the new residence within one month."))
	}
	deadline, err := RelocationDeadline(c.cal, moved)
	if err != nil {
		deadline = notifyBy
		f := finding(CodeRelocationNoCalendar, oms.Warning, citeMonth,
			msg(false, "Производственный календарь не охватывает дату окончания месяца: срок взят без переноса с нерабочего дня (ст. 193 ГК РФ) — ", deadline, "."),
			msg(true, "The production calendar does not cover the end of the month: the deadline is taken without a move off a non-working day (ГК РФ ст. 193): ", deadline, "."))
		if !errors.Is(err, calendar.ErrUnknownYear) {
			f.EN += " (" + err.Error() + ")"
		}
		fs = append(fs, f)
	}
	for _, e := range h.entries {
		if e.Date.Before(moved) || e.Date.After(asOf) || e.Region != to || e.Reason == Newborn {
			continue
		}
		if !e.Date.After(deadline) {
			return oms.NewDecision(append(fs, finding(CodeRelocationChosen, oms.Info, citeRelocationDuty,
				msg2(false, "СМО по новому месту жительства выбрана ", e.Date, ", в месячный срок (до ", deadline, ")."),
				msg2(true, "An insurer in the new region was chosen on ", e.Date, ", within the month (by ", deadline, ").")))...)
		}
		return oms.NewDecision(append(fs, finding(CodeRelocationLate, oms.Violation, citeRelocationDuty,
			msg2(false, "СМО по новому месту жительства выбрана ", e.Date, ", после окончания месячного срока ", deadline, "."),
			msg2(true, "An insurer in the new region was chosen on ", e.Date, ", after the month ended on ", deadline, ".")))...)
	}
	if asOf.After(deadline) {
		return oms.NewDecision(append(fs, finding(CodeRelocationOverdue, oms.Violation, citeRelocationDuty,
			msg(false, "Прежняя СМО не работает в субъекте нового места жительства, а новая СМО не выбрана в месячный срок (до ", deadline, ")."),
			msg(true, "The insurer does not work in the new region and no insurer there was chosen within the month (by ", deadline, ").")))...)
	}
	return oms.NewDecision(append(fs, finding(CodeRelocationDue, oms.Warning, citeRelocationDuty,
		msg(false, "Прежняя СМО не работает в субъекте нового места жительства: новую СМО нужно выбрать не позднее ", deadline, "."),
		msg(true, "The insurer does not work in the new region: an insurer there must be chosen by ", deadline, ".")))...)
}
