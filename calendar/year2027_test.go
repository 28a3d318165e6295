package calendar

import (
	"testing"

	"github.com/rickb777/date"
)

// Deadlines that cross from December 2026 into 2027. Sources: ПП РФ № 1466
// от 24.09.2025 (2026: Sunday 04.01.2026 moved to Thursday 31.12.2026);
// ТК РФ ст. 112 ч. 1 (1–6 and 8 January holidays, 7 January Christmas);
// ПП РФ № 1187 от 17.09.2026 (2027: Saturday 20.02 working, Monday 22.02
// off); spec/calendar.md §1.
func TestDeadlinesInto2027(t *testing.T) {
	cal := Federal()
	cases := []struct {
		start date.Date
		p     Period
		want  date.Date
		src   string
	}{
		// From Sunday 20.12.2026: 21–25, 28–30 December (8 days; 31.12 off by
		// ПП РФ № 1466), 1–10 January off (holidays, then a weekend), then
		// 11–15 and 18 January: the 14th working day is Monday 18.01.2027.
		{d(2026, 12, 20), Period{14, WorkingDays}, d(2027, 1, 18), "ПП РФ № 1466 от 24.09.2025; ТК РФ ст. 112; ПП РФ № 1187"},
		// One month from 01.12.2026 runs from 02.12 (ГК РФ ст. 191) and ends on
		// 01.01.2027 (ст. 192 п. 3), a holiday (ТК РФ ст. 112), so on the next
		// working day, Monday 11.01.2027 (ст. 193).
		{d(2026, 12, 1), Period{1, Months}, d(2027, 1, 11), "ГК РФ ст. 191–193; ТК РФ ст. 112"},
		// 30 calendar days from 20.12.2026 end on Tuesday 19.01.2027, a working day.
		{d(2026, 12, 20), Period{30, Days}, d(2027, 1, 19), "ГК РФ ст. 191, 193"},
		// A week from Saturday 13.02.2027 ends on Saturday 20.02.2027, a working
		// Saturday (ПП РФ № 1187): it does not move.
		{d(2027, 2, 13), Period{1, Weeks}, d(2027, 2, 20), "ГК РФ ст. 192 п. 4; ПП РФ № 1187"},
		// A week from 15.02.2027 ends on Monday 22.02.2027, the day off moved
		// from 20.02; 23.02 is a holiday; so Wednesday 24.02.2027.
		{d(2027, 2, 15), Period{1, Weeks}, d(2027, 2, 24), "ГК РФ ст. 193; ПП РФ № 1187; ТК РФ ст. 112"},
	}
	for _, c := range cases {
		got, err := cal.Deadline(c.start, c.p)
		if err != nil || got != c.want {
			t.Errorf("Deadline(%s, %v) = %s, %v; want %s (%s)", c.start, c.p, got, err, c.want, c.src)
		}
	}
	// The one-month case, explained: ст. 193 moves 01.01.2027 to 11.01.2027.
	_, dec, err := cal.ExplainDeadline(d(2026, 12, 1), Period{1, Months})
	if err != nil || !dec.Has(CodePeriodMoved) {
		t.Errorf("ExplainDeadline(2026-12-01, 1 month) = %v, %v; want a move under ст. 193", dec.Codes(), err)
	}
}

// The days of 2027 as ПП РФ № 1187 от 17.09.2026 and ТК РФ ст. 112 set them
// (spec/calendar.md §1; data/ru-calendar.csv).
func TestDays2027(t *testing.T) {
	cal := Federal()
	cases := []struct {
		day       date.Date
		working   bool
		kind      DayKind
		shortened bool
		src       string
	}{
		// The working Saturday is a transferred working day: its day off moves
		// to Monday 22.02. It is the last working day before the 23 February
		// holiday, so one hour shorter (ТК РФ ст. 95; spec/calendar.md §1
		// lists it among the shortened days).
		{d(2027, 2, 20), true, WorkingWeekend, true, "ПП РФ № 1187: Saturday 20.02 working, day off moved to 22.02"},
		{d(2027, 2, 22), false, TransferredDayOff, false, "ПП РФ № 1187: day off moved from 20.02"},
		{d(2027, 2, 23), false, Holiday, false, "ТК РФ ст. 112 ч. 1"},
		{d(2027, 1, 8), false, Holiday, false, "ТК РФ ст. 112 ч. 1"},
		{d(2027, 1, 11), true, Working, false, "first working day of 2027"},
		{d(2027, 5, 3), false, TransferredDayOff, false, "1 May is a Saturday: ТК РФ ст. 112 ч. 2"},
		{d(2027, 5, 10), false, TransferredDayOff, false, "9 May is a Sunday: ТК РФ ст. 112 ч. 2"},
		{d(2027, 6, 14), false, TransferredDayOff, false, "12 June is a Saturday: ТК РФ ст. 112 ч. 2"},
		{d(2027, 11, 5), false, TransferredDayOff, false, "ПП РФ № 1187: Saturday 02.01 moved to 05.11"},
		{d(2027, 12, 31), false, TransferredDayOff, false, "ПП РФ № 1187: Sunday 03.01 moved to 31.12"},
		{d(2027, 4, 30), true, Shortened, true, "eve of 1 May, ТК РФ ст. 95"},
	}
	for _, c := range cases {
		info, err := cal.Day(c.day)
		if err != nil || info.Working != c.working || info.Kind != c.kind || info.Shortened != c.shortened {
			t.Errorf("Day(%s) = %+v, %v; want working=%v kind=%v shortened=%v (%s)", c.day, info, err, c.working, c.kind, c.shortened, c.src)
		}
	}
	// Across the working Saturday: the next working day after Friday 19.02 is
	// Saturday 20.02; the one after it is Wednesday 24.02.
	if got, err := cal.AddWorkingDays(d(2027, 2, 19), 2); err != nil || got != d(2027, 2, 24) {
		t.Errorf("AddWorkingDays(2027-02-19, 2) = %s, %v; want 2027-02-24", got, err)
	}
	// The last working day of 2027 is Thursday 30.12.
	if got, err := cal.PrevWorkingDay(d(2027, 12, 31)); err != nil || got != d(2027, 12, 30) {
		t.Errorf("PrevWorkingDay(2027-12-31) = %s, %v; want 2027-12-30", got, err)
	}
}
