package program_test

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/program"
)

// A programme year the library does not ship is loaded from JSON and
// combined with the built-in years. The decree here is made up.
func ExampleLoadYear() {
	day := date.New(2027, time.March, 1)
	_, err := program.Base(day)
	fmt.Println(errors.Is(err, program.ErrNoProgramme))

	p2027, err := program.LoadYear(strings.NewReader(`{
		"year": 2027,
		"decree": {"act": "ПП РФ № 0000 от 29.12.2026", "title": "Программа государственных гарантий (пример)"},
		"adopted": "2026-12-29",
		"sections": {"care_types": "II", "diseases": "III", "base_programme": "IV", "budget": "", "waiting_times": "VII", "norms": ""},
		"waiting_times": [{"kind": "specialist", "limit": 10, "unit": "working-days", "event": "appeal"}],
		"norms": {"per_capita": {"value": "26000.0", "unconfirmed": true}}
	}`))
	if err != nil {
		panic(err)
	}
	cat, err := program.Builtin().With(p2027)
	if err != nil {
		panic(err)
	}
	p, _ := cat.Base(day)
	w, _ := p.Wait(program.WaitSpecialist)
	fmt.Println(p, "—", w.Value)

	_, err = program.LoadYear(strings.NewReader(`{"year": 2027, "waiting_times": [{"kind": "specialist", "limit": "ten"}]}`))
	fmt.Println(err)
	// Output:
	// true
	// ПГГ 2027 (ПП РФ № 0000 от 29.12.2026) — 10 working-days from appeal
	// program: programme year: waiting_times[0].limit: expected an integer, got JSON string
}

// The starting point of the 3-working-day oncology consultation is an
// option of the Rules: the request (the default) or the diagnosis, as the
// programme's text reads; unconfirmed either way.
func ExampleRules() {
	r := program.DefaultRules()
	r.OncologyConsultationFrom = r.OncologyConsultationFrom.With(oms.Dated[program.Event]{
		From: date.New(2019, time.January, 1), Value: program.EventDiagnosis, Unconfirmed: true})
	p, _ := r.Base(date.New(2026, time.March, 2))
	w, _ := p.Wait(program.WaitSpecialistOncology)
	fmt.Println(w.Value.RU(), w.Unconfirmed)
	// Output: не более 3 рабочих дней с момента: постановка диагноза true
}

// A day-based norm as a calendar.Duty: care under the 14-working-day limit
// on a specialist's consultation, asked for on Thursday 19 March 2026.
func ExampleProgramme_Duty() {
	p := program.MustBase(date.New(2026, time.March, 19))
	d, _ := p.Duty(program.WaitSpecialist, date.New(2026, time.March, 19), nil)
	fmt.Println(d.Code, d.Due, d.Period)
	fmt.Println(d.Status(oms.SomeDate(date.New(2026, time.April, 9)), date.New(2026, time.April, 10)))
	// Output:
	// program.wait.specialist 2026-04-08 14 working days
	// late
}

// No federal waiting time exists for a home visit; a territorial programme
// sets one, here a made-up 5 days for a dentist's home visit.
func ExampleTerritorial_DueBy() {
	tp, err := program.LoadTerritorial([]byte(`{"region": "78", "year": 2026, "act": {"act": "ТПГГ (пример)"},
		"waits": [{"kind": "home-visit-dental", "limit": 5, "unit": "calendar-days"}]}`))
	if err != nil {
		panic(err)
	}
	call := time.Date(2026, time.March, 6, 15, 0, 0, 0, time.UTC)
	due, _ := tp.DueBy(program.WaitHomeVisitDental, call, nil)
	w, _ := tp.Wait(program.WaitHomeVisitDental)
	fmt.Println(w.Value.RU(), "—", due.Day)
	// Output: не более 5 календарных дней с момента: вызов медицинского работника на дом — 2026-03-11
}
