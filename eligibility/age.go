package eligibility

import (
	"fmt"
	"time"

	"github.com/rickb777/date"
)

// A LeapDayRule says on which day a person born on 29 February has a
// birthday in a common year, and so on which day such a person reaches an
// age (14 for a passport and the category Citizen14Plus, 18 for full
// capacity).
//
// The zero value, LeapDayMarch1, is the default: in a common year the
// birthday is 1 March, the day after the last day of February, so the age
// is never reached before the full number of years has elapsed (and a
// child is never moved to Citizen14Plus early). No provision of ОМС law
// settles the point, and the library's sources found no court or ministry
// text on it; popular pages report both 1 March and 28 February. The
// other reading, LeapDayFeb28, applies ГК РФ art. 192 by analogy: a period
// in years ends "in the corresponding month and day of the last year"
// (п. 1), and a period in months that ends in a month without the
// corresponding day ends on the last day of that month (п. 3), which gives
// 28 February. The choice is unconfirmed; set Rules.LeapDay to change it.
// The rule is owned here: package smo reads it from the same Rules.
type LeapDayRule uint8

const (
	// LeapDayMarch1 puts the common-year birthday of a 29 February birth on
	// 1 March.
	LeapDayMarch1 LeapDayRule = iota
	// LeapDayFeb28 puts it on 28 February.
	LeapDayFeb28
)

// String returns "march-1" or "feb-28".
func (r LeapDayRule) String() string {
	switch r {
	case LeapDayMarch1:
		return "march-1"
	case LeapDayFeb28:
		return "feb-28"
	}
	return fmt.Sprintf("LeapDayRule(%d)", uint8(r))
}

var leapDayText = enumText{"LeapDayRule", []string{"march-1", "feb-28"}}

// MarshalText implements encoding.TextMarshaler.
func (r LeapDayRule) MarshalText() ([]byte, error) { return leapDayText.marshal(uint8(r)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *LeapDayRule) UnmarshalText(text []byte) error {
	v, err := leapDayText.unmarshal(text)
	*r = LeapDayRule(v)
	return err
}

// Birthday returns the birthday in the given year of a person born on
// birth: the same month and day, except that a 29 February birth has its
// birthday on 1 March (LeapDayMarch1) or 28 February (LeapDayFeb28) in a
// common year.
func (r LeapDayRule) Birthday(birth date.Date, year int) date.Date {
	_, m, d := birth.Date()
	if m == time.February && d == 29 && !date.IsLeap(year) {
		if r == LeapDayFeb28 {
			return date.New(year, time.February, 28)
		}
		return date.New(year, time.March, 1)
	}
	return date.New(year, m, d)
}

// Age returns the number of full years a person born on birth has on the
// day on: the age is reached on the birthday itself. It returns -1 when on
// is before birth.
func (r LeapDayRule) Age(birth, on date.Date) int {
	if on.Before(birth) {
		return -1
	}
	years := on.Year() - birth.Year()
	if on.Before(r.Birthday(birth, on.Year())) {
		years--
	}
	return years
}

// Reached returns the day a person born on birth reaches the given age: the
// birthday in the year birth.Year()+years.
func (r LeapDayRule) Reached(birth date.Date, years int) date.Date {
	return r.Birthday(birth, birth.Year()+years)
}

// Age returns the age in full years on the day on of a person born on
// birth, by the default LeapDayMarch1 rule; -1 when on is before birth.
func Age(birth, on date.Date) int { return LeapDayMarch1.Age(birth, on) }
