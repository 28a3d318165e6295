package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// postgresEnv names the variable that gives the tests a PostgreSQL
// database (.ci/run sets it); without it the PostgreSQL cases are skipped.
const postgresEnv = "OMS_TEST_POSTGRES_DSN"

// childEnv, when set, makes the test binary run the portal with the
// arguments it holds (separated by newlines) instead of the tests: the
// crash test starts the service as a process of its own this way.
const childEnv = "OMS_PORTAL_TEST_CHILD_ARGS"

func TestMain(m *testing.M) {
	if args, ok := os.LookupEnv(childEnv); ok {
		os.Exit(run(strings.Split(args, "\n"), os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// forEachDatabase runs test on a fresh SQLite file, and on PostgreSQL
// when postgresEnv names one.
func forEachDatabase(t *testing.T, test func(t *testing.T, dsn string)) {
	t.Run("sqlite", func(t *testing.T) { test(t, filepath.Join(t.TempDir(), "portal.db")) })
	t.Run("postgres", func(t *testing.T) {
		dsn := os.Getenv(postgresEnv)
		if dsn == "" {
			t.Skipf("no PostgreSQL server: set %s to a postgres:// URL (.ci/run starts one) to run this case", postgresEnv)
		}
		test(t, dsn)
	})
}

// randomENP returns a fictitious 16-digit ЕНП, different on every run so
// that runs on one PostgreSQL database do not see each other's people.
func randomENP() string { return fmt.Sprintf("9%015d", rand.Uint64N(1e15)) }

// wideRegistry writes a registry of n fictitious insurers T-00… in Moscow
// (77) and returns the file: enough for n applications to n different
// insurers, which smo checks as n different replacements.
func wideRegistry(t testing.TB, n int) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("number,name,short_name,scope,region,entered,left\n")
	for i := range n {
		fmt.Fprintf(&b, "T-%02d,Тестовая СМО %d (пример),Тест-%d,regional,77,2011-01-01,\n", i, i, i)
	}
	file := filepath.Join(t.TempDir(), "registry.csv")
	if err := os.WriteFile(file, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	return file
}

type switchAnswer struct {
	Recorded bool `json:"recorded"`
	Decision struct {
		OK       bool `json:"ok"`
		Findings []struct {
			Code string `json:"code"`
		} `json:"findings"`
	} `json:"decision"`
}

func (a switchAnswer) has(code string) bool {
	for _, f := range a.Decision.Findings {
		if f.Code == code {
			return true
		}
	}
	return false
}

// post sends a JSON body to the service at base and decodes the answer
// into out; a status other than 200 is an error.
func post(c *http.Client, base, path, body string, out any) error {
	resp, err := c.Post(base+path, "application/json", strings.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: %d %s", path, resp.StatusCode, data)
	}
	return json.Unmarshal(data, out)
}

func switchBody(enp, day, insurer, reason string) string {
	return fmt.Sprintf(`{"enp":%q,"date":%q,"insurer":%q,"region":"77","reason":%q,"birth_date":"1980-05-05"}`, enp, day, insurer, reason)
}

func historyOfPerson(t *testing.T, c *http.Client, base, enp string) []EntryJSON {
	t.Helper()
	var h HistoryResponse
	if err := post(c, base, "/v1/history", fmt.Sprintf(`{"enp":%q}`, enp), &h); err != nil {
		t.Fatal(err)
	}
	return h.Entries
}

// TestConcurrentSwitchesOnePasses fires voluntary switches of one person
// in one year, to different insurers, all at once: the yearly limit
// (326-ФЗ ст. 16 ч. 1 п. 3) lets exactly one through, and every other
// request answers with the annual-limit finding. Without the check and
// the record in one transaction several would pass.
func TestConcurrentSwitchesOnePasses(t *testing.T) {
	const n = 16
	forEachDatabase(t, func(t *testing.T, dsn string) {
		reg, err := loadRegistry(wideRegistry(t, n+1))
		if err != nil {
			t.Fatal(err)
		}
		terr, _ := loadTerritorial(nil)
		st := newTestServer(t, dsn, io.Discard).store
		srv := httptest.NewServer(newServer(reg, terr, st, 64<<10, discardLog()).handler())
		defer srv.Close()
		c := srv.Client()
		enp := randomENP()
		var first switchAnswer
		if err := post(c, srv.URL, "/v1/switch", switchBody(enp, "2020-01-10", "T-00", "first-choice"), &first); err != nil || !first.Recorded {
			t.Fatalf("first choice: %v %+v", err, first)
		}

		start := make(chan struct{})
		answers := make([]switchAnswer, n)
		var wg sync.WaitGroup
		for i := range n {
			wg.Go(func() {
				<-start
				body := switchBody(enp, "2026-03-02", fmt.Sprintf("T-%02d", i+1), "voluntary")
				if err := post(c, srv.URL, "/v1/switch", body, &answers[i]); err != nil {
					t.Error(err)
				}
			})
		}
		close(start)
		wg.Wait()

		recorded := 0
		for i, a := range answers {
			switch {
			case a.Recorded:
				recorded++
				if !a.Decision.OK || !a.has("smo.switch.annual-limit-ok") {
					t.Errorf("request %d recorded without passing the check: %+v", i, a)
				}
			case !a.has("smo.switch.annual-limit") || a.Decision.OK:
				t.Errorf("request %d neither recorded nor refused under the yearly limit: %+v", i, a)
			}
		}
		if recorded != 1 {
			t.Errorf("%d of %d concurrent voluntary switches recorded, want exactly 1", recorded, n)
		}
		if h := historyOfPerson(t, c, srv.URL, enp); len(h) != 2 {
			t.Errorf("history has %d entries, want the first choice and one switch: %+v", len(h), h)
		}
	})
}

// A child is the portal running as a process of its own.
type child struct {
	cmd  *exec.Cmd
	base string        // http://127.0.0.1:port
	log  *bytes.Buffer // its standard error, once it has exited
	done chan struct{} // closed when its standard error is drained
}

// startChild runs the portal from the test binary on a free loopback port
// and waits until it listens.
func startChild(t *testing.T, args ...string) *child {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+strings.Join(append([]string{"-addr", "127.0.0.1:0"}, args...), "\n"))
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &child{cmd: cmd, log: &bytes.Buffer{}, done: make(chan struct{})}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	addr := make(chan string, 1)
	listening := regexp.MustCompile(`listening on (http://127\.0\.0\.1:\d+)`)
	go func() {
		defer close(c.done)
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if m := listening.FindStringSubmatch(sc.Text()); m != nil {
				addr <- m[1]
			}
			c.log.WriteString(sc.Text() + "\n")
		}
	}()
	select {
	case c.base = <-addr:
	case <-c.done:
		cmd.Wait()
		t.Fatalf("the portal exited before listening:\n%s", c.log)
	case <-time.After(30 * time.Second):
		t.Fatal("the portal did not start listening in 30 s")
	}
	return c
}

// TestCrashKeepsAcceptedSwitches starts the service as a process, has
// clients record first choices for many people while it runs, kills it
// with SIGKILL in mid-stream, restarts it on the same database and finds
// every choice it had answered "recorded" for. The access log it wrote
// holds none of the ЕНП.
func TestCrashKeepsAcceptedSwitches(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the service as a process")
	}
	forEachDatabase(t, func(t *testing.T, dsn string) {
		registry := wideRegistry(t, 4)
		first := startChild(t, "-db", dsn, "-registry", registry)
		client := &http.Client{Timeout: 10 * time.Second}

		var mu sync.Mutex
		var accepted []string
		var count atomic.Int32
		stop := make(chan struct{})
		var wg sync.WaitGroup
		for range 4 {
			wg.Go(func() {
				for {
					select {
					case <-stop:
						return
					default:
					}
					enp := randomENP()
					var a switchAnswer
					if err := post(client, first.base, "/v1/switch", switchBody(enp, "2026-03-02", "T-01", "first-choice"), &a); err != nil {
						return // the service was killed
					}
					if a.Recorded {
						mu.Lock()
						accepted = append(accepted, enp)
						mu.Unlock()
						count.Add(1)
					}
				}
			})
		}
		for count.Load() < 40 {
			time.Sleep(5 * time.Millisecond)
		}
		if err := first.cmd.Process.Kill(); err != nil { // SIGKILL: no shutdown, no flush
			t.Fatal(err)
		}
		close(stop)
		wg.Wait()
		first.cmd.Wait()
		<-first.done

		second := startChild(t, "-db", dsn, "-registry", registry)
		for _, enp := range accepted {
			h := historyOfPerson(t, client, second.base, enp)
			if len(h) != 1 || h[0].Insurer != "T-01" || h[0].Date != "2026-03-02" {
				t.Errorf("an accepted choice is lost or changed after the crash: %+v", h)
			}
			if strings.Contains(first.log.String(), enp) {
				t.Errorf("the access log holds an ЕНП")
			}
		}
		if !strings.Contains(first.log.String(), "access method=POST route=/v1/switch status=200") {
			t.Errorf("no access log line for /v1/switch:\n%.2000s", first.log)
		}
		t.Logf("%d choices accepted before SIGKILL, all found after the restart", len(accepted))
	})
}

func discardLog() *log.Logger { return log.New(io.Discard, "", 0) }

// TestDecideIsAtomic has many goroutines each record a choice of a known
// person only if the history holds just the first one, taking their time
// to decide: the store must let exactly one through. The pause widens the
// window between reading the history and writing, through which a store
// that does not serialise one person's decisions would let others pass.
// (The person exists beforehand: for a new one, PostgreSQL's unique index
// on the person would serialise the inserts even without the row lock.)
func TestDecideIsAtomic(t *testing.T) {
	forEachDatabase(t, func(t *testing.T, dsn string) {
		st := newTestServer(t, dsn, io.Discard).store
		enp := randomENP()
		first := choice{Day: "2020-01-10", Insurer: "T-00", Region: 77, Reason: "first-choice"}
		if ok, err := st.Decide(t.Context(), enp, func([]choice) (choice, bool, error) { return first, true, nil }); !ok || err != nil {
			t.Fatalf("first choice: %v %v", ok, err)
		}
		var recorded atomic.Int32
		var wg sync.WaitGroup
		for i := range 8 {
			wg.Go(func() {
				ok, err := st.Decide(t.Context(), enp, func(h []choice) (choice, bool, error) {
					time.Sleep(10 * time.Millisecond)
					return choice{Day: "2026-03-02", Insurer: fmt.Sprintf("T-%02d", i+1), Region: 77, Reason: "voluntary"}, len(h) == 1, nil
				})
				if err != nil {
					t.Error(err)
				}
				if ok {
					recorded.Add(1)
				}
			})
		}
		wg.Wait()
		if n := recorded.Load(); n != 1 {
			t.Errorf("%d decisions recorded on a one-entry history, want 1", n)
		}
		if h, err := st.History(t.Context(), enp); err != nil || len(h) != 2 {
			t.Errorf("history %+v, %v; want two entries", h, err)
		}
	})
}

// TestLibraryImportsNoDriver checks that the database drivers are the
// examples' alone: no package of the library depends on them.
func TestLibraryImportsNoDriver(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	out, err := exec.Command(goBin, "list", "-f", `{{.ImportPath}} {{join .Deps " "}}`, "github.com/omsrules/oms/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	checked := 0
	for line := range strings.Lines(string(out)) {
		pkg, deps, _ := strings.Cut(strings.TrimSpace(line), " ")
		if strings.Contains(pkg, "/examples/") {
			continue
		}
		checked++
		for dep := range strings.FieldsSeq(deps) {
			if strings.HasPrefix(dep, "modernc.org/") || strings.HasPrefix(dep, "github.com/jackc/") {
				t.Errorf("library package %s depends on %s", pkg, dep)
			}
		}
	}
	if checked == 0 {
		t.Fatal("go list named no library package")
	}
}
