package main

// This file holds every call the portal makes into package smo, and the two
// endpoints that keep a person's history of insurers: POST /v1/switch
// checks an application against the stored history and records it if the
// law allows it, in one transaction; POST /v1/history reads the history.

import (
	"context"
	"fmt"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/eligibility"
	"github.com/omsrules/oms/policy"
	"github.com/omsrules/oms/smo"
)

// personKey checks the ЕНП a request names and returns it as the key of
// the person's history. A legacy number whose check digit is wrong is
// accepted, as the registers hold such numbers. The error names the field
// but does not repeat the number.
func personKey(field, s string) (string, error) {
	e, err := policy.ParseENPLax(s)
	if err != nil {
		return "", bad("%s: want the 16 digits of the ЕНП (единый номер полиса)", field)
	}
	return e.String(), nil
}

func (s *server) checker(r oms.Region) *smo.Checker {
	c := &s.checkers[r]
	c.once.Do(func() {
		cal, err := calendar.ForRegion(r)
		if err != nil {
			cal = calendar.Federal()
		}
		c.c = smo.NewChecker(s.reg, smo.DefaultRules(), cal)
	})
	return c.c
}

// switchRequest turns the request into smo's terms.
func switchRequest(req *SwitchRequest) (smo.Request, error) {
	q := smo.Request{Insurer: req.Insurer, FullCapacity: req.FullCapacity, Applicant: eligibility.Self}
	var err error
	if q.Date, err = parseDay("date", req.Date); err != nil {
		return q, err
	}
	if q.Born, err = parseDay("birth_date", req.BirthDate); err != nil {
		return q, err
	}
	if q.Region, err = parseRegion("region", req.Region); err != nil {
		return q, err
	}
	if err := enum("reason", req.Reason, &q.Reason); err != nil {
		return q, err
	}
	switch req.Applicant {
	case "", "self":
	case "representative":
		q.Applicant = eligibility.ByRepresentative
	case "legal_representative":
		q.Applicant = eligibility.ByLegalRepresentative
	default:
		return q, bad("applicant: %q (want self, representative or legal_representative)", req.Applicant)
	}
	return q, nil
}

// switchInsurer answers POST /v1/switch.
func (s *server) switchInsurer(ctx context.Context, req *SwitchRequest) (any, error) {
	person, err := personKey("enp", req.ENP)
	if err != nil {
		return nil, err
	}
	q, err := switchRequest(req)
	if err != nil {
		return nil, err
	}
	c := s.checker(q.Region)
	var dec oms.Decision
	decide := func(rows []choice) (choice, bool, error) {
		h, err := historyOf(rows)
		if err != nil {
			return choice{}, false, err
		}
		// smo checks an application against the entries dated on or
		// before it: one dated before the latest record would not see
		// that record, and could pass a limit it already used up.
		latest := ""
		if len(rows) > 0 {
			latest = rows[len(rows)-1].Day
		}
		day := q.Date.String()
		if !req.CheckOnly && day < latest {
			return choice{}, false, &conflict{fmt.Sprintf("date: %s is before the person's latest recorded application (%s); the history is recorded in order", day, latest)}
		}
		dec = c.CheckSwitch(h, q)
		ok := !req.CheckOnly && recordable(dec)
		// A history orders the entries of one day by reason and insurer,
		// not by when they came: a second application recorded on one day
		// would make the order, and so the current insurer, ambiguous.
		if ok && day == latest {
			return choice{}, false, &conflict{fmt.Sprintf("date: the person already has an application recorded on %s; file the next one on a later day", day)}
		}
		return recordedChoice(q, dec), ok, nil
	}
	resp := SwitchResponse{Available: []Insurer{}}
	if req.CheckOnly {
		// Nothing is written, so no transaction is needed.
		rows, err := s.store.History(ctx, person)
		if err != nil {
			return nil, err
		}
		if _, _, err := decide(rows); err != nil {
			return nil, err
		}
	} else if resp.Recorded, err = s.store.Decide(ctx, person, decide); err != nil {
		return nil, err
	}
	resp.Decision = dec
	if eff, err := c.EffectiveDate(q.Date); err == nil && resp.Decision.OK() {
		resp.Effective = eff.Due.String()
	}
	for _, in := range s.reg.Available(q.Region, q.Date) {
		resp.Available = append(resp.Available, Insurer{Number: in.Number(), Name: in.Name(), Scope: in.Scope()})
	}
	return resp, nil
}

// recordable reports whether an application so decided becomes part of
// the history: it must break no rule, and an application to the insurer
// the person already has changes nothing (smo says it is not a
// replacement), so it is not recorded either.
func recordable(dec oms.Decision) bool {
	return dec.OK() && !dec.Has(smo.CodeSameInsurer)
}

// recordedChoice is the entry to record for an application so decided. A
// "first choice" by a person who already has an insurer is a replacement,
// and smo checks it as a voluntary one (smo.CodeNotFirstChoice); it is
// recorded as voluntary, or the next one would not count it towards the
// yearly limit.
func recordedChoice(q smo.Request, dec oms.Decision) choice {
	if dec.Has(smo.CodeNotFirstChoice) {
		q.Reason = smo.Voluntary
	}
	return choiceOf(q)
}

func choiceOf(q smo.Request) choice {
	return choice{Day: q.Date.String(), Insurer: q.Insurer, Region: int(q.Region), Reason: q.Reason.String()}
}

// historyOf reads stored choices back into an smo.History. A row that does
// not parse is an error (a 500): the store holds only what the portal
// wrote.
func historyOf(rows []choice) (smo.History, error) {
	entries := make([]smo.Entry, 0, len(rows))
	for i, r := range rows {
		e, err := entryOf(r)
		if err != nil {
			return smo.History{}, fmt.Errorf("stored history, entry %d: %w", i, err)
		}
		entries = append(entries, e)
	}
	return smo.NewHistory(entries...)
}

func entryOf(r choice) (smo.Entry, error) {
	d, err := parseDay("day", r.Day)
	if err != nil {
		return smo.Entry{}, err
	}
	reason, err := smo.ParseReason(r.Reason)
	if err != nil {
		return smo.Entry{}, err
	}
	if r.Region < 0 || r.Region > 255 || !oms.Region(r.Region).IsValid() {
		return smo.Entry{}, fmt.Errorf("region %d", r.Region)
	}
	return smo.Entry{Date: d, Insurer: r.Insurer, Region: oms.Region(r.Region), Reason: reason}, nil
}

// history answers POST /v1/history: the person's recorded choices.
func (s *server) history(ctx context.Context, req *HistoryRequest) (any, error) {
	person, err := personKey("enp", req.ENP)
	if err != nil {
		return nil, err
	}
	rows, err := s.store.History(ctx, person)
	if err != nil {
		return nil, err
	}
	h, err := historyOf(rows)
	if err != nil {
		return nil, err
	}
	resp := HistoryResponse{Entries: []EntryJSON{}}
	for _, e := range h.Entries() {
		resp.Entries = append(resp.Entries, EntryJSON{Date: e.Date.String(), Insurer: e.Insurer, Region: e.Region.Code(), Reason: e.Reason.String()})
	}
	return resp, nil
}
