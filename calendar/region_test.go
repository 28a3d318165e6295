package calendar

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/omsrules/oms"
	"pgregory.net/rapid"
)

func TestRegionalDataParses(t *testing.T) {
	all, err := parseRegional(bytes.NewReader(regionalCSV))
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
		for _, opts := range [][]RegionOption{{WithUnconfirmed()}, {WithScopes(ScopeAllEmployers, ScopeStateBodies, ScopeOptional, ScopeUnverified), WithUnconfirmed()}} {
			if _, err := ForRegion(r, opts...); err != nil {
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
		opts   []RegionOption
		day    string
		want   want
		src    string
	}{
		// Ураза-байрам 30.03.2025 fell on a Sunday. Bashkortostan moves the
		// day off to Monday 31.03 (regional rule, spec/regions.md); Tatarstan
		// has not moved weekend holidays since 2016.
		{oms.Bashkortostan, nil, "2025-03-31", want{false, TransferredDayOff}, "Башкортостан: Ураза-байрам 2025, перенос"},
		{oms.Tatarstan, nil, "2025-03-31", want{true, Working}, "Татарстан: no transfer since 2016"},
		{oms.Tatarstan, nil, "2025-06-06", want{false, Holiday}, "Татарстан: Курбан-байрам 06.06.2025 (Указ Раиса)"},
		{oms.Tatarstan, nil, "2025-11-06", want{false, Holiday}, "Татарстан: День Конституции РТ"},
		{oms.Moscow, nil, "2025-11-06", want{true, Working}, "no regional days in Moscow"},
		// Sakha's days bind republic state bodies only: not by default.
		{oms.Sakha, nil, "2025-04-28", want{true, Working}, "Якутия: scope is state bodies"},
		{oms.Sakha, []RegionOption{WithScopes(ScopeAllEmployers, ScopeStateBodies)}, "2025-04-28", want{false, TransferredDayOff}, "Якутия: День Республики 27.04.2025 (Sunday) moved to Monday"},
		{oms.Sakha, []RegionOption{WithScopes(ScopeAllEmployers, ScopeStateBodies)}, "2024-04-27", want{false, Holiday}, "Якутия: День Республики on a federal working Saturday"},
		// Adygea: the head made Saturday 26.04.2025 working (spec/regions.md).
		{oms.Region(1), nil, "2025-04-26", want{true, WorkingWeekend}, "Адыгея: working Saturday 26.04.2025"},
		// Chechnya's 16 April is confidence C: only with WithUnconfirmed.
		{oms.Region(20), nil, "2025-04-16", want{true, Working}, "Чечня: 16 April, confidence C"},
		{oms.Region(20), []RegionOption{WithUnconfirmed()}, "2025-04-16", want{false, Holiday}, "Чечня: 16 April with WithUnconfirmed"},
		// Outside 2019–2026 a region has the federal days only.
		{oms.Tatarstan, nil, "2018-08-30", want{true, Working}, "no regional data before 2019"},
	}
	for _, c := range cases {
		cal, err := ForRegion(c.region, c.opts...)
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
	if _, err := ForRegion(oms.Region(200), WithUnconfirmed()); !errors.Is(err, oms.ErrUnknownRegion) {
		t.Errorf("ForRegion(200) err = %v; want ErrUnknownRegion", err)
	}
	tat, _ := ForRegion(oms.Tatarstan)
	if _, err := tat.WithRegion(oms.Bashkortostan); err == nil {
		t.Error("applying a second region should fail")
	}
	if _, err := RegionalDays(0); !errors.Is(err, oms.ErrUnknownRegion) {
		t.Errorf("RegionalDays(0) err = %v", err)
	}
}

// A regional calendar only ever removes or adds the region's own days: on
// dates without a regional row it agrees with the federal calendar, and
// the O(1) arithmetic agrees with the naive reference.
func TestPropRegionalAgreesWithNaive(t *testing.T) {
	regions := []oms.Region{oms.Tatarstan, oms.Bashkortostan, oms.Sakha, 1, 8, 93}
	rapid.Check(t, func(t *rapid.T) {
		r := rapid.SampledFrom(regions).Draw(t, "region")
		cal, err := ForRegion(r, WithScopes(ScopeAllEmployers, ScopeStateBodies), WithUnconfirmed())
		if err != nil {
			t.Fatal(err)
		}
		from := genDate(t, "from")
		n := rapid.IntRange(-300, 300).Draw(t, "n")
		fast, errF := cal.AddWorkingDays(from, n)
		slow, errS := naiveAdd(cal, from, n)
		if (errF == nil) != (errS == nil) || fast != slow {
			t.Fatalf("%s AddWorkingDays(%s, %d) = %s, %v; naive %s, %v", r, from, n, fast, errF, slow, errS)
		}
		info, _ := cal.Day(from)
		fed, _ := Federal().Day(from)
		if !info.Regional && (info.Working != fed.Working || info.Kind != fed.Kind) {
			t.Fatalf("%s %s: %+v differs from federal %+v without a regional row", r, from, info, fed)
		}
	})
}
