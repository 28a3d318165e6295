package program

import (
	"github.com/rickb777/date"

	"github.com/omsrules/oms/internal/jsondate"
)

// The access types with days read them strictly from JSON
// (internal/jsondate, oms.ParseDate): date.Date's own decoder rolls
// 2025-02-30 over to 2 March and panics on some malformed text (found
// again by FuzzCheckClinicChoiceJSON: "00000-00"), and a portal decodes
// untrusted bodies.

// UnmarshalJSON decodes what encoding/json would, reading the day
// strictly as "YYYY-MM-DD".
func (r *ChoiceRequest) UnmarshalJSON(b []byte) error {
	type plain ChoiceRequest
	v := (*plain)(r)
	return jsondate.Unmarshal("program", b, v, map[string]*date.Date{"date": &v.Date})
}

// UnmarshalJSON decodes what encoding/json would, reading the day
// strictly.
func (e *ChoiceEntry) UnmarshalJSON(b []byte) error {
	type plain ChoiceEntry
	v := (*plain)(e)
	return jsondate.Unmarshal("program", b, v, map[string]*date.Date{"date": &v.Date})
}

// UnmarshalJSON decodes what encoding/json would, reading the day
// strictly.
func (q *CareWhere) UnmarshalJSON(b []byte) error {
	type plain CareWhere
	v := (*plain)(q)
	return jsondate.Unmarshal("program", b, v, map[string]*date.Date{"date": &v.Date})
}

// UnmarshalJSON decodes what encoding/json would, reading the day
// strictly.
func (r *Referral) UnmarshalJSON(b []byte) error {
	type plain Referral
	v := (*plain)(r)
	return jsondate.Unmarshal("program", b, v, map[string]*date.Date{"prescribed": &v.Prescribed})
}
