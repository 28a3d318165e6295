package calendar

import (
	"errors"
	"fmt"
	"time"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

// ErrUnknownYear is returned (wrapped) when a question needs a date outside
// the years a Calendar knows, including when a count of working days is so
// large that its answer would lie outside them. A Calendar never guesses
// a year it has no data for.
var ErrUnknownYear = errors.New("calendar: unknown year")

// A Calendar is a production calendar: for every date of a range of whole
// years, whether it is a working day and what kind of day it is. It answers
// working-day arithmetic in constant time from a precomputed index.
//
// A Calendar is immutable and safe for concurrent use. Obtain one from
// Federal or ForRegion and derive others with With and WithDecreeDaysOff.
// A nil *Calendar knows no years: its methods return ErrUnknownYear.
type Calendar struct {
	first, last int   // years covered, whole
	epoch       int64 // days since 1970-01-01 of 1 January of first
	// days holds one byte per date: the base kind in the low bits, flags
	// above.
	days []uint8
	// cum[i] is the number of working days among days[0:i].
	cum []int32
	// ords[k] is the index in days of the k-th working day (from 0).
	ords      []int32
	notes     map[int32]string
	decreeOff bool
	region    oms.Region
	// hint ends the message of an unknown-year error: why a regional
	// calendar knows fewer years than the federal one, and what to do. It
	// is set exactly when the region's own days bound the years.
	hint string
}

const (
	kindMask     = 0x0f
	flagShort    = 0x10 // shortened by one hour (ТК РФ ст. 95)
	flagRegional = 0x20 // set by a regional act, not the federal calendar
)

// build computes the working-day index of c from c.days.
func (c *Calendar) build() {
	c.cum = make([]int32, len(c.days)+1)
	var w int32
	for i, b := range c.days {
		c.cum[i] = w
		if DayKind(b & kindMask).isWorking(c.decreeOff) {
			w++
		}
	}
	c.cum[len(c.days)] = w
	c.ords = make([]int32, 0, w)
	for i, b := range c.days {
		if DayKind(b & kindMask).isWorking(c.decreeOff) {
			c.ords = append(c.ords, int32(i))
		}
	}
}

// Years reports the first and last year the calendar knows; every date
// from 1 January of first to 31 December of last is known.
func (c *Calendar) Years() (first, last int) {
	if c == nil {
		return 0, -1
	}
	return c.first, c.last
}

// Region reports the region whose own non-working days the calendar
// includes, or 0 for the federal calendar.
func (c *Calendar) Region() oms.Region {
	if c == nil {
		return 0
	}
	return c.region
}

// DecreeDaysOff reports whether the calendar counts the presidential
// non-working days of 2020–2021 as days off (see WithDecreeDaysOff).
func (c *Calendar) DecreeDaysOff() bool { return c != nil && c.decreeOff }

// WithDecreeDaysOff returns a calendar like c in which the presidential
// paid non-working days of 2020 and 2021 (kind NonWorkingDecree) are days
// off rather than working days, for counts of days actually worked. This
// gives 219 working days in 2020 and 240 in 2021 instead of the published
// 248 and 247.
//
// It changes every answer of the calendar, Deadline included. For Civil
// Code periods keep the default: the Supreme Court (Обзор № 1 от
// 21.04.2020) held that these days do not move a deadline
// under art. 193.
func (c *Calendar) WithDecreeDaysOff() *Calendar {
	if c == nil || c.decreeOff {
		return c
	}
	n := *c
	n.decreeOff = true
	n.build()
	return &n
}

// index returns the position of d in c.days, or an error wrapping
// ErrUnknownYear.
func (c *Calendar) index(d date.Date) (int, error) {
	if c == nil {
		return 0, fmt.Errorf("%w: %s (nil calendar)", ErrUnknownYear, d)
	}
	i := int64(d.DaysSinceEpoch()) - c.epoch
	if i < 0 || i >= int64(len(c.days)) {
		return 0, c.unknown(d)
	}
	return int(i), nil
}

func (c *Calendar) unknown(d date.Date) error {
	return fmt.Errorf("%w: %s is outside %s%s", ErrUnknownYear, d, c.yearsText(), c.hint)
}

func (c *Calendar) dateAt(i int32) date.Date {
	return date.NewOfDays(date.PeriodOfDays(c.epoch + int64(i)))
}

func (c *Calendar) working(i int) bool {
	return DayKind(c.days[i] & kindMask).isWorking(c.decreeOff)
}

// IsWorkingDay reports whether d is a working day: a Monday to Friday that
// is not a holiday or a day off, or a weekend day made working. The
// presidential non-working days of 2020–2021 are working days unless the
// calendar was made with WithDecreeDaysOff.
func (c *Calendar) IsWorkingDay(d date.Date) (bool, error) {
	i, err := c.index(d)
	if err != nil {
		return false, err
	}
	return c.working(i), nil
}

// KindOf returns the kind of day d is. A shortened working weekend day
// reports WorkingWeekend; use Day to see the shortening.
func (c *Calendar) KindOf(d date.Date) (DayKind, error) {
	i, err := c.index(d)
	if err != nil {
		return 0, err
	}
	return kindOfByte(c.days[i]), nil
}

func kindOfByte(b uint8) DayKind {
	k := DayKind(b & kindMask)
	if k == Working && b&flagShort != 0 {
		return Shortened
	}
	return k
}

// DayInfo describes one date of a calendar.
type DayInfo struct {
	// Date is the date described.
	Date date.Date `json:"date"`
	// Kind is what KindOf returns.
	Kind DayKind `json:"kind"`
	// Working reports whether the date is a working day of the calendar.
	Working bool `json:"working"`
	// Shortened reports a pre-holiday working day one hour shorter
	// (ТК РФ ст. 95), a working weekend day included.
	Shortened bool `json:"shortened,omitempty"`
	// Regional reports a day set by the region's own act rather than the
	// federal calendar.
	Regional bool `json:"regional,omitempty"`
	// Note is the note of the data row, such as the holiday's name, or "".
	Note string `json:"note,omitempty"`
}

// Day describes d.
func (c *Calendar) Day(d date.Date) (DayInfo, error) {
	i, err := c.index(d)
	if err != nil {
		return DayInfo{}, err
	}
	b := c.days[i]
	return DayInfo{
		Date:      d,
		Kind:      kindOfByte(b),
		Working:   c.working(i),
		Shortened: b&flagShort != 0,
		Regional:  b&flagRegional != 0,
		Note:      c.notes[int32(i)],
	}, nil
}

// AddWorkingDays returns, for n > 0, the n-th working day strictly after
// d; for n < 0, the |n|-th working day strictly before d; for n = 0, d
// itself. d need not be a working day. An answer outside the known years,
// however large n is, is an error wrapping ErrUnknownYear.
//
// It takes constant time and does not allocate.
func (c *Calendar) AddWorkingDays(d date.Date, n int) (date.Date, error) {
	i, err := c.index(d)
	if err != nil {
		return d, err
	}
	var k int
	switch {
	case n == 0:
		return d, nil
	case n > 0:
		// Working days up to and including d, then n more.
		before := int(c.cum[i+1])
		if n > len(c.ords)-before {
			return d, c.beyond(d, n)
		}
		k = before + n - 1
	default:
		before := int(c.cum[i])
		if n < -before {
			return d, c.beyond(d, n)
		}
		k = before + n
	}
	return c.dateAt(c.ords[k]), nil
}

func (c *Calendar) beyond(d date.Date, n int) error {
	return fmt.Errorf("%w: %d working days from %s is outside %s%s", ErrUnknownYear, n, d, c.yearsText(), c.hint)
}

// WorkingDaysBetween returns the signed number of working days passed on
// the way from from to to, from excluded and to included: when to is not
// before from, the number of working days in (from, to]; when to is before
// from, minus the number in [to, from). So for every n with an answer,
// WorkingDaysBetween(d, AddWorkingDays(d, n)) == n.
//
// It takes constant time and does not allocate.
func (c *Calendar) WorkingDaysBetween(from, to date.Date) (int, error) {
	i, err := c.index(from)
	if err != nil {
		return 0, err
	}
	j, err := c.index(to)
	if err != nil {
		return 0, err
	}
	if j >= i {
		return int(c.cum[j+1] - c.cum[i+1]), nil
	}
	return int(c.cum[j] - c.cum[i]), nil
}

// NextWorkingDay returns d if it is a working day, else the first working
// day after it.
func (c *Calendar) NextWorkingDay(d date.Date) (date.Date, error) {
	i, err := c.index(d)
	if err != nil {
		return d, err
	}
	if c.working(i) {
		return d, nil
	}
	k := int(c.cum[i])
	if k >= len(c.ords) {
		return d, fmt.Errorf("%w: no working day on or after %s up to %d%s", ErrUnknownYear, d, c.last, c.hint)
	}
	return c.dateAt(c.ords[k]), nil
}

// PrevWorkingDay returns d if it is a working day, else the last working
// day before it.
func (c *Calendar) PrevWorkingDay(d date.Date) (date.Date, error) {
	i, err := c.index(d)
	if err != nil {
		return d, err
	}
	if c.working(i) {
		return d, nil
	}
	k := int(c.cum[i]) - 1
	if k < 0 {
		return d, fmt.Errorf("%w: no working day on or before %s from %d%s", ErrUnknownYear, d, c.first, c.hint)
	}
	return c.dateAt(c.ords[k]), nil
}

// WorkingDaysInYear returns the number of working days of a year, the
// figure of the published production calendar (247 for 2025).
func (c *Calendar) WorkingDaysInYear(year int) (int, error) {
	if c == nil {
		return 0, fmt.Errorf("%w: %d (nil calendar)", ErrUnknownYear, year)
	}
	if year < c.first || year > c.last {
		return 0, fmt.Errorf("%w: %d is outside %s%s", ErrUnknownYear, year, c.yearsText(), c.hint)
	}
	i, _ := c.index(date.New(year, time.January, 1))
	j, _ := c.index(date.New(year, time.December, 31))
	return int(c.cum[j+1] - c.cum[i]), nil
}

// String describes the calendar for logs, such as "federal 1999–2027" or
// "region 16 2019–2026, decree days off".
func (c *Calendar) String() string {
	if c == nil {
		return "calendar(nil)"
	}
	s := "federal "
	if c.region != 0 {
		s = "region " + c.region.String() + " "
	}
	s += c.yearsText()
	if c.decreeOff {
		s += ", decree days off"
	}
	return s
}
