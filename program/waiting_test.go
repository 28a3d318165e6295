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

var moscow = func() *time.Location {
	l, err := oms.Moscow.Location()
	if err != nil {
		panic(err)
	}
	return l
}()

func at(y int, m time.Month, d, hh, mm int) time.Time {
	return time.Date(y, m, d, hh, mm, 0, 0, moscow)
}

// The norms of program.md §3.1 for 2026 (ПП 2188; TASS 21.01.2026,
// 17.02.2026; RIA 02.02.2026; kenhi1.do95.ru 20.01.2026).
func TestWaits2026(t *testing.T) {
	want := map[WaitKind]Wait{
		WaitPrimaryDoctor:              {WaitPrimaryDoctor, 24, Hours, EventAppeal},
		WaitUrgentPrimary:              {WaitUrgentPrimary, 2, Hours, EventAppeal},
		WaitSpecialist:                 {WaitSpecialist, 14, WorkingDays, EventAppeal},
		WaitSpecialistOncology:         {WaitSpecialistOncology, 3, WorkingDays, EventAppeal},
		WaitSpecialistCardio:           {WaitSpecialistCardio, 3, WorkingDays, EventAppeal},
		WaitDiagnostics:                {WaitDiagnostics, 14, WorkingDays, EventPrescription},
		WaitCTMRI:                      {WaitCTMRI, 14, WorkingDays, EventPrescription},
		WaitDiagnosticsOncology:        {WaitDiagnosticsOncology, 7, WorkingDays, EventPrescription},
		WaitDiagnosticsCardio:          {WaitDiagnosticsCardio, 7, WorkingDays, EventPrescription},
		WaitOncologyDispensary:         {WaitOncologyDispensary, 3, WorkingDays, EventDiagnosis},
		WaitPlannedSpecialised:         {WaitPlannedSpecialised, 14, WorkingDays, EventReferral},
		WaitPlannedSpecialisedOncology: {WaitPlannedSpecialisedOncology, 7, WorkingDays, EventHistologyOrDiagnosis},
		WaitPlannedSpecialisedCardio:   {WaitPlannedSpecialisedCardio, 7, WorkingDays, EventDiagnosis},
		WaitAmbulance:                  {WaitAmbulance, 20, Minutes, EventCall},
	}
	ws := base2026.Waits()
	if len(ws) != len(want) {
		t.Fatalf("%d waits in 2026, want %d", len(ws), len(want))
	}
	for _, w := range ws {
		if w.Value != want[w.Value.Kind] {
			t.Errorf("%s: %v, want %v", w.Value.Kind, w.Value, want[w.Value.Kind])
		}
		if w.Citation.Act != "ПП РФ № 2188 от 29.12.2025" || w.From != date.New(2026, time.January, 1) {
			t.Errorf("%s: %v from %s", w.Value.Kind, w.Citation, w.From)
		}
	}
	// Confirmed and unconfirmed (program.md §3.1: 10a is M, row 4's event is unclear).
	for k, unconf := range map[WaitKind]bool{WaitSpecialist: false, WaitSpecialistCardio: false, WaitPlannedSpecialisedCardio: true, WaitSpecialistOncology: true} {
		if w, _ := base2026.Wait(k); w.Unconfirmed != unconf {
			t.Errorf("2026 %s unconfirmed = %v", k, w.Unconfirmed)
		}
	}
}

// History: calendar days in 2019, working days from 2020 (law-addendum.md §4);
// the cardiovascular fast track only from 2026.
func TestWaitHistory(t *testing.T) {
	p2019 := MustBase(date.New(2019, time.June, 1))
	tests := []struct {
		year  int
		kind  WaitKind
		limit int
		unit  WaitUnit
	}{
		{2019, WaitSpecialist, 14, CalendarDays},
		{2019, WaitDiagnostics, 14, CalendarDays},
		{2019, WaitCTMRI, 30, CalendarDays},
		{2019, WaitPlannedSpecialised, 30, CalendarDays},
		{2019, WaitPlannedSpecialisedOncology, 14, CalendarDays},
		// Not named for 2019 by law-addendum.md §4 (only 3/7/14); program.md
		// §3.2 dates it to 2020. Inferred for 2019, unconfirmed.
		{2019, WaitOncologyDispensary, 3, WorkingDays},
		{2020, WaitOncologyDispensary, 3, WorkingDays},
		{2020, WaitSpecialist, 14, WorkingDays},
		{2020, WaitCTMRI, 14, WorkingDays},
		{2020, WaitPlannedSpecialisedOncology, 7, WorkingDays},
		{2023, WaitPlannedSpecialised, 14, WorkingDays},
	}
	for _, tt := range tests {
		w, err := MustBase(date.New(tt.year, time.June, 1)).Wait(tt.kind)
		if err != nil || w.Value.Limit != tt.limit || w.Value.Unit != tt.unit {
			t.Errorf("%d %s = %v, %v", tt.year, tt.kind, w.Value, err)
		}
		if tt.year <= 2020 && !w.Unconfirmed {
			t.Errorf("%d %s should be unconfirmed", tt.year, tt.kind)
		}
	}
	if w, _ := MustBase(date.New(2023, time.June, 1)).Wait(WaitSpecialist); w.Unconfirmed {
		t.Error("2023 specialist limit: both readings of the switch agree")
	}
	for _, k := range []WaitKind{WaitSpecialistCardio, WaitDiagnosticsCardio, WaitPlannedSpecialisedCardio} {
		if _, err := MustBase(date.New(2025, time.June, 1)).Wait(k); !errors.Is(err, ErrNoWait) {
			t.Errorf("2025 %s: %v", k, err)
		}
	}
	if len(p2019.Waits()) != 11 {
		t.Errorf("2019 has %d waits", len(p2019.Waits()))
	}
	if tl := WaitTimeline(WaitSpecialist); tl.Len() != 8 {
		t.Errorf("specialist timeline has %d versions", tl.Len())
	}
	if WaitTimeline(0).Len() != 0 {
		t.Error("timeline of kind 0")
	}
}

// Due dates across holidays, counted in the production calendar (ПП РФ
// № 1335 от 04.10.2024 and № 1466 от 24.09.2025 on transfers of days off,
// calendar.md; the Tatarstan day off from Указ Раиса РТ, regions data).
func TestDueByRealCases(t *testing.T) {
	p2025 := MustBase(date.New(2025, time.June, 1))
	tests := []struct {
		name  string
		p     *Programme
		kind  WaitKind
		event time.Time
		cal   *calendar.Calendar
		want  date.Date
	}{
		// Appeal on Friday 26.12.2025; 31.12.2025 and 01–11.01.2026 are days off.
		{"specialist over New Year", p2025, WaitSpecialist, at(2025, time.December, 26, 10, 0), nil, date.New(2026, time.January, 27)},
		// Suspected cardiovascular disease, Friday 20.02.2026; 23.02 is a holiday.
		{"cardio over 23 February", base2026, WaitSpecialistCardio, at(2026, time.February, 20, 9, 0), nil, date.New(2026, time.February, 26)},
		// Referral Friday 06.03.2026; 09.03.2026 is the day off moved from 08.03.
		{"hospital over 8 March", base2026, WaitPlannedSpecialised, at(2026, time.March, 6, 15, 0), nil, date.New(2026, time.March, 27)},
		// Oncology tests prescribed 30.04.2025; 1–4 and 8–11 May are days off.
		{"oncology tests over May", p2025, WaitDiagnosticsOncology, at(2025, time.April, 30, 12, 0), nil, date.New(2025, time.May, 15)},
		// 2019 specialist limit in calendar days: not moved off the holiday 08.01.2020.
		{"2019 calendar days", MustBase(date.New(2019, time.June, 1)), WaitSpecialist, at(2019, time.December, 25, 8, 0), nil, date.New(2020, time.January, 8)},
		// Tatarstan: 20.03.2026 (Ураза-байрам) is a day off there, not federally.
		{"cardio federal", base2026, WaitSpecialistCardio, at(2026, time.March, 19, 11, 0), nil, date.New(2026, time.March, 24)},
		{"cardio Tatarstan", base2026, WaitSpecialistCardio, at(2026, time.March, 19, 11, 0), mustRegion(t, oms.Tatarstan), date.New(2026, time.March, 25)},
	}
	for _, tt := range tests {
		due, err := tt.p.DueBy(tt.kind, tt.event, tt.cal)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if due.Day != tt.want {
			t.Errorf("%s: due %s, want %s", tt.name, due.Day, tt.want)
		}
		y, m, d := tt.want.Date()
		if !due.Instant.Equal(time.Date(y, m, d+1, 0, 0, 0, 0, moscow)) {
			t.Errorf("%s: instant %s", tt.name, due.Instant)
		}
	}
}

func mustRegion(t *testing.T, r oms.Region) *calendar.Calendar {
	c, err := calendar.ForRegion(r)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestDueByInstants(t *testing.T) {
	// Ambulance call at 23:50 on New Year's night: due 00:10 the next day.
	due, err := base2026.DueBy(WaitAmbulance, at(2026, time.January, 1, 23, 50), nil)
	if err != nil || !due.Instant.Equal(at(2026, time.January, 2, 0, 10)) || due.Day != date.New(2026, time.January, 2) {
		t.Errorf("ambulance: %+v, %v", due, err)
	}
	// 24 hours over the Victory Day holiday: hours are not working hours.
	due, err = base2026.DueBy(WaitPrimaryDoctor, at(2026, time.May, 8, 10, 0), nil)
	if err != nil || !due.Instant.Equal(at(2026, time.May, 9, 10, 0)) {
		t.Errorf("24 hours: %+v, %v", due, err)
	}
	if _, err := base2026.DueBy(WaitSpecialist, at(2027, time.December, 28, 10, 0), nil); !errors.Is(err, calendar.ErrUnknownYear) {
		t.Errorf("beyond the calendar: %v", err)
	}
	if _, err := DueBy(Wait{Kind: WaitSpecialist, Limit: 0, Unit: WorkingDays}, at(2026, time.March, 2, 9, 0), nil); err == nil {
		t.Error("zero limit accepted")
	}
	if _, err := DueBy(Wait{Kind: WaitSpecialist, Limit: 3}, at(2026, time.March, 2, 9, 0), nil); err == nil {
		t.Error("no unit accepted")
	}
	if _, err := DueBy(Wait{Limit: 3, Unit: Hours}, at(2026, time.March, 2, 9, 0), nil); err == nil {
		t.Error("no kind accepted")
	}
	if _, err := MustBase(date.New(2025, time.May, 1)).DueBy(WaitSpecialistCardio, at(2025, time.March, 2, 9, 0), nil); !errors.Is(err, ErrNoWait) {
		t.Errorf("2025 cardio: %v", err)
	}
}

// Property: a due date is never before its event, for every unit and norm.
func TestDueByNeverBeforeEvent(t *testing.T) {
	first := date.New(2019, time.January, 1)
	rapid.Check(t, func(t *rapid.T) {
		w := Wait{
			Kind:  WaitKind(rapid.IntRange(1, int(waitKindEnd)-1).Draw(t, "kind")),
			Limit: rapid.IntRange(1, 60).Draw(t, "limit"),
			Unit:  WaitUnit(rapid.IntRange(1, 4).Draw(t, "unit")),
		}
		day := first.Add(date.PeriodOfDays(rapid.IntRange(0, 7*365+200).Draw(t, "day")))
		minute := rapid.IntRange(0, 24*60-1).Draw(t, "minute")
		y, m, d := day.Date()
		ev := time.Date(y, m, d, minute/60, minute%60, 0, 0, moscow)
		due, err := DueBy(w, ev, nil)
		if err != nil {
			if errors.Is(err, calendar.ErrUnknownYear) {
				return
			}
			t.Fatal(err)
		}
		if due.Instant.Before(ev) || due.Day.Before(day) {
			t.Fatalf("%v from %s: due %s / %s", w, ev, due.Day, due.Instant)
		}
		if w.Unit == WorkingDays {
			n, err := calendar.Federal().WorkingDaysBetween(day, due.Day)
			if err != nil || n != w.Limit {
				t.Fatalf("%d working days between %s and %s, want %d", n, day, due.Day, w.Limit)
			}
		}
	})
}

func TestWaitNames(t *testing.T) {
	for _, k := range WaitKinds() {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back WaitKind
		if err := back.UnmarshalText(b); err != nil || back != k || k.NameRU() == "" {
			t.Errorf("kind %s", k)
		}
	}
	for u := Minutes; u <= WorkingDays; u++ {
		b, _ := u.MarshalText()
		var back WaitUnit
		if err := back.UnmarshalText(b); err != nil || back != u {
			t.Errorf("unit %s", u)
		}
	}
	for e := EventAppeal; e <= EventHistologyOrDiagnosis; e++ {
		if e.NameRU() == "" || e.NameEN() == "" || e.String() == "" {
			t.Errorf("event %d", e)
		}
	}
	w := Wait{WaitPlannedSpecialised, 14, WorkingDays, EventReferral}
	if w.String() != "14 working-days from referral" || w.RU() != "не более 14 рабочих дней с момента: выдача лечащим врачом направления на госпитализацию" {
		t.Errorf("%s / %s", w, w.RU())
	}
	var k WaitKind
	var u WaitUnit
	if k.UnmarshalText([]byte("x")) == nil || u.UnmarshalText([]byte("x")) == nil || k.String() != "WaitKind(0)" || u.String() != "WaitUnit(0)" ||
		Event(0).String() != "Event(0)" || Event(0).NameRU() != "" || Event(0).NameEN() != "" || k.NameRU() != "" {
		t.Error("invalid enums")
	}
	if _, err := k.MarshalText(); err == nil {
		t.Error("invalid kind marshals")
	}
	if _, err := u.MarshalText(); err == nil {
		t.Error("invalid unit marshals")
	}
}

func TestCompareWait(t *testing.T) {
	tests := []struct {
		t, b             Wait
		longer, doubtful bool
	}{
		{Wait{Limit: 10, Unit: WorkingDays}, Wait{Limit: 14, Unit: WorkingDays}, false, false},
		{Wait{Limit: 15, Unit: WorkingDays}, Wait{Limit: 14, Unit: WorkingDays}, true, false},
		{Wait{Limit: 14, Unit: CalendarDays}, Wait{Limit: 14, Unit: WorkingDays}, false, false},
		{Wait{Limit: 48, Unit: Hours}, Wait{Limit: 3, Unit: WorkingDays}, false, false},
		{Wait{Limit: 30, Unit: CalendarDays}, Wait{Limit: 14, Unit: WorkingDays}, false, true},
		{Wait{Limit: 60, Unit: CalendarDays}, Wait{Limit: 14, Unit: WorkingDays}, true, false},
		{Wait{Limit: 2, Unit: WorkingDays}, Wait{Limit: 30, Unit: Minutes}, true, false},
	}
	for _, tt := range tests {
		l, d := compareWait(tt.t, tt.b)
		if l != tt.longer || d != tt.doubtful {
			t.Errorf("%v vs %v: longer %v doubtful %v", tt.t, tt.b, l, d)
		}
	}
}

var sinkDue Due

// BenchmarkDueBy compares DueBy (an O(1) working-day index in package
// calendar) with counting day by day.
func BenchmarkDueBy(b *testing.B) {
	w := Wait{Kind: WaitPlannedSpecialised, Limit: 14, Unit: WorkingDays, Event: EventReferral}
	ev := at(2025, time.December, 26, 10, 0)
	b.Run("fast", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkDue, _ = DueBy(w, ev, nil)
		}
	})
	b.Run("naive", func(b *testing.B) {
		cal := calendar.Federal()
		b.ReportAllocs()
		for b.Loop() {
			d := date.NewAt(ev)
			for n := 0; n < w.Limit; {
				d = d.Add(1)
				if ok, _ := cal.IsWorkingDay(d); ok {
					n++
				}
			}
			sinkDue = Due{Day: d}
		}
	})
}

func TestDueByMatchesNaive(t *testing.T) {
	cal := calendar.Federal()
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 40).Draw(t, "n")
		d0 := date.New(2019, time.January, 1).Add(date.PeriodOfDays(rapid.IntRange(0, 7*365).Draw(t, "day")))
		y, m, dd := d0.Date()
		due, err := DueBy(Wait{Kind: WaitSpecialist, Limit: n, Unit: WorkingDays}, time.Date(y, m, dd, 12, 0, 0, 0, moscow), nil)
		if err != nil {
			t.Skip(err)
		}
		d := d0
		for k := 0; k < n; {
			d = d.Add(1)
			if ok, _ := cal.IsWorkingDay(d); ok {
				k++
			}
		}
		if d != due.Day {
			t.Fatalf("%d working days from %s: %s, naive %s", n, d0, due.Day, d)
		}
	})
}

func TestDueByZeroAllocs(t *testing.T) {
	w := Wait{Kind: WaitSpecialist, Limit: 14, Unit: WorkingDays, Event: EventAppeal}
	ev := at(2026, time.March, 2, 9, 0)
	if n := testing.AllocsPerRun(100, func() { sinkDue, _ = DueBy(w, ev, nil) }); n != 0 {
		t.Errorf("DueBy allocates %v", n)
	}
}
