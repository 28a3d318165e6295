package eligibility

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/rickb777/date"
	"pgregory.net/rapid"
)

// The newborn's cover, by the rule in force on the day of registration
// (rules-points.md row 6; 326-ФЗ ст. 16 ч. 3).
func TestNewbornCover(t *testing.T) {
	for _, tc := range []struct {
		reg, due    string
		period      calendar.Period
		act, point  string
		unconfirmed bool
	}{
		// 158н p. 5 (2011 text): until the day of registration.
		{"2015-03-10", "2015-03-09", calendar.Period{}, oms.ActRules158n, "5", false},
		{"2016-07-14", "2016-07-13", calendar.Period{}, oms.ActRules158n, "5", false},
		// 326-ФЗ ст. 16 ч. 3 as worded by 286-ФЗ (date unconfirmed).
		{"2016-07-15", "2016-08-14", calendar.Period{N: 30, Unit: calendar.Days}, oms.Act326FZ, "", true},
		{"2019-05-27", "2019-06-26", calendar.Period{N: 30, Unit: calendar.Days}, oms.Act326FZ, "", true},
		// 108н p. 5: the 30th day is not moved off a Saturday (2024-04-13).
		{"2019-05-28", "2019-06-27", calendar.Period{N: 30, Unit: calendar.Days}, oms.ActRules108n, "5", false},
		{"2024-03-14", "2024-04-13", calendar.Period{N: 30, Unit: calendar.Days}, oms.ActRules108n, "5", false},
	} {
		d, err := NewbornCover(mustDate(t, tc.reg))
		if err != nil {
			t.Fatal(err)
		}
		if d.Due.String() != tc.due || d.Period != tc.period || d.Code != DutyNewbornChoice || d.Event != "birth-registered" {
			t.Errorf("%s: %+v", tc.reg, d)
		}
		if d.Citation.Act != tc.act || d.Citation.Point != tc.point || d.Unconfirmed != tc.unconfirmed {
			t.Errorf("%s: cites %s (unconfirmed %v)", tc.reg, d.Citation, d.Unconfirmed)
		}
		if tc.act == oms.Act326FZ && (d.Citation.Article != "16" || d.Citation.Part != "3") {
			t.Errorf("%s: cites %s, want 326-ФЗ ст. 16 ч. 3", tc.reg, d.Citation)
		}
		if _, err := json.Marshal(d); err != nil {
			t.Error(err)
		}
	}
	if _, err := NewbornCover(d(2010, 12, 31)); !errors.Is(err, oms.ErrNotInForce) {
		t.Errorf("before 2011: %v", err)
	}
	// A parent who chose the insurer on the last day met the duty.
	duty, _ := NewbornCover(d(2024, 3, 14))
	if s := duty.Status(oms.SomeDate(d(2024, 4, 13)), d(2024, 5, 1)); s != calendar.Met {
		t.Errorf("choice on the last day: %s", s)
	}
	if !duty.Check(oms.NoDate, d(2024, 5, 1)).Has(DutyNewbornChoice + ".overdue") {
		t.Error("no choice after the cover: overdue")
	}
	// Assess agrees with NewbornCover: the cover's last day, and the code.
	p := Person{BirthDate: d(2024, 3, 1), BirthRegistration: oms.SomeDate(d(2024, 3, 14)), Citizenship: CitizenRF}
	a, _ := Assess(p, d(2024, 4, 13))
	if !a.MotherInsurer || a.MotherInsurerUntil != oms.SomeDate(duty.Due) || !a.Decision.Has(CodeNewbornMotherInsurer) {
		t.Errorf("Assess: %+v", a)
	}
}

// Role names the three applicants of package smo, with the same text.
func TestRoleText(t *testing.T) {
	for _, tc := range []struct {
		r    Role
		text string
	}{{NoRole, ""}, {Self, "self"}, {ByRepresentative, "representative"}, {ByLegalRepresentative, "legal-representative"}} {
		b, err := tc.r.MarshalText()
		if err != nil || string(b) != tc.text || tc.r.String() != tc.text {
			t.Errorf("%d: %q %v", tc.r, b, err)
		}
		var back Role
		if err := back.UnmarshalText([]byte(tc.text)); err != nil || back != tc.r {
			t.Errorf("%q: %v %v", tc.text, back, err)
		}
		if tc.r.IsValid() != (tc.r != NoRole) {
			t.Errorf("%v IsValid", tc.r)
		}
	}
	if Role(9).IsValid() {
		t.Error("Role(9) valid")
	}
	var r Role
	if err := r.UnmarshalText([]byte("proxy")); err == nil {
		t.Error("unknown role accepted")
	}
}

// One rule decides both: for any birth and registration and any day asked,
// Assess covers the child exactly through NewbornCover(registration).Due,
// the rule in force on the registration day, whatever rule is in force on
// the day asked.
func TestPropNewbornOneRule(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		birth := genDate(2011, 2025).Draw(t, "birth")
		reg := birth.Add(date.PeriodOfDays(rapid.IntRange(0, 60).Draw(t, "reg")))
		asOf := reg.Add(date.PeriodOfDays(rapid.IntRange(-10, 60).Draw(t, "asOf")))
		if asOf.Before(birth) {
			asOf = birth
		}
		duty, err := NewbornCover(reg)
		if err != nil {
			t.Fatal(err)
		}
		v, _ := DefaultRules().Newborn.At(reg)
		if duty.Citation != v.Citation || duty.Due != reg.Add(date.PeriodOfDays(v.Value)) {
			t.Fatalf("%s: duty %+v, rule %+v", reg, duty, v)
		}
		a, err := Assess(Person{BirthDate: birth, BirthRegistration: oms.SomeDate(reg), Citizenship: CitizenRF}, asOf)
		if err != nil {
			t.Fatal(err)
		}
		if a.MotherInsurer != !asOf.After(duty.Due) {
			t.Fatalf("birth %s, reg %s, asked %s: mother insurer %v, cover through %s", birth, reg, asOf, a.MotherInsurer, duty.Due)
		}
		if a.MotherInsurer && a.MotherInsurerUntil != oms.SomeDate(duty.Due) {
			t.Fatalf("until %s, duty %s", a.MotherInsurerUntil, duty.Due)
		}
	})
}
