package calendar

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/omsrules/oms"
)

// loadTatarstan2027 reads the test fixture: Tatarstan's two fixed-date
// days of 2027 (Закон РТ от 19.02.1992 № 1448-XII), without the Islamic
// days, whose 2027 dates the Раис has not yet set.
func loadTatarstan2027(t *testing.T) []RegionalDay {
	t.Helper()
	f, err := os.Open("testdata/ru-regional-holidays-2027-tatarstan.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	days, err := LoadRegionalCSV(f)
	if err != nil {
		t.Fatal(err)
	}
	return days
}

// A region with days of its own does not know a year whose days are not in
// the data; a region without does. Sources: spec/regions.md §3–4 (data
// 2019–2026); ПП РФ № 1187 от 17.09.2026 (20.02.2027 a working Saturday).
func TestRegionalUnknownYears(t *testing.T) {
	loaded := loadTatarstan2027(t)
	cases := []struct {
		name    string
		region  oms.Region
		opts    RegionalRules
		day     string
		unknown bool // want ErrUnknownYear
		working bool
		kind    DayKind
	}{
		// Ураза-байрам 2027 in Tatarstan is not in the data: the federal
		// days alone would be a silent wrong answer.
		{"Tatarstan 2027", oms.Tatarstan, RegionalRules{}, "2027-03-10", true, false, 0},
		{"Tatarstan 2018", oms.Tatarstan, RegionalRules{}, "2018-08-30", true, false, 0},
		{"Tatarstan 2027, federal fallback", oms.Tatarstan, RegionalRules{FederalFallback: true}, "2027-08-30", false, true, Working},
		{"Tatarstan 2026 still known", oms.Tatarstan, RegionalRules{}, "2026-11-06", false, false, Holiday},
		{"Moscow 2027", oms.Moscow, RegionalRules{}, "2027-02-20", false, true, WorkingWeekend},
		{"Moscow 1999", oms.Moscow, RegionalRules{}, "1999-01-04", false, false, TransferredDayOff},
		// Sakha's days bind state bodies only: by default it has none.
		{"Sakha 2027, default scope", oms.Sakha, RegionalRules{}, "2027-04-27", false, true, Working},
		{"Sakha 2027, state bodies", oms.Sakha, RegionalRules{Scopes: []Scope{ScopeAllEmployers, ScopeStateBodies}}, "2027-04-27", true, false, 0},
		// Loading Tatarstan's 2027 days makes 2027 known; 30.08.2027 is a Monday.
		{"Tatarstan 2027 loaded", oms.Tatarstan, RegionalRules{Days: loaded}, "2027-08-30", false, false, Holiday},
		{"Tatarstan 2027 loaded, other day", oms.Tatarstan, RegionalRules{Days: loaded}, "2027-03-10", false, true, Working},
		// Rows of other regions are ignored: Bashkortostan still lacks 2027.
		{"Bashkortostan with Tatarstan's rows", oms.Bashkortostan, RegionalRules{Days: loaded}, "2027-08-30", true, false, 0},
	}
	for _, c := range cases {
		cal, err := c.opts.ForRegion(c.region)
		if err != nil {
			t.Fatalf("%s: ForRegion: %v", c.name, err)
		}
		info, err := cal.Day(mustDate(c.day))
		if c.unknown {
			if !errors.Is(err, ErrUnknownYear) || !strings.Contains(err.Error(), "FederalFallback") {
				t.Errorf("%s: err = %v; want ErrUnknownYear naming the way out", c.name, err)
			}
			continue
		}
		if err != nil || info.Working != c.working || info.Kind != c.kind {
			t.Errorf("%s: Day(%s) = %+v, %v; want working=%v kind=%v", c.name, c.day, info, err, c.working, c.kind)
		}
	}

	tat, err := RegionalRules{Days: loaded}.ForRegion(oms.Tatarstan)
	if err != nil {
		t.Fatal(err)
	}
	if first, last := tat.Years(); first != 2019 || last != 2027 {
		t.Errorf("Tatarstan with 2027 loaded: Years() = %d–%d; want 2019–2027", first, last)
	}
	// 247 federal working days less Monday 30 August; 6 November is a Saturday.
	if n, err := tat.WorkingDaysInYear(2027); err != nil || n != 246 {
		t.Errorf("Tatarstan 2027 working days = %d, %v; want 246", n, err)
	}
	if info, _ := tat.Day(mustDate("2027-08-30")); !info.Regional || info.Note != "День Республики Татарстан" {
		t.Errorf("2027-08-30 = %+v; want the regional День Республики Татарстан", info)
	}
	// Federal notes survive the trimming to the region's years.
	fed, _ := Federal().Day(mustDate("2027-02-20"))
	if info, _ := tat.Day(mustDate("2027-02-20")); info != fed || info.Note == "" {
		t.Errorf("Tatarstan 2027-02-20 = %+v; want the federal %+v", info, fed)
	}
	if fb, _ := (RegionalRules{FederalFallback: true}).ForRegion(oms.Tatarstan); fb != nil {
		if first, last := fb.Years(); first != FederalFirstYear || last != FederalLastYear {
			t.Errorf("fallback Years() = %d–%d", first, last)
		}
	}
	if m, _ := ForRegion(oms.Moscow); m.String() != "region 77 1999–2027" {
		t.Errorf("Moscow = %s", m)
	}
}

func TestRegionalRulesDaysErrors(t *testing.T) {
	loaded := loadTatarstan2027(t)
	row := loaded[0]
	moved := func(f func(*RegionalDay)) RegionalDay { d := row; f(&d); return d }
	for _, c := range []struct {
		name string
		days []RegionalDay
	}{
		{"2028 without 2027", []RegionalDay{moved(func(d *RegionalDay) { d.Date = mustDate("2028-08-30") })}},
		{"2017 without 2018", []RegionalDay{moved(func(d *RegionalDay) { d.Date = mustDate("2017-08-30") })}},
		{"two rows for a date", []RegionalDay{row, moved(func(d *RegionalDay) { d.Kind = TransferredDayOff })}},
		{"working weekend on a Monday", []RegionalDay{moved(func(d *RegionalDay) { d.Kind = WorkingWeekend })}},
		{"shortened", []RegionalDay{moved(func(d *RegionalDay) { d.Kind = Shortened })}},
		{"no scope", []RegionalDay{moved(func(d *RegionalDay) { d.Scope = 0 })}},
		{"confidence", []RegionalDay{moved(func(d *RegionalDay) { d.Confidence = "" })}},
	} {
		_, err := RegionalRules{Days: c.days}.ForRegion(oms.Tatarstan)
		var pe *ParseError
		if !errors.Is(err, ErrBadData) || !errors.As(err, &pe) || pe.Field == "" {
			t.Errorf("%s: err = %v; want a *ParseError naming the field", c.name, err)
		}
	}
	// A year added with With to a region's bounded calendar would have the
	// federal days alone; With refuses it, but takes corrections.
	tat, _ := ForRegion(oms.Tatarstan)
	if _, err := tat.With(entriesFrom(Federal(), 2027)); !errors.Is(err, ErrBadData) {
		t.Errorf("Tatarstan.With(2027): err = %v; want ErrBadData", err)
	}
	fix, _ := NewOverrides(Entry{Date: mustDate("2026-06-01"), Kind: Holiday, Note: "correction"})
	if _, err := tat.With(fix); err != nil {
		t.Errorf("Tatarstan.With(a 2026 correction): %v", err)
	}
	if _, err := Federal().With(entriesFrom(Federal(), 2027)); err != nil {
		t.Errorf("Federal().With(2027 again): %v", err)
	}
	// A calendar of 2027 alone has none of Tatarstan's known years.
	only2027, err := (*Calendar)(nil).With(entriesFrom(Federal(), 2027))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := only2027.WithRegion(oms.Tatarstan, RegionalRules{}); !errors.Is(err, ErrUnknownYear) {
		t.Errorf("Tatarstan on a 2027-only calendar: err = %v; want ErrUnknownYear", err)
	}
	if cal, err := only2027.WithRegion(oms.Tatarstan, RegionalRules{Days: loaded}); err != nil {
		t.Errorf("with 2027 loaded: %v", err)
	} else if ok, _ := cal.IsWorkingDay(mustDate("2027-08-30")); ok {
		t.Error("2027-08-30 should be off in Tatarstan with 2027 loaded")
	}
}

// entriesFrom returns c's rows from year first on.
func entriesFrom(c *Calendar, first int) Overrides {
	var out []Entry
	for _, e := range c.Entries() {
		if e.Date.Year() >= first {
			out = append(out, e)
		}
	}
	return Overrides{entries: out}
}

func TestLoadRegionalCSVErrorsNameLineAndField(t *testing.T) {
	h := strings.Join(regionalHeader, ",") + "\n"
	good := "RU-TA,16,2027-08-30,Mon,День Республики,holiday,all employers,B,law,,\n"
	cases := []struct {
		name, csv, field string
		line             int
	}{
		{"empty", "", "", 1},
		{"header", "a,b\n", "", 1},
		{"fields", h + "RU-TA,16\n", "", 2},
		{"region code", h + "RU-TA,16x,2027-08-30,Mon,x,holiday,all employers,B,law,,\n", "region_code", 2},
		{"one-digit code", h + ",1,2027-08-30,Mon,x,holiday,all employers,B,law,,\n", "region_code", 2},
		{"iso of another region", h + good + "RU-BA,16,2027-11-08,Mon,x,holiday,all employers,B,law,,\n", "region_iso", 3},
		{"date", h + "RU-TA,16,2027-02-30,Mon,x,holiday,all employers,B,law,,\n", "date", 2},
		{"weekday", h + "RU-TA,16,2027-08-30,Tue,x,holiday,all employers,B,law,,\n", "weekday", 2},
		{"kind", h + "RU-TA,16,2027-08-30,Mon,x,shortened,all employers,B,law,,\n", "kind", 2},
		{"unknown kind", h + "RU-TA,16,2027-08-30,Mon,x,feast,all employers,B,law,,\n", "kind", 2},
		{"working weekend on a Monday", h + "RU-TA,16,2027-08-30,Mon,x,working_weekend,all employers,B,law,,\n", "date", 2},
		{"scope", h + "RU-TA,16,2027-08-30,Mon,x,holiday,everyone,B,law,,\n", "scope", 2},
		{"confidence", h + "RU-TA,16,2027-08-30,Mon,x,holiday,all employers,D,law,,\n", "confidence", 2},
		{"duplicate", h + good + good, "date", 3},
	}
	for _, c := range cases {
		_, err := LoadRegionalCSV(strings.NewReader(c.csv))
		var pe *ParseError
		if !errors.As(err, &pe) || !errors.Is(err, ErrBadData) {
			t.Errorf("%s: err = %v; want a *ParseError", c.name, err)
			continue
		}
		if pe.Line != c.line || pe.Field != c.field {
			t.Errorf("%s: %v: line %d, field %q; want line %d, field %q", c.name, err, pe.Line, pe.Field, c.line, c.field)
		}
		if c.field != "" && !strings.Contains(err.Error(), c.field) {
			t.Errorf("%s: message %q does not name %s", c.name, err, c.field)
		}
	}
	days, err := LoadRegionalCSV(strings.NewReader("\ufeff" + strings.ReplaceAll(h+good, "\n", "\r\n")))
	if err != nil || len(days) != 1 || days[0].Line != 2 || days[0].Region != oms.Tatarstan || days[0].Scope != ScopeAllEmployers {
		t.Errorf("BOM and CRLF: %+v, %v", days, err)
	}
}

// writeRegionalCSV renders days in the regional CSV format.
func writeRegionalCSV(days []RegionalDay) []byte {
	var b bytes.Buffer
	q := func(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
	b.WriteString(strings.Join(regionalHeader, ",") + "\n")
	for _, d := range days {
		b.WriteString(strings.Join([]string{
			q(d.Region.ISO()), q(d.Region.Code()), d.Date.String(), d.Date.Weekday().String()[:3], q(d.Name),
			d.Kind.String(), q(d.ScopeText), q(d.Confidence), q(d.Basis), q(d.SourceURL), q(d.Note),
		}, ",") + "\n")
	}
	return b.Bytes()
}

// The package's regional data, written back and loaded, gives the same rows.
func TestRegionalCSVRoundTrip(t *testing.T) {
	all, err := regional()
	if err != nil {
		t.Fatal(err)
	}
	again, err := LoadRegionalCSV(bytes.NewReader(writeRegionalCSV(all)))
	if err != nil {
		t.Fatal(err)
	}
	if len(again) != len(all) {
		t.Fatalf("%d rows reloaded as %d", len(all), len(again))
	}
	for i := range all {
		if again[i] != all[i] {
			t.Fatalf("row %d: %+v reloaded as %+v", i, all[i], again[i])
		}
	}
}

func FuzzLoadRegionalCSV(f *testing.F) {
	cut := bytes.Index(regionalCSV[3000:], []byte("\n")) + 3001
	f.Add(regionalCSV[:cut])
	fixture, err := os.ReadFile("testdata/ru-regional-holidays-2027-tatarstan.csv")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(fixture)
	h := strings.Join(regionalHeader, ",") + "\n"
	f.Add([]byte(h + "RU-TA,16,2027-08-30,Mon,x,holiday,all employers,B,law,,\n"))
	f.Add([]byte(h + ",93,2028-05-12,Fri,x,day_off_transfer,all employers,A,\"a,b\",,\n"))
	f.Add([]byte(h + "RU-AD,01,2027-04-24,Sat,x,working_weekend,all employers,C,law,,\n"))
	f.Add([]byte(h + "RU-TA,16,2027-08-30,Mon,x,holiday,all employers,B,law,,\nRU-TA,16,2027-08-30,Mon,x,holiday,all employers,B,law,,\n"))
	f.Add([]byte("\ufeff" + h))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		days, err := LoadRegionalCSV(bytes.NewReader(data))
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || !errors.Is(err, ErrBadData) {
				t.Fatalf("error %v is not a *ParseError", err)
			}
			return
		}
		// What loads reloads identically from its own rendering.
		again, err := LoadRegionalCSV(bytes.NewReader(writeRegionalCSV(days)))
		if err != nil || len(again) != len(days) {
			t.Fatalf("reload: %d rows, %v; want %d", len(again), err, len(days))
		}
		for i := range days {
			a, b := days[i], again[i]
			a.Line, b.Line = 0, 0
			if a != b {
				t.Fatalf("row %d: %+v reloaded as %+v", i, days[i], again[i])
			}
		}
		// Applying it never panics; errors are typed.
		for _, d := range days[:min(len(days), 3)] {
			cal, err := RegionalRules{Days: days, Scopes: []Scope{ScopeAllEmployers, ScopeStateBodies, ScopeOptional, ScopeUnverified}, Unconfirmed: true}.ForRegion(d.Region)
			if err != nil {
				if !errors.Is(err, ErrBadData) && !errors.Is(err, ErrUnknownYear) {
					t.Fatalf("ForRegion: untyped error %v", err)
				}
				continue
			}
			if k, err := cal.KindOf(d.Date); err == nil && k != d.Kind {
				t.Fatalf("%s %s: kind %v; the loaded row says %v", d.Region, d.Date, k, d.Kind)
			}
		}
	})
}
