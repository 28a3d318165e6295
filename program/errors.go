package program

import "errors"

// ErrTerritorial is wrapped by every error NewTerritorial and
// LoadTerritorial return.
var ErrTerritorial = errors.New("program: invalid territorial programme")

// ErrYearData is wrapped by every error LoadYear returns, and by the
// errors of a Catalog given a programme it cannot hold.
var ErrYearData = errors.New("program: invalid programme year data")

// A FieldError names the field of a territorial programme or of a
// programme year's data that is wrong, as a JSON path such as
// "waits[1].limit" or "waiting_times[3].limit". It wraps ErrTerritorial or
// ErrYearData and, where there is one, the underlying error.
type FieldError struct {
	Field  string // path of the field, such as "additions[0].icd[1]"
	Reason string // what is wrong, in English
	Err    error  // the underlying error, if any

	year bool // an error in a programme year's data, not a territorial programme
}

// Error returns "program: territorial programme: <field>: <reason>" or
// "program: programme year: <field>: <reason>".
func (e *FieldError) Error() string {
	doc := "territorial programme"
	if e.year {
		doc = "programme year"
	}
	return "program: " + doc + ": " + e.Field + ": " + e.Reason
}

// Unwrap returns ErrTerritorial or ErrYearData, and the underlying error.
func (e *FieldError) Unwrap() []error {
	kind := ErrTerritorial
	if e.year {
		kind = ErrYearData
	}
	if e.Err != nil {
		return []error{kind, e.Err}
	}
	return []error{kind}
}

func fieldErr(field, reason string, err error) error {
	return &FieldError{Field: field, Reason: reason, Err: err}
}

func yearErr(field, reason string, err error) error {
	return &FieldError{Field: field, Reason: reason, Err: err, year: true}
}
