package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/policy"
	"github.com/omsrules/oms/program"
	"github.com/omsrules/oms/smo"
	"github.com/rickb777/date"
)

// A Step is one thing due after the event.
type Step struct {
	Step     string       `json:"step"`
	StepRU   string       `json:"step_ru"`
	Who      string       `json:"who"` // the insured person, the insurer, the medical organisation
	Period   string       `json:"period"`
	LastDay  date.Date    `json:"last_day"`
	RunsOut  time.Time    `json:"runs_out"`
	Citation oms.Citation `json:"citation"`
	// Why explains the day: the Civil Code rules applied, the rule's
	// version, what is unconfirmed.
	Why         oms.Decision `json:"why"`
	Unconfirmed bool         `json:"unconfirmed,omitempty"`
}

// A Problem is a step that could not be computed.
type Problem struct {
	Step  string `json:"step"`
	Error string `json:"error"`
}

// Report is the answer for one event.
type Report struct {
	Event    string     `json:"event"`
	Date     date.Date  `json:"date"`
	Time     string     `json:"time"`
	Region   oms.Region `json:"region"`
	TimeZone string     `json:"time_zone"`
	Steps    []Step     `json:"steps"`
	Problems []Problem  `json:"problems,omitempty"`
	// Notes explain an event that starts no deadline.
	Notes []oms.Finding `json:"notes,omitempty"`
}

// changeEvents are the re-issue reasons of the policy package: a change of
// the person's data, an error, wear, loss.
var changeEvents = func() []string {
	var out []string
	for _, r := range policy.Reasons() {
		out = append(out, r.String())
	}
	return out
}()
var careEvents = []string{"appeal", "call", "prescription", "referral", "diagnosis", "histology_or_diagnosis"}

func allEvents() []string {
	out := append([]string{"all"}, changeEvents...)
	out = append(out, "relocation", "birth-registration", "application")
	return append(out, careEvents...)
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("deadlines", flag.ContinueOnError)
	fs.SetOutput(stderr)
	regionFlag := fs.String("region", "16", "the region: its two-digit code or ISO 3166-2 code")
	dateFlag := fs.String("date", "2026-10-06", "the day of the event, YYYY-MM-DD")
	timeFlag := fs.String("time", "10:00", "the local time of the event, HH:MM (for waiting times in hours and minutes)")
	event := fs.String("event", "all", "the event: "+strings.Join(allEvents(), ", "))
	format := fs.String("format", "text", "output: text or json")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	usage := func(f string, a ...any) int {
		fmt.Fprintf(stderr, "deadlines: "+f+"\n", a...)
		return 2
	}
	if fs.NArg() > 0 {
		return usage("unexpected arguments %q", fs.Args())
	}
	region, err := oms.ParseRegion(*regionFlag)
	if err != nil {
		return usage("-region: %v", err)
	}
	day, err := parseDay(*dateFlag)
	if err != nil {
		return usage("-date: %v", err)
	}
	clock, err := time.Parse("15:04", *timeFlag)
	if err != nil {
		return usage("-time %q: want HH:MM", *timeFlag)
	}
	known := false
	for _, e := range allEvents() {
		known = known || e == *event
	}
	if !known {
		return usage("-event %q: want one of %s", *event, strings.Join(allEvents(), ", "))
	}
	if *format != "text" && *format != "json" {
		return usage("-format %q: want text or json", *format)
	}
	rep, err := compute(region, day, clock, *event)
	if err != nil {
		return usage("%v", err)
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			fmt.Fprintf(stderr, "deadlines: %v\n", err)
			return 1
		}
	} else {
		writeText(stdout, rep)
	}
	if len(rep.Problems) > 0 {
		return 1
	}
	return 0
}

// parseDay parses YYYY-MM-DD strictly: time.Parse rejects 30 February,
// which date.ParseISO would roll over to March.
func parseDay(s string) (date.Date, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return date.Date{}, fmt.Errorf("%q is not a date YYYY-MM-DD", s)
	}
	return date.NewAt(t), nil
}

// compute collects the steps due after the event.
func compute(region oms.Region, day date.Date, clock time.Time, event string) (*Report, error) {
	loc, err := region.Location()
	if err != nil {
		return nil, err
	}
	cal, err := calendar.ForRegion(region)
	if err != nil {
		return nil, err
	}
	y, m, d := day.Date()
	at := time.Date(y, m, d, clock.Hour(), clock.Minute(), 0, 0, loc)
	rep := &Report{Event: event, Date: day, Time: clock.Format("15:04"), Region: region, TimeZone: loc.String()}
	is := func(names ...string) bool {
		for _, n := range names {
			if event == "all" || event == n {
				return true
			}
		}
		return false
	}
	problem := func(step string, err error) { rep.Problems = append(rep.Problems, Problem{step, err.Error()}) }

	// Civil Code periods: the last day through cal.ExplainDeadline, the
	// instant through cal.DeadlineInstant.
	civil := func(step, stepRU, who string, p calendar.Period, cite oms.Citation, unconfirmed bool, why oms.Decision) {
		last, expl, err := cal.ExplainDeadline(day, p)
		if err != nil {
			problem(step, err)
			return
		}
		runsOut, err := cal.DeadlineInstant(day, p, region)
		if err != nil {
			problem(step, err)
			return
		}
		rep.Steps = append(rep.Steps, Step{Step: step, StepRU: stepRU, Who: who, Period: p.String(), LastDay: last,
			RunsOut: runsOut, Citation: cite, Why: why.Merge(expl), Unconfirmed: unconfirmed})
	}

	for _, name := range changeEvents {
		if !is(name) {
			continue
		}
		reason, err := policy.ParseReason(name)
		if err != nil {
			problem(name, err)
			continue
		}
		n, dec, err := policy.NotifyDeadline(reason, day, cal)
		if err != nil {
			problem("notify the insurer: "+reason.NameEN(), err)
			continue
		}
		if !n.Required {
			if event != "all" {
				rep.Notes = append(rep.Notes, dec.Findings()...)
			}
			continue
		}
		f, _ := dec.Find("policy.notify.deadline")
		civil("notify the insurer: "+reason.NameEN(), "уведомить СМО: "+reason.NameRU(), "insured person",
			calendar.Period{N: 1, Unit: calendar.Months}, f.Citation, f.Unconfirmed, dec)
	}
	if is("relocation") {
		if last, err := smo.RelocationDeadline(day, cal); err != nil {
			problem("choose an insurer in the new region", err)
		} else {
			// smo gives the day; the Civil Code reasons and the instant come
			// from the calendar, and the two must agree.
			civil("choose an insurer in the new region, if the old one does not work there", "выбрать СМО по новому месту жительства, если прежняя там не работает",
				"insured person", calendar.Period{N: 1, Unit: calendar.Months},
				oms.Citation{Act: "326-ФЗ", Article: "16", Part: "2", Point: "4"}, false, oms.Decision{})
			if s := rep.Steps[len(rep.Steps)-1]; s.LastDay != last.Due {
				problem("choose an insurer in the new region", fmt.Errorf("smo.RelocationDeadline gives %s, calendar.Deadline %s", last.Due, s.LastDay))
			}
		}
	}
	if is("birth-registration") {
		nb, err := smo.NewbornCover(day)
		last, rule := nb.Due, oms.Dated[int]{Value: int(nb.Due.Sub(nb.Start)), Citation: nb.Citation, Unconfirmed: nb.Unconfirmed}
		if err != nil {
			problem("newborn cover", err)
		} else {
			ly, lm, ld := last.Date()
			rep.Steps = append(rep.Steps, Step{
				Step:   "the mother's insurer covers the newborn; choose an insurer for the child by then",
				StepRU: "ребёнка страхует СМО матери; выбрать СМО для ребёнка до этого дня", Who: "legal representative",
				Period: newbornPeriod(rule.Value), LastDay: last, RunsOut: time.Date(ly, lm, ld+1, 0, 0, 0, 0, loc),
				Citation: rule.Citation, Unconfirmed: rule.Unconfirmed,
			})
		}
	}
	if is("application") {
		applicationSteps(rep, cal, day, loc, problem)
	}
	if is(careEvents...) {
		careSteps(rep, cal, day, at, event, problem)
	}
	return rep, nil
}

// applicationSteps adds what follows an application to an insurer: the
// temporary certificate where it existed, and the last day of the year to
// file a voluntary switch.
func applicationSteps(rep *Report, cal *calendar.Calendar, day date.Date, loc *time.Location, problem func(string, error)) {
	if v, err := policy.DefaultRules().Certificate.At(day); err == nil && v.Value {
		per, dec, err := policy.CertificateValidity(policy.Certificate{Issued: day}, cal)
		if err != nil {
			problem("temporary certificate", err)
		} else {
			term, _ := policy.CertificateDeadline(day, cal) // CertificateValidity has checked the day
			p := term.Period
			runsOut, err := cal.DeadlineInstant(day, p, rep.Region)
			if err != nil {
				problem("temporary certificate", err)
			} else {
				f, _ := dec.Find("policy.certificate.term")
				rep.Steps = append(rep.Steps, Step{
					Step: "the insurer issues the policy while the temporary certificate is valid", StepRU: "СМО выдаёт полис в срок действия временного свидетельства",
					Who: "insurer", Period: p.String(), LastDay: per.Last, RunsOut: runsOut, Citation: f.Citation, Why: dec, Unconfirmed: v.Unconfirmed || f.Unconfirmed,
				})
			}
		}
	}
	lim, err := smo.DefaultVoluntaryLimit().At(day)
	if err != nil {
		problem("voluntary switch", err)
		return
	}
	last := date.New(day.Year(), lim.Value.LastMonth, lim.Value.LastDay)
	if day.After(last) {
		last = date.New(day.Year()+1, lim.Value.LastMonth, lim.Value.LastDay)
	}
	ly, lm, ld := last.Date()
	rep.Steps = append(rep.Steps, Step{
		Step:   fmt.Sprintf("last day to file a voluntary switch of insurer this year (at most %d a year)", lim.Value.PerYear),
		StepRU: "последний день подачи заявления о замене СМО по собственному желанию в этом году", Who: "insured person",
		Period: "calendar year", LastDay: last, RunsOut: time.Date(ly, lm, ld+1, 0, 0, 0, 0, loc), Citation: lim.Citation, Unconfirmed: lim.Unconfirmed,
	})
}

// careSteps adds the waiting times of the base programme in force on the
// day that count from the event.
func careSteps(rep *Report, cal *calendar.Calendar, day date.Date, at time.Time, event string, problem func(string, error)) {
	base, err := program.Base(day)
	if err != nil {
		problem("waiting times", err)
		return
	}
	for _, w := range base.Waits() {
		if event != "all" && w.Value.Event.String() != event {
			continue
		}
		due, err := base.DueBy(w.Value.Kind, at, cal)
		if err != nil {
			problem("waiting time "+w.Value.Kind.String(), err)
			continue
		}
		rep.Steps = append(rep.Steps, Step{
			Step:   "care: " + w.Value.Kind.String() + " (from " + w.Value.Event.NameEN() + ")",
			StepRU: w.Value.Kind.NameRU() + ": " + w.Value.RU(), Who: "medical organisation",
			Period: waitText(w.Value), LastDay: due.Day, RunsOut: due.Instant, Citation: w.Citation, Unconfirmed: w.Unconfirmed,
		})
	}
}

func waitText(w program.Wait) string {
	return fmt.Sprintf("%d %s", w.Limit, strings.ReplaceAll(w.Unit.String(), "-", " "))
}

// newbornPeriod says how long the mother's insurer covers a newborn, from
// smo.NewbornCover's value: days after the registration of birth, 0 for
// the day of registration itself, -1 for until it (the eve is the last day).
func newbornPeriod(days int) string {
	switch {
	case days < 0:
		return "until the registration of birth"
	case days == 0:
		return "until the day of the registration of birth, inclusive"
	}
	return fmt.Sprintf("%d days after the registration of birth", days)
}

var weekdays = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func writeText(w io.Writer, r *Report) {
	fmt.Fprintf(w, "Event %q on %s %s %s in %s %s (%s; the region's production calendar)\n\n",
		r.Event, r.Date, weekdays[r.Date.Weekday()], r.Time, r.Region.Code(), r.Region.NameRU(), r.TimeZone)
	for _, s := range r.Steps {
		fmt.Fprintf(w, "• %s\n  %s\n", s.Step, s.StepRU)
		fmt.Fprintf(w, "  who: %s; period: %s\n", s.Who, s.Period)
		fmt.Fprintf(w, "  last day: %s %s; runs out %s\n", s.LastDay, weekdays[s.LastDay.Weekday()], s.RunsOut.Format("2006-01-02 15:04 MST"))
		if !s.Citation.IsZero() {
			fmt.Fprintf(w, "  law: %s", s.Citation)
			if s.Citation.Title != "" {
				fmt.Fprintf(w, " — %s", s.Citation.Title)
			}
			if s.Unconfirmed {
				fmt.Fprint(w, " (unconfirmed rule)")
			}
			fmt.Fprintln(w)
		}
		for _, f := range s.Why.Findings() {
			if strings.HasPrefix(f.Code, "calendar.period.") {
				fmt.Fprintf(w, "    · %s (%s)\n", f.EN, f.Citation)
			}
		}
		fmt.Fprintln(w)
	}
	for _, n := range r.Notes {
		fmt.Fprintf(w, "· %s\n  %s\n  law: %s\n\n", n.EN, n.RU, n.Citation)
	}
	for _, p := range r.Problems {
		fmt.Fprintf(w, "✗ %s: not computed: %s\n", p.Step, p.Error)
	}
}
