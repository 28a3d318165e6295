package eligibility

import (
	"errors"
	"fmt"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

// Role says who files an application for the person to be insured: the
// person, a representative under a power of attorney, or a legal
// representative. It is the one type for the applicant in the library
// (package smo uses it too). The zero value, NoRole, says no one is
// given; it marshals as "".
type Role uint8

const (
	// NoRole: who applies is not given. CheckDocuments reads it as Self.
	NoRole Role = iota
	// Self: the person applies personally.
	Self
	// ByRepresentative: a representative applies under a power of attorney
	// (ГК РФ ст. 185).
	ByRepresentative
	// ByLegalRepresentative: a parent, adoptive parent, guardian or trustee
	// applies (always so for a child under 14; for a minor without full
	// capacity).
	ByLegalRepresentative
)

var roleText = [...]string{"", "self", "representative", "legal_representative"}

// An Application is what is presented to choose (replace) an insurer for a
// person: the facts about the person, who applies, and the documents of
// each party.
type Application struct {
	// Person is the person to be insured.
	Person Person `json:"person"`
	// Applicant says who files the application; NoRole is read as Self.
	Applicant Role `json:"applicant,omitzero"`
	// Documents are the documents of the person to be insured.
	Documents []Document `json:"documents"`
	// LegalRepresentative are the documents of the legal representative,
	// if one acts or must act.
	LegalRepresentative []Document `json:"legal_representative,omitempty"`
	// Representative are the documents of a representative acting under a
	// power of attorney, if one applies.
	Representative []Document `json:"representative,omitempty"`
}

// CheckDocuments checks the documents of an application on the day asOf:
// it assesses the person (Assess) for the category, takes the documents the
// category requires (RequiredDocuments) and those of whoever acts for the
// person, and reports every missing, malformed or expired document as a
// finding, all at once. It reports the documents and the applicant only:
// the findings of Assess are not repeated (CheckApplication gives both,
// each once).
//
// For each requirement the decision holds one of: an Info
// CodeDocumentOK+code when a valid document is presented; a Violation
// CodeDocumentInvalid+code or CodeDocumentExpired+code for each presented
// document of an accepted kind that fails its number check (passport,
// birth certificate, СНИЛС) or has expired, when none is valid; a
// Violation CodeDocumentMissing+code for a required document that is
// absent; an Info CodeDocumentAbsentOptional+code for an absent "if
// available" one (СНИЛС).
//
// A person under 18 without full capacity applies through a legal
// representative (Rules 158н pp. 3, 4, 6; 108н pp. 3, 4): applying alone
// is a Violation CodeApplicantMinor, and the legal representative's
// identity document and a document confirming the authority (a parent is
// confirmed by the child's birth certificate, among the person's or the
// representative's documents) are required. A representative under a
// power of attorney must present an identity document and the power of
// attorney.
//
// Facts that cannot be assessed give one Violation, CodePersonInvalid or
// CodeNotInForce; a person who is not insured, or a category without a
// list on the day, one Violation CodeDocumentsNoList.
func (r Rules) CheckDocuments(app Application, asOf date.Date) oms.Decision {
	_, dec := r.checkApplication(app, asOf)
	return dec
}

// CheckDocuments is DefaultRules().CheckDocuments.
func CheckDocuments(app Application, asOf date.Date) oms.Decision {
	return defaultRules.CheckDocuments(app, asOf)
}

// CheckApplication checks the person and the documents of an application
// on the day asOf: the findings of Assess, then those of CheckDocuments,
// each once.
func (r Rules) CheckApplication(app Application, asOf date.Date) oms.Decision {
	a, dec := r.checkApplication(app, asOf)
	var b oms.DecisionBuilder
	b.AddDecision(a.Decision)
	b.AddDecision(dec)
	return b.Decision()
}

// CheckApplication is DefaultRules().CheckApplication.
func CheckApplication(app Application, asOf date.Date) oms.Decision {
	return defaultRules.CheckApplication(app, asOf)
}

// checkApplication returns the assessment of the person and the findings
// about the applicant and the documents.
func (r Rules) checkApplication(app Application, asOf date.Date) (Assessment, oms.Decision) {
	a, err := r.Assess(app.Person, asOf)
	if err != nil {
		code := CodePersonInvalid
		if errors.Is(err, oms.ErrNotInForce) {
			code = CodeNotInForce
		}
		return a, oms.NewDecision(oms.Finding{
			Code: code, Severity: oms.Violation, Citation: citeArt10,
			RU: "Сведения о лице не позволяют проверить документы: " + err.Error(),
			EN: "The facts about the person cannot be checked: " + err.Error(),
		})
	}
	reqs, err := r.RequiredDocuments(a.Category, asOf)
	if !a.Insured() && err == nil {
		err = fmt.Errorf("the person is not insured on %s", asOf)
	}
	if err != nil {
		return a, oms.NewDecision(oms.Finding{
			Code: CodeDocumentsNoList, Severity: oms.Violation, Citation: citeArt16Part5, Unconfirmed: true,
			RU: "Перечень документов не определён: " + err.Error(),
			EN: "No list of documents: " + err.Error(),
		})
	}
	var b oms.DecisionBuilder
	b.Add(r.checkApplicant(&app, a, asOf)...)
	minor := a.Age < 18 && !app.Person.FullCapacity
	if (minor || app.Applicant == ByLegalRepresentative) && a.Category != CitizenUnder14 {
		reqs = append(reqs, legalRepresentativeRequirements(minor)...)
	}
	if app.Applicant == ByRepresentative {
		reqs = append(reqs, representativeRequirements()...)
	}
	citeRepresentatives(reqs, a.Category, asOf)
	for _, q := range reqs {
		b.Add(checkRequirement(q, &app, asOf)...)
	}
	return a, b.Decision()
}

// checkApplicant returns the findings about who applies; NoRole is read
// as Self.
func (r Rules) checkApplicant(app *Application, a Assessment, asOf date.Date) []oms.Finding {
	var fs []oms.Finding
	who, whoUnconfirmed := ptApplicant.on(asOf)
	if app.Applicant == NoRole {
		app.Applicant = Self
	}
	if !app.Applicant.IsValid() {
		fs = append(fs, oms.Finding{
			Code: CodeApplicantInvalid, Severity: oms.Violation, Citation: who, Unconfirmed: whoUnconfirmed,
			RU: "Не указано, кто подаёт заявление (лично, законный представитель или представитель по доверенности).",
			EN: "The applicant role " + app.Applicant.String() + " is not self, legal_representative or representative.",
		})
	}
	if a.Age < 18 && !app.Person.FullCapacity && app.Applicant == Self {
		fs = append(fs, oms.Finding{
			Code: CodeApplicantMinor, Severity: oms.Violation, Citation: who, Unconfirmed: whoUnconfirmed,
			RU: "До совершеннолетия (или приобретения полной дееспособности) выбор страховой медицинской организации осуществляют родители или другие законные представители.",
			EN: "Until 18 (or full legal capacity) the insurer is chosen by a parent or other legal representative.",
		})
	}
	return fs
}

// checkRequirement returns the findings about one requirement.
func checkRequirement(r Requirement, app *Application, asOf date.Date) []oms.Finding {
	var pool [][]Document
	switch r.Party {
	case Insured:
		pool = [][]Document{app.Documents}
	case LegalRepresentativeParty:
		pool = [][]Document{app.LegalRepresentative}
		if r.accepts(DocBirthCertificate) {
			// A parent's authority is shown by the child's birth certificate.
			pool = append(pool, app.Documents)
		}
	case RepresentativeParty:
		pool = [][]Document{app.Representative}
	}
	var bad []oms.Finding
	for _, docs := range pool {
		for _, d := range docs {
			if !r.accepts(d.Kind) {
				continue
			}
			if err := d.Kind.CheckNumber(d.Number); err != nil {
				ru := "неверный номер"
				if errors.Is(err, ErrControlNumber) {
					ru = "контрольное число не совпадает"
				}
				bad = append(bad, docFinding(r, CodeDocumentInvalid, oms.Violation,
					"Документ «"+d.Kind.NameRU()+"» недействителен: "+ru+" ("+d.Number+").",
					"Document "+d.Kind.NameEN()+" is invalid: "+err.Error()))
				continue
			}
			if exp, ok := d.Expires.Get(); ok && exp.Before(asOf) {
				bad = append(bad, docFinding(r, CodeDocumentExpired, oms.Violation,
					"Срок действия документа «"+d.Kind.NameRU()+"» истёк "+ruDate(exp)+".",
					"Document "+d.Kind.NameEN()+" expired on "+exp.String()+"."))
				continue
			}
			return []oms.Finding{docFinding(r, CodeDocumentOK, oms.Info,
				"Представлен документ «"+d.Kind.NameRU()+"» ("+r.Party.ru()+").",
				"Presented: "+d.Kind.NameEN()+" ("+r.Party.String()+").")}
		}
	}
	if len(bad) > 0 {
		return bad
	}
	if r.Need == IfAvailable {
		return []oms.Finding{docFinding(r, CodeDocumentAbsentOptional, oms.Info,
			"Не представлен документ «"+r.namesRU()+"» ("+r.Party.ru()+"); он прилагается при наличии.",
			"Not presented: "+r.namesEN()+" ("+r.Party.String()+"); it is attached if available.")}
	}
	return []oms.Finding{docFinding(r, CodeDocumentMissing, oms.Violation,
		"Не представлен обязательный документ: "+r.namesRU()+" ("+r.Party.ru()+").",
		"Missing required document: "+r.namesEN()+" ("+r.Party.String()+").")}
}

func docFinding(r Requirement, outcome string, sev oms.Severity, ru, en string) oms.Finding {
	return oms.Finding{
		Code: outcome + r.Code, Severity: sev,
		RU: ru, EN: en, Citation: r.Citation, Unconfirmed: r.Unconfirmed,
	}
}

func (p Party) ru() string {
	switch p {
	case LegalRepresentativeParty:
		return "законный представитель"
	case RepresentativeParty:
		return "представитель по доверенности"
	}
	return "застрахованное лицо"
}
