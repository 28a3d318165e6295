package main

import (
	"bytes"
	"cmp"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/signal"
	"path"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/omsrules/oms/program"
	"github.com/omsrules/oms/smo"
)

//go:embed testdata/registry.csv testdata/territorial-78-2021.json testdata/requests/*.json
var testdata embed.FS

// listFlag collects a repeated flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

func run(args []string, stdout, stderr io.Writer) int {
	fset := flag.NewFlagSet("portal", flag.ContinueOnError)
	fset.SetOutput(stderr)
	addr := fset.String("addr", "127.0.0.1:8080", "address to listen on")
	registryFile := fset.String("registry", "", "insurer registry, CSV or JSON in the smo package's format (default: the bundled sample of fictitious insurers)")
	var terrFiles listFlag
	fset.Var(&terrFiles, "territorial", "territorial programme JSON (program.LoadTerritorial); repeatable (default: the bundled St Petersburg 2021)")
	maxBody := fset.Int64("max-body", 64<<10, "largest request body in bytes")
	dbName := fset.String("db", "portal.db", "the database of the histories of choices: a SQLite file (created if missing), or a PostgreSQL URL postgres://user:pass@host/dbname")
	load := fset.Int("load", 0, "load test: serve on a loopback port in-process, send this many mixed requests to every endpoint, print req/s, p50 and p99, and exit (a fresh SQLite file unless -db is given)")
	loadClients := fset.Int("load-clients", 4, "concurrent clients of the load test")
	demo := fset.Bool("demo", false, "answer the bundled sample requests in-process with a fresh in-memory database, print them, and exit (no network, no file)")
	if err := fset.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	usage := func(f string, a ...any) int {
		fmt.Fprintf(stderr, "portal: "+f+"\n", a...)
		return 2
	}
	if fset.NArg() > 0 {
		return usage("unexpected arguments %q", fset.Args())
	}
	if *maxBody < 1 {
		return usage("-max-body %d: want a positive number of bytes", *maxBody)
	}
	reg, err := loadRegistry(*registryFile)
	if err != nil {
		return usage("registry: %v", err)
	}
	terr, err := loadTerritorial(terrFiles)
	if err != nil {
		return usage("%v", err)
	}
	if *load < 0 || *loadClients < 1 {
		return usage("-load %d -load-clients %d: want a number of requests and at least one client", *load, *loadClients)
	}
	dbGiven := false
	fset.Visit(func(f *flag.Flag) { dbGiven = dbGiven || f.Name == "db" })
	if *demo {
		*dbName = ":memory:"
	} else if *load > 0 && !dbGiven {
		dir, err := os.MkdirTemp("", "portal-load-")
		if err != nil {
			return usage("%v", err)
		}
		defer os.RemoveAll(dir)
		*dbName = filepath.Join(dir, "portal.db")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	st, err := openStoreWithin(ctx, *dbName, 30*time.Second)
	if err != nil {
		fmt.Fprintf(stderr, "portal: database: %v\n", err)
		return 1
	}
	defer st.Close()
	ln, err := listen(*addr, *demo || *load > 0)
	if err != nil {
		return usage("%v", err)
	}
	logger := log.New(stderr, "portal: ", log.LstdFlags)
	s := newServer(reg, terr, st, *maxBody, logger)
	if *demo {
		return runDemo(s.handler(), stdout, stderr)
	}
	if *load > 0 {
		return runLoadTest(s, *load, *loadClients, stdout, stderr)
	}
	srv := &http.Server{
		Handler: s.handler(), ErrorLog: logger, MaxHeaderBytes: 16 << 10,
		ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 15 * time.Second,
		WriteTimeout: 15 * time.Second, IdleTimeout: 60 * time.Second,
	}
	return serve(ctx, srv, ln, logger)
}

// openStoreWithin is openStore with a time limit: a database that does
// not answer is an error at start, not a hang.
func openStoreWithin(ctx context.Context, dsn string, limit time.Duration) (*store, error) {
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	return openStore(ctx, dsn)
}

// listen opens the service's port (a port in use is a usage error); none
// when the run is in-process.
func listen(addr string, inProcess bool) (net.Listener, error) {
	if inProcess {
		return nil, nil
	}
	return net.Listen("tcp", addr)
}

// serve serves on ln until ctx is done, then shuts down gracefully: no new
// connections, the requests in flight finished (within 10 s).
func serve(ctx context.Context, srv *http.Server, ln net.Listener, logger *log.Logger) int {
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	logger.Printf("listening on http://%s", ln.Addr())
	select {
	case err := <-errc:
		logger.Printf("serve: %v", err)
		return 1
	case <-ctx.Done():
	}
	logger.Printf("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		logger.Printf("shutdown: %v", err)
		return 1
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		logger.Printf("serve: %v", err)
		return 1
	}
	return 0
}

func loadRegistry(file string) (*smo.Registry, error) {
	if file == "" {
		data, err := testdata.ReadFile("testdata/registry.csv")
		if err != nil {
			return nil, err
		}
		return smo.LoadCSV(bytes.NewReader(data))
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if strings.EqualFold(path.Ext(file), ".json") {
		return smo.LoadJSON(f)
	}
	return smo.LoadCSV(f)
}

func loadTerritorial(files []string) ([]*program.Territorial, error) {
	var out []*program.Territorial
	if len(files) == 0 {
		data, err := testdata.ReadFile("testdata/territorial-78-2021.json")
		if err != nil {
			return nil, err
		}
		t, err := program.LoadTerritorial(data)
		if err != nil {
			return nil, fmt.Errorf("bundled territorial programme: %w", err)
		}
		return []*program.Territorial{t}, nil
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		t, err := program.LoadTerritorial(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		out = append(out, t)
	}
	return out, nil
}

// A sample request of testdata/requests: what to send and the status to
// expect. The samples run in the order of their names, against one
// database, so a later one sees what an earlier one recorded.
type sample struct {
	Note   string          `json:"note"`
	Method string          `json:"method"`
	Path   string          `json:"path"`
	Body   json.RawMessage `json:"body"`
	Expect int             `json:"expect"`
	// ContentType is sent with the body; default application/json.
	ContentType string `json:"content_type"`
	// Accept, if given, is sent as the Accept header.
	Accept string `json:"accept"`
}

// runDemo sends each sample request to h in-process and prints the
// exchange; it fails when a status is not the one the sample expects.
func runDemo(h http.Handler, stdout, stderr io.Writer) int {
	names, err := fs.Glob(testdata, "testdata/requests/*.json")
	if err != nil || len(names) == 0 {
		fmt.Fprintf(stderr, "portal: no sample requests: %v\n", err)
		return 1
	}
	failed := 0
	for _, name := range names {
		data, err := testdata.ReadFile(name)
		if err != nil {
			fmt.Fprintf(stderr, "portal: %v\n", err)
			return 1
		}
		var smp sample
		if err := json.Unmarshal(data, &smp); err != nil {
			fmt.Fprintf(stderr, "portal: %s: %v\n", name, err)
			return 1
		}
		req := httptest.NewRequest(smp.Method, smp.Path, bytes.NewReader(smp.Body))
		if len(smp.Body) > 0 {
			req.Header.Set("Content-Type", cmp.Or(smp.ContentType, "application/json"))
		}
		if smp.Accept != "" {
			req.Header.Set("Accept", smp.Accept)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		fmt.Fprintf(stdout, "### %s — %s\n→ %s %s\n", path.Base(name), smp.Note, smp.Method, smp.Path)
		if len(smp.Body) > 0 {
			var b bytes.Buffer
			json.Indent(&b, smp.Body, "", "  ")
			fmt.Fprintf(stdout, "%s\n", b.Bytes())
		}
		fmt.Fprintf(stdout, "← %d %s\n%s\n", rec.Code, http.StatusText(rec.Code), rec.Body.Bytes())
		if rec.Code != smp.Expect {
			fmt.Fprintf(stderr, "portal: %s: status %d, the sample expects %d\n", name, rec.Code, smp.Expect)
			failed++
		}
	}
	if failed > 0 {
		return 1
	}
	return 0
}
