package main

import (
	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/eligibility"
	"github.com/omsrules/oms/policy"
	"github.com/omsrules/oms/smo"
	"github.com/rickb777/date"
)

// deadlines lists the duties that follow from the application, as the
// library gives them (calendar.Duty), and where each stands: the notice of
// a change, the choice of an insurer after a move to another region, the
// choice of an insurer for a newborn, the historical temporary
// certificate. The application itself is the act that meets a duty: a
// notice, a choice, the receipt of a policy. The findings are the
// library's: each duty's Check, and the decisions of the packages asked.
// A duty the library could not compute is a problem noted in res.
func (c *checker) deadlines(a *Application, res *Result) ([]Due, oms.Decision) {
	_, cal := c.forRegion(a.Region)
	var (
		dues []Due
		decs []oms.Decision // the non-empty ones
		buf  [4]oms.Decision
	)
	decs = buf[:0]
	add := func(d []Due, dec oms.Decision) {
		if dues == nil {
			dues = d // most applications have one duty at most: no copy
		} else {
			dues = append(dues, d...)
		}
		if dec.Len() > 0 {
			decs = append(decs, dec)
		}
	}
	for _, ev := range a.Events {
		switch ev.Kind {
		case "relocation":
			add(c.relocation(a, ev.Date, res))
		case "birth-registration":
			add(c.newborn(a, ev.Date, res))
		default:
			add(c.notice(a, ev, cal, res))
		}
	}
	add(c.certificate(a, cal, res))
	switch len(decs) {
	case 0:
		return dues, oms.Decision{}
	case 1:
		return dues, decs[0] // decisions are immutable: shared, not copied
	}
	return dues, decs[0].Merge(decs[1:]...)
}

// asOfFor is the day the duties are judged on: the audit day, or the day of
// an application filed after it, whose own acts count as done.
func (c *checker) asOfFor(a *Application) date.Date {
	if c.asOf.Before(a.Date) {
		return a.Date
	}
	return c.asOf
}

// judge returns the row of duty d, done on done (if at all), with its
// status and the duty's finding (Duty.Check) as of the audit day; 24:00 of
// the due day is in the region's zone (inRegion).
func (c *checker) judge(a *Application, d calendar.Duty, done oms.OptionalDate) (Due, oms.Decision) {
	d, asOf := inRegion(d, a.Region), c.asOfFor(a)
	return dueRow(d, d.Status(done, asOf)), d.Check(done, asOf)
}

// dueRow is the report's row of duty d (its 24:00 instant set) in status s.
func dueRow(d calendar.Duty, s calendar.DutyStatus) Due {
	return Due{Step: d.EN, StepRU: d.RU, From: d.Start, Period: periodText(d), Last: d.Due, Instant: d.DueAt,
		Citation: d.Citation, Status: s.String(), Unconfirmed: d.Unconfirmed}
}

// periodText is the period of a duty for people; a duty whose rule names
// a day rather than a period (the newborn's cover before 2016) has none.
func periodText(d calendar.Duty) string {
	switch {
	case d.Period.N > 0:
		return d.Period.String()
	case d.Due.Before(d.Start):
		return "until the day of the event"
	}
	return "the day of the event"
}

// notice is a change in the person's data, a loss, wear or an error in
// the policy: the re-issue of the policy (policy.Reissue: the form of the
// new policy, a duplicate or not) and, for the changes 326-ФЗ ст. 16 ч. 2
// п. 3 lists, the duty to notify the insurer (policy.Notice.Duty). The
// application is the notice.
func (c *checker) notice(a *Application, ev Event, cal *calendar.Calendar, res *Result) ([]Due, oms.Decision) {
	reason, err := policy.ParseReason(ev.Kind)
	if err != nil {
		res.note(dutyProblem(ev.Kind, err))
		return nil, oms.Decision{}
	}
	var (
		n   policy.Notice
		dec oms.Decision
	)
	form, formErr := policy.ParseForm(a.Policy.Form)
	if formErr == nil && !a.Date.Before(ev.Date) {
		var out policy.ReissueOutcome
		out, dec, err = policy.Reissue(policy.ReissueRequest{Reason: reason, Current: form, Changed: ev.Date, Applied: a.Date}, cal)
		n = out.Notice
	} else {
		// No policy form to re-issue (none given, or the historical
		// certificate), or an application before the change: the duty
		// to notify alone.
		n, dec, err = policy.NotifyDeadline(reason, ev.Date, cal)
	}
	if err != nil {
		res.note(dutyProblem("notify the insurer of the "+reason.NameEN(), err))
		return nil, oms.Decision{}
	}
	if !n.Required {
		return nil, dec
	}
	done := oms.NoDate
	if !a.Date.Before(ev.Date) {
		done = oms.SomeDate(a.Date)
	}
	due, check := c.judge(a, n.Duty, done)
	return []Due{due}, dec.Merge(check)
}

// relocation is the duty to choose an insurer in the new region within
// one month where the old one does not work there
// (smo.Checker.CheckRelocationDuty, which makes the duty, its status and
// its finding from the person's history with the application in it).
func (c *checker) relocation(a *Application, moved date.Date, res *Result) ([]Due, oms.Decision) {
	h, err := history(a)
	if err == nil && a.Insurer != "" {
		h, err = h.With(smo.Entry{Date: a.Date, Insurer: a.Insurer, Region: a.Region, Reason: a.Reason})
	}
	if err != nil {
		res.note(checkProblem("deadlines", err))
		return nil, oms.Decision{}
	}
	sc, _ := c.forRegion(a.Region)
	dec, d, s := sc.CheckRelocationDuty(h, moved, a.Region, c.asOfFor(a))
	if s == 0 || dec.Has(smo.CodeRelocationNoCalendar) {
		return nil, dec // no new choice to make, or no day the calendar can give: CheckRelocation has said why
	}
	return []Due{dueRow(inRegion(d, a.Region), s)}, dec
}

// newborn is the duty to choose an insurer for a child, whom the mother's
// insurer covers until then (eligibility.NewbornCover). An application
// that is a first choice is that choice.
func (c *checker) newborn(a *Application, registered date.Date, res *Result) ([]Due, oms.Decision) {
	d, err := eligibility.NewbornCover(registered)
	if err != nil {
		res.note(dutyProblem("choose an insurer for the newborn", err))
		return nil, oms.Decision{}
	}
	done := oms.NoDate
	if a.Insurer != "" && a.Reason == smo.FirstChoice {
		done = oms.SomeDate(a.Date)
	}
	due, check := c.judge(a, d, done)
	return []Due{due}, check
}

// certificate is the historical temporary certificate: issued on the day
// of the application while the policy on a blank was made, valid until the
// policy was received but no longer than its term
// (policy.CertificateValidity, policy.CertificateDeadline). It is checked
// for an application to an insurer, filed while certificates were issued,
// that led to a policy on a blank, and for a person who still holds only a
// certificate.
func (c *checker) certificate(a *Application, cal *calendar.Calendar, res *Result) ([]Due, oms.Decision) {
	form := a.Policy.Form
	if a.Insurer == "" || !(form == "paper" || form == "plastic" || form == "temporary-certificate") {
		return nil, oms.Decision{}
	}
	if issued, err := policy.DefaultRules().Certificate.At(a.Date); err != nil || !issued.Value {
		return nil, oms.Decision{}
	}
	cert := policy.Certificate{Issued: a.Date}
	if form != "temporary-certificate" {
		// A policy issued before the application is the one the person
		// already had: on a replacement the new insurer wrote its details
		// on it, and no certificate was issued.
		newPolicy := a.Policy.HasIssued && !a.Policy.Issued.Before(a.Date)
		if !newPolicy && (a.Reason != smo.FirstChoice || a.Policy.HasIssued) {
			return nil, oms.Decision{}
		}
		if newPolicy {
			cert.PolicyReceived = oms.SomeDate(a.Policy.Issued)
		}
	}
	_, dec, err := policy.CertificateValidity(cert, cal)
	if err != nil {
		res.note(dutyProblem("temporary certificate", err))
		return nil, oms.Decision{}
	}
	term, err := policy.CertificateDeadline(cert.Issued, cal)
	if err != nil {
		res.note(dutyProblem("temporary certificate", err))
		return nil, dec
	}
	due, check := c.judge(a, term, cert.PolicyReceived)
	return []Due{due}, dec.Merge(check)
}
