package policy

import (
	"fmt"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/internal/msg"
	"github.com/rickb777/date"
)

// CertificateERZCodes are the policy-type codes of the temporary
// certificate in the unified register of insured persons: В for the paper
// certificate, Е for the electronic one (law-addendum.md §1(d)).
const CertificateERZCodes = "ВЕ"

// A Certificate is a temporary certificate (временное свидетельство): the
// document an insurer issued on the day of the application while the
// policy on a blank was being made, certifying the right to free care.
type Certificate struct {
	// Issued is the day the certificate was issued.
	Issued date.Date `json:"issued"`
	// PolicyReceived is the day the person received the policy, if so.
	PolicyReceived oms.OptionalDate `json:"policy_received,omitzero"`
}

// CertificateDeadline returns the term of a temporary certificate issued
// on issued as a calendar.Duty: the policy is to be handed over by Due, the
// certificate's last day. The term is that of the Rules in force on the day
// of issue (Rules.CertificateTerm): 30 working days under 158н (p. 37), 45
// under 108н (p. 48), counted through cal from the day after issue (nil
// means calendar.Federal()). A 158н point cited for a certificate of 2017
// or later is Unconfirmed (the numbering after 803н was not read); from
// 10.01.2023 no point is known and 326-ФЗ art. 46 is cited, Unconfirmed.
func (r Rules) CertificateDeadline(issued date.Date, cal *calendar.Calendar) (calendar.Duty, error) {
	v, err := r.CertificateTerm.At(issued)
	if err != nil {
		return calendar.Duty{}, fmt.Errorf("policy: temporary certificate issued on %s: %w", issued, err)
	}
	if cal == nil {
		cal = calendar.Federal()
	}
	rule := v.Value
	cite, unconfirmed := ptCertificate.on(issued)
	if editionOn(issued) == ed789 {
		rule.Citation = cite // no known point from 10.01.2023
	}
	rule.Unconfirmed = rule.Unconfirmed || unconfirmed || v.Unconfirmed
	d, err := cal.Duty(rule, issued)
	if err != nil {
		return calendar.Duty{}, fmt.Errorf("policy: temporary certificate issued on %s: %w", issued, err)
	}
	return d, nil
}

// CertificateDeadline is DefaultRules().CertificateDeadline.
func CertificateDeadline(issued date.Date, cal *calendar.Calendar) (calendar.Duty, error) {
	return defaultRules.CertificateDeadline(issued, cal)
}

// CertificateValidity returns the period a temporary certificate is valid;
// see Rules.CertificateValidity.
func CertificateValidity(c Certificate, cal *calendar.Calendar) (Period, oms.Decision, error) {
	return defaultRules.CertificateValidity(c, cal)
}

// CertificateValidity returns the period the temporary certificate c is
// valid under the rules r: from its issue until the policy is received,
// but no longer than the term of CertificateDeadline (30 working days
// under 158н p. 37, 45 under 108н p. 48). The receipt day itself is
// counted in: the certificate was valid until the moment the policy was
// handed over.
//
// The certificate belongs to the paper-policy era (Rules.Certificate:
// 2011 to 30.11.2022; the end unconfirmed). A certificate dated outside
// it gets a Warning (CodeCertificateNotIssuedThen), and its period is
// still computed from its date under the last term known. A policy
// received before the certificate was issued is an error, as is a date
// outside the calendar (calendar.ErrUnknownYear).
func (r Rules) CertificateValidity(c Certificate, cal *calendar.Calendar) (Period, oms.Decision, error) {
	received, hasPolicy := c.PolicyReceived.Get()
	if hasPolicy && received.Before(c.Issued) {
		return Period{}, oms.Decision{}, fmt.Errorf("policy: temporary certificate issued on %s, policy received before it on %s", c.Issued, received)
	}
	duty, err := r.CertificateDeadline(c.Issued, cal)
	if err != nil {
		return Period{}, oms.Decision{}, err
	}
	var b oms.DecisionBuilder
	exists, err := r.Certificate.At(c.Issued)
	if err != nil || !exists.Value {
		unconfirmed := err != nil || exists.Unconfirmed
		sev := oms.Violation
		if unconfirmed {
			sev = oms.Warning
		}
		b.Add(withMessages(oms.Finding{
			Code: CodeCertificateNotIssuedThen, Severity: sev,
			Citation:    exists.Citation,
			Unconfirmed: unconfirmed,
		}, "Временные свидетельства %s не выдавались: полис оформлялся иначе", []msg.Arg{msg.DRU(c.Issued)},
			"No temporary certificates were issued on %s: the policy was made otherwise", []msg.Arg{msg.D(c.Issued)}))
	}
	per := Period{From: c.Issued, Last: duty.Due}
	n := duty.Period.N
	b.Add(withMessages(oms.Finding{
		Code: CodeCertificateTerm, Severity: oms.Info,
		Citation: duty.Citation, Unconfirmed: duty.Unconfirmed,
	}, "Временное свидетельство действует до получения полиса, но не более %d рабочих дней с даты выдачи: по %s", []msg.Arg{msg.N(n), msg.DRU(duty.Due)},
		"The temporary certificate is valid until the policy is received, at most %d working days from issue: through %s", []msg.Arg{msg.N(n), msg.D(duty.Due)}))
	if hasPolicy && received.Before(duty.Due) {
		per.Last = received
		b.Add(withMessages(oms.Finding{
			Code: CodeCertificatePolicyReceived, Severity: oms.Info,
			Citation: duty.Citation, Unconfirmed: duty.Unconfirmed,
		}, "Полис получен %s: временное свидетельство действовало по этот день", []msg.Arg{msg.DRU(received)},
			"The policy was received on %s: the certificate was valid through that day", []msg.Arg{msg.D(received)}))
	}
	return per, b.Decision(), nil
}

// CertificateInForce reports whether the temporary certificate c is valid
// on d: the decision of CertificateValidity with CodeCertificateInForce,
// or a Violation CodeCertificateExpired or CodeCertificateNotYetIssued.
func CertificateInForce(c Certificate, d date.Date, cal *calendar.Calendar) (oms.Decision, error) {
	return defaultRules.CertificateInForce(c, d, cal)
}

// CertificateInForce is the package-level CertificateInForce under the
// rules r.
func (r Rules) CertificateInForce(c Certificate, d date.Date, cal *calendar.Calendar) (oms.Decision, error) {
	per, dec, err := r.CertificateValidity(c, cal)
	if err != nil {
		return oms.Decision{}, err
	}
	term, _ := dec.Find(CodeCertificateTerm)
	var b oms.DecisionBuilder
	b.AddDecision(dec)
	switch {
	case d.Before(per.From):
		b.Add(withMessages(oms.Finding{
			Code: CodeCertificateNotYetIssued, Severity: oms.Violation,
			Citation: term.Citation, Unconfirmed: term.Unconfirmed,
		}, "На %s временное свидетельство ещё не выдано", []msg.Arg{msg.DRU(d)},
			"On %s the temporary certificate had not been issued yet", []msg.Arg{msg.D(d)}))
	case !per.Contains(d):
		b.Add(withMessages(oms.Finding{
			Code: CodeCertificateExpired, Severity: oms.Violation,
			Citation: term.Citation, Unconfirmed: term.Unconfirmed,
		}, "Временное свидетельство действовало по %s", []msg.Arg{msg.DRU(per.Last)},
			"The temporary certificate was valid through %s", []msg.Arg{msg.D(per.Last)}))
	default:
		b.Add(withMessages(oms.Finding{
			Code: CodeCertificateInForce, Severity: oms.Info,
			Citation: term.Citation, Unconfirmed: term.Unconfirmed,
		}, "На %s временное свидетельство действует (%s)", []msg.Arg{msg.DRU(d), msg.S(per.String())},
			"On %s the temporary certificate is valid (%s)", []msg.Arg{msg.D(d), msg.S(per.String())}))
	}
	return b.Decision(), nil
}
