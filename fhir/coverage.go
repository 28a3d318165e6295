package fhir

import (
	"errors"
	"fmt"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
	"github.com/omsrules/oms/nsi"
	"github.com/omsrules/oms/policy"
	"github.com/omsrules/oms/smo"
	"github.com/rickb777/date"
)

// ErrInput is returned (wrapped) for a policy that cannot be rendered.
var ErrInput = errors.New("fhir: invalid input")

// A Policy is what NewCoverage renders: an ОМС policy with its insurer.
type Policy struct {
	// ENP is the policy number (ЕНП).
	ENP policy.ENP
	// F008 is the policy type (nsi.F008OldStyle, nsi.F008Certificate,
	// nsi.F008Uniform); use nsi.F008OfForm for a policy.Form.
	F008 int
	// Insurer is the insurer; its registry number is its F002 code.
	Insurer smo.Insurer
	// From is the first day of cover; Until the last, absent for a policy
	// without a time limit.
	From  date.Date
	Until oms.OptionalDate
	// Cancelled marks a policy no longer in force (Coverage.status
	// "cancelled"); otherwise it is "active".
	Cancelled bool
	// Beneficiary is a literal reference to the Patient ("Patient/123");
	// when empty the beneficiary is referenced by its ЕНП identifier.
	Beneficiary string
}

// NewCoverage renders a policy as a Coverage in the shape of RuCoreIG's
// Core_Coverage: identifier the ЕНП (system SystemOMS, type v2-0203#SB and
// the policy type in SystemPolicyTypeMZ), type ОМС (SystemFinancingSource
// code 1), subscriberId the ЕНП, relationship self, period, and the
// insurer as payor, identified by its F002 code (SystemInsurerF002). An
// ENP that is zero, an F008 code with no Ministry code and an Insurer
// without a number are errors wrapping ErrInput.
func NewCoverage(p Policy) (Coverage, error) {
	if p.ENP.IsZero() {
		return Coverage{}, fmt.Errorf("%w: policy has no ЕНП", ErrInput)
	}
	pt, ok := nsi.DefaultF008().Lookup(p.F008)
	if !ok || pt.MZ == 0 {
		return Coverage{}, fmt.Errorf("%w: F008 code %d", ErrInput, p.F008)
	}
	if p.Insurer.Number() == "" {
		return Coverage{}, fmt.Errorf("%w: policy has no insurer", ErrInput)
	}
	enp := p.ENP.String()
	c := Coverage{
		ResourceType: "Coverage",
		Identifier:   []Identifier{ENPIdentifier(p.ENP)},
		Status:       "active",
		Type:         &CodeableConcept{Coding: []Coding{{System: SystemFinancingSource, Code: "1", Display: "ОМС"}}},
		SubscriberID: enp,
		Relationship: &CodeableConcept{Coding: []Coding{{System: SystemSubscriberRelationship, Code: "self"}}},
		Period:       &Period{Start: p.From.String()},
		Payor: []Reference{{
			Identifier: &Identifier{System: SystemInsurerF002, Value: p.Insurer.Number()},
			Display:    p.Insurer.ShortName(),
		}},
	}
	c.Identifier[0].Type.Coding = append(c.Identifier[0].Type.Coding,
		Coding{System: SystemPolicyTypeMZ, Code: fmt.Sprint(pt.MZ), Display: pt.Name})
	if until, ok := p.Until.Get(); ok {
		if until.Before(p.From) {
			return Coverage{}, fmt.Errorf("%w: cover ends %s before it starts %s", ErrInput, until, p.From)
		}
		c.Period.End = until.String()
	}
	if p.Cancelled {
		c.Status = "cancelled"
	}
	if p.Beneficiary != "" {
		c.Beneficiary = Reference{Reference: p.Beneficiary}
	} else {
		c.Beneficiary = Reference{Identifier: &Identifier{System: SystemOMS, Value: enp}}
	}
	return c, nil
}

// ENPIdentifier returns the ЕНП as a Patient or Coverage identifier:
// system SystemOMS, type v2-0203#SB, the 16 digits as value.
func ENPIdentifier(e policy.ENP) Identifier {
	return Identifier{System: SystemOMS, Value: e.String(),
		Type: &CodeableConcept{Coding: []Coding{{System: SystemV2IdentifierType, Code: "SB"}}}}
}

// SNILSIdentifier returns the СНИЛС as a Patient identifier: system
// SystemSNILS, type v2-0203#SB, the 11 digits without separators as value
// (RuCoreIG Core_Patient).
func SNILSIdentifier(s eligibility.SNILS) Identifier {
	return Identifier{System: SystemSNILS, Value: digitsOnly(s.String()),
		Type: &CodeableConcept{Coding: []Coding{{System: SystemV2IdentifierType, Code: "SB"}}}}
}

// PassportIdentifier returns a passport of a citizen of the RF as a
// Patient identifier: system SystemIdentityDocument, type code 1 of the
// Ministry's 1.2.643.5.1.13.13.99.2.48 (the crosswalk row of F011 14),
// value the canonical "45 06 123456".
func PassportIdentifier(p eligibility.Passport) Identifier {
	row, _ := nsi.DocByF011(14)
	return Identifier{System: SystemIdentityDocument, Value: p.String(),
		Type: &CodeableConcept{Coding: []Coding{{System: SystemDocTypeMZ, Code: fmt.Sprint(row.MZ), Display: row.Name}}}}
}

// ParseENPIdentifier returns the ЕНП of an identifier whose system is any
// of the three spellings of the ЕНП system (IsSystemOMS). The number must
// have a valid check digit.
func ParseENPIdentifier(id Identifier) (policy.ENP, error) {
	if !IsSystemOMS(id.System) {
		return policy.ENP{}, fmt.Errorf("%w: identifier system %q is not the ЕНП system", ErrInput, id.System)
	}
	return policy.ParseENP(id.Value)
}

func digitsOnly(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			b = append(b, s[i])
		}
	}
	return string(b)
}
