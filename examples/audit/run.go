package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/smo"
	"github.com/rickb777/date"
)

// Exit statuses; see the package documentation.
const (
	exitOK        = 0 // the input was read whole: every row checked or reported malformed
	exitNotWhole  = 1 // the input could not be read to its end, or the report not written
	exitUsage     = 2 // bad flags, a file that cannot be opened, a bad registry
	exitMalformed = 3 // -strict: the input was read whole but some rows are malformed
)

// options are the settings of one run.
type options struct {
	format  string // "text" or "json"
	asOf    date.Date
	workers int
	strict  bool
	// verbose writes the passing applications of the text report in full.
	verbose bool
	// progress shows the progress on stderr even when it is not a terminal.
	progress bool
	// failuresOnly leaves the passing applications out of the report.
	failuresOnly bool
	registry     *smo.Registry
	registryName string
	// citations is how the JSON report writes citations: "table" (each
	// once, as a {"type":"citation"} line before its first use, findings
	// naming it by key) or "inline" (in full in every finding).
	citations string
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("audit", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "report format: text, or json (JSON Lines: one object per application, then a summary object)")
	inputFormat := fs.String("input-format", "auto", "input format: csv, jsonl, or auto (by the file's extension: .csv; .jsonl, .ndjson, .json)")
	asOfFlag := fs.String("asof", "", "evaluate as of this date, YYYY-MM-DD (default: today in Moscow)")
	registryFile := fs.String("registry", "", "insurer registry, CSV or JSON in the smo package's format (default: the bundled sample registry)")
	workers := fs.Int("workers", 0, "number of workers (default: GOMAXPROCS+1)")
	strict := fs.Bool("strict", false, "exit with status 3 when any row is malformed")
	citations := fs.String("citations", "table", "how the JSON report writes citations: table (each once, as a {\"type\":\"citation\"} line before its first use; findings give its key) or inline (in full in every finding)")
	verbose := fs.Bool("verbose", false, "text report: the passing applications in full too (default: one line each)")
	progress := fs.Bool("progress", false, "show the progress on standard error even when it is not a terminal (it is shown on a terminal)")
	failures := fs.Bool("failures", false, "report only the applications that fail and the malformed rows (the summary still counts all)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: audit [flags] [applications.csv | applications.jsonl | -]\n\n"+
			"Checks each application against the oms library and prints a report.\n"+
			"With no file, audits the bundled sample (testdata/applications.csv).\n\nflags:\n")
		fs.PrintDefaults()
		fmt.Fprintf(stderr, "\nexit status: 0 input read whole (every row checked or reported malformed);\n"+
			"1 input not read whole; 2 usage error; 3 with -strict, some rows malformed\n")
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	usage := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "audit: "+format+"\n", a...)
		return exitUsage
	}
	if fs.NArg() > 1 {
		return usage("one input file at most, got %d", fs.NArg())
	}
	opts := options{format: *format, workers: *workers, strict: *strict, failuresOnly: *failures, citations: *citations,
		verbose: *verbose, progress: *progress}
	if err := opts.complete(*asOfFlag, *registryFile); err != nil {
		return usage("%v", err)
	}
	src, name, closeInput, err := openInput(fs.Args(), *inputFormat)
	if err != nil {
		return usage("%v", err)
	}
	defer closeInput()

	sum, err := audit(context.Background(), src, stdout, stderr, name, opts)
	if err != nil {
		fmt.Fprintf(stderr, "audit: %v\n", err)
		return exitNotWhole
	}
	if !sum.ReadWhole {
		fmt.Fprintf(stderr, "audit: %s was not read whole: %s\n", name, sum.ReadError)
		return exitNotWhole
	}
	if opts.strict && sum.Malformed > 0 {
		fmt.Fprintf(stderr, "audit: %s (-strict)\n", plural(sum.Malformed, "malformed row", "malformed rows"))
		return exitMalformed
	}
	return exitOK
}

// complete checks the options and fills in the audit day and the registry.
func (opts *options) complete(asOf, registryFile string) error {
	if opts.citations != "table" && opts.citations != "inline" {
		return fmt.Errorf("-citations %q: want table or inline", opts.citations)
	}
	if opts.format != "text" && opts.format != "json" {
		return fmt.Errorf("-format %q: want text or json", opts.format)
	}
	if opts.workers < 0 || opts.workers > 1024 {
		return fmt.Errorf("-workers %d: want 0 (GOMAXPROCS+1) to 1024", opts.workers)
	}
	if asOf == "" {
		loc, err := oms.Moscow.Location()
		if err != nil {
			return fmt.Errorf("time zone of Moscow: %v", err)
		}
		opts.asOf = date.TodayIn(loc)
	} else {
		d, err := parseDate(asOf)
		if err != nil {
			return fmt.Errorf("-asof: %v", err)
		}
		opts.asOf = d
	}
	reg, err := loadRegistry(registryFile)
	if err != nil {
		return err
	}
	opts.registry = reg
	opts.registryName = registryFile
	if opts.registryName == "" {
		opts.registryName = "the bundled sample of fictitious insurers"
	}
	return nil
}

// openInput opens the input the arguments name: a file, standard input
// ("-"), or the bundled sample (none); format is csv, jsonl or auto (by
// the file's extension). close closes the file.
func openInput(args []string, format string) (src source, name string, close func(), err error) {
	var in io.Reader
	close = func() {}
	switch {
	case len(args) == 0:
		in, name = bytes.NewReader(sampleCSV), "bundled sample testdata/applications.csv"
	case args[0] == "-":
		in, name = os.Stdin, "standard input"
	default:
		f, err := os.Open(args[0])
		if err != nil {
			return nil, "", nil, err
		}
		in, name, close = f, args[0], func() { f.Close() }
		if format == "auto" {
			switch strings.ToLower(filepath.Ext(name)) {
			case ".csv":
				format = "csv"
			case ".jsonl", ".ndjson", ".json":
				format = "jsonl"
			default:
				f.Close()
				return nil, "", nil, fmt.Errorf("cannot tell the format of %s from its extension: use -input-format csv or jsonl", name)
			}
		}
	}
	switch format {
	case "csv", "auto":
		return newCSVSource(in), name, close, nil
	case "jsonl":
		return newJSONLSource(in), name, close, nil
	}
	close()
	return nil, "", nil, fmt.Errorf("-input-format %q: want csv, jsonl or auto", format)
}

// loadRegistry reads the registry named by the -registry flag, or the
// bundled sample.
func loadRegistry(file string) (*smo.Registry, error) {
	if file == "" {
		return smo.LoadCSV(bytes.NewReader(sampleRegistryCSV))
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if strings.EqualFold(filepath.Ext(file), ".json") {
		return smo.LoadJSON(f)
	}
	return smo.LoadCSV(f)
}

// audit checks every row of src and writes the report to out. The error is
// one of writing the report; a failure to read the input is in the
// summary.
func audit(ctx context.Context, src source, out, stderr io.Writer, name string, opts options) (*summary, error) {
	chk := newChecker(opts.registry, opts.asOf)
	rd := &renderer{json: opts.format == "json", table: newCiteTable(), failuresOnly: opts.failuresOnly, verbose: opts.verbose}
	if rd.json && opts.citations == "inline" {
		rd.table = nil
	}
	p := newPipeline(opts.workers, func() func(row) outcome {
		w, s := rd.worker(), new(scratch)
		return func(r row) outcome { return process(chk, r, w, s) }
	})
	sum := newSummary(name, opts.asOf)
	rep, err := newReport(out, opts, name)
	if err != nil {
		return sum, err
	}
	defer rep.close()
	var writeErr error
	var stop context.CancelFunc
	ctx, stop = context.WithCancel(ctx)
	defer stop()

	stopProgress := startProgress(stderr, &p.done, opts.progress, progressInterval)
	p.run(ctx, src, func(o outcome) {
		sum.add(o)
		if writeErr == nil && o.out != nil {
			if err := writeBlock(rep.body, o.out); err != nil {
				writeErr = err
				stop()
			}
		}
		putBlock(o.out)
	})
	stopProgress()
	sum.finish(src.Err())
	if writeErr != nil {
		return sum, fmt.Errorf("writing the report: %w", writeErr)
	}
	if err := rep.finish(sum); err != nil {
		return sum, fmt.Errorf("writing the report: %w", err)
	}
	return sum, nil
}

// A report is where the blocks go. The JSON report streams to the output
// and ends with the summary. The text report starts with its summary, so
// its blocks wait in a temporary file until the summary is known: memory
// stays flat whatever the input.
type report struct {
	out   *bufio.Writer
	body  *bufio.Writer // the blocks: out, or spool's writer
	spool *os.File      // the text report's blocks; nil for JSON
	json  bool
	title string // the text report's first lines
	heads string // the text report's line between the summary and the blocks
}

func newReport(out io.Writer, opts options, name string) (*report, error) {
	r := &report{out: bufio.NewWriterSize(out, 64<<10), json: opts.format == "json"}
	if r.json {
		r.body = r.out
		return r, nil
	}
	r.title = fmt.Sprintf("Audit of %s, as of %s: each application judged by the law in force on the day it was filed.\n"+
		"Insurer registry: %s (%d insurers).\n\n", name, opts.asOf, opts.registryName, opts.registry.Len())
	switch {
	case opts.failuresOnly:
		r.heads = "══ The failures and the malformed rows, in input order\n\n"
	case opts.verbose:
		r.heads = "══ Every row, in input order\n\n"
	default:
		r.heads = "══ Every row, in input order: failures in full, passes one line each (-verbose: all in full)\n\n"
	}
	// The title goes out at once, so that a closed output is seen before
	// the run rather than after it.
	r.out.WriteString(r.title)
	if err := r.out.Flush(); err != nil {
		return nil, fmt.Errorf("writing the report: %w", err)
	}
	f, err := os.CreateTemp("", "oms-audit-*.txt")
	if err != nil {
		return nil, fmt.Errorf("a temporary file for the report: %w", err)
	}
	os.Remove(f.Name()) // unlinked now (on Unix): the open file lives until closed
	r.spool, r.body = f, bufio.NewWriterSize(f, 64<<10)
	return r, nil
}

// finish writes the summary and, for the text report, the blocks after it.
func (r *report) finish(sum *summary) error {
	if r.json {
		r.out.Write(appendJSONLine(nil, sum))
		return r.out.Flush()
	}
	sum.writeText(r.out)
	r.out.WriteString("\n" + r.heads)
	if err := r.body.Flush(); err != nil {
		return err
	}
	if _, err := r.spool.Seek(0, io.SeekStart); err != nil {
		return err
	}
	if _, err := io.Copy(r.out, r.spool); err != nil {
		return err
	}
	return r.out.Flush()
}

func (r *report) close() {
	if r.spool != nil {
		r.spool.Close()
		os.Remove(r.spool.Name()) // where an open file could not be removed (Windows)
	}
}

// writeBlock writes a rendered block, after the lines of the citations it
// refers to that are not yet in the report. It runs on the writer's
// goroutine only, which alone sets citeEntry.emitted.
func writeBlock(w io.Writer, r *rendered) error {
	for _, e := range r.cites {
		if !e.emitted {
			if _, err := w.Write(e.line); err != nil {
				return err
			}
			e.emitted = true
		}
	}
	_, err := w.Write(r.b)
	return err
}

// A rendered block of the report: one application or malformed row, and
// the citations it refers to by key.
type rendered struct {
	b     []byte
	cites []*citeEntry
}

// blockPool recycles the rendered blocks: the writer returns each after
// writing it, so a long run does not allocate a block per application.
var blockPool = sync.Pool{New: func() any { return &rendered{b: make([]byte, 0, 8<<10)} }}

func getBlock() *rendered { return blockPool.Get().(*rendered) }

func putBlock(r *rendered) {
	if r != nil && cap(r.b) <= 64<<10 && cap(r.cites) <= 1024 {
		r.b, r.cites = r.b[:0], r.cites[:0]
		blockPool.Put(r)
	}
}

// A renderer renders the outcome of a row in the report's format.
type renderer struct {
	json bool
	// table interns the citations; nil in a JSON report with the
	// citations inline.
	table *citeTable
	// failuresOnly leaves the passing applications out.
	failuresOnly bool
	// verbose renders the passing applications of the text report in
	// full; else each gets one line.
	verbose bool
	// local is a worker's cache in front of table; nil in the renderer
	// the workers copy.
	local *localCache
}

// worker returns a copy of rd for one worker, with its own cache.
func (rd *renderer) worker() *renderer {
	w := *rd
	if rd.table != nil {
		w.local = newLocalCache(rd.table)
	}
	return &w
}

// result renders the block of a checked application into o.
func (rd *renderer) result(o *rendered, r *Result) {
	if !rd.json {
		if r.pass() && len(r.Problems) == 0 && !rd.verbose {
			o.b = renderPassLine(o.b, r)
		} else {
			o.b = renderText(o.b, r, rd.table)
		}
		return
	}
	w := jsonWriter{b: o.b, table: rd.table, local: rd.local, cites: o.cites}
	w.result(r)
	o.b, o.cites = w.b, w.cites
}

// malformed renders the block of a malformed row into o.
func (rd *renderer) malformed(o *rendered, line int, err error) {
	if rd.json {
		o.b = renderMalformedJSON(o.b, line, err)
	} else {
		o.b = renderMalformedText(o.b, line, err)
	}
}

// A scratch is a worker's Application and Result, reused for each of its
// rows: nothing of them outlives process but the violations' codes and
// the category, which are their own.
type scratch struct {
	app Application
	res Result
}

// process turns one row into its outcome: parse, check, render. With
// failuresOnly a passing application is counted but not rendered.
func process(chk *checker, r row, rd *renderer, s *scratch) outcome {
	if r.err == nil {
		a, res := &s.app, &s.res
		if err := r.f.buildInto(a, r.line); err != nil {
			r.err = err
		} else {
			chk.checkInto(res, a)
			o := outcome{line: r.line, pass: res.pass(), violated: res.violations(), category: res.Category,
				unconfirmed: res.unconfirmedViolation(), problems: res.problemKinds()}
			if !o.pass || !rd.failuresOnly {
				o.out = getBlock()
				rd.result(o.out, res)
			}
			return o
		}
	}
	o := outcome{line: r.line, malformed: true, out: getBlock()}
	rd.malformed(o.out, r.line, r.err)
	return o
}

// progressInterval is how often the progress line is renewed.
const progressInterval = 500 * time.Millisecond

// startProgress shows the number of rows done on stderr every interval,
// when stderr is a terminal (one line, rewritten) or when forced (-progress:
// a line at a time, and a last one when the run ends); it returns the
// function that stops it.
func startProgress(stderr io.Writer, done *atomic.Int64, force bool, interval time.Duration) func() {
	tty := isTerminal(stderr)
	if !tty && !force {
		return func() {}
	}
	quit := make(chan struct{})
	finished := make(chan struct{})
	start := time.Now()
	line := func(prefix, end string) {
		n := done.Load()
		rate := float64(n) / max(time.Since(start).Seconds(), 1e-9)
		fmt.Fprintf(stderr, "%saudit: %s checked (%.0f/s)%s", prefix, plural(int(n), "row", "rows"), rate, end)
	}
	go func() {
		defer close(finished)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-quit:
				if tty {
					fmt.Fprint(stderr, "\r\033[K")
				} else {
					line("", ", done\n")
				}
				return
			case <-t.C:
				if tty {
					line("\r\033[K", "")
				} else {
					line("", "\n")
				}
			}
		}
	}()
	return func() { close(quit); <-finished }
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
