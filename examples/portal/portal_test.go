package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// newTestHandler is the service with its bundled registry and territorial
// programme, as run builds it, on a fresh SQLite file.
func newTestHandler(t testing.TB) http.Handler {
	t.Helper()
	return newTestServer(t, filepath.Join(t.TempDir(), "portal.db"), io.Discard).handler()
}

// newTestServer is the service on the database dsn, logging to logw.
func newTestServer(t testing.TB, dsn string, logw io.Writer) *server {
	t.Helper()
	reg, err := loadRegistry("")
	if err != nil {
		t.Fatal(err)
	}
	terr, err := loadTerritorial(nil)
	if err != nil {
		t.Fatal(err)
	}
	st, err := openStore(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return newServer(reg, terr, st, 64<<10, log.New(logw, "", 0))
}

func do(h http.Handler, method, path, contentType, body string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// An endpointCase is a request and what the answer must be.
type endpointCase struct {
	name, method, path, ctype, body string
	status                          int
	want                            []string
}

// answerCases are requests the service answers with a decision, in order:
// the switches build one person's history.
func answerCases() []endpointCase {
	const js = "application/json"
	return []endpointCase{
		// Answers: 200 with the decision, whether OK or not.
		{"citizen", "POST", "/v1/eligibility", js,
			`{"date":"2026-03-10","person":{"birth_date":"1985-04-12","citizenship":"rf"},"documents":[{"kind":"russian_passport","number":"4506 123456"},{"kind":"snils","number":"11223344595"}]}`,
			200, []string{`"ok": true`, `"category": "citizen_14_plus"`, "eligibility.documents.ok.snils", `"article": "10"`}},
		// СНИЛС required from 14: law-addendum §1(a).
		{"citizen without СНИЛС", "POST", "/v1/eligibility", "application/json; charset=utf-8",
			`{"date":"2026-03-10","person":{"birth_date":"1985-04-12","citizenship":"rf"},"documents":[{"kind":"russian_passport","number":"4506 123456"}]}`,
			200, []string{`"ok": false`, "eligibility.documents.missing.snils"}},
		{"serviceman", "POST", "/v1/eligibility", js,
			`{"date":"2026-03-10","person":{"birth_date":"2001-05-15","citizenship":"rf","service":"military"}}`,
			200, []string{`"insured": false`, "eligibility.not-insured.service"}},
		// 430-ФЗ: 5 years of contributions from 2026 (unconfirmed date).
		{"staying worker 4 years in 2026", "POST", "/v1/eligibility", js,
			`{"date":"2026-02-02","person":{"birth_date":"1988-08-18","citizenship":"foreign","country":"UZ","residence":"stay","labour_contract":true,"contribution_months":48}}`,
			200, []string{"eligibility.not-insured.qualifying-period"}},
		// One person's history, built by the requests in order.
		{"first choice", "POST", "/v1/switch", js,
			`{"enp":"7700000000000016","date":"2015-06-01","insurer":"S-01","region":"77","reason":"first_choice","birth_date":"1990-01-17"}`,
			200, []string{`"ok": true`, `"recorded": true`, "smo.switch.first-choice"}},
		{"first voluntary switch", "POST", "/v1/switch", js,
			`{"enp":"7700000000000016","date":"2026-02-03","insurer":"S-04","region":"77","reason":"voluntary","birth_date":"1990-01-17"}`,
			200, []string{`"ok": true`, `"recorded": true`, "smo.switch.annual-limit-ok", `"effective_from": "2026-02-03"`}},
		{"second voluntary switch", "POST", "/v1/switch", js,
			`{"enp":"7700000000000016","date":"2026-08-20","insurer":"S-01","region":"77","reason":"voluntary","birth_date":"1990-01-17"}`,
			200, []string{`"ok": false`, `"recorded": false`, "smo.switch.annual-limit", `"number": "S-04"`}},
		{"same insurer: not recorded", "POST", "/v1/switch", js,
			`{"enp":"7700000000000016","date":"2026-09-01","insurer":"S-04","region":"77","reason":"voluntary","birth_date":"1990-01-17"}`,
			200, []string{`"ok": true`, `"recorded": false`, "smo.switch.same-insurer"}},
		{"check only", "POST", "/v1/switch", js,
			`{"enp":"7700000000000016","date":"2027-01-15","insurer":"S-01","region":"77","reason":"voluntary","birth_date":"1990-01-17","check_only":true}`,
			200, []string{`"ok": true`, `"recorded": false`}},
		{"back-dated switch", "POST", "/v1/switch", js,
			`{"enp":"7700000000000016","date":"2026-01-20","insurer":"S-01","region":"77","reason":"voluntary","birth_date":"1990-01-17"}`,
			409, []string{"date: 2026-01-20 is before the person's latest recorded application (2026-02-03)"}},
		{"second application on one day", "POST", "/v1/switch", js,
			`{"enp":"7700000000000016","date":"2026-02-03","insurer":"S-01","region":"50","reason":"relocation","birth_date":"1990-01-17"}`,
			409, []string{"already has an application recorded on 2026-02-03"}},
		{"history", "POST", "/v1/history", js, `{"enp":"7700000000000016"}`,
			200, []string{`"date": "2015-06-01"`, `"date": "2026-02-03"`, `"reason": "voluntary"`}},
		{"history of nobody", "POST", "/v1/history", js, `{"enp":"1600000000000028"}`, 200, []string{`"entries": []`}},
		{"first choice in Moscow Oblast", "POST", "/v1/switch", js,
			`{"enp":"5000000000000013","date":"2012-03-15","insurer":"S-01","region":"50","reason":"first_choice","birth_date":"1968-07-07"}`,
			200, []string{`"recorded": true`}},
		{"after 1 November", "POST", "/v1/switch", js,
			`{"enp":"5000000000000013","date":"2026-11-02","insurer":"S-07","region":"50","reason":"voluntary","birth_date":"1968-07-07"}`,
			200, []string{"smo.switch.after-deadline", `"recorded": false`}},
		{"coverage base", "POST", "/v1/coverage", js, `{"code":"F20.0","date":"2026-03-01"}`,
			200, []string{`"ok": false`, "program.coverage.excluded", `"programme": "ПГГ 2026`}},
		{"coverage territorial", "POST", "/v1/coverage", js, `{"code":"A15.0","date":"2021-06-01","region":"78"}`,
			200, []string{"program.territorial.addition", `"territorial_programme": "ТПГГ 2021, 78`}},
		{"coverage region without a programme", "POST", "/v1/coverage", js, `{"code":"A15.0","date":"2021-06-01","region":"77"}`,
			200, []string{"program.coverage.excluded"}},
		{"deadline notify", "POST", "/v1/deadline", js, `{"date":"2026-01-31","region":"77","event":"change_name"}`,
			200, []string{`"last_day": "2026-03-02"`, "policy.notify.deadline", "calendar.period.month-end", `"runs_out": "2026-03-03T00:00:00+03:00"`, `"code": "policy.notify-change"`, `"no_sanction": true`}},
		// 326-ФЗ ст. 16 ч. 2 п. 4: the library's duty (smo), not one the portal makes.
		{"deadline relocation", "POST", "/v1/deadline", js, `{"date":"2026-03-10","region":"77","event":"relocation"}`,
			200, []string{`"code": "smo.relocation"`, `"due": "2026-04-10"`, `"due_at": "2026-04-11T00:00:00+03:00"`, `"last_day": "2026-04-10"`}},
		{"deadline period", "POST", "/v1/deadline", js, `{"date":"2026-10-06","region":"RU-TA","period":{"n":1,"unit":"months"}}`,
			200, []string{`"last_day": "2026-11-09"`, "calendar.period.moved"}},
		{"deadline wear: no time limit", "POST", "/v1/deadline", js, `{"date":"2026-01-31","region":"77","event":"wear"}`,
			200, []string{`"required": false`, "policy.notify.none"}},
		// 14 working days from Tuesday 10 March 2026 in Sakha (UTC+9).
		{"wait specialist", "POST", "/v1/deadline", js, `{"date":"2026-03-10","time":"09:30","region":"14","wait":"specialist"}`,
			200, []string{`"last_day": "2026-03-30"`, `"runs_out": "2026-03-31T00:00:00+09:00"`, "program.wait.specialist.pending", `"due_at": "2026-03-31T00:00:00+09:00"`, "ПП РФ № 2188"}},
		// A norm in minutes is no day-based duty: the instant, and the norm with its citation.
		{"wait ambulance", "POST", "/v1/deadline", js, `{"date":"2026-03-10","time":"23:50","region":"77","wait":"ambulance"}`,
			200, []string{`"runs_out": "2026-03-11T00:10:00+03:00"`, `"norm": {`, "ПП РФ № 2188"}},
	}
}

// badRequestCases are requests the service refuses, and the other routes.
func badRequestCases() []endpointCase {
	const js = "application/json"
	return []endpointCase{
		// Bad requests: 4xx with the reason, never 500.
		{"bad wait", "POST", "/v1/deadline", js, `{"date":"2026-03-10","region":"77","wait":"dentist"}`, 400, []string{"wait:"}},
		{"bad time", "POST", "/v1/deadline", js, `{"date":"2026-03-10","time":"9:30pm","region":"77","wait":"specialist"}`, 400, []string{"time:"}},
		{"time without wait", "POST", "/v1/deadline", js, `{"date":"2026-03-10","time":"09:30","region":"77","event":"relocation"}`, 400, []string{"only with wait"}},
		{"bad JSON", "POST", "/v1/eligibility", js, `{"date":`, 400, []string{`"error": "invalid JSON`}},
		{"empty body", "POST", "/v1/switch", js, ``, 400, []string{"empty body"}},
		{"two values", "POST", "/v1/coverage", js, `{"code":"K02","date":"2026-03-01"} {}`, 400, []string{"more than one JSON value"}},
		{"unknown field", "POST", "/v1/coverage", js, `{"code":"K02","date":"2026-03-01","colour":"red"}`, 400, []string{`unknown field \"colour\"`}},
		{"wrong type", "POST", "/v1/coverage", js, `{"code":17,"date":"2026-03-01"}`, 400, []string{`"error": "code: got a JSON number, want a string"`}},
		{"wrong nested type", "POST", "/v1/eligibility", js, `{"date":"2026-03-10","person":{"birth_date":"1985-04-12","citizenship":"rf","working":"yes"}}`, 400, []string{`"error": "person.working: got a JSON string, want true or false"`}},
		{"array body", "POST", "/v1/coverage", js, `[]`, 400, []string{`"error": "the body: got a JSON array, want an object"`}},
		{"truncated", "POST", "/v1/coverage", js, `{"code":"K02"`, 400, []string{"the body ends inside a value"}},
		{"no ЕНП", "POST", "/v1/switch", js, `{"date":"2026-05-14","insurer":"S-04","region":"77","reason":"voluntary","birth_date":"1979-09-30"}`, 400, []string{`"error": "enp: want the 16 digits`}},
		{"short ЕНП", "POST", "/v1/history", js, `{"enp":"77000000"}`, 400, []string{`"error": "enp: want the 16 digits`}},
		{"30 February", "POST", "/v1/coverage", js, `{"code":"K02","date":"2026-02-30"}`, 400, []string{`date: \"2026-02-30\" is not a date`}},
		{"bad code", "POST", "/v1/coverage", js, `{"code":"XYZ","date":"2026-03-01"}`, 400, []string{"code: program: invalid ICD-10 code"}},
		{"no programme", "POST", "/v1/coverage", js, `{"code":"K02","date":"2010-03-01"}`, 400, []string{"date:"}},
		{"bad region", "POST", "/v1/switch", js, `{"enp":"7700000000000016","date":"2026-05-14","insurer":"S-04","region":"99","reason":"voluntary","birth_date":"1979-09-30"}`, 400, []string{"unknown region"}},
		{"bad reason", "POST", "/v1/switch", js, `{"enp":"7700000000000016","date":"2026-05-14","insurer":"S-04","region":"77","reason":"whim","birth_date":"1979-09-30"}`, 400, []string{"reason:"}},
		{"bad citizenship", "POST", "/v1/eligibility", js, `{"date":"2026-03-10","person":{"birth_date":"1985-04-12","citizenship":"martian"}}`, 400, []string{"person.citizenship"}},
		{"born after the date", "POST", "/v1/eligibility", js, `{"date":"2026-03-10","person":{"birth_date":"2026-04-12","citizenship":"rf"}}`, 400, []string{"person:"}},
		{"bad document kind", "POST", "/v1/eligibility", js, `{"date":"2026-03-10","person":{"birth_date":"1985-04-12","citizenship":"rf"},"documents":[{"kind":"library-card"}]}`, 400, []string{"documents[0].kind"}},
		{"beyond the calendar", "POST", "/v1/deadline", js, `{"date":"2027-12-15","region":"77","period":{"n":1,"unit":"months"}}`, 400, []string{"calendar"}},
		{"event and period", "POST", "/v1/deadline", js, `{"date":"2026-10-06","region":"77","event":"relocation","period":{"n":1,"unit":"months"}}`, 400, []string{"one of event, period or wait"}},
		{"bad unit", "POST", "/v1/deadline", js, `{"date":"2026-10-06","region":"77","period":{"n":1,"unit":"fortnights"}}`, 400, []string{"period.unit"}},
		{"huge n", "POST", "/v1/deadline", js, `{"date":"2026-10-06","region":"77","period":{"n":2000000000,"unit":"years"}}`, 400, []string{"period.n"}},
		{"not JSON", "POST", "/v1/coverage", "text/plain", `code=K02`, 415, []string{"want application/json"}},
		{"no Content-Type", "POST", "/v1/coverage", "", `{"code":"K02","date":"2026-03-01"}`, 415, []string{"want application/json"}},
		{"health", "GET", "/healthz", "", ``, 200, []string{`"status": "ok"`, `"database": "sqlite"`}},
		{"health by POST", "POST", "/healthz", "", ``, 405, []string{"use GET"}},
		{"wrong method", "GET", "/v1/coverage", "", ``, 405, []string{"use POST"}},
		{"unknown path", "GET", "/v2/anything", "", ``, 404, []string{"no such endpoint"}},
		{"index", "GET", "/", "", ``, 200, []string{"POST /v1/eligibility", "POST /v1/switch", "POST /v1/clinic-choice", "POST /v1/clinic-history", "GET /healthz"}},
	}
}

func TestEndpoints(t *testing.T) {
	h := newTestHandler(t)
	cases := append(answerCases(), badRequestCases()...)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := do(h, c.method, c.path, c.ctype, c.body)
			if rec.Code != c.status {
				t.Errorf("status %d, want %d: %s", rec.Code, c.status, rec.Body)
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type %q", ct)
			}
			if !json.Valid(rec.Body.Bytes()) {
				t.Errorf("not JSON: %s", rec.Body)
			}
			for _, w := range c.want {
				if !strings.Contains(rec.Body.String(), w) {
					t.Errorf("body lacks %q:\n%s", w, rec.Body)
				}
			}
			if c.status == 405 && rec.Header().Get("Allow") == "" {
				t.Error("405 without Allow")
			}
		})
	}
}

func TestBodyLimit(t *testing.T) {
	h := newTestHandler(t)
	body := `{"code":"K02","date":"2026-03-01","region":"` + strings.Repeat("7", 70<<10) + `"}`
	rec := do(h, "POST", "/v1/coverage", "application/json", body)
	if rec.Code != http.StatusRequestEntityTooLarge || !strings.Contains(rec.Body.String(), "larger than 65536 bytes") {
		t.Errorf("status %d: %s", rec.Code, rec.Body)
	}
}

// TestConcurrent sends requests from many goroutines at once (run with
// -race): the service holds only immutable values.
func TestConcurrent(t *testing.T) {
	h := newTestHandler(t)
	bodies := []struct{ path, body string }{
		{"/v1/switch", `{"enp":"1600000000000028","date":"2026-06-15","insurer":"S-05","region":"16","reason":"relocation","birth_date":"1983-03-21"}`},
		{"/v1/deadline", `{"date":"2026-10-06","region":"16","event":"relocation"}`},
		{"/v1/coverage", `{"code":"A15.0","date":"2021-06-01","region":"78"}`},
		{"/v1/eligibility", `{"date":"2026-03-10","person":{"birth_date":"1985-04-12","citizenship":"rf"}}`},
	}
	var wg sync.WaitGroup
	for i := range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b := bodies[i%len(bodies)]
			if rec := do(h, "POST", b.path, "application/json", b.body); rec.Code != 200 {
				t.Errorf("%s: %d %s", b.path, rec.Code, rec.Body)
			}
		}()
	}
	wg.Wait()
}

// TestDemo runs the program on its bundled sample requests, in-process.
func TestDemo(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"-demo"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, w := range []string{
		"### 01-eligibility-citizen.json", "← 200 OK", "smo.switch.annual-limit", "program.territorial.addition",
		`"last_day": "2026-11-09"`, "← 400 Bad Request", "← 405 Method Not Allowed",
		"program.access.clinic.annual-limit", "← 409 Conflict", `"resourceType":"OperationOutcome"`,
	} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("demo output lacks %q", w)
		}
	}
}

func TestFlags(t *testing.T) {
	db := filepath.Join(t.TempDir(), "flags.db") // never ./portal.db
	for _, args := range [][]string{
		{"-max-body", "0"}, {"-registry", "/nonexistent.csv"}, {"-territorial", "/nonexistent.json"},
		{"extra"}, {"-addr", "256.0.0.1:1", "-db", db}, {"-nope"}, {"-load", "-1"}, {"-load", "10", "-load-clients", "0"},
	} {
		var out, errb bytes.Buffer
		if code := run(args, &out, &errb); code != 2 {
			t.Errorf("%q: exit %d, want 2 (%s)", args, code, errb.String())
		}
	}
	var out, errb bytes.Buffer
	if code := run([]string{"-db", "/nonexistent/dir/portal.db", "-addr", "127.0.0.1:0"}, &out, &errb); code != 1 || !strings.Contains(errb.String(), "database:") {
		t.Errorf("a database that cannot be opened: exit %d, want 1 (%s)", code, errb.String())
	}
}

// pipeListener is a net.Listener without a port: Accept waits until Close.
type pipeListener struct {
	once   sync.Once
	closed chan struct{}
}

func (l *pipeListener) Accept() (net.Conn, error) { <-l.closed; return nil, net.ErrClosed }
func (l *pipeListener) Close() error              { l.once.Do(func() { close(l.closed) }); return nil }
func (l *pipeListener) Addr() net.Addr            { return &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1)} }

// TestGracefulShutdown checks that serve returns 0 once its context ends
// (as on SIGINT), without opening a port.
func TestGracefulShutdown(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	srv := &http.Server{Handler: newTestHandler(t)}
	done := make(chan int, 1)
	go func() {
		done <- serve(ctx, srv, &pipeListener{closed: make(chan struct{})}, log.New(io.Discard, "", 0))
	}()
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve returned %d, want 0", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not return after its context ended")
	}
}

// FuzzEndpoints sends arbitrary bodies to every endpoint: the answer is
// never a 500 and always JSON.
func FuzzEndpoints(f *testing.F) {
	for _, s := range []string{
		`{"date":"2026-03-10","person":{"birth_date":"1985-04-12","citizenship":"rf"}}`,
		`{"date":"2026-10-06","region":"16","event":"relocation"}`,
		`{"code":"A15.0","date":"2021-06-01","region":"78"}`,
		`{"enp":"1600000000000028","date":"2026-06-15","insurer":"S-05","region":"16","reason":"relocation","birth_date":"1983-03-21"}`,
		`{"enp":"1600000000000028"}`,
		`{"enp":"1600000000000028","region":"77","date":"2026-02-02","subject":"doctor","clinic":"A","doctor":"X","doctor_kind":"therapist","answered":"2026-02-03","as_of":"2026-02-05","refusal":{"ground":"other"}}`,
		`{"date":"00000-00","region":"16","period":{"n":-1,"unit":"days"}}`,
		`[]`, `null`, `"x"`,
	} {
		f.Add(s)
	}
	h := newTestHandler(f)
	f.Fuzz(func(t *testing.T, body string) {
		for _, p := range []string{"/v1/eligibility", "/v1/switch", "/v1/history", "/v1/coverage", "/v1/deadline", "/v1/clinic-choice", "/v1/clinic-history"} {
			rec := do(h, "POST", p, "application/json", body)
			if rec.Code >= 500 || !json.Valid(rec.Body.Bytes()) {
				t.Fatalf("%s %q: %d %s", p, body, rec.Code, rec.Body)
			}
		}
	})
}

// TestLoadRuns runs the load test briefly: every request of the mix
// answers 200 and the table is printed. It measures nothing; run
// `go run ./examples/portal -load 4000` for the figures.
func TestLoadRuns(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"-load", "80", "-load-clients", "2", "-db", filepath.Join(t.TempDir(), "load.db")}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s%s", code, out.String(), errb.String())
	}
	for _, w := range []string{"80 requests from 2 clients", "req/s", "p99", "/v1/switch", "/v1/history", "/healthz", "/v1/eligibility", "/v1/coverage", "/v1/deadline", "/v1/clinic-choice", "/v1/clinic-history"} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("load test output lacks %q:\n%s", w, out.String())
		}
	}
}

// TestAccessLogHoldsNoPersonalData sends requests that carry an ЕНП, a
// СНИЛС and a name in the body, the query and the path: the access log
// has a line for each, with the route, and none of them.
func TestAccessLogHoldsNoPersonalData(t *testing.T) {
	var buf bytes.Buffer
	h := newTestServer(t, filepath.Join(t.TempDir(), "portal.db"), &buf).handler()
	const enp, snils, name = "7700000000000016", "11223344595", "Иванов"
	requests := []struct{ method, target, body string }{
		{"POST", "/v1/switch?enp=" + enp + "&name=" + name, `{"enp":"` + enp + `","date":"2026-03-02","insurer":"S-01","region":"77","reason":"first_choice","birth_date":"1990-01-17"}`},
		{"POST", "/v1/history", `{"enp":"` + enp + `"}`},
		{"POST", "/v1/clinic-choice", `{"enp":"` + enp + `","region":"77","date":"2026-03-02","subject":"doctor","clinic":"` + name + `","doctor":"` + name + `","doctor_kind":"therapist"}`},
		{"POST", "/v1/clinic-history", `{"enp":"` + enp + `"}`},
		{"POST", "/v1/eligibility", `{"date":"2026-03-10","person":{"birth_date":"1985-04-12","citizenship":"rf"},"documents":[{"kind":"snils","number":"` + snils + `"}]}`},
		{"GET", "/v1/person/" + enp + "/" + snils, ``},
		{"POST", "/v1/coverage", `{"code":"K02","date":"2026-03-01","name":"` + name + `"}`},
	}
	for _, r := range requests {
		do(h, r.method, r.target, "application/json", r.body)
	}
	logged := buf.String()
	for _, secret := range []string{enp, snils, name, "Ivanov"} {
		if strings.Contains(logged, secret) {
			t.Errorf("the log holds %q:\n%s", secret, logged)
		}
	}
	for _, w := range []string{
		"access method=POST route=/v1/switch status=200", "route=/v1/history status=200",
		"route=/v1/clinic-choice status=200", "route=/v1/clinic-history status=200",
		"route=/v1/eligibility status=200", "method=GET route=- status=404", "route=/v1/coverage status=400",
	} {
		if !strings.Contains(logged, w) {
			t.Errorf("the log lacks %q:\n%s", w, logged)
		}
	}
	if n := strings.Count(logged, "access "); n != len(requests) {
		t.Errorf("%d access lines for %d requests:\n%s", n, len(requests), logged)
	}
}
