package smo

import (
	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
	"github.com/rickb777/date"
)

// FundInsurer stands in an Entry or Request for the territorial fund
// (ТФОМС) of the region acting as insurer itself, which 326-ФЗ as amended
// by 430-ФЗ allows from 01.01.2027 where no insurer is on the region's
// register (see FundMayInsure).
const FundInsurer = "TFOMS"

// A Request is an application for choice or replacement of an insurer (or,
// with Reason FundAssignment, an assignment by the territorial fund) to
// check against the person's history.
//
// Its JSON form has the members date, insurer, region (the two-digit
// code), reason, applicant, born and full_capacity; the zero Request
// marshals, with an empty region.
type Request struct {
	// Date is the day the application is filed.
	Date date.Date
	// Insurer is the registry number of the chosen insurer, or FundInsurer.
	Insurer string
	// Region is where the person lives on Date.
	Region oms.Region
	// Reason is the ground the applicant gives: FirstChoice, Voluntary,
	// Relocation, InsurerExit or FundAssignment.
	Reason Reason
	// Applicant is who files the application (eligibility.Self,
	// ByRepresentative or ByLegalRepresentative; NoRole is read as Self,
	// as package eligibility reads it); not needed for FundAssignment. A
	// child's application is filed by a legal representative (see
	// CheckSwitch).
	Applicant eligibility.Role
	// Born is the person's date of birth. It is required: the zero Date is
	// 1 January 1970, a real birth date. A person comes of age on their
	// 18th birthday; one born on 29 February, by default on 1 March of a
	// common year (see eligibility.Rules.LeapDay).
	Born date.Date
	// FullCapacity is set for a minor who has gained full legal capacity
	// before 18 (by marriage or emancipation, ГК РФ ст. 21 п. 2, ст. 27);
	// such a person applies for themselves.
	FullCapacity bool
}
