package smo

import (
	"testing"
	"time"

	"github.com/omsrules/oms"
	"github.com/stretchr/testify/assert"
)

func TestCheckExit(t *testing.T) {
	c := NewChecker(sample(t))
	saratov := MustHistory(Entry{Date: day(2015, time.May, 5), Insurer: "SAMPLE-01", Region: oms.Saratov, Reason: FirstChoice})
	crimea := MustHistory(Entry{Date: day(2016, time.May, 5), Insurer: "SAMPLE-05", Region: oms.Crimea, Reason: FirstChoice})
	cases := []struct {
		name  string
		h     History
		asOf  [3]int
		codes []string
	}{
		{"insurer still registered", saratov, [3]int{2024, 6, 30}, []string{CodeExitNone}},
		{"insurer left Saratov; others remain", saratov, [3]int{2024, 7, 1}, []string{CodeExitRightToChoose, CodeExitFundAssigns}},
		{"the last insurer left Crimea in 2026 (sample data)", crimea, [3]int{2026, 3, 1}, []string{CodeExitRightToChoose, CodeExitNoneRemains}},
		{"from 2027 the fund insures (430-ФЗ)", crimea, [3]int{2027, 3, 1}, []string{CodeExitRightToChoose, CodeExitFundInsures}},
		{"no insurer of one's own", History{}, [3]int{2027, 3, 1}, []string{CodeExitNoInsurer}},
		{"insured by the fund", MustHistory(Entry{Date: day(2027, 2, 1), Insurer: FundInsurer, Region: oms.Crimea, Reason: FundAssignment}), [3]int{2027, 3, 1}, []string{CodeExitFundInsures}},
		{"unknown insurer", MustHistory(Entry{Date: day(2020, 2, 1), Insurer: "GONE", Region: oms.Crimea, Reason: FirstChoice}), [3]int{2027, 3, 1}, []string{CodeExitUnknown}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := c.CheckExit(tc.h, day(tc.asOf[0], time.Month(tc.asOf[1]), tc.asOf[2]))
			assert.Equal(t, tc.codes, d.Codes(), "%s", d)
			assert.True(t, d.OK())
		})
	}
	d := c.CheckExit(saratov, day(2024, time.July, 1))
	f, _ := d.Find(CodeExitRightToChoose)
	assert.Contains(t, f.RU, "01.07.2024")
	g, _ := d.Find(CodeExitFundAssigns)
	assert.True(t, g.Unconfirmed)
}

// The gap before the fund may act as insurer rests on the date of 430-ФЗ,
// whose sources are secondary (law.md §2.3, [S]): the finding is as
// unconfirmed as the version it names, and names the caller's date.
func TestFundNotYetFollowsTheRule(t *testing.T) {
	crimea := MustHistory(Entry{Date: day(2016, time.May, 5), Insurer: "SAMPLE-05", Region: oms.Crimea, Reason: FirstChoice})
	asOf := day(2026, time.March, 1) // the last insurer left Crimea (sample data)
	never := oms.MustTimeline(oms.Dated[bool]{From: law326, Value: false, Citation: citeChoice})
	later := FundMayInsure().With(oms.Dated[bool]{From: day(2027, time.January, 1), Value: false, Citation: citeChoice}).
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
			"430-ФЗ", true},
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
			d := NewChecker(sample(t), WithFundMayInsure(tc.rule)).CheckExit(crimea, asOf)
			f, ok := d.Find(CodeExitNoneRemains)
			assert.True(t, ok, "%s", d)
			assert.Equal(t, oms.Warning, f.Severity)
			assert.Equal(t, tc.ru, f.RU)
			assert.Equal(t, tc.en, f.EN)
			assert.Equal(t, tc.cite, f.Citation.String())
			assert.Equal(t, tc.unconfirmed, f.Unconfirmed)

			s := NewChecker(sample(t), WithFundMayInsure(tc.rule)).CheckSwitch(History{},
				Request{Date: asOf, Insurer: FundInsurer, Region: oms.Crimea, Reason: FirstChoice, Applicant: Self, Born: adult})
			g, ok := s.Find(CodeFundNotInsurer)
			assert.True(t, ok, "%s", s)
			assert.Equal(t, oms.Violation, g.Severity)
			assert.Equal(t, upperFirst(tc.ru[len("В реестре СМО субъекта не осталось СМО, а "):]), g.RU)
			assert.Equal(t, tc.cite, g.Citation.String())
			assert.Equal(t, tc.unconfirmed, g.Unconfirmed)
		})
	}
}
