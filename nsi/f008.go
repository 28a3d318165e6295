package nsi

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/omsrules/oms/policy"
)

// A PolicyType is one row of F008, the fund's classifier of documents
// confirming ОМС cover (VPOLIS in exchange files): 1 old_style policy,
// 2 temporary certificate, 3 uniform policy.
type PolicyType struct {
	// Code is IDDOC.
	Code int `json:"code"`
	// Name is DOCNAME.
	Name string `json:"name"`
	// Span is DATEBEG–DATEEND.
	Span Span `json:"span"`
	// MZ is the code of the same type in the Ministry's
	// 1.2.643.5.1.13.13.99.2.245 (RuCoreIG, standards.md §1.2), 0 if none.
	MZ int `json:"mz,omitempty"`
}

// PolicyTypes is a loaded or shipped F008, immutable.
type PolicyTypes struct{ rows []PolicyType }

// Lookup returns the policy type with the given code.
func (b *PolicyTypes) Lookup(code int) (PolicyType, bool) {
	if b == nil {
		return PolicyType{}, false
	}
	for _, t := range b.rows {
		if t.Code == code {
			return t, true
		}
	}
	return PolicyType{}, false
}

// All returns a copy of the rows, ordered by code.
func (b *PolicyTypes) All() []PolicyType {
	if b == nil {
		return nil
	}
	return slices.Clone(b.rows)
}

// DefaultF008 returns the three rows of F008 (chipcom/2.x getf008, index
// id 4646419819; standards.md §1.2), each in force from 01.01.2011. The
// codes 4 (electronic uniform policy) and 5 (policy on a УЭК) of some
// regional formats are not shipped: F008 itself is not known to have them.
func DefaultF008() *PolicyTypes { return defaultF008 }

var defaultF008 = &PolicyTypes{rows: []PolicyType{
	{Code: 1, Name: "Полис ОМС старого образца", Span: Span{From: f011From}, MZ: 1},
	{Code: 2, Name: "Временное свидетельство, подтверждающее оформление полиса обязательного медицинского страхования", Span: Span{From: f011From}, MZ: 2},
	{Code: 3, Name: "Полис ОМС единого образца", Span: Span{From: f011From}, MZ: 3},
}}

// LoadF008 reads F008 (fields IDDOC, DOCNAME, DATEBEG, DATEEND) in any of
// the shapes LoadF011 reads. The Ministry code of a loaded row is that of
// the shipped row with the same code.
func LoadF008(r io.Reader) (*PolicyTypes, error) {
	data, err := readInput(r, "F008")
	if err != nil {
		return nil, err
	}
	var rows []PolicyType
	err = records(data, "F008", []string{"zap"}, func(r *rowReader) {
		t := PolicyType{Code: r.int("IDDOC"), Name: r.text("DOCNAME", true), Span: r.span("DATEBEG", "DATEEND")}
		if d, ok := DefaultF008().Lookup(t.Code); ok {
			t.MZ = d.MZ
		}
		for _, p := range rows {
			if p.Code == t.Code && r.err == nil {
				r.fail("IDDOC", fmt.Errorf("%w: code %d appears twice", ErrFormat, t.Code))
			}
		}
		rows = append(rows, t)
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(rows, func(a, b PolicyType) int { return a.Code - b.Code })
	return &PolicyTypes{rows: rows}, nil
}

// F008 codes.
const (
	F008OldStyle    = 1
	F008Certificate = 2
	F008Uniform     = 3
)

// FormsOfF008 returns the policy forms an F008 code stands for: 1 the
// old_style policy; 3 the uniform policy in any of its forms (paper,
// plastic, УЭК, and the digital policy, whose number is the ЕНП: the
// exchange files give 16-digit numbers type 3, standards.md §1.2 [S-code];
// the УЭК and digital rows are an inference). Code 2, the temporary
// certificate, is not a policy form: certificate is then true and forms
// empty. ok is false for any other code.
func FormsOfF008(code int) (forms []policy.Form, certificate, ok bool) {
	switch code {
	case F008OldStyle:
		return []policy.Form{policy.OldStyle}, false, true
	case F008Certificate:
		return nil, true, true
	case F008Uniform:
		return []policy.Form{policy.Paper, policy.Plastic, policy.UEK, policy.Digital}, false, true
	}
	return nil, false, false
}

// F008OfForm returns the F008 code of a policy form: 1 for the old_style
// policy, 3 for every uniform form; 0 for an invalid form.
func F008OfForm(f policy.Form) int {
	switch {
	case f == policy.OldStyle:
		return F008OldStyle
	case f.IsValid():
		return F008Uniform
	}
	return 0
}

// F008OfERZCode returns the F008 code of a policy-type letter of the
// unified register (ЕРЗ, standards.md §2.2): С → 1; В, Е (temporary
// certificate) → 2; П, Э, К, Ц → 3. The mapping is the spec's inference.
// Х and М (registered without a policy, via МФЦ) have no F008 code.
func F008OfERZCode(letter rune) (int, error) {
	if strings.ContainsRune(policy.CertificateERZCodes, letter) {
		return F008Certificate, nil
	}
	f, err := policy.FormOfERZCode(letter)
	if err != nil {
		return 0, fmt.Errorf("nsi: ЕРЗ letter %q has no F008 code: %w", letter, err)
	}
	return F008OfForm(f), nil
}
