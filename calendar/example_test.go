package calendar_test

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/rickb777/date"
)

func Example() {
	cal := calendar.Federal()
	due, err := cal.Deadline(date.New(2025, time.April, 1), calendar.Period{N: 30, Unit: calendar.Days})
	if err != nil {
		panic(err)
	}
	fmt.Println(due) // 1 May is a holiday, 2–4 May are days off (ГК РФ ст. 193)
	// Output: 2025-05-05
}

func ExampleFederal() {
	first, last := calendar.Federal().Years()
	n, _ := calendar.Federal().WorkingDaysInYear(2025)
	fmt.Println(first, last, n)
	// Output: 1999 2027 247
}

func ExampleCalendar_IsWorkingDay() {
	cal := calendar.Federal()
	for _, d := range []date.Date{
		date.New(2024, time.April, 27),   // Saturday made working, ПП РФ № 1314 от 10.08.2023
		date.New(2024, time.April, 29),   // the day off it moved to
		date.New(2027, time.January, 11), // first working day of 2027, ПП РФ № 1187 от 17.09.2026
		date.New(2028, time.January, 10),
	} {
		ok, err := cal.IsWorkingDay(d)
		fmt.Println(d, ok, err)
	}
	// Output:
	// 2024-04-27 true <nil>
	// 2024-04-29 false <nil>
	// 2027-01-11 true <nil>
	// 2028-01-10 false calendar: unknown year: 2028-01-10 is outside 1999–2027
}

func ExampleCalendar_KindOf() {
	cal := calendar.Federal()
	for _, d := range []date.Date{
		date.New(2025, time.January, 1),
		date.New(2025, time.May, 2),
		date.New(2025, time.April, 30),
		date.New(2020, time.April, 15),
	} {
		k, _ := cal.KindOf(d)
		fmt.Printf("%s %s (%s)\n", d, k, k.NameRU())
	}
	// Output:
	// 2025-01-01 holiday (нерабочий праздничный день)
	// 2025-05-02 day_off_transfer (перенесённый выходной день)
	// 2025-04-30 shortened (предпраздничный сокращённый день)
	// 2020-04-15 nonworking_decree (нерабочий день по указу Президента)
}

func ExampleCalendar_AddWorkingDays() {
	cal := calendar.Federal()
	// 14 working days from 25 December 2024, across the New Year holidays.
	d, _ := cal.AddWorkingDays(date.New(2024, time.December, 25), 14)
	fmt.Println(d)
	back, _ := cal.AddWorkingDays(d, -14)
	fmt.Println(back)
	// Output:
	// 2025-01-23
	// 2024-12-25
}

func ExampleCalendar_WorkingDaysBetween() {
	cal := calendar.Federal()
	n, _ := cal.WorkingDaysBetween(date.New(2024, time.December, 31), date.New(2025, time.December, 31))
	fmt.Println(n)
	// Output: 247
}

func ExampleCalendar_NextWorkingDay() {
	d, _ := calendar.Federal().NextWorkingDay(date.New(2026, time.January, 1))
	fmt.Println(d)
	// Output: 2026-01-12
}

func ExampleCalendar_Deadline() {
	cal := calendar.Federal()
	for _, start := range []date.Date{
		date.New(2024, time.January, 31), // leap year: 29 February
		date.New(2025, time.January, 31), // common year: 28 February
	} {
		d, _ := cal.Deadline(start, calendar.Period{N: 1, Unit: calendar.Months})
		fmt.Println(start, "+ 1 month →", d)
	}
	// Output:
	// 2024-01-31 + 1 month → 2024-02-29
	// 2025-01-31 + 1 month → 2025-02-28
}

func ExampleCalendar_DeadlineInstant() {
	cal := calendar.Federal()
	// Volgograd kept UTC+4 from October 2018 to December 2020.
	t, _ := cal.DeadlineInstant(date.New(2019, time.June, 3), calendar.Period{N: 7, Unit: calendar.Days}, oms.Volgograd)
	fmt.Println(t, "=", t.UTC())
	// Output: 2019-06-11 00:00:00 +0400 +04 = 2019-06-10 20:00:00 +0000 UTC
}

func ExampleCalendar_ExplainDeadline() {
	due, why, _ := calendar.Federal().ExplainDeadline(date.New(2026, time.January, 31), calendar.Period{N: 1, Unit: calendar.Months})
	fmt.Println(due)
	for _, f := range why.Findings() {
		fmt.Printf("%s: %s\n", f.Citation, f.RU)
	}
	// Output:
	// 2026-03-02
	// ГК РФ, ст. 191: Течение срока начинается на следующий день после 31.01.2026: 01.02.2026
	// ГК РФ, ст. 192, п. 3: Срок в 1 мес. истекает в соответствующее число последнего месяца: 28.02.2026
	// ГК РФ, ст. 192, п. 3: В последнем месяце срока нет 31-го числа; срок истекает в последний день месяца, 28.02.2026
	// ГК РФ, ст. 193: 28.02.2026 — нерабочий день (выходной день); днём окончания срока считается ближайший следующий рабочий день, 02.03.2026
	// ГК РФ, ст. 194, п. 1: Действие может быть совершено до 24 часов 02.03.2026 (в организации — до окончания её рабочего времени)
}

func ExampleCalendar_WithDecreeDaysOff() {
	cal := calendar.Federal()
	worked, _ := cal.WithDecreeDaysOff().WorkingDaysInYear(2020)
	published, _ := cal.WorkingDaysInYear(2020)
	fmt.Println(published, worked)
	// Output: 248 219
}

func ExampleLoadCSV() {
	// A year not yet in the package, once its transfer decree is adopted.
	// (These rows are an invented illustration, not the 2028 calendar.)
	const csv = `date,kind,note
2028-01-01,holiday,New Year
2028-01-02,holiday,New Year
2028-01-03,holiday,New Year
2028-01-04,holiday,New Year
2028-01-05,holiday,New Year
2028-01-06,holiday,New Year
2028-01-07,holiday,Christmas
2028-01-08,holiday,New Year
`
	days, err := calendar.LoadCSV(strings.NewReader(csv))
	if err != nil {
		panic(err)
	}
	cal, err := calendar.Federal().With(days)
	if err != nil {
		panic(err)
	}
	d, _ := cal.NextWorkingDay(date.New(2027, time.December, 31))
	fmt.Println(d)

	_, err = calendar.LoadCSV(strings.NewReader("date,kind,note\n2028-02-19,day_off_transfer,\n"))
	fmt.Println(err)
	// Output:
	// 2028-01-10
	// calendar: line 2: date "2028-02-19": day_off_transfer must be a Monday to Friday, not a Saturday
}

func ExampleForRegion() {
	tatarstan, _ := calendar.ForRegion(oms.Tatarstan)
	d := date.New(2025, time.November, 6) // День Конституции Республики Татарстан
	fed, _ := calendar.Federal().IsWorkingDay(d)
	reg, _ := tatarstan.IsWorkingDay(d)
	info, _ := tatarstan.Day(d)
	fmt.Println(fed, reg, info.Note)

	// Sakha's own days bind its state bodies (and the ТФОМС) only.
	sakha, _ := calendar.RegionalRules{Scopes: []calendar.Scope{calendar.ScopeAllEmployers, calendar.ScopeStateBodies}}.ForRegion(oms.Sakha)
	ok, _ := sakha.IsWorkingDay(date.New(2025, time.June, 23))
	fmt.Println(ok)
	// Output:
	// true false День Конституции Республики Татарстан
	// false
}

func ExampleRegionalRules_federalFallback() {
	d := date.New(2027, time.March, 10)
	// Tatarstan's own days of 2027 (Ураза-байрам among them) are not in
	// the package: the federal days alone would be a silent wrong answer.
	tatarstan, _ := calendar.ForRegion(oms.Tatarstan)
	_, err := tatarstan.IsWorkingDay(d)
	fmt.Println(errors.Is(err, calendar.ErrUnknownYear))

	// A caller who accepts that answer says so.
	rough, _ := calendar.RegionalRules{FederalFallback: true}.ForRegion(oms.Tatarstan)
	ok, _ := rough.IsWorkingDay(d)
	fmt.Println(ok)

	// A region without days of its own knows every federal year.
	moscow, _ := calendar.ForRegion(oms.Moscow)
	ok, _ = moscow.IsWorkingDay(date.New(2027, time.February, 20)) // working Saturday, ПП РФ № 1187
	fmt.Println(ok)
	// Output:
	// true
	// true
	// true
}

func ExampleLoadRegionalCSV() {
	// A region's next year, in the format of data/ru-regional-holidays.csv.
	// (Tatarstan's fixed-date days of 2027 only: the Islamic days are set
	// by the Раис each year.)
	const csv = `region_iso,region_code,date,weekday,name,kind,scope,confidence,basis,source_url,note
RU-TA,16,2027-08-30,Mon,День Республики Татарстан,holiday,all employers,B,Закон РТ от 19.02.1992 № 1448-XII,,
RU-TA,16,2027-11-06,Sat,День Конституции Республики Татарстан,holiday,all employers,B,Закон РТ от 19.02.1992 № 1448-XII,,
`
	days, err := calendar.LoadRegionalCSV(strings.NewReader(csv))
	if err != nil {
		panic(err)
	}
	tatarstan, err := calendar.RegionalRules{Days: days}.ForRegion(oms.Tatarstan)
	if err != nil {
		panic(err)
	}
	first, last := tatarstan.Years()
	info, _ := tatarstan.Day(date.New(2027, time.August, 30))
	fmt.Println(first, last, info.Working, info.Note)

	_, err = calendar.LoadRegionalCSV(strings.NewReader(strings.Replace(csv, "Mon,", "Tue,", 1)))
	fmt.Println(err)
	// Output:
	// 2019 2027 false День Республики Татарстан
	// calendar: line 2: weekday "Tue": 2027-08-30 is a Mon
}

// A duty the law sets, started by an event: its due day, the instant it
// runs out in a region, and where it stands on a day.
func ExampleCalendar_Duty() {
	notify := calendar.DutyRule{
		Code: "policy.notify-change", Event: "data-changed",
		RU: "уведомить СМО об изменении данных", EN: "notify the insurer of changed data",
		Period:     calendar.Period{N: 1, Unit: calendar.Months},
		Citation:   oms.Citation{Act: oms.Act326FZ, Article: "16", Part: "2", Point: "3"},
		NoSanction: true, // the law sets no sanction: missed, it warns
	}
	d, err := calendar.Federal().Duty(notify, date.New(2025, time.December, 1))
	if err != nil {
		panic(err)
	}
	d, _ = d.InRegion(oms.Volgograd)
	fmt.Println(d.Due, d.DueAt.Format(time.RFC3339)) // 1 January is a holiday: the next working day (ГК РФ ст. 193)
	fmt.Println(d.Status(oms.NoDate, date.New(2026, time.January, 10)))
	fmt.Println(d.Check(oms.SomeDate(date.New(2026, time.January, 13)), date.New(2026, time.February, 1)))
	// Output:
	// 2026-01-12 2026-01-13T00:00:00+03:00
	// pending
	// OK
	//   warning policy.notify-change.late: Done late: notify the insurer of changed data was due by 2026-01-12 (326-ФЗ, ст. 16, ч. 2, п. 3)
}
