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
// requires (eligibility.CheckDocuments) and returns the decision and its
// findings. CheckDocuments repeats the findings of Assess first; they are
// already in the eligibility section (elig), so only the rest is kept.
func (c *checker) documents(a *Application, elig []oms.Finding) (oms.Decision, []oms.Finding) {
	app := eligibility.Application{Person: a.Person.Person, Applicant: a.Applicant, Documents: a.Documents}
	switch a.Applicant {
	case eligibility.ByLegalRepresentative:
		app.LegalRepresentative = a.RepresentativeDocuments
	case eligibility.ByRepresentative:
		app.Representative = a.RepresentativeDocuments
	}
	all := eligibility.CheckDocuments(app, a.Date).Findings()
	if !sameCodes(all, elig) {
		return oms.NewDecision(all...), all
	}
	rest := all[len(elig):]
	return oms.NewDecision(rest...), rest
}

// sameCodes reports whether the findings fs start with those of prefix,
// code for code.
func sameCodes(fs, prefix []oms.Finding) bool {
	if len(prefix) > len(fs) {
		return false
	}
	for i := range prefix {
		if fs[i].Code != prefix[i].Code {
			return false
		}
	}
	return true
}
