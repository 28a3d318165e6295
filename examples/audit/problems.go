package main

import (
	"errors"

	"github.com/omsrules/oms/calendar"
)

// A Problem is what the audit has to say about an application that is
// not a finding of law, and so no oms.Finding with a code: the
// application is dated after the audit day, or a question the library
// could not answer for it (the error it returned). The library's
// findings are the law; these are the audit's own notes on what it could
// and could not judge.
type Problem struct {
	Kind ProblemKind `json:"kind"`
	// Area is the section the problem concerns ("eligibility", "insurer",
	// "policy", "deadlines"), or "application" for the application as a
	// whole.
	Area string `json:"area"`
	RU   string `json:"message_ru"`
	EN   string `json:"message_en"`
}

// A ProblemKind says what kind of problem a Problem is; it marshals as
// its name.
type ProblemKind string

// The kinds of problem.
const (
	// AfterAuditDay: the application is dated after the audit day. It is
	// judged by the law of its own date all the same; the deadlines it
	// meets count as met, which the audit day cannot yet know.
	AfterAuditDay ProblemKind = "after_audit_day"
	// Unanswered: the library could not answer a question for the
	// application (a date before the law it holds, an inconsistent
	// history). The application does not pass: it could not be checked
	// whole.
	Unanswered ProblemKind = "unanswered"
	// BeyondData: the answer needs data the library does not hold yet (a
	// production calendar for a year not yet published). It is no fault
	// of the application, which passes if nothing else fails.
	BeyondData ProblemKind = "beyond_data"
)

// problemKinds are the kinds, in the order the summary lists them.
var problemKinds = []ProblemKind{AfterAuditDay, Unanswered, BeyondData}

// fails reports whether a problem of kind k keeps the application from
// passing.
func (k ProblemKind) fails() bool { return k == Unanswered }

// unanswered is the problem of a question in area the library could not
// answer: BeyondData for a year the production calendar does not know
// yet, Unanswered otherwise; its messages are ru and en, then the error.
func unanswered(area, ru, en string, err error) Problem {
	kind := Unanswered
	if errors.Is(err, calendar.ErrUnknownYear) {
		kind = BeyondData
	}
	return Problem{Kind: kind, Area: area, RU: ru + err.Error(), EN: en + err.Error()}
}

// checkProblem is the problem of a check in area the library could not
// make (a date outside its data, an inconsistent history).
func checkProblem(area string, err error) Problem {
	return unanswered(area, "Проверка не выполнена: ", "The check could not be made: ", err)
}

// dutyProblem is the problem of a deadline the library could not compute.
func dutyProblem(step string, err error) Problem {
	return unanswered("deadlines", "Срок «"+step+"» не вычислен: ", "The deadline \""+step+"\" could not be computed: ", err)
}
