package smo

import (
	"testing"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/eligibility"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The effective day is the day of the application (Rules 158н pp. 34–35,
// 108н pp. 44, 46; from 10.01.2023 326-ФЗ ст. 16 ч. 5, unconfirmed: spec
// rules-points.md note 5).
func TestEffectiveDateDefault(t *testing.T) {
	r := DefaultRules()
	for _, tc := range []struct {
		applied     [3]int
		cite        string
		unconfirmed bool
	}{
		{[3]int{2015, 3, 2}, oms.ActRules158n + ", п. 34, 35", false},
		{[3]int{2019, 5, 28}, oms.ActRules108n + ", п. 44, 46", false},
		{[3]int{2026, 11, 1}, "326-ФЗ, ст. 16, ч. 5", true}, // a Sunday: still that day
	} {
		applied := day(tc.applied[0], time.Month(tc.applied[1]), tc.applied[2])
		d, err := r.EffectiveDate(applied, nil)
		require.NoError(t, err)
		assert.Equal(t, applied, d.Due)
		assert.Equal(t, applied, d.Start)
		assert.Equal(t, DutyEffective, d.Code)
		assert.Equal(t, tc.cite, d.Citation.String())
		assert.Equal(t, tc.unconfirmed, d.Unconfirmed)
	}
	_, err := r.EffectiveDate(day(2010, time.June, 1), nil)
	assert.ErrorIs(t, err, oms.ErrNotInForce)
}

// A caller who reads the Rules as "insured once the unified register
// accepts the record", and knows that takes one working day, overrides the
// rule; the day is then counted on the production calendar.
func TestEffectiveDateOverride(t *testing.T) {
	r := DefaultRules()
	v, err := r.Effective.At(day(2023, time.January, 10))
	require.NoError(t, err)
	rule := v.Value
	rule.Period = calendar.Period{N: 1, Unit: calendar.WorkingDays}
	r.Effective = r.Effective.With(oms.Dated[calendar.DutyRule]{From: day(2023, time.January, 10), Value: rule,
		Citation: oms.Citation{Act: "caller's reading"}})
	d, err := r.EffectiveDate(day(2026, time.October, 30), nil) // Friday → Monday
	require.NoError(t, err)
	assert.Equal(t, day(2026, time.November, 2), d.Due)
	d, err = r.EffectiveDate(day(2022, time.October, 28), nil) // the older version: same day
	require.NoError(t, err)
	assert.Equal(t, day(2022, time.October, 28), d.Due)
	_, err = r.EffectiveDate(day(2027, time.December, 31), nil) // the calendar ends with 2027
	assert.ErrorIs(t, err, calendar.ErrUnknownYear)
	c := NewChecker(sample(t), r, nil)
	e, err := c.EffectiveDate(day(2026, time.October, 30))
	require.NoError(t, err)
	assert.Equal(t, day(2026, time.November, 2), e.Due)
}

func TestFundMayInsure(t *testing.T) {
	v, err := FundMayInsure().At(day(2026, time.December, 31))
	require.NoError(t, err)
	assert.False(t, v.Value)
	assert.Equal(t, "326-ФЗ, ст. 16, ч. 6", v.Citation.String())
	v, err = FundMayInsure().At(day(2027, time.January, 1))
	require.NoError(t, err)
	assert.True(t, v.Value)
	assert.True(t, v.Unconfirmed)
	assert.Equal(t, oms.Act326FZ, v.Citation.Act)
	assert.Contains(t, v.Citation.Title, "430-ФЗ")
}

func TestVoluntaryLimitOverride(t *testing.T) {
	// A hypothetical change of law: two voluntary replacements a year by
	// 1 December from 2030. The override is how callers add a version.
	r := DefaultRules()
	r.VoluntaryLimit = r.VoluntaryLimit.With(oms.Dated[VoluntaryLimit]{From: day(2030, time.January, 1),
		Value: VoluntaryLimit{PerYear: 2, LastMonth: time.December, LastDay: 1}, Citation: oms.Citation{Act: "test"}})
	h := MustHistory(
		Entry{Date: day(2029, time.March, 1), Insurer: "SAMPLE-01", Region: oms.Moscow, Reason: FirstChoice},
		Entry{Date: day(2030, time.March, 1), Insurer: "SAMPLE-02", Region: oms.Moscow, Reason: Voluntary},
	)
	d := NewChecker(sample(t), r, nil).CheckSwitch(h,
		Request{Date: day(2030, time.November, 20), Insurer: "SAMPLE-04", Region: oms.Moscow, Reason: Voluntary, Applicant: eligibility.Self, Born: adult})
	assert.True(t, d.OK(), "%s", d)
	r = DefaultRules()
	r.FundMayInsure = FundMayInsure().Until(day(2028, time.December, 31))
	d = NewChecker(sample(t), r, nil).CheckSwitch(History{},
		Request{Date: day(2029, time.March, 1), Insurer: FundInsurer, Region: oms.Crimea, Reason: FirstChoice, Applicant: eligibility.Self, Born: adult})
	assert.True(t, d.Has(CodeFundNotInsurer), "%s", d)
}

// The Civil Code divides its articles into пункты, not части (ГК РФ ст. 21
// п. 1–2, ст. 192 п. 1–4 on consultant.ru LAW_5142), and smo cites ст. 192
// and ст. 193 as package calendar does.
func TestCivilCodeCitations(t *testing.T) {
	for _, tc := range []struct {
		p    provision
		want string
	}{
		{pCapacity, "ГК РФ, ст. 21, п. 1"}, // full capacity from 18
		{pMonth, "ГК РФ, ст. 192, п. 3"},   // a period of months
		{pArt193, "ГК РФ, ст. 193"},        // a term ending on a non-working day
	} {
		c, unconfirmed := tc.p.at(day(2026, time.March, 1))
		assert.Equal(t, tc.want, c.String())
		assert.False(t, unconfirmed)
		assert.Empty(t, c.Part, "%s", tc.want)
		assert.NotEmpty(t, c.URL, "%s", tc.want)
	}
	assert.Equal(t, calendar.CiteArt192Months(), pMonth.law)
	assert.Equal(t, calendar.CiteArt193(), pArt193.law)
}

// Each provision cites the Rules 158н to 27.05.2019, the Rules 108н from
// 28.05.2019, and from 10.01.2023 the article of 326-ФЗ, unconfirmed
// (spec rules-points.md; law-addendum.md §7).
func TestProvisionPeriods(t *testing.T) {
	for _, tc := range []struct {
		p                provision
		c158, c108, cLaw string
	}{
		{pReplace, oms.ActRules158n + ", п. 15", oms.ActRules108n + ", п. 21", "326-ФЗ, ст. 16, ч. 1, п. 3"},
		{pRelocation, oms.ActRules158n + ", п. 16", oms.ActRules108n + ", п. 22", "326-ФЗ, ст. 16, ч. 2, п. 4"},
		{pNotify, oms.ActRules158n + ", п. 52", oms.ActRules108n + ", п. 60", "326-ФЗ, ст. 16, ч. 2, п. 3"},
		{pExitNotice, oms.ActRules158n + ", п. 17", oms.ActRules108n + ", п. 23, 93", "326-ФЗ, ст. 38, ч. 15"},
		{pExitChoice, oms.ActRules158n + ", п. 18", oms.ActRules108n + ", п. 24", "326-ФЗ, ст. 38, ч. 17"},
		{pDistribution, oms.ActRules158n + ", п. 13", oms.ActRules108n + ", п. 25", "326-ФЗ, ст. 16, ч. 6"},
		{pApplicant, oms.ActRules158n + ", п. 7", oms.ActRules108n + ", п. 7", "326-ФЗ, ст. 16, ч. 2, п. 2"},
	} {
		for _, at := range []struct {
			d           [3]int
			want        string
			unconfirmed bool
		}{
			{[3]int{2011, 1, 1}, tc.c158, false},
			{[3]int{2019, 5, 27}, tc.c158, false},
			{[3]int{2019, 5, 28}, tc.c108, false},
			{[3]int{2023, 1, 9}, tc.c108, false},
			{[3]int{2023, 1, 10}, tc.cLaw, true},
		} {
			c, u := tc.p.at(day(at.d[0], time.Month(at.d[1]), at.d[2]))
			assert.Equal(t, at.want, c.String(), "%v", at.d)
			assert.Equal(t, at.unconfirmed, u, "%v %s", at.d, at.want)
			assert.NotEmpty(t, c.Title)
		}
		assert.Len(t, tc.p.all(), 3)
	}
}

// Every URL goes to the act itself, on one of the sites of acts.
func TestCitationURLs(t *testing.T) {
	for _, ci := range Codes() {
		for _, c := range ci.Citations {
			if c.URL == "" {
				continue
			}
			ok := false
			for _, site := range []string{"https://www.consultant.ru/", "https://base.garant.ru/", "http://pravo.gov.ru/", "https://docs.cntd.ru/", "https://www.ffoms.gov.ru/", "https://minzdrav.gov.ru/"} {
				ok = ok || len(c.URL) >= len(site) && c.URL[:len(site)] == site
			}
			assert.True(t, ok, "%s: %s", ci.Code, c.URL)
		}
	}
}
