package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/omsrules/oms/program"
	"pgregory.net/rapid"
)

// TestConcurrentClinicChoicesOnePasses fires choices of one person in one
// year all at once, over HTTP, on each database: first of sixteen
// different clinics at will, then of sixteen doctors in the clinic
// chosen. The yearly limits (323-ФЗ ст. 21 ч. 2) let exactly one of each
// through; every other answer carries the limit's finding. Without the
// check and the record in one transaction several would pass.
func TestConcurrentClinicChoicesOnePasses(t *testing.T) {
	const n = 16
	forEachDatabase(t, func(t *testing.T, dsn string) {
		srv := httptest.NewServer(newTestServer(t, dsn, io.Discard).handler())
		defer srv.Close()
		c := srv.Client()
		enp := randomENP()
		var first clinicAnswer
		if err := post(c, srv.URL, "/v1/clinic-choice", clinicBody(enp, "2025-04-01", "clinic", "K-00"), &first); err != nil || !first.Recorded {
			t.Fatalf("first choice: %v %+v", err, first)
		}
		fire := func(body func(i int) string) []clinicAnswer {
			start := make(chan struct{})
			answers := make([]clinicAnswer, n)
			var wg sync.WaitGroup
			for i := range n {
				wg.Go(func() {
					<-start
					if err := post(c, srv.URL, "/v1/clinic-choice", body(i), &answers[i]); err != nil {
						t.Error(err)
					}
				})
			}
			close(start)
			wg.Wait()
			return answers
		}
		clinics := fire(func(i int) string { return clinicBody(enp, "2026-03-02", "clinic", fmt.Sprintf("K-%02d", i+1)) })
		won := onePassed(t, "clinic", clinics, program.CodeAccessClinicLimitOK, program.CodeAccessClinicLimit)
		doctors := fire(func(i int) string {
			return clinicBody(enp, "2026-03-03", "doctor", fmt.Sprintf("K-%02d", won+1), fmt.Sprintf(`"doctor":"D-%02d"`, i), `"doctor_kind":"therapist"`)
		})
		onePassed(t, "doctor", doctors, program.CodeAccessDoctorClinicChanged, program.CodeAccessDoctorLimit)
		if h := clinicHistoryOf(t, srv.Config.Handler, enp); len(h) != 3 {
			t.Errorf("history has %d entries, want the first clinic, one change and one doctor: %+v", len(h), h)
		}
	})
}

// onePassed checks that exactly one answer was recorded, with the finding
// pass, and every other refused with the finding limit; it returns the
// index of the one recorded.
func onePassed(t *testing.T, what string, answers []clinicAnswer, pass, limit string) int {
	t.Helper()
	won, recorded := -1, 0
	for i, a := range answers {
		switch {
		case a.Recorded:
			won, recorded = i, recorded+1
			if !a.Decision.OK || !a.has(pass) {
				t.Errorf("%s %d recorded without passing the check: %+v", what, i, a)
			}
		case !a.has(limit) || a.Decision.OK:
			t.Errorf("%s %d neither recorded nor refused under the yearly limit: %+v", what, i, a)
		}
	}
	if recorded != 1 {
		t.Fatalf("%d of %d concurrent choices of %s recorded, want exactly 1", recorded, len(answers), what)
	}
	return won
}

// TestDecideClinicIsAtomic is TestDecideIsAtomic for the history of
// clinics: of many deciders, each taking its time and recording only on a
// one-entry history, exactly one records. A decider of the history of
// insurers runs among them: the two histories share the person's lock but
// neither sees the other's rows.
func TestDecideClinicIsAtomic(t *testing.T) {
	forEachDatabase(t, func(t *testing.T, dsn string) {
		st := newTestServer(t, dsn, io.Discard).store
		enp := randomENP()
		first := clinicChoice{Day: "2025-04-01", Subject: "clinic", Ground: "at_will", Clinic: "K-00"}
		if ok, err := st.DecideClinic(t.Context(), enp, func([]clinicChoice) (clinicChoice, bool, error) { return first, true, nil }); !ok || err != nil {
			t.Fatalf("first choice: %v %v", ok, err)
		}
		var recorded atomic.Int32
		var wg sync.WaitGroup
		for i := range 8 {
			wg.Go(func() {
				ok, err := st.DecideClinic(t.Context(), enp, func(h []clinicChoice) (clinicChoice, bool, error) {
					time.Sleep(10 * time.Millisecond)
					return clinicChoice{Day: "2026-03-02", Subject: "clinic", Ground: "at_will", Clinic: fmt.Sprintf("K-%02d", i+1)}, len(h) == 1, nil
				})
				if err != nil {
					t.Error(err)
				}
				if ok {
					recorded.Add(1)
				}
			})
		}
		wg.Go(func() {
			ok, err := st.Decide(t.Context(), enp, func(h []choice) (choice, bool, error) {
				return choice{Day: "2020-01-10", Insurer: "T-00", Region: 77, Reason: "first_choice"}, len(h) == 0, nil
			})
			if !ok || err != nil {
				t.Errorf("the insurer's history saw the clinic's: %v %v", ok, err)
			}
		})
		wg.Wait()
		if n := recorded.Load(); n != 1 {
			t.Errorf("%d decisions recorded on a one-entry history, want 1", n)
		}
		if h, err := st.ClinicHistory(t.Context(), enp); err != nil || len(h) != 2 {
			t.Errorf("clinic history %+v, %v; want two entries", h, err)
		}
	})
}

// TestPropertyClinicHistoryKeepsTheYearlyLimits sends one person random
// choices of clinic and doctor (at will or on relocation, among three
// clinics and three doctors, on random days of 2024–2026) and checks the
// history the portal recorded: exactly the choices it answered
// "recorded", at most one change of clinic at will per calendar year, at
// most one choice of doctor per calendar year in one clinic, none but the
// first after a change of clinic excepted (323-ФЗ ст. 21 ч. 2, the
// default calendar_year reading), and a 409 only for a choice dated
// before the latest record.
func TestPropertyClinicHistoryKeepsTheYearlyLimits(t *testing.T) {
	h := newTestServer(t, filepath.Join(t.TempDir(), "property.db"), io.Discard).handler()
	start := time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC)
	rapid.Check(t, func(rt *rapid.T) {
		enp := randomENP()
		latest, recorded := "", 0
		for i := range rapid.IntRange(1, 12).Draw(rt, "choices") {
			day := start.AddDate(0, 0, rapid.IntRange(0, 3*365).Draw(rt, fmt.Sprint("day", i))).Format("2006-01-02")
			clinic := rapid.SampledFrom([]string{"A", "B", "C"}).Draw(rt, fmt.Sprint("clinic", i))
			body := clinicBody(enp, day, "clinic", clinic, `"ground":"`+rapid.SampledFrom([]string{"at_will", "relocation"}).Draw(rt, fmt.Sprint("ground", i))+`"`)
			if rapid.Bool().Draw(rt, fmt.Sprint("doctor", i)) {
				body = clinicBody(enp, day, "doctor", clinic, `"doctor":"`+rapid.SampledFrom([]string{"X", "Y", "Z"}).Draw(rt, fmt.Sprint("who", i))+`"`, `"doctor_kind":"therapist"`)
			}
			rec := do(h, "POST", "/v1/clinic-choice", "application/json", body)
			switch {
			case rec.Code == http.StatusConflict:
				if day >= latest {
					rt.Fatalf("409 for %s, not before the latest record %s: %s", day, latest, rec.Body)
				}
			case rec.Code != http.StatusOK:
				rt.Fatalf("status %d: %s", rec.Code, rec.Body)
			default:
				var a clinicAnswer
				if err := json.Unmarshal(rec.Body.Bytes(), &a); err != nil {
					rt.Fatal(err)
				}
				if a.Recorded {
					latest, recorded = day, recorded+1
				}
			}
		}
		hist := clinicHistoryOf(rt, h, enp)
		if len(hist) != recorded {
			rt.Fatalf("%d entries stored, %d answered recorded: %+v", len(hist), recorded, hist)
		}
		checkYearlyLimits(rt, hist)
	})
}

// checkYearlyLimits fails if the recorded history breaks a yearly limit:
// every recorded choice of clinic is a change; at most one change at will
// per calendar year; since the last change, at most one choice of doctor
// per calendar year (the first after a change is outside the limit, but
// counts against the next one in its year).
func checkYearlyLimits(rt *rapid.T, hist []ClinicEntryJSON) {
	atWill := map[string]int{}
	current, doctors := "", map[string]int{}
	for _, e := range hist {
		year := e.Date[:4]
		if e.Subject == "doctor" {
			if doctors[year]++; doctors[year] > 1 {
				rt.Fatalf("two choices of doctor in %s in one clinic: %+v", year, hist)
			}
			continue
		}
		if e.Clinic == current {
			rt.Fatalf("a choice of the clinic already chosen was recorded: %+v", hist)
		}
		if e.Ground == "at_will" {
			if atWill[year]++; atWill[year] > 1 {
				rt.Fatalf("two choices of clinic at will in %s: %+v", year, hist)
			}
		}
		current, doctors = e.Clinic, map[string]int{}
	}
}
