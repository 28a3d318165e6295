package main

import (
	"testing"

	"github.com/omsrules/oms/eligibility"
	"pgregory.net/rapid"
)

// TestParseByTextAgrees holds the table lookups to UnmarshalText: the
// same value and the same failure for any text.
func TestParseByTextAgrees(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.OneOf(rapid.String(), rapid.SampledFrom([]string{
			"rf", "foreign", "stateless", "RF", "", "russian-passport", "snils", "power-of-attorney", "none", " rf",
		})).Draw(t, "text")
		var c eligibility.Citizenship
		errC := c.UnmarshalText([]byte(s))
		if got, err := parseCitizenship(s); got != c || (err == nil) != (errC == nil) {
			t.Fatalf("citizenship %q: %v, %v; UnmarshalText %v, %v", s, got, err, c, errC)
		}
		var k eligibility.DocumentKind
		errK := k.UnmarshalText([]byte(s))
		if got, err := parseDocumentKind(s); got != k || (err == nil) != (errK == nil) {
			t.Fatalf("document kind %q: %v, %v; UnmarshalText %v, %v", s, got, err, k, errK)
		}
	})
	if len(documentKindsByText()) < 10 || len(citizenshipsByText()) != 3 {
		t.Errorf("%d document kinds, %d citizenships by text", len(documentKindsByText()), len(citizenshipsByText()))
	}
}
