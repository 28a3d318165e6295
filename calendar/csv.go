package calendar

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/rickb777/date"
)

// ErrBadData is wrapped by every error about calendar data: a malformed
// CSV row (a *ParseError) or days that contradict each other or the
// calendar they are added to.
var ErrBadData = errors.New("calendar: bad calendar data")

// A ParseError reports a bad row of calendar CSV data. It wraps ErrBadData.
type ParseError struct {
	// Line is the 1-based line of the input, the header being line 1; 0
	// when the error is not about one line.
	Line int `json:"line,omitempty"`
	// Date is the date of the row when it could be read.
	Date date.Date `json:"date,omitzero"`
	// Field is the column of the offending value, such as "date", "kind"
	// or "scope", or "" when the error is about the row as a whole.
	Field string `json:"field,omitempty"`
	// Text is the offending field or row.
	Text string `json:"text"`
	// Reason says what is wrong, in English.
	Reason string `json:"reason"`
}

// Error returns "calendar: line N: field \"text\": reason", leaving out
// the parts that are not known.
func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString("calendar: ")
	if e.Line > 0 {
		fmt.Fprintf(&b, "line %d: ", e.Line)
	}
	if e.Field != "" {
		b.WriteString(e.Field)
		if e.Text == "" {
			b.WriteString(": ")
		} else {
			b.WriteString(" ")
		}
	}
	if e.Text != "" {
		fmt.Fprintf(&b, "%q: ", e.Text)
	}
	b.WriteString(e.Reason)
	return b.String()
}

// Unwrap returns ErrBadData.
func (e *ParseError) Unwrap() error { return ErrBadData }

// An Entry is one row of calendar data: a date and what it is.
type Entry struct {
	// Date is the day the row is about.
	Date date.Date `json:"date"`
	// Kind is the kind of day. Shortened marks a working day as one hour
	// shorter; a working weekend day that is shortened has two rows.
	// Working and Weekend are accepted for corrections: they make a date
	// an ordinary working day or day off again.
	Kind DayKind `json:"kind"`
	// Note is free text, such as the name of the holiday.
	Note string `json:"note,omitempty"`
	// Line is the line of the CSV input the entry came from, or 0.
	Line int `json:"line,omitempty"`
}

// Overrides is a set of calendar data rows, as LoadCSV reads them, to be added
// to a Calendar with With. The zero Overrides is empty. Overrides is immutable.
type Overrides struct {
	entries []Entry
}

// NewOverrides checks entries as LoadCSV checks rows and returns them as Overrides.
func NewOverrides(entries ...Entry) (Overrides, error) {
	d := Overrides{entries: slices.Clone(entries)}
	for _, e := range d.entries {
		if err := checkEntry(e); err != nil {
			return Overrides{}, err
		}
	}
	if err := checkConflicts(d.entries); err != nil {
		return Overrides{}, err
	}
	return d, nil
}

// Entries returns a copy of the rows, in input order.
func (d Overrides) Entries() []Entry { return slices.Clone(d.entries) }

// Len returns the number of rows.
func (d Overrides) Len() int { return len(d.entries) }

// Years returns the years that have at least one row, ascending.
func (d Overrides) Years() []int {
	var ys []int
	for _, e := range d.entries {
		ys = append(ys, e.Date.Year())
	}
	slices.Sort(ys)
	return slices.Compact(ys)
}

// csvHeader is the required first line of calendar CSV data.
var csvHeader = []string{"date", "kind", "note"}

// LoadCSV reads calendar data in the format of the module's
// data/ru-calendar.csv: a header line "date,kind,note", then one row per
// special day with an ISO date (2006-01-02), a kind as DayKind.String
// writes it and a free-text note (may be empty). Ordinary days are not
// listed. Errors are *ParseError values naming the line; they wrap
// ErrBadData.
//
// Checks per row: a working_weekend row must be a Saturday or Sunday, a
// day_off_transfer, nonworking_decree or working row a Monday to Friday,
// and a weekend row a Saturday or Sunday. Across rows: a date has at most
// one row that is not "shortened", and at most one "shortened" row.
func LoadCSV(r io.Reader) (Overrides, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	if err := readHeader(cr, csvHeader); err != nil {
		return Overrides{}, err
	}
	var d Overrides
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return Overrides{}, csvError(err, 0)
		}
		// FieldPos is valid only after a successful Read.
		line, _ := cr.FieldPos(0)
		if len(rec) != 3 {
			return Overrides{}, &ParseError{Line: line, Text: strings.Join(rec, ","), Reason: fmt.Sprintf("want 3 fields (date,kind,note), got %d", len(rec))}
		}
		e, err := parseRow(rec, line)
		if err != nil {
			return Overrides{}, err
		}
		d.entries = append(d.entries, e)
	}
	if err := checkConflicts(d.entries); err != nil {
		return Overrides{}, err
	}
	return d, nil
}

// readHeader reads the first line of cr, which must be want (after a
// UTF-8 byte order mark, if any).
func readHeader(cr *csv.Reader, want []string) error {
	header, err := cr.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return &ParseError{Line: 1, Reason: "empty input; want header " + strings.Join(want, ",")}
		}
		return csvError(err, 1)
	}
	if len(header) > 0 {
		header[0] = strings.TrimPrefix(header[0], "\ufeff")
	}
	if !slices.Equal(header, want) {
		return &ParseError{Line: 1, Text: strings.Join(header, ","), Reason: "header must be " + strings.Join(want, ",")}
	}
	return nil
}

func csvError(err error, line int) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &ParseError{Line: pe.Line, Reason: pe.Err.Error()}
	}
	return &ParseError{Line: line, Reason: err.Error()}
}

// parseRow parses one record; rec is reused by the reader, so nothing of
// it is kept but copies.
func parseRow(rec []string, line int) (Entry, error) {
	ds := rec[0]
	if len(ds) != len("2006-01-02") {
		return Entry{}, &ParseError{Line: line, Field: "date", Text: ds, Reason: "date must be YYYY-MM-DD"}
	}
	t, err := time.Parse(time.DateOnly, ds)
	if err != nil {
		return Entry{}, &ParseError{Line: line, Field: "date", Text: ds, Reason: "date must be a valid YYYY-MM-DD date"}
	}
	k, err := ParseDayKind(rec[1])
	if err != nil {
		return Entry{}, &ParseError{Line: line, Field: "kind", Text: rec[1], Reason: "unknown kind; want one of " + strings.Join(kindNames[Working:], ", ")}
	}
	e := Entry{Date: date.NewAt(t), Kind: k, Note: strings.Clone(rec[2]), Line: line}
	if err := checkEntry(e); err != nil {
		return Entry{}, err
	}
	return e, nil
}

func isWeekend(d date.Date) bool {
	wd := d.Weekday()
	return wd == time.Saturday || wd == time.Sunday
}

// checkEntry checks the rules that hold for one row by itself.
func checkEntry(e Entry) error {
	if !e.Kind.IsValid() {
		return &ParseError{Line: e.Line, Date: e.Date, Field: "kind", Text: e.Kind.String(), Reason: "invalid day kind"}
	}
	if y := e.Date.Year(); y < 1 || y > 9999 {
		return &ParseError{Line: e.Line, Date: e.Date, Field: "date", Text: e.Date.String(), Reason: "year out of range 1–9999"}
	}
	we := isWeekend(e.Date)
	switch e.Kind {
	case WorkingWeekend, Weekend:
		if !we {
			return &ParseError{Line: e.Line, Date: e.Date, Field: "date", Text: e.Date.String(), Reason: fmt.Sprintf("%s must be a Saturday or Sunday, not a %s", e.Kind, e.Date.Weekday())}
		}
	case TransferredDayOff, NonWorkingDecree, Working:
		if we {
			return &ParseError{Line: e.Line, Date: e.Date, Field: "date", Text: e.Date.String(), Reason: fmt.Sprintf("%s must be a Monday to Friday, not a %s", e.Kind, e.Date.Weekday())}
		}
	}
	return nil
}

// checkConflicts rejects two base kinds, or two shortened rows, for one
// date.
func checkConflicts(entries []Entry) error {
	type seen struct{ base, short int } // index+1 of the rows
	m := make(map[date.Date]seen, len(entries))
	for i, e := range entries {
		s := m[e.Date]
		prev := 0
		if e.Kind == Shortened {
			prev, s.short = s.short, i+1
		} else {
			prev, s.base = s.base, i+1
		}
		if prev != 0 {
			p := entries[prev-1]
			return &ParseError{Line: e.Line, Date: e.Date, Field: "date", Text: e.Date.String(),
				Reason: fmt.Sprintf("second row for the date (%s, after %s on line %d)", e.Kind, p.Kind, p.Line)}
		}
		m[e.Date] = s
	}
	return nil
}
