package oms_test

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

func ExampleDecision() {
	d := oms.NewDecision(
		oms.Finding{
			Code:     "smo.switch.annual-limit",
			Severity: oms.Violation,
			RU:       "Замена СМО по выбору — не чаще одного раза в год",
			EN:       "a voluntary switch of insurer is allowed once a calendar year",
			Citation: oms.Citation{Act: "326-ФЗ", Article: "16", Part: "1", Point: "3"},
		},
	)
	fmt.Println(d.OK())
	for _, f := range d.Violations() {
		fmt.Println(f.Code, "—", f.Citation)
	}
	// Output:
	// false
	// smo.switch.annual-limit — 326-ФЗ, ст. 16, ч. 1, п. 3
}

func ExampleDecision_MarshalJSON() {
	d := oms.NewDecision(oms.Finding{
		Code:     "calendar.deadline.moved",
		Severity: oms.Info,
		RU:       "Срок перенесён на ближайший рабочий день",
		EN:       "the deadline moved to the next working day",
		Citation: oms.Citation{Act: "ГК РФ", Article: "193"},
	})
	b, _ := json.Marshal(d)
	fmt.Println(string(b))
	// Output:
	// {"ok":true,"findings":[{"code":"calendar.deadline.moved","severity":"info","message_ru":"Срок перенесён на ближайший рабочий день","message_en":"the deadline moved to the next working day","citation":{"act":"ГК РФ","article":"193"}}]}
}

func ExampleTimeline() {
	// Holidays of the Labour Code: 2 May stopped being a holiday in 2005
	// (201-ФЗ of 29.12.2004).
	mayHolidays := oms.MustTimeline(
		oms.Dated[[]int]{From: date.New(2002, time.February, 1), Value: []int{1, 2, 9}, Citation: oms.Citation{Act: "ТК РФ", Article: "112"}},
		oms.Dated[[]int]{From: date.New(2005, time.January, 1), Value: []int{1, 9}, Citation: oms.Citation{Act: "201-ФЗ"}},
	)
	for _, y := range []int{2004, 2026} {
		v, _ := mayHolidays.At(date.New(y, time.May, 1))
		fmt.Println(y, v.Value, v.Citation)
	}
	_, err := mayHolidays.At(date.New(2001, time.May, 1))
	fmt.Println(err != nil)
	// Output:
	// 2004 [1 2 9] ТК РФ, ст. 112
	// 2026 [1 9] 201-ФЗ
	// true
}

func ExampleParseRegion() {
	for _, s := range []string{"77", "RU-TA", "91"} {
		r, err := oms.ParseRegion(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s %q %s %s\n", r, r.ISO(), r.NameEN(), r.TimeZone())
	}
	_, err := oms.ParseRegion("96")
	fmt.Println(err)
	// Output:
	// 77 "RU-MOW" Moscow Europe/Moscow
	// 16 "RU-TA" Republic of Tatarstan Europe/Moscow
	// 91 "" Republic of Crimea Europe/Simferopol
	// oms: unknown region: "96"
}
