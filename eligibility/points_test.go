package eligibility

import (
	"strings"
	"testing"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

// The documents list cites the point of the Rules in force on the day of
// the application (rules-points.md row 2): 158н p. 9 (2011 text) to
// 27.05.2019, 108н p. 14 (p. 19 for EAEU categories) from 28.05.2019, and
// from 10.01.2023, when chapter II was not read, 326-ФЗ art. 16 part 5,
// unconfirmed.
func TestRequiredDocumentsPoints(t *testing.T) {
	for _, tc := range []struct {
		c           Category
		day         date.Date
		code        string
		party       Party
		want        string
		unconfirmed bool
	}{
		{CitizenUnder14, d(2014, 3, 3), "birth-certificate", Insured, "158н), п. 9 подп. 1", false},
		{CitizenUnder14, d(2014, 3, 3), "legal-representative.identity", LegalRepresentativeParty, "158н), п. 9 подп. 1", false},
		{CitizenUnder14, d(2020, 3, 3), "legal-representative.identity", LegalRepresentativeParty, "108н), п. 14 подп. 9", false},
		{Citizen14Plus, d(2020, 3, 3), "identity", Insured, "108н), п. 14 подп. 2", false},
		{Refugee, d(2015, 3, 3), "refugee-status", Insured, "158н), п. 9 подп. 3", false},
		{Refugee, d(2021, 3, 3), "refugee-status", Insured, "108н), п. 14 подп. 3", false},
		{ForeignPermanent, d(2016, 3, 3), "residence-permit", Insured, "158н), п. 9", false},
		{ForeignPermanent, d(2021, 3, 3), "residence-permit", Insured, "108н), п. 14 подп. 4", false},
		{StatelessPermanent, d(2021, 3, 3), "residence-permit", Insured, "108н), п. 14 подп. 5", false},
		{ForeignTemporary, d(2021, 3, 3), "temporary-residence-permit", Insured, "108н), п. 14 подп. 6", false},
		{StatelessTemporary, d(2021, 3, 3), "temporary-residence-permit", Insured, "108н), п. 14 подп. 7", false},
		{EAEUWorker, d(2021, 3, 3), "labour-contract", Insured, "108н), п. 19 подп. 1", false},
		// 108н p. 19 subp. 1: «отрывная часть бланка уведомления о прибытии».
		{EAEUWorker, d(2021, 3, 3), "arrival-notice", Insured, "108н), п. 19 подп. 1", false},
		{EAEUOfficial, d(2021, 3, 3), "eaeu-powers", Insured, "108н), п. 19 подп. 2", true}, // the list itself is unconfirmed
		// After 803н (2017) the 158н numbering was not read.
		{ForeignTemporary, d(2018, 3, 3), "temporary-residence-permit", Insured, "158н), п. 9", true},
		// The EAEU point of 158н (added by 803н) is not known.
		{EAEUWorker, d(2018, 3, 3), "labour-contract", Insured, "326-ФЗ, ст. 16, ч. 5", true},
		{Citizen14Plus, d(2024, 3, 4), "identity", Insured, "326-ФЗ, ст. 16, ч. 5", true},
	} {
		reqs, err := RequiredDocuments(tc.c, tc.day)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, q := range reqs {
			if q.Code != tc.code || q.Party != tc.party {
				continue
			}
			found = true
			got := q.Citation.String()
			if len(got) < len(tc.want) || got[len(got)-len(tc.want):] != tc.want || q.Unconfirmed != tc.unconfirmed {
				t.Errorf("%s %s on %s: %q (unconfirmed %v), want …%q %v", tc.c, tc.code, tc.day, got, q.Unconfirmed, tc.want, tc.unconfirmed)
			}
		}
		if !found {
			t.Errorf("%s on %s: no %s", tc.c, tc.day, tc.code)
		}
	}
	// Who applies: 158н pp. 3, 4, 6; 108н pp. 3, 4.
	child := Person{BirthDate: d(2010, 1, 1), Citizenship: CitizenRF}
	for _, tc := range []struct {
		day  date.Date
		want oms.Citation
	}{
		{d(2015, 6, 1), oms.Citation{Act: oms.ActRules158n, Point: "3, 4, 6", Title: ptApplicant.title}},
		{d(2020, 6, 1), oms.Citation{Act: oms.ActRules108n, Point: "3, 4", Title: ptApplicant.title}},
	} {
		f, ok := CheckDocuments(Application{Person: child, Applicant: Self}, tc.day).Find(CodeApplicantMinor)
		if !ok || f.Citation != tc.want {
			t.Errorf("%s: %+v", tc.day, f)
		}
	}
}

// The documents of a representative (158н p. 9 subp. 8; 108н p. 14
// subp. 8, which asks for a power of attorney under ГК РФ ст. 185) and of
// the legal representative of a minor from 14 (158н p. 9 subp. 9; 108н
// p. 14 subp. 9) cite their point on the day of the application, as the
// person's own documents do (rules-points.md row 2).
func TestRepresentativeDocumentsPoints(t *testing.T) {
	adult := Person{BirthDate: d(1980, 1, 1), Citizenship: CitizenRF, FullCapacity: true}
	teen := Person{BirthDate: d(2005, 1, 1), Citizenship: CitizenRF}     // 15 in 2020
	teen2001 := Person{BirthDate: d(2001, 1, 1), Citizenship: CitizenRF} // 15 in 2016
	for _, tc := range []struct {
		p           Person
		role        Role
		day         date.Date
		code        string
		want        string
		unconfirmed bool
	}{
		{adult, ByRepresentative, d(2015, 6, 1), CodeDocumentMissing + "representative.power-of-attorney", "158н), п. 9 подп. 8", false},
		{adult, ByRepresentative, d(2018, 6, 1), CodeDocumentMissing + "representative.identity", "158н), п. 9 подп. 8", true}, // after 803н
		{adult, ByRepresentative, d(2020, 6, 1), CodeDocumentMissing + "representative.power-of-attorney", "108н), п. 14 подп. 8", false},
		{adult, ByRepresentative, d(2024, 6, 1), CodeDocumentMissing + "representative.identity", "326-ФЗ, ст. 16, ч. 5", true},
		{teen, ByLegalRepresentative, d(2020, 6, 1), CodeDocumentMissing + "legal-representative.authority", "108н), п. 14 подп. 9", false},
		{teen2001, ByLegalRepresentative, d(2016, 6, 1), CodeDocumentMissing + "legal-representative.identity", "158н), п. 9 подп. 9", false},
	} {
		f, ok := CheckDocuments(Application{Person: tc.p, Applicant: tc.role}, tc.day).Find(tc.code)
		if !ok {
			t.Errorf("%s on %s: no finding", tc.code, tc.day)
			continue
		}
		got := f.Citation.String()
		if !strings.HasSuffix(got, tc.want) || f.Unconfirmed != tc.unconfirmed {
			t.Errorf("%s on %s: %q (unconfirmed %v), want …%q %v", tc.code, tc.day, got, f.Unconfirmed, tc.want, tc.unconfirmed)
		}
	}
	f, _ := CheckDocuments(Application{Person: adult, Applicant: ByRepresentative}, d(2020, 6, 1)).Find(CodeDocumentMissing + "representative.power-of-attorney")
	if !strings.Contains(f.Citation.Title, "ст. 185 ГК РФ") {
		t.Errorf("power of attorney: %q does not name ГК РФ ст. 185", f.Citation.Title)
	}
}

// An EAEU worker is insured citing, by the day, the EAEU Treaty art. 98
// that 803н implements (2017 to 27.05.2019, and from 10.01.2023: the point
// of the Rules in force was not read, unconfirmed) or the points of 108н
// on EAEU workers (pp. 17–19, 41, 42, rules-points.md rows 1c, 1d, 2, 3).
func TestEAEUInsuredPoints(t *testing.T) {
	kz := adult(Foreign, TemporaryStay)
	kz.Country, kz.LabourContract = "KZ", true
	for _, tc := range []struct {
		day         date.Date
		want        string
		unconfirmed bool
	}{
		{d(2018, 3, 1), "Договор о Евразийском экономическом союзе от 29.05.2014, ст. 98", true},
		{d(2021, 3, 1), "Правила ОМС (Приказ Минздрава России от 28.02.2019 № 108н), п. 17–19, 41, 42", false},
		{d(2024, 3, 1), "Договор о Евразийском экономическом союзе от 29.05.2014, ст. 98", true},
	} {
		a, err := Assess(kz, tc.day)
		if err != nil {
			t.Fatal(err)
		}
		f, ok := a.Decision.Find(CodeInsuredEAEU)
		if !ok || f.Citation.String() != tc.want || f.Unconfirmed != tc.unconfirmed {
			t.Errorf("%s: %q (unconfirmed %v), want %q %v", tc.day, f.Citation, f.Unconfirmed, tc.want, tc.unconfirmed)
		}
	}
}
