package eligibility

import (
	"slices"
	"strings"
	"testing"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

// documentOutcomes makes every outcome of every requirement the package
// sets, by real applications: for each day of the Rules' versions, each
// category and applicant, each requirement and each kind it accepts, the
// document presented valid, with a bad number, expired, and not at all.
// It returns the finding codes made.
func documentOutcomes(t *testing.T) map[string]bool {
	t.Helper()
	made := map[string]bool{}
	days := []date.Date{d(2012, 6, 1), d(2021, 3, 3), june2024, d(2026, 6, 1)}
	for _, day := range days {
		for _, c := range Categories() {
			for _, role := range []Role{Self, ByLegalRepresentative, ByRepresentative} {
				base := Application{Person: personFor(c), Applicant: role}
				reqs, err := RequiredDocuments(c, day)
				if err != nil {
					continue // the category is not insured on the day
				}
				lr, rr := legalRepresentativeRequirements(true), representativeRequirements()
				reqs = append(append(reqs, lr[:]...), rr[:]...)
				for _, q := range reqs {
					for _, k := range q.AnyOf {
						for _, doc := range []Document{
							{Kind: k, Number: validNumber(k)},
							{Kind: k, Number: ""},
							{Kind: k, Number: validNumber(k), Expires: oms.SomeDate(day.AddDate(0, 0, -1))},
						} {
							app := base
							app.Documents, app.LegalRepresentative, app.Representative = nil, nil, nil
							switch q.Party {
							case Insured:
								app.Documents = []Document{doc}
							case LegalRepresentativeParty:
								app.LegalRepresentative = []Document{doc}
							case RepresentativeParty:
								app.Representative = []Document{doc}
							}
							for _, code := range CheckDocuments(app, day).Codes() {
								made[code] = true
							}
						}
					}
				}
				for _, code := range CheckDocuments(base, day).Codes() {
					made[code] = true
				}
			}
		}
	}
	return made
}

// Every document finding the catalogue lists is made by some application,
// and these, asserted one by one, among them.
func TestEveryDocumentCodeMade(t *testing.T) {
	made := documentOutcomes(t)
	for _, c := range Codes() {
		if strings.HasPrefix(c.Code, "eligibility.documents.") && c.Code != CodeDocumentsNoList && !made[c.Code] {
			t.Errorf("the catalogue lists %s, which no application makes", c.Code)
		}
	}
	for _, code := range []string{
		"eligibility.documents.ok.arrival-notice",
		"eligibility.documents.ok.eaeu-powers",
		"eligibility.documents.ok.labour-contract",
		"eligibility.documents.ok.refugee-status",
		"eligibility.documents.ok.residence-permit",
		"eligibility.documents.invalid.arrival-notice",
		"eligibility.documents.invalid.birth-certificate",
		"eligibility.documents.invalid.legal-representative.authority",
		"eligibility.documents.invalid.legal-representative.identity",
		"eligibility.documents.invalid.refugee-status",
		"eligibility.documents.invalid.representative.identity",
		"eligibility.documents.invalid.residence-permit",
		"eligibility.documents.invalid.temporary-residence-permit",
		"eligibility.documents.expired.arrival-notice",
		"eligibility.documents.expired.birth-certificate",
		"eligibility.documents.expired.eaeu-powers",
		"eligibility.documents.expired.identity",
		"eligibility.documents.expired.labour-contract",
		"eligibility.documents.expired.legal-representative.authority",
		"eligibility.documents.expired.legal-representative.identity",
		"eligibility.documents.expired.refugee-status",
		"eligibility.documents.expired.representative.identity",
		"eligibility.documents.expired.representative.power-of-attorney",
		"eligibility.documents.expired.snils",
		"eligibility.documents.missing.arrival-notice",
		"eligibility.documents.missing.eaeu-powers",
		"eligibility.documents.missing.identity",
		"eligibility.documents.missing.representative.identity",
		"eligibility.documents.missing.residence-permit",
		"eligibility.documents.missing.temporary-residence-permit",
	} {
		if !made[code] {
			t.Errorf("%s is not made", code)
		}
	}
	var all []string
	for c := range made {
		all = append(all, c)
	}
	slices.Sort(all)
	t.Logf("%d document codes made", len(all))
}
