package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http/httptest"
	"strings"
)

// A person chooses an insurer, switches once in 2026, and asks to switch
// again: the portal checks the third application against the history it
// recorded, and refuses it under the yearly limit.
func Example() {
	reg, _ := loadRegistry("")
	terr, _ := loadTerritorial(nil)
	st, err := openStore(context.Background(), ":memory:") // or a file, or postgres://…
	if err != nil {
		fmt.Println(err)
		return
	}
	defer st.Close()
	h := newServer(reg, terr, st, 64<<10, log.New(io.Discard, "", 0)).handler()

	var rec *httptest.ResponseRecorder
	for _, body := range []string{
		`{"enp": "7700000000000016", "date": "2015-06-01", "insurer": "S-01", "region": "77", "reason": "first_choice", "birth_date": "1990-01-17"}`,
		`{"enp": "7700000000000016", "date": "2026-02-03", "insurer": "S-04", "region": "77", "reason": "voluntary", "birth_date": "1990-01-17"}`,
		`{"enp": "7700000000000016", "date": "2026-08-20", "insurer": "S-01", "region": "77", "reason": "voluntary", "birth_date": "1990-01-17"}`,
	} {
		req := httptest.NewRequest("POST", "/v1/switch", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec = httptest.NewRecorder()
		h.ServeHTTP(rec, req)
	}

	var resp struct {
		Recorded bool `json:"recorded"`
		Decision struct {
			OK       bool `json:"ok"`
			Findings []struct {
				Code     string `json:"code"`
				Severity string `json:"severity"`
			} `json:"findings"`
		} `json:"decision"`
	}
	json.Unmarshal(rec.Body.Bytes(), &resp)
	fmt.Println(rec.Code, "ok:", resp.Decision.OK, "recorded:", resp.Recorded)
	for _, f := range resp.Decision.Findings {
		if f.Severity == "violation" {
			fmt.Println(f.Code)
		}
	}
	// Output:
	// 200 ok: false recorded: false
	// smo.switch.annual-limit
}

// A person chooses a clinic in February 2026 and asks, in June, to choose
// another at will: the portal checks the application against the choices
// it recorded and refuses it under the yearly limit (323-ФЗ ст. 21 ч. 2).
// The answer names the day the clinic must answer by: two working days,
// to 24:00 Moscow time.
func Example_clinicChoice() {
	reg, _ := loadRegistry("")
	terr, _ := loadTerritorial(nil)
	st, err := openStore(context.Background(), ":memory:")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer st.Close()
	h := newServer(reg, terr, st, 64<<10, log.New(io.Discard, "", 0)).handler()

	var rec *httptest.ResponseRecorder
	for _, body := range []string{
		`{"enp": "7700000000000016", "region": "77", "date": "2026-02-02", "subject": "clinic", "clinic": "МО-0101", "channel": "gosuslugi"}`,
		`{"enp": "7700000000000016", "region": "77", "date": "2026-06-01", "subject": "clinic", "clinic": "МО-0202"}`,
	} {
		req := httptest.NewRequest("POST", "/v1/clinic-choice", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec = httptest.NewRecorder()
		h.ServeHTTP(rec, req)
	}

	var resp struct {
		Recorded  bool `json:"recorded"`
		AnswerDue struct {
			DueAt string `json:"due_at"`
		} `json:"answer_due"`
		Decision struct {
			OK       bool `json:"ok"`
			Findings []struct {
				Code     string `json:"code"`
				Severity string `json:"severity"`
			} `json:"findings"`
		} `json:"decision"`
	}
	json.Unmarshal(rec.Body.Bytes(), &resp)
	fmt.Println(rec.Code, "ok:", resp.Decision.OK, "recorded:", resp.Recorded, "answer by:", resp.AnswerDue.DueAt)
	for _, f := range resp.Decision.Findings {
		if f.Severity == "violation" {
			fmt.Println(f.Code)
		}
	}
	// Output:
	// 200 ok: false recorded: false answer by: 2026-06-04T00:00:00+03:00
	// program.access.clinic.annual-limit
}

// A client that asks for FHIR gets the decision as an OperationOutcome,
// one issue per finding.
func Example_fhir() {
	reg, _ := loadRegistry("")
	terr, _ := loadTerritorial(nil)
	st, err := openStore(context.Background(), ":memory:")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer st.Close()
	h := newServer(reg, terr, st, 64<<10, log.New(io.Discard, "", 0)).handler()

	req := httptest.NewRequest("POST", "/v1/coverage", strings.NewReader(`{"code": "K02.1", "date": "2026-03-01"}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/fhir+json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)

	var oo struct {
		ResourceType string `json:"resourceType"`
		Issue        []struct {
			Severity string `json:"severity"`
			Details  struct {
				Coding []struct{ Code string } `json:"coding"`
			} `json:"details"`
		} `json:"issue"`
	}
	json.Unmarshal(rec.Body.Bytes(), &oo)
	fmt.Println(rec.Code, rec.Header().Get("Content-Type"), oo.ResourceType)
	for _, is := range oo.Issue {
		fmt.Println(is.Severity, is.Details.Coding[0].Code)
	}
	// Output:
	// 200 application/fhir+json; charset=utf-8 OperationOutcome
	// information program.coverage.class
	// information program.coverage.base
	// information program.coverage.insured-event
}
