package policy

import (
	"github.com/omsrules/oms/internal/jsondate"
	"github.com/rickb777/date"
)

// The JSON decoding of the package's types with days in them reads the
// days through internal/jsondate instead of date.Date's UnmarshalText,
// which panics on some malformed input (github.com/rickb777/date v1.22.0,
// ParseISO("00000-00")); no input to this package may panic.

// UnmarshalJSON decodes a Policy; see unmarshalWithDates.
func (p *Policy) UnmarshalJSON(data []byte) error {
	type plain Policy
	v := (*plain)(p)
	return jsondate.Unmarshal("policy", data, v, map[string]*date.Date{"issued": &v.Issued})
}

// UnmarshalJSON decodes a Period.
func (p *Period) UnmarshalJSON(data []byte) error {
	type plain Period
	v := (*plain)(p)
	return jsondate.Unmarshal("policy", data, v, map[string]*date.Date{"from": &v.From, "last": &v.Last})
}

// UnmarshalJSON decodes a Certificate.
func (c *Certificate) UnmarshalJSON(data []byte) error {
	type plain Certificate
	v := (*plain)(c)
	return jsondate.Unmarshal("policy", data, v, map[string]*date.Date{"issued": &v.Issued})
}

// UnmarshalJSON decodes a ReissueRequest.
func (r *ReissueRequest) UnmarshalJSON(data []byte) error {
	type plain ReissueRequest
	v := (*plain)(r)
	return jsondate.Unmarshal("policy", data, v, map[string]*date.Date{"changed": &v.Changed, "applied": &v.Applied})
}

// UnmarshalJSON decodes a Transition. It does not check that the
// transition is allowed; Lifecycle.UnmarshalJSON does.
func (t *Transition) UnmarshalJSON(data []byte) error {
	type plain Transition
	v := (*plain)(t)
	return jsondate.Unmarshal("policy", data, v, map[string]*date.Date{"on": &v.On})
}
