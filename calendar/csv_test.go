package calendar

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
)

// The 2027 draft (consultant.ru JSON via d10xa/holidays-calendar, kept in
// testdata from before the decree) matches the adopted decree day for day
// (ПП РФ № 1187 от 17.09.2026; data/SOURCES.md): applied over Federal(),
// which ships 2027, it changes no date's kind or shortening.
func TestWith2027Draft(t *testing.T) {
	f, err := os.Open("testdata/ru-calendar-2027-draft.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	days, err := LoadCSV(f)
	if err != nil {
		t.Fatal(err)
	}
	if ys := days.Years(); len(ys) != 1 || ys[0] != 2027 {
		t.Fatalf("Years() = %v; want [2027]", ys)
	}
	fed := Federal()
	cal, err := fed.With(days)
	if err != nil {
		t.Fatal(err)
	}
	if first, last := cal.Years(); first != 1999 || last != 2027 {
		t.Errorf("Years() = %d, %d; want 1999, 2027", first, last)
	}
	if !bytes.Equal(cal.days, fed.days) {
		for i := range cal.days {
			if cal.days[i] != fed.days[i] {
				t.Errorf("%s: draft %08b, decree %08b", fed.dateAt(int32(i)), cal.days[i], fed.days[i])
			}
		}
	}
	// A calendar that ends in 2026 learns 2027 from the draft.
	upTo2026, err := (*Calendar)(nil).With(entriesUpTo(fed, 2026))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := upTo2026.IsWorkingDay(mustDate("2027-01-11")); !errors.Is(err, ErrUnknownYear) {
		t.Fatalf("a 1999–2026 calendar knows 2027: %v", err)
	}
	ext, err := upTo2026.With(days)
	if err != nil {
		t.Fatal(err)
	}
	if n, err := ext.WorkingDaysInYear(2027); err != nil || n != 247 {
		t.Errorf("2027 working days = %d, %v; want 247", n, err)
	}
	// Regions still apply on top of an extended calendar.
	if _, err := cal.WithRegion(16, RegionalRules{}); err != nil {
		t.Error(err)
	}
}

// entriesUpTo returns c's rows up to the end of year last.
func entriesUpTo(c *Calendar, last int) Overrides {
	var out []Entry
	for _, e := range c.Entries() {
		if e.Date.Year() <= last {
			out = append(out, e)
		}
	}
	return Overrides{entries: out}
}

func TestWithCorrections(t *testing.T) {
	// Make 2025-06-11 a day off and 2025-05-02 working again.
	days, err := LoadCSV(strings.NewReader("date,kind,note\n2025-06-11,day_off_transfer,test\n2025-05-02,working,\n"))
	if err != nil {
		t.Fatal(err)
	}
	cal, err := Federal().With(days)
	if err != nil {
		t.Fatal(err)
	}
	if w, _ := cal.IsWorkingDay(mustDate("2025-06-11")); w {
		t.Error("2025-06-11 should be off")
	}
	if w, _ := cal.IsWorkingDay(mustDate("2025-05-02")); !w {
		t.Error("2025-05-02 should be working")
	}
	if n, _ := cal.WorkingDaysInYear(2025); n != 247 {
		t.Errorf("2025 total = %d; want 247 (one off, one on)", n)
	}
	info, _ := cal.Day(mustDate("2025-06-11"))
	if info.Note != "test" || info.Shortened {
		t.Errorf("2025-06-11 = %+v; the shortening must go with the new kind", info)
	}
}

func TestWithErrors(t *testing.T) {
	cases := []struct{ name, csv string }{
		{"gap year", "date,kind,note\n2029-01-01,holiday,x\n"},
		{"before, with gap", "date,kind,note\n1997-01-01,holiday,x\n"},
		{"shortened holiday", "date,kind,note\n2025-01-01,shortened,x\n"},
		{"shortened weekend", "date,kind,note\n2025-03-15,shortened,x\n"},
	}
	for _, c := range cases {
		days, err := LoadCSV(strings.NewReader(c.csv))
		if err != nil {
			t.Fatalf("%s: LoadCSV: %v", c.name, err)
		}
		_, err = Federal().With(days)
		var pe *ParseError
		if !errors.Is(err, ErrBadData) || !errors.As(err, &pe) {
			t.Errorf("%s: err = %v; want a *ParseError wrapping ErrBadData", c.name, err)
		}
	}
	// Two sets together conflict.
	a, _ := LoadCSV(strings.NewReader("date,kind,note\n2025-06-11,holiday,x\n"))
	b, _ := LoadCSV(strings.NewReader("date,kind,note\n2025-06-11,working,y\n"))
	if _, err := Federal().With(a, b); !errors.Is(err, ErrBadData) {
		t.Errorf("conflicting sets: err = %v", err)
	}
	// Adding the year before the first is fine if whole.
	c, _ := LoadCSV(strings.NewReader("date,kind,note\n1998-01-01,holiday,x\n"))
	cal, err := Federal().With(c)
	if err != nil {
		t.Fatal(err)
	}
	if first, _ := cal.Years(); first != 1998 {
		t.Errorf("first = %d; want 1998", first)
	}
	if w, err := cal.IsWorkingDay(mustDate("1999-01-04")); err != nil || w {
		t.Errorf("1999-01-04 after prepending 1998: %v %v; want a day off", w, err)
	}
}

func TestLoadCSVErrorsNameTheLine(t *testing.T) {
	cases := []struct {
		name, csv string
		line      int
	}{
		{"empty", "", 1},
		{"bad header", "day,kind,note\n", 1},
		{"bad date", "date,kind,note\n2025-01-01,holiday,x\n2025-13-01,holiday,y\n", 3},
		{"short date", "date,kind,note\n2025-1-01,holiday,x\n", 2},
		{"bad kind", "date,kind,note\n2025-01-01,feast,x\n", 2},
		{"too few fields", "date,kind,note\n2025-01-01,holiday\n", 2},
		{"too many fields", "date,kind,note\n2025-01-01,holiday,x,y\n", 2},
		{"working weekend on a weekday", "date,kind,note\n2025-01-09,working_weekend,x\n", 2},
		{"transfer on a Saturday", "date,kind,note\n2025-03-15,day_off_transfer,x\n", 2},
		{"duplicate", "date,kind,note\n2025-01-01,holiday,x\n\n2025-01-01,day_off_transfer,x\n", 4},
		{"two shortened", "date,kind,note\n2025-04-30,shortened,x\n2025-04-30,shortened,x\n", 3},
		{"bad quote", "date,kind,note\n2025-01-01,holiday,\"x\n", 2},
		{"year 0", "date,kind,note\n0000-01-03,holiday,x\n", 2},
	}
	for _, c := range cases {
		_, err := LoadCSV(strings.NewReader(c.csv))
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("%s: err = %v; want *ParseError", c.name, err)
			continue
		}
		if pe.Line != c.line || !errors.Is(err, ErrBadData) || !strings.HasPrefix(err.Error(), "calendar: ") {
			t.Errorf("%s: %v (line %d); want line %d", c.name, err, pe.Line, c.line)
		}
	}
}

func TestLoadCSVAcceptsBOMAndCRLF(t *testing.T) {
	days, err := LoadCSV(strings.NewReader("\ufeffdate,kind,note\r\n2027-01-01,holiday,New Year\r\n"))
	if err != nil || days.Len() != 1 || days.Entries()[0].Note != "New Year" || days.Entries()[0].Line != 2 {
		t.Errorf("LoadCSV = %+v, %v", days.Entries(), err)
	}
}

// The calendar's entries, written back as CSV and loaded, give the same
// calendar.
func TestEntriesRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	buf.WriteString("date,kind,note\n")
	for _, e := range Federal().Entries() {
		buf.WriteString(e.Date.String() + "," + e.Kind.String() + ",\"" + strings.ReplaceAll(e.Note, `"`, `""`) + "\"\n")
	}
	days, err := LoadCSV(&buf)
	if err != nil {
		t.Fatal(err)
	}
	cal, err := (*Calendar)(nil).With(days)
	if err != nil {
		t.Fatal(err)
	}
	fed := Federal()
	if !bytes.Equal(cal.days, fed.days) || cal.epoch != fed.epoch {
		t.Error("round trip changed the days")
	}
	if len(days.Entries()) != 719 {
		t.Errorf("entries = %d; want the 719 rows of ru-calendar.csv", len(days.Entries()))
	}
}

func TestNewOverrides(t *testing.T) {
	if _, err := NewOverrides(Entry{Date: mustDate("2025-01-09"), Kind: WorkingWeekend}); !errors.Is(err, ErrBadData) {
		t.Errorf("err = %v", err)
	}
	if _, err := NewOverrides(Entry{Date: mustDate("2025-01-09"), Kind: 0}); !errors.Is(err, ErrBadData) {
		t.Errorf("invalid kind: err = %v", err)
	}
	o, err := NewOverrides(Entry{Date: mustDate("2025-01-09"), Kind: TransferredDayOff})
	if err != nil || o.Len() != 1 {
		t.Errorf("NewOverrides = %v, %v", o, err)
	}
}

func FuzzLoadCSV(f *testing.F) {
	f.Add([]byte(federalCSV[:2000]))
	draft, err := os.ReadFile("testdata/ru-calendar-2027-draft.csv")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(draft)
	f.Add([]byte("date,kind,note\n2025-01-01,holiday,x\n2025-01-01,shortened,y\n"))
	f.Add([]byte("date,kind,note\n2025-02-30,holiday,x\n"))
	f.Add([]byte("\ufeffdate,kind,note\r\n2027-01-01,holiday,\"a,b\"\r\n"))
	f.Add([]byte("date,kind,note\n9999-12-31,working_weekend,\n"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		days, err := LoadCSV(bytes.NewReader(data))
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || !errors.Is(err, ErrBadData) {
				t.Fatalf("error %v is not a *ParseError", err)
			}
			return
		}
		// What loads must reload identically from its own rendering.
		var buf bytes.Buffer
		buf.WriteString("date,kind,note\n")
		for _, e := range days.Entries() {
			buf.WriteString(e.Date.String() + "," + e.Kind.String() + ",\"" + strings.ReplaceAll(e.Note, `"`, `""`) + "\"\n")
		}
		again, err := LoadCSV(&buf)
		if err != nil {
			t.Fatalf("reload: %v\n%s", err, buf.String())
		}
		a, b := days.Entries(), again.Entries()
		if len(a) != len(b) {
			t.Fatalf("reload gave %d rows, want %d", len(b), len(a))
		}
		for i := range a {
			if a[i].Date != b[i].Date || a[i].Kind != b[i].Kind || a[i].Note != b[i].Note {
				t.Fatalf("row %d: %+v reloaded as %+v", i, a[i], b[i])
			}
		}
		// Applying it never panics; errors are typed.
		if _, err := Federal().With(days); err != nil && !errors.Is(err, ErrBadData) {
			t.Fatalf("With: untyped error %v", err)
		}
	})
}
