package main

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"testing"
	"time"

	"pgregory.net/rapid"
)

// TestPropertyStoredHistoryKeepsTheYearlyLimit sends one person random
// applications (first choices, voluntary switches and relocations, to
// random insurers, on random days of 2024–2026, in random order) and
// checks the history the portal recorded: exactly the applications it
// answered "recorded", at most one voluntary replacement of the insurer
// per calendar year, none filed after 1 November (326-ФЗ ст. 16 ч. 1 п. 3),
// and a 409 only for an application dated before the latest record or,
// if it would be recorded, on its day.
func TestPropertyStoredHistoryKeepsTheYearlyLimit(t *testing.T) {
	reg, err := loadRegistry(wideRegistry(t, 4))
	if err != nil {
		t.Fatal(err)
	}
	terr, _ := loadTerritorial(nil)
	st := newTestServer(t, filepath.Join(t.TempDir(), "property.db"), io.Discard).store
	h := newServer(reg, terr, st, 64<<10, discardLog()).handler()
	reasons := []string{"first-choice", "voluntary", "relocation"}
	start := time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC)

	rapid.Check(t, func(rt *rapid.T) {
		enp := randomENP()
		latest, recorded := "", 0
		for i := range rapid.IntRange(1, 10).Draw(rt, "applications") {
			day := start.AddDate(0, 0, rapid.IntRange(0, 3*365).Draw(rt, fmt.Sprint("day", i))).Format("2006-01-02")
			insurer := fmt.Sprintf("T-%02d", rapid.IntRange(0, 3).Draw(rt, fmt.Sprint("insurer", i)))
			reason := rapid.SampledFrom(reasons).Draw(rt, fmt.Sprint("reason", i))
			rec := do(h, "POST", "/v1/switch", "application/json", switchBody(enp, day, insurer, reason))
			switch {
			case rec.Code == 409:
				if day > latest {
					rt.Fatalf("409 for %s, after the latest record %s: %s", day, latest, rec.Body)
				}
			case rec.Code != 200:
				rt.Fatalf("status %d: %s", rec.Code, rec.Body)
			default:
				var a switchAnswer
				if err := json.Unmarshal(rec.Body.Bytes(), &a); err != nil {
					rt.Fatal(err)
				}
				if a.Recorded {
					latest, recorded = day, recorded+1
				}
			}
		}
		var hist HistoryResponse
		rec := do(h, "POST", "/v1/history", "application/json", fmt.Sprintf(`{"enp":%q}`, enp))
		if err := json.Unmarshal(rec.Body.Bytes(), &hist); err != nil {
			rt.Fatal(err)
		}
		if len(hist.Entries) != recorded {
			rt.Fatalf("%d entries stored, %d answered recorded: %+v", len(hist.Entries), recorded, hist.Entries)
		}
		perYear := map[string]int{}
		for i, e := range hist.Entries {
			if i == 0 || e.Insurer == hist.Entries[i-1].Insurer {
				continue
			}
			if e.Reason == "first-choice" {
				rt.Fatalf("a replacement stored as a first choice: %+v", hist.Entries)
			}
			if e.Reason != "voluntary" {
				continue
			}
			if perYear[e.Date[:4]]++; perYear[e.Date[:4]] > 1 {
				rt.Fatalf("two voluntary replacements in %s: %+v", e.Date[:4], hist.Entries)
			}
			if e.Date[5:] > "11-01" {
				rt.Fatalf("a voluntary replacement after 1 November: %+v", hist.Entries)
			}
		}
	})
}
