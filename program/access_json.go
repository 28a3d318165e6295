package program

import (
	"encoding/json"
	"fmt"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
)

// strictDay reads a required day from JSON strictly, through
// oms.OptionalDate (oms.ParseDate): date.Date's own decoder panics on some
// malformed text (found by FuzzCheckClinicChoiceJSON: "00000-00"), and a
// portal decodes untrusted bodies.
type strictDay struct{ d date.Date }

func (s *strictDay) UnmarshalJSON(b []byte) error {
	var o oms.OptionalDate
	if err := o.UnmarshalJSON(b); err != nil {
		return err
	}
	s.d, _ = o.Get()
	return nil
}

func decodeError(typ string, err error) error {
	return fmt.Errorf("program: decoding %s: %w", typ, err)
}

// UnmarshalJSON decodes what encoding/json would, reading the day
// strictly ("YYYY-MM-DD" or "DD.MM.YYYY", oms.ParseDate).
func (r *ChoiceRequest) UnmarshalJSON(b []byte) error {
	type plain ChoiceRequest
	v := struct {
		*plain
		Date strictDay `json:"date"`
	}{plain: (*plain)(r)}
	if err := json.Unmarshal(b, &v); err != nil {
		return decodeError("request", err)
	}
	r.Date = v.Date.d
	return nil
}

// UnmarshalJSON decodes what encoding/json would, reading the day
// strictly.
func (e *ChoiceEntry) UnmarshalJSON(b []byte) error {
	type plain ChoiceEntry
	v := struct {
		*plain
		Date strictDay `json:"date"`
	}{plain: (*plain)(e)}
	if err := json.Unmarshal(b, &v); err != nil {
		return decodeError("history entry", err)
	}
	e.Date = v.Date.d
	return nil
}

// UnmarshalJSON decodes what encoding/json would, reading the day
// strictly.
func (q *CareWhere) UnmarshalJSON(b []byte) error {
	type plain CareWhere
	v := struct {
		*plain
		Date strictDay `json:"date"`
	}{plain: (*plain)(q)}
	if err := json.Unmarshal(b, &v); err != nil {
		return decodeError("care", err)
	}
	q.Date = v.Date.d
	return nil
}

// UnmarshalJSON decodes what encoding/json would, reading the day
// strictly.
func (r *Referral) UnmarshalJSON(b []byte) error {
	type plain Referral
	v := struct {
		*plain
		Prescribed strictDay `json:"prescribed"`
	}{plain: (*plain)(r)}
	if err := json.Unmarshal(b, &v); err != nil {
		return decodeError("referral", err)
	}
	r.Prescribed = v.Prescribed.d
	return nil
}
