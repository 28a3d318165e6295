package main

import (
	"fmt"
	"sync"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/eligibility"
	"github.com/omsrules/oms/policy"
	"github.com/omsrules/oms/smo"
	"github.com/rickb777/date"
)

// A checker runs the checks of the library on applications. It is safe
// for concurrent use by the workers.
type checker struct {
	reg  *smo.Registry
	asOf date.Date
	// bySMO holds, per region code, an smo.Checker using the region's
	// production calendar, built on first use.
	bySMO [100]struct {
		once sync.Once
		c    *smo.Checker
		cal  *calendar.Calendar
	}
}

func newChecker(reg *smo.Registry, asOf date.Date) *checker {
	return &checker{reg: reg, asOf: asOf}
}

// forRegion returns the insurer checker and the production calendar of
// region r: the federal calendar with the region's own non-working days.
func (c *checker) forRegion(r oms.Region) (*smo.Checker, *calendar.Calendar) {
	s := &c.bySMO[r]
	s.once.Do(func() {
		cal, err := calendar.ForRegion(r)
		if err != nil {
			cal = calendar.Federal()
		}
		s.cal = cal
		s.c = smo.NewChecker(c.reg, smo.DefaultRules(), cal)
	})
	return s.c, s.cal
}

// inRegion is d with its 24:00 instant in the time zone of region r, as
// Duty.InRegion gives it (oms.Region.Location loads each zone once); an
// invalid region, which the other checks report, leaves it in UTC.
func inRegion(d calendar.Duty, r oms.Region) calendar.Duty {
	loc, _ := r.Location() // nil for an invalid region: UTC in Duty.In
	return d.In(loc)
}

// check audits one application.
func (c *checker) check(a *Application) *Result {
	res := new(Result)
	c.checkInto(res, a)
	return res
}

// checkInto is check into res, which it overwrites whole: a worker
// reuses one Result for all its rows.
func (c *checker) checkInto(res *Result, a *Application) {
	*res = Result{App: a}
	res.Sections = res.sections[:0]
	if a.Date.After(c.asOf) {
		// Judged by the law of its own date all the same; the deadlines it
		// meets are counted as met, which the audit day cannot yet know.
		res.note(Problem{Kind: AfterAuditDay, Area: "application",
			RU: fmt.Sprintf("Заявление датировано %s — позже дня проверки %s", a.Date.Format("02.01.2006"), c.asOf.Format("02.01.2006")),
			EN: fmt.Sprintf("The application is dated %s, after the audit day %s", a.Date, c.asOf),
		})
	}
	cat, elig, docs, err := c.eligibility(a)
	if err != nil {
		res.note(checkProblem("eligibility", err))
	} else {
		if cat.IsValid() {
			res.Category, res.CategoryRU, res.CategoryEN = cat.String(), cat.NameRU(), cat.NameEN()
		}
		res.add("eligibility", elig)
		if cat.Insured() {
			res.add("documents", docs)
		}
	}
	if a.Insurer != "" {
		dec, err := c.insurer(a)
		res.addOr("insurer", dec, err)
	}
	if a.Policy.Form != "" {
		dec, err := c.policy(a, cat)
		res.addOr("policy", dec, err)
	}
	dues, dec := c.deadlines(a, res)
	res.Deadlines = dues
	if dec.Len() > 0 {
		res.add("deadlines", dec)
	}
	res.finish()
}

// history builds the person's history of insurers.
func history(a *Application) (smo.History, error) {
	return smo.NewHistory(a.History...)
}

// insurer checks the choice or switch of insurer; the error is of a
// history the library could not make.
func (c *checker) insurer(a *Application) (oms.Decision, error) {
	h, err := history(a)
	if err != nil {
		return oms.Decision{}, err
	}
	sc, _ := c.forRegion(a.Region)
	return sc.CheckSwitch(h, smo.Request{
		Date: a.Date, Insurer: a.Insurer, Region: a.Region, Reason: a.Reason,
		Applicant: a.Applicant, Born: a.Person.BirthDate, FullCapacity: a.Person.FullCapacity,
	}), nil
}

// policy checks the policy the person holds, as issued: its form on that
// day and its term for the category (policy.InForce on the day of issue).
// Where the term ends, the findings say so; a policy of 2017 that has run
// out since is no fault of the 2017 application.
func (c *checker) policy(a *Application, cat eligibility.Category) (oms.Decision, error) {
	if a.Policy.Form == "temporary-certificate" {
		return oms.Decision{}, nil
	}
	f, err := policy.ParseForm(a.Policy.Form)
	if err != nil {
		return oms.Decision{}, err
	}
	p := policy.Policy{Form: f, Category: cat, Issued: a.Policy.Issued}
	if a.Policy.HasENP {
		p.ENP = a.Policy.ENP
	}
	if a.Person.HasStatusUntil {
		p.BasisEnd = oms.SomeDate(a.Person.StatusUntil)
	}
	if !a.Policy.HasIssued {
		p.Issued = a.Date
	}
	return policy.InForce(p, p.Issued)
}
