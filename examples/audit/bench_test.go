package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// benchRows is the size of the benchmark input: the measure is
// taken on 100 000 applications made from the sample's rows (10 000 with
// -short).
func benchRows() int {
	if testing.Short() {
		return 10_000
	}
	return 100_000
}

// writeBenchInput writes a CSV file of n applications made from the
// well-formed rows of the sample into a temporary directory of tb.
func writeBenchInput(tb testing.TB, n int) string {
	tb.Helper()
	p := filepath.Join(tb.TempDir(), "applications.csv")
	f, err := os.Create(p)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := io.Copy(f, newGenerated(tb, n)); err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
	return p
}

// countingWriter counts the bytes of the report and throws them away.
type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) { w.n += int64(len(p)); return len(p), nil }

// perApp reports the benchmark's measures per application: one operation
// is the whole file of rows applications.
// cpu is the CPU time the process used meanwhile, on all its threads.
func perApp(b *testing.B, rows int, mallocs uint64, out int64, cpu time.Duration) {
	apps := float64(b.N) * float64(rows)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/apps, "ns/app")
	if cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/apps, "cpu-ns/app")
	}
	b.ReportMetric(float64(mallocs)/apps, "allocs/app")
	if out > 0 {
		b.ReportMetric(float64(out)/apps, "B-out/app")
	}
}

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

// BenchmarkAuditJSON runs the whole audit with JSON output (the default
// citation table) over the benchmark input read from a file, on GOMAXPROCS
// workers. BenchmarkReadCSVOnly is its naive floor: encoding/csv reading
// the same file; the ratio of their ns/app is the audit's cost over
// merely reading its input.
func BenchmarkAuditJSON(b *testing.B) {
	rows := benchRows()
	p := writeBenchInput(b, rows)
	for _, c := range []struct{ name, citations string }{{"table", "table"}, {"inline", "inline"}} {
		b.Run("citations="+c.name, func(b *testing.B) {
			opts := testOptions(b, 0, "json")
			opts.citations = c.citations
			var out countingWriter
			b.ReportAllocs()
			m0, c0 := mallocs(), cpuTime()
			for b.Loop() {
				f, err := os.Open(p)
				if err != nil {
					b.Fatal(err)
				}
				sum, err := audit(context.Background(), newCSVSource(f), &out, io.Discard, "bench", opts)
				f.Close()
				if err != nil || sum.Checked != rows {
					b.Fatalf("checked %d of %d: %v", sum.Checked, rows, err)
				}
			}
			perApp(b, rows, mallocs()-m0, out.n, cpuTime()-c0)
		})
	}
}

// BenchmarkReadCSVOnly reads the benchmark input with encoding/csv and
// does nothing else: the floor BenchmarkAuditJSON is measured against.
func BenchmarkReadCSVOnly(b *testing.B) {
	rows := benchRows()
	p := writeBenchInput(b, rows)
	b.ReportAllocs()
	m0, c0 := mallocs(), cpuTime()
	for b.Loop() {
		f, err := os.Open(p)
		if err != nil {
			b.Fatal(err)
		}
		r := csv.NewReader(bufio.NewReaderSize(f, 64<<10))
		n := 0
		for {
			_, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		f.Close()
		if n != rows+1 {
			b.Fatalf("read %d records, want %d", n, rows+1)
		}
	}
	perApp(b, rows, mallocs()-m0, 0, cpuTime()-c0)
}

// TestJSONBytesPerApplication holds the default JSON report to the
// issue's bound: at most 3 000 bytes per application on the sample's
// applications, the citation and message lines included.
func TestJSONBytesPerApplication(t *testing.T) {
	const n = 2000
	opts := testOptions(t, 2, "json")
	opts.citations = "table"
	var out countingWriter
	sum, err := audit(context.Background(), newCSVSource(newGenerated(t, n)), &out, io.Discard, "generated", opts)
	if err != nil || sum.Checked != n {
		t.Fatalf("checked %d of %d: %v", sum.Checked, n, err)
	}
	if per := out.n / n; per > 3000 {
		t.Errorf("%d bytes per application, want at most 3000", per)
	}
}
