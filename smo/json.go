package smo

import (
	"encoding/json"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
	"github.com/omsrules/oms/internal/jsondate"
	"github.com/rickb777/date"
)

// The JSON forms of Request, Entry and History: snake_case members, a
// zero region or reason as "" (as oms.Region and Reason write them), days
// read strictly.

// requestJSON is a Request with the JSON options of its members: the
// conversion between the two ignores the tags.
type requestJSON struct {
	Date         date.Date        `json:"date"`
	Insurer      string           `json:"insurer"`
	Region       oms.Region       `json:"region"`
	Reason       Reason           `json:"reason"`
	Applicant    eligibility.Role `json:"applicant,omitzero"`
	Born         date.Date        `json:"born"`
	FullCapacity bool             `json:"full_capacity,omitempty"`
}

// MarshalJSON encodes the request; a zero region or reason is "".
func (r Request) MarshalJSON() ([]byte, error) {
	return json.Marshal(requestJSON(r))
}

// UnmarshalJSON decodes a Request, reading its days strictly (YYYY-MM-DD,
// real days only) through internal/jsondate, because date.Date's own
// decoding rolls impossible days over and panics on some malformed text.
func (r *Request) UnmarshalJSON(data []byte) error {
	var v requestJSON
	if err := jsondate.Unmarshal("smo", data, &v, map[string]*date.Date{"date": &v.Date, "born": &v.Born}); err != nil {
		return err
	}
	*r = Request(v)
	return nil
}

// entryJSON is an Entry without its methods, for the default encoding.
type entryJSON Entry

// MarshalJSON encodes the entry; a zero region or reason is "".
func (e Entry) MarshalJSON() ([]byte, error) {
	return json.Marshal(entryJSON(e))
}

// UnmarshalJSON decodes an Entry, reading its day strictly.
func (e *Entry) UnmarshalJSON(data []byte) error {
	var v entryJSON
	if err := jsondate.Unmarshal("smo", data, &v, map[string]*date.Date{"date": &v.Date}); err != nil {
		return err
	}
	*e = Entry(v)
	return nil
}

// MarshalJSON encodes the history as the list of its entries, oldest
// first; the empty History is [].
func (h History) MarshalJSON() ([]byte, error) {
	if h.entries == nil {
		return []byte("[]"), nil
	}
	return json.Marshal(h.entries)
}

// UnmarshalJSON decodes a list of entries, in any order, as NewHistory
// builds it; an invalid entry is an error naming it.
func (h *History) UnmarshalJSON(data []byte) error {
	var es []Entry
	if err := json.Unmarshal(data, &es); err != nil {
		return err
	}
	v, err := NewHistory(es...)
	if err != nil {
		return err
	}
	*h = v
	return nil
}
