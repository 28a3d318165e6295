package main

// Phase A of issue 10: the duties the library on main does not yet give as
// calendar.Duty are built here from its present answers, each with the
// call that replaces it once the packages give duties. This file goes when
// they do; nothing else in the program builds a duty.

import (
	"fmt"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/policy"
	"github.com/omsrules/oms/program"
	"github.com/omsrules/oms/smo"
	"github.com/rickb777/date"
)

var oneMonth = calendar.Period{N: 1, Unit: calendar.Months}

// notifyDuty: to be policy.NotifyDeadline's Notice.Duty.
func notifyDuty(reason policy.Reason, day date.Date, cal *calendar.Calendar) (calendar.Duty, bool, oms.Decision, error) {
	n, dec, err := policy.NotifyDeadline(reason, day, cal)
	if err != nil || !n.Required {
		return calendar.Duty{}, false, dec, err
	}
	f, _ := dec.Find("policy.notify.deadline")
	rule := calendar.DutyRule{Code: "policy.notify-change", Event: "data-changed",
		RU: "уведомить СМО: " + reason.NameRU(), EN: "notify the insurer: " + reason.NameEN(),
		Period: oneMonth, Citation: f.Citation, Unconfirmed: f.Unconfirmed}
	return calendar.Duty{DutyRule: rule, Start: day, Due: n.Deadline}, true, dec, nil
}

// relocationDuty: to be smo.RelocationDeadline(day, cal).
func relocationDuty(day date.Date, cal *calendar.Calendar) (calendar.Duty, error) {
	last, err := smo.RelocationDeadline(cal, day)
	if err != nil {
		return calendar.Duty{}, err
	}
	rule := calendar.DutyRule{Code: "smo.relocation", Event: "moved",
		RU: "выбрать СМО по новому месту жительства, если прежняя там не работает",
		EN: "choose an insurer in the new region, if the old one does not work there", Period: oneMonth,
		Citation: oms.Citation{Act: "326-ФЗ", Article: "16", Part: "2", Point: "4"}}
	return calendar.Duty{DutyRule: rule, Start: day, Due: last}, nil
}

// newbornDuty: to be eligibility.DefaultRules().NewbornCover(day, cal).
func newbornDuty(day date.Date, _ *calendar.Calendar) (calendar.Duty, error) {
	last, v, err := smo.NewbornCoverEnd(day)
	if err != nil {
		return calendar.Duty{}, err
	}
	rule := calendar.DutyRule{Code: "eligibility.newborn-choice", Event: "birth-registered",
		RU: "ребёнка страхует СМО матери; выбрать СМО для ребёнка до этого дня",
		EN: "the mother's insurer covers the newborn; choose an insurer for the child by then", Citation: v.Citation, Unconfirmed: v.Unconfirmed}
	if v.Value > 0 {
		rule.Period = calendar.Period{N: v.Value, Unit: calendar.Days}
	}
	return calendar.Duty{DutyRule: rule, Start: day, Due: last}, nil
}

// certificateDuty: to be policy.CertificateDeadline(day, cal), for a day
// on which certificates were issued (policy.Rules.Certificate).
func certificateDuty(day date.Date, cal *calendar.Calendar) (calendar.Duty, bool, oms.Decision, error) {
	v, err := policy.DefaultRules().Certificate.At(day)
	if err != nil || !v.Value {
		return calendar.Duty{}, false, oms.Decision{}, nil
	}
	per, dec, err := policy.CertificateValidity(policy.Certificate{Issued: day}, cal)
	if err != nil {
		return calendar.Duty{}, false, dec, err
	}
	f, _ := dec.Find("policy.certificate.term")
	rule := calendar.DutyRule{Code: "policy.certificate-term", Event: "certificate-issued",
		RU: "СМО выдаёт полис в срок действия временного свидетельства",
		EN: "the insurer issues the policy while the temporary certificate is valid", Period: policy.CertificateTerm(),
		Citation: f.Citation, Unconfirmed: v.Unconfirmed || f.Unconfirmed}
	return calendar.Duty{DutyRule: rule, Start: day, Due: per.Last}, true, dec, nil
}

// voluntaryDuty: the last day of the year to file a voluntary switch. The
// smo package gives the limit (smo.VoluntaryLimit: the month and day, the
// number a year) but not yet the duty; to be an smo duty when it does.
func voluntaryDuty(day date.Date) (calendar.Duty, error) {
	lim, err := smo.DefaultVoluntaryLimit().At(day)
	if err != nil {
		return calendar.Duty{}, err
	}
	last := date.New(day.Year(), lim.Value.LastMonth, lim.Value.LastDay)
	if day.After(last) {
		last = date.New(day.Year()+1, lim.Value.LastMonth, lim.Value.LastDay)
	}
	rule := calendar.DutyRule{Code: "smo.voluntary-switch", Event: "application",
		RU:       "последний день подачи заявления о замене СМО по собственному желанию в этом году",
		EN:       fmt.Sprintf("last day to file a voluntary switch of insurer this year (at most %d a year)", lim.Value.PerYear),
		Citation: lim.Citation, Unconfirmed: lim.Unconfirmed}
	return calendar.Duty{DutyRule: rule, Start: day, Due: last}, nil
}

// waitDuty: to be base.Duty(kind, day, cal) for a norm in days; false for
// one in minutes or hours, which keeps DueBy's instant.
func waitDuty(base *program.Programme, kind program.WaitKind, day date.Date, cal *calendar.Calendar) (calendar.Duty, bool, error) {
	w, err := base.Wait(kind)
	if err != nil {
		return calendar.Duty{}, false, err
	}
	var p calendar.Period
	switch w.Value.Unit {
	case program.CalendarDays:
		p = calendar.Period{N: w.Value.Limit, Unit: calendar.Days}
	case program.WorkingDays:
		p = calendar.Period{N: w.Value.Limit, Unit: calendar.WorkingDays}
	default:
		return calendar.Duty{}, false, nil
	}
	y, m, d := day.Date()
	due, err := base.DueBy(kind, time.Date(y, m, d, 12, 0, 0, 0, time.UTC), program.WithCalendar(cal))
	if err != nil {
		return calendar.Duty{}, false, err
	}
	rule := calendar.DutyRule{Code: "program.wait." + kind.String(), Event: w.Value.Event.String(),
		RU: kind.NameRU(), EN: "care under the waiting-time norm " + kind.String(), Period: p,
		Citation: w.Citation, Unconfirmed: w.Unconfirmed}
	return calendar.Duty{DutyRule: rule, Start: day, Due: due.Day}, true, nil
}
