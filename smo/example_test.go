package smo_test

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/eligibility"
	"github.com/omsrules/oms/smo"
	"github.com/rickb777/date"
)

// loadSample reads the illustrative registry shipped in testdata (invented
// numbers, names and dates).
func loadSample() *smo.Registry {
	f, err := os.Open("testdata/sample-registry.csv")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	reg, err := smo.LoadCSV(f)
	if err != nil {
		panic(err)
	}
	return reg
}

// An application of Monday 2 November 2026 to replace the insurer at will
// is late: 1 November 2026 is a Sunday, and the library does not move the
// deadline by default (see smo.DeadlineRule), but says what ГК РФ ст. 193
// would make of it. From 10.01.2023 the findings cite 326-ФЗ and are
// unconfirmed: the point of the amended Rules is not established.
func Example() {
	reg := loadSample()
	h := smo.MustHistory(smo.Entry{Date: date.New(2024, time.March, 1), Insurer: "SAMPLE-01", Region: oms.Moscow, Reason: smo.FirstChoice})
	d := smo.CheckSwitch(reg, h, smo.Request{
		Date: date.New(2026, time.November, 2), Insurer: "SAMPLE-02", Region: oms.Moscow,
		Reason: smo.Voluntary, Applicant: eligibility.Self, Born: date.New(1980, time.May, 17),
	})
	fmt.Println(d.OK())
	for _, f := range d.Findings() {
		if f.Severity != oms.Info {
			fmt.Println(f.Severity, f.Code, f.Citation, f.Unconfirmed)
		}
	}
	// Output:
	// false
	// violation smo.switch.after-deadline 326-ФЗ, ст. 16, ч. 1, п. 3 true
	// warning smo.switch.deadline-non-working-day ГК РФ, ст. 193 true
}

func ExampleLoadCSV() {
	const data = `# illustrative, invented data
number,name,short_name,scope,region,entered,left
X-1,ООО «Первая условная СМО»,Первая,federal,77,2011-01-01,
X-1,ООО «Первая условная СМО»,Первая,federal,16,2011-01-01,2020-01-01
X-2,ООО «Вторая условная СМО»,Вторая,regional,16,2015-06-01,
`
	reg, err := smo.LoadCSV(strings.NewReader(data))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, y := range []int{2014, 2018, 2022} {
		fmt.Print(y, ":")
		for _, in := range reg.Available(oms.Tatarstan, date.New(y, time.June, 1)) {
			fmt.Print(" ", in)
		}
		fmt.Println()
	}
	_, err = smo.LoadCSV(strings.NewReader("number,name,short_name,scope,region,entered,left\nX-3,n,,federal,77,2011-13-01,\n"))
	fmt.Println(err)
	// Output:
	// 2014: Первая (X-1)
	// 2018: Первая (X-1) Вторая (X-2)
	// 2022: Вторая (X-2)
	// smo: csv line 2, field "entered": invalid value: date "2011-13-01" (want a real day as YYYY-MM-DD)
}

func ExampleLoadJSON() {
	reg, err := smo.LoadJSON(strings.NewReader(`{"insurers": [
		{"number": "X-1", "name": "ООО «Условная СМО»", "short_name": "Условная", "scope": "regional",
		 "regions": [{"region": "64", "entered": "2011-01-01", "left": "2024-07-01"}]}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	left, _ := reg.LeftOn("X-1", oms.Saratov, date.New(2025, time.January, 1))
	fmt.Println(reg.Len(), left)
	_, err = smo.LoadJSON(strings.NewReader(`{"insurers": [{"number": "X-1", "name": "n", "scope": "federal", "regions": [{"region": "64", "entered": "2011-01-01", "lfet": "2024-07-01"}]}]}`))
	fmt.Println(err)
	// Output:
	// 1 2024-07-01
	// smo: json line 1, field "lfet": invalid value: unknown member
}

func ExampleNewRegistry() {
	a, _ := smo.NewInsurer("X-1", "ООО «Условная СМО»", "Условная", smo.Regional,
		smo.Presence{Region: oms.Sakha, Entered: date.New(2011, time.January, 1)})
	reg, err := smo.NewRegistry(a)
	fmt.Println(reg.Len(), err, reg.WorksIn("X-1", oms.Sakha, date.New(2026, time.May, 1)))
	// Output: 1 <nil> true
}

// Two voluntary replacements in one calendar year: the second is refused
// and the person may try again from 1 January; a replacement on change of
// residence is not limited.
func ExampleChecker_CheckSwitch() {
	c := smo.NewChecker(loadSample(), smo.DefaultRules(), nil)
	h := smo.MustHistory(
		smo.Entry{Date: date.New(2024, time.March, 1), Insurer: "SAMPLE-01", Region: oms.Moscow, Reason: smo.FirstChoice},
		smo.Entry{Date: date.New(2026, time.February, 10), Insurer: "SAMPLE-04", Region: oms.Moscow, Reason: smo.Voluntary},
	)
	born := date.New(1980, time.May, 17)
	again := c.CheckSwitch(h, smo.Request{Date: date.New(2026, time.June, 1), Insurer: "SAMPLE-02",
		Region: oms.Moscow, Reason: smo.Voluntary, Applicant: eligibility.Self, Born: born})
	fmt.Println(again.OK(), again.Has(smo.CodeAnnualLimit))
	moved := c.CheckSwitch(h, smo.Request{Date: date.New(2026, time.December, 10), Insurer: "SAMPLE-01",
		Region: oms.MoscowOblast, Reason: smo.Relocation, Applicant: eligibility.Self, Born: born})
	fmt.Println(moved.OK())
	f, _ := moved.Find(smo.CodeEffectiveDate)
	fmt.Println(f.EN, f.Unconfirmed)
	eff, _ := c.EffectiveDate(date.New(2026, time.December, 10))
	fmt.Println(eff.Due)
	// Output:
	// false true
	// true
	// The person is insured by the chosen insurer from the day of the application. true
	// 2026-12-10
}

// Reading ГК РФ ст. 193 as applying moves a non-working 1 November to the
// next working day: one version of Rules.Deadline, set once.
func ExampleRules() {
	r := smo.DefaultRules()
	r.Deadline = r.Deadline.With(oms.Dated[smo.DeadlineRule]{From: date.New(2011, time.January, 1),
		Value: smo.DeadlineNextWorkingDay, Citation: calendar.CiteArt193(), Unconfirmed: true})
	c := smo.NewChecker(loadSample(), r, nil)
	h := smo.MustHistory(smo.Entry{Date: date.New(2024, time.March, 1), Insurer: "SAMPLE-01", Region: oms.Moscow, Reason: smo.FirstChoice})
	d := c.CheckSwitch(h, smo.Request{Date: date.New(2026, time.November, 2), Insurer: "SAMPLE-02",
		Region: oms.Moscow, Reason: smo.Voluntary, Applicant: eligibility.Self, Born: date.New(1980, time.May, 17)})
	fmt.Println(d.OK())
	// Output: true
}

// A child is chosen for by a parent or legal representative.
func ExampleCheckSwitch_child() {
	d := smo.CheckSwitch(loadSample(), smo.History{}, smo.Request{Date: date.New(2026, time.March, 10),
		Insurer: "SAMPLE-01", Region: oms.Moscow, Reason: smo.FirstChoice,
		Applicant: eligibility.Self, Born: date.New(2015, time.April, 1)})
	fmt.Println(d.Violations()[0].Code)
	// Output: smo.applicant.not-legal-representative
}

func ExampleRelocationDeadline() {
	d, err := smo.RelocationDeadline(date.New(2026, time.January, 31), calendar.Federal())
	fmt.Println(d.Due, d.Citation, err)
	// Output: 2026-03-02 326-ФЗ, ст. 16, ч. 2, п. 4 <nil>
}

func ExampleChecker_CheckRelocation() {
	c := smo.NewChecker(loadSample(), smo.DefaultRules(), nil)
	h := smo.MustHistory(smo.Entry{Date: date.New(2020, time.March, 1), Insurer: "SAMPLE-03", Region: oms.Tatarstan, Reason: smo.FirstChoice})
	d := c.CheckRelocation(h, date.New(2026, time.March, 10), oms.Moscow, date.New(2026, time.March, 20))
	f := d.Findings()[0]
	fmt.Println(f.Code)
	fmt.Println(f.EN)
	fmt.Println(f.Citation)
	// Output:
	// smo.relocation.pending
	// Pending: choose an insurer in the new region, due by 2026-04-10
	// 326-ФЗ, ст. 16, ч. 2, п. 4
}

func ExampleNewbornCover() {
	d, _ := smo.NewbornCover(date.New(2026, time.January, 20))
	fmt.Println(d.Due, d.Unconfirmed)
	// Output: 2026-02-19 false
}

// The sample insurer SAMPLE-01 left the Saratov register on 1 July 2024
// (invented data): its insured may choose another insurer outside the
// yearly limit within two months, or are distributed by the territorial
// fund among the insurers that remain.
func ExampleChecker_CheckExit() {
	c := smo.NewChecker(loadSample(), smo.DefaultRules(), nil)
	h := smo.MustHistory(smo.Entry{Date: date.New(2015, time.May, 5), Insurer: "SAMPLE-01", Region: oms.Saratov, Reason: smo.FirstChoice})
	for _, f := range c.CheckExit(h, date.New(2024, time.August, 1)).Findings() {
		fmt.Println(f.Code, f.Unconfirmed)
	}
	for _, in := range c.Registry().Available(oms.Saratov, date.New(2024, time.August, 1)) {
		fmt.Println(in)
	}
	// Output:
	// smo.exit.right-to-choose true
	// smo.exit.choose.pending true
	// smo.exit.fund-assigns true
	// Образец-ОМС (SAMPLE-02)
}

// A person born on 29 February 2008 files for themselves on 28 February
// 2026. By default they come of age on 1 March in a common year; a caller
// who reads ГК РФ ст. 192 by analogy sets eligibility.LeapDayFeb28.
func ExampleRules_leapDay() {
	req := smo.Request{Date: date.New(2026, time.February, 28), Insurer: "SAMPLE-01", Region: oms.Moscow,
		Reason: smo.FirstChoice, Applicant: eligibility.Self, Born: date.New(2008, time.February, 29)}
	for _, leap := range []eligibility.LeapDayRule{eligibility.LeapDayMarch1, eligibility.LeapDayFeb28} {
		r := smo.DefaultRules()
		r.Eligibility.LeapDay = leap
		d := smo.NewChecker(loadSample(), r, nil).CheckSwitch(smo.History{}, req)
		fmt.Println(leap, d.OK(), d.Has(smo.CodeApplicantNotLegalRep))
	}
	// Output:
	// march-1 false true
	// feb-28 true false
}

// An insurer whose contract ends early on 31 May 2020 must have told the
// fund and its insured by 29 February 2020 (326-ФЗ ст. 38 ч. 15, Rules
// 108н pp. 23, 93); once it has left, its insured have two months to
// choose (ст. 38 ч. 17, Rules 108н p. 24).
func ExampleRules_ExitNoticeDeadline() {
	r := smo.DefaultRules()
	notice, _ := r.ExitNoticeDeadline(date.New(2020, time.May, 31))
	fmt.Println(notice.Due, notice.Citation)
	choose, _ := r.ExitChoiceDeadline(date.New(2020, time.June, 1), nil)
	fmt.Println(choose.Due, choose.Citation)
	// Output:
	// 2020-02-29 Правила ОМС (Приказ Минздрава России от 28.02.2019 № 108н), п. 23, 93
	// 2020-08-03 Правила ОМС (Приказ Минздрава России от 28.02.2019 № 108н), п. 24
}

// The catalogue of codes gives each code's citations in every period.
func ExampleCodes() {
	for _, c := range smo.Codes() {
		if c.Code == smo.CodeAnnualLimit {
			for _, cite := range c.Citations {
				fmt.Println(cite)
			}
		}
	}
	// Output:
	// Правила ОМС (Приказ Минздравсоцразвития России от 28.02.2011 № 158н), п. 15
	// Правила ОМС (Приказ Минздрава России от 28.02.2019 № 108н), п. 21
	// 326-ФЗ, ст. 16, ч. 1, п. 3
}
