package main

import (
	"fmt"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/eligibility"
	"github.com/omsrules/oms/policy"
	"github.com/omsrules/oms/program"
	"github.com/omsrules/oms/smo"
)

// The steps: each asks the library for the duties an event starts and
// lists them. The program adds only who acts and, for the care, a label
// naming the norm and its event.

// notifySteps lists the duty to notify the insurer of a change (and, for
// a change of residence, smo's companion duty to choose an insurer in the
// new place, unless all events are listed and it comes with them), or the
// library's note that the change starts none.
func (l *listing) notifySteps(name string) {
	reason, err := policy.ParseReason(name)
	if err != nil {
		l.problem(name, err)
		return
	}
	n, dec, err := policy.NotifyDeadline(reason, l.day, l.cal)
	switch {
	case err != nil:
		l.problem("notify the insurer of the "+reason.NameEN(), err)
	case !n.Required:
		if l.event != "all" {
			l.rep.Notes = append(l.rep.Notes, dec.Findings()...)
		}
	default:
		l.addDuty("insured person", n.Duty, dec)
		if reason == policy.ChangeResidence && l.event != "all" {
			l.relocationStep() // the companion duty of 326-ФЗ ст. 16 ч. 2 п. 4, owned by smo
		}
	}
}

// relocationStep lists the duty to choose an insurer in the new region.
func (l *listing) relocationStep() {
	d, err := smo.RelocationDeadline(l.day, l.cal)
	if err != nil {
		l.problem("choose an insurer in the new region", err)
		return
	}
	l.addDuty("insured person", d, oms.Decision{})
}

// newbornStep lists the newborn's cover by the mother's insurer, by whose
// end the child's insurer is to be chosen.
func (l *listing) newbornStep() {
	d, err := eligibility.NewbornCover(l.day)
	if err != nil {
		l.problem("newborn cover", err)
		return
	}
	l.addDuty("legal representative", d, oms.Decision{})
}

// applicationSteps lists what follows an application to an insurer: the
// day from which the person is insured by it, and the temporary
// certificate where it was issued then.
func (l *listing) applicationSteps() {
	if d, err := smo.DefaultRules().EffectiveDate(l.day, l.cal); err != nil {
		l.problem("insured by the chosen insurer", err)
	} else {
		l.addDuty("insurer", d, oms.Decision{})
	}
	if issued, err := policy.DefaultRules().Certificate.At(l.day); err != nil || !issued.Value {
		return
	}
	d, err := policy.CertificateDeadline(l.day, l.cal)
	if err != nil {
		l.problem("temporary certificate", err)
		return
	}
	l.addDuty("insurer", d, oms.Decision{})
}

// careSteps lists the waiting times of the base programme in force on the
// day that count from the event: a duty for a norm in days, an instant
// for one in hours or minutes.
func (l *listing) careSteps() {
	base, err := program.Base(l.day)
	if err != nil {
		l.problem("waiting times", err)
		return
	}
	for _, w := range base.Waits() {
		if l.event != "all" && w.Value.Event.String() != l.event {
			continue
		}
		kind := w.Value.Kind
		label, labelRU := "care: "+kind.String()+" (from "+w.Value.Event.NameEN()+")", kind.NameRU()+": "+w.Value.RU()
		if u := w.Value.Unit; u == program.CalendarDays || u == program.WorkingDays {
			d, err := base.Duty(kind, l.day, l.cal)
			if err != nil {
				l.problem("waiting time "+kind.String(), err)
			} else if s, ok := l.dutyStep("medical organisation", d, oms.Decision{}); ok {
				s.Step, s.StepRU = label, labelRU
				l.rep.Steps = append(l.rep.Steps, s)
			}
			continue
		}
		due, err := base.DueBy(kind, l.at, l.cal)
		if err != nil {
			l.problem("waiting time "+kind.String(), err)
			continue
		}
		l.rep.Steps = append(l.rep.Steps, Step{
			Step: label, StepRU: labelRU, Who: "medical organisation", Period: fmt.Sprintf("%d %s", w.Value.Limit, w.Value.Unit),
			LastDay: due.Day, RunsOut: due.Instant, Citation: w.Citation, Unconfirmed: w.Unconfirmed,
		})
	}
}

// addDuty lists duty d, which who must do; see dutyStep.
func (l *listing) addDuty(who string, d calendar.Duty, why oms.Decision) {
	if s, ok := l.dutyStep(who, d, why); ok {
		l.rep.Steps = append(l.rep.Steps, s)
	}
}
