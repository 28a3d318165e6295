package smo

import (
	"github.com/omsrules/oms/internal/jsondate"
	"github.com/rickb777/date"
)

// Request and Entry hold days; their JSON decoding reads the days strictly
// (YYYY-MM-DD, real days only) through internal/jsondate, because
// date.Date's own decoding rolls impossible days over and panics on some
// malformed text.

// UnmarshalJSON decodes a Request, reading its days strictly.
func (r *Request) UnmarshalJSON(data []byte) error {
	type plain Request
	v := (*plain)(r)
	return jsondate.Unmarshal("smo", data, v, map[string]*date.Date{"date": &v.Date, "born": &v.Born})
}

// UnmarshalJSON decodes an Entry, reading its day strictly.
func (e *Entry) UnmarshalJSON(data []byte) error {
	type plain Entry
	v := (*plain)(e)
	return jsondate.Unmarshal("smo", data, v, map[string]*date.Date{"date": &v.Date})
}
