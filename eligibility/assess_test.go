package eligibility

import (
	"errors"
	"strings"
	"testing"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
	"pgregory.net/rapid"
)

func adult(c Citizenship, r Residence) Person {
	return Person{BirthDate: d(1990, 6, 15), Citizenship: c, Residence: r}
}

// Real cases for every category and every dated rule. Sources are those of
// law.md and law-addendum.md, cited per case.
func TestAssessCases(t *testing.T) {
	with := func(p Person, f func(*Person)) Person { f(&p); return p }
	kz := with(adult(Foreign, TemporaryStay), func(p *Person) { p.Country = "KZ"; p.LabourContract = true })
	uz := with(adult(Foreign, TemporaryStay), func(p *Person) { p.Country = "UZ"; p.LabourContract = true; p.ContributionMonths = 36 })
	hqs := with(adult(Foreign, TemporaryResidence), func(p *Person) { p.HighlyQualified = true; p.Working = true })
	hqsFamily := with(adult(Foreign, TemporaryResidence), func(p *Person) { p.HQSFamilyMember = true })
	for _, tc := range []struct {
		name   string
		p      Person
		asOf   string
		want   Category
		code   string // a finding the decision must hold
		source string
	}{
		// 326-ФЗ art. 10: citizens; the Rules split the documents at 14.
		{"citizen 13, day before 14th birthday", Person{BirthDate: d(2012, 5, 10), Citizenship: CitizenRF}, "2026-05-09", CitizenUnder14, "eligibility.insured.citizen", "326-ФЗ art. 10"},
		{"citizen on 14th birthday", Person{BirthDate: d(2012, 5, 10), Citizenship: CitizenRF}, "2026-05-10", Citizen14Plus, "eligibility.insured.citizen", "326-ФЗ art. 10"},
		{"citizen born 29 Feb, 28 Feb of a common year", Person{BirthDate: d(2012, 2, 29), Citizenship: CitizenRF}, "2026-02-28", CitizenUnder14, "eligibility.insured.citizen", "age rule, see LeapDayRule"},
		{"citizen born 29 Feb, 1 March of a common year", Person{BirthDate: d(2012, 2, 29), Citizenship: CitizenRF}, "2026-03-01", Citizen14Plus, "eligibility.insured.citizen", "age rule, see LeapDayRule"},
		// 326-ФЗ art. 10: residents.
		{"foreigner with ВНЖ", adult(Foreign, PermanentResidence), "2024-01-01", ForeignPermanent, "eligibility.insured.resident", "326-ФЗ art. 10"},
		{"stateless with ВНЖ", adult(Stateless, PermanentResidence), "2024-01-01", StatelessPermanent, "eligibility.insured.resident", "326-ФЗ art. 10"},
		{"foreigner with РВП", adult(Foreign, TemporaryResidence), "2024-01-01", ForeignTemporary, "eligibility.insured.resident", "326-ФЗ art. 10"},
		{"stateless with РВП", adult(Stateless, TemporaryResidence), "2024-01-01", StatelessTemporary, "eligibility.insured.resident", "326-ФЗ art. 10"},
		// 326-ФЗ art. 10: persons under the law «О беженцах».
		{"refugee", with(adult(Foreign, NoResidence), func(p *Person) { p.Refugee = RecognisedRefugee }), "2020-01-01", Refugee, "eligibility.insured.refugee-law", "326-ФЗ art. 10"},
		{"refugee petition", with(adult(Stateless, TemporaryStay), func(p *Person) { p.Refugee = PetitionUnderConsideration }), "2020-01-01", RefugeePetitioner, "eligibility.insured.refugee-law", "326-ФЗ art. 10"},
		{"appeal against loss of status", with(adult(Foreign, NoResidence), func(p *Person) { p.Refugee = AppealAgainstDeprivation }), "2020-01-01", RefugeeAppellant, "eligibility.insured.refugee-law", "Rules, documents list"},
		{"temporary asylum", with(adult(Foreign, TemporaryStay), func(p *Person) { p.Refugee = TemporaryAsylumGranted }), "2020-01-01", TemporaryAsylum, "eligibility.insured.refugee-law", "326-ФЗ art. 10"},
		// EAEU workers from 01.01.2017 (Приказ 803н of 27.10.2016).
		{"EAEU worker, 31.12.2016", kz, "2016-12-31", NotInsured, "eligibility.not-insured.staying", "803н; ПП 186"},
		{"EAEU worker, 01.01.2017", kz, "2017-01-01", EAEUWorker, "eligibility.insured.eaeu", "803н"},
		{"EAEU official, 2018", with(adult(Foreign, TemporaryStay), func(p *Person) { p.Country = "BY"; p.EAEUOfficial = true }), "2018-03-01", EAEUOfficial, "eligibility.insured.eaeu", "803н"},
		{"EAEU official, 2016", with(adult(Foreign, TemporaryStay), func(p *Person) { p.Country = "BY"; p.EAEUOfficial = true }), "2016-03-01", NotInsured, "eligibility.not-insured.eaeu-not-yet", "803н"},
		{"EAEU worker's family member", with(adult(Foreign, TemporaryStay), func(p *Person) { p.Country = "KG"; p.EAEUFamilyMember = true }), "2026-04-01", NotInsured, "eligibility.not-insured.eaeu-family", "EAEU Court 04.03.2026 (24.kg)"},
		// ВКС: art. 10 in the edition of 390-ФЗ from 10.01.2014; the current
		// edition excludes only non-working family (date unconfirmed).
		{"ВКС with РВП, 09.01.2014", hqs, "2014-01-09", ForeignTemporary, "eligibility.hqs.insured", "326-ФЗ art. 10, original text"},
		{"ВКС with РВП, 10.01.2014", hqs, "2014-01-10", NotInsured, "eligibility.not-insured.hqs", "390-ФЗ"},
		{"ВКС with РВП, 2023", hqs, "2023-01-01", ForeignTemporary, "eligibility.hqs.insured", "326-ФЗ art. 10, current text (zakonrf.info)"},
		{"non-working family of ВКС, 2022", hqsFamily, "2022-12-31", NotInsured, "eligibility.not-insured.hqs", "390-ФЗ"},
		{"non-working family of ВКС, 2023", hqsFamily, "2023-01-01", NotInsured, "eligibility.not-insured.hqs-family", "326-ФЗ art. 10, current text"},
		{"working family of ВКС, 2023", with(hqsFamily, func(p *Person) { p.Working = true }), "2023-01-01", ForeignTemporary, "eligibility.hqs.insured", "326-ФЗ art. 10, current text"},
		{"art. 13.5 staff with РВП, 2015", with(adult(Foreign, TemporaryResidence), func(p *Person) { p.ForeignBranchStaff = true }), "2015-01-01", NotInsured, "eligibility.not-insured.foreign-branch", "390-ФЗ"},
		// Art. 16 part 1.1: 3 years from 2023, 5 years after 430-ФЗ.
		{"staying worker, 2022", uz, "2022-12-31", NotInsured, "eligibility.not-insured.staying", "ПП 186"},
		{"staying worker, 36 months, 2023", uz, "2023-06-01", StayingWorker, "eligibility.insured.staying-worker", "326-ФЗ art. 16 p. 1.1 (odin.ru)"},
		{"staying worker, 35 months, 2023", with(uz, func(p *Person) { p.ContributionMonths = 35 }), "2023-06-01", NotInsured, "eligibility.not-insured.qualifying-period", "326-ФЗ art. 16 p. 1.1"},
		{"staying worker, 36 months, 2026", uz, "2026-01-01", NotInsured, "eligibility.not-insured.qualifying-period", "430-ФЗ (sp-manino.ru)"},
		{"staying worker, 60 months, 2026", with(uz, func(p *Person) { p.ContributionMonths = 60 }), "2026-01-01", StayingWorker, "eligibility.insured.staying-worker", "430-ФЗ"},
		{"staying ВКС", with(uz, func(p *Person) { p.HighlyQualified = true }), "2024-01-01", NotInsured, "eligibility.not-insured.staying-hqs", "326-ФЗ art. 16 p. 1.1"},
		{"staying branch staff", with(uz, func(p *Person) { p.ForeignBranchStaff = true }), "2024-01-01", NotInsured, "eligibility.not-insured.staying-foreign-branch", "326-ФЗ art. 16 p. 1.1"},
		{"tourist", adult(Foreign, TemporaryStay), "2024-01-01", NotInsured, "eligibility.not-insured.staying", "ПП 186"},
		// Services (tfoms37.ru).
		{"serviceman", with(adult(CitizenRF, NoResidence), func(p *Person) { p.Service = MilitaryService }), "2024-01-01", NotInsured, "eligibility.not-insured.service", "tfoms37.ru"},
		{"police officer", with(adult(CitizenRF, NoResidence), func(p *Person) { p.Service = InternalAffairs }), "2019-01-15", NotInsured, "eligibility.not-insured.service", "arsvest.ru"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			asOf := mustDate(t, tc.asOf)
			a, err := Assess(tc.p, asOf)
			if err != nil {
				t.Fatal(err)
			}
			if a.Category != tc.want {
				t.Errorf("category %v, want %v\n%v", a.Category, tc.want, a.Decision)
			}
			if !a.Decision.Has(tc.code) {
				t.Errorf("no finding %s\n%v", tc.code, a.Decision)
			}
			if a.Insured() != tc.want.Insured() || a.Decision.OK() != tc.want.Insured() {
				t.Errorf("insured %v, decision ok %v", a.Insured(), a.Decision.OK())
			}
			for _, f := range a.Decision.Findings() {
				if f.Citation.IsZero() || f.RU == "" || f.EN == "" {
					t.Errorf("finding without citation or message: %+v", f)
				}
			}
		})
	}
}

// 326-ФЗ art. 16 part 3 (in the edition of 286-ФЗ of 03.07.2016) and
// Rules 108н p. 5: from birth until 30 days after the registration of birth
// the child is insured by the mother's insurer; before the 2016 change,
// until the registration (Rules 158н p. 5, 2011 text; rules-points.md row
// 6). The rule in force on the day of registration governs.
func TestAssessNewborn(t *testing.T) {
	for _, tc := range []struct {
		birth, reg, asOf string
		mother           bool
		until            string
	}{
		{"2015-03-01", "2015-03-10", "2015-03-09", true, "2015-03-09"},
		{"2015-03-01", "2015-03-10", "2015-03-10", false, ""},
		{"2020-03-01", "2020-03-10", "2020-04-09", true, "2020-04-09"},
		{"2020-03-01", "2020-03-10", "2020-04-10", false, ""},
		{"2016-07-01", "2016-07-05", "2016-07-20", false, ""},          // registered under the old rule: the amendment in force on the day asked does not reach it
		{"2016-07-01", "2016-07-05", "2016-07-04", true, "2016-07-04"}, // old rule, before registration
		{"2016-07-10", "2016-07-15", "2016-07-20", true, "2016-08-14"}, // registered on the first day of the new rule
	} {
		p := Person{BirthDate: mustDate(t, tc.birth), BirthRegistration: oms.SomeDate(mustDate(t, tc.reg)), Citizenship: CitizenRF}
		a, err := Assess(p, mustDate(t, tc.asOf))
		if err != nil {
			t.Fatal(err)
		}
		if a.MotherInsurer != tc.mother || a.Decision.Has("eligibility.newborn.mother-insurer") != tc.mother {
			t.Errorf("%+v: mother insurer %v\n%v", tc, a.MotherInsurer, a.Decision)
		}
		if tc.mother && a.MotherInsurerUntil != oms.SomeDate(mustDate(t, tc.until)) {
			t.Errorf("%+v: until %s", tc, a.MotherInsurerUntil)
		}
		if a.Category != CitizenUnder14 || !a.Insured() {
			t.Errorf("%+v: %v", tc, a.Category)
		}
	}
	// Not yet registered: covered, end unknown.
	a, err := Assess(Person{BirthDate: d(2024, 1, 1), Citizenship: CitizenRF}, d(2024, 1, 5))
	if err != nil || !a.MotherInsurer || !a.Decision.Has("eligibility.newborn.mother-insurer") {
		t.Fatalf("unregistered newborn: %v %v", a, err)
	}
	// Overriding the rule: 30 days from 2016-01-01 instead.
	alt := DefaultRules()
	alt.Newborn = alt.Newborn.With(oms.Dated[int]{From: d(2016, 1, 1), Value: 30})
	p := Person{BirthDate: d(2016, 3, 1), BirthRegistration: oms.SomeDate(d(2016, 3, 10)), Citizenship: CitizenRF}
	if a, _ := alt.Assess(p, d(2016, 3, 20)); !a.MotherInsurer {
		t.Fatal("override not applied")
	}
	if a, _ := Assess(p, d(2016, 3, 20)); a.MotherInsurer {
		t.Fatal("default rule: before mid-2016, cover ends at registration")
	}
}

func TestAssessRulesOverride(t *testing.T) {
	uz := Person{BirthDate: d(1990, 1, 1), Citizenship: Foreign, Country: "UZ", Residence: TemporaryStay, LabourContract: true, ContributionMonths: 40}
	// Default: 5 years from 2026-01-01.
	if a, _ := Assess(uz, d(2025, 12, 15)); a.Category != StayingWorker {
		t.Fatalf("3-year rule in 2025: %v", a.Decision)
	}
	// The other hypothesis: 5 years from 2025-12-10.
	early := DefaultRules()
	early.QualifyingYears = early.QualifyingYears.With(oms.Dated[int]{From: d(2025, 12, 10), Value: 5, Unconfirmed: true})
	if a, _ := early.Assess(uz, d(2025, 12, 15)); a.Category != NotInsured {
		t.Fatalf("override: %v", a.Decision)
	}
	if f, ok := func() (oms.Finding, bool) {
		a, _ := Assess(uz, d(2026, 2, 1))
		return a.Decision.Find("eligibility.not-insured.qualifying-period")
	}(); !ok || !f.Unconfirmed {
		t.Fatal("the 5-year rule must be marked unconfirmed")
	}
	// An HQS rule override: keep the 390-ФЗ exclusion in force.
	hqs := Person{BirthDate: d(1980, 1, 1), Citizenship: Foreign, Residence: PermanentResidence, HighlyQualified: true}
	keep := DefaultRules()
	keep.HQS = oms.MustTimeline(oms.Dated[HQSExclusion]{From: d(2014, 1, 10), Value: HQSAndFamilyExcluded})
	if a, _ := keep.Assess(hqs, d(2024, 1, 1)); a.Category != NotInsured {
		t.Fatal("HQS override")
	}
	if a, _ := DefaultRules().Assess(hqs, d(2024, 1, 1)); a.Category != ForeignPermanent {
		t.Fatal("defaults")
	}
	// The leap-day rule reaches CheckDocuments and Assess.
	leap := Person{BirthDate: d(2012, 2, 29), Citizenship: CitizenRF}
	feb28 := DefaultRules()
	feb28.LeapDay = LeapDayFeb28
	if a, _ := feb28.Assess(leap, d(2026, 2, 28)); a.Category != Citizen14Plus {
		t.Fatal("leap-day option")
	}
}

func TestAssessErrors(t *testing.T) {
	for _, tc := range []struct {
		p    Person
		asOf string
		want error
	}{
		{Person{BirthDate: d(2030, 1, 1), Citizenship: CitizenRF}, "2026-01-01", ErrInvalidPerson},
		{Person{BirthDate: d(2000, 1, 1)}, "2026-01-01", ErrInvalidPerson},
		{Person{BirthDate: d(2000, 1, 1), Citizenship: 9}, "2026-01-01", ErrInvalidPerson},
		{Person{BirthDate: d(2000, 1, 1), Citizenship: CitizenRF, Refugee: RecognisedRefugee}, "2026-01-01", ErrInvalidPerson},
		{Person{BirthDate: d(2000, 1, 1), Citizenship: Foreign}, "2026-01-01", ErrInvalidPerson},
		{Person{BirthDate: d(2000, 1, 1), Citizenship: CitizenRF, BirthRegistration: oms.SomeDate(d(1999, 1, 1))}, "2026-01-01", ErrInvalidPerson},
		{Person{BirthDate: d(2000, 1, 1), Citizenship: Foreign, Residence: 7}, "2026-01-01", ErrInvalidPerson},
		{Person{BirthDate: d(2000, 1, 1), Citizenship: Foreign, Refugee: 7}, "2026-01-01", ErrInvalidPerson},
		{Person{BirthDate: d(2000, 1, 1), Citizenship: CitizenRF, Service: 77}, "2026-01-01", ErrInvalidPerson},
		{Person{BirthDate: d(2000, 1, 1), Citizenship: Foreign, Residence: TemporaryStay, ContributionMonths: -1}, "2026-01-01", ErrInvalidPerson},
		{Person{BirthDate: d(2000, 1, 1), Citizenship: CitizenRF}, "2010-12-31", oms.ErrNotInForce},
	} {
		_, err := Assess(tc.p, mustDate(t, tc.asOf))
		if !errors.Is(err, tc.want) {
			t.Errorf("Assess(%+v) = %v, want %v", tc.p, err, tc.want)
		}
	}
}

// Property: Assess never panics; its error is the only way to refuse
// input; an assessment is insured exactly when its decision is OK and its
// category is one of insured persons.
func TestAssessInvariants(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := Person{
			BirthDate:          genDate(1930, 2026).Draw(t, "birth"),
			Citizenship:        Citizenship(rapid.IntRange(0, 4).Draw(t, "citizenship")),
			Country:            rapid.SampledFrom([]string{"", "KZ", "BY", "AM", "KG", "UZ", "TJ"}).Draw(t, "country"),
			Residence:          Residence(rapid.IntRange(0, 4).Draw(t, "residence")),
			Refugee:            RefugeeStatus(rapid.IntRange(0, 5).Draw(t, "refugee")),
			LabourContract:     rapid.Bool().Draw(t, "contract"),
			EAEUOfficial:       rapid.Bool().Draw(t, "official"),
			EAEUFamilyMember:   rapid.Bool().Draw(t, "eaeufamily"),
			HighlyQualified:    rapid.Bool().Draw(t, "hqs"),
			HQSFamilyMember:    rapid.Bool().Draw(t, "hqsfamily"),
			Working:            rapid.Bool().Draw(t, "working"),
			ForeignBranchStaff: rapid.Bool().Draw(t, "branch"),
			ContributionMonths: rapid.IntRange(-1, 120).Draw(t, "months"),
			Service:            Service(rapid.IntRange(0, 9).Draw(t, "service")),
		}
		if rapid.Bool().Draw(t, "registered") {
			p.BirthRegistration = oms.SomeDate(p.BirthDate.Add(7))
		}
		asOf := genDate(2009, 2027).Draw(t, "asOf")
		a, err := Assess(p, asOf)
		if err != nil {
			if !errors.Is(err, ErrInvalidPerson) && !errors.Is(err, oms.ErrNotInForce) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		if a.Insured() != a.Decision.OK() || a.Insured() != a.Category.Insured() {
			t.Fatalf("inconsistent: %v %v", a.Category, a.Decision)
		}
		if a.Decision.Len() == 0 {
			t.Fatal("no findings")
		}
		if a.Category.Insured() {
			if _, err := RequiredDocuments(a.Category, asOf); err != nil {
				t.Fatalf("no documents list for insured category %v on %s: %v", a.Category, asOf, err)
			}
		}
	})
}

func mustDate(t testing.TB, s string) date.Date {
	t.Helper()
	v, err := date.ParseISO(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestAssessLeapDayWarning(t *testing.T) {
	p := Person{BirthDate: d(2012, 2, 29), Citizenship: CitizenRF}
	a, _ := Assess(p, d(2026, 2, 28))
	f, ok := a.Decision.Find("eligibility.age.leap-day")
	if !ok || f.Severity != oms.Warning || !f.Unconfirmed || a.Category != CitizenUnder14 {
		t.Fatalf("28.02.2026: %v", a.Decision)
	}
	if a, _ := Assess(p, d(2026, 3, 1)); a.Decision.Has("eligibility.age.leap-day") {
		t.Fatal("1 March: both rules agree")
	}
	if a, _ := Assess(p, d(2028, 2, 28)); a.Decision.Has("eligibility.age.leap-day") {
		t.Fatal("leap year: no ambiguity")
	}
}

func TestPersonEnumsText(t *testing.T) {
	type textEnum interface {
		MarshalText() ([]byte, error)
		String() string
	}
	check := func(name string, n int, mk func(i int) textEnum, un func([]byte) (textEnum, error)) {
		for i := 0; i < n; i++ {
			v := mk(i)
			b, err := v.MarshalText()
			if err != nil {
				t.Fatalf("%s %d: %v", name, i, err)
			}
			back, err := un(b)
			if err != nil || back != v || string(b) != v.String() {
				t.Fatalf("%s %d: %q → %v, %v", name, i, b, back, err)
			}
		}
		if _, err := mk(200).MarshalText(); err == nil {
			t.Fatalf("%s 200 marshalled", name)
		}
		if !strings.Contains(mk(200).String(), "(200)") {
			t.Fatalf("%s 200: %q", name, mk(200).String())
		}
		if _, err := un([]byte("nope")); err == nil {
			t.Fatalf("%s: unknown text accepted", name)
		}
	}
	check("Citizenship", 4, func(i int) textEnum { return Citizenship(i) }, func(b []byte) (textEnum, error) {
		var v Citizenship
		err := v.UnmarshalText(b)
		return v, err
	})
	check("Residence", 4, func(i int) textEnum { return Residence(i) }, func(b []byte) (textEnum, error) {
		var v Residence
		err := v.UnmarshalText(b)
		return v, err
	})
	check("RefugeeStatus", 5, func(i int) textEnum { return RefugeeStatus(i) }, func(b []byte) (textEnum, error) {
		var v RefugeeStatus
		err := v.UnmarshalText(b)
		return v, err
	})
	check("Service", int(numServices), func(i int) textEnum { return Service(i) }, func(b []byte) (textEnum, error) {
		var v Service
		err := v.UnmarshalText(b)
		return v, err
	})
	check("Role", 3, func(i int) textEnum { return Role(i) }, func(b []byte) (textEnum, error) {
		var v Role
		err := v.UnmarshalText(b)
		return v, err
	})
	// The one list of services (tfoms37.ru): stable codes, names, citation.
	wantCodes := "military internal-affairs penitentiary bailiffs fire-service customs courier-service rosgvardia"
	var codes []string
	for _, sv := range Services() {
		codes = append(codes, sv.String())
		if !sv.IsValid() || sv.NameRU() == "" || sv.NameEN() == "" || sv.Citation().Article != "10" {
			t.Errorf("service %s: names or citation missing", sv)
		}
	}
	if got := strings.Join(codes, " "); got != wantCodes {
		t.Errorf("Services: %q, want %q", got, wantCodes)
	}
	if !NoService.IsValid() || NoService.NameRU() != "" || numServices.IsValid() || numServices.NameEN() != "Service(9)" {
		t.Error("Service.IsValid / names of NoService and an invalid value")
	}
	if HQSNonWorkingFamilyExcluded.String() != "non-working-family" {
		t.Fatal("HQSExclusion.String")
	}
	if !IsEAEUState("KZ") || !IsEAEUState("kg") || IsEAEUState("UZ") || IsEAEUState("RU") || IsEAEUState("K") || IsEAEUState("KZZ") {
		t.Fatal("IsEAEUState")
	}
}
