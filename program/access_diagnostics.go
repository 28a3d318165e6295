package program

import (
	"errors"
	"fmt"
	"sync"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
)

// A Suspicion is what the attending doctor suspects when prescribing a
// test, which shortens the waiting time.
type Suspicion uint8

const (
	// SuspectedCancer: an oncological disease is suspected.
	SuspectedCancer Suspicion = iota + 1
	// SuspectedCardio: a cardiovascular disease is suspected.
	SuspectedCardio
)

var suspicionNames = [...]string{"", "cancer", "cardiovascular"}

// defaultCTMRI holds the CT/MRI/angiography duties by programme year: the
// general limit, on suspected cancer, on suspected cardiovascular disease.
// Each version cites that year's decree (program.md §3.1, access.md §3.1:
// "не должны превышать 14 рабочих дней со дня назначения исследований",
// the 2026 text quoted by TASS). The periods and whether each is confirmed
// are those of the year's waiting-time norms WaitCTMRI,
// WaitDiagnosticsOncology and WaitDiagnosticsCardio (program/data): 30
// calendar days in 2019 (L), 14 working days from 2020 (2020, the year
// believed to switch to working days, unconfirmed like 2019); 7 working
// days on suspected cancer from 2019 (unconfirmed in 2019–2020), on
// suspected cardiovascular disease from 2026, the first year that sets
// it. Each timeline ends with the last programme year the library holds.
// Built on first use, not at package initialisation: it reads the
// built-in programme years, which Builtin parses once, lazily.
var defaultCTMRI = sync.OnceValue(func() (out [3]oms.Timeline[calendar.DutyRule]) {
	duties := [3]struct {
		kind   WaitKind
		code   string
		ru, en string
	}{
		{WaitCTMRI, CodeAccessCTMRI, "провести КТ, МРТ или ангиографию в первичной медико-санитарной помощи", "do the CT, MRI or angiography prescribed in primary care"},
		{WaitDiagnosticsOncology, CodeAccessCTMRIOncology, "провести КТ, МРТ или ангиографию при подозрении на онкологическое заболевание", "do the CT, MRI or angiography prescribed on suspected cancer"},
		{WaitDiagnosticsCardio, CodeAccessCTMRICardio, "провести КТ, МРТ или ангиографию при подозрении на сердечно-сосудистое заболевание", "do the CT, MRI or angiography prescribed on suspected cardiovascular disease"},
	}
	var vs [3][]oms.Dated[calendar.DutyRule]
	for _, p := range Programmes() {
		from, _ := p.InForce()
		cite := p.Decree()
		cite.Title = "Программа государственных гарантий: сроки ожидания медицинской помощи (компьютерная томография, магнитно-резонансная томография и ангиография)"
		for i, d := range duties {
			w, err := p.Wait(d.kind)
			if err != nil { // the year sets no such limit
				continue
			}
			rule := calendar.DutyRule{Code: d.code, Event: AccessEventTestPrescribed, RU: d.ru, EN: d.en,
				Period: WaitDutyRule(w).Period, Citation: cite, Unconfirmed: w.Unconfirmed}
			vs[i] = append(vs[i], oms.Dated[calendar.DutyRule]{From: from, Value: rule, Citation: cite, Unconfirmed: w.Unconfirmed})
		}
	}
	for i := range 3 {
		out[i] = oms.MustTimeline(vs[i]...).Until(date.New(LastYear, 12, 31))
	}
	return out
})

// DiagnosticsDue is AccessRules.DiagnosticsDue with the default rules.
func DiagnosticsDue(cal *calendar.Calendar, prescribed date.Date, s Suspicion) (calendar.Duty, error) {
	return DefaultAccessRules().DiagnosticsDue(cal, prescribed, s)
}

// DiagnosticsDue returns the duty to do CT (including single-photon
// emission CT), MRI or angiography in primary care, started by the
// attending doctor's prescription (the referral) on prescribed: 14
// working days in general, 7 on suspected cancer and, from the 2026
// programme, 7 on suspected cardiovascular disease; in 2019, 30 calendar
// days. Before a programme year sets the cardiovascular limit, a
// cardiovascular suspicion gets the general limit. Working days are
// counted in cal, nil meaning the federal calendar; a region may set
// shorter limits in its territorial programme (override the timeline).
//
// Calendar days are counted by calendar.Calendar.Deadline, which moves a
// last day off a non-working day (ГК РФ ст. 193), unlike
// Programme.DueBy; this matters for the 2019 limit only.
//
// The error wraps oms.ErrNotInForce outside the programme years the
// library holds (2019–2026).
func (r AccessRules) DiagnosticsDue(cal *calendar.Calendar, prescribed date.Date, s Suspicion) (calendar.Duty, error) {
	switch s {
	case 0:
	case SuspectedCancer:
		return dutyAt(cal, r.CTMRIOncology, prescribed)
	case SuspectedCardio:
		d, err := dutyAt(cal, r.CTMRICardio, prescribed)
		if !errors.Is(err, oms.ErrNotInForce) {
			return d, err
		}
	default:
		return calendar.Duty{}, fmt.Errorf("program: suspicion: unknown value %d", uint8(s))
	}
	return dutyAt(cal, r.CTMRI, prescribed)
}

// A Referral is a prescription of CT, MRI or angiography by the attending
// doctor, and when it was done.
type Referral struct {
	// Prescribed is the day the attending doctor prescribed the test.
	Prescribed date.Date `json:"prescribed"`
	// Suspicion is what the doctor suspects, if anything.
	Suspicion Suspicion `json:"suspicion,omitzero"`
	// Done is the day the test was done, if it was.
	Done oms.OptionalDate `json:"done,omitzero"`
}

// CheckReferral is AccessRules.CheckReferral with the default rules.
func CheckReferral(cal *calendar.Calendar, ref Referral, asOf date.Date) (oms.Decision, calendar.Duty, error) {
	return DefaultAccessRules().CheckReferral(cal, ref, asOf)
}

// CheckReferral returns the duty of DiagnosticsDue for the referral and
// its status on asOf as a decision: met, pending, late or overdue (the
// last two are violations).
func (r AccessRules) CheckReferral(cal *calendar.Calendar, ref Referral, asOf date.Date) (oms.Decision, calendar.Duty, error) {
	if done, ok := ref.Done.Get(); ok && done.Before(ref.Prescribed) {
		return oms.Decision{}, calendar.Duty{}, fmt.Errorf("program: referral.done %s is before referral.prescribed %s", done, ref.Prescribed)
	}
	d, err := r.DiagnosticsDue(cal, ref.Prescribed, ref.Suspicion)
	if err != nil {
		return oms.Decision{}, calendar.Duty{}, err
	}
	return d.Check(ref.Done, asOf), d, nil
}
