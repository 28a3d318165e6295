package main

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http/httptest"
	"strings"
)

// A portal asks whether a second voluntary switch in one year is allowed:
// the answer is 200 with the decision, not OK, and the rule that fails.
func Example() {
	reg, _ := loadRegistry("")
	terr, _ := loadTerritorial(nil)
	h := newServer(reg, terr, 64<<10, log.New(io.Discard, "", 0)).handler()

	req := httptest.NewRequest("POST", "/v1/switch", strings.NewReader(`{
		"date": "2026-08-20", "insurer": "S-01", "region": "77", "reason": "voluntary", "birth_date": "1990-01-17",
		"history": [{"date": "2015-06-01", "insurer": "S-01", "region": "77", "reason": "first-choice"},
		            {"date": "2026-02-03", "insurer": "S-04", "region": "77", "reason": "voluntary"}]}`))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)

	var resp struct {
		Decision struct {
			OK       bool `json:"ok"`
			Findings []struct {
				Code     string `json:"code"`
				Severity string `json:"severity"`
			} `json:"findings"`
		} `json:"decision"`
	}
	json.Unmarshal(rec.Body.Bytes(), &resp)
	fmt.Println(rec.Code, "ok:", resp.Decision.OK)
	for _, f := range resp.Decision.Findings {
		if f.Severity == "violation" {
			fmt.Println(f.Code)
		}
	}
	// Output:
	// 200 ok: false
	// smo.switch.annual-limit
}
