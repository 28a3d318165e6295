package oms

import (
	"errors"
	"fmt"
	"time"

	"github.com/rickb777/date"
)

// ErrBadDate is returned (wrapped) by ParseDate for text that is not a real
// calendar day.
var ErrBadDate = errors.New("oms: not a date")

// ParseDate parses a calendar day written as ISO 8601 "2026-11-01" or in the
// Russian form "01.11.2026", with a four-digit year from 0001. Days that do
// not exist, such as 2019-02-30, are errors.
//
// Use it instead of date.ParseISO and date.Date's UnmarshalText for input
// that is not trusted: in github.com/rickb777/date v1.22.0 those roll
// 2019-02-30 over to 2019-03-02 and panic on some malformed text
// ("00000-00").
func ParseDate(s string) (date.Date, error) {
	var y, m, d int
	ok := false
	switch {
	case len(s) == 10 && s[4] == '-' && s[7] == '-':
		y, ok = digits(s[0:4])
		m, ok = digitsAnd(ok, s[5:7], m)
		d, ok = digitsAnd(ok, s[8:10], d)
	case len(s) == 10 && s[2] == '.' && s[5] == '.':
		d, ok = digits(s[0:2])
		m, ok = digitsAnd(ok, s[3:5], m)
		y, ok = digitsAnd(ok, s[6:10], y)
	}
	if !ok || y < 1 || m < 1 || m > 12 || d < 1 || d > date.DaysIn(y, time.Month(m)) {
		return date.Date{}, fmt.Errorf("%w: %q (want YYYY-MM-DD or DD.MM.YYYY)", ErrBadDate, s)
	}
	return date.New(y, time.Month(m), d), nil
}

// MustParseDate is like ParseDate but panics on error; for constants in
// tables of law, tests and examples.
func MustParseDate(s string) date.Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// digits parses a run of ASCII digits.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// digitsAnd parses s when ok is still true, so a chain of fields stops at
// the first bad one; old is returned unchanged otherwise.
func digitsAnd(ok bool, s string, old int) (int, bool) {
	if !ok {
		return old, false
	}
	return digits(s)
}
