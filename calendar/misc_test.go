package calendar

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/omsrules/oms"
	"pgregory.net/rapid"
)

func TestPropPrevWorkingDayAndDecreeOff(t *testing.T) {
	cals := []*Calendar{Federal(), Federal().WithDecreeDaysOff()}
	rapid.Check(t, func(t *rapid.T) {
		cal := rapid.SampledFrom(cals).Draw(t, "calendar")
		from := genDate(t, "from")
		prev, errF := cal.PrevWorkingDay(from)
		slow, errS := naiveAdd(cal, from.Add(1), -1)
		if (errF == nil) != (errS == nil) || (errF == nil && prev != slow) {
			t.Fatalf("PrevWorkingDay(%s) = %s, %v; naive %s, %v", from, prev, errF, slow, errS)
		}
		n := rapid.IntRange(-300, 300).Draw(t, "n")
		fast, errF := cal.AddWorkingDays(from, n)
		slow, errS = naiveAdd(cal, from, n)
		if (errF == nil) != (errS == nil) || (errF == nil && fast != slow) {
			t.Fatalf("decreeOff=%v AddWorkingDays(%s, %d) = %s, %v; naive %s, %v", cal.DecreeDaysOff(), from, n, fast, errF, slow, errS)
		}
	})
}

func TestEdgesOfTheCalendar(t *testing.T) {
	cal := Federal()
	// 1999-01-01 and 02 are holidays, 03 a Sunday, 04 a transferred day off.
	if _, err := cal.PrevWorkingDay(d(1999, 1, 3)); !errors.Is(err, ErrUnknownYear) {
		t.Errorf("PrevWorkingDay(1999-01-03) err = %v", err)
	}
	if got, err := cal.PrevWorkingDay(d(2025, 1, 8)); err != nil || got != d(2024, 12, 28) {
		t.Errorf("PrevWorkingDay(2025-01-08) = %s, %v", got, err)
	}
	if got, err := cal.PrevWorkingDay(d(2025, 1, 9)); err != nil || got != d(2025, 1, 9) {
		t.Errorf("PrevWorkingDay(2025-01-09) = %s, %v", got, err)
	}
	if _, err := cal.PrevWorkingDay(d(2030, 1, 1)); !errors.Is(err, ErrUnknownYear) {
		t.Errorf("err = %v", err)
	}
	if got, err := cal.AddWorkingDays(d(1999, 1, 1), 1); err != nil || got != d(1999, 1, 5) {
		t.Errorf("first working day of 1999 = %s, %v; want 1999-01-05", got, err)
	}
	if _, err := cal.WorkingDaysInYear(2028); !errors.Is(err, ErrUnknownYear) {
		t.Errorf("err = %v", err)
	}
	if _, err := cal.Day(d(1990, 1, 1)); !errors.Is(err, ErrUnknownYear) {
		t.Errorf("err = %v", err)
	}
	if _, err := cal.WorkingDaysBetween(d(1990, 1, 1), d(2020, 1, 1)); !errors.Is(err, ErrUnknownYear) {
		t.Errorf("err = %v", err)
	}
	if _, err := cal.Deadline(d(1990, 1, 1), Period{1, Days}); !errors.Is(err, ErrUnknownYear) {
		t.Errorf("err = %v", err)
	}
	if _, err := cal.Deadline(d(2027, 12, 20), Period{20, WorkingDays}); !errors.Is(err, ErrUnknownYear) {
		t.Errorf("err = %v", err)
	}
	if cal.WithDecreeDaysOff().WithDecreeDaysOff().DecreeDaysOff() != true || cal.DecreeDaysOff() {
		t.Error("WithDecreeDaysOff must return a new calendar and leave Federal() alone")
	}
}

func TestNilCalendar(t *testing.T) {
	var c *Calendar
	if f, l := c.Years(); f <= l {
		t.Errorf("nil Years() = %d, %d", f, l)
	}
	if c.Region() != 0 || c.DecreeDaysOff() || c.WithDecreeDaysOff() != nil || c.Entries() != nil {
		t.Error("nil calendar accessors")
	}
	if _, err := c.WorkingDaysInYear(2020); !errors.Is(err, ErrUnknownYear) {
		t.Errorf("err = %v", err)
	}
	if _, err := c.WithRegion(oms.Tatarstan, RegionalRules{}); !errors.Is(err, ErrUnknownYear) {
		t.Errorf("err = %v", err)
	}
	if _, err := c.Deadline(d(2020, 1, 1), Period{1, Days}); !errors.Is(err, ErrUnknownYear) {
		t.Errorf("err = %v", err)
	}
	empty, err := c.With()
	if err != nil || empty != nil && empty.days != nil {
		t.Errorf("nil.With() = %v, %v", empty, err)
	}
}

func TestCitations(t *testing.T) {
	for _, c := range []oms.Citation{
		CiteArt190(), CiteArt191(), CiteArt192Years(), CiteArt192Months(), CiteArt192Weeks(),
		CiteArt193(), CiteArt194(), CiteTKArt95(), CiteTKArt111(), CiteTKArt112(), CiteSupremeCourtReview2020(),
	} {
		if c.IsZero() || c.Act == "" || c.Title == "" {
			t.Errorf("incomplete citation %+v", c)
		}
	}
	if s := CiteArt192Months().String(); s != "ГК РФ, ст. 192, п. 3" {
		t.Errorf("String() = %q", s)
	}
}

func TestParseRegionalErrors(t *testing.T) {
	h := strings.Join(regionalHeader, ",") + "\n"
	row := func(code, date, kind, scope, conf string) string {
		return "RU-X," + code + "," + date + ",Mon,name," + kind + "," + scope + "," + conf + ",basis,url,\n"
	}
	for name, in := range map[string]string{
		"empty":      "",
		"header":     "a,b\n",
		"region":     h + row("00", "2025-03-31", "holiday", "all employers", "A"),
		"scope":      h + row("16", "2025-03-31", "holiday", "everyone", "A"),
		"confidence": h + row("16", "2025-03-31", "holiday", "all employers", "D"),
		"kind":       h + row("16", "2025-03-31", "shortened", "all employers", "A"),
		"date":       h + row("16", "2025-02-30", "holiday", "all employers", "A"),
		"fields":     h + "RU-X,16\n",
	} {
		if _, err := LoadRegionalCSV(strings.NewReader(in)); !errors.Is(err, ErrBadData) {
			t.Errorf("%s: err = %v; want ErrBadData", name, err)
		}
	}
}

// Calendars are shared between goroutines; run with -race.
func TestConcurrentUse(t *testing.T) {
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cal, err := ForRegion(oms.Regions()[i*7%89])
			if err != nil {
				t.Error(err)
				return
			}
			for j := range 200 {
				// Regions with days of their own know 2019–2026 only.
				from := d(2019+j%7, time.Month(1+j%12), 1+j%28)
				to, err := cal.AddWorkingDays(from, j)
				if err != nil {
					t.Error(err)
					return
				}
				if n, _ := cal.WorkingDaysBetween(from, to); n != j {
					t.Errorf("got %d want %d", n, j)
				}
			}
			if off := Federal().WithDecreeDaysOff(); !off.DecreeDaysOff() {
				t.Error("WithDecreeDaysOff")
			}
		}()
	}
	wg.Wait()
}

func TestCalendarString(t *testing.T) {
	tat, _ := ForRegion(oms.Tatarstan)
	for c, want := range map[*Calendar]string{
		Federal():               "federal 1999–2027",
		tat.WithDecreeDaysOff(): "region 16 2019–2026, decree days off",
		(*Calendar)(nil):        "calendar(nil)",
	} {
		if got := c.String(); got != want {
			t.Errorf("String() = %q; want %q", got, want)
		}
	}
}
