package oms

import (
	"errors"
	"testing"
	"time"

	"github.com/rickb777/date"
	"github.com/stretchr/testify/assert"
	"pgregory.net/rapid"
)

func TestParseDate(t *testing.T) {
	good := map[string]date.Date{
		"2026-11-01": date.New(2026, time.November, 1),
		"01.11.2026": date.New(2026, time.November, 1),
		"2024-02-29": date.New(2024, time.February, 29), // leap year
		"0001-01-01": date.New(1, time.January, 1),
	}
	for s, want := range good {
		got, err := ParseDate(s)
		assert.NoError(t, err, s)
		assert.Equal(t, want, got, s)
	}
	// 2019-02-30 is what date.ParseISO silently rolls to 2019-03-02, and
	// "00000-00" is what makes it panic.
	for _, s := range []string{"2019-02-30", "2023-02-29", "00000-00", "0000-01-01", "2026-13-01",
		"2026-00-10", "2026-1-01", "1.11.2026", "2026/11/01", "", "２０２６-11-01", "2026-11-01 ", "31.04.2026"} {
		_, err := ParseDate(s)
		assert.True(t, errors.Is(err, ErrBadDate), "%q: %v", s, err)
	}
}

func TestParseDateRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := date.New(1, time.January, 1).Add(date.PeriodOfDays(rapid.IntRange(0, 3_652_058).Draw(t, "day")))
		got, err := ParseDate(d.String())
		if err != nil || got != d {
			t.Fatalf("ParseDate(%q) = %v, %v", d.String(), got, err)
		}
		ru := d.Format("02.01.2006")
		if got, err := ParseDate(ru); err != nil || got != d {
			t.Fatalf("ParseDate(%q) = %v, %v", ru, got, err)
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-11-01", "01.11.2026", "00000-00", "2019-02-30", "9999-12-31", "0000-00-00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		// Whatever is accepted is a real day that prints back to one of
		// the two accepted forms.
		if d.String() != s && d.Format("02.01.2006") != s {
			t.Fatalf("ParseDate(%q) = %s, which prints differently", s, d)
		}
	})
}
