package eligibility_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
	"github.com/rickb777/date"
)

func Example() {
	p := eligibility.Person{BirthDate: date.New(2012, time.May, 10), Citizenship: eligibility.CitizenRF}
	for _, day := range []date.Date{date.New(2026, time.May, 9), date.New(2026, time.May, 10)} {
		a, err := eligibility.Assess(p, day)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(day, a.Category, a.Insured())
	}
	// Output:
	// 2026-05-09 citizen-under-14 true
	// 2026-05-10 citizen-14-plus true
}

func ExampleParseSNILS() {
	for _, in := range []string{"11223344595", "112-233-445 96", "112-233-44"} {
		s, err := eligibility.ParseSNILS(in)
		switch {
		case errors.Is(err, eligibility.ErrControlNumber):
			fmt.Println("control number:", err)
		case err != nil:
			fmt.Println("malformed:", err)
		default:
			fmt.Println(s)
		}
	}
	// Output:
	// 112-233-445 95
	// control number: eligibility: СНИЛС "112-233-445 96" has control number 96, want 95
	// malformed: eligibility: invalid СНИЛС "112-233-44": 8 digits, want 11
}

func ExampleSNILSControl() {
	fmt.Printf("%02d %02d %02d\n", eligibility.SNILSControl(112233445), eligibility.SNILSControl(1058828), eligibility.SNILSControl(4997975))
	// Output: 95 00 00
}

func ExampleParsePassport() {
	p, err := eligibility.ParsePassport("4506 № 123456")
	fmt.Println(p, p.Series(), p.Number(), err)
	// Output: 45 06 123456 4506 123456 <nil>
}

func ExampleParseBirthCertificate() {
	c, err := eligibility.ParseBirthCertificate("iv мю №123456")
	fmt.Println(c, c.Roman(), err)
	// Output: IV-МЮ 123456 4 <nil>
}

func ExampleAssess() {
	// A worker from Uzbekistan, temporarily staying, with 40 months of ОМС
	// contributions: insured under art. 16 part 1.1 in 2025 (3 years), not
	// from 2026 (5 years after 430-ФЗ; the date is unconfirmed).
	p := eligibility.Person{
		BirthDate: date.New(1990, time.March, 3), Citizenship: eligibility.Foreign, Country: "UZ",
		Residence: eligibility.TemporaryStay, LabourContract: true, ContributionMonths: 40,
	}
	for _, day := range []date.Date{date.New(2025, time.June, 1), date.New(2026, time.June, 1)} {
		a, _ := eligibility.Assess(p, day)
		fmt.Println(day, a.Category)
		for _, f := range a.Decision.Findings() {
			fmt.Printf("  %s (%s) unconfirmed=%v\n", f.Code, f.Citation, f.Unconfirmed)
		}
	}
	// Output:
	// 2025-06-01 staying-worker
	//   eligibility.insured.staying-worker (326-ФЗ, ст. 16, ч. 1.1) unconfirmed=false
	// 2026-06-01 not-insured
	//   eligibility.not-insured.qualifying-period (326-ФЗ, ст. 16, ч. 1.1) unconfirmed=true
}

func ExampleAssess_newborn() {
	p := eligibility.Person{
		BirthDate: date.New(2024, time.March, 1), Citizenship: eligibility.CitizenRF,
		BirthRegistration: oms.SomeDate(date.New(2024, time.March, 12)),
	}
	a, _ := eligibility.Assess(p, date.New(2024, time.March, 20))
	fmt.Println(a.MotherInsurer, a.MotherInsurerUntil)
	// Output: true 2024-04-11
}

func ExampleCheckDocuments() {
	app := eligibility.Application{
		Person:    eligibility.Person{BirthDate: date.New(2015, time.June, 15), Citizenship: eligibility.CitizenRF},
		Applicant: eligibility.ByLegalRepresentative,
		Documents: []eligibility.Document{{Kind: eligibility.DocBirthCertificate, Number: "IV-МЮ 12345"}},
	}
	dec := eligibility.CheckDocuments(app, date.New(2024, time.June, 1))
	fmt.Println(dec.OK())
	for _, f := range dec.Violations() {
		fmt.Println(f.Code)
	}
	// Output:
	// false
	// eligibility.documents.invalid.birth-certificate
	// eligibility.documents.missing.legal-representative.identity
	// eligibility.documents.invalid.legal-representative.authority
}

func ExampleRequiredDocuments() {
	reqs, _ := eligibility.RequiredDocuments(eligibility.ForeignTemporary, date.New(2024, time.June, 1))
	for _, r := range reqs {
		fmt.Println(r.Code, r.Need, r.AnyOf)
	}
	// Output:
	// identity required [foreign-passport foreign-identity-document]
	// temporary-residence-permit required [temporary-residence-permit]
	// snils if-available [snils]
}

func ExampleRules_sNILSFrom14() {
	// The СНИЛС of a citizen from 14: "if available" under the Rules 158н
	// (p. 9 subp. 2), required under 108н (p. 14 subp. 2) from 28.05.2019.
	for _, day := range []date.Date{date.New(2015, time.June, 1), date.New(2020, time.June, 1)} {
		reqs, _ := eligibility.RequiredDocuments(eligibility.Citizen14Plus, day)
		r := reqs[len(reqs)-1]
		fmt.Println(day, r.Code, r.Need, "—", r.Citation)
	}
	// Output:
	// 2015-06-01 snils if-available — Правила ОМС (Приказ Минздравсоцразвития России от 28.02.2011 № 158н), п. 9 подп. 2
	// 2020-06-01 snils required — Правила ОМС (Приказ Минздрава России от 28.02.2019 № 108н), п. 14 подп. 2
}

func ExampleNewbornCover() {
	// A birth registered before the 2016 change keeps the old rule (Rules
	// 158н p. 5): the mother's insurer covers the child until the day of
	// registration. One registered under 108н: thirty days after it.
	for _, reg := range []date.Date{date.New(2016, time.July, 5), date.New(2024, time.March, 12)} {
		d, _ := eligibility.NewbornCover(reg)
		fmt.Println(reg, "covered through", d.Due, "—", d.Citation)
	}
	// Output:
	// 2016-07-05 covered through 2016-07-04 — Правила ОМС (Приказ Минздравсоцразвития России от 28.02.2011 № 158н), п. 5
	// 2024-03-12 covered through 2024-04-11 — Правила ОМС (Приказ Минздрава России от 28.02.2019 № 108н), п. 5
}

func ExampleRules() {
	// Override a rule the library marks unconfirmed: date the 5-year rule
	// of 430-ФЗ from 10.12.2025 instead of 01.01.2026.
	r := eligibility.DefaultRules()
	r.QualifyingYears = r.QualifyingYears.With(oms.Dated[int]{From: date.New(2025, time.December, 10), Value: 5, Unconfirmed: true})
	p := eligibility.Person{BirthDate: date.New(1990, time.January, 1), Citizenship: eligibility.Foreign, Country: "UZ",
		Residence: eligibility.TemporaryStay, LabourContract: true, ContributionMonths: 40}
	a, _ := r.Assess(p, date.New(2025, time.December, 15))
	b, _ := eligibility.Assess(p, date.New(2025, time.December, 15))
	fmt.Println(a.Category, b.Category)
	// Output: not-insured staying-worker
}

func ExampleCheckApplication() {
	// A 16-year-old applying alone: the person's findings (Assess), then
	// the applicant's and the documents', each once.
	app := eligibility.Application{
		Person:    eligibility.Person{BirthDate: date.New(2008, time.June, 15), Citizenship: eligibility.CitizenRF},
		Documents: []eligibility.Document{{Kind: eligibility.DocRussianPassport, Number: "45 06 123456"}, {Kind: eligibility.DocSNILS, Number: "112-233-445 95"}},
	}
	for _, f := range eligibility.CheckApplication(app, date.New(2024, time.June, 1)).Findings() {
		fmt.Println(f.Severity, f.Code)
	}
	// Output:
	// info eligibility.insured.citizen
	// violation eligibility.applicant.minor
	// info eligibility.documents.ok.identity
	// info eligibility.documents.ok.snils
	// violation eligibility.documents.missing.legal-representative.identity
	// violation eligibility.documents.missing.legal-representative.authority
}
