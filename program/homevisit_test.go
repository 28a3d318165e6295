package program

import (
	"errors"
	"testing"
	"time"

	"github.com/rickb777/date"
)

// TestTerritorialHomeVisits: no federal waiting time exists for a home
// visit (access.md §5); a territorial programme sets one and DueBy uses it.
// The values here are a test programme's, not a region's law: the
// Smolensk "same day" rule is [S] with an unknown year and the St
// Petersburg 5 days for a dentist is unconfirmed.
func TestTerritorialHomeVisits(t *testing.T) {
	for y := FirstYear; y <= LastYear; y++ {
		p := MustBase(date.New(y, time.June, 1))
		for _, k := range []WaitKind{WaitHomeVisit, WaitHomeVisitDental} {
			if _, err := p.Wait(k); !errors.Is(err, ErrNoWait) {
				t.Errorf("%d: a federal %s: %v", y, k, err)
			}
		}
	}
	tp, err := LoadTerritorial([]byte(`{"region": "78", "year": 2026, "act": {"act": "Закон Санкт-Петербурга о ТПГГ на 2026 год (тест)"},
		"waits": [{"kind": "home-visit-dental", "limit": 5, "unit": "calendar-days"},
		          {"kind": "home-visit", "limit": 0, "unit": "calendar-days"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	w, err := tp.Wait(WaitHomeVisitDental)
	if err != nil || w.Value.Event != EventHomeCall || w.Value.Limit != 5 || w.Citation.Act != "Закон Санкт-Петербурга о ТПГГ на 2026 год (тест)" {
		t.Fatalf("dentist home visit = %+v, %v", w, err)
	}
	call := time.Date(2026, time.March, 6, 15, 0, 0, 0, time.UTC) // Friday
	due, err := tp.DueBy(WaitHomeVisitDental, call, nil)
	if err != nil || due.Day != date.New(2026, time.March, 11) {
		t.Errorf("dentist due %v, %v; want 2026-03-11", due.Day, err)
	}
	due, err = tp.DueBy(WaitHomeVisit, call, nil)
	if err != nil || due.Day != date.New(2026, time.March, 6) || !due.Instant.Equal(time.Date(2026, time.March, 7, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("same-day visit due %+v, %v", due, err)
	}
	if hv, _ := tp.Wait(WaitHomeVisit); hv.Value.RU() != "в тот же день с момента: вызов медицинского работника на дом" {
		t.Errorf("RU = %q", hv.Value.RU())
	}
	duty, err := tp.Duty(WaitHomeVisitDental, date.New(2026, time.March, 6), nil)
	if err != nil || duty.Due != date.New(2026, time.March, 11) || duty.Code != "program.wait.home-visit-dental" {
		t.Errorf("duty %+v, %v", duty, err)
	}
	v := tp.Validate()
	if !v.OK() || !v.Has(CodeTerritorialWaitShorter) {
		t.Errorf("Validate: %v", v)
	}
	b, err := tp.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	back, err := LoadTerritorial(b)
	if err != nil {
		t.Fatalf("reload %s: %v", b, err)
	}
	if w2, _ := back.Wait(WaitHomeVisitDental); w2 != w {
		t.Errorf("round trip: %+v, want %+v", w2, w)
	}
	// Limits: 0 only in calendar days; the event may be named.
	if _, err := LoadTerritorial([]byte(`{"region": "78", "year": 2026, "act": {"act": "x"}, "waits": [{"kind": "home-visit", "limit": 0, "unit": "hours"}]}`)); err == nil {
		t.Error("0 hours accepted")
	}
	if _, err := LoadTerritorial([]byte(`{"region": "78", "year": 2026, "act": {"act": "x"}, "waits": [{"kind": "home-visit", "limit": 2, "unit": "hours", "event": "dusk"}]}`)); err == nil {
		t.Error("an unknown event accepted")
	}
	tp2, err := LoadTerritorial([]byte(`{"region": "67", "year": 2026, "act": {"act": "x"}, "waits": [{"kind": "home-visit", "limit": 4, "unit": "hours", "event": "appeal"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if w, _ := tp2.Wait(WaitHomeVisit); w.Value.Event != EventAppeal {
		t.Errorf("event = %s", w.Value.Event)
	}
}

// TestTerritorialOnLoadedYear: a territorial programme for a year loaded
// with LoadYear, through Rules.
func TestTerritorialOnLoadedYear(t *testing.T) {
	d := load2026(t)
	d.Year, d.Adopted = 2027, "2026-12-29"
	p, err := newProgramme(d)
	if err != nil {
		t.Fatal(err)
	}
	r := DefaultRules()
	if r.Programmes, err = r.Programmes.With(p); err != nil {
		t.Fatal(err)
	}
	doc := []byte(`{"region": "67", "year": 2027, "act": {"act": "x"}, "waits": [{"kind": "home-visit", "limit": 0, "unit": "calendar-days"}]}`)
	if _, err := LoadTerritorial(doc); !errors.Is(err, ErrNoProgramme) {
		t.Errorf("2027 without the loaded year: %v", err)
	}
	tp, err := r.LoadTerritorial(doc)
	if err != nil || tp.Base() == nil || tp.Base().Year() != 2027 || !tp.Validate().OK() {
		t.Fatalf("2027: %v", err)
	}
}
