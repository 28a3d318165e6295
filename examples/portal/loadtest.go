package main

import (
	"context"
	"fmt"
	"io"
	"log"
	"math/rand/v2"
	"net"
	"net/http"
	"slices"
	"strings"
	"sync"
	"text/tabwriter"
	"time"
)

// The load test (-load N): the service on a loopback port of its own, in
// this process, and a few clients sending N requests in all over HTTP,
// a mix of every endpoint; it prints the requests per second and the
// median and 99th-percentile latency, overall and per endpoint. It is a
// measurement to read, not a test with a threshold.

// runLoadTest runs the load test on s and prints the figures; it fails if
// any request failed.
func runLoadTest(s *server, n, clients int, stdout, stderr io.Writer) int {
	// The access log is discarded during the run: the figures are the
	// service's, not the terminal's.
	s.log = log.New(io.Discard, "", 0)
	res, err := runLoad(s.handler(), n, clients)
	if err != nil {
		fmt.Fprintf(stderr, "portal: load test: %v\n", err)
		return 1
	}
	res.print(stdout, clients, s.store.dialect.name)
	if len(res.errors) > 0 {
		return 1
	}
	return 0
}

// A loadRequest is one request of the mix.
type loadRequest struct {
	route, method, body string
}

// loadMix returns the k-th request of the mix sent by a client: each
// round of ten is every endpoint once, with a person's first choice of
// insurer, a voluntary switch of the same person and the read of their
// history, and the same person's choice of clinic and the read of that
// history, so that five in ten read or write the database, and the
// health check pings it. The run's nonce keeps the people of two runs on
// one database apart.
func loadMix(nonce, client, k int) loadRequest {
	round := k / 10
	enp := fmt.Sprintf("8%04d%02d%09d", nonce, client%100, round)
	switchTo := func(day, insurer, reason string) string {
		return fmt.Sprintf(`{"enp":%q,"date":%q,"insurer":%q,"region":"77","reason":%q,"birth_date":"1985-04-12"}`, enp, day, insurer, reason)
	}
	switch k % 10 {
	case 0:
		return loadRequest{"/v1/switch", "POST", switchTo("2024-05-06", "S-01", "first_choice")}
	case 1:
		return loadRequest{"/v1/eligibility", "POST", `{"date":"2026-03-10","person":{"birth_date":"1985-04-12","citizenship":"rf"},"documents":[{"kind":"russian_passport","number":"4506 123456"},{"kind":"snils","number":"11223344595"}]}`}
	case 2:
		return loadRequest{"/v1/switch", "POST", switchTo("2026-02-03", "S-04", "voluntary")}
	case 3:
		return loadRequest{"/v1/coverage", "POST", `{"code":"A15.0","date":"2021-06-01","region":"78"}`}
	case 4:
		return loadRequest{"/v1/history", "POST", fmt.Sprintf(`{"enp":%q}`, enp)}
	case 5:
		return loadRequest{"/v1/deadline", "POST", `{"date":"2026-10-06","region":"16","event":"relocation"}`}
	case 6:
		return loadRequest{"/v1/deadline", "POST", `{"date":"2026-03-10","time":"09:30","region":"14","wait":"specialist"}`}
	case 7:
		return loadRequest{"/v1/clinic-choice", "POST", fmt.Sprintf(`{"enp":%q,"region":"77","date":"2026-02-02","subject":"clinic","clinic":"МО-0101","channel":"gosuslugi"}`, enp)}
	case 8:
		return loadRequest{"/v1/clinic-history", "POST", fmt.Sprintf(`{"enp":%q}`, enp)}
	default:
		return loadRequest{"/healthz", "GET", ""}
	}
}

// loadResult is what the load test measured.
type loadResult struct {
	total   time.Duration
	byRoute map[string][]time.Duration
	errors  []string
}

// runLoad serves h on a loopback port and sends it n requests from the
// given number of clients.
func runLoad(h http.Handler, n, clients int) (loadResult, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return loadResult{}, err
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	defer srv.Shutdown(context.Background())
	base := "http://" + ln.Addr().String()
	tr := &http.Transport{MaxIdleConnsPerHost: clients}
	defer tr.CloseIdleConnections()
	hc := &http.Client{Transport: tr, Timeout: 30 * time.Second}

	type sample struct {
		route string
		d     time.Duration
		err   string
	}
	nonce := rand.IntN(10000)
	samples := make([][]sample, clients)
	var wg sync.WaitGroup
	start := time.Now()
	for c := range clients {
		wg.Go(func() {
			for k := range n / clients {
				r := loadMix(nonce, c, k)
				t0 := time.Now()
				msg := loadOne(hc, base, r)
				samples[c] = append(samples[c], sample{r.route, time.Since(t0), msg})
			}
		})
	}
	wg.Wait()
	res := loadResult{total: time.Since(start), byRoute: map[string][]time.Duration{}}
	for _, ss := range samples {
		for _, s := range ss {
			res.byRoute[s.route] = append(res.byRoute[s.route], s.d)
			if s.err != "" {
				res.errors = append(res.errors, s.route+": "+s.err)
			}
		}
	}
	return res, nil
}

// loadOne sends one request and reads the answer; anything but a 200 is
// an error of the run.
func loadOne(hc *http.Client, base string, r loadRequest) string {
	req, err := http.NewRequest(r.method, base+r.route, strings.NewReader(r.body))
	if err != nil {
		return err.Error()
	}
	if r.body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := hc.Do(req)
	if err != nil {
		return err.Error()
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		return fmt.Sprintf("%d %s", resp.StatusCode, body)
	}
	return ""
}

// percentile returns the p-th percentile of sorted durations (nearest
// rank).
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(float64(len(sorted))*p/100+0.5) - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}

// print writes the figures as a table.
func (r loadResult) print(w io.Writer, clients int, db string) {
	var all []time.Duration
	routes := make([]string, 0, len(r.byRoute))
	for route, ds := range r.byRoute {
		routes = append(routes, route)
		all = append(all, ds...)
	}
	slices.Sort(routes)
	fmt.Fprintf(w, "load test: %d requests from %d clients over loopback HTTP in %s, database %s\n",
		len(all), clients, r.total.Round(time.Millisecond), db)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "endpoint\trequests\treq/s\tp50\tp99\t")
	row := func(name string, ds []time.Duration, rate float64) {
		slices.Sort(ds)
		fmt.Fprintf(tw, "%s\t%d\t%.0f\t%s\t%s\t\n", name, len(ds), rate,
			percentile(ds, 50).Round(time.Microsecond), percentile(ds, 99).Round(time.Microsecond))
	}
	secs := r.total.Seconds()
	row("all", all, float64(len(all))/secs)
	for _, route := range routes {
		// An endpoint's rate is its share of the mixed run, not its rate alone.
		row(route, r.byRoute[route], float64(len(r.byRoute[route]))/secs)
	}
	tw.Flush()
	if len(r.errors) > 0 {
		fmt.Fprintf(w, "%d requests failed; the first: %s\n", len(r.errors), r.errors[0])
	}
}
