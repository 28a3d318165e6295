package program

import (
	"fmt"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
)

// A VisitDocument is a document a person shows at the clinic.
type VisitDocument uint8

const (
	// DocPolicy is the ОМС policy (on paper or plastic, or its extract
	// from the register with a bar code).
	DocPolicy VisitDocument = iota + 1
	// DocIdentity is an identity document, such as the passport.
	DocIdentity
	// DocBirthCertificate is a child's birth certificate.
	DocBirthCertificate
)

var visitDocumentNames = [...]string{"", "policy", "identity_document", "birth_certificate"}

// A DocumentRule is what a person shows at the clinic under the rule in
// force on a day.
type DocumentRule struct {
	// PolicyOrID: the policy or an identity document, at the person's
	// choice; otherwise the policy alone.
	PolicyOrID bool `json:"policy_or_id"`
	// ChildAge: with PolicyOrID, a child under this age shows a birth
	// certificate as the identity document.
	ChildAge int `json:"child_age,omitempty"`
}

// defaultDocuments: 326-ФЗ ст. 16 ч. 2 п. 1. Before 01.12.2022 the
// policy «при обращении за медицинской помощью, за исключением случаев
// оказания экстренной медицинской помощи» [S: testhelp.link, ТФОМС
// Татарстана]; from 01.12.2022 (the law of 28.06.2022) the policy or an
// identity document, a birth certificate under 14 [S: prosecutor's note on
// kamadm.ru, 07.12.2022; mfc-chita.ru]. The current text of the item was
// not read (access.md §2.2), so both versions are unconfirmed.
var defaultDocuments = oms.MustTimeline(
	oms.Dated[DocumentRule]{From: accessFrom326, Value: DocumentRule{}, Citation: citeShowPolicy, Unconfirmed: true},
	oms.Dated[DocumentRule]{From: accessFromDigi, Value: DocumentRule{PolicyOrID: true, ChildAge: 14}, Citation: citeShowPolicyOrID, Unconfirmed: true},
)

// Documents is the answer of DocumentsAt: any one of AnyOf suffices; an
// empty AnyOf means nothing need be shown.
type Documents struct {
	AnyOf       []VisitDocument `json:"any_of"`
	Citation    oms.Citation    `json:"citation"`
	Unconfirmed bool            `json:"unconfirmed,omitempty"`
	RU          string          `json:"ru"`
	EN          string          `json:"en"`
}

// DocumentsAt is AccessRules.DocumentsAt with the default rules.
func DocumentsAt(day date.Date, born oms.OptionalDate, emergency bool) (Documents, error) {
	return DefaultAccessRules().DocumentsAt(day, born, emergency)
}

// DocumentsAt says which documents suffice at the clinic on day for a
// person born on born (absent if not known), with the citation: nothing
// for emergency care; the policy before 01.12.2022; from then the policy
// or an identity document, a birth certificate for a child under 14 (both
// identity documents when the age is not known). The error wraps
// oms.ErrNotInForce before 2011.
func (r AccessRules) DocumentsAt(day date.Date, born oms.OptionalDate, emergency bool) (Documents, error) {
	rule, err := r.Documents.At(day)
	if err != nil {
		return Documents{}, fmt.Errorf("program: documents on %s: %w", day, err)
	}
	out := Documents{Citation: rule.Citation, Unconfirmed: rule.Unconfirmed}
	switch {
	case emergency:
		out.AnyOf = []VisitDocument{}
		out.RU = "Для экстренной помощи документы не нужны: их отсутствие не причина для отказа."
		out.EN = "Emergency care needs no documents: their absence is no ground to refuse it."
	case !rule.Value.PolicyOrID:
		out.AnyOf = []VisitDocument{DocPolicy}
		out.RU, out.EN = "Полис ОМС.", "The ОМС policy."
	default:
		out.AnyOf = []VisitDocument{DocPolicy}
		b, known := born.Get()
		child := known && eligibility.Age(b, day) < rule.Value.ChildAge
		if !known || !child {
			out.AnyOf = append(out.AnyOf, DocIdentity)
		}
		if !known || child {
			out.AnyOf = append(out.AnyOf, DocBirthCertificate)
		}
		out.RU = fmt.Sprintf("По выбору: полис ОМС или документ, удостоверяющий личность (для детей до %d лет — свидетельство о рождении).", rule.Value.ChildAge)
		out.EN = fmt.Sprintf("At the person's choice: the policy or an identity document (a birth certificate for children under %d).", rule.Value.ChildAge)
	}
	return out, nil
}
