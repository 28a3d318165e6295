package calendar

import (
	"github.com/omsrules/oms/internal/jsondate"
	"github.com/rickb777/date"
)

// Entry and DayInfo hold days; their JSON decoding reads the days strictly
// (YYYY-MM-DD, real days only) through internal/jsondate, because
// date.Date's own decoding rolls impossible days over and panics on some
// malformed text.

// UnmarshalJSON decodes an Entry, reading its day strictly.
func (e *Entry) UnmarshalJSON(data []byte) error {
	type plain Entry
	v := (*plain)(e)
	return jsondate.Unmarshal("calendar", data, v, map[string]*date.Date{"date": &v.Date})
}

// UnmarshalJSON decodes a DayInfo, reading its day strictly.
func (d *DayInfo) UnmarshalJSON(data []byte) error {
	type plain DayInfo
	v := (*plain)(d)
	return jsondate.Unmarshal("calendar", data, v, map[string]*date.Date{"date": &v.Date})
}

// UnmarshalJSON decodes a Duty, reading its start and due days strictly.
func (d *Duty) UnmarshalJSON(data []byte) error {
	type plain Duty
	v := (*plain)(d)
	return jsondate.Unmarshal("calendar", data, v, map[string]*date.Date{"start": &v.Start, "due": &v.Due})
}
