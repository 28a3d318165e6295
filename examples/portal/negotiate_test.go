package main

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	samply "github.com/samply/golang-fhir-models/fhir-models/fhir"
	"pgregory.net/rapid"
)

const fhirJSON = "application/fhir+json"

// exchange sends one request over HTTP and returns the answer and its
// body.
func exchange(t *testing.T, c *http.Client, method, url, accept, ctype, body string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, data
}

// decodeOutcome checks that data is a FHIR OperationOutcome served as
// application/fhir+json and decodes it, strictly, into the samply model:
// every member but resourceType (which the model does not hold) and the
// primitive extensions ("_text", which it does not model) must be known.
func decodeOutcome(t *testing.T, resp *http.Response, data []byte) samply.OperationOutcome {
	t.Helper()
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, fhirJSON) {
		t.Fatalf("Content-Type %q, want %s: %s", ct, fhirJSON, data)
	}
	var generic map[string]any
	if err := json.Unmarshal(data, &generic); err != nil {
		t.Fatal(err)
	}
	if generic["resourceType"] != "OperationOutcome" {
		t.Fatalf("resourceType %v: %s", generic["resourceType"], data)
	}
	delete(generic, "resourceType")
	clean, _ := json.Marshal(stripUnderscored(generic))
	dec := json.NewDecoder(bytes.NewReader(clean))
	dec.DisallowUnknownFields()
	var oo samply.OperationOutcome
	if err := dec.Decode(&oo); err != nil {
		t.Fatalf("not an OperationOutcome of the FHIR model: %v\n%s", err, data)
	}
	if len(oo.Issue) == 0 {
		t.Fatalf("an OperationOutcome without issues: %s", data)
	}
	return oo
}

// stripUnderscored removes the members whose names begin with "_", at
// any depth.
func stripUnderscored(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if strings.HasPrefix(k, "_") {
				delete(x, k)
			} else {
				x[k] = stripUnderscored(e)
			}
		}
	case []any:
		for i, e := range x {
			x[i] = stripUnderscored(e)
		}
	}
	return v
}

// TestFHIRAnswers asks every endpoint whose answer carries a decision the
// same question twice over HTTP, in JSON and in FHIR: the OperationOutcome
// holds one issue per finding, in order, with the finding's code and the
// severity FHIR gives it.
func TestFHIRAnswers(t *testing.T) {
	srv := httptest.NewServer(newTestHandler(t))
	defer srv.Close()
	c := srv.Client()
	enp := randomENP()
	cases := []struct{ path, body string }{
		{"/v1/eligibility", `{"date":"2026-03-10","person":{"birth_date":"1985-04-12","citizenship":"rf"},"documents":[{"kind":"russian_passport","number":"4506 123456"}]}`},
		{"/v1/switch", `{"enp":"` + enp + `","date":"2026-03-02","insurer":"S-01","region":"77","reason":"first_choice","birth_date":"1990-01-17","check_only":true}`},
		{"/v1/coverage", `{"code":"A15.0","date":"2021-06-01","region":"78"}`},
		{"/v1/deadline", `{"date":"2026-10-06","region":"16","event":"relocation"}`},
		{"/v1/clinic-choice", clinicBody(enp, "2026-03-02", "doctor", "A", `"doctor_kind":"other"`, `"check_only":true`)},
	}
	severity := map[string]samply.IssueSeverity{"violation": samply.IssueSeverityError, "warning": samply.IssueSeverityWarning, "info": samply.IssueSeverityInformation}
	for _, tc := range cases {
		t.Run(tc.path, func(t *testing.T) {
			resp, data := exchange(t, c, "POST", srv.URL+tc.path, "application/json", "application/json", tc.body)
			var answer struct {
				Decision struct {
					Findings []struct{ Code, Severity string } `json:"findings"`
				} `json:"decision"`
			}
			if err := json.Unmarshal(data, &answer); err != nil || resp.StatusCode != 200 || len(answer.Decision.Findings) == 0 {
				t.Fatalf("JSON answer %d %v: %s", resp.StatusCode, err, data)
			}
			resp, data = exchange(t, c, "POST", srv.URL+tc.path, fhirJSON+"; fhirVersion=4.0", "application/json", tc.body)
			if resp.StatusCode != 200 || !slices.Contains(resp.Header.Values("Vary"), "Accept") {
				t.Fatalf("status %d, Vary %q", resp.StatusCode, resp.Header.Values("Vary"))
			}
			oo := decodeOutcome(t, resp, data)
			fs := answer.Decision.Findings
			if len(oo.Issue) != len(fs) {
				t.Fatalf("%d issues for %d findings: %s", len(oo.Issue), len(fs), data)
			}
			for i, is := range oo.Issue {
				if is.Details == nil || len(is.Details.Coding) == 0 || *is.Details.Coding[0].Code != fs[i].Code {
					t.Errorf("issue %d: details %+v, want the code %s", i, is.Details, fs[i].Code)
				}
				if is.Severity != severity[fs[i].Severity] {
					t.Errorf("issue %d: severity %v for a %s", i, is.Severity, fs[i].Severity)
				}
			}
		})
	}
}

// TestFHIRErrors checks the choice made for errors: a client that asks for
// FHIR gets every error as an OperationOutcome with one issue of severity
// error, the IssueType that fits the status and the message naming the
// field; any other client gets {"error": …} in JSON.
func TestFHIRErrors(t *testing.T) {
	srv := httptest.NewServer(newTestHandler(t))
	defer srv.Close()
	c := srv.Client()
	enp := randomENP()
	if resp, data := exchange(t, c, "POST", srv.URL+"/v1/clinic-choice", "", "application/json", clinicBody(enp, "2026-06-01", "clinic", "A")); resp.StatusCode != 200 {
		t.Fatalf("first choice: %d %s", resp.StatusCode, data)
	}
	cases := []struct {
		name, method, path, ctype, body string
		status                          int
		issue                           samply.IssueType
		says                            string
	}{
		{"bad date", "POST", "/v1/clinic-choice", "application/json", clinicBody(enp, "2026-02-30", "clinic", "B"), 400, samply.IssueTypeInvalid, "date:"},
		{"bad JSON", "POST", "/v1/switch", "application/json", `{"enp":`, 400, samply.IssueTypeInvalid, "invalid JSON"},
		{"back-dated", "POST", "/v1/clinic-choice", "application/json", clinicBody(enp, "2026-03-02", "clinic", "B"), 409, samply.IssueTypeConflict, "date: 2026-03-02 is before"},
		{"too large", "POST", "/v1/coverage", "application/json", `{"code":"` + strings.Repeat("K", 70<<10) + `"}`, 413, samply.IssueTypeTooLong, "larger than"},
		{"FHIR body", "POST", "/v1/coverage", fhirJSON, `{"code":"K02","date":"2026-03-01"}`, 415, samply.IssueTypeNotSupported, "want application/json"},
		{"wrong method", "GET", "/v1/clinic-choice", "", ``, 405, samply.IssueTypeNotSupported, "use POST"},
		{"unknown path", "GET", "/v1/clinics", "", ``, 404, samply.IssueTypeNotFound, "no such endpoint"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			resp, data := exchange(t, c, tc.method, srv.URL+tc.path, fhirJSON, tc.ctype, tc.body)
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tc.status, data)
			}
			oo := decodeOutcome(t, resp, data)
			is := oo.Issue[0]
			if len(oo.Issue) != 1 || is.Severity != samply.IssueSeverityError || is.Code != tc.issue ||
				is.Diagnostics == nil || !strings.Contains(*is.Diagnostics, tc.says) {
				t.Errorf("issues %s, want one error %v saying %q", data, tc.issue.Code(), tc.says)
			}
			resp, data = exchange(t, c, tc.method, srv.URL+tc.path, "application/json", tc.ctype, tc.body)
			var e ErrorResponse
			if err := json.Unmarshal(data, &e); resp.StatusCode != tc.status || err != nil || !strings.Contains(e.Error, tc.says) {
				t.Errorf("without FHIR: %d %s", resp.StatusCode, data)
			}
		})
	}
}

// TestFHIRNegotiation checks when the service answers in FHIR: on Accept
// application/fhir+json (not refused with q=0) or _format=json, and only
// for an answer that carries a decision.
func TestFHIRNegotiation(t *testing.T) {
	srv := httptest.NewServer(newTestHandler(t))
	defer srv.Close()
	c := srv.Client()
	coverage := `{"code":"K02","date":"2026-03-01"}`
	cases := []struct {
		name, path, accept, body string
		fhir                     bool
	}{
		{"no Accept", "/v1/coverage", "", coverage, false},
		{"JSON", "/v1/coverage", "application/json", coverage, false},
		{"anything", "/v1/coverage", "*/*", coverage, false},
		{"FHIR", "/v1/coverage", fhirJSON, coverage, true},
		{"FHIR among others", "/v1/coverage", "application/json;q=0.5, " + fhirJSON, coverage, true},
		{"FHIR refused", "/v1/coverage", fhirJSON + ";q=0, application/json", coverage, false},
		{"_format", "/v1/coverage?_format=json", "", coverage, true},
		{"history has no decision", "/v1/history", fhirJSON, `{"enp":"7700000000000016"}`, false},
		{"clinic history has no decision", "/v1/clinic-history", fhirJSON, `{"enp":"7700000000000016"}`, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			resp, data := exchange(t, c, "POST", srv.URL+tc.path, tc.accept, "application/json", tc.body)
			if resp.StatusCode != 200 {
				t.Fatalf("status %d: %s", resp.StatusCode, data)
			}
			if tc.fhir {
				decodeOutcome(t, resp, data)
				return
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") || bytes.Contains(data, []byte("OperationOutcome")) {
				t.Errorf("Content-Type %q: %s", ct, data)
			}
		})
	}
}

// TestEveryDecidedAnswerSpeaksFHIR finds, in the service's source, every
// type with a field of type oms.Decision, and checks that each has the
// decision method that writeAnswer looks for: a new answer type cannot
// forget it.
func TestEveryDecidedAnswerSpeaksFHIR(t *testing.T) {
	implemented := map[string]bool{}
	for _, v := range []any{EligibilityResponse{}, SwitchResponse{}, CoverageResponse{}, DeadlineResponse{}, ClinicChoiceResponse{}} {
		_, ok := v.(decided)
		implemented[reflect.TypeOf(v).Name()] = ok
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	found := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSpec)
			if !ok {
				return true
			}
			st, ok := ts.Type.(*ast.StructType)
			if !ok {
				return true
			}
			for _, fld := range st.Fields.List {
				if sel, ok := fld.Type.(*ast.SelectorExpr); ok && sel.Sel.Name == "Decision" {
					found++
					if !implemented[ts.Name.Name] {
						t.Errorf("%s (%s) carries an oms.Decision but has no decision method, or is not listed in this test", ts.Name.Name, f)
					}
				}
			}
			return true
		})
	}
	if found != len(implemented) {
		t.Errorf("%d types with a decision in the source, %d listed here", found, len(implemented))
	}
}

// TestPropertyFHIRCarriesTheDecision asks random checks of a choice of
// clinic or doctor (check_only, so nothing changes between the two asks)
// in JSON and in FHIR: whatever the request, the OperationOutcome has one
// issue per finding of the JSON decision, with its code, in order, and an
// error issue exactly where the JSON answer has a violation.
func TestPropertyFHIRCarriesTheDecision(t *testing.T) {
	h := newTestHandler(t)
	enp := randomENP()
	for _, body := range []string{clinicBody(enp, "2025-03-03", "clinic", "A"), clinicBody(enp, "2025-03-04", "doctor", "A", `"doctor_kind":"therapist"`)} {
		if rec := do(h, "POST", "/v1/clinic-choice", "application/json", body); rec.Code != 200 {
			t.Fatalf("%d %s", rec.Code, rec.Body)
		}
	}
	rapid.Check(t, func(rt *rapid.T) {
		day := time.Date(2025, time.March, 4, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rapid.IntRange(0, 600).Draw(rt, "day"))
		extra := []string{`"check_only":true`}
		for _, f := range []struct{ name, values string }{
			{"ground", "at_will relocation"}, {"channel", "paper gosuslugi"}, {"applicant", "self representative legal_representative"},
			{"excluded", "military conscript"}, {"birth_date", "2015-05-05 1980-01-01"}, {"as_of", "2027-01-01"},
		} {
			if v := rapid.SampledFrom(append(strings.Fields(f.values), "")).Draw(rt, f.name); v != "" {
				extra = append(extra, `"`+f.name+`":"`+v+`"`)
			}
		}
		subject := rapid.SampledFrom([]string{"clinic", "doctor"}).Draw(rt, "subject")
		if subject == "doctor" {
			extra = append(extra, `"doctor_kind":"`+rapid.SampledFrom([]string{"therapist", "feldsher", "other"}).Draw(rt, "kind")+`"`)
			extra = slices.DeleteFunc(extra, func(s string) bool { return strings.HasPrefix(s, `"ground"`) })
		}
		body := clinicBody(enp, day.Format("2006-01-02"), subject, rapid.SampledFrom([]string{"A", "B"}).Draw(rt, "clinic"), extra...)
		plain := do(h, "POST", "/v1/clinic-choice", "application/json", body)
		req := httptest.NewRequest("POST", "/v1/clinic-choice", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", fhirJSON)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if plain.Code != 200 || rec.Code != 200 {
			rt.Fatalf("%d / %d: %s %s", plain.Code, rec.Code, plain.Body, rec.Body)
		}
		var answer struct {
			Decision struct {
				Findings []struct{ Code, Severity string } `json:"findings"`
			} `json:"decision"`
		}
		var oo samply.OperationOutcome
		if err := json.Unmarshal(plain.Body.Bytes(), &answer); err != nil {
			rt.Fatal(err)
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &oo); err != nil {
			rt.Fatal(err)
		}
		fs := answer.Decision.Findings
		if len(oo.Issue) != len(fs) {
			rt.Fatalf("%d issues for %d findings", len(oo.Issue), len(fs))
		}
		for i, is := range oo.Issue {
			if *is.Details.Coding[0].Code != fs[i].Code || (is.Severity == samply.IssueSeverityError) != (fs[i].Severity == "violation") {
				rt.Fatalf("issue %d (%v %s) for finding %+v", i, is.Severity, *is.Details.Coding[0].Code, fs[i])
			}
		}
	})
}
