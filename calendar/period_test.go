package calendar

import (
	"testing"

	"github.com/rickb777/date"
	"pgregory.net/rapid"
)

func TestDeadlineRealCases(t *testing.T) {
	cal := Federal()
	cases := []struct {
		start date.Date
		p     Period
		want  date.Date
		src   string
	}{
		// 31 January + 1 month: 29 February in a leap year, 28 in a common
		// one (ГК РФ ст. 192 п. 3, last day of the month). 29.02.2024 is a
		// Thursday; 28.02.2025 a Friday.
		{d(2024, 1, 31), Period{1, Months}, d(2024, 2, 29), "ГК ст. 192 п. 3, leap year"},
		{d(2025, 1, 31), Period{1, Months}, d(2025, 2, 28), "ГК ст. 192 п. 3, common year"},
		// 28.02.2026 is a Saturday: ends Monday 2 March (ст. 193).
		{d(2026, 1, 31), Period{1, Months}, d(2026, 3, 2), "ГК ст. 192 п. 3 then ст. 193"},
		// A deadline falling on 1 May 2025: 1–4 May are days off (ТК ст. 112;
		// 2 May moved from 4 January by ПП РФ № 1335), so it moves to 5 May.
		{d(2025, 4, 1), Period{30, Days}, d(2025, 5, 5), "ГК ст. 193; ТК ст. 112; ПП РФ № 1335"},
		{d(2025, 4, 1), Period{1, Months}, d(2025, 5, 5), "1 May 2025 is a holiday"},
		// A working Saturday is a working day: a period ending on 27.04.2024
		// ends there (ПП РФ № 1314 от 10.08.2023).
		{d(2024, 4, 20), Period{1, Weeks}, d(2024, 4, 27), "ГК ст. 192 п. 4; ПП РФ № 1314"},
		// New Year: 10 days from 25.12.2024 is 04.01.2025, off; first working
		// day is 09.01.2025.
		{d(2024, 12, 25), Period{10, Days}, d(2025, 1, 9), "ГК ст. 193; ТК ст. 112"},
		{d(2024, 12, 25), Period{14, WorkingDays}, d(2025, 1, 23), "working days across the New Year holidays"},
		{d(2020, 2, 29), Period{1, Years}, d(2021, 3, 1), "28.02.2021 is a Sunday → Monday 01.03.2021"},
		{d(2020, 2, 29), Period{4, Years}, d(2024, 2, 29), "same month and day, ГК ст. 192 п. 1"},
		// Presidential non-working days do not move a deadline (Обзор ВС РФ № 1
		// от 21.04.2020, вопрос 4): 15.04.2020 stays.
		{d(2020, 4, 1), Period{14, Days}, d(2020, 4, 15), "Обзор ВС РФ № 1 от 21.04.2020"},
	}
	for _, c := range cases {
		got, err := cal.Deadline(c.start, c.p)
		if err != nil || got != c.want {
			t.Errorf("Deadline(%s, %v) = %s, %v; want %s (%s)", c.start, c.p, got, err, c.want, c.src)
		}
	}
}

func genPeriod(t *rapid.T) Period {
	u := rapid.SampledFrom([]Unit{Days, WorkingDays, Weeks, Months, Years}).Draw(t, "unit")
	hi := map[Unit]int{Days: 3000, WorkingDays: 2000, Weeks: 400, Months: 100, Years: 10}[u]
	return Period{N: rapid.IntRange(1, hi).Draw(t, "n"), Unit: u}
}

func TestPropDeadlineIsWorkingDay(t *testing.T) {
	cal := Federal()
	rapid.Check(t, func(t *rapid.T) {
		start := genDate(t, "start")
		p := genPeriod(t)
		end, err := cal.Deadline(start, p)
		if err != nil {
			return
		}
		if w, _ := cal.IsWorkingDay(end); !w {
			t.Fatalf("Deadline(%s, %v) = %s, not a working day", start, p, end)
		}
		if !end.After(start) {
			t.Fatalf("Deadline(%s, %v) = %s, not after the start", start, p, end)
		}
	})
}

func TestPropMonthPeriodNeverOvershoots(t *testing.T) {
	cal := Federal()
	rapid.Check(t, func(t *rapid.T) {
		start := genDate(t, "start")
		n := rapid.IntRange(1, 120).Draw(t, "n")
		r, err := cal.deadline(start, Period{n, Months})
		if err != nil {
			return
		}
		y, m, _ := start.Date()
		months := int(m) - 1 + n
		wy, wm := y+months/12, months%12+1
		if r.nominal.Year() != wy || int(r.nominal.Month()) != wm {
			t.Fatalf("%s + %d months nominal end %s; want in %d-%02d", start, n, r.nominal, wy, wm)
		}
		if r.nominal.Day() > start.Day() {
			t.Fatalf("%s + %d months nominal end %s after the same-numbered day", start, n, r.nominal)
		}
		if r.nominal.Day() < start.Day() && r.nominal.Day() != r.nominal.LastDayOfMonth() {
			t.Fatalf("%s + %d months nominal end %s is neither the same day nor the month's last", start, n, r.nominal)
		}
	})
}
