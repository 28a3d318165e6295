package oms

import (
	"bytes"
	"fmt"

	"github.com/rickb777/date"
)

// An OptionalDate is a day that may be absent: the day a duty was done,
// the day an insurer left a register, the day a policy ended. The zero
// OptionalDate is absent.
//
// It exists because the zero date.Date is 1970-01-01, a real day, so a
// plain date.Date cannot say "not yet". Every input type of the library
// that has a day which may be missing holds an OptionalDate.
//
// In JSON an absent day is null (and "" is read as absent too); a present
// one is "YYYY-MM-DD", read strictly by ParseDate, so 2019-02-30 is an
// error rather than 2 March. An OptionalDate is a small value, comparable
// with ==.
type OptionalDate struct {
	d  date.Date
	ok bool
}

// NoDate is the absent day, the zero OptionalDate.
var NoDate = OptionalDate{}

// SomeDate returns the present day d.
func SomeDate(d date.Date) OptionalDate { return OptionalDate{d: d, ok: true} }

// Get returns the day and whether it is present.
func (o OptionalDate) Get() (date.Date, bool) { return o.d, o.ok }

// IsSet reports whether the day is present.
func (o OptionalDate) IsSet() bool { return o.ok }

// IsZero reports whether the day is absent, so that the JSON option
// omitzero leaves an absent day out.
func (o OptionalDate) IsZero() bool { return !o.ok }

// Or returns the day if present, else def.
func (o OptionalDate) Or(def date.Date) date.Date {
	if o.ok {
		return o.d
	}
	return def
}

// String returns the day as "YYYY-MM-DD", or "" when absent.
func (o OptionalDate) String() string {
	if !o.ok {
		return ""
	}
	return o.d.String()
}

// MarshalText returns "YYYY-MM-DD", or empty text when absent.
func (o OptionalDate) MarshalText() ([]byte, error) { return []byte(o.String()), nil }

// UnmarshalText reads "YYYY-MM-DD" or "DD.MM.YYYY" strictly (ParseDate);
// empty text is absent.
func (o *OptionalDate) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*o = OptionalDate{}
		return nil
	}
	d, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*o = SomeDate(d)
	return nil
}

// MarshalJSON returns null when absent, else the quoted ISO day.
func (o OptionalDate) MarshalJSON() ([]byte, error) {
	if !o.ok {
		return []byte("null"), nil
	}
	return []byte(`"` + o.d.String() + `"`), nil
}

// UnmarshalJSON reads null or "" as absent and a quoted day strictly.
func (o *OptionalDate) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	if string(data) == "null" {
		*o = OptionalDate{}
		return nil
	}
	if len(data) < 2 || data[0] != '"' || data[len(data)-1] != '"' {
		return fmt.Errorf("%w: %s is not a JSON string", ErrBadDate, data)
	}
	return o.UnmarshalText(data[1 : len(data)-1])
}
