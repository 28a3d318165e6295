package main

// This file holds the two endpoints that keep a person's history of
// choices of clinic and doctor (323-ФЗ ст. 21): POST /v1/clinic-choice
// checks an application against the stored history with
// program.AccessRules.CheckClinicChoice and records the choice if the law
// allows it, in one transaction locked per person, as POST /v1/switch does
// for insurers; POST /v1/clinic-history reads the history.

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/program"
)

// maxNameLen is the most characters a clinic's or doctor's identifier may
// have.
const maxNameLen = 200

// clinicChoice answers POST /v1/clinic-choice.
//
// An application dated before the person's latest recorded choice is a
// 409: the check counts only the choices dated on or before it, so it
// would not see the later ones and could pass a yearly limit they used
// up. Two choices on one day are no conflict, unlike two switches of
// insurer: the history keeps them in the order recorded, and the check
// reads them in that order.
func (s *server) clinicChoice(ctx context.Context, req *ClinicChoiceRequest) (any, error) {
	person, err := personKey("enp", req.ENP)
	if err != nil {
		return nil, err
	}
	q, region, err := clinicChoiceRequest(req)
	if err != nil {
		return nil, err
	}
	cal, err := calendar.ForRegion(region)
	if err != nil {
		return nil, bad("region: %v", err)
	}
	var dec oms.Decision
	var duty calendar.Duty
	decide := func(rows []clinicChoice) (clinicChoice, bool, error) {
		h, err := choiceHistoryOf(rows)
		if err != nil {
			return clinicChoice{}, false, err
		}
		day := q.Date.String()
		if n := len(rows); !req.CheckOnly && n > 0 && day < rows[n-1].Day {
			return clinicChoice{}, false, &conflict{fmt.Sprintf("date: %s is before the person's latest recorded choice of clinic or doctor (%s); the history is recorded in order", day, rows[n-1].Day)}
		}
		if dec, duty, err = s.access.CheckClinicChoice(cal, h, q); err != nil {
			return clinicChoice{}, false, choiceError(err)
		}
		return clinicChoiceOf(q), !req.CheckOnly && recordableChoice(q, dec, duty), nil
	}
	resp := ClinicChoiceResponse{}
	if req.CheckOnly {
		// Nothing is written, so no transaction is needed.
		rows, err := s.store.ClinicHistory(ctx, person)
		if err != nil {
			return nil, err
		}
		if _, _, err := decide(rows); err != nil {
			return nil, err
		}
	} else if resp.Recorded, err = s.store.DecideClinic(ctx, person, decide); err != nil {
		return nil, err
	}
	if resp.AnswerDue, err = duty.InRegion(region); err != nil {
		return nil, err
	}
	resp.Decision, resp.TimeZone = dec, resp.AnswerDue.DueAt.Location().String()
	return resp, nil
}

// clinicChoiceRequest turns the request into program's terms, with the
// region of the clinic. Each error names the field.
func clinicChoiceRequest(req *ClinicChoiceRequest) (program.ChoiceRequest, oms.Region, error) {
	var q program.ChoiceRequest
	var err error
	if q.Date, err = parseDay("date", req.Date); err != nil {
		return q, 0, err
	}
	region, err := parseRegion("region", req.Region)
	if err != nil {
		return q, 0, err
	}
	if req.Subject == "" {
		return q, 0, bad("subject: missing (clinic or doctor)")
	}
	for _, e := range []struct {
		field, value string
		v            interface{ UnmarshalText([]byte) error }
	}{
		{"subject", req.Subject, &q.Subject},
		{"ground", req.Ground, &q.Ground},
		{"doctor_kind", req.DoctorKind, &q.DoctorKind},
		{"doctor_consent", req.DoctorConsent, &q.Consent},
		{"channel", req.Channel, &q.Channel},
		{"applicant", req.Applicant, &q.Applicant},
		{"excluded", req.Excluded, &q.Excluded},
	} {
		if err := enum(e.field, e.value, e.v); err != nil {
			return q, 0, err
		}
	}
	if q.Clinic, err = name("clinic", req.Clinic); err != nil {
		return q, 0, err
	}
	if req.Doctor != "" && q.Subject != program.ChooseDoctor {
		return q, 0, bad("doctor: only for a choice of doctor (subject doctor)")
	}
	if req.Doctor != "" {
		if q.Doctor, err = name("doctor", req.Doctor); err != nil {
			return q, 0, err
		}
	}
	if req.Refusal != nil {
		if req.Refusal.Ground == "" {
			return q, 0, bad("refusal.ground: missing (over_norm, outside_area_no_places or other)")
		}
		if err := enum("refusal.ground", req.Refusal.Ground, &q.Refusal.Ground); err != nil {
			return q, 0, err
		}
		q.Refusal.InWriting, q.Refusal.Reasoned = req.Refusal.InWriting, req.Refusal.Reasoned
	}
	if err := choiceDays(req, &q); err != nil {
		return q, 0, err
	}
	return q, region, nil
}

// choiceDays reads the request's optional days into q.
func choiceDays(req *ClinicChoiceRequest, q *program.ChoiceRequest) error {
	for _, e := range []struct {
		field, value string
		v            *oms.OptionalDate
	}{
		{"birth_date", req.BirthDate, &q.Born},
		{"answered", req.Answered, &q.Answered},
		{"as_of", req.AsOf, &q.AsOf},
	} {
		if e.value == "" {
			continue
		}
		d, err := parseDay(e.field, e.value)
		if err != nil {
			return err
		}
		*e.v = oms.SomeDate(d)
	}
	if born, ok := q.Born.Get(); ok && born.After(q.Date) {
		return bad("birth_date: %s is after the application's date %s", born, q.Date)
	}
	return nil
}

// name checks the identifier of a clinic or doctor: present, at most
// maxNameLen characters of valid UTF-8, no control characters.
func name(field, s string) (string, error) {
	switch {
	case strings.TrimSpace(s) == "":
		return "", bad("%s: missing", field)
	case !utf8.ValidString(s):
		return "", bad("%s: not valid UTF-8", field)
	case utf8.RuneCountInString(s) > maxNameLen:
		return "", bad("%s: longer than %d characters", field, maxNameLen)
	case strings.ContainsFunc(s, unicode.IsControl):
		return "", bad("%s: holds a control character", field)
	}
	return s, nil
}

// choiceError turns an error of CheckClinicChoice into a 400 naming the
// field in the request's terms; any other error stays (a 500).
func choiceError(err error) error {
	switch {
	case errors.Is(err, program.ErrInvalidChoice):
		msg := strings.TrimPrefix(err.Error(), program.ErrInvalidChoice.Error()+": ")
		msg = strings.TrimPrefix(msg, "request.")
		if rest, ok := strings.CutPrefix(msg, "born:"); ok {
			msg = "birth_date:" + rest
		}
		return bad("%s", msg)
	case errors.Is(err, oms.ErrNotInForce), errors.Is(err, calendar.ErrUnknownYear):
		return bad("date: %v", err)
	}
	return err
}

// recordableChoice reports whether an application so decided becomes
// part of the history: the clinic did not refuse it, it breaks no rule,
// and it is not a choice of the clinic the person is already attached to
// (no change; program says it uses up no yearly choice). The findings on
// the clinic's answer duty (late, overdue) are the clinic's failings, not
// the person's: they do not stop the choice being recorded.
func recordableChoice(q program.ChoiceRequest, dec oms.Decision, duty calendar.Duty) bool {
	if q.Refusal.Ground != 0 {
		return false
	}
	for _, f := range dec.Findings() {
		if strings.HasPrefix(f.Code, duty.Code+".") {
			continue
		}
		if f.Severity == oms.Violation || f.Code == program.CodeAccessClinicSame {
			return false
		}
	}
	return true
}

func clinicChoiceOf(q program.ChoiceRequest) clinicChoice {
	return clinicChoice{Day: q.Date.String(), Subject: q.Subject.String(), Ground: cmp.Or(q.Ground, program.AtWill).String(),
		Clinic: q.Clinic, Doctor: q.Doctor}
}

// choiceHistoryOf reads stored choices back into a program.ChoiceHistory,
// in the stored order. A row that does not parse is an error (a 500): the
// store holds only what the portal wrote.
func choiceHistoryOf(rows []clinicChoice) (program.ChoiceHistory, error) {
	h := make(program.ChoiceHistory, 0, len(rows))
	for i, r := range rows {
		e, err := choiceEntryOf(r)
		if err != nil {
			return nil, fmt.Errorf("stored clinic history, entry %d: %w", i, err)
		}
		h = append(h, e)
	}
	return h, nil
}

func choiceEntryOf(r clinicChoice) (program.ChoiceEntry, error) {
	d, err := parseDay("day", r.Day)
	if err != nil {
		return program.ChoiceEntry{}, err
	}
	e := program.ChoiceEntry{Date: d, Clinic: r.Clinic, Doctor: r.Doctor}
	if err := e.Subject.UnmarshalText([]byte(r.Subject)); err != nil || !e.Subject.IsValid() {
		return e, fmt.Errorf("subject %q", r.Subject)
	}
	if err := e.Ground.UnmarshalText([]byte(r.Ground)); err != nil || !e.Ground.IsValid() {
		return e, fmt.Errorf("ground %q", r.Ground)
	}
	if r.Clinic == "" {
		return e, errors.New("no clinic")
	}
	return e, nil
}

// clinicHistory answers POST /v1/clinic-history: the person's recorded
// choices of clinic and doctor.
func (s *server) clinicHistory(ctx context.Context, req *ClinicHistoryRequest) (any, error) {
	person, err := personKey("enp", req.ENP)
	if err != nil {
		return nil, err
	}
	rows, err := s.store.ClinicHistory(ctx, person)
	if err != nil {
		return nil, err
	}
	h, err := choiceHistoryOf(rows)
	if err != nil {
		return nil, err
	}
	resp := ClinicHistoryResponse{Entries: make([]ClinicEntryJSON, 0, len(h))}
	for _, e := range h {
		resp.Entries = append(resp.Entries, ClinicEntryJSON{Date: e.Date.String(), Subject: e.Subject.String(),
			Ground: e.Ground.String(), Clinic: e.Clinic, Doctor: e.Doctor})
	}
	return resp, nil
}
