package program

import (
	"errors"
	"fmt"
	"slices"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/eligibility"
)

// ErrInvalidChoice is returned (wrapped) by CheckClinicChoice for a request
// or history that cannot be checked; the message names the field.
var ErrInvalidChoice = errors.New("program: invalid choice of clinic or doctor")

// A ChoiceEntry is one past application for a choice of clinic or doctor.
type ChoiceEntry struct {
	// Date is the day the application was filed.
	Date date.Date `json:"date"`
	// Subject is what was chosen.
	Subject ChoiceSubject `json:"subject"`
	// Ground is why: at will, or on a change of residence or stay.
	Ground ChoiceGround `json:"ground"`
	// Clinic identifies the medical organisation (its code in the
	// region's register, or any stable name): the one chosen, or the one
	// the doctor works in.
	Clinic string `json:"clinic"`
	// Doctor identifies the doctor chosen, for Subject ChooseDoctor.
	Doctor string `json:"doctor,omitempty"`
	// Refused is set when the application was refused; a refused
	// application is no choice and counts towards no limit.
	Refused bool `json:"refused,omitempty"`
}

// A ChoiceHistory is a person's past applications for a choice of clinic or
// doctor, in any order.
type ChoiceHistory []ChoiceEntry

// A ChoiceRefusal is the clinic's refusal of an application, as the
// clinic gave it. The zero ChoiceRefusal is no refusal.
type ChoiceRefusal struct {
	// Ground is the reason given.
	Ground RefusalGround `json:"ground,omitzero"`
	// InWriting is set when the refusal was given in writing.
	InWriting bool `json:"in_writing,omitempty"`
	// Reasoned is set when the refusal states its reasons.
	Reasoned bool `json:"reasoned,omitempty"`
}

// A ChoiceRequest is an application for a choice of clinic or doctor to
// check against the person's history. It decodes from JSON with
// snake_case names; every zero value marshals.
type ChoiceRequest struct {
	// Date is the day the application is filed.
	Date date.Date `json:"date"`
	// Subject is what is chosen: "clinic" or "doctor".
	Subject ChoiceSubject `json:"subject"`
	// Ground is "at_will" or "relocation"; empty means at will.
	Ground ChoiceGround `json:"ground,omitzero"`
	// Clinic identifies the medical organisation chosen, or the one the
	// chosen doctor works in.
	Clinic string `json:"clinic"`
	// Doctor identifies the chosen doctor, for a choice of doctor.
	Doctor string `json:"doctor,omitempty"`
	// DoctorKind is the chosen doctor's post, required for a choice of
	// doctor.
	DoctorKind DoctorKind `json:"doctor_kind,omitzero"`
	// Consent is what is known of the chosen doctor's consent.
	Consent DoctorConsent `json:"doctor_consent,omitzero"`
	// Channel is how the application is filed; empty means on paper.
	Channel ApplicationChannel `json:"channel,omitzero"`
	// Applicant is who files; empty means the person themselves.
	Applicant eligibility.Role `json:"applicant,omitzero"`
	// Born is the person's date of birth, if known: with it, a child's
	// application is checked to come from a legal representative.
	Born oms.OptionalDate `json:"born,omitzero"`
	// Excluded is set for a person in a group the procedure does not
	// cover (servicemen, alternative service, conscripts).
	Excluded ScopeExclusion `json:"excluded,omitzero"`
	// OutsideHomeRegion is set when the clinic is outside the region where
	// the person lives.
	OutsideHomeRegion bool `json:"outside_home_region,omitempty"`
	// Refusal is the clinic's refusal, if it refused.
	Refusal ChoiceRefusal `json:"refusal,omitzero"`
	// Answered is the day the clinic answered, if it has.
	Answered oms.OptionalDate `json:"answered,omitzero"`
	// AsOf, when set, is the day to judge the clinic's answer on: the
	// decision then holds the answer duty's status (met, late, pending,
	// overdue).
	AsOf oms.OptionalDate `json:"as_of,omitzero"`
}

// A ChoiceCase is what a portal receives to check a choice: the person's
// history and the application, as one JSON body
// {"history": [...], "request": {...}}.
type ChoiceCase struct {
	History ChoiceHistory `json:"history"`
	Request ChoiceRequest `json:"request"`
}

// CheckClinicChoice is AccessRules.CheckClinicChoice with the default
// rules and the federal calendar.
func CheckClinicChoice(h ChoiceHistory, req ChoiceRequest) (oms.Decision, calendar.Duty, error) {
	return DefaultAccessRules().CheckClinicChoice(nil, h, req)
}

// CheckClinicChoice checks an application for a choice of clinic or doctor
// against the person's history and returns every finding, and the duty of
// the clinic to answer (due in 2 working days of cal, nil meaning the
// federal calendar; see ChoiceAnswer):
//
//   - the clinic for primary care is chosen at will at most once a year;
//     a choice on a change of residence or stay is outside the limit
//     (323-ФЗ ст. 21 ч. 2);
//   - the doctor — терапевт, педиатр (участковый or not), врач общей
//     практики or фельдшер — at most once a year; the first choice after a
//     change of clinic is outside the limit, and the count starts afresh
//     in the new clinic (ч. 2 limits choices «в выбранной медицинской
//     организации»); the choice needs the doctor's consent (ч. 1);
//   - a choice of clinic on relocation neither needs nor uses up the
//     yearly choice (the library's reading of «за исключением случаев»,
//     unconfirmed and flagged with a warning when it matters); refused
//     applications count for nothing; only history entries dated on or
//     before the request count;
//   - the procedure by date: 406н to 31.08.2025, a written application;
//     from 01.09.2025 also through Gosuslugi; its scope (not servicemen,
//     alternative service, conscripts; not a clinic outside the home
//     region); a child applies through a legal representative;
//   - a refusal: on the clinic being over its norm of patients, or the
//     applicant living outside its area with no free places, given in
//     writing with reasons (access.md §1.2, [S]).
//
// The error wraps ErrInvalidChoice for a request or history that cannot be
// checked, naming the field, and oms.ErrNotInForce for a day before the
// rules (2012).
func (r AccessRules) CheckClinicChoice(cal *calendar.Calendar, h ChoiceHistory, req ChoiceRequest) (oms.Decision, calendar.Duty, error) {
	if err := req.validate(); err != nil {
		return oms.Decision{}, calendar.Duty{}, err
	}
	if err := h.validate(); err != nil {
		return oms.Decision{}, calendar.Duty{}, err
	}
	proc, err := r.Procedure.At(req.Date)
	if err != nil {
		return oms.Decision{}, calendar.Duty{}, fmt.Errorf("program: choice procedure on %s: %w", req.Date, err)
	}
	past := h.before(req.Date)
	var b oms.DecisionBuilder
	checkScope(&b, req)
	checkApplicant(&b, proc, req)
	checkChannel(&b, proc, req)
	switch req.Subject {
	case ChooseClinic:
		err = r.checkClinicLimit(&b, past, req)
	default:
		err = r.checkDoctor(&b, past, req)
	}
	if err != nil {
		return oms.Decision{}, calendar.Duty{}, err
	}
	checkRefusal(&b, req)
	duty, err := dutyAt(cal, r.ChoiceAnswer, req.Date)
	if err != nil {
		return oms.Decision{}, calendar.Duty{}, err
	}
	if asOf, ok := req.AsOf.Get(); ok {
		b.AddDecision(duty.Check(req.Answered, asOf))
	}
	return b.Decision(), duty, nil
}

func (req ChoiceRequest) validate() error {
	bad := func(field, why string) error { return fmt.Errorf("%w: request.%s: %s", ErrInvalidChoice, field, why) }
	switch {
	case !req.Subject.IsValid():
		return bad("subject", "must be \"clinic\" or \"doctor\"")
	case req.Ground != 0 && !req.Ground.IsValid():
		return bad("ground", "unknown ground")
	case req.Ground == Relocation && req.Subject == ChooseDoctor:
		return bad("ground", "relocation is a ground for a choice of clinic; a doctor chosen after a change of clinic is recognised from the history")
	case req.Clinic == "":
		return bad("clinic", "missing")
	case req.Subject == ChooseDoctor && !req.DoctorKind.IsValid():
		return bad("doctor_kind", "missing or unknown for a choice of doctor")
	}
	for _, e := range []struct {
		field string
		bad   bool
	}{
		{"doctor_consent", req.Consent != 0 && !req.Consent.IsValid()},
		{"channel", req.Channel != 0 && !req.Channel.IsValid()},
		{"applicant", req.Applicant != 0 && !req.Applicant.IsValid()},
		{"excluded", req.Excluded != 0 && !req.Excluded.IsValid()},
		{"refusal.ground", req.Refusal.Ground != 0 && !req.Refusal.Ground.IsValid()},
	} {
		if e.bad {
			return bad(e.field, "unknown value")
		}
	}
	if born, ok := req.Born.Get(); ok && born.After(req.Date) {
		return bad("born", "after the application's date")
	}
	if ans, ok := req.Answered.Get(); ok && ans.Before(req.Date) {
		return bad("answered", "before the application's date")
	}
	return nil
}

func (h ChoiceHistory) validate() error {
	for i, e := range h {
		bad := func(field, why string) error {
			return fmt.Errorf("%w: history[%d].%s: %s", ErrInvalidChoice, i, field, why)
		}
		switch {
		case !e.Subject.IsValid():
			return bad("subject", "must be \"clinic\" or \"doctor\"")
		case !e.Ground.IsValid():
			return bad("ground", "must be \"at_will\" or \"relocation\"")
		case e.Clinic == "":
			return bad("clinic", "missing")
		}
	}
	return nil
}

// before returns the entries dated on or before day that were not
// refused, oldest first (stable for entries of one day).
func (h ChoiceHistory) before(day date.Date) ChoiceHistory {
	out := make(ChoiceHistory, 0, len(h))
	for _, e := range h {
		if !e.Refused && !e.Date.After(day) {
			out = append(out, e)
		}
	}
	slices.SortStableFunc(out, func(a, b ChoiceEntry) int { return int(a.Date.Sub(b.Date)) })
	return out
}

// sameYear reports whether a choice on later falls within the year of a
// choice on earlier, under span.
func sameYear(span YearSpan, earlier, later date.Date) bool {
	if span == TwelveMonths {
		return later.Before(addYearGK(earlier))
	}
	return earlier.Year() == later.Year()
}

// addYearGK returns the day one year after d by ГК РФ ст. 192: the same
// month and day, 28 February for 29 February in a common year.
func addYearGK(d date.Date) date.Date {
	y, m, day := d.Date()
	if n := date.DaysIn(y+1, m); day > n {
		day = n
	}
	return date.New(y+1, m, day)
}
