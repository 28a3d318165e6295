package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestTextReportShape checks the text report reads well in a terminal:
// the summary first, the failures in full, each passing application on
// one line (in full with -verbose).
func TestTextReportShape(t *testing.T) {
	out, _, code := runAudit(t, "-asof", asOf)
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	sum, first := strings.Index(out, "══ Summary"), strings.Index(out, "\n── ")
	if sum < 0 || first < 0 || sum > first {
		t.Fatalf("the summary (at %d) is not before the first row (at %d):\n%s", sum, first, out)
	}
	verbose, _, _ := runAudit(t, "-asof", asOf, "-verbose")
	// The one-line passes make the report of the sample's 71 rows less
	// than half as long as with every row in full (3 130 lines).
	if lines, all := strings.Count(out, "\n"), strings.Count(verbose, "\n"); 2*lines > all {
		t.Errorf("%d lines, %d with -verbose", lines, all)
	}
	full := blocks(verbose)
	var passes, fails int
	for id, b := range blocks(out) {
		head, rest, _ := strings.Cut(b, "\n")
		switch {
		case strings.Contains(head, "── PASS"):
			passes++
			if strings.TrimSpace(rest) != "" {
				t.Errorf("%s passes but has more than one line:\n%s", id, b)
			}
			if !strings.Contains(full[id], "[eligibility]") {
				t.Errorf("%s with -verbose is not in full:\n%s", id, full[id])
			}
		case strings.Contains(head, "── FAIL"):
			fails++
			if b != full[id] {
				t.Errorf("%s fails and is not in full:\n%s\nwant:\n%s", id, b, full[id])
			}
		}
	}
	if passes == 0 || fails == 0 {
		t.Errorf("%d passes and %d failures in the report", passes, fails)
	}
}

// TestPlural checks the counts of the report read as English does.
func TestPlural(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
	}{{0, "0 violations"}, {1, "1 violation"}, {2, "2 violations"}, {11, "11 violations"}, {21, "21 violations"}} {
		if got := plural(c.n, "violation", "violations"); got != c.want {
			t.Errorf("plural(%d) = %q, want %q", c.n, got, c.want)
		}
	}
	out, _, _ := runAudit(t, "-asof", asOf)
	for _, bad := range []string{"(1 violations)", " 1 days ", "1 months", "(lines 4)"} {
		if strings.Contains(out, bad) {
			t.Errorf("the report says %q", bad)
		}
	}
	if !strings.Contains(out, "FAIL (1 violation)") {
		t.Error(`no "FAIL (1 violation)" in the report`)
	}
}

// TestMalformedListCapped checks that the text summary lists a few
// malformed lines and counts the rest.
func TestMalformedListCapped(t *testing.T) {
	var in strings.Builder
	in.WriteString(header)
	for i := range 50 {
		fmt.Fprintf(&in, "B-%d,2026-02-30,77,1985-04-12,rf,,,\n", i)
	}
	out, _, code := runAudit(t, "-asof", asOf, writeTemp(t, "bad.csv", in.String()))
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	want := "malformed rows:       50, not checked (lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21 and 30 more)"
	if !strings.Contains(out, want) {
		t.Errorf("the summary lacks %q:\n%s", want, out[:min(len(out), 1500)])
	}
}

// TestProgressForced checks -progress: lines on a stderr that is not a
// terminal, the last one when the run ends.
func TestProgressForced(t *testing.T) {
	var errb bytes.Buffer
	var done atomic.Int64
	stop := startProgress(&errb, &done, true, time.Hour)
	done.Store(1)
	stop()
	if got := errb.String(); got != "" && !strings.HasPrefix(got, "audit: 1 row checked (") || !strings.HasSuffix(got, ", done\n") {
		t.Errorf("progress: %q", got)
	}
	_, errOut, code := runAudit(t, "-asof", asOf, "-progress")
	if code != exitOK || !strings.Contains(errOut, "rows checked") {
		t.Errorf("exit %d; stderr %q", code, errOut)
	}
	if _, errOut, _ := runAudit(t, "-asof", asOf); errOut != "" {
		t.Errorf("progress without -progress on a stderr that is no terminal: %q", errOut)
	}
}

// TestTextSpoolRemoved checks that the temporary file the text report's
// blocks wait in is gone after the run.
func TestTextSpoolRemoved(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("TMPDIR", dir)
	if _, _, code := runAudit(t, "-asof", asOf); code != exitOK {
		t.Fatalf("exit %d", code)
	}
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("left in the temporary directory: %v", left)
	}
}
