package smo

import (
	"errors"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/rickb777/date"
)

// CheckRelocation checks the duties of a person who moved on moved to
// region to, as they stand on asOf, against their history h:
//
//   - if their insurer is on the register of the new region, there is no
//     new choice to make, only the duty to notify the insurer of the new
//     residence within one month (326-ФЗ ст. 16 ч. 2 п. 3; Rules 158н
//     p. 52, 108н p. 60);
//   - otherwise they must choose an insurer in the new region within one
//     month (ст. 16 ч. 2 п. 4; Rules 158н p. 16, 108н p. 22; see
//     Rules.RelocationDeadline): the finding of that duty, met by an
//     application or assignment in the new region by the due day, late
//     after it, overdue when none by asOf after the due day, else pending.
//
// The choice itself — a replacement on change of residence, outside the
// yearly limit — is checked by CheckSwitch with Reason Relocation.
func (c *Checker) CheckRelocation(h History, moved date.Date, to oms.Region, asOf date.Date) oms.Decision {
	d, _, _ := c.CheckRelocationDuty(h, moved, to, asOf)
	return d
}

// CheckRelocationDuty is CheckRelocation with the duty to choose an
// insurer in the new region and where it stands on asOf, for a caller
// that lists deadlines. Where no new choice is to be made (a first choice,
// the insurer works in the new region) or the question is malformed, the
// duty and the status are zero.
func (c *Checker) CheckRelocationDuty(h History, moved date.Date, to oms.Region, asOf date.Date) (oms.Decision, calendar.Duty, calendar.DutyStatus) {
	var b oms.DecisionBuilder
	bad := func(ru, en string) { b.Add(pNone.finding(CodeRelocationInvalid, oms.Violation, moved, ru, en)) }
	if !to.IsValid() {
		bad("Не указан или неизвестен субъект нового места жительства.", "The new region is missing or unknown.")
	}
	if asOf.Before(moved) {
		bad("Дата проверки раньше даты переезда.", "The as-of day is before the move.")
	}
	if moved.Before(law326) {
		bad("Переезд ранее 01.01.2011 — до вступления в силу 326-ФЗ.", "The move is before 326-ФЗ came into force on 1 January 2011.")
	}
	if b.Len() > 0 {
		return b.Decision(), calendar.Duty{}, 0
	}
	cur, insured := h.currentApplication(moved)
	switch {
	case !insured:
		b.Add(pChoice.finding(CodeRelocationFirstChoice, oms.Info, moved,
			"До переезда лицо не выбирало СМО: по новому месту жительства оно делает первичный выбор.",
			"The person had no insurer before the move: in the new region they make a first choice."))
	case cur.Insurer != FundInsurer && c.reg.WorksIn(cur.Insurer, to, moved):
		b.Add(pNotify.finding(CodeRelocationInsurerStays, oms.Info, moved,
			"Прежняя СМО работает в субъекте нового места жительства: выбирать новую СМО не нужно; об изменении места жительства её следует уведомить в течение одного месяца.",
			"The insurer works in the new region: no new choice is needed; the person notifies it of the new residence within one month."))
	default:
		d, ok := c.relocationDuty(&b, moved)
		if ok {
			st := d.Status(h.firstIn(to, moved, asOf), asOf)
			b.Add(d.Finding(st))
			return b.Decision(), d, st
		}
	}
	return b.Decision(), calendar.Duty{}, 0
}

// relocationDuty returns the duty to choose in the new region. Where the
// calendar does not cover the end of the month, the due day is the end by
// ГК РФ ст. 192 п. 3 without the move off a non-working day, with a
// warning.
func (c *Checker) relocationDuty(b *oms.DecisionBuilder, moved date.Date) (calendar.Duty, bool) {
	d, err := c.rules.RelocationDeadline(moved, c.cal)
	if err == nil {
		return d, true
	}
	rule, rerr := dutyRule(c.rules.Relocation, moved)
	if rerr != nil {
		b.Add(pNone.finding(CodeRelocationInvalid, oms.Violation, moved,
			"Правило о выборе СМО по новому месту жительства не действует на дату переезда.",
			"No rule on choosing an insurer in the new region is in force on the day of the move."))
		return calendar.Duty{}, false
	}
	d = calendar.Duty{DutyRule: rule, Start: moved, Due: addMonths(moved, 1)}
	f := pMonth.finding(CodeRelocationNoCalendar, oms.Warning, moved,
		withDate(false, "Производственный календарь не охватывает дату окончания месяца: срок взят без переноса с нерабочего дня (ст. 193 ГК РФ) — ", d.Due, "."),
		withDate(true, "The production calendar does not cover the end of the month: the deadline is taken without a move off a non-working day (ГК РФ ст. 193): ", d.Due, "."))
	if !errors.Is(err, calendar.ErrUnknownYear) {
		f.EN += " (" + err.Error() + ")"
	}
	b.Add(f)
	return d, true
}

// firstIn returns the day of the person's first own entry in region r
// dated from on to asOf, if any.
func (h History) firstIn(r oms.Region, from, asOf date.Date) oms.OptionalDate {
	for _, e := range h.entries {
		if !e.Date.Before(from) && !e.Date.After(asOf) && e.Region == r && e.Reason != Newborn {
			return oms.SomeDate(e.Date)
		}
	}
	return oms.NoDate
}
