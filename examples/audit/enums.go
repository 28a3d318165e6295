package main

import (
	"sync"

	"github.com/omsrules/oms/eligibility"
)

// The values of the library's enumerations a row names most often, by
// their text: reading a cell through UnmarshalText converts it to bytes,
// an allocation per cell, where a map lookup by the string needs none.
// Built once from the library's own MarshalText, never changed; a text not
// found is read by UnmarshalText, which says what is wrong with it.
var (
	citizenshipsByText  = sync.OnceValue(byText[eligibility.Citizenship])
	documentKindsByText = sync.OnceValue(byText[eligibility.DocumentKind])
)

// byText maps the text of every value of an enumeration of uint8 to the
// value.
func byText[T interface {
	~uint8
	MarshalText() ([]byte, error)
}]() map[string]T {
	m := map[string]T{}
	for v := range 256 {
		if b, err := T(v).MarshalText(); err == nil && len(b) > 0 {
			m[string(b)] = T(v)
		}
	}
	return m
}

// parseCitizenship reads a citizenship as Citizenship.UnmarshalText does.
func parseCitizenship(s string) (eligibility.Citizenship, error) {
	if c, ok := citizenshipsByText()[s]; ok {
		return c, nil
	}
	var c eligibility.Citizenship
	err := c.UnmarshalText([]byte(s))
	return c, err
}

// parseDocumentKind reads a document kind as DocumentKind.UnmarshalText
// does.
func parseDocumentKind(s string) (eligibility.DocumentKind, error) {
	if k, ok := documentKindsByText()[s]; ok {
		return k, nil
	}
	var k eligibility.DocumentKind
	err := k.UnmarshalText([]byte(s))
	return k, err
}
