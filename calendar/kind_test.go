package calendar

import (
	"encoding/json"
	"errors"
	"testing"
)

func TestDayKindText(t *testing.T) {
	for k := Working; k <= NonWorkingDecree; k++ {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatalf("%d: %v", k, err)
		}
		var back DayKind
		if err := back.UnmarshalText(b); err != nil || back != k {
			t.Errorf("%s round trip = %v, %v", b, back, err)
		}
		if k.NameRU() == "" || k.NameRU() == k.String() {
			t.Errorf("%s has no Russian name", k)
		}
	}
	// The zero DayKind means not set: it marshals as empty text, and an
	// invalid kind fails.
	if b, err := DayKind(0).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero DayKind = %q, %v", b, err)
	}
	if _, err := DayKind(42).MarshalText(); err == nil {
		t.Error("DayKind(42) marshalled")
	}
	if s := DayKind(42).String(); s != "DayKind(42)" {
		t.Errorf("String() = %q", s)
	}
	var k DayKind
	if err := k.UnmarshalText([]byte("Holiday")); err == nil {
		t.Error("kind names are case-sensitive, as in the CSV")
	}
	b, _ := json.Marshal(DayInfo{Date: mustDate("2025-01-01"), Kind: Holiday})
	if string(b) != `{"date":"2025-01-01","kind":"holiday","working":false}` {
		t.Errorf("DayInfo JSON = %s", b)
	}
}

func FuzzParseDayKind(f *testing.F) {
	for _, s := range kindNames {
		f.Add(s)
	}
	f.Add("")
	f.Add("holiday ")
	f.Fuzz(func(t *testing.T, s string) {
		k, err := ParseDayKind(s)
		if err != nil {
			return
		}
		if k.String() != s {
			t.Fatalf("ParseDayKind(%q) = %v, whose String is %q", s, k, k.String())
		}
		again, err := ParseDayKind(k.String())
		if err != nil || again != k {
			t.Fatalf("reparse of %q = %v, %v", k, again, err)
		}
	})
}

func TestUnitAndPeriodString(t *testing.T) {
	if s := (Period{30, Days}).String(); s != "30 days" {
		t.Errorf("got %q", s)
	}
	if s := (Period{10, WorkingDays}).String(); s != "10 working days" {
		t.Errorf("got %q", s)
	}
	if s := (Period{1, Months}).String(); s != "1 month" {
		t.Errorf("got %q", s)
	}
	if s := (Period{3, Unit(9)}).String(); s != "3 Unit(9)" {
		t.Errorf("got %q", s)
	}
	if s := Unit(0).String(); s != "Unit(0)" {
		t.Errorf("got %q", s)
	}
	if s := ScopeStateBodies.String(); s != "state_bodies" {
		t.Errorf("got %q", s)
	}
	if s := Scope(0).String(); s != "Scope(0)" {
		t.Errorf("got %q", s)
	}
}

func TestUnitScopeText(t *testing.T) {
	p := Period{N: 3, Unit: Months}
	b, err := json.Marshal(p)
	if err != nil || string(b) != `{"n":3,"unit":"months"}` {
		t.Fatalf("Period JSON = %s, %v", b, err)
	}
	var back Period
	if err := json.Unmarshal(b, &back); err != nil || back != p {
		t.Errorf("round trip = %v, %v", back, err)
	}
	if err := json.Unmarshal([]byte(`{"n":3,"unit":"fortnights"}`), &back); !errors.Is(err, ErrInvalidPeriod) {
		t.Errorf("bad unit: %v", err)
	}
	// The zero Unit marshals as empty text, so that a zero Period does;
	// other invalid units are errors.
	if b, err := Unit(0).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero Unit = %q, %v", b, err)
	}
	if _, err := Unit(9).MarshalText(); err == nil {
		t.Error("Unit(9) marshalled")
	}
	for s := ScopeAllEmployers; s <= ScopeUnverified; s++ {
		b, err := s.MarshalText()
		var back Scope
		if err != nil || back.UnmarshalText(b) != nil || back != s {
			t.Errorf("scope %v round trip: %s %v %v", s, b, err, back)
		}
	}
	if b, err := Scope(0).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero Scope = %q, %v", b, err)
	}
	if _, err := Scope(5).MarshalText(); err == nil {
		t.Error("Scope(5) marshalled")
	}
	var s Scope
	if err := s.UnmarshalText([]byte("everyone")); err == nil {
		t.Error("unknown scope accepted")
	}
}

func FuzzParseUnitAndScope(f *testing.F) {
	for _, s := range unitNames {
		f.Add(s)
	}
	for _, s := range scopeNames {
		f.Add(s)
	}
	f.Add("Months")
	f.Fuzz(func(t *testing.T, s string) {
		if u, err := ParseUnit(s); err == nil {
			if u.String() != s {
				t.Fatalf("ParseUnit(%q) = %v", s, u)
			}
		} else if !errors.Is(err, ErrInvalidPeriod) {
			t.Fatalf("ParseUnit error %v does not wrap ErrInvalidPeriod", err)
		}
		if sc, err := ParseScope(s); err == nil && sc.String() != s {
			t.Fatalf("ParseScope(%q) = %v", s, sc)
		}
	})
}
