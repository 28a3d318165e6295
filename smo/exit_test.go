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
