package policy

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/rickb777/date"
)

// The register steps of the paper era, counted through the federal
// calendar (rules-points.md row 5c).
func TestRegisterSteps(t *testing.T) {
	// 108н pp. 49–58, an application on Monday 03.06.2019 (12 June a
	// holiday): to the fund by Tue 04.06 (p. 49, next working day); the
	// check 3 working days on, Fri 07.06; the result 1 on, Mon 10.06; in
	// all ≤ 5 working days to the request (p. 53), Mon 10.06; the policy
	// made in 14 working days (p. 56): 11, 13, 14, 17–21, 24–28 June
	// (13), 1 July (14); to the insurer 2 on (p. 57), 03.07; the person
	// informed 3 on (p. 58 subp. 1), 08.07.
	steps, err := RegisterSteps(day(2019, 6, 3), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		code, point, due string
	}{
		{DutyRegisterToFund, "49", "2019-06-04"},
		{DutyRegisterCheck, "49", "2019-06-07"},
		{DutyRegisterResult, "49", "2019-06-10"},
		{DutyRegisterToFFOMS, "53", "2019-06-10"},
		{DutyRegisterPolicyMade, "56", "2019-07-01"},
		{DutyRegisterPolicyToSMO, "57", "2019-07-03"},
		{DutyRegisterInform, "58 подп. 1", "2019-07-08"},
	}
	if len(steps) != len(want) {
		t.Fatalf("%d steps, want %d", len(steps), len(want))
	}
	for i, w := range want {
		s := steps[i]
		if s.Code != w.code || s.Citation.Act != oms.ActRules108n || s.Citation.Point != w.point || s.Due.String() != w.due || s.Unconfirmed {
			t.Errorf("step %d: %s %s due %s (unconfirmed %v), want %s п. %s %s", i, s.Code, s.Citation, s.Due, s.Unconfirmed, w.code, w.point, w.due)
		}
	}
	// 158н pp. 38–49, an application on Monday 02.03.2015: the same day to
	// the fund (p. 38); in all ≤ 10 working days (p. 45): 3–6 Mar (4), 9 Mar
	// (the 8 March holiday moved to Monday) off, 10–13 (8), 16, 17 (10).
	steps, err = RegisterSteps(day(2015, 3, 2), nil)
	if err != nil {
		t.Fatal(err)
	}
	if s := steps[0]; s.Code != DutyRegisterToFund || s.Due != day(2015, 3, 2) || s.Citation.Point != "38" || s.Citation.Act != oms.ActRules158n {
		t.Errorf("158н first step: %+v", s)
	}
	for _, s := range steps {
		if s.Code == DutyRegisterToFFOMS && (s.Due != day(2015, 3, 17) || s.Citation.Point != "45") {
			t.Errorf("158н p. 45: %s %s", s.Due, s.Citation)
		}
		if (s.Code == DutyRegisterStep41 || s.Code == DutyRegisterStep42) != s.Unconfirmed {
			t.Errorf("158н %s unconfirmed %v", s.Code, s.Unconfirmed)
		}
	}
	// After 803н (2017) the 158н numbering was not read: every step is
	// unconfirmed.
	steps, _ = RegisterSteps(day(2018, 3, 1), nil)
	for _, s := range steps {
		if !s.Unconfirmed {
			t.Errorf("2018 %s: not unconfirmed", s.Code)
		}
	}
	// The digital policy from 01.12.2022 is made the same day: no steps.
	for _, d := range []date.Date{day(2022, 12, 1), day(2010, 12, 31)} {
		if _, err := RegisterSteps(d, nil); !errors.Is(err, oms.ErrNotInForce) {
			t.Errorf("%s: %v", d, err)
		}
	}
	if _, err := RegisterSteps(day(2022, 11, 30), calendar.Federal()); err != nil {
		t.Errorf("the last day of blanks: %v", err)
	}
}

// Every step starts on the due day of the step it follows, and no due day
// is before its start.
func TestRegisterStepsChain(t *testing.T) {
	for d := day(2011, 1, 3); d.Before(day(2022, 12, 1)); d = d.Add(37) {
		steps, err := RegisterSteps(d, nil)
		if err != nil {
			t.Fatal(err)
		}
		due := map[string]date.Date{OnApplicationFiled: d}
		for _, s := range steps {
			if s.Start != due[s.Event] || s.Due.Before(s.Start) {
				t.Fatalf("%s: step %s starts %s, due %s", d, s.Code, s.Start, s.Due)
			}
			due[s.Code] = s.Due
		}
	}
}

// A chain is immutable: changing the copy Steps returns changes nothing.
func TestRegisterChainImmutable(t *testing.T) {
	v, _ := DefaultRules().Register.At(day(2020, 1, 9))
	s := v.Value.Steps()
	s[0].Code = "changed"
	if again := v.Value.Steps(); again[0].Code != DutyRegisterToFund {
		t.Errorf("the default chain changed: %s", again[0].Code)
	}
	b, err := json.Marshal(v.Value)
	if err != nil || !strings.Contains(string(b), `"policy.register.to-fund"`) {
		t.Errorf("JSON %s: %v", b, err)
	}
	if b, _ := json.Marshal(RegisterChain{}); string(b) != "[]" {
		t.Errorf("zero chain: %s", b)
	}
	c := NewRegisterChain(calendar.DutyRule{Code: "x", Event: "y"})
	if _, err := (Rules{Register: oms.MustTimeline(oms.Dated[RegisterChain]{From: day(2011, 1, 1), Value: c})}).RegisterSteps(day(2020, 1, 9), nil); err == nil {
		t.Error("a step after an unknown one: no error")
	}
}
