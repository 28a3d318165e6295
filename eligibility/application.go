package eligibility

import (
	"errors"
	"fmt"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/internal/msg"
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
	_, dec, _ := r.checkApplication(app, asOf)
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
	a, dec, _ := r.checkApplication(app, asOf)
	var b oms.DecisionBuilder
	b.AddDecision(a.Decision)
	b.AddDecision(dec)
	return b.Decision()
}

// CheckApplication is DefaultRules().CheckApplication.
func CheckApplication(app Application, asOf date.Date) oms.Decision {
	return defaultRules.CheckApplication(app, asOf)
}

// AssessApplication assesses the person of an application and checks its
// documents on the day asOf, each once: it returns what Assess returns for
// app.Person and the decision of CheckDocuments (which, when Assess fails,
// holds the Violation CheckDocuments reports for it). It is for callers
// that report the two apart; Assess and then CheckDocuments would assess
// the person twice.
func (r Rules) AssessApplication(app Application, asOf date.Date) (Assessment, oms.Decision, error) {
	return r.checkApplication(app, asOf)
}

// AssessApplication is DefaultRules().AssessApplication.
func AssessApplication(app Application, asOf date.Date) (Assessment, oms.Decision, error) {
	return defaultRules.AssessApplication(app, asOf)
}

// checkApplication returns the assessment of the person and the findings
// about the applicant and the documents.
func (r Rules) checkApplication(app Application, asOf date.Date) (Assessment, oms.Decision, error) {
	a, assessErr := r.Assess(app.Person, asOf)
	if err := assessErr; err != nil {
		code := CodePersonInvalid
		if errors.Is(err, oms.ErrNotInForce) {
			code = CodeNotInForce
		}
		return a, oms.NewDecision(oms.Finding{
			Code: code, Severity: oms.Violation, Citation: citeArt10,
			RU: "Сведения о лице не позволяют проверить документы: " + err.Error(),
			EN: "The facts about the person cannot be checked: " + err.Error(),
		}), assessErr
	}
	var buf [8]Requirement // the most any application needs
	reqs, err := r.appendRequiredDocuments(buf[:0], a.Category, asOf)
	if !a.Insured() && err == nil {
		err = fmt.Errorf("the person is not insured on %s", asOf)
	}
	if err != nil {
		return a, oms.NewDecision(oms.Finding{
			Code: CodeDocumentsNoList, Severity: oms.Violation, Citation: citeArt16Part5, Unconfirmed: true,
			RU: "Перечень документов не определён: " + err.Error(),
			EN: "No list of documents: " + err.Error(),
		}), nil
	}
	var b oms.DecisionBuilder
	b.Add(r.checkApplicant(&app, a, asOf)...)
	minor := a.Age < 18 && !app.Person.FullCapacity
	listed := len(reqs)
	if (minor || app.Applicant == ByLegalRepresentative) && a.Category != CitizenUnder14 {
		lr := legalRepresentativeRequirements(minor)
		reqs = append(reqs, lr[:]...)
	}
	if app.Applicant == ByRepresentative {
		rr := representativeRequirements()
		reqs = append(reqs, rr[:]...)
	}
	cite(reqs[listed:], a.Category, asOf, false)
	b.Grow(len(reqs))
	for _, q := range reqs {
		checkRequirement(&b, q, &app, asOf)
	}
	return a, b.Decision(), nil
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

// checkRequirement adds the findings about one requirement to b.
func checkRequirement(b *oms.DecisionBuilder, r Requirement, app *Application, asOf date.Date) {
	var pool [2][]Document
	switch r.Party {
	case Insured:
		pool[0] = app.Documents
	case LegalRepresentativeParty:
		pool[0] = app.LegalRepresentative
		if r.accepts(DocBirthCertificate) {
			// A parent's authority is shown by the child's birth certificate.
			pool[1] = app.Documents
		}
	case RepresentativeParty:
		pool[0] = app.Representative
	}
	var buf [4]oms.Finding
	bad := buf[:0]
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
				m := make([]byte, 0, 512)
				m = append(append(append(append(append(append(append(m, "Документ «"...), d.Kind.NameRU()...), "» недействителен: "...), ru...), " ("...), d.Number...), ")."...)
				cut := len(m)
				m = append(append(append(append(m, "Document "...), d.Kind.NameEN()...), " is invalid: "...), err.Error()...)
				bad = append(bad, docFinding(r, CodeDocumentInvalid, oms.Violation, m, cut))
				continue
			}
			if exp, ok := d.Expires.Get(); ok && exp.Before(asOf) {
				m := make([]byte, 0, 512)
				m = append(append(append(m, "Срок действия документа «"...), d.Kind.NameRU()...), "» истёк "...)
				m = append(msg.AppendDateRU(m, exp), '.')
				cut := len(m)
				m = append(append(append(m, "Document "...), d.Kind.NameEN()...), " expired on "...)
				m = append(msg.AppendDate(m, exp), '.')
				bad = append(bad, docFinding(r, CodeDocumentExpired, oms.Violation, m, cut))
				continue
			}
			f := oms.Finding{Code: docCode(CodeDocumentOK, r.Code), Severity: oms.Info, Citation: r.Citation, Unconfirmed: r.Unconfirmed}
			f.RU, f.EN = presentedMessages(d.Kind, r.Party)
			b.Add(f)
			return
		}
	}
	if len(bad) > 0 {
		b.Add(bad...)
		return
	}
	m := make([]byte, 0, 512)
	if r.Need == IfAvailable {
		m = append(append(r.appendNamesRU(append(m, "Не представлен документ «"...)), "» ("...), r.Party.ru()...)
		m = append(m, "); он прилагается при наличии."...)
		cut := len(m)
		m = append(append(r.appendNamesEN(append(m, "Not presented: "...)), " ("...), r.Party.String()...)
		m = append(m, "); it is attached if available."...)
		b.Add(docFinding(r, CodeDocumentAbsentOptional, oms.Info, m, cut))
		return
	}
	m = append(append(r.appendNamesRU(append(m, "Не представлен обязательный документ: "...)), " ("...), r.Party.ru()...)
	m = append(m, ")."...)
	cut := len(m)
	m = append(append(r.appendNamesEN(append(m, "Missing required document: "...)), " ("...), r.Party.String()...)
	m = append(m, ")."...)
	b.Add(docFinding(r, CodeDocumentMissing, oms.Violation, m, cut))
}

// docFinding returns the finding of outcome about requirement r, with the
// Russian message m[:cut] and the English one m[cut:].
func docFinding(r Requirement, outcome string, sev oms.Severity, m []byte, cut int) oms.Finding {
	f := oms.Finding{Code: docCode(outcome, r.Code), Severity: sev, Citation: r.Citation, Unconfirmed: r.Unconfirmed}
	f.RU, f.EN = msg.Split(m, cut)
	return f
}

// docOutcomes are the prefixes of the document findings.
var docOutcomes = [...]string{CodeDocumentOK, CodeDocumentInvalid, CodeDocumentExpired, CodeDocumentMissing, CodeDocumentAbsentOptional}

// docCodes holds the finding codes of each outcome for every requirement
// code the package makes, so that checking documents makes none.
var docCodes = func() map[string][len(docOutcomes)]string {
	m := map[string][len(docOutcomes)]string{}
	for _, q := range requirementCodes {
		var cs [len(docOutcomes)]string
		for i, o := range docOutcomes {
			cs[i] = o + q
		}
		m[q] = cs
	}
	return m
}()

// docCode returns outcome + code.
func docCode(outcome, code string) string {
	if cs, ok := docCodes[code]; ok {
		for i, o := range docOutcomes {
			if o == outcome {
				return cs[i]
			}
		}
	}
	return outcome + code
}

// presentedText holds the messages of a presented document of each kind
// and party: they carry no per-call text.
var presentedText = func() (t [numDocumentKinds][3][2]string) {
	for k := range numDocumentKinds {
		for p := Insured; p <= RepresentativeParty; p++ {
			t[k][p] = presentedMessage(k, p)
		}
	}
	return t
}()

func presentedMessage(k DocumentKind, p Party) [2]string {
	return [2]string{
		"Представлен документ «" + k.NameRU() + "» (" + p.ru() + ").",
		"Presented: " + k.NameEN() + " (" + p.String() + ").",
	}
}

// presentedMessages returns the messages of a presented document.
func presentedMessages(k DocumentKind, p Party) (ru, en string) {
	if k < numDocumentKinds && p <= RepresentativeParty {
		m := presentedText[k][p]
		return m[0], m[1]
	}
	m := presentedMessage(k, p)
	return m[0], m[1]
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
