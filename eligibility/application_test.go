package eligibility

import (
	"slices"
	"testing"
)

// CheckDocuments reports the applicant and the documents only;
// CheckApplication adds the findings of Assess first, each once.
func TestCheckApplicationNoRepeats(t *testing.T) {
	apps := []Application{
		{Person: Person{BirthDate: d(2015, 6, 15), Citizenship: CitizenRF}, Applicant: ByLegalRepresentative,
			Documents: []Document{{Kind: DocBirthCertificate, Number: "IV-МЮ 123456"}}},
		{Person: Person{BirthDate: d(1990, 1, 1), Citizenship: Foreign, Residence: TemporaryStay}},
		{Person: Person{BirthDate: d(2012, 2, 29), Citizenship: CitizenRF}, Applicant: Self},
	}
	for _, app := range apps {
		a, err := Assess(app.Person, june2024)
		if err != nil {
			t.Fatal(err)
		}
		docs := CheckDocuments(app, june2024)
		all := CheckApplication(app, june2024)
		want := append(a.Decision.Codes(), docs.Codes()...)
		if !slices.Equal(all.Codes(), want) {
			t.Errorf("CheckApplication %v, want %v", all.Codes(), want)
		}
		for _, c := range a.Decision.Codes() {
			if docs.Has(c) {
				t.Errorf("CheckDocuments repeats %s", c)
			}
		}
		seen := map[string]bool{}
		for _, c := range all.Codes() {
			if seen[c] {
				t.Errorf("%s twice", c)
			}
			seen[c] = true
		}
	}
	// A tourist: the reason (Assess) and the missing list (documents).
	all := CheckApplication(apps[1], june2024)
	if !all.Has(CodeNotInsuredStaying) || !all.Has(CodeDocumentsNoList) || all.OK() {
		t.Errorf("tourist: %v", all.Codes())
	}
}
