package eligibility

import (
	"testing"

	"github.com/omsrules/oms"
)

// Every code of the catalogue is listed once, with a package, citations
// and both summaries.
func TestCodesCatalogue(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range Codes() {
		if seen[c.Code] {
			t.Errorf("%s listed twice", c.Code)
		}
		seen[c.Code] = true
		if c.Package != "eligibility" || len(c.Citations) == 0 || c.RU == "" || c.EN == "" {
			t.Errorf("%s: %+v", c.Code, c)
		}
		for _, ct := range c.Citations {
			// Every citation names its article or point (issue 9).
			if ct.Act == "" || (ct.Article == "" && ct.Point == "") {
				t.Errorf("%s cites a bare act: %+v", c.Code, ct)
			}
		}
	}
	for _, code := range []string{DutyNewbornChoice + ".met", DutyNewbornChoice + ".overdue", CodeDocumentAbsentOptional + "snils"} {
		if !seen[code] {
			t.Errorf("%s not listed", code)
		}
	}
}

// Each finding code, made by a real case and asserted, with the catalogue
// entry's severity.
func TestEveryCodeMade(t *testing.T) {
	asOf := june2024
	foreign := func(mod func(*Person)) Person {
		p := Person{BirthDate: d(1985, 1, 1), Citizenship: Foreign, Country: "DE", Residence: PermanentResidence}
		mod(&p)
		return p
	}
	assess := func(p Person, day string) oms.Decision {
		t.Helper()
		a, err := Assess(p, mustDate(t, day))
		if err != nil {
			t.Fatal(err)
		}
		return a.Decision
	}
	cases := []struct {
		code string
		dec  oms.Decision
	}{
		{CodePersonInvalid, CheckDocuments(Application{Person: Person{BirthDate: d(2030, 1, 1), Citizenship: CitizenRF}}, asOf)},
		{CodeNotInForce, CheckDocuments(Application{Person: Person{BirthDate: d(2000, 1, 1), Citizenship: CitizenRF}}, d(2010, 1, 1))},
		{CodeLeapDay, assess(Person{BirthDate: d(2012, 2, 29), Citizenship: CitizenRF}, "2026-02-28")},
		{CodeNewbornMotherInsurer, assess(Person{BirthDate: d(2024, 5, 20), Citizenship: CitizenRF, BirthRegistration: oms.SomeDate(d(2024, 5, 25))}, "2024-06-01")},
		{CodeInsuredCitizen, assess(Person{BirthDate: d(1990, 1, 1), Citizenship: CitizenRF}, "2024-06-01")},
		{CodeInsuredRefugeeLaw, assess(personFor(Refugee), "2024-06-01")},
		{CodeInsuredEAEU, assess(personFor(EAEUWorker), "2024-06-01")},
		{CodeInsuredResident, assess(personFor(ForeignPermanent), "2024-06-01")},
		{CodeInsuredStayingWorker, assess(Person{BirthDate: d(1990, 1, 1), Citizenship: Foreign, Country: "UZ", Residence: TemporaryStay, LabourContract: true, ContributionMonths: 40}, "2025-06-01")},
		{CodeHQSInsured, assess(foreign(func(p *Person) { p.HighlyQualified = true }), "2024-06-01")},
		{CodeNotInsuredService, assess(Person{BirthDate: d(1990, 1, 1), Citizenship: CitizenRF, Service: MilitaryService}, "2024-06-01")},
		{CodeNotInsuredEAEUNotYet, assess(Person{BirthDate: d(1990, 1, 1), Citizenship: Foreign, Country: "KZ", Residence: TemporaryStay, EAEUOfficial: true}, "2016-06-01")},
		{CodeNotInsuredEAEUFamily, assess(Person{BirthDate: d(1990, 1, 1), Citizenship: Foreign, Country: "KZ", Residence: TemporaryStay, EAEUFamilyMember: true}, "2024-06-01")},
		{CodeNotInsuredStaying, assess(Person{BirthDate: d(1990, 1, 1), Citizenship: Foreign, Residence: TemporaryStay}, "2024-06-01")},
		{CodeNotInsuredForeignBranch, assess(foreign(func(p *Person) { p.ForeignBranchStaff = true }), "2024-06-01")},
		{CodeNotInsuredHQS, assess(foreign(func(p *Person) { p.HighlyQualified = true }), "2020-06-01")},
		{CodeNotInsuredHQSFamily, assess(foreign(func(p *Person) { p.HQSFamilyMember = true }), "2024-06-01")},
		{CodeNotInsuredStayingHQS, assess(Person{BirthDate: d(1990, 1, 1), Citizenship: Foreign, Residence: TemporaryStay, LabourContract: true, HighlyQualified: true, ContributionMonths: 80}, "2024-06-01")},
		{CodeNotInsuredStayingForeignBranch, assess(Person{BirthDate: d(1990, 1, 1), Citizenship: Foreign, Residence: TemporaryStay, LabourContract: true, ForeignBranchStaff: true, ContributionMonths: 80}, "2024-06-01")},
		{CodeNotInsuredQualifyingPeriod, assess(Person{BirthDate: d(1990, 1, 1), Citizenship: Foreign, Residence: TemporaryStay, LabourContract: true, ContributionMonths: 10}, "2024-06-01")},
		{CodeApplicantInvalid, CheckDocuments(Application{Person: adultCitizen(), Applicant: 9}, asOf)},
		{CodeApplicantMinor, CheckDocuments(Application{Person: Person{BirthDate: d(2010, 1, 1), Citizenship: CitizenRF}}, asOf)},
		{CodeDocumentsNoList, CheckDocuments(Application{Person: Person{BirthDate: d(1990, 1, 1), Citizenship: Foreign, Residence: TemporaryStay}}, asOf)},
		{CodeDocumentOK + "identity", CheckDocuments(Application{Person: adultCitizen(), Documents: []Document{{Kind: DocRussianPassport, Number: "45 06 123456"}}}, asOf)},
		{CodeDocumentInvalid + "identity", CheckDocuments(Application{Person: adultCitizen(), Documents: []Document{{Kind: DocRussianPassport, Number: "x"}}}, asOf)},
		{CodeDocumentExpired + "residence-permit", CheckDocuments(Application{Person: personFor(ForeignPermanent), Documents: []Document{{Kind: DocResidencePermit, Number: "82 1234567", Expires: oms.SomeDate(d(2024, 1, 1))}}}, asOf)},
		{CodeDocumentMissing + "snils", CheckDocuments(Application{Person: adultCitizen()}, asOf)},
		{CodeDocumentAbsentOptional + "snils", CheckDocuments(Application{Person: personFor(ForeignPermanent)}, asOf)},
	}
	sev := map[string]oms.Severity{}
	for _, c := range Codes() {
		sev[c.Code] = c.Severity
	}
	for _, c := range cases {
		f, ok := c.dec.Find(c.code)
		if !ok {
			t.Errorf("%s not made: %v", c.code, c.dec.Codes())
			continue
		}
		if s, listed := sev[c.code]; !listed || s != f.Severity {
			t.Errorf("%s: severity %s, catalogue %s (listed %v)", c.code, f.Severity, s, listed)
		}
	}
}

func adultCitizen() Person { return Person{BirthDate: d(1990, 1, 1), Citizenship: CitizenRF} }
