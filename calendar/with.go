package calendar

import (
	"fmt"
	"time"

	"github.com/rickb777/date"
)

// With returns a calendar that is c with the rows of days applied: further
// years, or corrections of known ones. It is how a caller adds a year the
// library does not ship yet, such as next year once its transfer decree is
// adopted:
//
//	days, err := calendar.LoadCSV(f) // date,kind,note
//	cal, err := calendar.Federal().With(days)
//
// A row for a known date replaces what the calendar says about that date:
// a row of any kind but "shortened" sets the kind (and clears the
// shortening, unless a "shortened" row for the same date comes too); a
// "shortened" row marks a working day as one hour shorter.
//
// A year outside the calendar's years is taken as complete once it has at
// least one row: its unlisted days are ordinary working days (Monday to
// Friday) and weekend days. So give a new year whole, every holiday,
// transfer and working weekend of it. New years must join the known ones
// without a gap (2027 after 2026, not 2028 alone). Rows contradicting each
// other or the calendar (two kinds for one date, a shortened day off) are
// errors wrapping ErrBadData, naming the line.
//
// With does not change c. The result keeps c's region and its
// WithDecreeDaysOff choice. A region with days of its own knows only the
// years of its days (see ForRegion): adding another year to its calendar
// is an error; add the year to the federal calendar, then apply the
// region with RegionalRules.Days.
func (c *Calendar) With(days ...Overrides) (*Calendar, error) {
	var all []Entry
	for _, d := range days {
		all = append(all, d.entries...)
	}
	if err := checkConflicts(all); err != nil {
		return nil, err
	}
	if c == nil {
		c = &Calendar{first: 0, last: -1}
	}
	if c.hint != "" {
		// A new year would have the federal days alone: the silent wrong
		// answer that bounding the region's years prevents.
		for _, e := range all {
			if y := e.Date.Year(); y < c.first || y > c.last {
				return nil, &ParseError{Line: e.Line, Date: e.Date, Field: "date", Text: e.Date.String(),
					Reason: fmt.Sprintf("region %s's calendar knows %s; add a federal year before WithRegion, and the region's days of it with RegionalRules.Days", c.region, c.yearsText())}
			}
		}
	}
	return c.apply(all, false)
}

// apply returns a copy of c with entries applied; regional marks the
// changed dates as set by a regional act.
func (c *Calendar) apply(entries []Entry, regional bool) (*Calendar, error) {
	if len(entries) == 0 {
		return c, nil
	}
	first, last := c.first, c.last
	known := first <= last
	years := map[int]bool{}
	for _, e := range entries {
		y := e.Date.Year()
		years[y] = true
		if !known {
			first, last, known = y, y, true
		}
		first, last = min(first, y), max(last, y)
	}
	for y := first; y <= last; y++ {
		if !years[y] && (y < c.first || y > c.last) {
			return nil, &ParseError{Text: fmt.Sprint(y), Reason: fmt.Sprintf("no rows for year %d: new years must be given whole and join the known years %s without a gap", y, c.yearsText())}
		}
	}

	n := *c
	n.first, n.last = first, last
	n.epoch = int64(date.New(first, time.January, 1).DaysSinceEpoch())
	end := int64(date.New(last, time.December, 31).DaysSinceEpoch())
	n.days = make([]uint8, end-n.epoch+1)
	for i := range n.days {
		if isWeekend(date.NewOfDays(date.PeriodOfDays(n.epoch + int64(i)))) {
			n.days[i] = uint8(Weekend)
		} else {
			n.days[i] = uint8(Working)
		}
	}
	shift := c.epoch - n.epoch
	if c.first <= c.last {
		copy(n.days[shift:], c.days)
	}
	n.notes = make(map[int32]string, len(c.notes)+len(entries))
	for k, v := range c.notes {
		n.notes[k+int32(shift)] = v
	}

	var flag uint8
	if regional {
		flag = flagRegional
	}
	// Base kinds first, then shortenings, so that input order does not
	// matter.
	for _, e := range entries {
		if e.Kind == Shortened {
			continue
		}
		i := int64(e.Date.DaysSinceEpoch()) - n.epoch
		n.days[i] = uint8(e.Kind) | flag
		if e.Note != "" {
			n.notes[int32(i)] = e.Note
		} else {
			delete(n.notes, int32(i))
		}
	}
	for _, e := range entries {
		if e.Kind != Shortened {
			continue
		}
		i := int64(e.Date.DaysSinceEpoch()) - n.epoch
		switch DayKind(n.days[i] & kindMask) {
		case Working, WorkingWeekend, NonWorkingDecree:
		default:
			return nil, &ParseError{Line: e.Line, Date: e.Date, Text: e.Date.String(),
				Reason: fmt.Sprintf("a shortened day must be a working day, but it is %s", DayKind(n.days[i]&kindMask))}
		}
		n.days[i] |= flagShort | flag
		if _, ok := n.notes[int32(i)]; !ok && e.Note != "" {
			n.notes[int32(i)] = e.Note
		}
	}
	n.build()
	return &n, nil
}

func (c *Calendar) yearsText() string {
	if c.first > c.last {
		return "(none)"
	}
	return fmt.Sprintf("%d–%d", c.first, c.last)
}

// Entries returns the calendar's special days in date order as rows of the
// CSV format: every holiday, transferred day off, working weekend day,
// shortened day and presidential non-working day. Ordinary working days
// and weekends are not listed. Adding them with With to a nil Calendar
// gives a calendar with the same days as c (notes aside: a date keeps one
// note).
func (c *Calendar) Entries() []Entry {
	if c == nil {
		return nil
	}
	var out []Entry
	for i, b := range c.days {
		k := DayKind(b & kindMask)
		d := c.dateAt(int32(i))
		note := c.notes[int32(i)]
		if k != Working && k != Weekend {
			out = append(out, Entry{Date: d, Kind: k, Note: note})
			note = ""
		}
		if b&flagShort != 0 {
			out = append(out, Entry{Date: d, Kind: Shortened, Note: note})
		}
	}
	return out
}
