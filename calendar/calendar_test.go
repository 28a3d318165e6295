package calendar

import (
	"errors"
	"math"
	"testing"

	"github.com/rickb777/date"
	"pgregory.net/rapid"
)

// naiveAdd is the day-by-day reference for AddWorkingDays.
func naiveAdd(c *Calendar, from date.Date, n int) (date.Date, error) {
	step := date.PeriodOfDays(1)
	if n < 0 {
		step, n = -1, -n
	}
	d := from
	for n > 0 {
		d = d.Add(step)
		w, err := c.IsWorkingDay(d)
		if err != nil {
			return from, err
		}
		if w {
			n--
		}
	}
	return d, nil
}

// naiveBetween is the day-by-day reference for WorkingDaysBetween.
func naiveBetween(c *Calendar, from, to date.Date) (int, error) {
	if _, err := c.IsWorkingDay(from); err != nil {
		return 0, err
	}
	if _, err := c.IsWorkingDay(to); err != nil {
		return 0, err
	}
	n := 0
	if !to.Before(from) {
		for x := from.Add(1); !x.After(to); x = x.Add(1) {
			if w, _ := c.IsWorkingDay(x); w {
				n++
			}
		}
		return n, nil
	}
	for x := to; x.Before(from); x = x.Add(1) {
		if w, _ := c.IsWorkingDay(x); w {
			n--
		}
	}
	return n, nil
}

func TestIsWorkingDayRealCases(t *testing.T) {
	cal := Federal()
	cases := []struct {
		day  date.Date
		want bool
		kind DayKind
		src  string
	}{
		{d(2025, 1, 1), false, Holiday, "ТК РФ ст. 112 ч. 1: 1–6 and 8 January are New Year holidays"},
		{d(2025, 1, 8), false, Holiday, "ТК РФ ст. 112 ч. 1"},
		{d(2025, 1, 9), true, Working, "first working day of 2025 (ПП РФ № 1335 от 04.10.2024)"},
		{d(2024, 4, 27), true, WorkingWeekend, "Saturday made working, ПП РФ № 1314 от 10.08.2023"},
		{d(2024, 4, 29), false, TransferredDayOff, "day off moved from 27.04.2024, ПП РФ № 1314"},
		{d(2024, 11, 2), true, WorkingWeekend, "Saturday made working, ПП РФ № 1314 (also shortened)"},
		{d(2024, 12, 31), false, TransferredDayOff, "day off moved from Sunday 07.01.2024, ПП РФ № 1314 от 10.08.2023"},
		{d(2025, 5, 1), false, Holiday, "ТК РФ ст. 112: 1 May"},
		{d(2025, 5, 2), false, TransferredDayOff, "day off moved from Saturday 04.01.2025, ПП РФ № 1335 от 04.10.2024"},
		{d(2025, 4, 30), true, Shortened, "pre-holiday day, ТК РФ ст. 95"},
		{d(2020, 4, 15), true, NonWorkingDecree, "Указ № 239 от 02.04.2020; Обзор ВС РФ № 1 от 21.04.2020"},
		{d(2001, 2, 23), true, Working, "23 February was not a holiday before 2002 (КЗоТ ст. 65)"},
		{d(2012, 5, 2), true, Working, "2 May dropped from 2005 (201-ФЗ); Rostrud notice of 24.04.2012"},
		{d(2004, 11, 7), false, Holiday, "7 November was a holiday to 2004"},
		{d(2005, 11, 4), false, Holiday, "4 November is a holiday from 2005 (201-ФЗ)"},
		{d(2026, 1, 3), false, Holiday, "ТК РФ ст. 112, a Saturday holiday"},
		{d(2025, 3, 15), false, Weekend, "an ordinary Saturday"},
	}
	for _, c := range cases {
		got, err := cal.IsWorkingDay(c.day)
		if err != nil || got != c.want {
			t.Errorf("IsWorkingDay(%s) = %v, %v; want %v (%s)", c.day, got, err, c.want, c.src)
		}
		k, err := cal.KindOf(c.day)
		if err != nil || k != c.kind {
			t.Errorf("KindOf(%s) = %v, %v; want %v (%s)", c.day, k, err, c.kind, c.src)
		}
	}
	if off, _ := cal.WithDecreeDaysOff().IsWorkingDay(d(2020, 4, 15)); off {
		t.Error("WithDecreeDaysOff: 2020-04-15 should be a day off")
	}
	info, err := cal.Day(d(2024, 11, 2))
	if err != nil || !info.Shortened || info.Kind != WorkingWeekend || !info.Working {
		t.Errorf("Day(2024-11-02) = %+v, %v; want a shortened working Saturday", info, err)
	}
}

func TestAddWorkingDaysRealCases(t *testing.T) {
	cal := Federal()
	cases := []struct {
		from date.Date
		n    int
		want date.Date
		src  string
	}{
		// 14 working days from 25.12.2024 across the New Year holidays
		// (29.12.2024–08.01.2025 off, ПП РФ № 1335 и № 1314): 26, 27, 28(Sat,
		// working) Dec, then 9, 10, 13, 14, 15, 16, 17, 20, 21, 22, 23 Jan.
		{d(2024, 12, 25), 14, d(2025, 1, 23), "ПП РФ № 1314, № 1335"},
		{d(2024, 12, 27), 1, d(2024, 12, 28), "28.12.2024 is a working Saturday"},
		{d(2025, 1, 1), 1, d(2025, 1, 9), "New Year holidays"},
		{d(2025, 1, 9), -1, d(2024, 12, 28), "back over the New Year holidays"},
		{d(2024, 4, 26), 1, d(2024, 4, 27), "working Saturday, ПП РФ № 1314"},
		{d(2025, 6, 11), 0, d(2025, 6, 11), "n = 0"},
		{d(2025, 6, 14), 0, d(2025, 6, 14), "n = 0 on a day off"},
	}
	for _, c := range cases {
		got, err := cal.AddWorkingDays(c.from, c.n)
		if err != nil || got != c.want {
			t.Errorf("AddWorkingDays(%s, %d) = %s, %v; want %s (%s)", c.from, c.n, got, err, c.want, c.src)
		}
		if c.n != 0 {
			back, err := cal.WorkingDaysBetween(c.from, got)
			if err != nil || back != c.n {
				t.Errorf("WorkingDaysBetween(%s, %s) = %d, %v; want %d", c.from, got, back, err, c.n)
			}
		}
	}
}

func TestOutOfRangeIsAnError(t *testing.T) {
	cal := Federal()
	for _, c := range []struct {
		name string
		err  func() error
	}{
		{"IsWorkingDay 1998", func() error { _, err := cal.IsWorkingDay(d(1998, 12, 31)); return err }},
		{"IsWorkingDay 2028", func() error { _, err := cal.IsWorkingDay(d(2028, 1, 1)); return err }},
		{"KindOf 2028", func() error { _, err := cal.KindOf(d(2028, 1, 1)); return err }},
		{"Add past 2027", func() error { _, err := cal.AddWorkingDays(d(2027, 12, 29), 2); return err }},
		{"Add before 1999", func() error { _, err := cal.AddWorkingDays(d(1999, 1, 5), -2); return err }},
		{"Add MaxInt", func() error { _, err := cal.AddWorkingDays(d(2020, 1, 1), math.MaxInt); return err }},
		{"Add MinInt", func() error { _, err := cal.AddWorkingDays(d(2020, 1, 1), math.MinInt); return err }},
		{"Add from min date", func() error { _, err := cal.AddWorkingDays(date.Min(), 1); return err }},
		{"Add from max date", func() error { _, err := cal.AddWorkingDays(date.Max(), -1); return err }},
		{"Between", func() error { _, err := cal.WorkingDaysBetween(d(2020, 1, 1), d(2028, 1, 1)); return err }},
		// 31.12.2027 is a day off (moved from 03.01.2027, ПП РФ № 1187).
		{"Next on 2027-12-31", func() error { _, err := cal.NextWorkingDay(d(2027, 12, 31)); return err }},
		{"Deadline into 2028", func() error { _, err := cal.Deadline(d(2027, 12, 20), Period{30, Days}); return err }},
		{"Deadline huge", func() error { _, err := cal.Deadline(d(2026, 1, 20), Period{math.MaxInt, Months}); return err }},
		{"Deadline huge years", func() error { _, err := cal.Deadline(d(2026, 1, 20), Period{math.MaxInt, Years}); return err }},
		{"Deadline huge weeks", func() error { _, err := cal.Deadline(d(2026, 1, 20), Period{math.MaxInt, Weeks}); return err }},
		{"nil calendar", func() error { _, err := (*Calendar)(nil).IsWorkingDay(d(2020, 1, 1)); return err }},
	} {
		if err := c.err(); !errors.Is(err, ErrUnknownYear) {
			t.Errorf("%s: err = %v; want ErrUnknownYear", c.name, err)
		}
	}
}

func TestAllocations(t *testing.T) {
	cal := Federal()
	from := d(2010, 3, 3)
	allocs := testing.AllocsPerRun(100, func() {
		to, _ := cal.AddWorkingDays(from, 2500)
		_, _ = cal.WorkingDaysBetween(from, to)
		_, _ = cal.IsWorkingDay(to)
		_, _ = cal.NextWorkingDay(to)
	})
	if allocs != 0 {
		t.Errorf("allocations per run = %v; want 0", allocs)
	}
}

// genDate draws a date of the federal calendar.
func genDate(t *rapid.T, label string) date.Date {
	lo := int(d(1999, 1, 1).DaysSinceEpoch())
	hi := int(d(FederalLastYear, 12, 31).DaysSinceEpoch())
	return date.NewOfDays(date.PeriodOfDays(rapid.IntRange(lo, hi).Draw(t, label)))
}

func TestPropAddThenCount(t *testing.T) {
	cal := Federal()
	rapid.Check(t, func(t *rapid.T) {
		from := genDate(t, "from")
		n := rapid.IntRange(-8000, 8000).Draw(t, "n")
		to, err := cal.AddWorkingDays(from, n)
		if err != nil {
			if !errors.Is(err, ErrUnknownYear) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if n != 0 {
			if w, _ := cal.IsWorkingDay(to); !w {
				t.Fatalf("AddWorkingDays(%s, %d) = %s, not a working day", from, n, to)
			}
		}
		got, err := cal.WorkingDaysBetween(from, to)
		if err != nil || got != n {
			t.Fatalf("WorkingDaysBetween(%s, %s) = %d, %v; want %d", from, to, got, err, n)
		}
	})
}

func TestPropAddIsAdditive(t *testing.T) {
	cal := Federal()
	rapid.Check(t, func(t *rapid.T) {
		from := genDate(t, "from")
		sign := rapid.SampledFrom([]int{1, -1}).Draw(t, "sign")
		a := sign * rapid.IntRange(0, 3000).Draw(t, "a")
		b := sign * rapid.IntRange(0, 3000).Draw(t, "b")
		x, err1 := cal.AddWorkingDays(from, a)
		var y date.Date
		var err2 error
		if err1 == nil {
			y, err2 = cal.AddWorkingDays(x, b)
		}
		z, err3 := cal.AddWorkingDays(from, a+b)
		if (err1 == nil && err2 == nil) != (err3 == nil) {
			t.Fatalf("errors differ: %v %v vs %v", err1, err2, err3)
		}
		if err3 == nil && y != z {
			t.Fatalf("add %d then %d = %s; add %d = %s", a, b, y, a+b, z)
		}
	})
}

func TestPropAgreesWithNaive(t *testing.T) {
	cal := Federal()
	rapid.Check(t, func(t *rapid.T) {
		from := genDate(t, "from")
		n := rapid.IntRange(-400, 400).Draw(t, "n")
		fast, errF := cal.AddWorkingDays(from, n)
		slow, errS := naiveAdd(cal, from, n)
		if (errF == nil) != (errS == nil) || (errF == nil && fast != slow) {
			t.Fatalf("AddWorkingDays(%s, %d) = %s, %v; naive %s, %v", from, n, fast, errF, slow, errS)
		}
		to := genDate(t, "to")
		if to.Sub(from) > 800 || from.Sub(to) > 800 {
			to = from.Add(date.PeriodOfDays(rapid.IntRange(-800, 800).Draw(t, "delta")))
		}
		bf, errF := cal.WorkingDaysBetween(from, to)
		bs, errS := naiveBetween(cal, from, to)
		if (errF == nil) != (errS == nil) || bf != bs {
			t.Fatalf("WorkingDaysBetween(%s, %s) = %d, %v; naive %d, %v", from, to, bf, errF, bs, errS)
		}
		nw, errF := cal.NextWorkingDay(from)
		ns, errS := naiveAdd(cal, from.Add(-1), 1)
		if (errF == nil) != (errS == nil) || (errF == nil && nw != ns) {
			t.Fatalf("NextWorkingDay(%s) = %s, %v; naive %s, %v", from, nw, errF, ns, errS)
		}
	})
}
