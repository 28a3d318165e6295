package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/policy"
	"github.com/omsrules/oms/smo"
	"github.com/rickb777/date"
)

var oneMonth = calendar.Period{N: 1, Unit: calendar.Months}

// deadlines computes every deadline that follows from the application and
// how it stands: the notice of a change (within one month), the choice of
// an insurer after a move to another region (within one month), the
// historical temporary certificate (at most 30 working days), the newborn's
// cover by the mother's insurer. The application itself is the act that
// meets a deadline: a notice, a choice, the receipt of a policy.
func (c *checker) deadlines(a *Application) ([]Due, oms.Decision) {
	_, cal := c.forRegion(a.Region)
	var dues []Due
	var dec oms.Decision
	for _, ev := range a.Events {
		var (
			d  []Due
			dd oms.Decision
		)
		switch ev.Kind {
		case "relocation":
			d, dd = c.relocation(a, ev.Date, cal)
		case "birth-registration":
			d, dd = c.newborn(a, ev.Date)
		default:
			d, dd = c.notice(a, ev, cal)
		}
		dues, dec = append(dues, d...), dec.Merge(dd)
	}
	d, dd := c.certificate(a, cal)
	return append(dues, d...), dec.Merge(dd)
}

// unanswered reports a deadline the library could not compute. A date
// beyond the production calendar's last year is a warning: the law for it
// is not yet published, not a fault of the application.
func unanswered(step string, err error) oms.Decision {
	sev := oms.Violation
	if errors.Is(err, calendar.ErrUnknownYear) {
		sev = oms.Warning
	}
	return oms.NewDecision(oms.Finding{
		Code:     "audit.deadline.unanswered",
		Severity: sev,
		RU:       "Срок «" + step + "» не вычислен: " + err.Error(),
		EN:       "The deadline \"" + step + "\" could not be computed: " + err.Error(),
	})
}

// citationOf returns the citation of the finding with the given code.
func citationOf(d oms.Decision, code string) (oms.Citation, bool) {
	f, ok := d.Find(code)
	return f.Citation, ok && f.Unconfirmed
}

// notice is a change in the person's data, a loss, wear or an error in
// the policy: the re-issue of the policy (policy.Reissue: the form of the
// new policy, a duplicate or not) and, for the changes 326-ФЗ ст. 16 ч. 2
// п. 3 lists, the duty to notify the insurer within one month. The
// application is the notice.
func (c *checker) notice(a *Application, ev Event, cal *calendar.Calendar) ([]Due, oms.Decision) {
	reason, err := policy.ParseReason(ev.Kind)
	if err != nil {
		return nil, unanswered(ev.Kind, err)
	}
	step, stepRU := "notify the insurer: "+reason.NameEN(), "уведомить СМО: "+reason.NameRU()
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
		return nil, unanswered(step, err)
	}
	if !n.Required {
		return nil, dec
	}
	cite, unconfirmed := citationOf(dec, "policy.notify.deadline")
	d, err := c.due(cal, a.Region, step, stepRU, ev.Date, oneMonth, a.Date, !a.Date.Before(ev.Date), cite)
	if err != nil {
		return nil, dec.Merge(unanswered(step, err))
	}
	d.Unconfirmed = unconfirmed
	if d.Last != n.Duty.Due {
		// The two computations of one period must agree; say so if not.
		dec = dec.With(oms.Finding{Code: "audit.deadline.disagree", Severity: oms.Warning,
			RU: fmt.Sprintf("policy даёт %s, calendar.Deadline — %s", n.Duty.Due, d.Last),
			EN: fmt.Sprintf("policy gives %s, calendar.Deadline %s", n.Duty.Due, d.Last)})
	}
	if d.Status == "late" && !dec.Has("policy.notify.late") {
		dec = dec.With(oms.Finding{
			Code: "audit.notify.late", Severity: oms.Violation,
			RU: fmt.Sprintf("СМО уведомлена %s, после окончания месячного срока %s (изменение %s)",
				a.Date.Format("02.01.2006"), d.Last.Format("02.01.2006"), ev.Date.Format("02.01.2006")),
			EN:       fmt.Sprintf("The insurer was notified on %s, after the month ended on %s (change on %s)", a.Date, d.Last, ev.Date),
			Citation: cite, Unconfirmed: unconfirmed,
		})
	}
	return []Due{d}, dec
}

// relocation is the duty to choose an insurer in the new region within
// one month where the old one does not work there (326-ФЗ ст. 16 ч. 2
// п. 4, smo.Checker.CheckRelocation). The application, if it chooses an
// insurer in the new region, is that choice.
func (c *checker) relocation(a *Application, moved date.Date, cal *calendar.Calendar) ([]Due, oms.Decision) {
	h, err := history(a)
	if err != nil {
		return nil, inputProblem("history", err)
	}
	if a.Insurer != "" {
		if h, err = h.With(smo.Entry{Date: a.Date, Insurer: a.Insurer, Region: a.Region, Reason: a.Reason}); err != nil {
			return nil, inputProblem("history", err)
		}
	}
	sc, _ := c.forRegion(a.Region)
	asOf := c.asOf
	if asOf.Before(a.Date) {
		asOf = a.Date
	}
	dec := sc.CheckRelocation(h, moved, a.Region, asOf)
	var status string
	switch {
	case dec.Has(smo.CodeRelocationMet):
		status = "met"
	case dec.Has(smo.CodeRelocationLate):
		status = "late"
	case dec.Has(smo.CodeRelocationOverdue):
		status = "overdue"
	case dec.Has(smo.CodeRelocationPending):
		status = "pending"
	default:
		return nil, dec // no new choice to make
	}
	last, err := smo.RelocationDeadline(moved, cal)
	if err != nil {
		return nil, dec.Merge(unanswered("choose an insurer in the new region", err))
	}
	at, err := cal.DeadlineIn(moved, oneMonth, c.location(a.Region))
	if err != nil {
		return nil, dec.Merge(unanswered("choose an insurer in the new region", err))
	}
	var cite oms.Citation
	for _, code := range []string{smo.CodeRelocationMet, smo.CodeRelocationLate, smo.CodeRelocationOverdue, smo.CodeRelocationPending} {
		if f, ok := dec.Find(code); ok {
			cite = f.Citation
		}
	}
	return []Due{{
		Step: "choose an insurer in the new region", StepRU: "выбрать СМО по новому месту жительства",
		From: moved, Period: oneMonth.String(), Last: last.Due, Instant: at, Citation: cite, Status: status,
	}}, dec
}

// newborn is the cover of a child by the mother's insurer, until a number
// of days after the registration of birth (smo.NewbornCoverEnd): a first
// choice after it leaves the child without an insurer in between.
func (c *checker) newborn(a *Application, registered date.Date) ([]Due, oms.Decision) {
	nb, err := smo.NewbornCover(registered)
	last, rule := nb.Due, oms.Dated[int]{Value: int(nb.Due.Sub(nb.Start)), Citation: nb.Citation, Unconfirmed: nb.Unconfirmed}
	if err != nil {
		return nil, unanswered("choose an insurer for the newborn", err)
	}
	loc := c.location(a.Region)
	y, m, d := last.Date()
	due := Due{
		Step: "choose an insurer for the child (the mother's insurer covers it until then)", StepRU: "выбрать СМО для ребёнка (до этого дня его страхует СМО матери)",
		From: registered, Period: newbornPeriod(rule.Value), Last: last,
		Instant: time.Date(y, m, d+1, 0, 0, 0, 0, loc), Citation: rule.Citation, Unconfirmed: rule.Unconfirmed,
	}
	var dec oms.Decision
	switch chose := a.Insurer != "" && a.Reason == smo.FirstChoice; {
	case chose && !a.Date.After(last):
		due.Status = "met"
	case chose:
		due.Status = "late"
		dec = dec.With(oms.Finding{
			Code: "audit.newborn.gap", Severity: oms.Warning,
			RU: fmt.Sprintf("Ребёнка страховала СМО матери по %s; СМО выбрана %s — в промежутке у ребёнка не было страховщика",
				last.Format("02.01.2006"), a.Date.Format("02.01.2006")),
			EN:       fmt.Sprintf("The mother's insurer covered the child through %s; an insurer was chosen on %s, leaving the child without one in between", last, a.Date),
			Citation: rule.Citation, Unconfirmed: rule.Unconfirmed,
		})
	case c.asOf.After(last):
		due.Status = "overdue"
	default:
		due.Status = "pending"
	}
	return []Due{due}, dec
}

// newbornPeriod says how long the mother's insurer covers a newborn, from
// smo.NewbornCover's value: days after the registration of birth, 0 for
// the day of registration itself, -1 for until it (the eve is the last day).
func newbornPeriod(days int) string {
	switch {
	case days < 0:
		return "until the registration of birth"
	case days == 0:
		return "until the day of the registration of birth, inclusive"
	}
	return plural(days, "day", "days") + " after the registration of birth"
}

// certificate is the historical temporary certificate: issued on the day
// of the application while the policy on a blank was made, valid until the
// policy was received but at most 30 working days (policy.CertificateValidity).
// It is checked for an application to an insurer, filed while
// certificates were issued, that led to a policy on a blank, and for a
// person who still holds only a certificate.
func (c *checker) certificate(a *Application, cal *calendar.Calendar) ([]Due, oms.Decision) {
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
	per, dec, err := policy.CertificateValidity(cert, cal)
	if err != nil {
		return nil, unanswered("temporary certificate", err)
	}
	cite, unconfirmed := citationOf(dec, "policy.certificate.term")
	term, err := policy.CertificateDeadline(cert.Issued, cal)
	if err != nil {
		return nil, unanswered("temporary certificate", err)
	}
	received, hasPolicy := cert.PolicyReceived.Get()
	d, err := c.due(cal, a.Region, "receive the policy while the temporary certificate is valid", "получить полис в срок действия временного свидетельства",
		a.Date, term.Period, received, hasPolicy, cite)
	if err != nil {
		return nil, dec.Merge(unanswered("temporary certificate", err))
	}
	d.Unconfirmed = unconfirmed
	switch d.Status {
	case "late":
		dec = dec.With(oms.Finding{
			Code: "audit.certificate.gap", Severity: oms.Violation,
			RU: fmt.Sprintf("Временное свидетельство действовало по %s, полис выдан %s: в промежутке у лица не было действующего документа",
				per.Last.Format("02.01.2006"), received.Format("02.01.2006")),
			EN:       fmt.Sprintf("The temporary certificate was valid through %s and the policy was issued on %s, leaving the person without a valid document in between", per.Last, received),
			Citation: cite, Unconfirmed: unconfirmed,
		})
	case "overdue":
		dec = dec.With(oms.Finding{
			Code: "audit.certificate.no-policy", Severity: oms.Violation,
			RU:       fmt.Sprintf("Временное свидетельство действовало по %s, полис не выдан", per.Last.Format("02.01.2006")),
			EN:       fmt.Sprintf("The temporary certificate was valid through %s and no policy has been issued", per.Last),
			Citation: cite, Unconfirmed: unconfirmed,
		})
	}
	return []Due{d}, dec
}
