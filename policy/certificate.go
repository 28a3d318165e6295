package policy

import (
	"fmt"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/rickb777/date"
)

// CertificateERZCodes are the policy-type codes of the temporary
// certificate in the unified register of insured persons: В for the paper
// certificate, Е for the electronic one (law-addendum.md §1(d)).
const CertificateERZCodes = "ВЕ"

// CertificateTerm returns the longest a temporary certificate is valid:
// 30 working days from its issue.
func CertificateTerm() calendar.Period { return calendar.Period{N: 30, Unit: calendar.WorkingDays} }

// A Certificate is a temporary certificate (временное свидетельство): the
// document an insurer issued on the day of the application while the
// policy on a blank was being made, certifying the right to free care.
type Certificate struct {
	// Issued is the day the certificate was issued.
	Issued date.Date `json:"issued"`
	// PolicyReceived is the day the person received the policy, when
	// HasPolicy is set.
	PolicyReceived date.Date `json:"policy_received"`
	// HasPolicy is whether the policy has been received.
	HasPolicy bool `json:"has_policy"`
}

// CertificateValidity returns the period a temporary certificate is valid;
// see Rules.CertificateValidity.
func CertificateValidity(c Certificate, cal *calendar.Calendar) (Period, oms.Decision, error) {
	return defaultRules.CertificateValidity(c, cal)
}

// CertificateValidity returns the period the temporary certificate c is
// valid under the rules r: from its issue until the policy is received,
// but no longer than 30 working days (CertificateTerm) counted from the
// day after issue through cal (a nil cal means calendar.Federal()). The
// receipt day itself is counted in: the certificate was valid until the
// moment the policy was handed over.
//
// The certificate belongs to the paper-policy era (Rules.Certificate:
// 2011 to 30.11.2022; both ends unconfirmed). A certificate dated outside
// it gets a Warning ("policy.certificate.not-issued-then"), and its period
// is still computed from its date. A policy received before the
// certificate was issued is an error, as is a date outside the calendar
// (calendar.ErrUnknownYear).
func (r Rules) CertificateValidity(c Certificate, cal *calendar.Calendar) (Period, oms.Decision, error) {
	if c.HasPolicy && c.PolicyReceived.Before(c.Issued) {
		return Period{}, oms.Decision{}, fmt.Errorf("policy: temporary certificate issued on %s, policy received before it on %s", c.Issued, c.PolicyReceived)
	}
	if cal == nil {
		cal = calendar.Federal()
	}
	last, err := cal.Deadline(c.Issued, CertificateTerm())
	if err != nil {
		return Period{}, oms.Decision{}, fmt.Errorf("policy: temporary certificate issued on %s: %w", c.Issued, err)
	}
	var dec oms.Decision
	exists, err := r.Certificate.At(c.Issued)
	if err != nil || !exists.Value {
		unconfirmed := err != nil || exists.Unconfirmed
		sev := oms.Violation
		if unconfirmed {
			sev = oms.Warning
		}
		dec = dec.With(oms.Finding{
			Code: "policy.certificate.not-issued-then", Severity: sev,
			RU:          fmt.Sprintf("Временные свидетельства %s не выдавались: полис оформлялся иначе", ruDate(c.Issued)),
			EN:          fmt.Sprintf("No temporary certificates were issued on %s: the policy was made otherwise", c.Issued),
			Citation:    exists.Citation,
			Unconfirmed: unconfirmed,
		})
	}
	per := Period{From: c.Issued, Last: last}
	dec = dec.With(oms.Finding{
		Code: "policy.certificate.term", Severity: oms.Info,
		RU:       fmt.Sprintf("Временное свидетельство действует до получения полиса, но не более 30 рабочих дней с даты выдачи: по %s", ruDate(last)),
		EN:       fmt.Sprintf("The temporary certificate is valid until the policy is received, at most 30 working days from issue: through %s", last),
		Citation: citeRulesCertificate,
	})
	if c.HasPolicy && c.PolicyReceived.Before(last) {
		per.Last = c.PolicyReceived
		dec = dec.With(oms.Finding{
			Code: "policy.certificate.policy-received", Severity: oms.Info,
			RU:       fmt.Sprintf("Полис получен %s: временное свидетельство действовало по этот день", ruDate(c.PolicyReceived)),
			EN:       fmt.Sprintf("The policy was received on %s: the certificate was valid through that day", c.PolicyReceived),
			Citation: citeRulesCertificate,
		})
	}
	return per, dec, nil
}

// CertificateInForce reports whether the temporary certificate c is valid
// on d: the decision of CertificateValidity with "policy.certificate.in-force"
// or a Violation "policy.certificate.expired" / "policy.certificate.not-yet-issued".
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
	switch {
	case d.Before(per.From):
		return dec.With(oms.Finding{
			Code: "policy.certificate.not-yet-issued", Severity: oms.Violation,
			RU: fmt.Sprintf("На %s временное свидетельство ещё не выдано", ruDate(d)),
			EN: fmt.Sprintf("On %s the temporary certificate had not been issued yet", d),
		}), nil
	case !per.Contains(d):
		return dec.With(oms.Finding{
			Code: "policy.certificate.expired", Severity: oms.Violation,
			RU:       fmt.Sprintf("Временное свидетельство действовало по %s", ruDate(per.Last)),
			EN:       fmt.Sprintf("The temporary certificate was valid through %s", per.Last),
			Citation: citeRulesCertificate,
		}), nil
	}
	return dec.With(oms.Finding{
		Code: "policy.certificate.in-force", Severity: oms.Info,
		RU: fmt.Sprintf("На %s временное свидетельство действует (%s)", ruDate(d), per),
		EN: fmt.Sprintf("On %s the temporary certificate is valid (%s)", d, per),
	}), nil
}
