package msg

import (
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
