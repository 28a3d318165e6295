package main

import (
	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/policy"
	"github.com/omsrules/oms/program"
)

// The steps: each asks the library for the duty an event starts and lists
// it. The program adds only who acts and, for the notices and the care,
// a label naming the reason or the norm.

// notifySteps lists the duty to notify the insurer of a change, or the
// library's note that the change starts none.
func (l *listing) notifySteps(name string) {
	reason, err := policy.ParseReason(name)
	if err != nil {
		l.problem(name, err)
		return
	}
	step := "notify the insurer: " + reason.NameEN()
	d, required, dec, err := notifyDuty(reason, l.day, l.cal)
	switch {
	case err != nil:
		l.problem(step, err)
	case !required:
		if l.event != "all" {
			l.rep.Notes = append(l.rep.Notes, dec.Findings()...)
		}
	default:
		if s, ok := l.dutyStep("insured person", d, dec); ok {
			s.Step, s.StepRU = step, "уведомить СМО: "+reason.NameRU()
			l.rep.Steps = append(l.rep.Steps, s)
		}
	}
}

// relocationStep lists the duty to choose an insurer in the new region.
func (l *listing) relocationStep() {
	d, err := relocationDuty(l.day, l.cal)
	if err != nil {
		l.problem("choose an insurer in the new region", err)
		return
	}
	l.addDuty("insured person", d, oms.Decision{})
}

// newbornStep lists the newborn's cover by the mother's insurer, by whose
// end the child's insurer is to be chosen.
func (l *listing) newbornStep() {
	d, err := newbornDuty(l.day, l.cal)
	if err != nil {
		l.problem("newborn cover", err)
		return
	}
	l.addDuty("legal representative", d, oms.Decision{})
}

// applicationSteps lists what follows an application to an insurer: the
// temporary certificate where it existed, and the last day of the year to
// file a voluntary switch.
func (l *listing) applicationSteps() {
	d, issued, dec, err := certificateDuty(l.day, l.cal)
	switch {
	case err != nil:
		l.problem("temporary certificate", err)
	case issued:
		l.addDuty("insurer", d, dec)
	}
	v, err := voluntaryDuty(l.day)
	if err != nil {
		l.problem("voluntary switch", err)
		return
	}
	l.addDuty("insured person", v, oms.Decision{})
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
		label, labelRU := "care: "+w.Value.Kind.String()+" (from "+w.Value.Event.NameEN()+")", w.Value.Kind.NameRU()+": "+w.Value.RU()
		if d, ok, err := waitDuty(base, w.Value.Kind, l.day, l.cal); err != nil {
			l.problem("waiting time "+w.Value.Kind.String(), err)
		} else if ok {
			if s, ok := l.dutyStep("medical organisation", d, oms.Decision{}); ok {
				s.Step, s.StepRU = label, labelRU
				l.rep.Steps = append(l.rep.Steps, s)
			}
			continue
		}
		due, err := base.DueBy(w.Value.Kind, l.at, program.WithCalendar(l.cal))
		if err != nil {
			l.problem("waiting time "+w.Value.Kind.String(), err)
			continue
		}
		l.rep.Steps = append(l.rep.Steps, Step{
			Step: label, StepRU: labelRU, Who: "medical organisation", Period: waitText(w.Value.Limit, w.Value.Unit.String()),
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
