package nsi

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// A Country is one row of O001, the fund's copy of ОКСМ (the
// classifier of the countries of the world), used for citizenship
// (C_OKSM).
type Country struct {
	// Code is KOD, three digits, "643" for Russia.
	Code string `json:"code"`
	// Name is NAME11, the short name.
	Name string `json:"name"`
	// Alpha2 and Alpha3 are ALFA2 and ALFA3.
	Alpha2 string `json:"alpha2"`
	Alpha3 string `json:"alpha3"`
}

// CodeRussia is the ОКСМ code of the Russian Federation.
const CodeRussia = "643"

// Countries is a loaded O001, immutable.
type Countries struct{ rows []Country }

// Lookup returns the country with the three-digit ОКСМ code.
func (b *Countries) Lookup(code string) (Country, bool) {
	if b == nil {
		return Country{}, false
	}
	i, ok := slices.BinarySearchFunc(b.rows, code, func(c Country, k string) int {
		return strings.Compare(c.Code, k)
	})
	if !ok {
		return Country{}, false
	}
	return b.rows[i], true
}

// Len returns the number of countries.
func (b *Countries) Len() int {
	if b == nil {
		return 0
	}
	return len(b.rows)
}

// LoadO001 reads O001 (fields KOD, NAME11, ALFA2, ALFA3) in any of the
// shapes LoadF011 reads. KOD must be three digits.
func LoadO001(r io.Reader) (*Countries, error) {
	data, err := readInput(r, "O001")
	if err != nil {
		return nil, err
	}
	var rows []Country
	err = records(data, "O001", []string{"zap"}, func(r *rowReader) {
		c := Country{Code: r.text("KOD", true), Name: r.text("NAME11", true), Alpha2: r.text("ALFA2", false), Alpha3: r.text("ALFA3", false)}
		if len(c.Code) != 3 || !allDigits(c.Code) {
			r.fail("KOD", fmt.Errorf("%w: %q is not a three-digit ОКСМ code", ErrFormat, c.Code))
		}
		rows = append(rows, c)
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(rows, func(a, b Country) int { return strings.Compare(a.Code, b.Code) })
	for i := 1; i < len(rows); i++ {
		if rows[i].Code == rows[i-1].Code {
			return nil, &ParseError{Book: "O001", Field: "KOD", Err: fmt.Errorf("%w: code %s appears twice", ErrFormat, rows[i].Code)}
		}
	}
	return &Countries{rows: rows}, nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
