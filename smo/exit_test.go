package smo

import (
	"testing"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
	"github.com/stretchr/testify/assert"
)

func TestCheckExit(t *testing.T) {
	c := NewChecker(sample(t), DefaultRules(), nil)
	saratov := MustHistory(Entry{Date: day(2015, time.May, 5), Insurer: "SAMPLE-01", Region: oms.Saratov, Reason: FirstChoice})
	crimea := MustHistory(Entry{Date: day(2016, time.May, 5), Insurer: "SAMPLE-05", Region: oms.Crimea, Reason: FirstChoice})
	saratovChose := func(y, m, d int) History {
		h, err := saratov.With(Entry{Date: day(y, time.Month(m), d), Insurer: "SAMPLE-02", Region: oms.Saratov, Reason: InsurerExit})
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	cases := []struct {
		name  string
		h     History
		asOf  [3]int
		codes []string
	}{
		{"insurer still registered", saratov, [3]int{2024, 6, 30}, []string{CodeExitNone}},
		// Two months to choose from 1 July 2024 (326-ФЗ ст. 38 ч. 17;
		// Rules 108н p. 24): to 1 September 2024, a Sunday, so Monday
		// 2 September (ГК РФ ст. 193).
		{"insurer left Saratov; others remain", saratov, [3]int{2024, 7, 1}, []string{CodeExitRightToChoose, CodeExitChoicePending, CodeExitFundAssigns}},
		{"the two months have passed with no choice", saratov, [3]int{2024, 9, 3}, []string{CodeExitRightToChoose, CodeExitChoiceOverdue, CodeExitFundAssigns}},
		{"chose in time", saratovChose(2024, 9, 2), [3]int{2024, 10, 1}, []string{CodeExitNone}},
		// Left on 1 January 2026: two months end on Sunday 1 March, so Monday 2 March.
		{"the last insurer left Crimea in 2026 (sample data)", crimea, [3]int{2026, 3, 1}, []string{CodeExitRightToChoose, CodeExitChoicePending, CodeExitNoneRemains}},
		{"from 2027 the fund insures (430-ФЗ)", crimea, [3]int{2027, 3, 1}, []string{CodeExitRightToChoose, CodeExitChoiceOverdue, CodeExitFundInsures}},
		{"no insurer of one's own", History{}, [3]int{2027, 3, 1}, []string{CodeExitNoInsurer}},
		{"insured by the fund", MustHistory(Entry{Date: day(2027, 2, 1), Insurer: FundInsurer, Region: oms.Crimea, Reason: FundAssignment}), [3]int{2027, 3, 1}, []string{CodeExitFundInsures}},
		{"unknown insurer", MustHistory(Entry{Date: day(2020, 2, 1), Insurer: "GONE", Region: oms.Crimea, Reason: FirstChoice}), [3]int{2027, 3, 1}, []string{CodeExitUnknown}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := c.CheckExit(tc.h, day(tc.asOf[0], time.Month(tc.asOf[1]), tc.asOf[2]))
			assert.Equal(t, tc.codes, d.Codes(), "%s", d)
			assert.Equal(t, !d.Has(CodeExitChoiceOverdue), d.OK(), "%s", d)
		})
	}
	d := c.CheckExit(saratov, day(2024, time.July, 1))
	f, _ := d.Find(CodeExitRightToChoose)
	assert.Contains(t, f.RU, "01.07.2024")
	// From 10.01.2023 the point of the Rules is not established: the law.
	assert.Equal(t, "326-ФЗ, ст. 38, ч. 17", f.Citation.String())
	assert.True(t, f.Unconfirmed)
	g, _ := d.Find(CodeExitFundAssigns)
	assert.True(t, g.Unconfirmed)
	assert.Equal(t, "326-ФЗ, ст. 16, ч. 6", g.Citation.String())
	p, _ := d.Find(CodeExitChoicePending)
	assert.Contains(t, p.RU, "02.09.2024")
	// In 2020, the Rules 108н pp. 24–25, read in full.
	reg := MustRegistry(
		must(NewInsurer("A", "Insurer A", "", Regional, Presence{Region: oms.Saratov, Entered: day(2011, 1, 1), Left: oms.SomeDate(day(2020, 3, 2))})),
		must(NewInsurer("B", "Insurer B", "", Regional, Presence{Region: oms.Saratov, Entered: day(2011, 1, 1)})),
	)
	h := MustHistory(Entry{Date: day(2015, time.May, 5), Insurer: "A", Region: oms.Saratov, Reason: FirstChoice})
	d = NewChecker(reg, DefaultRules(), nil).CheckExit(h, day(2020, time.March, 10))
	f, _ = d.Find(CodeExitRightToChoose)
	assert.Equal(t, oms.ActRules108n+", п. 24", f.Citation.String())
	assert.False(t, f.Unconfirmed)
	g, _ = d.Find(CodeExitFundAssigns)
	assert.Equal(t, oms.ActRules108n+", п. 25", g.Citation.String())
	assert.False(t, g.Unconfirmed)
	// 2 March 2020 + 2 months: Saturday 2 May 2020, a day off like 1–5
	// May; the next working day is 6 May 2020 (data/ru-calendar.csv).
	p, _ = d.Find(CodeExitChoicePending)
	assert.Contains(t, p.EN, "2020-05-06", "%s", d)
}

// The gap before the fund may act as insurer rests on the date of 430-ФЗ,
// whose sources are secondary (law.md §2.3, [S]): the finding is as
// unconfirmed as the version it names, and names the caller's date.
func TestFundNotYetFollowsTheRule(t *testing.T) {
	crimea := MustHistory(Entry{Date: day(2016, time.May, 5), Insurer: "SAMPLE-05", Region: oms.Crimea, Reason: FirstChoice})
	asOf := day(2026, time.March, 1) // the last insurer left Crimea (sample data)
	never := oms.MustTimeline(oms.Dated[bool]{From: law326, Value: false, Citation: pChoice.law})
	later := FundMayInsure().With(oms.Dated[bool]{From: day(2027, time.January, 1), Value: false, Citation: pChoice.law}).
		With(oms.Dated[bool]{From: day(2028, time.July, 1), Value: true, Citation: oms.Citation{Act: "caller's reading"}})
	for _, tc := range []struct {
		name        string
		rule        oms.Timeline[bool]
		ru, en      string
		cite        string
		unconfirmed bool
	}{
		{"default: 430-ФЗ from 01.01.2027", FundMayInsure(),
			"В реестре СМО субъекта не осталось СМО, а до 01.01.2027 территориальный фонд ОМС не выполняет функции страховщика.",
			"No insurer remains on the region's register, and before 1 January 2027 the territorial fund does not act as insurer.",
			"326-ФЗ, ст. 38, ч. 17", true},
		{"a caller's later date, confirmed", later,
			"В реестре СМО субъекта не осталось СМО, а до 01.07.2028 территориальный фонд ОМС не выполняет функции страховщика.",
			"No insurer remains on the region's register, and before 1 July 2028 the territorial fund does not act as insurer.",
			"caller's reading", false},
		{"never: the 2011 version, certain", never,
			"В реестре СМО субъекта не осталось СМО, а территориальный фонд ОМС не выполняет функции страховщика.",
			"No insurer remains on the region's register, and the territorial fund does not act as insurer.",
			"326-ФЗ, ст. 16, ч. 1, п. 2", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := DefaultRules()
			r.FundMayInsure = tc.rule
			d := NewChecker(sample(t), r, nil).CheckExit(crimea, asOf)
			f, ok := d.Find(CodeExitNoneRemains)
			assert.True(t, ok, "%s", d)
			assert.Equal(t, oms.Warning, f.Severity)
			assert.Equal(t, tc.ru, f.RU)
			assert.Equal(t, tc.en, f.EN)
			assert.Equal(t, tc.cite, f.Citation.String())
			assert.Equal(t, tc.unconfirmed, f.Unconfirmed)

			s := NewChecker(sample(t), r, nil).CheckSwitch(History{},
				Request{Date: asOf, Insurer: FundInsurer, Region: oms.Crimea, Reason: FirstChoice, Applicant: eligibility.Self, Born: adult})
			g, ok := s.Find(CodeFundNotInsurer)
			assert.True(t, ok, "%s", s)
			assert.Equal(t, oms.Violation, g.Severity)
			assert.Equal(t, upperFirst(tc.ru[len("В реестре СМО субъекта не осталось СМО, а "):]), g.RU)
			assert.Equal(t, tc.cite, g.Citation.String())
			assert.Equal(t, tc.unconfirmed, g.Unconfirmed)
		})
	}
}
