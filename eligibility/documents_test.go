package eligibility

import (
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
	"pgregory.net/rapid"
)

// personFor returns a person of the category on 2024-06-01 (an adult unless
// the category is a child's).
func personFor(c Category) Person {
	p := Person{BirthDate: d(1990, 6, 15), Citizenship: Foreign, Country: "UZ"}
	switch c {
	case CitizenUnder14:
		p.BirthDate, p.Citizenship = d(2015, 6, 15), CitizenRF
	case Citizen14Plus:
		p.Citizenship = CitizenRF
	case ForeignPermanent:
		p.Residence = PermanentResidence
	case StatelessPermanent:
		p.Citizenship, p.Residence = Stateless, PermanentResidence
	case ForeignTemporary:
		p.Residence = TemporaryResidence
	case StatelessTemporary:
		p.Citizenship, p.Residence = Stateless, TemporaryResidence
	case Refugee, RefugeePetitioner, RefugeeAppellant, TemporaryAsylum:
		p.Residence = TemporaryStay
		p.Refugee = map[Category]RefugeeStatus{Refugee: RecognisedRefugee, RefugeePetitioner: PetitionUnderConsideration,
			RefugeeAppellant: AppealAgainstDeprivation, TemporaryAsylum: TemporaryAsylumGranted}[c]
	case EAEUWorker:
		p.Country, p.Residence, p.LabourContract = "AM", TemporaryStay, true
	case EAEUOfficial:
		p.Country, p.Residence, p.EAEUOfficial = "AM", TemporaryStay, true
	case StayingWorker:
		p.Residence, p.LabourContract, p.ContributionMonths = TemporaryStay, true, 72
	}
	return p
}

// validNumber returns a well-formed number for a document kind.
func validNumber(k DocumentKind) string {
	switch k {
	case DocRussianPassport:
		return "45 06 123456"
	case DocBirthCertificate:
		return "IV-МЮ 123456"
	case DocSNILS:
		return "112-233-445 95"
	}
	return "N 1"
}

// fullApplication presents, for every requirement, a valid document of its
// first kind, from the right party.
func fullApplication(p Person, reqs []Requirement, role Role) Application {
	app := Application{Person: p, Applicant: role}
	for _, r := range reqs {
		doc := Document{Kind: r.AnyOf[0], Number: validNumber(r.AnyOf[0])}
		switch r.Party {
		case Insured:
			app.Documents = append(app.Documents, doc)
		case LegalRepresentativeParty:
			app.LegalRepresentative = append(app.LegalRepresentative, doc)
		case RepresentativeParty:
			app.Representative = append(app.Representative, doc)
		}
	}
	return app
}

var june2024 = d(2024, 6, 1)

func TestRequiredDocumentsEveryCategory(t *testing.T) {
	// Codes per category under the default reading (law-addendum.md §1(a)).
	want := map[Category]string{
		CitizenUnder14:     "birth-certificate legal-representative.identity legal-representative.authority snils?",
		Citizen14Plus:      "identity snils",
		ForeignPermanent:   "identity residence-permit snils?",
		StatelessPermanent: "identity residence-permit snils?",
		ForeignTemporary:   "identity temporary-residence-permit snils?",
		StatelessTemporary: "identity temporary-residence-permit snils?",
		Refugee:            "refugee-status",
		RefugeePetitioner:  "refugee-status",
		RefugeeAppellant:   "refugee-status",
		TemporaryAsylum:    "refugee-status",
		EAEUWorker:         "identity labour-contract snils",
		EAEUOfficial:       "identity eaeu-powers snils?",
		StayingWorker:      "identity labour-contract snils",
	}
	for _, c := range Categories() {
		reqs, err := RequiredDocuments(c, june2024)
		if err != nil {
			t.Fatalf("%v: %v", c, err)
		}
		var codes []string
		for _, r := range reqs {
			s := r.Code
			if r.Need == IfAvailable {
				s += "?"
			}
			codes = append(codes, s)
			if len(r.AnyOf) == 0 || r.Citation.IsZero() {
				t.Errorf("%v: requirement %s without kinds or citation", c, r.Code)
			}
		}
		if got := strings.Join(codes, " "); got != want[c] {
			t.Errorf("%v: %q, want %q", c, got, want[c])
		}
	}
	// The other reading (law.md §2.2): СНИЛС if available for citizens 14+
	// and refugees; still required for EAEU workers.
	for c, wantNeed := range map[Category]Need{Citizen14Plus: IfAvailable, Refugee: IfAvailable, EAEUWorker: Required} {
		reqs, _ := ifAvailable.RequiredDocuments(c, june2024)
		i := slices.IndexFunc(reqs, func(r Requirement) bool { return r.Code == "snils" })
		if i < 0 || reqs[i].Need != wantNeed {
			t.Errorf("%v under SNILSIfAvailable: %+v", c, reqs)
		}
	}
}

// СНИЛС of a citizen from 14 as a dated rule: "при наличии" in the Rules
// 158н (law.md §2.2, the old wording per law-addendum.md §1(a)), required
// in the current Rules 108н (astfond.ru, zms-chita.ru), the changeover
// dated at 108н's entry into force, 28.05.2019 (kvadroplus.com), and
// unconfirmed.
// ifAvailable is the default rules under the earlier reading of СНИЛС;
// earlySNILS the default rules with СНИЛС required from 2017.
var ifAvailable, earlySNILS = func() (Rules, Rules) {
	a, b := DefaultRules(), DefaultRules()
	a.SNILSReading = SNILSIfAvailable
	b.SNILSFrom14 = b.SNILSFrom14.With(oms.Dated[Need]{From: date.New(2017, 1, 1), Value: Required, Citation: citeRulesSNILS})
	return a, b
}()

func TestRequiredDocumentsSNILSFrom14(t *testing.T) {
	for _, tc := range []struct {
		day         date.Date
		rules       Rules
		need        Need
		unconfirmed bool
		act         string
	}{
		{d(2011, 5, 1), DefaultRules(), IfAvailable, false, oms.ActRules158n},
		// After 803н (2017) the 158н numbering was not read.
		{d(2019, 5, 27), DefaultRules(), IfAvailable, true, oms.ActRules158n},
		{d(2019, 5, 28), DefaultRules(), Required, false, oms.ActRules108n},
		{d(2022, 12, 30), DefaultRules(), Required, false, oms.ActRules108n},
		// From 10.01.2023 the point of chapter II is not known: 326-ФЗ art.
		// 16 part 5, unconfirmed.
		{june2024, DefaultRules(), Required, true, oms.Act326FZ},
		{june2024, ifAvailable, IfAvailable, true, oms.Act326FZ},
		{d(2018, 1, 1), earlySNILS, Required, false, oms.ActRules108n},
	} {
		reqs, err := tc.rules.RequiredDocuments(Citizen14Plus, tc.day)
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(reqs, func(r Requirement) bool { return r.Code == "snils" })
		if i < 0 {
			t.Fatalf("%s: no snils requirement", tc.day)
		}
		r := reqs[i]
		if r.Need != tc.need || r.Unconfirmed != tc.unconfirmed || r.Citation.Act != tc.act {
			t.Errorf("%s: %s unconfirmed=%v %s, want %s %v %s", tc.day, r.Need, r.Unconfirmed, r.Citation.Act, tc.need, tc.unconfirmed, tc.act)
		}
	}
	// The finding about a missing СНИЛС cites the point of the version:
	// 108н p. 14 subp. 2 in 2020, 158н p. 9 subp. 2 in 2015, 326-ФЗ art.
	// 16 part 5 (unconfirmed) in 2024.
	app := Application{Person: Person{BirthDate: d(1990, 1, 1), Citizenship: CitizenRF},
		Documents: []Document{{Kind: DocRussianPassport, Number: "45 06 123456"}}}
	f, ok := CheckDocuments(app, d(2020, 6, 1)).Find("eligibility.documents.missing.snils")
	if !ok || f.Unconfirmed || f.Severity != oms.Violation || f.Citation.Point != "14 подп. 2" {
		t.Errorf("2020 without СНИЛС: %+v %v", f, ok)
	}
	f, ok = CheckDocuments(app, june2024).Find("eligibility.documents.missing.snils")
	if !ok || !f.Unconfirmed || f.Citation != citeArt16Part5 {
		t.Errorf("2024 without СНИЛС: %+v %v", f, ok)
	}
	f, ok = CheckDocuments(app, d(2015, 3, 1)).Find("eligibility.documents.absent-optional.snils")
	if !ok || f.Unconfirmed || f.Severity != oms.Info {
		t.Errorf("2015 without СНИЛС: %+v %v", f, ok)
	}
	// A rule that starts after 2011 leaves the early dates unanswered.
	late := DefaultRules()
	late.SNILSFrom14 = oms.MustTimeline(oms.Dated[Need]{From: d(2020, 1, 1), Value: Required, Citation: citeRulesSNILS})
	if _, err := late.RequiredDocuments(Citizen14Plus, d(2015, 1, 1)); !errors.Is(err, oms.ErrNotInForce) {
		t.Errorf("rule not in force: %v", err)
	}
}

func TestRequiredDocumentsNotInForce(t *testing.T) {
	for _, tc := range []struct {
		c    Category
		asOf date.Date
	}{
		{Citizen14Plus, d(2010, 12, 31)},
		{EAEUWorker, d(2016, 12, 31)},
		{EAEUOfficial, d(2016, 12, 31)},
		{StayingWorker, d(2022, 12, 31)},
	} {
		if _, err := RequiredDocuments(tc.c, tc.asOf); !errors.Is(err, oms.ErrNotInForce) {
			t.Errorf("RequiredDocuments(%v, %s) = %v", tc.c, tc.asOf, err)
		}
	}
	for _, c := range []Category{NotInsured, Category(99)} {
		if _, err := RequiredDocuments(c, june2024); err == nil {
			t.Errorf("RequiredDocuments(%v) succeeded", c)
		}
	}
}

// Property: for every category, the full set of documents passes, and
// leaving out any one required document gives exactly that missing finding.
func TestCheckDocumentsCompleteness(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := rapid.SampledFrom(Categories()).Draw(t, "category")
		p := personFor(c)
		reqs, err := RequiredDocuments(c, june2024)
		if err != nil {
			t.Fatal(err)
		}
		role := Self
		if c == CitizenUnder14 {
			role = ByLegalRepresentative
		}
		app := fullApplication(p, reqs, role)
		dec := CheckDocuments(app, june2024)
		if !dec.OK() {
			t.Fatalf("%v: full application fails:\n%v", c, dec)
		}
		i := rapid.IntRange(0, len(reqs)-1).Draw(t, "drop")
		r := reqs[i]
		drop := func(docs []Document) []Document {
			return slices.DeleteFunc(slices.Clone(docs), func(d Document) bool { return r.accepts(d.Kind) })
		}
		switch r.Party {
		case Insured:
			app.Documents = drop(app.Documents)
		case LegalRepresentativeParty:
			app.LegalRepresentative = drop(app.LegalRepresentative)
			if r.accepts(DocBirthCertificate) {
				app.Documents = drop(app.Documents)
			}
		}
		dec = CheckDocuments(app, june2024)
		code := "eligibility.documents.missing." + r.Code
		if r.Need == IfAvailable {
			code = "eligibility.documents.absent-optional." + r.Code
		}
		if !dec.Has(code) {
			t.Fatalf("%v without %s: no %s\n%v", c, r.Code, code, dec)
		}
		if r.Need == Required && dec.OK() {
			t.Fatalf("%v without %s passes", c, r.Code)
		}
	})
}

// Real applications, checked against the documents list of the Rules as
// reproduced by ТФОМС Астраханской области (astfond.ru) and ЗМС (zms-chita.ru).
// A docCase is an application and what CheckDocuments must say of it.
type docCase struct {
	name string
	app  Application
	opts *Rules
	ok   bool
	has  []string
}

// checkDocumentsCases are real applications (law.md §2.2; rules-points.md
// row 2).
func checkDocumentsCases() []docCase {
	child := Person{BirthDate: d(2015, 6, 15), Citizenship: CitizenRF}
	teen := Person{BirthDate: d(2008, 6, 15), Citizenship: CitizenRF}
	adultRF := Person{BirthDate: d(1980, 6, 15), Citizenship: CitizenRF}
	passport := Document{Kind: DocRussianPassport, Number: "45 06 123456"}
	snils := Document{Kind: DocSNILS, Number: "112-233-445 95"}
	bc := Document{Kind: DocBirthCertificate, Number: "IV-МЮ 123456"}
	return []docCase{
		{"child by a parent: birth certificate, parent's passport", Application{
			Person: child, Applicant: ByLegalRepresentative, Documents: []Document{bc}, LegalRepresentative: []Document{passport},
		}, nil, true, []string{"eligibility.documents.ok.birth-certificate", "eligibility.documents.ok.legal-representative.identity",
			"eligibility.documents.ok.legal-representative.authority", "eligibility.documents.absent-optional.snils"}},
		{"child alone with nothing: every finding at once", Application{Person: child}, nil, false, []string{
			"eligibility.applicant.minor", "eligibility.documents.missing.birth-certificate",
			"eligibility.documents.missing.legal-representative.identity", "eligibility.documents.missing.legal-representative.authority"}},
		{"16-year-old alone with passport and СНИЛС", Application{Person: teen, Documents: []Document{passport, snils}}, nil, false, []string{
			"eligibility.applicant.minor", "eligibility.documents.ok.identity", "eligibility.documents.missing.legal-representative.identity"}},
		{"16-year-old by a guardian", Application{Person: teen, Applicant: ByLegalRepresentative, Documents: []Document{passport, snils},
			LegalRepresentative: []Document{{Kind: DocForeignPassport, Number: "AB123"}, {Kind: DocRepresentativeAuthority}}}, nil, true, []string{
			"eligibility.documents.ok.legal-representative.authority"}},
		{"16-year-old with full capacity alone", Application{Person: func() Person { p := teen; p.FullCapacity = true; return p }(),
			Documents: []Document{passport, snils}}, nil, true, nil},
		{"adult without СНИЛС (addendum: required)", Application{Person: adultRF, Documents: []Document{passport}}, nil, false, []string{
			"eligibility.documents.missing.snils"}},
		{"adult without СНИЛС (law.md: if available)", Application{Person: adultRF, Documents: []Document{passport}},
			&ifAvailable, true, []string{"eligibility.documents.absent-optional.snils"}},
		{"adult with temporary identity card", Application{Person: adultRF, Documents: []Document{{Kind: DocTemporaryIdentityCard, Number: "77/123"}, snils}}, nil, true, nil},
		{"malformed passport and wrong СНИЛС control", Application{Person: adultRF, Documents: []Document{
			{Kind: DocRussianPassport, Number: "45 06 12345"}, {Kind: DocSNILS, Number: "112-233-445 96"}}}, nil, false, []string{
			"eligibility.documents.invalid.identity", "eligibility.documents.invalid.snils"}},
		{"one bad, one good passport", Application{Person: adultRF, Documents: []Document{
			{Kind: DocRussianPassport, Number: "x"}, passport, snils}}, nil, true, []string{"eligibility.documents.ok.identity"}},
		{"by proxy without power of attorney", Application{Person: adultRF, Applicant: ByRepresentative, Documents: []Document{passport, snils},
			Representative: []Document{passport}}, nil, false, []string{
			"eligibility.documents.ok.representative.identity", "eligibility.documents.missing.representative.power-of-attorney"}},
		{"foreigner with expired ВНЖ", Application{Person: personFor(ForeignPermanent), Documents: []Document{
			{Kind: DocForeignPassport, Number: "FA 1"}, {Kind: DocResidencePermit, Number: "82 1234567", Expires: oms.SomeDate(d(2024, 5, 31))}}},
			nil, false, []string{"eligibility.documents.expired.residence-permit"}},
		{"foreigner with ВНЖ valid to the day", Application{Person: personFor(ForeignPermanent), Documents: []Document{
			{Kind: DocForeignPassport, Number: "FA 1"}, {Kind: DocResidencePermit, Number: "82 1234567", Expires: oms.SomeDate(june2024)}}},
			nil, true, nil},
		{"stateless with the RF document only", Application{Person: personFor(StatelessTemporary), Documents: []Document{
			{Kind: DocStatelessRFDocument, Number: "1"}}}, nil, true, []string{
			"eligibility.documents.ok.identity", "eligibility.documents.ok.temporary-residence-permit"}},
		{"foreign passport without a number", Application{Person: personFor(ForeignTemporary), Documents: []Document{
			{Kind: DocForeignPassport}, {Kind: DocTemporaryResidencePermit}}}, nil, false, []string{"eligibility.documents.invalid.identity"}},
		{"EAEU worker", Application{Person: personFor(EAEUWorker), Documents: []Document{
			{Kind: DocForeignPassport, Number: "AM1"}, {Kind: DocLabourContract}, snils}}, nil, true, nil},
		{"refugee", Application{Person: personFor(Refugee), Documents: []Document{{Kind: DocRefugeeCertificate, Number: "1"}}}, nil, true, nil},
		{"tourist: not insured, no list", Application{Person: Person{BirthDate: d(1990, 1, 1), Citizenship: Foreign, Residence: TemporaryStay}}, nil, false, []string{
			CodeDocumentsNoList}},
		{"adult under guardianship: the birth certificate is no authority", Application{Person: adultRF, Applicant: ByLegalRepresentative,
			Documents: []Document{passport, snils, bc}, LegalRepresentative: []Document{passport}}, nil, false, []string{
			"eligibility.documents.missing.legal-representative.authority"}},
		{"adult under guardianship with the guardianship act", Application{Person: adultRF, Applicant: ByLegalRepresentative,
			Documents: []Document{passport, snils}, LegalRepresentative: []Document{passport, {Kind: DocRepresentativeAuthority}}}, nil, true, nil},
		{"unknown applicant role", Application{Person: adultRF, Applicant: 9, Documents: []Document{passport, snils}}, nil, false, []string{
			"eligibility.applicant.invalid"}},
		{"invalid person", Application{Person: Person{BirthDate: d(2030, 1, 1), Citizenship: CitizenRF}}, nil, false, []string{"eligibility.person.invalid"}},
	}
}

func TestCheckDocumentsCases(t *testing.T) {
	for _, tc := range checkDocumentsCases() {
		t.Run(tc.name, func(t *testing.T) {
			r := DefaultRules()
			if tc.opts != nil {
				r = *tc.opts
			}
			dec := r.CheckDocuments(tc.app, june2024)
			if dec.OK() != tc.ok {
				t.Errorf("OK = %v\n%v", dec.OK(), dec)
			}
			for _, c := range tc.has {
				if !dec.Has(c) {
					t.Errorf("no %s\n%v", c, dec)
				}
			}
		})
	}
	if dec := CheckDocuments(Application{Person: Person{BirthDate: d(1980, 6, 15), Citizenship: CitizenRF}}, d(2010, 1, 1)); !dec.Has("eligibility.not-in-force") {
		t.Errorf("before 2011: %v", dec)
	}
}

func TestDocumentKindText(t *testing.T) {
	for k := NoDocument; k < numDocumentKinds; k++ {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back DocumentKind
		if err := back.UnmarshalText(b); err != nil || back != k {
			t.Fatalf("%v: %v %v", k, back, err)
		}
		if k != NoDocument && (k.NameRU() == "" || k.NameEN() == "") {
			t.Fatalf("%v: no names", k)
		}
	}
	if _, err := DocumentKind(200).MarshalText(); err == nil {
		t.Fatal("invalid kind marshalled")
	}
	if DocumentKind(200).NameRU() != "DocumentKind(200)" || DocumentKind(200).NameEN() != "DocumentKind(200)" {
		t.Fatal("invalid kind names")
	}
	var k DocumentKind
	if err := k.UnmarshalText([]byte("nope")); err == nil {
		t.Fatal("unknown kind accepted")
	}
	if Insured.String() != "insured" || IfAvailable.String() != "if_available" || Required.String() != "required" {
		t.Fatal("Party/Need String")
	}
}

// Property: every requirement left unmet is reported, all at once: drop a
// random subset of the documents of a complete application and compare the
// missing findings with a model that looks only at what is left.
func TestCheckDocumentsAllAtOnce(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := rapid.SampledFrom(Categories()).Draw(t, "category")
		role := rapid.SampledFrom([]Role{Self, ByLegalRepresentative, ByRepresentative}).Draw(t, "role")
		p := personFor(c)
		if rapid.Bool().Draw(t, "minor") && c == Citizen14Plus {
			p.BirthDate = d(2008, 1, 1)
		}
		reqs, _ := RequiredDocuments(c, june2024)
		minor := Age(p.BirthDate, june2024) < 18
		if (minor || role == ByLegalRepresentative) && c != CitizenUnder14 {
			reqs = append(reqs, func() []Requirement { x := legalRepresentativeRequirements(minor); return x[:] }()...)
		}
		if role == ByRepresentative {
			reqs = append(reqs, func() []Requirement { x := representativeRequirements(); return x[:] }()...)
		}
		app := fullApplication(p, reqs, role)
		keep := func(docs []Document, label string) []Document {
			var out []Document
			for i, d := range docs {
				if rapid.Bool().Draw(t, label+strconv.Itoa(i)) {
					out = append(out, d)
				}
			}
			return out
		}
		app.Documents = keep(app.Documents, "insured")
		app.LegalRepresentative = keep(app.LegalRepresentative, "legal")
		app.Representative = keep(app.Representative, "proxy")
		dec := CheckDocuments(app, june2024)
		for _, r := range reqs {
			pool := map[Party][]Document{Insured: app.Documents, LegalRepresentativeParty: app.LegalRepresentative, RepresentativeParty: app.Representative}[r.Party]
			if r.Party == LegalRepresentativeParty && r.accepts(DocBirthCertificate) {
				pool = append(slices.Clone(pool), app.Documents...)
			}
			present := slices.ContainsFunc(pool, func(d Document) bool { return r.accepts(d.Kind) })
			missing := dec.Has("eligibility.documents.missing."+r.Code) || dec.Has("eligibility.documents.absent-optional."+r.Code)
			if present == missing {
				t.Fatalf("%v %v: requirement %s present=%v but missing finding=%v\n%v", c, role, r.Code, present, missing, dec)
			}
		}
		wantOK := !(minor && role == Self)
		for _, r := range reqs {
			if r.Need == Required && dec.Has("eligibility.documents.missing."+r.Code) {
				wantOK = false
			}
		}
		if dec.OK() != wantOK {
			t.Fatalf("OK = %v, want %v\n%v", dec.OK(), wantOK, dec)
		}
	})
}

func TestApplicationJSON(t *testing.T) {
	app := Application{
		Person:    Person{BirthDate: d(2015, 6, 15), Citizenship: CitizenRF},
		Applicant: ByLegalRepresentative,
		Documents: []Document{{Kind: DocBirthCertificate, Number: "IV-МЮ 123456"}, {Kind: DocSNILS, Number: "112-233-445 95", Expires: oms.SomeDate(d(2030, 1, 1))}},
	}
	b, err := json.Marshal(app)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"kind":"birth_certificate"`) || !strings.Contains(string(b), `"applicant":"legal_representative"`) {
		t.Fatalf("JSON: %s", b)
	}
	var back Application
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, app) {
		t.Fatalf("round trip:\n%+v\n%+v", back, app)
	}
	a, _ := Assess(app.Person, june2024)
	if b, err := json.Marshal(a); err != nil || !strings.Contains(string(b), `"category":"citizen_under_14"`) {
		t.Fatalf("Assessment JSON: %s %v", b, err)
	}
}
