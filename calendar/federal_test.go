package calendar

import (
	"bytes"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/rickb777/date"
)

func d(y int, m time.Month, day int) date.Date { return date.New(y, m, day) }

// The embedded data must be the module's data, byte for byte.
func TestEmbeddedDataMatchesModuleData(t *testing.T) {
	for _, c := range []struct {
		embedded []byte
		file     string
	}{
		{federalCSV, "../data/ru-calendar.csv"},
		{regionalCSV, "../data/ru-regional-holidays.csv"},
	} {
		want, err := os.ReadFile(c.file)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(c.embedded, want) {
			t.Errorf("embedded copy of %s differs from the module's file; copy it into calendar/data/", c.file)
		}
	}
}

// Published working-day totals of the 5-day week (data.gov.ru 1999–2020,
// government announcements 2024–2026; /work/shared/data/crosscheck-output.md;
// 2027: 247 by ПП РФ № 1187 от 17.09.2026, spec/calendar.md §1),
// with the presidential non-working days counted as working days, and
// 219/240 for 2020/2021 when they are days off.
func TestWorkingDaysPerYear(t *testing.T) {
	want := map[int]int{
		1999: 251, 2000: 250, 2001: 251, 2002: 250, 2003: 250, 2004: 251,
		2005: 248, 2006: 248, 2007: 249, 2008: 250, 2009: 249, 2010: 249,
		2011: 248, 2012: 249, 2013: 247, 2014: 247, 2015: 247, 2016: 247,
		2017: 247, 2018: 247, 2019: 247, 2020: 248, 2021: 247, 2022: 247,
		2023: 247, 2024: 248, 2025: 247, 2026: 247, 2027: 247,
	}
	cal := Federal()
	first, last := cal.Years()
	if first != 1999 || last != 2027 || FederalLastYear != 2027 {
		t.Fatalf("Years() = %d, %d; want 1999, 2027", first, last)
	}
	off := cal.WithDecreeDaysOff()
	for y := first; y <= last; y++ {
		got, err := cal.WorkingDaysInYear(y)
		if err != nil || got != want[y] {
			t.Errorf("WorkingDaysInYear(%d) = %d, %v; want %d", y, got, err, want[y])
		}
		// The same total counted day by day through the public API.
		n, err := cal.WorkingDaysBetween(d(y-1, 12, 31), d(y, 12, 31))
		if y == first {
			if !errors.Is(err, ErrUnknownYear) {
				t.Errorf("WorkingDaysBetween from 1998-12-31: err = %v, want ErrUnknownYear", err)
			}
		} else if err != nil || n != want[y] {
			t.Errorf("WorkingDaysBetween over %d = %d, %v; want %d", y, n, err, want[y])
		}
		wantOff := want[y]
		switch y {
		case 2020:
			wantOff = 219
		case 2021:
			wantOff = 240
		}
		if got, err := off.WorkingDaysInYear(y); err != nil || got != wantOff {
			t.Errorf("WithDecreeDaysOff: WorkingDaysInYear(%d) = %d, %v; want %d", y, got, err, wantOff)
		}
	}
}

func mustDate(s string) date.Date {
	v, err := date.ParseISO(s)
	if err != nil {
		panic(err)
	}
	return v
}
