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

// TestDeadlinesAreLibraryDuties checks that the audit's due dates are the
// library's duties as they are, judged by their Check: a change of name
// on 15 January 2026 notified on 10 February (met), a birth registered on
// 14 January 2026 and the child's insurer chosen on 2 March (late: the
// mother's insurer covered 30 days), and a change of residence on 20
// December 2025 notified on 25 February 2026 (late).
func TestDeadlinesAreLibraryDuties(t *testing.T) {
	reg, err := loadRegistry("")
	if err != nil {
		t.Fatal(err)
	}
	chk := newChecker(reg, date.New(2026, 11, 27))
	region := oms.Region(77)
	cal, err := calendar.ForRegion(region)
	if err != nil {
		t.Fatal(err)
	}
	loc, _ := region.Location()
	duty := func(d calendar.Duty, err error) calendar.Duty {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return d.In(loc)
	}
	notice := func(r policy.Reason, changed date.Date) calendar.Duty {
		n, _, err := policy.NotifyDeadline(r, changed, cal)
		return duty(n.Duty, err)
	}
	for _, c := range []struct {
		name   string
		app    Application
		want   calendar.Duty
		status calendar.DutyStatus
	}{
		{"notice met", Application{Date: date.New(2026, 2, 10), Region: region,
			Events: []Event{{Kind: "change_name", Date: date.New(2026, 1, 15)}}},
			notice(policy.ChangeName, date.New(2026, 1, 15)), calendar.Met},
		{"notice late", Application{Date: date.New(2026, 2, 25), Region: region,
			Events: []Event{{Kind: "change_residence", Date: date.New(2025, 12, 20)}}},
			notice(policy.ChangeResidence, date.New(2025, 12, 20)), calendar.Late},
		{"newborn late", Application{Date: date.New(2026, 3, 2), Region: region, Insurer: "S-01", Reason: smo.FirstChoice,
			Events: []Event{{Kind: "birth-registration", Date: date.New(2026, 1, 14)}}},
			duty(eligibility.NewbornCover(date.New(2026, 1, 14))), calendar.Late},
	} {
		var res Result
		dues, dec := chk.deadlines(&c.app, &res)
		if len(res.Problems) > 0 {
			t.Errorf("%s: problems %v", c.name, res.Problems)
		}
		if len(dues) != 1 {
			t.Fatalf("%s: %d due dates", c.name, len(dues))
		}
		got, w := dues[0], c.want
		if got.Step != w.EN || got.From != w.Start || got.Last != w.Due || !got.Instant.Equal(w.DueAt) ||
			got.Citation != w.Citation || got.Status != c.status.String() || got.Unconfirmed != w.Unconfirmed {
			t.Errorf("%s: due %+v\nduty %+v", c.name, got, w)
		}
		if f, ok := dec.Find(w.Code + "." + c.status.String()); !ok || f != w.Finding(c.status) {
			t.Errorf("%s: no finding %s.%s of Duty.Check in %v", c.name, w.Code, c.status, dec.Codes())
		}
	}
}
