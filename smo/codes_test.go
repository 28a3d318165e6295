package smo

import (
	"testing"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Codes lists each code once, with a summary in both languages, the
// citations of every version oldest first, and the package.
func TestCodes(t *testing.T) {
	seen := map[string]oms.CodeInfo{}
	for _, c := range Codes() {
		_, dup := seen[c.Code]
		assert.False(t, dup, "%s listed twice", c.Code)
		seen[c.Code] = c
		assert.Equal(t, "smo", c.Package)
		assert.NotEmpty(t, c.RU, c.Code)
		assert.NotEmpty(t, c.EN, c.Code)
		assert.True(t, c.Severity == oms.Info || c.Severity == oms.Warning || c.Severity == oms.Violation, c.Code)
		if c.Code != CodeRequestInvalid && c.Code != CodeRelocationInvalid {
			assert.NotEmpty(t, c.Citations, c.Code)
		}
		for _, ci := range c.Citations {
			switch ci.Act {
			case oms.Act326FZ, oms.ActRules158n, oms.ActRules108n, oms.ActCivilCode:
			default:
				t.Errorf("%s cites %q, not an act of acts.go", c.Code, ci.Act)
			}
		}
	}
	// The codes of a Rules-based finding cite 158н, 108н, then 326-ФЗ.
	c := seen[CodeAnnualLimit]
	require.Len(t, c.Citations, 3)
	assert.Equal(t, oms.ActRules158n+", п. 15", c.Citations[0].String())
	assert.Equal(t, oms.ActRules108n+", п. 21", c.Citations[1].String())
	assert.Equal(t, "326-ФЗ, ст. 16, ч. 1, п. 3", c.Citations[2].String())
	assert.True(t, c.Unconfirmed)
	assert.True(t, seen[CodeDeadlineNonWorking].Unconfirmed)
	for _, code := range []string{
		CodeEffectiveMet, CodeEffectivePending, CodeEffectiveLate, CodeEffectiveOverdue,
		CodeRelocationMet, CodeRelocationPending, CodeRelocationLate, CodeRelocationOverdue,
		CodeExitChoiceMet, CodeExitChoicePending, CodeExitChoiceLate, CodeExitChoiceOverdue,
		CodeExitNoticeMet, CodeExitNoticePending, CodeExitNoticeLate, CodeExitNoticeOverdue,
	} {
		d, ok := seen[code]
		require.True(t, ok, "%s not listed", code)
		assert.Len(t, d.Citations, 3, code)
	}
}

// Each duty's Check makes the four codes listed for it.
func TestDutyCodes(t *testing.T) {
	r := DefaultRules()
	start := day(2020, time.March, 2)
	mk := func(f func() (calendar.Duty, error)) calendar.Duty {
		d, err := f()
		require.NoError(t, err)
		return d
	}
	for _, tc := range []struct {
		d                           calendar.Duty
		code                        string
		met, pending, late, overdue string
	}{
		{mk(func() (calendar.Duty, error) { return r.EffectiveDate(start, nil) }), DutyEffective,
			CodeEffectiveMet, CodeEffectivePending, CodeEffectiveLate, CodeEffectiveOverdue},
		{mk(func() (calendar.Duty, error) { return r.RelocationDeadline(start, nil) }), DutyRelocation,
			CodeRelocationMet, CodeRelocationPending, CodeRelocationLate, CodeRelocationOverdue},
		{mk(func() (calendar.Duty, error) { return r.ExitChoiceDeadline(start, nil) }), DutyExitChoice,
			CodeExitChoiceMet, CodeExitChoicePending, CodeExitChoiceLate, CodeExitChoiceOverdue},
		{mk(func() (calendar.Duty, error) { return r.ExitNoticeDeadline(start) }), DutyExitNotice,
			CodeExitNoticeMet, CodeExitNoticePending, CodeExitNoticeLate, CodeExitNoticeOverdue},
	} {
		d := tc.d
		assert.Equal(t, tc.code, d.Code)
		before, after := d.Due.Add(-1), d.Due.Add(1)
		assert.True(t, d.Check(oms.SomeDate(d.Due), after).Has(tc.met))
		assert.True(t, d.Check(oms.NoDate, d.Due).Has(tc.pending))
		assert.True(t, d.Check(oms.SomeDate(after), after).Has(tc.late))
		assert.True(t, d.Check(oms.NoDate, after).Has(tc.overdue))
		assert.True(t, d.Check(oms.SomeDate(before), before).OK())
		assert.Equal(t, oms.ActRules108n, d.Citation.Act, tc.code) // in 2020, the Rules 108н
	}
}

// An insurer ending its contract early notifies three months ahead
// (326-ФЗ ст. 38 ч. 15; Rules 158н p. 17, 108н pp. 23, 93): for a contract
// ending on 31 May 2020, by 29 February 2020 (no 31 February; ГК РФ
// ст. 192 п. 3 by analogy), not moved off a non-working day.
func TestExitNoticeDeadline(t *testing.T) {
	r := DefaultRules()
	for _, tc := range []struct {
		ends, due [3]int
		cite      string
	}{
		{[3]int{2020, 5, 31}, [3]int{2020, 2, 29}, oms.ActRules108n + ", п. 23, 93"},
		{[3]int{2018, 7, 1}, [3]int{2018, 4, 1}, oms.ActRules158n + ", п. 17"}, // 1 April 2018 was a Sunday: not moved
		{[3]int{2026, 3, 31}, [3]int{2025, 12, 31}, "326-ФЗ, ст. 38, ч. 15"},
	} {
		ends := day(tc.ends[0], time.Month(tc.ends[1]), tc.ends[2])
		d, err := r.ExitNoticeDeadline(ends)
		require.NoError(t, err)
		assert.Equal(t, day(tc.due[0], time.Month(tc.due[1]), tc.due[2]), d.Due)
		assert.Equal(t, ends, d.Start)
		assert.Equal(t, tc.cite, d.Citation.String())
	}
	_, err := r.ExitNoticeDeadline(day(2010, time.May, 1))
	assert.ErrorIs(t, err, oms.ErrNotInForce)
	bad := DefaultRules()
	v, _ := bad.ExitNotice.At(day(2026, time.January, 1))
	v.Value.Period = calendar.Period{N: 90, Unit: calendar.Days}
	bad.ExitNotice = bad.ExitNotice.With(v)
	_, err = bad.ExitNoticeDeadline(day(2026, time.March, 31))
	assert.ErrorIs(t, err, ErrInvalid)
}
