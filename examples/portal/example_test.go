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
		`{"enp": "7700000000000016", "date": "2015-06-01", "insurer": "S-01", "region": "77", "reason": "first-choice", "birth_date": "1990-01-17"}`,
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
