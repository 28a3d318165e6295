package eligibility

import (
	"github.com/omsrules/oms/internal/jsondate"
	"github.com/rickb777/date"
)

// The types below hold days; their JSON decoding reads the days strictly
// (YYYY-MM-DD, real days only) through internal/jsondate, because
// date.Date's own decoding rolls impossible days over and panics on some
// malformed text.

// UnmarshalJSON decodes a Person, reading its days strictly.
func (p *Person) UnmarshalJSON(data []byte) error {
	type plain Person
	v := (*plain)(p)
	return jsondate.Unmarshal("eligibility", data, v, map[string]*date.Date{"birth_date": &v.BirthDate})
}
