package calendar_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/rickb777/date"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// notifyRule is the insured person's duty to notify the insurer within one
// month (326-ФЗ ст. 16 ч. 2 п. 3), used here as a real duty to test on.
var notifyRule = calendar.DutyRule{
	Code: "test.notify", Event: "data-changed",
	RU: "уведомить СМО об изменении данных", EN: "notify the insurer of changed data",
	Period:   calendar.Period{N: 1, Unit: calendar.Months},
	Citation: oms.Citation{Act: "326-ФЗ", Article: "16", Part: "2", Point: "3"},
}

func TestDutyDueAndStatus(t *testing.T) {
	cal := calendar.Federal()
	// 8 March 2025 + 1 month = 8 April 2025, a Tuesday (ГК РФ ст. 192 п. 3).
	d, err := cal.Duty(notifyRule, date.New(2025, time.March, 8))
	require.NoError(t, err)
	require.Equal(t, date.New(2025, time.April, 8), d.Due)
	for _, tc := range []struct {
		done oms.OptionalDate
		asOf date.Date
		want calendar.DutyStatus
	}{
		{oms.NoDate, date.New(2025, time.April, 8), calendar.Pending},
		{oms.NoDate, date.New(2025, time.April, 9), calendar.Overdue},
		{oms.SomeDate(date.New(2025, time.April, 8)), date.New(2025, time.May, 1), calendar.Met},
		{oms.SomeDate(date.New(2025, time.April, 9)), date.New(2025, time.May, 1), calendar.Late},
		// Done after the day asked about: not yet done on that day.
		{oms.SomeDate(date.New(2025, time.April, 9)), date.New(2025, time.April, 1), calendar.Pending},
	} {
		require.Equal(t, tc.want, d.Status(tc.done, tc.asOf), "%v %v", tc.done, tc.asOf)
		dec := d.Check(tc.done, tc.asOf)
		require.Equal(t, tc.want == calendar.Met || tc.want == calendar.Pending, dec.OK())
		f, ok := dec.Find("test.notify." + tc.want.String())
		require.True(t, ok, dec.String())
		require.Equal(t, notifyRule.Citation, f.Citation)
	}
}

func TestDutyInstant(t *testing.T) {
	// 1 month from 1 December 2025 ends on 1 January 2026, a holiday; the
	// next working day is 12 January 2026 (ПП РФ № 1466 от 24.09.2025).
	d, err := calendar.Federal().Duty(notifyRule, date.New(2025, time.December, 1))
	require.NoError(t, err)
	require.Equal(t, date.New(2026, time.January, 12), d.Due)
	require.True(t, d.DueAt.IsZero())
	dv, err := d.InRegion(oms.Volgograd)
	require.NoError(t, err)
	require.Equal(t, "2026-01-13T00:00:00+03:00", dv.DueAt.Format(time.RFC3339))
	require.Equal(t, time.UTC, d.In(nil).DueAt.Location())
	_, err = d.InRegion(oms.Region(0))
	require.Error(t, err)
}

func TestDutyErrors(t *testing.T) {
	cal := calendar.Federal()
	_, err := cal.Duty(calendar.DutyRule{Period: notifyRule.Period}, date.New(2025, 1, 1))
	require.ErrorIs(t, err, calendar.ErrInvalidDuty)
	bad := notifyRule
	bad.Period = calendar.Period{}
	_, err = cal.Duty(bad, date.New(2025, 1, 1))
	require.ErrorIs(t, err, calendar.ErrInvalidPeriod)
	_, err = cal.Duty(notifyRule, date.New(1990, 1, 1))
	require.ErrorIs(t, err, calendar.ErrUnknownYear)
}

func TestDutyJSON(t *testing.T) {
	d, err := calendar.Federal().Duty(notifyRule, date.New(2025, time.March, 8))
	require.NoError(t, err)
	b, err := json.Marshal(d)
	require.NoError(t, err)
	require.JSONEq(t, `{"code":"test.notify","event":"data-changed","ru":"уведомить СМО об изменении данных",
		"en":"notify the insurer of changed data","period":{"n":1,"unit":"months"},
		"citation":{"act":"326-ФЗ","article":"16","part":"2","point":"3"},
		"start":"2025-03-08","due":"2025-04-08"}`, string(b))
	_, err = json.Marshal(calendar.Duty{})
	require.NoError(t, err, "the zero Duty marshals")

	for s := calendar.Pending; s <= calendar.Overdue; s++ {
		txt, err := s.MarshalText()
		require.NoError(t, err)
		var back calendar.DutyStatus
		require.NoError(t, back.UnmarshalText(txt))
		require.Equal(t, s, back)
	}
	var s calendar.DutyStatus
	require.Error(t, s.UnmarshalText([]byte("soon")))
	_, err = calendar.DutyStatus(9).MarshalText()
	require.Error(t, err)
	require.Equal(t, "DutyStatus(9)", calendar.DutyStatus(9).String())
}

func TestDutyRuleCodes(t *testing.T) {
	cs := notifyRule.Codes("test")
	require.Len(t, cs, 4)
	seen := map[string]oms.Severity{}
	for _, c := range cs {
		seen[c.Code] = c.Severity
		require.Equal(t, []oms.Citation{notifyRule.Citation}, c.Citations)
	}
	require.Equal(t, map[string]oms.Severity{
		"test.notify.met": oms.Info, "test.notify.pending": oms.Info,
		"test.notify.late": oms.Violation, "test.notify.overdue": oms.Violation,
	}, seen)
}

// The status of a duty moves one way over the days asked about: pending
// until the due day, then overdue if not done; once done, met or late for
// every later day, and which of the two depends only on the day done.
func TestDutyStatusProperty(t *testing.T) {
	cal := calendar.Federal()
	first := date.New(2000, time.January, 1)
	rapid.Check(t, func(t *rapid.T) {
		r := notifyRule
		r.Period = calendar.Period{N: rapid.IntRange(1, 60).Draw(t, "n"), Unit: calendar.Unit(rapid.IntRange(1, 5).Draw(t, "unit"))}
		if r.Period.Unit == calendar.Years || r.Period.Unit == calendar.Months {
			r.Period.N = rapid.IntRange(1, 3).Draw(t, "n-small")
		}
		start := first.Add(date.PeriodOfDays(rapid.IntRange(0, 8000).Draw(t, "start")))
		d, err := cal.Duty(r, start)
		if err != nil {
			t.Fatal(err)
		}
		if !d.Due.After(start) {
			t.Fatalf("due %s not after start %s", d.Due, start)
		}
		if ok, _ := cal.IsWorkingDay(d.Due); !ok {
			t.Fatalf("due %s is not a working day", d.Due)
		}
		asOf := start.Add(date.PeriodOfDays(rapid.IntRange(0, 2000).Draw(t, "asOf")))
		var done oms.OptionalDate
		if rapid.Bool().Draw(t, "done") {
			done = oms.SomeDate(start.Add(date.PeriodOfDays(rapid.IntRange(0, 2000).Draw(t, "doneDay"))))
		}
		got := d.Status(done, asOf)
		day, isDone := done.Get()
		var want calendar.DutyStatus
		switch {
		case isDone && !day.After(asOf) && !day.After(d.Due):
			want = calendar.Met
		case isDone && !day.After(asOf):
			want = calendar.Late
		case asOf.After(d.Due):
			want = calendar.Overdue
		default:
			want = calendar.Pending
		}
		if got != want {
			t.Fatalf("status %s, want %s (due %s, done %v, asOf %s)", got, want, d.Due, done, asOf)
		}
	})
}

// A Duty survives a JSON round trip, and its days are read strictly.
func TestDutyJSONRoundTrip(t *testing.T) {
	d, err := calendar.Federal().Duty(notifyRule, date.New(2025, time.March, 8))
	require.NoError(t, err)
	d, err = d.InRegion(oms.Volgograd)
	require.NoError(t, err)
	b, err := json.Marshal(d)
	require.NoError(t, err)
	var back calendar.Duty
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, d.DutyRule, back.DutyRule)
	require.Equal(t, d.Start, back.Start)
	require.Equal(t, d.Due, back.Due)
	require.True(t, d.DueAt.Equal(back.DueAt))
	for _, bad := range []string{`{"code":"x","start":"2019-02-30","due":"2019-03-30"}`, `{"code":"x","start":"00000-00"}`} {
		require.Error(t, json.Unmarshal([]byte(bad), &back), bad)
	}
}

// DutyCodes lists each code once across versions, citing every version's
// provision once, oldest first.
func TestDutyCodesAcrossVersions(t *testing.T) {
	old := notifyRule
	old.Citation = oms.Citation{Act: oms.ActRules158n, Point: "52"}
	newer := notifyRule
	newer.Citation = oms.Citation{Act: oms.ActRules108n, Point: "60"}
	newer.Unconfirmed = true
	cs := calendar.DutyCodes("test", old, newer, newer)
	require.Len(t, cs, 4)
	for _, c := range cs {
		require.Equal(t, []oms.Citation{old.Citation, newer.Citation}, c.Citations, c.Code)
		require.True(t, c.Unconfirmed, c.Code)
	}
	// A version's Dated citation stands for a rule without one.
	bare := notifyRule
	bare.Citation = oms.Citation{}
	tl := oms.MustTimeline(
		oms.Dated[calendar.DutyRule]{From: date.New(2011, 1, 1), Value: bare, Citation: old.Citation},
		oms.Dated[calendar.DutyRule]{From: date.New(2019, 5, 28), Value: bare, Citation: newer.Citation, Unconfirmed: true},
	)
	cs = calendar.TimelineDutyCodes("test", tl)
	require.Len(t, cs, 4)
	require.Equal(t, []oms.Citation{old.Citation, newer.Citation}, cs[0].Citations)
	require.True(t, cs[0].Unconfirmed)
	require.Equal(t, []oms.Citation{old.Citation, newer.Citation}, tl.Citations())
	require.True(t, tl.AnyUnconfirmed())
	require.False(t, oms.Timeline[int]{}.AnyUnconfirmed())
}

// A duty without sanction warns when missed; others fail (326-ФЗ ст. 16
// ч. 2 sets the insured person's duties without a sanction).
func TestDutyNoSanction(t *testing.T) {
	r := notifyRule
	r.NoSanction = true
	d, err := calendar.Federal().Duty(r, date.New(2025, time.March, 8))
	require.NoError(t, err)
	for _, s := range []calendar.DutyStatus{calendar.Late, calendar.Overdue} {
		require.Equal(t, oms.Warning, d.Finding(s).Severity, s)
		r.NoSanction = false
		require.Equal(t, oms.Violation, calendar.Duty{DutyRule: r}.Finding(s).Severity, s)
		r.NoSanction = true
	}
	require.True(t, d.Check(oms.NoDate, date.New(2026, time.January, 1)).OK())
	for _, c := range r.Codes("test") {
		require.NotEqual(t, oms.Violation, c.Severity, c.Code)
	}
}
