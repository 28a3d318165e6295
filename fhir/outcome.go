package fhir

import (
	"encoding/json"
	"net/http"
	"strings"

	"github.com/omsrules/oms"
)

// MediaType is the media type of FHIR JSON.
const MediaType = "application/fhir+json"

// NewOperationOutcome renders a decision as an OperationOutcome, one issue
// per finding, in order:
//
//   - severity: a Violation is "error", a Warning "warning", an Info
//     "information";
//   - code: "business-rule" for a violation or warning (a rule of law is
//     not met or needs a look), "informational" for an info;
//   - details: the finding code as a Coding in SystemFinding (display the
//     English message) and, as details.text, the Russian message with the
//     English one in FHIR's translation extension (lang "en") — chosen
//     over a second issue so that one finding stays one issue;
//   - diagnostics: the Russian message followed by the citation;
//   - extensions: the citation (ExtCitation, and its URL as a second
//     ExtCitation with valueUri where the citation has one), and
//     ExtUnconfirmed when the finding is unconfirmed.
//
// A decision with no findings becomes one "information" issue saying the
// check passed: FHIR requires at least one issue.
func NewOperationOutcome(d oms.Decision) OperationOutcome {
	fs := d.Findings()
	out := OperationOutcome{ResourceType: "OperationOutcome", Issue: make([]Issue, 0, max(len(fs), 1))}
	for _, f := range fs {
		out.Issue = append(out.Issue, issueOf(f))
	}
	if len(fs) == 0 {
		out.Issue = append(out.Issue, Issue{Severity: "information", Code: "informational",
			Diagnostics: "Проверка пройдена: замечаний нет.",
			Details:     textWithEnglish("Проверка пройдена: замечаний нет.", "The check passed with no findings.")})
	}
	return out
}

func issueOf(f oms.Finding) Issue {
	is := Issue{Severity: "information", Code: "informational", Diagnostics: f.RU}
	switch f.Severity {
	case oms.Violation:
		is.Severity, is.Code = "error", "business-rule"
	case oms.Warning:
		is.Severity, is.Code = "warning", "business-rule"
	}
	is.Details = textWithEnglish(f.RU, f.EN)
	is.Details.Coding = []Coding{{System: SystemFinding, Code: f.Code, Display: f.EN}}
	if !f.Citation.IsZero() {
		cite := f.Citation.String()
		is.Diagnostics = strings.TrimSpace(f.RU + " (" + cite + ")")
		is.Extension = append(is.Extension, Extension{URL: ExtCitation, ValueString: cite})
		if f.Citation.URL != "" {
			is.Extension = append(is.Extension, Extension{URL: ExtCitation, ValueURI: f.Citation.URL})
		}
	}
	if f.Unconfirmed {
		t := true
		is.Extension = append(is.Extension, Extension{URL: ExtUnconfirmed, ValueBoolean: &t})
	}
	return is
}

// textWithEnglish returns a concept whose text is ru with en as its
// English translation.
func textWithEnglish(ru, en string) *CodeableConcept {
	c := &CodeableConcept{Text: ru}
	if en != "" {
		c.TextExt = &ElementExtension{Extension: []Extension{{URL: ExtTranslation, Extension: []Extension{
			{URL: "lang", ValueCode: "en"},
			{URL: "content", ValueString: en},
		}}}}
	}
	return c
}

// WantsFHIR reports whether the request's Accept header asks for FHIR JSON
// (application/fhir+json, with any parameters such as fhirVersion), or its
// _format query parameter is "json" or "application/fhir+json" as the
// FHIR REST API allows. A bare application/json does not ask for FHIR.
func WantsFHIR(r *http.Request) bool {
	switch r.URL.Query().Get("_format") {
	case "json", MediaType:
		return true
	}
	for _, h := range r.Header.Values("Accept") {
		for part := range strings.SplitSeq(h, ",") {
			mt, params, _ := strings.Cut(strings.TrimSpace(part), ";")
			if strings.EqualFold(strings.TrimSpace(mt), MediaType) && !zeroQuality(params) {
				return true
			}
		}
	}
	return false
}

// zeroQuality reports whether the parameters of an Accept entry hold q=0,
// which refuses the type.
func zeroQuality(params string) bool {
	for p := range strings.SplitSeq(params, ";") {
		k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
		if strings.EqualFold(k, "q") {
			v = strings.TrimRight(strings.TrimSpace(v), "0")
			return v == "" || v == "0." || v == "0"
		}
	}
	return false
}

// WriteOperationOutcome writes the decision as an OperationOutcome with
// Content-Type application/fhir+json; charset=utf-8 and the given HTTP
// status.
func WriteOperationOutcome(w http.ResponseWriter, status int, d oms.Decision) error {
	body, err := json.Marshal(NewOperationOutcome(d))
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", MediaType+"; charset=utf-8")
	w.WriteHeader(status)
	_, err = w.Write(body)
	return err
}
