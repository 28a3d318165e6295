package smo

import (
	"testing"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The month of 326-ФЗ ст. 16 ч. 2 п. 4 by ГК РФ ст. 191–193.
func TestRelocationDeadline(t *testing.T) {
	cal := calendar.Federal()
	cases := []struct {
		moved, want [3]int
		why         string
	}{
		{[3]int{2026, 3, 10}, [3]int{2026, 4, 10}, "same-numbered day of the next month (ст. 192 п. 3), a Friday"},
		{[3]int{2026, 1, 31}, [3]int{2026, 3, 2}, "no 31 February: 28 February 2026 is a Saturday, so Monday 2 March (ст. 192, 193)"},
		{[3]int{2026, 10, 4}, [3]int{2026, 11, 5}, "4 November is a holiday (ТК ст. 112): the next working day"},
		{[3]int{2025, 10, 1}, [3]int{2025, 11, 1}, "1 November 2025 was a working Saturday (ПП РФ № 1335)"},
	}
	for _, c := range cases {
		got, err := RelocationDeadline(day(c.moved[0], time.Month(c.moved[1]), c.moved[2]), cal)
		require.NoError(t, err, c.why)
		assert.Equal(t, day(c.want[0], time.Month(c.want[1]), c.want[2]), got.Due, c.why)
		assert.Equal(t, DutyRelocation, got.Code)
	}
	_, err := RelocationDeadline(day(2027, time.December, 20), cal)
	assert.ErrorIs(t, err, calendar.ErrUnknownYear)
	d, err := RelocationDeadline(day(2026, time.March, 10), nil) // nil: the federal calendar
	require.NoError(t, err)
	assert.Equal(t, day(2026, time.April, 10), d.Due)
	assert.Equal(t, "326-ФЗ, ст. 16, ч. 2, п. 4", d.Citation.String())
	assert.True(t, d.Unconfirmed) // the point of the Rules from 10.01.2023 is not established
	d, err = RelocationDeadline(day(2018, time.March, 10), nil)
	require.NoError(t, err)
	assert.Equal(t, oms.ActRules158n+", п. 16", d.Citation.String())
	assert.False(t, d.Unconfirmed)
}

func TestCheckRelocation(t *testing.T) {
	c := NewChecker(sample(t), DefaultRules(), nil)
	tatarstan := MustHistory(Entry{Date: day(2020, time.March, 1), Insurer: "SAMPLE-03", Region: oms.Tatarstan, Reason: FirstChoice})
	moved := day(2026, time.March, 10) // deadline 10 April 2026
	withChoice := func(y int, m time.Month, d int) History {
		h, err := tatarstan.With(Entry{Date: day(y, m, d), Insurer: "SAMPLE-04", Region: oms.Moscow, Reason: Relocation})
		require.NoError(t, err)
		return h
	}
	cases := []struct {
		name string
		h    History
		to   oms.Region
		asOf [3]int
		ok   bool
		code string
	}{
		{"regional insurer absent from Moscow: choice due", tatarstan, oms.Moscow, [3]int{2026, 3, 20}, true, CodeRelocationPending},
		{"the month has passed", tatarstan, oms.Moscow, [3]int{2026, 4, 11}, false, CodeRelocationOverdue},
		{"on the last day it is still due", tatarstan, oms.Moscow, [3]int{2026, 4, 10}, true, CodeRelocationPending},
		{"chose in time", withChoice(2026, time.April, 10), oms.Moscow, [3]int{2026, 5, 1}, true, CodeRelocationMet},
		{"chose late", withChoice(2026, time.April, 13), oms.Moscow, [3]int{2026, 5, 1}, false, CodeRelocationLate},
		{"federal insurer works in the new region", MustHistory(Entry{Date: day(2020, 3, 1), Insurer: "SAMPLE-01", Region: oms.Tatarstan, Reason: FirstChoice}), oms.Moscow, [3]int{2026, 5, 1}, true, CodeRelocationInsurerStays},
		{"no insurer before the move", History{}, oms.Moscow, [3]int{2026, 5, 1}, true, CodeRelocationFirstChoice},
		{"invalid region", tatarstan, 0, [3]int{2026, 5, 1}, false, CodeRelocationInvalid},
		{"as-of before the move", tatarstan, oms.Moscow, [3]int{2026, 3, 1}, false, CodeRelocationInvalid},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := c.CheckRelocation(tc.h, moved, tc.to, day(tc.asOf[0], time.Month(tc.asOf[1]), tc.asOf[2]))
			assert.Equal(t, tc.ok, d.OK(), "%s", d)
			assert.True(t, d.Has(tc.code), "%s", d)
			// CheckRelocationDuty gives the same decision, and the duty
			// and status its finding names (none where no choice is due).
			d2, duty, st := c.CheckRelocationDuty(tc.h, moved, tc.to, day(tc.asOf[0], time.Month(tc.asOf[1]), tc.asOf[2]))
			assert.Equal(t, d.String(), d2.String())
			if st == 0 {
				assert.Equal(t, calendar.Duty{}, duty)
				assert.NotContains(t, []string{CodeRelocationPending, CodeRelocationOverdue, CodeRelocationMet, CodeRelocationLate}, tc.code)
				return
			}
			want, err := RelocationDeadline(moved, nil)
			require.NoError(t, err)
			assert.Equal(t, want, duty)
			assert.Equal(t, DutyRelocation+"."+st.String(), tc.code)
		})
	}
	// A move in December 2027 runs into 2028, which the calendar does not
	// know yet: the nominal day is used, with a warning.
	d := c.CheckRelocation(tatarstan, day(2027, time.December, 20), oms.Moscow, day(2027, time.December, 21))
	assert.True(t, d.Has(CodeRelocationNoCalendar), "%s", d)
	assert.True(t, d.Has(CodeRelocationPending), "%s", d)
	f, _ := d.Find(CodeRelocationPending)
	assert.Contains(t, f.EN, "2028-01-20")
}

func TestAddMonths(t *testing.T) {
	assert.Equal(t, day(2027, time.January, 20), addMonths(day(2026, time.December, 20), 1))
	assert.Equal(t, day(2024, time.February, 29), addMonths(day(2024, time.January, 31), 1))
	assert.Equal(t, day(2026, time.February, 28), addMonths(day(2026, time.January, 31), 1))
}
