package smo

import (
	"testing"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEffectiveDateDefault(t *testing.T) {
	c := NewChecker(sample(t))
	d, v, err := c.EffectiveDate(day(2026, time.November, 1)) // a Sunday: still that day
	require.NoError(t, err)
	assert.Equal(t, day(2026, time.November, 1), d)
	assert.True(t, v.Unconfirmed)
	assert.Equal(t, oms.ActRules158n108n, v.Citation.String())
	_, _, err = c.EffectiveDate(day(2010, time.June, 1))
	assert.ErrorIs(t, err, oms.ErrNotInForce)
}

// A caller who reads the Rules as "insured once the unified register
// accepts the record", and knows that takes one working day, overrides the
// rule; the day is then counted on the production calendar.
func TestEffectiveDateOverride(t *testing.T) {
	rule := DefaultEffectiveRule().With(oms.Dated[EffectiveRule]{
		From: day(2023, time.January, 10), Value: EffectiveRule{WorkingDaysAfter: 1},
		Citation: oms.Citation{Act: "caller's reading"},
	})
	c := NewChecker(sample(t), WithEffectiveRule(rule))
	d, _, err := c.EffectiveDate(day(2026, time.October, 30)) // Friday → Monday
	require.NoError(t, err)
	assert.Equal(t, day(2026, time.November, 2), d)
	d, _, err = c.EffectiveDate(day(2022, time.October, 28)) // the older version: same day
	require.NoError(t, err)
	assert.Equal(t, day(2022, time.October, 28), d)
	_, _, err = c.EffectiveDate(day(2027, time.December, 31)) // the calendar ends with 2027
	assert.ErrorIs(t, err, calendar.ErrUnknownYear)
	_, _, err = NewChecker(sample(t), WithEffectiveRule(rule), WithCalendar(nil)).EffectiveDate(day(2026, time.October, 30))
	assert.ErrorIs(t, err, ErrInvalid)
}

func TestFundMayInsure(t *testing.T) {
	v, err := FundMayInsure().At(day(2026, time.December, 31))
	require.NoError(t, err)
	assert.False(t, v.Value)
	v, err = FundMayInsure().At(day(2027, time.January, 1))
	require.NoError(t, err)
	assert.True(t, v.Value)
	assert.True(t, v.Unconfirmed)
	assert.Equal(t, "430-ФЗ", v.Citation.Act)
}

func TestVoluntaryLimitOverride(t *testing.T) {
	// A hypothetical change of law: two voluntary replacements a year by
	// 1 December from 2030. The override is how callers add a version.
	lim := DefaultVoluntaryLimit().With(oms.Dated[VoluntaryLimit]{From: day(2030, time.January, 1),
		Value: VoluntaryLimit{PerYear: 2, LastMonth: time.December, LastDay: 1}, Citation: oms.Citation{Act: "test"}})
	h := MustHistory(
		Entry{Date: day(2029, time.March, 1), Insurer: "SAMPLE-01", Region: oms.Moscow, Reason: FirstChoice},
		Entry{Date: day(2030, time.March, 1), Insurer: "SAMPLE-02", Region: oms.Moscow, Reason: Voluntary},
	)
	d := NewChecker(sample(t), WithVoluntaryLimit(lim), WithCalendar(nil)).CheckSwitch(h,
		Request{Date: day(2030, time.November, 20), Insurer: "SAMPLE-04", Region: oms.Moscow, Reason: Voluntary, Applicant: Self, Born: adult})
	assert.True(t, d.OK(), "%s", d)
	d = NewChecker(sample(t), WithCalendar(nil), WithFundMayInsure(FundMayInsure().Until(day(2028, time.December, 31)))).CheckSwitch(History{},
		Request{Date: day(2029, time.March, 1), Insurer: FundInsurer, Region: oms.Crimea, Reason: FirstChoice, Applicant: Self, Born: adult})
	assert.True(t, d.Has(CodeFundNotInsurer), "%s", d)
}

// The Civil Code divides its articles into пункты, not части (ГК РФ ст. 21
// п. 1–2, ст. 192 п. 1–4 on consultant.ru LAW_5142), and smo cites ст. 192
// and ст. 193 as package calendar does.
func TestCivilCodeCitations(t *testing.T) {
	for _, tc := range []struct {
		c    oms.Citation
		want string
	}{
		{citeCapacity, "ГК РФ, ст. 21, п. 1"}, // full capacity from 18
		{citeMonth, "ГК РФ, ст. 192, п. 3"},   // a period of months
		{citeArt193, "ГК РФ, ст. 193"},        // a term ending on a non-working day
	} {
		assert.Equal(t, tc.want, tc.c.String())
		assert.Empty(t, tc.c.Part, "%s", tc.want)
		assert.NotEmpty(t, tc.c.URL, "%s", tc.want)
	}
	assert.Equal(t, calendar.CiteArt192Months(), citeMonth)
	assert.Equal(t, calendar.CiteArt193(), citeArt193)
}
