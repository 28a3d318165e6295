package program

import (
	"errors"
	"testing"
	"time"

	"github.com/rickb777/date"
	"pgregory.net/rapid"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
)

func TestDefaultRulesAreBase(t *testing.T) {
	r := DefaultRules()
	for y := FirstYear; y <= LastYear; y++ {
		d := date.New(y, time.May, 5)
		p, err := r.Base(d)
		if err != nil || p != MustBase(d) {
			t.Errorf("%d: DefaultRules().Base is not the shared built-in programme (%v)", y, err)
		}
	}
	if _, err := r.Base(date.New(2027, time.May, 5)); !errors.Is(err, ErrNoProgramme) {
		t.Errorf("2027: %v", err)
	}
	var zero Rules // a nil catalog is the built-in one
	if p, err := zero.Base(date.New(2026, time.May, 5)); err != nil || p.Year() != 2026 {
		t.Errorf("zero Rules: %v", err)
	}
}

// TestOncologyConsultationFrom: the starting point of the 3-working-day
// oncology consultation is an option; both readings are unconfirmed.
func TestOncologyConsultationFrom(t *testing.T) {
	day := date.New(2025, time.June, 2)
	r := DefaultRules()
	p, _ := r.Base(day)
	w, _ := p.Wait(WaitSpecialistOncology)
	if w.Value.Event != EventAppeal || !w.Unconfirmed || w.Value.Limit != 3 || w.Value.Unit != WorkingDays {
		t.Errorf("default = %+v", w)
	}
	r.OncologyConsultationFrom = r.OncologyConsultationFrom.With(oms.Dated[Event]{
		From: date.New(2025, time.January, 1), Value: EventDiagnosis, Unconfirmed: true})
	p, _ = r.Base(day)
	w, _ = p.Wait(WaitSpecialistOncology)
	if w.Value.Event != EventDiagnosis || !w.Unconfirmed {
		t.Errorf("diagnosis reading = %+v", w)
	}
	if w2, _ := p.Wait(WaitSpecialist); w2.Value.Event != EventAppeal {
		t.Errorf("the option changed another norm: %+v", w2)
	}
	old, _ := r.Base(date.New(2024, time.June, 3))
	if w, _ := old.Wait(WaitSpecialistOncology); w.Value.Event != EventAppeal {
		t.Errorf("2024 under a rule from 2025: %+v", w)
	}
	found := false
	for _, w := range p.Waits() {
		if w.Value.Kind == WaitSpecialistOncology {
			found = w.Value.Event == EventDiagnosis
		}
	}
	if !found {
		t.Error("Waits does not apply the option")
	}
}

func TestRulesCoverageTimeline(t *testing.T) {
	r := DefaultRules()
	r.Coverage = r.Coverage.With(oms.Dated[CoverageRules]{From: date.New(2025, time.January, 1),
		Value: CoverageRules{ExcludeB90: true}, Unconfirmed: true})
	b90 := MustParseICD10("B90.1")
	p24, _ := r.Base(date.New(2024, time.March, 1))
	p26, _ := r.Base(date.New(2026, time.March, 1))
	if !p24.Covers(b90).OK() || p26.Covers(b90).OK() {
		t.Errorf("B90: 2024 %v, 2026 %v", p24.Covers(b90).OK(), p26.Covers(b90).OK())
	}
	if MustBase(date.New(2026, time.March, 1)).Covers(b90).OK() != true {
		t.Error("the rules changed the shared programme")
	}
}

// TestWaitDuty: day-based norms give a calendar.Duty; the 14 working days
// from Thursday 19.03.2026 end on 08.04.2026 (federal calendar).
func TestWaitDuty(t *testing.T) {
	r := DefaultRules()
	d, err := r.Duty(WaitSpecialist, date.New(2026, time.March, 19), nil)
	if err != nil {
		t.Fatal(err)
	}
	if d.Due != date.New(2026, time.April, 8) || d.Code != "program.wait.specialist" || d.Event != "appeal" ||
		d.Period != (calendar.Period{N: 14, Unit: calendar.WorkingDays}) || d.Citation.Act != "ПП РФ № 2188 от 29.12.2025" {
		t.Errorf("duty = %+v", d)
	}
	due, _ := r.DueBy(WaitSpecialist, time.Date(2026, time.March, 19, 10, 0, 0, 0, time.UTC), nil)
	if due.Day != d.Due {
		t.Errorf("Duty due %s, DueBy %s", d.Due, due.Day)
	}
	if c := d.Check(oms.SomeDate(date.New(2026, time.April, 9)), date.New(2026, time.April, 10)); !c.Has("program.wait.specialist.late") {
		t.Errorf("late care: %v", c)
	}
	if c := d.Check(oms.SomeDate(date.New(2026, time.April, 8)), date.New(2026, time.April, 10)); !c.Has("program.wait.specialist.met") {
		t.Errorf("care on the due day: %v", c)
	}
	// 2019: 30 calendar days from the referral, not moved off a day off.
	d19, err := MustBase(date.New(2019, time.March, 1)).Duty(WaitPlannedSpecialised, date.New(2019, time.March, 9), nil)
	if err != nil || d19.Due != date.New(2019, time.April, 8) || d19.Period.Unit != calendar.Days || !d19.Unconfirmed {
		t.Errorf("2019 duty = %+v, %v", d19, err)
	}
	if _, err := r.Duty(WaitAmbulance, date.New(2026, time.March, 19), nil); err == nil {
		t.Error("a duty for a norm in minutes")
	}
	if _, err := r.Duty(WaitSpecialistCardio, date.New(2025, time.March, 19), nil); !errors.Is(err, ErrNoWait) {
		t.Errorf("cardio 2025: %v", err)
	}
	if _, err := r.Duty(WaitSpecialist, date.New(2031, time.March, 19), nil); !errors.Is(err, ErrNoProgramme) {
		t.Errorf("2031: %v", err)
	}
}

// TestCatalogWithProperty: a catalog made of any subset of the built-in
// years answers Base for exactly those years, with the same programme.
func TestCatalogWithProperty(t *testing.T) {
	all := Programmes()
	rapid.Check(t, func(t *rapid.T) {
		var pick []*Programme
		in := map[int]bool{}
		for _, p := range all {
			if rapid.Bool().Draw(t, "take") {
				pick = append(pick, p)
				in[p.Year()] = true
			}
		}
		c, err := (&Catalog{}).With(pick...)
		if err != nil {
			t.Fatal(err)
		}
		for y := FirstYear - 1; y <= LastYear+1; y++ {
			p, err := c.Base(date.New(y, time.July, 1))
			switch {
			case in[y] && (err != nil || p != MustBase(date.New(y, 1, 1))):
				t.Fatalf("%d: %v", y, err)
			case !in[y] && !errors.Is(err, ErrNoProgramme):
				t.Fatalf("%d: %v, want ErrNoProgramme", y, err)
			}
		}
		if len(c.Programmes()) != len(pick) {
			t.Fatalf("%d programmes, want %d", len(c.Programmes()), len(pick))
		}
	})
}
