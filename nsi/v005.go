package nsi

import (
	"fmt"
	"io"
	"slices"
)

// V005 codes of sex (IDPOL), the same in the Ministry's
// 1.2.643.5.1.13.13.11.1040 (standards.md §1.4).
const (
	V005Male   = 1
	V005Female = 2
)

// FHIRGender returns the FHIR administrative gender of a V005 code:
// "male" or "female". RuCoreIG asks not to use "other" (fhir-ru/core#117),
// so any other code is an error.
func FHIRGender(v005 int) (string, error) {
	switch v005 {
	case V005Male:
		return "male", nil
	case V005Female:
		return "female", nil
	}
	return "", fmt.Errorf("%w: V005 code %d (want 1 or 2)", ErrFormat, v005)
}

// V005OfFHIRGender is the inverse of FHIRGender.
func V005OfFHIRGender(g string) (int, error) {
	switch g {
	case "male":
		return V005Male, nil
	case "female":
		return V005Female, nil
	}
	return 0, fmt.Errorf("%w: FHIR gender %q has no V005 code", ErrFormat, g)
}

// A Sex is one row of V005: the code IDPOL and its name POLNAME.
type Sex struct {
	// Code is IDPOL: 1 male, 2 female.
	Code int `json:"code"`
	// Name is POLNAME, "мужской" or "женский".
	Name string `json:"name"`
}

// Sexes is a loaded V005, immutable.
type Sexes struct{ rows []Sex }

// defaultV005 is V005 as standards.md §1.4 gives it: two codes.
var defaultV005 = &Sexes{rows: []Sex{{V005Male, "мужской"}, {V005Female, "женский"}}}

// DefaultV005 returns the shipped V005: 1 мужской, 2 женский.
func DefaultV005() *Sexes { return defaultV005 }

// Lookup returns the row of the code.
func (b *Sexes) Lookup(code int) (Sex, bool) {
	if b == nil {
		return Sex{}, false
	}
	i, ok := slices.BinarySearchFunc(b.rows, code, func(s Sex, k int) int { return s.Code - k })
	if !ok {
		return Sex{}, false
	}
	return b.rows[i], true
}

// All returns the rows in code order; the slice is the caller's.
func (b *Sexes) All() []Sex {
	if b == nil {
		return nil
	}
	return slices.Clone(b.rows)
}

// LoadV005 reads V005 (fields IDPOL, POLNAME) in any of the shapes
// LoadF011 reads. A code appearing twice is an error naming the record.
func LoadV005(r io.Reader) (*Sexes, error) {
	data, err := readInput(r, "V005")
	if err != nil {
		return nil, err
	}
	var rows []Sex
	err = records(data, "V005", []string{"zap"}, func(r *rowReader) {
		s := Sex{Code: r.int("IDPOL"), Name: r.text("POLNAME", true)}
		for _, p := range rows {
			if p.Code == s.Code && r.err == nil {
				r.fail("IDPOL", fmt.Errorf("%w: code %d appears twice", ErrFormat, s.Code))
			}
		}
		rows = append(rows, s)
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(rows, func(a, b Sex) int { return a.Code - b.Code })
	return &Sexes{rows: rows}, nil
}
