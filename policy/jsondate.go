package policy

import (
	"encoding/json"
	"fmt"
	"github.com/omsrules/oms"
	"strings"

	"github.com/rickb777/date"
)

// The JSON decoding of the package's types with days in them reads the
// days with parseISODate instead of date.Date's UnmarshalText, which
// panics on some malformed input (github.com/rickb777/date v1.22.0,
// ParseISO("00000-00")); no input to this package may panic.

// unmarshalWithDates decodes the JSON object data into v, a pointer to a
// method-less copy of a struct type, reading the members named in dates
// (matched as encoding/json matches names, ignoring case) with
// parseISODate into the given fields of v. A JSON null leaves v as is.
func unmarshalWithDates(data []byte, v any, dates map[string]*date.Date) error {
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
				return fmt.Errorf("policy: member %q: %w", k, err)
			}
			if s == nil {
				continue
			}
			d, err := parseISODate(*s)
			if err != nil {
				return fmt.Errorf("policy: member %q: %w", k, err)
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

// parseISODate parses a calendar date written YYYY-MM-DD (a four-digit
// year from 0001), rejecting days that do not exist.
func parseISODate(s string) (date.Date, error) {
	if len(s) != 10 || s[4] != '-' {
		return date.Date{}, fmt.Errorf("policy: %q is not a date YYYY-MM-DD", s)
	}
	d, err := oms.ParseDate(s)
	if err != nil {
		return date.Date{}, fmt.Errorf("policy: %q is not a date YYYY-MM-DD", s)
	}
	return d, nil
}

// UnmarshalJSON decodes a Policy; see unmarshalWithDates.
func (p *Policy) UnmarshalJSON(data []byte) error {
	type plain Policy
	v := plain(*p)
	err := unmarshalWithDates(data, &v, map[string]*date.Date{"issued": &v.Issued, "basis_end": &v.BasisEnd})
	if err == nil {
		*p = Policy(v)
	}
	return err
}

// UnmarshalJSON decodes a Period.
func (p *Period) UnmarshalJSON(data []byte) error {
	type plain Period
	v := plain(*p)
	err := unmarshalWithDates(data, &v, map[string]*date.Date{"from": &v.From, "last": &v.Last})
	if err == nil {
		*p = Period(v)
	}
	return err
}

// UnmarshalJSON decodes a Certificate.
func (c *Certificate) UnmarshalJSON(data []byte) error {
	type plain Certificate
	v := plain(*c)
	err := unmarshalWithDates(data, &v, map[string]*date.Date{"issued": &v.Issued, "policy_received": &v.PolicyReceived})
	if err == nil {
		*c = Certificate(v)
	}
	return err
}

// UnmarshalJSON decodes a ReissueRequest.
func (r *ReissueRequest) UnmarshalJSON(data []byte) error {
	type plain ReissueRequest
	v := plain(*r)
	err := unmarshalWithDates(data, &v, map[string]*date.Date{"changed": &v.Changed, "applied": &v.Applied})
	if err == nil {
		*r = ReissueRequest(v)
	}
	return err
}

// UnmarshalJSON decodes a Notice.
func (n *Notice) UnmarshalJSON(data []byte) error {
	type plain Notice
	v := plain(*n)
	err := unmarshalWithDates(data, &v, map[string]*date.Date{"deadline": &v.Deadline})
	if err == nil {
		*n = Notice(v)
	}
	return err
}

// UnmarshalJSON decodes a Transition. It does not check that the
// transition is allowed; Lifecycle.UnmarshalJSON does.
func (t *Transition) UnmarshalJSON(data []byte) error {
	type plain Transition
	v := plain(*t)
	err := unmarshalWithDates(data, &v, map[string]*date.Date{"on": &v.On})
	if err == nil {
		*t = Transition(v)
	}
	return err
}
