package eligibility

import (
	"fmt"
	"strconv"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/internal/msg"
	"github.com/rickb777/date"
)

// newbornEvent is the event that starts the newborn's cover period.
const newbornEvent = "birth-registered"

// NewbornCover returns the cover of a newborn by the insurer of the mother
// or other legal representative, for a birth registered on registered, as
// a calendar.Duty: Due is the last day of the cover, by which a parent or
// legal representative should choose the child's insurer; Start is the day
// of registration. The duty's rule is the version of Rules.Newborn in force
// on the day of registration, not on the day asked: a child whose birth
// was registered under the old rule keeps the old rule's cover (326-ФЗ
// art. 16 part 3; the period began with the registration, so a later
// change of the law does not reach it). Assess applies the same duty, and
// package smo calls this method, so the two packages answer alike.
//
// The cover ends on the day before the registration under the Rules 158н
// p. 5 (2011 text: "до дня государственной регистрации рождения", Period
// zero) and thirty days after it since the 2016 change (326-ФЗ art. 16
// part 3, 108н p. 5; Period 30 days). The thirty days run from the day
// after the registration (ГК РФ ст. 191); the last day is not moved off a
// non-working day, because the cover is a period of insurance, not a time
// to do an act (ГК РФ ст. 193 speaks of the day an act is to be done).
//
// The error wraps oms.ErrNotInForce for a registration before the first
// version of the rule (before 2011).
func (r Rules) NewbornCover(registered date.Date) (calendar.Duty, error) {
	v, err := r.Newborn.At(registered)
	if err != nil {
		return calendar.Duty{}, fmt.Errorf("eligibility: newborn cover for a birth registered on %s: %w", registered, err)
	}
	return newbornDuty(v, registered), nil
}

// newbornDuty is the duty of NewbornCover under the version v of
// Rules.Newborn, for a birth registered on registered.
func newbornDuty(v oms.Dated[int], registered date.Date) calendar.Duty {
	rule := calendar.DutyRule{
		Code: DutyNewbornChoice, Event: newbornEvent,
		Citation: v.Citation, Unconfirmed: v.Unconfirmed,
		// A choice after the cover ends leaves a gap in the child's cover;
		// the law sets no sanction on the parent (NoSanction: a warning).
		NoSanction: true,
	}
	if v.Value < 0 {
		rule.RU = "выбрать СМО для ребёнка: СМО матери страхует его до дня государственной регистрации рождения"
		rule.EN = "choose the child's insurer: the mother's insurer covers the child until the day the birth is registered"
	} else {
		rule.Period = calendar.Period{N: v.Value, Unit: calendar.Days}
		rule.RU = "выбрать СМО для ребёнка: СМО матери страхует его до истечения " + strconv.Itoa(v.Value) + " дней со дня государственной регистрации рождения"
		rule.EN = "choose the child's insurer: the mother's insurer covers the child until " + strconv.Itoa(v.Value) + " days after the state registration of birth"
	}
	return calendar.Duty{DutyRule: rule, Start: registered, Due: registered.Add(date.PeriodOfDays(v.Value))}
}

// NewbornCover is DefaultRules().NewbornCover.
func NewbornCover(registered date.Date) (calendar.Duty, error) {
	return defaultRules.NewbornCover(registered)
}

// newbornFinding explains the cover of a newborn: by the duty of a
// registered birth, or, before the registration, by the rule in force on
// the day asked (under every version the child is covered until then).
func newbornFinding(duty calendar.Duty, nb oms.Dated[int], registered bool) oms.Finding {
	f := oms.Finding{Code: CodeNewbornMotherInsurer, Severity: oms.Info, Citation: nb.Citation, Unconfirmed: nb.Unconfirmed}
	var ruRule, enRule string
	if nb.Value < 0 {
		ruRule, enRule = "до дня государственной регистрации рождения", "until the day the birth is registered"
	} else {
		ruRule = "до истечения " + strconv.Itoa(nb.Value) + " дней со дня государственной регистрации рождения"
		enRule = "until " + strconv.Itoa(nb.Value) + " days after the state registration of birth"
	}
	if registered {
		f.RU = "Новорождённый застрахован страховой медицинской организацией матери или другого законного представителя " + ruRule + " (по правилу, действовавшему в день регистрации рождения " + msg.DateRU(duty.Start) + "), по " + msg.DateRU(duty.Due) + " включительно."
		f.EN = "The newborn is insured by the insurer of the mother or other legal representative " + enRule + " (the rule in force on the day the birth was registered, " + duty.Start.String() + "), through " + duty.Due.String() + "."
	} else {
		f.RU = "Новорождённый застрахован страховой медицинской организацией матери или другого законного представителя " + ruRule + "; рождение ещё не зарегистрировано."
		f.EN = "The newborn is insured by the insurer of the mother or other legal representative " + enRule + "; the birth is not yet registered."
	}
	return f
}
