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

// documents checks the documents presented against those required.
func (c *checker) documents(a *Application, cat eligibility.Category) oms.Decision {
	return oms.Decision{}
}
