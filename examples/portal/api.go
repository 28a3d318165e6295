package main

import (
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/program"
	"github.com/omsrules/oms/smo"
)

// The request and response bodies of the endpoints. Dates are strings
// "YYYY-MM-DD", parsed strictly here (30 February is an error, not
// 2 March); regions are "77" or "RU-MOW"; the enumerations take the text
// forms of the library's types.

// EligibilityRequest asks POST /v1/eligibility whether a person is insured
// on Date and whether the documents presented are complete.
type EligibilityRequest struct {
	Date   string        `json:"date"`
	Person PersonRequest `json:"person"`
	// Applicant is self | legal_representative | representative.
	Applicant string `json:"applicant,omitempty"`
	// Documents of the person, and of the legal representative or the
	// representative acting for them.
	Documents                   []DocumentRequest `json:"documents,omitempty"`
	LegalRepresentativeDocument []DocumentRequest `json:"legal_representative_documents,omitempty"`
	RepresentativeDocuments     []DocumentRequest `json:"representative_documents,omitempty"`
}

// PersonRequest is eligibility.Person in JSON.
type PersonRequest struct {
	BirthDate          string `json:"birth_date"`
	BirthRegistration  string `json:"birth_registration,omitempty"`
	Citizenship        string `json:"citizenship"`               // rf | foreign | stateless
	Country            string `json:"country,omitempty"`         // ISO 3166-1 alpha-2
	Residence          string `json:"residence,omitempty"`       // permanent | temporary | stay
	Refugee            string `json:"refugee,omitempty"`         // refugee | petition | appeal | temporary_asylum
	Service            string `json:"service,omitempty"`         // military | internal_affairs | …
	LabourContract     bool   `json:"labour_contract,omitempty"` //
	EAEUOfficial       bool   `json:"eaeu_official,omitempty"`   //
	EAEUFamilyMember   bool   `json:"eaeu_family_member,omitempty"`
	HighlyQualified    bool   `json:"highly_qualified,omitempty"`
	HQSFamilyMember    bool   `json:"hqs_family_member,omitempty"`
	Working            bool   `json:"working,omitempty"`
	ForeignBranchStaff bool   `json:"foreign_branch_staff,omitempty"`
	ContributionMonths int    `json:"contribution_months,omitempty"`
	FullCapacity       bool   `json:"full_capacity,omitempty"`
}

// DocumentRequest is one document: its kind (eligibility.DocumentKind's
// text), number, and the last day it is valid, if it expires.
type DocumentRequest struct {
	Kind    string `json:"kind"`
	Number  string `json:"number,omitempty"`
	Expires string `json:"expires,omitempty"`
}

// EligibilityResponse is the answer: the category, the age on the day, the
// newborn's cover by the mother's insurer, and the decision of
// eligibility.CheckApplication (the findings of Assess, then those of each
// document).
type EligibilityResponse struct {
	Decision      oms.Decision `json:"decision"`
	Insured       bool         `json:"insured"`
	Category      string       `json:"category"`
	CategoryRU    string       `json:"category_ru"`
	CategoryEN    string       `json:"category_en"`
	Age           int          `json:"age"`
	MotherInsurer bool         `json:"mother_insurer,omitempty"`
}

// SwitchRequest asks POST /v1/switch whether the person may choose or
// switch to an insurer. The rules are checked against the person's
// history as the portal recorded it, and an application they allow is
// recorded in the same transaction (unless CheckOnly): the yearly limit
// does not depend on what the client says happened before.
type SwitchRequest struct {
	// ENP is the person's единый номер полиса, 16 digits: the key of their
	// history. It is stored, never logged.
	ENP     string `json:"enp"`
	Date    string `json:"date"`
	Insurer string `json:"insurer"`
	Region  string `json:"region"`
	// Reason is first_choice | voluntary | relocation | insurer_exit | fund-assignment.
	Reason string `json:"reason"`
	// Applicant is self | representative | legal-representative.
	Applicant    string `json:"applicant,omitempty"`
	BirthDate    string `json:"birth_date"`
	FullCapacity bool   `json:"full_capacity,omitempty"`
	// CheckOnly asks for the decision without recording the application.
	CheckOnly bool `json:"check_only,omitempty"`
}

// EntryJSON is one recorded choice in a person's history.
type EntryJSON struct {
	Date    string `json:"date"`
	Insurer string `json:"insurer"`
	Region  string `json:"region"`
	Reason  string `json:"reason"`
}

// HistoryRequest asks POST /v1/history for the person's recorded choices.
// The ЕНП travels in the body, not the URL, so it never reaches a log.
type HistoryRequest struct {
	ENP string `json:"enp"`
}

// HistoryResponse is the person's recorded choices, oldest first; empty
// for a person the portal has not seen.
type HistoryResponse struct {
	Entries []EntryJSON `json:"entries"`
}

// HealthResponse is the answer of GET /healthz: "ok" with 200, or
// "unavailable" with 503 when the database does not answer.
type HealthResponse struct {
	Status   string `json:"status"`
	Database string `json:"database"`
}

// SwitchResponse is the decision of smo.Checker.CheckSwitch, whether the
// application was recorded, the insurers the person can choose in the
// region on the day, and, if it is allowed, the day insurance at the new
// insurer begins.
type SwitchResponse struct {
	Decision  oms.Decision `json:"decision"`
	Recorded  bool         `json:"recorded"`
	Effective string       `json:"effective_from,omitempty"`
	Available []Insurer    `json:"available_insurers"`
}

// Insurer is an insurer of the registry.
type Insurer struct {
	Number string    `json:"number"`
	Name   string    `json:"name"`
	Scope  smo.Scope `json:"scope"`
}

// CoverageRequest asks POST /v1/coverage whether care for an ICD-10 code
// (the main diagnosis) is paid by ОМС on Date: under the base programme,
// and under the territorial programme of Region if the service has one for
// that year (-territorial).
type CoverageRequest struct {
	Code   string `json:"code"`
	Date   string `json:"date"`
	Region string `json:"region,omitempty"`
}

// CoverageResponse is the decision of the territorial programme if one
// applied, else of the base programme.
type CoverageResponse struct {
	Decision    oms.Decision `json:"decision"`
	Code        string       `json:"code"`
	Class       string       `json:"class,omitempty"`
	Programme   string       `json:"programme"`
	Territorial string       `json:"territorial_programme,omitempty"`
}

// DeadlineRequest asks POST /v1/deadline when a period that starts with an
// event on Date in Region ends. Give either Event — a change to notify the
// insurer of (change_name, change_identity_document, change_residence, …,
// policy.Reason), relocation (choose an insurer in the new region) — or
// Period, a period of the Civil Code or of working days.
//
// Or give Wait, a waiting-time norm of the Programme of State Guarantees
// (program.WaitKind: specialist, ct_mri, planned_specialised, ambulance,
// …), with Time, the local time of the event it counts from: the answer is
// when care is due under the programme in force on Date, or the region's
// territorial programme if the service has one for that year.
type DeadlineRequest struct {
	Date   string         `json:"date"`
	Time   string         `json:"time,omitempty"` // HH:MM, for Wait; default 00:00
	Region string         `json:"region"`
	Event  string         `json:"event,omitempty"`
	Period *PeriodRequest `json:"period,omitempty"`
	Wait   string         `json:"wait,omitempty"`
}

// PeriodRequest is N units: days | working_days | weeks | months | years.
type PeriodRequest struct {
	N    int    `json:"n"`
	Unit string `json:"unit"`
}

// DeadlineResponse is the last day of the period, the instant it runs out
// (24:00 of that day in the region's time zone, ГК РФ ст. 194) and the
// decision that explains it.
type DeadlineResponse struct {
	Decision oms.Decision `json:"decision"`
	// Duty is the library's duty the event starts, with its code and
	// citation; absent for a bare period or a wait.
	Duty     *calendar.Duty `json:"duty,omitempty"`
	Period   string         `json:"period"`
	LastDay  string         `json:"last_day,omitempty"`
	RunsOut  *time.Time     `json:"runs_out,omitempty"`
	TimeZone string         `json:"time_zone"`
	// Norm is the waiting-time norm asked for, with its citation; absent
	// for an event or a bare period.
	Norm *oms.Dated[program.Wait] `json:"norm,omitempty"`
	// Required is false for a change the law sets no time limit to notify.
	Required bool `json:"required"`
}

// ErrorResponse is the body of every 4xx answer.
type ErrorResponse struct {
	Error string `json:"error"`
}
