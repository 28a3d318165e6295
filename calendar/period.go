package calendar

import (
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

// A Unit is the unit of a Period.
type Unit uint8

const (
	// Days are calendar days (ГК РФ ст. 190).
	Days Unit = iota + 1
	// WorkingDays are working days of the calendar, for periods the law
	// counts in working days (for example НК РФ ст. 6.1 п. 6).
	WorkingDays
	// Weeks end on the same weekday of the last week (ГК РФ ст. 192 п. 4).
	Weeks
	// Months end on the same-numbered day of the last month, or on its
	// last day if it has no such day (ГК РФ ст. 192 п. 3). A half-year is
	// 6 Months and a quarter 3 Months (п. 1, 2); a half-month is 15 Days
	// (п. 3).
	Months
	// Years end on the same month and day of the last year (ГК РФ ст. 192
	// п. 1); a period from 29 February ends on 28 February in a common
	// year, by the month rule of п. 3 (the Code is silent on this case).
	Years
)

var unitNames = [...]string{Days: "days", WorkingDays: "working_days", Weeks: "weeks", Months: "months", Years: "years"}

// A Period is a length of time set by law or contract: N units, such as
// 30 Days, 10 WorkingDays or 1 Months. N must be positive.
type Period struct {
	N    int  `json:"n"`
	Unit Unit `json:"unit"`
}

// periodWords are the English singular and plural of each unit, for
// Period.String.
var periodWords = [...][2]string{
	Days: {"day", "days"}, WorkingDays: {"working day", "working days"},
	Weeks: {"week", "weeks"}, Months: {"month", "months"}, Years: {"year", "years"},
}

// String returns the period as a person reads it: "1 month", "30 days",
// "10 working days"; with an invalid unit, "3 Unit(9)".
func (p Period) String() string {
	if !p.Unit.IsValid() {
		return fmt.Sprintf("%d %s", p.N, p.Unit)
	}
	w := periodWords[p.Unit]
	if p.N == 1 {
		return periodOne[p.Unit] // the audit writes one per deadline: no allocation
	}
	return strconv.Itoa(p.N) + " " + w[1]
}

// periodOne is the text of a period of one unit, made once.
var periodOne = func() (t [len(periodWords)]string) {
	for u, w := range periodWords {
		t[u] = "1 " + w[0]
	}
	return t
}()

// ErrInvalidPeriod is returned (wrapped) for a Period with N < 1 or an
// invalid Unit.
var ErrInvalidPeriod = errors.New("calendar: invalid period")

// Deadline returns the last day of a period p that starts with the event
// or date start, by the Civil Code:
//
//   - the period runs from the day after start (ГК РФ ст. 191);
//   - a period of days ends N calendar days after start; of weeks, on the
//     same weekday N weeks later; of months, on the same-numbered day of
//     the N-th month after, or that month's last day if it has none; of
//     years, on the same month and day (ст. 192);
//   - if that day is not a working day, the period ends on the next working
//     day (ст. 193).
//
// A period of WorkingDays ends on AddWorkingDays(start, N), always a
// working day. The answer is always a working day of c. Both start and the
// answer must lie in the calendar's years (ErrUnknownYear otherwise).
//
// Art. 193 is applied with c's working days, so a regional calendar moves a
// deadline off the region's own holidays, and a calendar made with
// WithDecreeDaysOff moves it off the presidential non-working days, which
// the Supreme Court held it should not do for Civil Code periods.
func (c *Calendar) Deadline(start date.Date, p Period) (date.Date, error) {
	r, err := c.deadline(start, p)
	return r.end, err
}

type deadlineResult struct {
	nominal, end date.Date
	clipped      bool // month or year end moved to the month's last day
}

func (c *Calendar) deadline(start date.Date, p Period) (deadlineResult, error) {
	if !p.Unit.IsValid() || p.N < 1 {
		return deadlineResult{}, fmt.Errorf("%w: %d %s", ErrInvalidPeriod, p.N, p.Unit)
	}
	if _, err := c.index(start); err != nil {
		return deadlineResult{}, err
	}
	span := int64(len(c.days)) // larger N cannot end inside the calendar
	var r deadlineResult
	switch p.Unit {
	case WorkingDays:
		d, err := c.AddWorkingDays(start, p.N)
		if err != nil {
			return deadlineResult{}, err
		}
		return deadlineResult{nominal: d, end: d}, nil
	case Days, Weeks:
		days := int64(p.N)
		if p.Unit == Weeks {
			if days > span {
				return deadlineResult{}, c.beyond(start, p.N)
			}
			days *= 7
		}
		if days > span {
			return deadlineResult{}, fmt.Errorf("%w: %s from %s is outside %d–%d", ErrUnknownYear, p, start, c.first, c.last)
		}
		r.nominal = start.Add(date.PeriodOfDays(days))
	case Months, Years:
		months := int64(p.N)
		if p.Unit == Years {
			if months > span {
				return deadlineResult{}, fmt.Errorf("%w: %s from %s is outside %d–%d", ErrUnknownYear, p, start, c.first, c.last)
			}
			months *= 12
		}
		if months > span {
			return deadlineResult{}, fmt.Errorf("%w: %s from %s is outside %d–%d", ErrUnknownYear, p, start, c.first, c.last)
		}
		y, m, d := start.Date()
		total := int64(m-1) + months
		ny, nm := y+int(total/12), time.Month(total%12+1)
		last := date.DaysIn(ny, nm)
		if d > last {
			d, r.clipped = last, true
		}
		r.nominal = date.New(ny, nm, d)
	}
	end, err := c.NextWorkingDay(r.nominal)
	if err != nil {
		return deadlineResult{}, fmt.Errorf("%w: %s from %s ends on %s, outside %d–%d", ErrUnknownYear, p, start, r.nominal, c.first, c.last)
	}
	r.end = end
	return r, nil
}

// DeadlineInstant returns the instant a period p starting with start runs
// out: 24:00 of its last day (ГК РФ ст. 194 п. 1), that is 00:00 of the
// following day, in the time zone of region r's capital (oms.Region's
// Location, from the tzdata the module embeds). Past offsets are those in
// force on that day: Volgograd kept UTC+4 from 28.10.2018 to 27.12.2020.
//
// An act to be done inside an organisation must be done before its working
// hours end that day (ст. 194 п. 1); that hour is not the calendar's to
// know. The region chooses only the time zone: pass the region's calendar
// as c to count its own holidays. In Sakha, which spans three offsets, the
// capital's zone (Asia/Yakutsk) is used; use DeadlineIn for another zone.
func (c *Calendar) DeadlineInstant(start date.Date, p Period, r oms.Region) (time.Time, error) {
	loc, err := r.Location()
	if err != nil {
		return time.Time{}, fmt.Errorf("calendar: deadline instant: %w", err)
	}
	return c.DeadlineIn(start, p, loc)
}

// DeadlineIn is DeadlineInstant for a given time zone.
func (c *Calendar) DeadlineIn(start date.Date, p Period, loc *time.Location) (time.Time, error) {
	if loc == nil {
		return time.Time{}, errors.New("calendar: deadline instant: nil location")
	}
	end, err := c.Deadline(start, p)
	if err != nil {
		return time.Time{}, err
	}
	y, m, d := end.Date()
	return time.Date(y, m, d+1, 0, 0, 0, 0, loc), nil
}
