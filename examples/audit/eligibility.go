package main

import (
	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
)

// eligibility assesses the person on the day the application was filed
// and checks the documents presented against those the category requires,
// assessing the person once (eligibility.AssessApplication): the category,
// the decision on the person, and that on the documents. The documents of
// a person who is not insured are not checked: there is no list.
// The error is of a person the library could not assess.
func (c *checker) eligibility(a *Application) (eligibility.Category, oms.Decision, oms.Decision, error) {
	app := eligibility.Application{Person: a.Person.Person, Applicant: a.Applicant, Documents: a.Documents}
	switch a.Applicant {
	case eligibility.ByLegalRepresentative:
		app.LegalRepresentative = a.RepresentativeDocuments
	case eligibility.ByRepresentative:
		app.Representative = a.RepresentativeDocuments
	}
	as, docs, err := eligibility.AssessApplication(app, a.Date)
	if err != nil {
		return eligibility.NotInsured, oms.Decision{}, oms.Decision{}, err
	}
	if !as.Decision.OK() {
		docs = oms.Decision{}
	}
	return as.Category, as.Decision, docs, nil
}
