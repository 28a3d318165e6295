package nsi

import (
	"slices"

	"github.com/omsrules/oms/eligibility"
)

// OIDs and names of the code systems the crosswalks join.
const (
	// OIDDocTypesMZ is the Ministry of Health's dictionary of identity
	// documents (1.2.643.5.1.13.13.99.2.48), used by RuCoreIG.
	OIDDocTypesMZ = "1.2.643.5.1.13.13.99.2.48"
	// OIDPolicyTypesMZ is the Ministry's «Типы полисов ОМС»
	// (1.2.643.5.1.13.13.99.2.245), the mirror of F008.
	OIDPolicyTypesMZ = "1.2.643.5.1.13.13.99.2.245"
	// OIDICD10MZ is the Ministry's МКБ-10 (1.2.643.5.1.13.13.11.1005).
	OIDICD10MZ = "1.2.643.5.1.13.13.11.1005"
	// OIDInsurersF002 is the F002 register as published in the Ministry's
	// НСИ; an insurer is this OID + "." + its smocod (N3 usage).
	OIDInsurersF002 = "1.2.643.5.1.13.2.1.1.635"
	// OIDInsurersMZ is the Ministry's dictionary of insurers mirroring
	// F002 (1.2.643.5.1.13.13.99.2.183).
	OIDInsurersMZ = "1.2.643.5.1.13.13.99.2.183"
)

// A DocCrosswalk is one identity document in the three code systems that
// name it differently: F011 (the fund), 1.2.643.5.1.13.13.99.2.48 (the
// Ministry) and the tax service's list of document codes (СПДУЛ). A zero
// MZ or empty FNS means the column is not known.
type DocCrosswalk struct {
	Name string `json:"name"`
	F011 int    `json:"f011"`
	MZ   int    `json:"mz,omitempty"`
	FNS  string `json:"fns,omitempty"`
	// Source says where the row comes from.
	Source string `json:"source"`
	// Unconfirmed is set when a column of the row is from memory or
	// inference, not a source.
	Unconfirmed bool `json:"unconfirmed,omitempty"`
}

// docCrosswalk: standards.md bottom line and §1.3 (RuCoreIG
// Core_CodeSystems.fsh for the Ministry's codes; the "trap" note for the
// tax service's 21). The tax codes 03 and 22 are from memory [U].
var docCrosswalk = []DocCrosswalk{
	{Name: "Паспорт гражданина Российской Федерации", F011: 14, MZ: 1, FNS: "21",
		Source: "standards.md bottom line, §1.3 (F011 portal table; RuCoreIG Core_CodeSystems.fsh; ФНС СПДУЛ lists, index ids 32187571259, 27741188918)"},
	{Name: "Свидетельство о рождении", F011: 3, MZ: 6, FNS: "03", Unconfirmed: true,
		Source: "standards.md §1.3 (F011 sample; RuCoreIG Core_CodeSystems.fsh for 6); ФНС 03 from memory [U]"},
	{Name: "Заграничный паспорт гражданина Российской Федерации", F011: 15, MZ: 42, FNS: "22", Unconfirmed: true,
		Source: "standards.md §1.3 (F011 portal table; RuCoreIG gives 42 = загранпаспорт without saying whose); ФНС 22 from memory [U]"},
}

// DocCrosswalks returns the crosswalk rows, ordered by F011 code.
func DocCrosswalks() []DocCrosswalk {
	out := slices.Clone(docCrosswalk)
	slices.SortFunc(out, func(a, b DocCrosswalk) int { return a.F011 - b.F011 })
	return out
}

// DocByF011 returns the crosswalk row of an F011 code.
func DocByF011(code int) (DocCrosswalk, bool) {
	return findDoc(func(r DocCrosswalk) bool { return r.F011 == code })
}

// DocByMZ returns the crosswalk row of a code of 1.2.643.5.1.13.13.99.2.48.
func DocByMZ(code int) (DocCrosswalk, bool) {
	return findDoc(func(r DocCrosswalk) bool { return r.MZ != 0 && r.MZ == code })
}

// DocByFNS returns the crosswalk row of a tax-service document code.
func DocByFNS(code string) (DocCrosswalk, bool) {
	return findDoc(func(r DocCrosswalk) bool { return r.FNS != "" && r.FNS == code })
}

func findDoc(match func(DocCrosswalk) bool) (DocCrosswalk, bool) {
	for _, r := range docCrosswalk {
		if match(r) {
			return r, true
		}
	}
	return DocCrosswalk{}, false
}

// A KindMapping ties an F011 code to the library's own document kind
// (eligibility.DocumentKind).
type KindMapping struct {
	F011 int                      `json:"f011"`
	Kind eligibility.DocumentKind `json:"kind"`
	// Unconfirmed is set when the F011 code's meaning is from the spec's
	// unconfirmed list, not a source.
	Unconfirmed bool `json:"unconfirmed,omitempty"`
}

// kindMappings: 3 and 14 are confirmed (F011 sample; portal table and
// crosswalk); the rest follow the spec's list of F011 codes "from memory"
// (standards.md §1.3 [U]). F011 types with no kind of their own in
// eligibility (USSR passports 1 and 2, military and officer's ids 4, 7,
// 17, the RF foreign and diplomatic passports 15 and 8, the seaman's
// passport 16, "other documents" 18 and 28) are not mapped.
var kindMappings = []KindMapping{
	{F011: 3, Kind: eligibility.DocBirthCertificate},
	{F011: 9, Kind: eligibility.DocForeignPassport, Unconfirmed: true},
	{F011: 10, Kind: eligibility.DocRefugeePetitionCertificate, Unconfirmed: true},
	{F011: 11, Kind: eligibility.DocResidencePermit, Unconfirmed: true},
	{F011: 12, Kind: eligibility.DocRefugeeCertificate, Unconfirmed: true},
	{F011: 13, Kind: eligibility.DocTemporaryIdentityCard, Unconfirmed: true},
	{F011: 14, Kind: eligibility.DocRussianPassport},
	{F011: 21, Kind: eligibility.DocForeignIdentityDocument, Unconfirmed: true},
	{F011: 22, Kind: eligibility.DocStatelessIdentityDocument, Unconfirmed: true},
	{F011: 23, Kind: eligibility.DocTemporaryResidencePermit, Unconfirmed: true},
	{F011: 24, Kind: eligibility.DocBirthCertificate, Unconfirmed: true},
	{F011: 25, Kind: eligibility.DocTemporaryAsylumCertificate, Unconfirmed: true},
	{F011: 27, Kind: eligibility.DocRefugeeAppealCopy, Unconfirmed: true},
}

// KindOfF011 returns the library's document kind for an F011 code.
func KindOfF011(code int) (KindMapping, bool) {
	for _, m := range kindMappings {
		if m.F011 == code {
			return m, true
		}
	}
	return KindMapping{}, false
}

// F011OfKind returns the F011 codes of a document kind: two for a birth
// certificate (issued in the RF, 3, or abroad, 24 [U]).
func F011OfKind(k eligibility.DocumentKind) []KindMapping {
	var out []KindMapping
	for _, m := range kindMappings {
		if m.Kind == k {
			out = append(out, m)
		}
	}
	return out
}

// KindMappings returns every F011 → kind row, ordered by F011 code.
func KindMappings() []KindMapping { return slices.Clone(kindMappings) }

// A PolicyCrosswalk is one policy type in F008 and in the Ministry's
// 1.2.643.5.1.13.13.99.2.245.
type PolicyCrosswalk struct {
	Name string `json:"name"`
	F008 int    `json:"f008"`
	MZ   int    `json:"mz"`
	// Source says where the row comes from.
	Source string `json:"source"`
	// Unconfirmed is set when the row is an inference.
	Unconfirmed bool `json:"unconfirmed,omitempty"`
}

const srcPolicyMZ = "standards.md §1.2: F008 (chipcom/2.x getf008) and 1.2.643.5.1.13.13.99.2.245 v1.1 (fhir-ru/RuCoreIG Core_CodeSystems.fsh) have the same 1/2/3"

// PolicyCrosswalks returns the F008 ↔ 1.2.643.5.1.13.13.99.2.245 rows.
func PolicyCrosswalks() []PolicyCrosswalk {
	rows := DefaultF008().All()
	out := make([]PolicyCrosswalk, len(rows))
	for i, r := range rows {
		out[i] = PolicyCrosswalk{Name: r.Name, F008: r.Code, MZ: r.MZ, Source: srcPolicyMZ}
	}
	return out
}

// PolicyByMZ returns the crosswalk row of a code of
// 1.2.643.5.1.13.13.99.2.245.
func PolicyByMZ(code int) (PolicyCrosswalk, bool) {
	for _, r := range PolicyCrosswalks() {
		if r.MZ == code {
			return r, true
		}
	}
	return PolicyCrosswalk{}, false
}

// PolicyByF008 returns the crosswalk row of an F008 code.
func PolicyByF008(code int) (PolicyCrosswalk, bool) {
	for _, r := range PolicyCrosswalks() {
		if r.F008 == code {
			return r, true
		}
	}
	return PolicyCrosswalk{}, false
}
