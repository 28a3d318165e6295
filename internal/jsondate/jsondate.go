// Package jsondate decodes JSON objects that have days among their members,
// reading each day strictly with oms.ParseDate.
//
// The library's types hold days as date.Date (github.com/rickb777/date),
// whose UnmarshalText in v1.22.0 rolls "2019-02-30" over to 2019-03-02 and
// panics on some malformed text ("00000-00"). A type with days that callers
// may decode from untrusted JSON implements UnmarshalJSON with Unmarshal, so
// that no input panics and no impossible day is accepted.
package jsondate

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

// Unmarshal decodes the JSON object data into v, a pointer to a method-less
// copy of a struct type (so that its own UnmarshalJSON is not called
// again), reading the members named in dates with ParseDay into the given
// fields of v. Members are matched to names as encoding/json matches them,
// ignoring case. A JSON null, for the object or a day, leaves the value as
// it is. Errors are prefixed with pkg, the caller's package name.
//
// A type uses it as
//
//	func (e *Event) UnmarshalJSON(data []byte) error {
//		type plain Event
//		v := (*plain)(e)
//		return jsondate.Unmarshal("pkg", data, v, map[string]*date.Date{"on": &v.On})
//	}
func Unmarshal(pkg string, data []byte, v any, dates map[string]*date.Date) error {
	if err := unmarshal(data, v, dates); err != nil {
		return fmt.Errorf("%s: %w", pkg, err)
	}
	return nil
}

func unmarshal(data []byte, v any, dates map[string]*date.Date) error {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(data, &m); err != nil {
		return err
	}
	if m == nil {
		return nil
	}
	for k, raw := range m {
		for name, p := range dates {
			if !strings.EqualFold(k, name) {
				continue
			}
			delete(m, k)
			var s *string
			if err := json.Unmarshal(raw, &s); err != nil {
				return fmt.Errorf("member %q: %w", k, err)
			}
			if s == nil {
				continue
			}
			d, err := ParseDay(*s)
			if err != nil {
				return fmt.Errorf("member %q: %w", k, err)
			}
			*p = d
		}
	}
	rest, err := json.Marshal(m)
	if err != nil {
		return err
	}
	return json.Unmarshal(rest, v)
}

// ParseDay parses a day written YYYY-MM-DD, the form date.Date marshals to,
// rejecting days that do not exist. The error wraps oms.ErrBadDate.
func ParseDay(s string) (date.Date, error) {
	if len(s) != 10 || s[4] != '-' {
		return date.Date{}, fmt.Errorf("%w: %q (want YYYY-MM-DD)", oms.ErrBadDate, s)
	}
	return oms.ParseDate(s)
}
