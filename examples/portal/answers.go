package main

// The answers of the endpoints that keep nothing: eligibility, coverage
// and deadlines.

import (
	"fmt"
	"strings"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/eligibility"
	"github.com/omsrules/oms/policy"
	"github.com/omsrules/oms/program"
	"github.com/omsrules/oms/smo"
	"github.com/rickb777/date"
)

func (s *server) eligibility(req *EligibilityRequest) (any, error) {
	day, err := parseDay("date", req.Date)
	if err != nil {
		return nil, err
	}
	p, err := req.Person.person()
	if err != nil {
		return nil, err
	}
	app := eligibility.Application{Person: p}
	if req.Applicant != "" {
		if err := enum("applicant", req.Applicant, &app.Applicant); err != nil {
			return nil, err
		}
	}
	if app.Documents, err = documents("documents", req.Documents); err != nil {
		return nil, err
	}
	if app.LegalRepresentative, err = documents("legal_representative_documents", req.LegalRepresentativeDocument); err != nil {
		return nil, err
	}
	if app.Representative, err = documents("representative_documents", req.RepresentativeDocuments); err != nil {
		return nil, err
	}
	a, err := eligibility.Assess(p, day)
	if err != nil {
		// The facts cannot describe a person on that day (born after it,
		// a citizen with refugee status, a day before 326-ФЗ): bad input.
		return nil, bad("person: %v", err)
	}
	return EligibilityResponse{
		Decision: eligibility.CheckApplication(app, day), Insured: a.Insured(),
		Category: a.Category.String(), CategoryRU: a.Category.NameRU(), CategoryEN: a.Category.NameEN(),
		Age: a.Age, MotherInsurer: a.MotherInsurer,
	}, nil
}

func (p *PersonRequest) person() (eligibility.Person, error) {
	var out eligibility.Person
	var err error
	if out.BirthDate, err = parseDay("person.birth_date", p.BirthDate); err != nil {
		return out, err
	}
	if p.BirthRegistration != "" {
		reg, err := parseDay("person.birth_registration", p.BirthRegistration)
		if err != nil {
			return out, err
		}
		out.BirthRegistration = oms.SomeDate(reg)
	}
	if p.Citizenship == "" {
		return out, bad("person.citizenship: missing (rf, foreign or stateless)")
	}
	for _, e := range []struct {
		field, value string
		v            interface{ UnmarshalText([]byte) error }
	}{
		{"person.citizenship", p.Citizenship, &out.Citizenship},
		{"person.residence", p.Residence, &out.Residence},
		{"person.refugee", p.Refugee, &out.Refugee},
		{"person.service", p.Service, &out.Service},
	} {
		if err := enum(e.field, e.value, e.v); err != nil {
			return out, err
		}
	}
	if p.ContributionMonths < 0 {
		return out, bad("person.contribution_months: %d is negative", p.ContributionMonths)
	}
	out.Country = strings.ToUpper(p.Country)
	out.LabourContract, out.EAEUOfficial, out.EAEUFamilyMember = p.LabourContract, p.EAEUOfficial, p.EAEUFamilyMember
	out.HighlyQualified, out.HQSFamilyMember, out.Working = p.HighlyQualified, p.HQSFamilyMember, p.Working
	out.ForeignBranchStaff, out.ContributionMonths, out.FullCapacity = p.ForeignBranchStaff, p.ContributionMonths, p.FullCapacity
	return out, nil
}

func documents(field string, in []DocumentRequest) ([]eligibility.Document, error) {
	out := make([]eligibility.Document, 0, len(in))
	for i, d := range in {
		var doc eligibility.Document
		f := fmt.Sprintf("%s[%d]", field, i)
		if err := enum(f+".kind", d.Kind, &doc.Kind); err != nil {
			return nil, err
		}
		if doc.Kind == eligibility.NoDocument {
			return nil, bad("%s.kind: missing", f)
		}
		doc.Number = d.Number
		if d.Expires != "" {
			e, err := parseDay(f+".expires", d.Expires)
			if err != nil {
				return nil, err
			}
			doc.Expires = oms.SomeDate(e)
		}
		out = append(out, doc)
	}
	return out, nil
}

func (s *server) coverage(req *CoverageRequest) (any, error) {
	code, err := program.ParseICD10(req.Code)
	if err != nil {
		return nil, bad("code: %v", err)
	}
	day, err := parseDay("date", req.Date)
	if err != nil {
		return nil, err
	}
	base, err := program.Base(day)
	if err != nil {
		return nil, bad("date: %v", err)
	}
	resp := CoverageResponse{Code: code.String(), Programme: base.String(), Decision: base.Covers(code)}
	if class, ok := program.ClassOf(code); ok {
		resp.Class = class.String()
	}
	if req.Region != "" {
		r, err := parseRegion("region", req.Region)
		if err != nil {
			return nil, err
		}
		if t, ok := s.territorial[territorialKey{r, base.Year()}]; ok {
			resp.Decision, resp.Territorial = t.Covers(code), t.String()
		}
	}
	return resp, nil
}

// deadline answers POST /v1/deadline.
func (s *server) deadline(req *DeadlineRequest) (any, error) {
	day, err := parseDay("date", req.Date)
	if err != nil {
		return nil, err
	}
	region, err := parseRegion("region", req.Region)
	if err != nil {
		return nil, err
	}
	cal, err := calendar.ForRegion(region)
	if err != nil {
		return nil, bad("region: %v", err)
	}
	loc, err := region.Location()
	if err != nil {
		return nil, err
	}
	resp := DeadlineResponse{TimeZone: loc.String(), Required: true}
	given := 0
	for _, g := range []bool{req.Event != "", req.Period != nil, req.Wait != ""} {
		if g {
			given++
		}
	}
	if given != 1 {
		return nil, bad("give one of event, period or wait")
	}
	if req.Wait != "" {
		return s.waitDeadline(req, day, region, cal, loc)
	}
	if req.Time != "" {
		return nil, bad("time: only with wait")
	}
	if req.Period != nil {
		u, err := calendar.ParseUnit(req.Period.Unit)
		if err != nil {
			return nil, bad("period.unit: %q (want days, working_days, weeks, months or years)", req.Period.Unit)
		}
		if req.Period.N < 1 || req.Period.N > 100000 {
			return nil, bad("period.n: %d (want 1 to 100000)", req.Period.N)
		}
		return periodDeadline(resp, cal, day, calendar.Period{N: req.Period.N, Unit: u}, region)
	}
	duty, why, err := eventDuty(req.Event, day, cal)
	if err != nil {
		return nil, err
	}
	if duty == nil {
		resp.Required, resp.Decision, resp.Period = false, why, "none"
		return resp, nil
	}
	d, err := duty.InRegion(region)
	if err != nil {
		return nil, err
	}
	_, expl, err := cal.ExplainDeadline(day, d.Period)
	if err != nil {
		return nil, bad("%v", err)
	}
	resp.Duty, resp.Decision, resp.Period, resp.LastDay, resp.RunsOut = &d, why.Merge(expl), d.Period.String(), d.Due.String(), &d.DueAt
	return resp, nil
}

// eventDuty returns the library's duty that the event starts: the choice
// of an insurer after a move (smo) or the notice of a change (policy), with
// the library's findings; nil for a change that starts no duty.
func eventDuty(event string, day date.Date, cal *calendar.Calendar) (*calendar.Duty, oms.Decision, error) {
	if event == "relocation" {
		d, err := smo.RelocationDeadline(day, cal)
		if err != nil {
			return nil, oms.Decision{}, bad("%v", err)
		}
		return &d, oms.Decision{}, nil
	}
	reason, err := policy.ParseReason(event)
	if err != nil {
		return nil, oms.Decision{}, bad("event: %q (want relocation or a change: %v)", event, reasonNames())
	}
	n, dec, err := policy.NotifyDeadline(reason, day, cal)
	if err != nil {
		return nil, oms.Decision{}, bad("%v", err)
	}
	if !n.Required {
		return nil, dec, nil
	}
	return &n.Duty, dec, nil
}

// periodDeadline answers for a bare period the client gives: no law names
// it, so only the Civil Code's rules explain the day.
func periodDeadline(resp DeadlineResponse, cal *calendar.Calendar, day date.Date, p calendar.Period, region oms.Region) (any, error) {
	last, expl, err := cal.ExplainDeadline(day, p)
	if err != nil {
		return nil, bad("%v", err)
	}
	at, err := cal.DeadlineInstant(day, p, region)
	if err != nil {
		return nil, bad("%v", err)
	}
	resp.Decision, resp.Period, resp.LastDay, resp.RunsOut = expl, p.String(), last.String(), &at
	return resp, nil
}

// waitDeadline answers a waiting-time question: when care under the
// norm is due after the event at Date and Time in the region.
func (s *server) waitDeadline(req *DeadlineRequest, day date.Date, region oms.Region, cal *calendar.Calendar, loc *time.Location) (any, error) {
	var kind program.WaitKind
	if err := enum("wait", req.Wait, &kind); err != nil {
		return nil, err
	}
	clock := "00:00"
	if req.Time != "" {
		clock = req.Time
	}
	hm, err := time.Parse("15:04", clock)
	if err != nil {
		return nil, bad("time: %q is not HH:MM", req.Time)
	}
	y, m, d := day.Date()
	at := time.Date(y, m, d, hm.Hour(), hm.Minute(), 0, 0, loc)
	base, err := program.Base(day)
	if err != nil {
		return nil, bad("date: %v", err)
	}
	w, err := base.Wait(kind)
	due, derr := base.DueBy(kind, at, cal)
	duty := base.Duty
	if t, ok := s.territorial[territorialKey{region, base.Year()}]; ok {
		w, err = t.Wait(kind)
		due, derr = t.DueBy(kind, at, cal)
		duty = t.Duty
	}
	if err != nil {
		return nil, bad("wait: %v", err)
	}
	if derr != nil {
		return nil, bad("%v", derr)
	}
	resp := DeadlineResponse{
		Period: w.Value.String(), LastDay: due.Day.String(), RunsOut: &due.Instant,
		TimeZone: loc.String(), Required: true, Norm: &w,
	}
	// A norm in days is a duty of the library, with its finding; one in
	// minutes or hours has only the instant DueBy gives, and the norm's
	// citation in Norm.
	if program.WaitDutyRule(w).Period.Unit != 0 {
		d, err := duty(kind, day, cal)
		if err != nil {
			return nil, bad("%v", err)
		}
		if d, err = d.InRegion(region); err != nil {
			return nil, err
		}
		resp.Duty, resp.Decision = &d, d.Check(oms.NoDate, day)
	}
	return resp, nil
}

func reasonNames() string {
	var out []string
	for _, r := range policy.Reasons() {
		out = append(out, r.String())
	}
	return strings.Join(out, ", ")
}
