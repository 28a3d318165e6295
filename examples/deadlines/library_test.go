package main

import (
	"testing"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/eligibility"
	"github.com/omsrules/oms/policy"
	"github.com/omsrules/oms/smo"
	"github.com/rickb777/date"
)

// TestStepsAreLibraryDuties checks that the program lists the library's
// duties as they are: for a move, a birth registered and a change of name
// on 6 October 2026 in Tatarstan, each step's code, last day, instant and
// citation are those of the duty the package gives, with 24:00 from
// Duty.InRegion.
func TestStepsAreLibraryDuties(t *testing.T) {
	region, day := oms.Region(16), date.New(2026, 10, 6)
	cal, err := calendar.ForRegion(region)
	if err != nil {
		t.Fatal(err)
	}
	notice, _, err := policy.NotifyDeadline(policy.ChangeName, day, cal)
	if err != nil {
		t.Fatal(err)
	}
	relocation, err := smo.RelocationDeadline(day, cal)
	if err != nil {
		t.Fatal(err)
	}
	newborn, err := eligibility.NewbornCover(day)
	if err != nil {
		t.Fatal(err)
	}
	for event, want := range map[string]calendar.Duty{"change_name": notice.Duty, "relocation": relocation, "birth-registration": newborn} {
		rep, err := compute(query{region: region, day: day, event: event})
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Steps) != 1 {
			t.Fatalf("%s: %d steps", event, len(rep.Steps))
		}
		want, err = want.InRegion(region)
		if err != nil {
			t.Fatal(err)
		}
		s := rep.Steps[0]
		if s.Code != want.Code || s.LastDay != want.Due || !s.RunsOut.Equal(want.DueAt) || s.Citation != want.Citation || s.Step != want.EN {
			t.Errorf("%s: step %+v\nduty %+v", event, s, want)
		}
	}
}
