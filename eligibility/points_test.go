package eligibility

import (
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
