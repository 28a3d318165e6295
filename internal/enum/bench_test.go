package enum

import "testing"

// kind is a table of the size of the library's larger enumerations
// (eligibility.DocumentKind has 20 names).
type kind uint8

var kindNames = []string{1: "russian_passport", "temporary_identity_card", "birth_certificate", "snils",
	"foreign_passport", "foreign_identity_document", "stateless_identity_document", "stateless_rf_document",
	"residence_permit", "temporary_residence_permit", "refugee_certificate", "refugee_petition_certificate",
	"refugee_appeal_copy", "temporary_asylum_certificate", "labour_contract", "eaeu_powers",
	"power_of_attorney", "representative_authority", "arrival_notice", "other"}

var kinds = Table[kind]{Pkg: "p", Type: "kind", Kind: "kind", Names: kindNames}

// naiveParse is the reference: a map built once, as a hand-written
// enumeration might keep one.
var naiveIndex = func() map[string]kind {
	m := map[string]kind{}
	for i, n := range kindNames {
		if n != "" {
			m[n] = kind(i)
		}
	}
	return m
}()

var sinkKind kind
var sinkString string

func BenchmarkParse(b *testing.B) {
	names := []string{"russian_passport", "labour_contract", "other", "snils"}
	b.Run("table", func(b *testing.B) {
		for i := range b.N {
			sinkKind, _ = kinds.Parse(names[i%len(names)])
		}
	})
	b.Run("table-unknown-name", func(b *testing.B) {
		for range b.N {
			sinkKind, _ = kinds.Parse("nope")
		}
	})
	b.Run("naive-map", func(b *testing.B) {
		for i := range b.N {
			sinkKind = naiveIndex[names[i%len(names)]]
		}
	})
}

func BenchmarkString(b *testing.B) {
	b.Run("table", func(b *testing.B) {
		for i := range b.N {
			sinkString = kinds.String(kind(i%20 + 1))
		}
	})
	b.Run("naive-index", func(b *testing.B) {
		for i := range b.N {
			sinkString = kindNames[i%20+1]
		}
	})
}
