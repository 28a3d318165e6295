package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
	"unicode/utf8"
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
// citation table, and -citations inline) over the benchmark input read
// from a file, on the default workers (GOMAXPROCS+1). BenchmarkReadCSVOnly is its naive
// floor: encoding/csv reading the same file; the ratio of their ns/app is
// the audit's cost over merely reading its input. One operation is the
// whole file, so run them once:
//
//	go test -run '^$' -bench 'AuditJSON|ReadCSVOnly' -benchtime 1x ./examples/audit
//
// cpu-ns/app is the CPU time of all threads per application: on a shared
// machine it varies less than the wall clock. The program itself runs with
// the GC target of main (GOGC=400 here gives its figure).
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

// appendJSONStringByRune is the escaper as it was: every byte of a
// non-ASCII run decoded rune by rune. The naive reference of
// BenchmarkAppendJSONString.
func appendJSONStringByRune(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// BenchmarkAppendJSONString escapes a message of the report, Russian with
// a date and quotes, with the escaper, the rune-by-rune one it replaced and
// encoding/json.
func BenchmarkAppendJSONString(b *testing.B) {
	const s = "Представлен документ «паспорт гражданина Российской Федерации» (застрахованное лицо) — выдан 14.05.2026, № 45 06 123456."
	for _, c := range []struct {
		name string
		fn   func([]byte, string) []byte
	}{
		{"runs", appendJSONString},
		{"by-rune", appendJSONStringByRune},
		{"encoding-json", func(b []byte, s string) []byte { j, _ := json.Marshal(s); return append(b, j...) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			buf := make([]byte, 0, 1024)
			for b.Loop() {
				buf = c.fn(buf[:0], s)
			}
		})
	}
}

func TestAppendJSONStringByRuneAgrees(t *testing.T) {
	for _, s := range []string{"ЕНП № 1\n\t\x01 «a&b» \u2028", "\xff\xfe", "plain"} {
		if a, b := appendJSONString(nil, s), appendJSONStringByRune(nil, s); !bytes.Equal(a, b) {
			t.Errorf("%q: %s ≠ %s", s, a, b)
		}
	}
}
