package main

import (
	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
)

// ClinicChoiceRequest asks POST /v1/clinic-choice whether the person may
// choose a clinic for primary care, or a doctor in it (323-ФЗ ст. 21,
// program.AccessRules.CheckClinicChoice). As with a switch of insurer, the
// rules are checked against the person's choices as the portal recorded
// them, and a choice they allow is recorded in the same transaction
// (unless CheckOnly). The enumerations take program's text forms.
type ClinicChoiceRequest struct {
	// ENP is the person's единый номер полиса, 16 digits: the key of their
	// history. It is stored, never logged.
	ENP string `json:"enp"`
	// Region is where the clinic is: its production calendar counts the
	// clinic's working days to answer, and its time zone gives the
	// instant the answer is due.
	Region string `json:"region"`
	// Date is the day the application is filed.
	Date string `json:"date"`
	// Subject is clinic | doctor.
	Subject string `json:"subject"`
	// Ground is at_will (the default) | relocation, for a choice of clinic
	// on a change of residence or stay.
	Ground string `json:"ground,omitempty"`
	// Clinic identifies the medical organisation chosen, or the one the
	// chosen doctor works in (its code in the region's register, or any
	// stable name; at most 200 characters).
	Clinic string `json:"clinic"`
	// Doctor identifies the doctor chosen (at most 200 characters).
	Doctor string `json:"doctor,omitempty"`
	// DoctorKind is the chosen doctor's post, required for a choice of
	// doctor: therapist | district_therapist | paediatrician | … .
	DoctorKind string `json:"doctor_kind,omitempty"`
	// DoctorConsent is given | refused, if known.
	DoctorConsent string `json:"doctor_consent,omitempty"`
	// Channel is paper (the default) | gosuslugi.
	Channel string `json:"channel,omitempty"`
	// Applicant is self (the default) | representative | legal-representative.
	Applicant string `json:"applicant,omitempty"`
	// BirthDate, if given, lets the check see that a child's application
	// comes from a legal representative.
	BirthDate string `json:"birth_date,omitempty"`
	// Excluded is military | alternative_service | conscript for a person
	// the procedure does not cover.
	Excluded          string `json:"excluded,omitempty"`
	OutsideHomeRegion bool   `json:"outside_home_region,omitempty"`
	// Refusal is the clinic's refusal, if it refused; an application the
	// clinic refused is checked but never recorded.
	Refusal *RefusalRequest `json:"refusal,omitempty"`
	// Answered is the day the clinic answered, and AsOf the day to judge
	// the answer duty on: with AsOf the decision holds its status.
	Answered string `json:"answered,omitempty"`
	AsOf     string `json:"as_of,omitempty"`
	// CheckOnly asks for the decision without recording the choice.
	CheckOnly bool `json:"check_only,omitempty"`
}

// RefusalRequest is the clinic's refusal: its ground (over_norm |
// outside_area_no_places | other) and its form.
type RefusalRequest struct {
	Ground    string `json:"ground"`
	InWriting bool   `json:"in_writing,omitempty"`
	Reasoned  bool   `json:"reasoned,omitempty"`
}

// ClinicChoiceResponse is the decision of CheckClinicChoice, whether the
// choice was recorded, and the clinic's duty to answer the application
// (its due day and the instant it runs out, 24:00 in the region's zone).
type ClinicChoiceResponse struct {
	Decision  oms.Decision  `json:"decision"`
	Recorded  bool          `json:"recorded"`
	AnswerDue calendar.Duty `json:"answer_due"`
	TimeZone  string        `json:"time_zone"`
}

// ClinicHistoryRequest asks POST /v1/clinic-history for the person's
// recorded choices of clinic and doctor. The ЕНП travels in the body.
type ClinicHistoryRequest struct {
	ENP string `json:"enp"`
}

// ClinicHistoryResponse is the person's recorded choices of clinic and
// doctor, oldest first; empty for a person the portal has not seen.
type ClinicHistoryResponse struct {
	Entries []ClinicEntryJSON `json:"entries"`
}

// ClinicEntryJSON is one recorded choice of clinic or doctor.
type ClinicEntryJSON struct {
	Date    string `json:"date"`
	Subject string `json:"subject"`
	Ground  string `json:"ground"`
	Clinic  string `json:"clinic"`
	Doctor  string `json:"doctor,omitempty"`
}
