package msg

import (
	"fmt"
	"testing"
	"time"

	"github.com/rickb777/date"
	"pgregory.net/rapid"
)

// TestDatesAgree checks the digit writer against package date on every
// day from year -20000 to 20000.
func TestDatesAgree(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := date.NewOfDays(date.PeriodOfDays(rapid.IntRange(-8_000_000, 8_000_000).Draw(t, "days")))
		if got, want := Date(d), d.String(); got != want {
			t.Fatalf("Date = %q, want %q", got, want)
		}
		if got, want := DateRU(d), d.Format("02.01.2006"); got != want {
			t.Fatalf("DateRU = %q, want %q", got, want)
		}
		y, m, dd := Civil(d)
		if wy, wm, wd := d.Date(); y != wy || time.Month(m) != wm || dd != wd {
			t.Fatalf("Civil = %d-%d-%d, want %d-%d-%d", y, m, dd, wy, wm, wd)
		}
	})
}

func TestSplit(t *testing.T) {
	b := AppendDateRU([]byte("Выдан "), date.New(2019, time.May, 28))
	cut := len(b)
	b = AppendDate(append(b, "Issued "...), date.New(2019, time.May, 28))
	ru, en := Split(b, cut)
	if ru != "Выдан 28.05.2019" || en != "Issued 2019-05-28" {
		t.Errorf("Split = %q, %q", ru, en)
	}
	if got := string(AppendInt(nil, -42)); got != "-42" {
		t.Errorf("AppendInt = %q", got)
	}
}

// BenchmarkDate compares the digit writer with date.Date.Format.
func BenchmarkDate(b *testing.B) {
	d := date.New(2026, time.November, 30)
	buf := make([]byte, 0, 32)
	b.Run("append", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			buf = AppendDateRU(buf[:0], d)
		}
	})
	b.Run("format", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			buf = append(buf[:0], d.Format("02.01.2006")...)
		}
	})
}

// TestAppendfAgreesWithFmt checks Appendf against fmt.Sprintf for the
// verbs it knows, over random formats and arguments.
func TestAppendfAgreesWithFmt(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(0, 4).Draw(t, "n")
		format := rapid.StringMatching(`[^%]{0,5}`).Draw(t, "head")
		var args []Arg
		var fargs []any
		for range n {
			switch rapid.IntRange(0, 3).Draw(t, "kind") {
			case 0:
				s := rapid.String().Draw(t, "s")
				verb := rapid.SampledFrom([]string{"%s", "%q"}).Draw(t, "verb")
				format += verb
				args, fargs = append(args, S(s)), append(fargs, s)
			case 1:
				v := rapid.Int().Draw(t, "int")
				format += "%d"
				args, fargs = append(args, N(v)), append(fargs, v)
			case 2:
				d := date.NewOfDays(date.PeriodOfDays(rapid.IntRange(-1_000_000, 1_000_000).Draw(t, "day")))
				format += "%s"
				args, fargs = append(args, D(d)), append(fargs, d)
			case 3:
				d := date.NewOfDays(date.PeriodOfDays(rapid.IntRange(-1_000_000, 1_000_000).Draw(t, "day")))
				format += "%s"
				args, fargs = append(args, DRU(d)), append(fargs, d.Format("02.01.2006"))
			}
			format += rapid.StringMatching(`[^%]{0,5}(%%)?[^%]{0,3}`).Draw(t, "tail")
		}
		if got, want := string(Appendf(nil, format, args...)), fmt.Sprintf(format, fargs...); got != want {
			t.Fatalf("Appendf(%q) = %q, fmt gives %q", format, got, want)
		}
	})
}

func TestPairAllocatesOnce(t *testing.T) {
	d := date.New(2026, time.November, 30)
	n := testing.AllocsPerRun(100, func() {
		_, _ = Pair("Срок истёк %s (%d дн.)", []Arg{DRU(d), N(3)}, "It ran out on %s (%d days)", []Arg{D(d), N(3)})
	})
	if n != 1 {
		t.Errorf("%v allocations, want 1", n)
	}
	ru, en := Pair("Срок истёк %s (%d дн.)", []Arg{DRU(d), N(3)}, "It ran out on %s (%d days)", []Arg{D(d), N(3)})
	if ru != "Срок истёк 30.11.2026 (3 дн.)" || en != "It ran out on 2026-11-30 (3 days)" {
		t.Errorf("Pair = %q, %q", ru, en)
	}
}

// BenchmarkPair formats a finding's two messages with Pair and with
// fmt.Sprintf, its naive reference.
func BenchmarkPair(b *testing.B) {
	d := date.New(2026, time.November, 30)
	b.Run("pair", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, _ = Pair("Срок действия полиса истёк %s", []Arg{DRU(d)}, "The policy expired on %s", []Arg{D(d)})
		}
	})
	b.Run("sprintf", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = fmt.Sprintf("Срок действия полиса истёк %s", d.Format("02.01.2006"))
			_ = fmt.Sprintf("The policy expired on %s", d)
		}
	})
}
