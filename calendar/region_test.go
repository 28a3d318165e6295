package calendar

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
	"pgregory.net/rapid"
)

func TestRegionalDataParses(t *testing.T) {
	all, err := LoadRegionalCSV(bytes.NewReader(regionalCSV))
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 378 {
		t.Errorf("regional rows = %d; want 378 (spec/regions.md)", len(all))
	}
	for _, r := range oms.Regions() {
		if _, err := ForRegion(r); err != nil {
			t.Errorf("ForRegion(%s): %v", r, err)
		}
		for _, rr := range []RegionalRules{{Unconfirmed: true}, {Scopes: []Scope{ScopeAllEmployers, ScopeStateBodies, ScopeOptional, ScopeUnverified}, Unconfirmed: true}} {
			if _, err := rr.ForRegion(r); err != nil {
				t.Errorf("ForRegion(%s, ...): %v", r, err)
			}
		}
	}
}

func TestRegionalRealCases(t *testing.T) {
	type want struct {
		working bool
		kind    DayKind
	}
	cases := []struct {
		region oms.Region
		opts   RegionalRules
		day    string
		want   want
		src    string
	}{
		// Ураза-байрам 30.03.2025 fell on a Sunday. Bashkortostan moves the
		// day off to Monday 31.03 (regional rule, spec/regions.md); Tatarstan
		// has not moved weekend holidays since 2016.
		{oms.Bashkortostan, RegionalRules{}, "2025-03-31", want{false, TransferredDayOff}, "Башкортостан: Ураза-байрам 2025, перенос"},
		{oms.Tatarstan, RegionalRules{}, "2025-03-31", want{true, Working}, "Татарстан: no transfer since 2016"},
		{oms.Tatarstan, RegionalRules{}, "2025-06-06", want{false, Holiday}, "Татарстан: Курбан-байрам 06.06.2025 (Указ Раиса)"},
		{oms.Tatarstan, RegionalRules{}, "2025-11-06", want{false, Holiday}, "Татарстан: День Конституции РТ"},
		{oms.Moscow, RegionalRules{}, "2025-11-06", want{true, Working}, "no regional days in Moscow"},
		// Sakha's days bind republic state bodies only: not by default.
		{oms.Sakha, RegionalRules{}, "2025-04-28", want{true, Working}, "Якутия: scope is state bodies"},
		{oms.Sakha, RegionalRules{Scopes: []Scope{ScopeAllEmployers, ScopeStateBodies}}, "2025-04-28", want{false, TransferredDayOff}, "Якутия: День Республики 27.04.2025 (Sunday) moved to Monday"},
		{oms.Sakha, RegionalRules{Scopes: []Scope{ScopeAllEmployers, ScopeStateBodies}}, "2024-04-27", want{false, Holiday}, "Якутия: День Республики on a federal working Saturday"},
		// Adygea: the head made Saturday 26.04.2025 working (spec/regions.md).
		{oms.Region(1), RegionalRules{}, "2025-04-26", want{true, WorkingWeekend}, "Адыгея: working Saturday 26.04.2025"},
		// Chechnya's 16 April is confidence C: only with RegionalRules.Unconfirmed.
		{oms.Region(20), RegionalRules{}, "2025-04-16", want{true, Working}, "Чечня: 16 April, confidence C"},
		{oms.Region(20), RegionalRules{Unconfirmed: true}, "2025-04-16", want{false, Holiday}, "Чечня: 16 April with Unconfirmed"},
		// Before 2019 the regional data was not collected: with
		// With FederalFallback the federal days alone answer (30 August, the
		// Republic's day, is then missed; see TestRegionalUnknownYears).
		{oms.Tatarstan, RegionalRules{FederalFallback: true}, "2018-08-30", want{true, Working}, "no regional data before 2019"},
	}
	for _, c := range cases {
		cal, err := c.opts.ForRegion(c.region)
		if err != nil {
			t.Fatalf("ForRegion(%s): %v", c.region, err)
		}
		day := mustDate(c.day)
		info, err := cal.Day(day)
		if err != nil || info.Working != c.want.working || info.Kind != c.want.kind {
			t.Errorf("%s %s: Day = %+v, %v; want working=%v kind=%v (%s)", c.region, c.day, info, err, c.want.working, c.want.kind, c.src)
		}
		if cal.Region() != c.region {
			t.Errorf("Region() = %s; want %s", cal.Region(), c.region)
		}
	}
	tat, _ := ForRegion(oms.Tatarstan)
	info, _ := tat.Day(mustDate("2025-06-06"))
	if !info.Regional || !strings.Contains(info.Note, "Курбан") {
		t.Errorf("Tatarstan 2025-06-06 = %+v; want a regional day named Курбан-байрам", info)
	}
	// Federal totals stay; Tatarstan has 2 more days off in 2025 on weekdays:
	// Курбан (06.06) and 6 November.
	n, _ := tat.WorkingDaysInYear(2025)
	if n != 245 {
		t.Errorf("Tatarstan working days 2025 = %d; want 245", n)
	}
	if m, _ := ForRegion(oms.Moscow); &m.days[0] != &Federal().days[0] || &m.ords[0] != &Federal().ords[0] {
		t.Error("ForRegion(Moscow) should share the federal calendar's days")
	}
}

func TestForRegionErrors(t *testing.T) {
	if _, err := ForRegion(oms.Region(0)); !errors.Is(err, oms.ErrUnknownRegion) {
		t.Errorf("ForRegion(0) err = %v; want ErrUnknownRegion", err)
	}
	if _, err := (RegionalRules{Unconfirmed: true}).ForRegion(oms.Region(200)); !errors.Is(err, oms.ErrUnknownRegion) {
		t.Errorf("ForRegion(200) err = %v; want ErrUnknownRegion", err)
	}
	tat, _ := ForRegion(oms.Tatarstan)
	if _, err := tat.WithRegion(oms.Bashkortostan, RegionalRules{}); err == nil {
		t.Error("applying a second region should fail")
	}
	if _, err := RegionalDays(0); !errors.Is(err, oms.ErrUnknownRegion) {
		t.Errorf("RegionalDays(0) err = %v", err)
	}
}

// regionOptionSets are the rules the properties draw from.
var regionOptionSets = []RegionalRules{
	{},
	{Unconfirmed: true},
	{Scopes: []Scope{ScopeAllEmployers, ScopeStateBodies}},
	{Scopes: []Scope{ScopeAllEmployers, ScopeStateBodies, ScopeOptional, ScopeUnverified}, Unconfirmed: true},
	{FederalFallback: true},
	{Scopes: []Scope{ScopeStateBodies}, FederalFallback: true},
}

// applied returns the rows of region r that the rules rr apply.
func applied(t *rapid.T, r oms.Region, rr RegionalRules) []RegionalDay {
	scopes := rr.scopeSet()
	all, err := RegionalDays(r)
	if err != nil {
		t.Fatal(err)
	}
	var out []RegionalDay
	for _, d := range all {
		if rr.applies(&scopes, d) {
			out = append(out, d)
		}
	}
	return out
}

// A regional calendar differs from the federal one only on the region's
// own rows: a working day that is not a federal one is a weekend the
// region made working (Adygea 26.04.2025), and a federal working day that
// is off is a regional holiday or a day off moved from one. So regional
// working days ⊆ federal working days ∪ the region's working_weekend
// rows; the plain subset does not hold. A region with days of its own
// knows 2019–2026 only, unless FederalFallback; one without knows
// every federal year. The O(1) arithmetic agrees with the naive reference.
func TestPropRegionalDiffersOnlyByOwnRows(t *testing.T) {
	regions := oms.Regions()
	rapid.Check(t, func(t *rapid.T) {
		r := rapid.SampledFrom(regions).Draw(t, "region")
		opts := regionOptionSets[rapid.IntRange(0, len(regionOptionSets)-1).Draw(t, "options")]
		cal, err := opts.ForRegion(r)
		if err != nil {
			t.Fatal(err)
		}
		rows := applied(t, r, opts)
		byDate := map[date.Date]RegionalDay{}
		for _, d := range rows {
			byDate[d.Date] = d
		}
		first, last := cal.Years()
		wantFirst, wantLast := Federal().Years()
		if len(rows) > 0 && !opts.FederalFallback {
			wantFirst, wantLast = RegionalFirstYear, RegionalLastYear
		}
		if first != wantFirst || last != wantLast {
			t.Fatalf("%s: Years() = %d–%d; want %d–%d (%d own rows)", r, first, last, wantFirst, wantLast, len(rows))
		}
		day := genDate(t, "day")
		info, err := cal.Day(day)
		if y := day.Year(); y < first || y > last {
			if !errors.Is(err, ErrUnknownYear) {
				t.Fatalf("%s %s outside %d–%d: err = %v; want ErrUnknownYear", r, day, first, last, err)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		fed, _ := Federal().Day(day)
		row, own := byDate[day]
		switch {
		case own && info.Kind != row.Kind:
			t.Fatalf("%s %s: kind %v; the region's row says %v", r, day, info.Kind, row.Kind)
		case !own && (info.Working != fed.Working || info.Kind != fed.Kind || info.Regional):
			t.Fatalf("%s %s: %+v differs from federal %+v without a row of the region", r, day, info, fed)
		case info.Working && !fed.Working && row.Kind != WorkingWeekend:
			t.Fatalf("%s %s: working, not federally, but not a working weekend of the region: %+v", r, day, row)
		case !info.Working && fed.Working && row.Kind != Holiday && row.Kind != TransferredDayOff:
			t.Fatalf("%s %s: off, working federally, without a regional day off: %+v", r, day, row)
		}
		n := rapid.IntRange(-300, 300).Draw(t, "n")
		fast, errF := cal.AddWorkingDays(day, n)
		slow, errS := naiveAdd(cal, day, n)
		if (errF == nil) != (errS == nil) || fast != slow {
			t.Fatalf("%s AddWorkingDays(%s, %d) = %s, %v; naive %s, %v", r, day, n, fast, errF, slow, errS)
		}
	})
}
