package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
	"github.com/omsrules/oms/policy"
	"github.com/omsrules/oms/smo"
	"github.com/rickb777/date"
)

// An Application is one row of the input: an application to an insurer
// (a choice or a replacement), with the person, the documents presented,
// the person's earlier choices, the policy the person holds and the
// changes in the person's data that start a deadline.
type Application struct {
	ID     string
	Line   int       // line of the input the row starts on
	Date   date.Date // the day the application was filed
	Region oms.Region

	Person   Person
	SNILS    eligibility.SNILS
	HasSNILS bool
	// Documents are the person's documents; the СНИЛС of the snils column
	// is among them.
	Documents []eligibility.Document
	// RepresentativeDocuments are the documents of whoever acts for the
	// person: the legal representative or the representative.
	RepresentativeDocuments []eligibility.Document
	// Applicant is who files.
	Applicant eligibility.Role

	// Insurer is the registry number of the insurer asked for; empty when
	// the row asks nothing of an insurer (a check of documents or of a
	// policy only).
	Insurer string
	Reason  smo.Reason // 0 when Insurer is empty
	History []smo.Entry

	Policy PolicyHeld
	Events []Event
}

// A Person is what the application says about the insured person: the
// facts eligibility.Assess reads, and the end of the document the right
// rests on.
type Person struct {
	eligibility.Person
	// StatusUntil is the last day of the document the right rests on: the
	// РВП, refugee status or asylum, the labour contract, the powers.
	StatusUntil    date.Date
	HasStatusUntil bool
}

// PolicyHeld is the policy the person already holds, if any.
type PolicyHeld struct {
	// Form is a policy.Form's text (old_style, paper, plastic, uek,
	// digital), "temporary-certificate", or empty when the person holds
	// none.
	Form      string
	Issued    date.Date
	HasIssued bool
	ENP       policy.ENP
	HasENP    bool
}

// An Event is a change in the person's life that starts a deadline: a
// change of name, identity document or residence to notify, a move to
// another region, the registration of a newborn's birth.
type Event struct {
	Kind string
	Date date.Date
}

// A RowError is a malformed row: it names the line and the field.
type RowError struct {
	Line  int
	Field string
	Err   error
}

func (e *RowError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("line %d: %v", e.Line, e.Err)
	}
	return fmt.Sprintf("line %d, field %q: %v", e.Line, e.Field, e.Err)
}

func (e *RowError) Unwrap() error { return e.Err }

// errBad is the reason of a malformed value.
var errBad = errors.New("invalid value")

// The vocabularies of the input format that are not the library's own
// text forms.
var (
	personFlags = []string{"labour_contract", "eaeu_official", "eaeu_family", "hqs", "hqs_family", "working", "foreign_branch", "full_capacity"}
)

// parseDate accepts YYYY-MM-DD and the Russian DD.MM.YYYY.
func parseDate(s string) (date.Date, error) {
	d, err := oms.ParseDate(s)
	if err != nil || d.Year() < 1900 || d.Year() > 2100 {
		return date.Date{}, fmt.Errorf("%w: date %q (want YYYY-MM-DD or DD.MM.YYYY)", errBad, s)
	}
	return d, nil
}

func atoi(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, len(s) > 0
}

// fields is the raw form of a row, the same for CSV and JSON Lines: each
// member a string as written, lists already split.
type fields struct {
	ID, Date, Region                string
	BirthDate, Citizenship, Country string
	Residence, Refugee, Service     string
	Flags                           []string
	ContributionMonths              string
	StatusUntil, SNILS, Applicant   string
	Documents, RepDocuments         []string // "kind:number[@expires]"
	Insurer, Reason                 string
	History                         []string // "date reason insurer [in] region"
	PolicyForm, PolicyIssued, ENP   string
	Events                          []string // "kind@date"

	// lists holds the items of the lists split by split, so that a row's
	// lists cost no allocation of their own; store is its used part.
	lists [8]string
	store []string
}

// split splits a CSV cell holding a ';'-separated list into its items,
// trimmed, the empty ones dropped, in the row's own store: nil for a blank
// cell, empty for one of separators only.
func (f *fields) split(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	if f.store == nil {
		f.store = f.lists[:0]
	}
	start := len(f.store)
	for p := range strings.SplitSeq(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			f.store = append(f.store, p)
		}
	}
	if len(f.store) == start {
		return []string{} // as splitList: a list of separators only is empty, not absent
	}
	return f.store[start:len(f.store):len(f.store)]
}

// build converts the raw fields of the row on line into an Application,
// or returns a *RowError naming the first bad field.
func (f *fields) build(line int) (*Application, error) {
	a := new(Application)
	if err := f.buildInto(a, line); err != nil {
		return nil, err
	}
	return a, nil
}

// buildInto is build into a, which it overwrites whole: a worker reuses
// one Application for all its rows.
func (f *fields) buildInto(a *Application, line int) error {
	*a = Application{ID: f.ID, Line: line}
	bad := func(field string, err error) error {
		return &RowError{Line: line, Field: field, Err: err}
	}
	var err error
	if a.ID == "" {
		return bad("id", fmt.Errorf("%w: empty id", errBad))
	}
	if !utf8.ValidString(a.ID) {
		return bad("id", fmt.Errorf("%w: id is not valid UTF-8", errBad))
	}
	if a.Date, err = parseDate(f.Date); err != nil {
		return bad("date", err)
	}
	if a.Region, err = oms.ParseRegion(f.Region); err != nil {
		return bad("region", err)
	}
	for _, step := range [...]func(*Application) (string, error){f.person, f.papers, f.held} {
		if field, err := step(a); err != nil {
			return bad(field, err)
		}
	}
	return nil
}

// person reads the person's facts into a; on error it names the field.
func (f *fields) person(a *Application) (string, error) {
	var err error
	p := &a.Person
	if p.BirthDate, err = parseDate(f.BirthDate); err != nil {
		return "birth_date", err
	}
	if p.BirthDate.After(a.Date) {
		return "birth_date", fmt.Errorf("%w: born %s, after the application of %s", errBad, p.BirthDate, a.Date)
	}
	if f.Citizenship == "" {
		return "citizenship", fmt.Errorf("%w: empty citizenship (want rf, foreign or stateless)", errBad)
	}
	if p.Citizenship, err = parseCitizenship(f.Citizenship); err != nil {
		return "citizenship", err
	}
	if f.Country != "" {
		if len(f.Country) != 2 || f.Country[0] < 'A' || f.Country[0] > 'Z' || f.Country[1] < 'A' || f.Country[1] > 'Z' {
			return "country", fmt.Errorf("%w: country %q (want an ISO 3166-1 alpha-2 code such as KZ)", errBad, f.Country)
		}
		p.Country = f.Country
	}
	if err := p.Residence.UnmarshalText([]byte(f.Residence)); err != nil {
		return "residence", err
	}
	if err := p.Refugee.UnmarshalText([]byte(f.Refugee)); err != nil {
		return "refugee", err
	}
	if err := p.Service.UnmarshalText([]byte(f.Service)); err != nil {
		return "service", err
	}
	for _, fl := range f.Flags {
		switch fl {
		case "labour_contract":
			p.LabourContract = true
		case "eaeu_official":
			p.EAEUOfficial = true
		case "eaeu_family":
			p.EAEUFamilyMember = true
		case "hqs":
			p.HighlyQualified = true
		case "hqs_family":
			p.HQSFamilyMember = true
		case "working":
			p.Working = true
		case "foreign_branch":
			p.ForeignBranchStaff = true
		case "full_capacity":
			p.FullCapacity = true
		default:
			return "flags", fmt.Errorf("%w: flag %q (want %s)", errBad, fl, strings.Join(personFlags, ", "))
		}
	}
	if f.ContributionMonths != "" {
		n, ok := atoi(f.ContributionMonths)
		if !ok || n > 1200 {
			return "contribution_months", fmt.Errorf("%w: contribution months %q", errBad, f.ContributionMonths)
		}
		p.ContributionMonths = n
	}
	if f.StatusUntil != "" {
		if p.StatusUntil, err = parseDate(f.StatusUntil); err != nil {
			return "status_until", err
		}
		p.HasStatusUntil = true
	}
	return "", nil
}

// papers reads the СНИЛС, the applicant, the documents, the insurer asked
// for and the history into a; on error it names the field.
func (f *fields) papers(a *Application) (string, error) {
	var err error
	if f.SNILS != "" {
		if a.SNILS, err = eligibility.ParseSNILS(f.SNILS); err != nil {
			return "snils", err
		}
		a.HasSNILS = true
	}
	if f.Applicant != "" {
		if err := a.Applicant.UnmarshalText([]byte(f.Applicant)); err != nil {
			return "applicant", err
		}
	}
	if a.Documents, err = parseDocuments(f.Documents); err != nil {
		return "documents", err
	}
	if a.HasSNILS {
		// The canonical form; the cell's own text when it is that already,
		// as it mostly is, rather than a new string.
		var buf [16]byte
		canon, _ := a.SNILS.AppendText(buf[:0])
		number := f.SNILS
		if string(canon) != number {
			number = string(canon)
		}
		a.Documents = append(a.Documents, eligibility.Document{Kind: eligibility.DocSNILS, Number: number})
	}
	if a.RepresentativeDocuments, err = parseDocuments(f.RepDocuments); err != nil {
		return "representative_documents", err
	}
	if f.Insurer != "" {
		if !smo.ValidNumber(f.Insurer) {
			return "insurer", fmt.Errorf("%w: insurer registry number %q", errBad, f.Insurer)
		}
		a.Insurer = f.Insurer
		if a.Reason, err = smo.ParseReason(f.Reason); err != nil || !a.Reason.IsApplication() {
			return "reason", fmt.Errorf("%w: reason %q (want first_choice, voluntary, relocation or insurer_exit)", errBad, f.Reason)
		}
	} else if f.Reason != "" {
		return "reason", fmt.Errorf("%w: a reason %q without an insurer", errBad, f.Reason)
	}
	if len(f.History) > 0 {
		a.History = make([]smo.Entry, 0, len(f.History))
	}
	for _, h := range f.History {
		e, err := parseEntry(h)
		if err != nil {
			return "history", err
		}
		a.History = append(a.History, e)
	}
	return "", nil
}

// held reads the policy held and the events into a; on error it names the
// field.
func (f *fields) held(a *Application) (string, error) {
	var err error
	p := &a.Person
	if f.PolicyForm != "" && f.PolicyForm != "temporary-certificate" {
		if _, err := policy.ParseForm(f.PolicyForm); err != nil {
			return "policy_form", err
		}
	}
	a.Policy.Form = f.PolicyForm
	if f.PolicyIssued != "" {
		if a.Policy.Issued, err = parseDate(f.PolicyIssued); err != nil {
			return "policy_issued", err
		}
		a.Policy.HasIssued = true
	}
	if f.ENP != "" {
		e, err := policy.ParseENP(f.ENP)
		if errors.Is(err, policy.ErrCheckDigit) {
			// Legacy numbers with a wrong check digit exist in real
			// registers: policy.InForce reports it as a warning, so the
			// row is not malformed.
			e, err = policy.ParseENPLax(f.ENP)
		}
		if err != nil {
			return "enp", err
		}
		a.Policy.ENP, a.Policy.HasENP = e, true
	}
	for _, ev := range f.Events {
		kind, ds, ok := strings.Cut(ev, "@")
		if !ok {
			return "events", fmt.Errorf("%w: event %q (want kind@date)", errBad, ev)
		}
		kind = strings.TrimSpace(kind)
		if kind != "relocation" && kind != "birth-registration" {
			if _, err := policy.ParseReason(kind); err != nil {
				return "events", fmt.Errorf("%w: event %q (want relocation, birth-registration or a re-issue reason of policy.Reason)", errBad, kind)
			}
		}
		d, err := parseDate(strings.TrimSpace(ds))
		if err != nil {
			return "events", err
		}
		a.Events = append(a.Events, Event{Kind: kind, Date: d})
		if kind == "birth-registration" {
			p.BirthRegistration = oms.SomeDate(d)
		}
	}
	return "", nil
}

// parseDocuments parses documents written "kind:number", with "@date"
// after the number for a document that expires.
func parseDocuments(specs []string) ([]eligibility.Document, error) {
	if len(specs) == 0 {
		return nil, nil
	}
	out := make([]eligibility.Document, 0, len(specs)+1) // room for the СНИЛС build adds
	for _, spec := range specs {
		kind, number, _ := strings.Cut(spec, ":")
		var d eligibility.Document
		var err error
		if d.Kind, err = parseDocumentKind(strings.TrimSpace(kind)); err != nil || d.Kind == eligibility.NoDocument {
			return nil, fmt.Errorf("%w: document kind %q", errBad, kind)
		}
		if n, exp, ok := strings.Cut(number, "@"); ok {
			e, err := parseDate(strings.TrimSpace(exp))
			if err != nil {
				return nil, fmt.Errorf("document %q: %w", spec, err)
			}
			number, d.Expires = n, oms.SomeDate(e)
		}
		d.Number = strings.TrimSpace(number)
		out = append(out, d)
	}
	return out, nil
}

// parseEntry parses one earlier choice, "2019-03-01 first_choice S-77-01 77"
// (the word "in" before the region is allowed, as smo.Entry.String writes
// it).
func parseEntry(s string) (smo.Entry, error) {
	var buf [6]string // one more than the most allowed, to tell too many
	parts := buf[:0]
	for p := range strings.FieldsSeq(s) {
		if len(parts) == len(buf) {
			break
		}
		parts = append(parts, p)
	}
	if len(parts) == 5 && parts[3] == "in" {
		parts = append(parts[:3], parts[4])
	}
	if len(parts) != 4 {
		return smo.Entry{}, fmt.Errorf("%w: history entry %q (want \"date reason insurer region\")", errBad, s)
	}
	d, err := parseDate(parts[0])
	if err != nil {
		return smo.Entry{}, err
	}
	r, err := smo.ParseReason(parts[1])
	if err != nil {
		return smo.Entry{}, fmt.Errorf("%w: history entry %q: %v", errBad, s, err)
	}
	if parts[2] != smo.FundInsurer && !smo.ValidNumber(parts[2]) {
		return smo.Entry{}, fmt.Errorf("%w: history entry %q: insurer number %q", errBad, s, parts[2])
	}
	reg, err := oms.ParseRegion(parts[3])
	if err != nil {
		return smo.Entry{}, fmt.Errorf("history entry %q: %w", s, err)
	}
	return smo.Entry{Date: d, Reason: r, Insurer: parts[2], Region: reg}, nil
}
