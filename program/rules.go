package program

import (
	"time"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
)

// Rules configure the package: the programme years it knows and the
// choices the sources do not settle, each a dated timeline. Overriding a
// rule is one gesture:
//
//	r := program.DefaultRules()
//	r.OncologyConsultationFrom = r.OncologyConsultationFrom.With(oms.Dated[program.Event]{
//		From: date.New(2019, time.January, 1), Value: program.EventDiagnosis, Unconfirmed: true})
//	p, err := r.Base(day)
//
// The package-level functions (Base, NewTerritorial, LoadTerritorial) use
// DefaultRules. Rules are plain values, safe to copy and to share.
type Rules struct {
	// Programmes are the programme years: Builtin() by default; a nil
	// Catalog is Builtin() too. Add a loaded year with Programmes.With.
	Programmes *Catalog `json:"-"`
	// Coverage holds the choices about which codes the base programme
	// covers (B90, Z21, R75, Z00–Z99, palliative care), dated. Default:
	// the zero CoverageRules from 2019, unconfirmed (see CoverageRules).
	Coverage oms.Timeline[CoverageRules] `json:"coverage"`
	// OncologyConsultationFrom is the event the 3-working-day limit on
	// consultations when cancer is suspected (WaitSpecialistOncology)
	// counts from. Unconfirmed (program.md §3.1 row 4): the 2025 text seen
	// reads «с момента постановки диагноза» (EventDiagnosis), news of
	// 02.02.2026 say from the request (EventAppeal). Default: EventAppeal
	// from 2019, the reading that gives the patient the earlier due day;
	// EventDiagnosis is the programme text's.
	OncologyConsultationFrom oms.Timeline[Event] `json:"oncology_consultation_from"`
	// Access holds the rules of access to care: choosing the clinic and
	// the doctor, where the policy works, what to show at the clinic,
	// diagnostics on referral and complaints (see AccessRules).
	Access AccessRules `json:"access"`
}

// DefaultRules returns the library's rules: the built-in programme years
// and the best-supported reading of each unsettled choice.
func DefaultRules() Rules {
	from := date.New(FirstYear, time.January, 1)
	return Rules{
		Programmes: Builtin(),
		Coverage: oms.MustTimeline(oms.Dated[CoverageRules]{From: from, Citation: citeArt35Base,
			Unconfirmed: true}),
		OncologyConsultationFrom: oms.MustTimeline(oms.Dated[Event]{From: from, Value: EventAppeal,
			Citation: citeOncologyConsultation, Unconfirmed: true}),
		Access: DefaultAccessRules(),
	}
}

// citeArt35Base is the law behind the coverage choices.
var citeArt35Base = oms.Citation{Act: oms.Act326FZ, Article: "35", Part: "6",
	Title: "базовая программа обязательного медицинского страхования"}

// citeOncologyConsultation is the provision whose starting point is in
// doubt: the waiting times of the programme, consultations when cancer is
// suspected (the 2025 programme, whose territorial copy reads «с момента
// постановки диагноза»).
var citeOncologyConsultation = oms.Citation{Act: "ПП РФ № 1940 от 27.12.2024",
	Title: "Программа государственных гарантий, раздел VII: сроки проведения консультаций врачей-специалистов в случае подозрения на онкологическое заболевание"}

// catalog returns r.Programmes, or the built-in catalog.
func (r Rules) catalog() *Catalog {
	if r.Programmes == nil {
		return Builtin()
	}
	return r.Programmes
}

// Base returns the programme in force on asOf from r.Programmes, answering
// with the coverage choices and the oncology starting point in force on
// asOf. The error wraps ErrNoProgramme for a year not in the data.
func (r Rules) Base(asOf date.Date) (*Programme, error) {
	p, err := r.catalog().Base(asOf)
	if err != nil {
		return nil, err
	}
	cov, _ := r.Coverage.Value(asOf)                 // not in force: the defaults
	onc, _ := r.OncologyConsultationFrom.Value(asOf) // not in force: the data's event
	current := p.oncologyFrom
	if current == 0 {
		current = p.waits[WaitSpecialistOncology].dated.Value.Event
	}
	if cov == p.rules && (onc == 0 || onc == current) {
		return p, nil
	}
	q := *p
	q.rules, q.oncologyFrom = cov, onc
	return &q, nil
}

// DueBy returns when care under norm k of the programme in force on the
// day of event is due; see the function DueBy. cal nil is Federal.
func (r Rules) DueBy(k WaitKind, event time.Time, cal *calendar.Calendar) (Due, error) {
	p, err := r.Base(date.NewAt(event))
	if err != nil {
		return Due{}, err
	}
	return p.DueBy(k, event, cal)
}

// Duty returns the duty of care under day-based norm k of the programme in
// force on day, for an event on day; see Programme.Duty.
func (r Rules) Duty(k WaitKind, day date.Date, cal *calendar.Calendar) (calendar.Duty, error) {
	p, err := r.Base(day)
	if err != nil {
		return calendar.Duty{}, err
	}
	return p.Duty(k, day, cal)
}
