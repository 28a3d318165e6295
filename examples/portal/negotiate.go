package main

// Content negotiation: a client that asks for FHIR (Accept:
// application/fhir+json, or ?_format=json) gets the decision behind an
// answer as a FHIR OperationOutcome (package fhir: one issue per finding,
// with its code, messages and citation), and every error as an
// OperationOutcome with one error issue, as a FHIR server answers. The
// other fields of an answer (recorded, the due day, the category, …) are
// in the portal's JSON only; an answer without a decision (the
// histories, the index, /healthz) stays JSON whatever the client asks.

import (
	"encoding/json"
	"net/http"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/fhir"
)

// A decided answer carries an oms.Decision: the part of it a FHIR client
// gets.
type decided interface {
	decision() oms.Decision
}

func (r EligibilityResponse) decision() oms.Decision  { return r.Decision }
func (r SwitchResponse) decision() oms.Decision       { return r.Decision }
func (r CoverageResponse) decision() oms.Decision     { return r.Decision }
func (r DeadlineResponse) decision() oms.Decision     { return r.Decision }
func (r ClinicChoiceResponse) decision() oms.Decision { return r.Decision }

// writeAnswer writes an endpoint's 200 answer: the decision as an
// OperationOutcome if the client asks for FHIR and the answer has one,
// else the answer as JSON. The answer varies with Accept, and caches are
// told so.
func writeAnswer(w http.ResponseWriter, r *http.Request, resp any) {
	w.Header().Add("Vary", "Accept")
	if d, ok := resp.(decided); ok && fhir.WantsFHIR(r) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		fhir.WriteOperationOutcome(w, http.StatusOK, d.decision()) // a failed write is the client's problem
		return
	}
	writeJSON(w, http.StatusOK, resp)
}

// writeError writes an error answer: {"error": msg} as JSON, or, if the
// client asks for FHIR, an OperationOutcome with one issue of severity
// "error", the FHIR issue type that fits the status, and msg as its
// diagnostics and details text.
func writeError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	w.Header().Add("Vary", "Accept")
	if !fhir.WantsFHIR(r) {
		writeJSON(w, status, ErrorResponse{Error: msg})
		return
	}
	body, err := json.Marshal(fhir.OperationOutcome{ResourceType: "OperationOutcome", Issue: []fhir.Issue{{
		Severity: "error", Code: issueType(status), Diagnostics: msg, Details: &fhir.CodeableConcept{Text: msg},
	}}})
	if err != nil {
		writeJSON(w, status, ErrorResponse{Error: msg})
		return
	}
	w.Header().Set("Content-Type", fhir.MediaType+"; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(body) // a failed write is the client's problem
}

// issueType returns the FHIR IssueType code for an error status
// (http://hl7.org/fhir/valueset-issue-type.html).
func issueType(status int) string {
	switch status {
	case http.StatusBadRequest:
		return "invalid"
	case http.StatusConflict:
		return "conflict"
	case http.StatusRequestEntityTooLarge:
		return "too-long"
	case http.StatusUnsupportedMediaType, http.StatusMethodNotAllowed:
		return "not-supported"
	case http.StatusNotFound:
		return "not-found"
	}
	return "exception"
}
