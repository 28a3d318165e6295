package main

import (
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
// requires (eligibility.CheckDocuments, which does not repeat the findings
// of Assess already in the eligibility section). A person who is not
// insured has no list to check.
func (c *checker) documents(a *Application, elig oms.Decision) oms.Decision {
	if !elig.OK() {
		return oms.Decision{}
	}
	app := eligibility.Application{Person: a.Person.Person, Applicant: a.Applicant, Documents: a.Documents}
	switch a.Applicant {
	case eligibility.ByLegalRepresentative:
		app.LegalRepresentative = a.RepresentativeDocuments
	case eligibility.ByRepresentative:
		app.Representative = a.RepresentativeDocuments
	}
	return eligibility.CheckDocuments(app, a.Date)
}
