package main

import (
	"slices"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
)

// eligibility assesses the person on the day the application was filed:
// the category and the decision.
func (c *checker) eligibility(a *Application) (eligibility.Category, oms.Decision) {
	as, err := eligibility.Assess(a.Person.Person, a.Date)
	if err != nil {
		return eligibility.NotInsured, inputProblem("eligibility", err)
	}
	return as.Category, as.Decision
}

// documents checks the documents presented against those the category
// requires (eligibility.CheckDocuments). CheckDocuments repeats the
// findings of Assess first; they are already in the eligibility section,
// so only the rest is kept here.
func (c *checker) documents(a *Application, elig oms.Decision) oms.Decision {
	app := eligibility.Application{Person: a.Person.Person, Applicant: a.Applicant, Documents: a.Documents}
	switch a.Applicant {
	case eligibility.ByLegalRepresentative:
		app.LegalRepresentative = a.RepresentativeDocuments
	case eligibility.ByRepresentative:
		app.Representative = a.RepresentativeDocuments
	}
	all := eligibility.CheckDocuments(app, a.Date).Findings()
	n := elig.Len()
	if n > len(all) || !slices.Equal(codes(all[:n]), elig.Codes()) {
		return oms.NewDecision(all...)
	}
	return oms.NewDecision(all[n:]...)
}

func codes(fs []oms.Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Code
	}
	return out
}
