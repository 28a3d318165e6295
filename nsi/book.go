package nsi

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

// A Span is when a row of a reference book is in force: from From through
// Until (the book's DATEBEG and DATEEND), with no end when Until is
// absent. The library reads DATEEND as the last day in force; the fund's
// books do not say whether it is inclusive [U].
type Span struct {
	From  date.Date        `json:"from"`
	Until oms.OptionalDate `json:"until"`
}

// InForce reports whether the row is in force on d.
func (s Span) InForce(d date.Date) bool {
	until, ended := s.Until.Get()
	return !d.Before(s.From) && (!ended || !d.After(until))
}

// rowReader reads the fields of one record and remembers the first error,
// so that a loader reads a record in a few straight lines.
type rowReader struct {
	book  string
	index int
	n     *node
	err   error
}

func (r *rowReader) fail(field string, err error) {
	if r.err != nil {
		return
	}
	var pe *ParseError
	if errors.As(err, &pe) {
		r.err = pe // a group's reader already placed it
		return
	}
	r.err = &ParseError{Book: r.book, Record: r.index, Line: r.n.line, Field: field, Err: err}
}

// text returns a field; a required one must be present and not empty.
func (r *rowReader) text(field string, required bool) string {
	v, ok := r.n.field(field)
	if required && (!ok || v == "") {
		r.fail(field, fmt.Errorf("%w: missing", ErrFormat))
	}
	return v
}

// int returns a required integer field.
func (r *rowReader) int(field string) int {
	v := r.text(field, true)
	if v == "" {
		return 0
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 || n > 1<<30 {
		r.fail(field, fmt.Errorf("%w: %q is not a code", ErrFormat, v))
	}
	return n
}

// day returns a date field and whether it is set; an empty optional field
// is not set.
func (r *rowReader) day(field string, required bool) (date.Date, bool) {
	v := r.text(field, required)
	if v == "" {
		return date.Date{}, false
	}
	d, err := oms.ParseDate(v)
	if err != nil {
		r.fail(field, err)
		return date.Date{}, false
	}
	return d, true
}

// span reads DATEBEG (required) and DATEEND (optional) or their renamed
// forms.
func (r *rowReader) span(beg, end string) Span {
	from, _ := r.day(beg, true)
	until, ok := r.day(end, false)
	if ok && until.Before(from) {
		r.fail(end, fmt.Errorf("%w: %s is before %s %s", ErrFormat, until, beg, from))
	}
	if !ok {
		return Span{From: from}
	}
	return Span{From: from, Until: oms.SomeDate(until)}
}

// records reads the records of a book and hands each to fn with a reader.
func records(data []byte, book string, names []string, fn func(*rowReader)) error {
	nodes, err := readRecords(data, book, names...)
	if err != nil {
		return err
	}
	for i, n := range nodes {
		r := &rowReader{book: book, index: i + 1, n: n}
		fn(r)
		if r.err != nil {
			return r.err
		}
	}
	return nil
}
