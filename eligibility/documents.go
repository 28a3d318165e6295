package eligibility

import (
	"fmt"
	"slices"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

// A DocumentKind is a kind of document that an application for the choice
// (replacement) of an insurer carries: identity documents, residence
// documents, the documents of the law «О беженцах», the labour contract,
// СНИЛС, and the documents of representatives.
//
// The zero value, NoDocument, is no kind.
type DocumentKind uint8

const (
	// NoDocument is the zero DocumentKind.
	NoDocument DocumentKind = iota
	// DocRussianPassport is the passport of a citizen of the RF; its
	// number is checked by ParsePassport.
	DocRussianPassport
	// DocTemporaryIdentityCard is the temporary identity card of a citizen
	// of the RF (форма 2П) issued while a passport is being made. It has no
	// number format to check.
	DocTemporaryIdentityCard
	// DocBirthCertificate is a Russian birth certificate; its number is
	// checked by ParseBirthCertificate.
	DocBirthCertificate
	// DocSNILS is the СНИЛС (a card, a notice or an extract); its number is
	// checked by ParseSNILS.
	DocSNILS
	// DocForeignPassport is the passport of a foreign citizen.
	DocForeignPassport
	// DocForeignIdentityDocument is another document that federal law or
	// an international treaty recognises as the identity document of a
	// foreign citizen.
	DocForeignIdentityDocument
	// DocStatelessIdentityDocument is a document that an international
	// treaty recognises as the identity document of a stateless person.
	DocStatelessIdentityDocument
	// DocStatelessRFDocument is the document of the established form issued
	// in the RF to a stateless person who has no identity document (with
	// the temporary residence permit).
	DocStatelessRFDocument
	// DocResidencePermit is the вид на жительство.
	DocResidencePermit
	// DocTemporaryResidencePermit is the разрешение на временное
	// проживание: a mark in the identity document or a separate document.
	DocTemporaryResidencePermit
	// DocRefugeeCertificate is the удостоверение беженца.
	DocRefugeeCertificate
	// DocRefugeePetitionCertificate is the certificate that the petition
	// for recognition as a refugee is being considered on the merits.
	DocRefugeePetitionCertificate
	// DocRefugeeAppealCopy is the copy of the appeal against the loss of
	// refugee status, marked as accepted by the migration authority.
	DocRefugeeAppealCopy
	// DocTemporaryAsylumCertificate is the certificate of temporary asylum
	// in the RF.
	DocTemporaryAsylumCertificate
	// DocLabourContract is the labour contract with an employer in the RF.
	DocLabourContract
	// DocEAEUPowers is a document confirming the status of a member of the
	// EEC Board or an official or employee of an EAEU body.
	DocEAEUPowers
	// DocPowerOfAttorney is the power of attorney of a representative to
	// register the person as insured.
	DocPowerOfAttorney
	// DocRepresentativeAuthority is a document confirming the authority of
	// a legal representative other than a parent named in the birth
	// certificate: an act of guardianship, a court decision.
	DocRepresentativeAuthority
	// DocArrivalNotice is the tear-off part of the notice of arrival of a
	// foreign citizen (отрывная часть бланка уведомления о прибытии), which
	// an EAEU worker presents under the Rules 108н p. 19 subp. 1.
	DocArrivalNotice
	numDocumentKinds
)

var documentKindInfo = [numDocumentKinds][3]string{
	NoDocument:                    {"", "", ""},
	DocRussianPassport:            {"russian_passport", "паспорт гражданина Российской Федерации", "passport of a citizen of the RF"},
	DocTemporaryIdentityCard:      {"temporary_identity_card", "временное удостоверение личности гражданина Российской Федерации (форма 2П)", "temporary identity card of a citizen of the RF (form 2П)"},
	DocBirthCertificate:           {"birth_certificate", "свидетельство о рождении", "birth certificate"},
	DocSNILS:                      {"snils", "СНИЛС", "СНИЛС (personal insurance account number)"},
	DocForeignPassport:            {"foreign_passport", "паспорт иностранного гражданина", "passport of a foreign citizen"},
	DocForeignIdentityDocument:    {"foreign_identity_document", "иной документ, удостоверяющий личность иностранного гражданина", "other identity document of a foreign citizen"},
	DocStatelessIdentityDocument:  {"stateless_identity_document", "документ, удостоверяющий личность лица без гражданства", "identity document of a stateless person"},
	DocStatelessRFDocument:        {"stateless_rf_document", "документ установленной формы, выдаваемый в РФ лицу без гражданства", "document of the established form issued in the RF to a stateless person"},
	DocResidencePermit:            {"residence_permit", "вид на жительство", "residence permit (вид на жительство)"},
	DocTemporaryResidencePermit:   {"temporary_residence_permit", "разрешение на временное проживание", "temporary residence permit (РВП)"},
	DocRefugeeCertificate:         {"refugee_certificate", "удостоверение беженца", "refugee certificate"},
	DocRefugeePetitionCertificate: {"refugee_petition_certificate", "свидетельство о рассмотрении ходатайства о признании беженцем по существу", "certificate that the refugee petition is considered on the merits"},
	DocRefugeeAppealCopy:          {"refugee_appeal_copy", "копия жалобы на решение о лишении статуса беженца с отметкой о приёме", "copy of the appeal against loss of refugee status, marked as accepted"},
	DocTemporaryAsylumCertificate: {"temporary_asylum_certificate", "свидетельство о предоставлении временного убежища", "certificate of temporary asylum"},
	DocLabourContract:             {"labour_contract", "трудовой договор", "labour contract"},
	DocEAEUPowers:                 {"eaeu_powers", "документ, подтверждающий полномочия в органе ЕАЭС", "document confirming the position in an EAEU body"},
	DocPowerOfAttorney:            {"power_of_attorney", "доверенность", "power of attorney"},
	DocRepresentativeAuthority:    {"representative_authority", "документ, подтверждающий полномочия законного представителя", "document confirming the authority of the legal representative"},
	DocArrivalNotice:              {"arrival_notice", "отрывная часть бланка уведомления о прибытии", "tear-off part of the notice of arrival"},
}

// NameRU returns the name of the document in Russian.
func (k DocumentKind) NameRU() string {
	if k < numDocumentKinds {
		return documentKindInfo[k][1]
	}
	return k.String()
}

// NameEN returns the name of the document in English.
func (k DocumentKind) NameEN() string {
	if k < numDocumentKinds {
		return documentKindInfo[k][2]
	}
	return k.String()
}

// CheckNumber checks the series and number of a document of kind k where
// the kind has a format: a passport of a citizen of the RF, a birth
// certificate, a СНИЛС. For other kinds it only requires a non-empty
// number for identity and status documents and accepts anything for the
// rest. Errors wrap ErrFormat or ErrControlNumber.
func (k DocumentKind) CheckNumber(number string) error {
	switch k {
	case DocRussianPassport:
		_, err := ParsePassport(number)
		return err
	case DocBirthCertificate:
		_, err := ParseBirthCertificate(number)
		return err
	case DocSNILS:
		_, err := ParseSNILS(number)
		return err
	case DocLabourContract, DocPowerOfAttorney, DocRepresentativeAuthority, DocEAEUPowers,
		DocRefugeeAppealCopy, DocTemporaryResidencePermit:
		return nil
	}
	if trimSpaces(number) == "" {
		return syntaxError(k.NameEN(), number, "no number")
	}
	return nil
}

// A Document is a document presented with an application.
type Document struct {
	// Kind is the kind of document.
	Kind DocumentKind `json:"kind"`
	// Number is the series and number as written on the document.
	Number string `json:"number,omitempty"`
	// Expires is the last day the document is valid, if it has one (a вид
	// на жительство, an РВП, a refugee document, a foreign passport, a
	// labour contract for a term).
	Expires oms.OptionalDate `json:"expires,omitzero"`
}

// Party is whose document a requirement asks for.
type Party uint8

const (
	// Insured is the person to be insured.
	Insured Party = iota
	// LegalRepresentativeParty is the legal representative: a parent,
	// adoptive parent, guardian or custodian.
	LegalRepresentativeParty
	// RepresentativeParty is a representative acting under a power of
	// attorney.
	RepresentativeParty
)

var partyText = [...]string{"insured", "legal_representative", "representative"}

// Need says whether a document is required.
type Need uint8

const (
	// Required: the application is incomplete without it.
	Required Need = iota
	// IfAvailable: presented if the person has one (при наличии).
	IfAvailable
)

var needText = [...]string{"required", "if_available"}

// A Requirement is one document an application must (or may) carry: one
// of several kinds, of one party.
type Requirement struct {
	// Code is the stable code of the requirement, such as "identity" or
	// "snils"; findings about it use it.
	Code string `json:"code"`
	// Party is whose document it is.
	Party Party `json:"party"`
	// AnyOf lists the kinds that satisfy it; any one is enough.
	AnyOf []DocumentKind `json:"any_of"`
	// Need says whether it is required or presented if available.
	Need Need `json:"need"`
	// Citation is the point of the Rules in force on the day asked that
	// asks for it (158н p. 9, 108н pp. 14 and 19), or 326-ФЗ art. 16
	// part 5 where the point is not known.
	Citation oms.Citation `json:"citation"`
	// Unconfirmed marks requirements the library's sources do not settle;
	// see RequiredDocuments.
	Unconfirmed bool `json:"unconfirmed,omitempty"`
}

func (r Requirement) accepts(k DocumentKind) bool {
	for _, a := range r.AnyOf {
		if a == k {
			return true
		}
	}
	return false
}

// appendNamesRU appends the names of the kinds r accepts, joined by "или".
func (r Requirement) appendNamesRU(b []byte) []byte {
	for i, k := range r.AnyOf {
		if i > 0 {
			b = append(b, " или "...)
		}
		b = append(b, k.NameRU()...)
	}
	return b
}

// appendNamesEN appends the names of the kinds r accepts, joined by "or".
func (r Requirement) appendNamesEN(b []byte) []byte {
	for i, k := range r.AnyOf {
		if i > 0 {
			b = append(b, " or "...)
		}
		b = append(b, k.NameEN()...)
	}
	return b
}

var (
	foreignIdentity   = []DocumentKind{DocForeignPassport, DocForeignIdentityDocument}
	statelessIdentity = []DocumentKind{DocStatelessIdentityDocument, DocStatelessRFDocument}
	anyIdentity       = []DocumentKind{DocRussianPassport, DocTemporaryIdentityCard, DocForeignPassport,
		DocForeignIdentityDocument, DocStatelessIdentityDocument, DocStatelessRFDocument}
)

// The kinds the requirements accept. Requirements made for a check share
// them; RequiredDocuments gives its caller copies.
var (
	foreignOrStatelessIdentity                       = []DocumentKind{DocForeignPassport, DocForeignIdentityDocument, DocStatelessIdentityDocument, DocStatelessRFDocument}
	kindsPowerOfAttorney                             = []DocumentKind{DocPowerOfAttorney}
	kindsSNILS                                       = []DocumentKind{DocSNILS}
	kindsBirthCertificate                            = []DocumentKind{DocBirthCertificate}
	kindsRussianPassportTemporaryIdentityCard        = []DocumentKind{DocRussianPassport, DocTemporaryIdentityCard}
	kindsResidencePermit                             = []DocumentKind{DocResidencePermit}
	kindsTemporaryResidencePermit                    = []DocumentKind{DocTemporaryResidencePermit}
	kindsTemporaryResidencePermitStatelessRFDocument = []DocumentKind{DocTemporaryResidencePermit, DocStatelessRFDocument}
	kindsForeignPassport                             = []DocumentKind{DocForeignPassport}
	kindsLabourContract                              = []DocumentKind{DocLabourContract}
	kindsArrivalNotice                               = []DocumentKind{DocArrivalNotice}
	kindsEAEUPowers                                  = []DocumentKind{DocEAEUPowers}
	kindsRepresentativeAuthority                     = []DocumentKind{DocRepresentativeAuthority}
	kindsRepresentativeAuthorityBirthCertificate     = []DocumentKind{DocRepresentativeAuthority, DocBirthCertificate}
	kindsRefugeeCertificate                          = []DocumentKind{DocRefugeeCertificate}
	kindsRefugeePetitionCertificate                  = []DocumentKind{DocRefugeePetitionCertificate}
	kindsRefugeeAppealCopy                           = []DocumentKind{DocRefugeeAppealCopy}
	kindsTemporaryAsylumCertificate                  = []DocumentKind{DocTemporaryAsylumCertificate}
)

// snilsFrom14 is the СНИЛС requirement of a citizen from 14 on asOf.
func (r Rules) snilsFrom14(asOf date.Date) (Requirement, error) {
	snils14 := req("snils", Insured, IfAvailable, false, kindsSNILS)
	if r.SNILSReading != SNILSIfAvailable {
		rule, err := r.SNILSFrom14.At(asOf)
		if err != nil {
			return Requirement{}, fmt.Errorf("eligibility: СНИЛС rule for citizens from 14 on %s: %w", asOf, err)
		}
		snils14.Need, snils14.Citation, snils14.Unconfirmed = rule.Value, rule.Citation, rule.Unconfirmed
	}
	return snils14, nil
}

// refugeeStatusKinds is the document of each status under the law «О
// беженцах».
var refugeeStatusKinds = map[Category][]DocumentKind{
	Refugee: kindsRefugeeCertificate, RefugeePetitioner: kindsRefugeePetitionCertificate,
	RefugeeAppellant: kindsRefugeeAppealCopy, TemporaryAsylum: kindsTemporaryAsylumCertificate,
}

func req(code string, party Party, need Need, unconfirmed bool, kinds []DocumentKind) Requirement {
	return Requirement{Code: code, Party: party, AnyOf: kinds, Need: need, Unconfirmed: unconfirmed}
}

// legalRepresentativeRequirements are the documents of the legal
// representative of a person who does not act alone: the identity
// document, and the document confirming the authority. For a minor a
// parent's authority is shown by the child's birth certificate; for an
// adult only a document of guardianship counts.
func legalRepresentativeRequirements(minor bool) [2]Requirement {
	authority := kindsRepresentativeAuthority
	if minor {
		authority = kindsRepresentativeAuthorityBirthCertificate
	}
	return [2]Requirement{
		req("legal-representative.identity", LegalRepresentativeParty, Required, false, anyIdentity),
		req("legal-representative.authority", LegalRepresentativeParty, Required, false, authority),
	}
}

// representativeRequirements are the documents of a representative acting
// under a power of attorney.
func representativeRequirements() [2]Requirement {
	return [2]Requirement{
		req("representative.identity", RepresentativeParty, Required, false, anyIdentity),
		req("representative.power-of-attorney", RepresentativeParty, Required, false, kindsPowerOfAttorney),
	}
}

// RequiredDocuments returns the documents an application for the choice
// (replacement) of an insurer must carry for a person of category c, on the
// day asOf, following the list in the Rules of ОМС as the library's
// sources reproduce it (law.md §2.2 corrected by law-addendum.md §1(a)):
//
//   - CitizenUnder14: birth certificate; the legal representative's
//     identity document and a document confirming the authority (a parent
//     is confirmed by the child's birth certificate); СНИЛС if available.
//   - Citizen14Plus: passport, or the temporary identity card (2П); СНИЛС
//     as SNILSFrom14 says on asOf under SNILSAddendum (if available under
//     the Rules 158н, required under 108н from 28.05.2019, Unconfirmed),
//     if available on every date under SNILSIfAvailable.
//     For a person under 18 without full capacity CheckDocuments adds the
//     legal representative's documents.
//   - ForeignPermanent, StatelessPermanent: identity document; вид на
//     жительство; СНИЛС if available.
//   - ForeignTemporary, StatelessTemporary: identity document; РВП (the
//     stateless person's RF document counts as both); СНИЛС if available.
//   - Refugee, RefugeePetitioner, RefugeeAppellant, TemporaryAsylum: the
//     document of the status; СНИЛС if available only under
//     SNILSIfAvailable.
//   - EAEUWorker: foreign passport; labour contract; СНИЛС; from
//     28.05.2019 to 09.01.2023 also the tear-off part of the notice of
//     arrival (108н p. 19 subp. 1, 2019 text; not in the current list a
//     territorial fund reproduces).
//   - EAEUOfficial: foreign passport; document confirming the position;
//     СНИЛС if available. Unconfirmed: the sources give no list.
//   - StayingWorker: identity document; labour contract; СНИЛС.
//     Unconfirmed: the sources give no list; eligibility is checked against
//     the contribution data of the Social Fund, which is keyed by СНИЛС.
//
// The documents of a representative acting for the person are added by
// CheckDocuments, which knows who applies. The rules point numbers of the
// list are unconfirmed. It is an error (wrapping oms.ErrNotInForce) to ask
// before the category existed: before 2011, EAEU categories before 2017,
// StayingWorker before the rule of art. 16 part 1.1 (2023). NotInsured and
// invalid categories are errors too.
func (r Rules) RequiredDocuments(c Category, asOf date.Date) ([]Requirement, error) {
	reqs, err := r.appendRequiredDocuments(nil, c, asOf)
	for i := range reqs {
		reqs[i].AnyOf = slices.Clone(reqs[i].AnyOf)
	}
	return reqs, err
}

// appendRequiredDocuments appends the requirements of RequiredDocuments to
// out, with the kinds of each shared with the package's tables: for
// CheckDocuments, which does not hand them out and keeps them on its
// stack.
func (r Rules) appendRequiredDocuments(out []Requirement, c Category, asOf date.Date) ([]Requirement, error) {
	if asOf.Before(lawStart) {
		return nil, fmt.Errorf("eligibility: %w: 326-ФЗ is in force from %s, asked for %s", oms.ErrNotInForce, lawStart, asOf)
	}
	snils14, err := r.snilsFrom14(asOf)
	if err != nil {
		return nil, err
	}
	start := len(out)
	switch c {
	case CitizenUnder14:
		out = append(out, req("birth-certificate", Insured, Required, false, kindsBirthCertificate))
		lr := legalRepresentativeRequirements(true)
		out = append(out, lr[:]...)
		out = append(out, req("snils", Insured, IfAvailable, false, kindsSNILS))
	case Citizen14Plus:
		out = append(out,
			req("identity", Insured, Required, false, kindsRussianPassportTemporaryIdentityCard),
			snils14)
	case ForeignPermanent, StatelessPermanent:
		id := foreignIdentity
		if c == StatelessPermanent {
			id = statelessIdentity
		}
		out = append(out,
			req("identity", Insured, Required, false, id),
			req("residence-permit", Insured, Required, false, kindsResidencePermit),
			req("snils", Insured, IfAvailable, false, kindsSNILS))
	case ForeignTemporary:
		out = append(out,
			req("identity", Insured, Required, false, foreignIdentity),
			req("temporary-residence-permit", Insured, Required, false, kindsTemporaryResidencePermit),
			req("snils", Insured, IfAvailable, false, kindsSNILS))
	case StatelessTemporary:
		out = append(out,
			req("identity", Insured, Required, false, statelessIdentity),
			req("temporary-residence-permit", Insured, Required, false, kindsTemporaryResidencePermitStatelessRFDocument),
			req("snils", Insured, IfAvailable, false, kindsSNILS))
	case Refugee, RefugeePetitioner, RefugeeAppellant, TemporaryAsylum:
		out = append(out, req("refugee-status", Insured, Required, false, refugeeStatusKinds[c]))
		if r.SNILSReading == SNILSIfAvailable {
			out = append(out, req("snils", Insured, IfAvailable, true, kindsSNILS))
		}
	case EAEUWorker, EAEUOfficial:
		if rule, err := r.EAEU.At(asOf); err != nil || !rule.Value {
			return nil, fmt.Errorf("eligibility: %w: category %s exists from 2017-01-01, asked for %s", oms.ErrNotInForce, c, asOf)
		}
		if c == EAEUWorker {
			out = append(out,
				req("identity", Insured, Required, false, kindsForeignPassport),
				req("labour-contract", Insured, Required, false, kindsLabourContract),
				req("snils", Insured, Required, false, kindsSNILS))
			if !asOf.Before(day108n) && asOf.Before(dayRules789) {
				// 108н p. 19 subp. 1 (2019 text). The 158н list of 803н was
				// not read; the current list a territorial fund reproduces
				// (law-addendum.md §1(a)) has no such item.
				out = append(out, req("arrival-notice", Insured, Required, false, kindsArrivalNotice))
			}
		} else {
			out = append(out,
				req("identity", Insured, Required, true, kindsForeignPassport),
				req("eaeu-powers", Insured, Required, true, kindsEAEUPowers),
				req("snils", Insured, IfAvailable, true, kindsSNILS))
		}
	case StayingWorker:
		if _, err := r.QualifyingYears.At(asOf); err != nil {
			return nil, fmt.Errorf("eligibility: category %s: %w", c, err)
		}
		out = append(out,
			req("identity", Insured, Required, true, foreignOrStatelessIdentity),
			req("labour-contract", Insured, Required, true, kindsLabourContract),
			req("snils", Insured, Required, true, kindsSNILS))
	default:
		return nil, fmt.Errorf("eligibility: no documents for category %s: not a category of insured persons", c)
	}
	cite(out[start:], c, asOf, c == Citizen14Plus && r.SNILSReading != SNILSIfAvailable)
	return out, nil
}

// RequiredDocuments is DefaultRules().RequiredDocuments.
func RequiredDocuments(c Category, asOf date.Date) ([]Requirement, error) {
	return defaultRules.RequiredDocuments(c, asOf)
}
