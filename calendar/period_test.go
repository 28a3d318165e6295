package calendar

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/omsrules/oms"

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

func TestDeadlineInvalidPeriod(t *testing.T) {
	for _, p := range []Period{{0, Days}, {-1, Months}, {1, 0}, {1, 9}} {
		if _, err := Federal().Deadline(d(2025, 1, 1), p); !errors.Is(err, ErrInvalidPeriod) {
			t.Errorf("Deadline(%v) err = %v; want ErrInvalidPeriod", p, err)
		}
	}
}

// ГК РФ ст. 194 п. 1: until 24:00 of the last day in the region's zone,
// with the offsets of the day (tzdata).
func TestDeadlineInstant(t *testing.T) {
	cal := Federal()
	cases := []struct {
		region oms.Region
		start  date.Date
		p      Period
		want   string // RFC 3339
		src    string
	}{
		// Last day Monday 10.06.2019; Volgograd was UTC+4 from 28.10.2018
		// to 27.12.2020.
		{oms.Volgograd, d(2019, 6, 3), Period{7, Days}, "2019-06-11T00:00:00+04:00", "Europe/Volgograd 2019"},
		{oms.Volgograd, d(2021, 6, 1), Period{7, Days}, "2021-06-09T00:00:00+03:00", "Europe/Volgograd 2021"},
		// Saratov: UTC+3 until 04.12.2016, UTC+4 since.
		{oms.Saratov, d(2016, 6, 1), Period{7, Days}, "2016-06-09T00:00:00+03:00", "Europe/Saratov 2016"},
		{oms.Saratov, d(2017, 6, 1), Period{7, Days}, "2017-06-09T00:00:00+04:00", "Europe/Saratov 2017"},
		{oms.Moscow, d(2025, 4, 1), Period{30, Days}, "2025-05-06T00:00:00+03:00", "last day 05.05.2025"},
		{oms.Region(41), d(2025, 4, 1), Period{30, Days}, "2025-05-06T00:00:00+12:00", "Kamchatka"},
		// Moscow was UTC+4 from 27.03.2011 to 26.10.2014.
		{oms.Moscow, d(2013, 6, 3), Period{7, Days}, "2013-06-11T00:00:00+04:00", "Europe/Moscow 2013"},
	}
	for _, c := range cases {
		got, err := cal.DeadlineInstant(c.start, c.p, c.region)
		want, _ := time.Parse(time.RFC3339, c.want)
		if err != nil || !got.Equal(want) {
			t.Errorf("DeadlineInstant(%s, %v, %s) = %v, %v; want %s (%s)", c.start, c.p, c.region, got, err, c.want, c.src)
		}
	}
	if _, err := cal.DeadlineInstant(d(2025, 1, 1), Period{1, Days}, 0); !errors.Is(err, oms.ErrUnknownRegion) {
		t.Errorf("region 0: err = %v", err)
	}
	if _, err := cal.DeadlineIn(d(2025, 1, 1), Period{1, Days}, nil); err == nil {
		t.Error("nil location accepted")
	}
	if _, err := cal.DeadlineInstant(d(2027, 12, 30), Period{5, Days}, oms.Moscow); !errors.Is(err, ErrUnknownYear) {
		t.Errorf("past 2027: err = %v", err)
	}
}

func TestExplainDeadline(t *testing.T) {
	cal := Federal()
	// 31.01.2026 + 1 month: no 31 February → 28.02.2026, a Saturday → 02.03.2026.
	end, dec, err := cal.ExplainDeadline(d(2026, 1, 31), Period{1, Months})
	if err != nil || end != d(2026, 3, 2) {
		t.Fatalf("ExplainDeadline = %s, %v", end, err)
	}
	want := []string{CodePeriodStart, CodePeriodEnd, CodePeriodMonthEnd, CodePeriodMoved, CodePeriodLastInstant}
	if got := dec.Codes(); !slices.Equal(got, want) {
		t.Errorf("codes = %v; want %v", got, want)
	}
	if !dec.OK() {
		t.Error("an explanation must be OK")
	}
	moved, _ := dec.Find(CodePeriodMoved)
	if moved.Citation != CiteArt193() || !strings.Contains(moved.RU, "28.02.2026") || !strings.Contains(moved.EN, "2026-03-02") {
		t.Errorf("moved = %+v", moved)
	}
	// A presidential non-working day does not move the deadline.
	_, dec, _ = cal.ExplainDeadline(d(2020, 4, 1), Period{14, Days})
	if f, ok := dec.Find(CodePeriodDecreeDay); !ok || f.Citation != CiteSupremeCourtReview2020() {
		t.Errorf("decree day finding missing: %v", dec.Codes())
	}
	// 29.02.2020 + 1 year: п. 3 by analogy, marked unconfirmed.
	_, dec, _ = cal.ExplainDeadline(d(2020, 2, 29), Period{1, Years})
	if f, ok := dec.Find(CodePeriodMonthEnd); !ok || !f.Unconfirmed {
		t.Errorf("29 February: %v", dec.Findings())
	}
	for _, u := range []Unit{Days, WorkingDays, Weeks, Months, Years} {
		_, dec, err := cal.ExplainDeadline(d(2024, 5, 15), Period{2, u})
		if err != nil || !dec.Has(CodePeriodEnd) {
			t.Errorf("%v: %v %v", u, dec.Codes(), err)
		}
		if f, _ := dec.Find(CodePeriodEnd); f.Citation.IsZero() || f.RU == "" || f.EN == "" {
			t.Errorf("%v: end finding %+v", u, f)
		}
	}
	if _, _, err := cal.ExplainDeadline(d(2027, 12, 30), Period{5, Days}); !errors.Is(err, ErrUnknownYear) {
		t.Errorf("err = %v", err)
	}
}
