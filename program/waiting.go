package program

import (
	"errors"
	"fmt"

	"github.com/omsrules/oms"
)

// A WaitUnit is the unit a waiting-time limit is counted in.
type WaitUnit uint8

// The units of waiting-time limits.
const (
	Minutes WaitUnit = iota + 1
	Hours
	CalendarDays
	WorkingDays
)

var waitUnitNames = [...]struct{ key, ru string }{
	Minutes:      {"minutes", "минут"},
	Hours:        {"hours", "часов"},
	CalendarDays: {"calendar-days", "календарных дней"},
	WorkingDays:  {"working-days", "рабочих дней"},
}

func (u WaitUnit) valid() bool { return u != 0 && int(u) < len(waitUnitNames) }

// String returns the stable key: "minutes", "hours", "calendar-days", "working-days".
func (u WaitUnit) String() string {
	if !u.valid() {
		return fmt.Sprintf("WaitUnit(%d)", uint8(u))
	}
	return waitUnitNames[u].key
}

// MarshalText implements encoding.TextMarshaler with the stable key.
func (u WaitUnit) MarshalText() ([]byte, error) {
	if !u.valid() {
		return nil, fmt.Errorf("program: invalid wait unit %d", uint8(u))
	}
	return []byte(waitUnitNames[u].key), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (u *WaitUnit) UnmarshalText(b []byte) error {
	for i := 1; i < len(waitUnitNames); i++ {
		if waitUnitNames[i].key == string(b) {
			*u = WaitUnit(i)
			return nil
		}
	}
	return fmt.Errorf("program: unknown wait unit %q (want minutes, hours, calendar-days or working-days)", b)
}

// An Event is what a waiting time is counted from.
type Event uint8

// The events waiting times count from, in the programme's words.
const (
	EventAppeal               Event = iota + 1 // обращение пациента в медицинскую организацию
	EventCall                                  // вызов скорой медицинской помощи
	EventPrescription                          // назначение исследований
	EventReferral                              // выдача лечащим врачом направления на госпитализацию
	EventDiagnosis                             // постановка (установление) диагноза
	EventHistologyOrDiagnosis                  // гистологическая верификация опухоли или установление диагноза заболевания (состояния)
	EventHomeCall                              // вызов медицинского работника на дом
)

var eventNames = [...]struct{ key, ru, en string }{
	EventAppeal:               {"appeal", "обращение пациента в медицинскую организацию", "the patient's appeal to the medical organisation"},
	EventCall:                 {"call", "вызов скорой медицинской помощи", "the ambulance call"},
	EventPrescription:         {"prescription", "назначение исследований", "the prescription of the tests"},
	EventReferral:             {"referral", "выдача лечащим врачом направления на госпитализацию", "the referral for hospitalisation by the attending doctor"},
	EventDiagnosis:            {"diagnosis", "постановка диагноза", "the diagnosis"},
	EventHistologyOrDiagnosis: {"histology-or-diagnosis", "гистологическая верификация опухоли или установление диагноза заболевания (состояния)", "histological verification of the tumour or the diagnosis"},
	EventHomeCall:             {"home-call", "вызов медицинского работника на дом", "the call for a home visit"},
}

func (e Event) valid() bool { return e != 0 && int(e) < len(eventNames) }

// NameRU returns the event in the programme's words.
func (e Event) NameRU() string {
	if !e.valid() {
		return ""
	}
	return eventNames[e].ru
}

// NameEN returns the event in English.
func (e Event) NameEN() string {
	if !e.valid() {
		return ""
	}
	return eventNames[e].en
}

// String returns the stable key, such as "referral".
func (e Event) String() string {
	if !e.valid() {
		return fmt.Sprintf("Event(%d)", uint8(e))
	}
	return eventNames[e].key
}

// MarshalText implements encoding.TextMarshaler with the stable key; the
// zero Event (not given) is "".
func (e Event) MarshalText() ([]byte, error) {
	if e == 0 {
		return []byte{}, nil
	}
	if !e.valid() {
		return nil, fmt.Errorf("program: invalid event %d", uint8(e))
	}
	return []byte(eventNames[e].key), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; "" is the zero Event.
func (e *Event) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*e = 0
		return nil
	}
	v, err := parseEvent(string(b))
	if err != nil {
		return err
	}
	*e = v
	return nil
}

// parseEvent returns the event with the stable key s.
func parseEvent(s string) (Event, error) {
	for e := Event(1); int(e) < len(eventNames); e++ {
		if eventNames[e].key == s {
			return e, nil
		}
	}
	return 0, fmt.Errorf("program: unknown event %q", s)
}

// A WaitKind names one waiting-time norm of the programme (section VII in
// 2024–2026: «сроки ожидания медицинской помощи, оказываемой в плановой
// форме ...»). Values by year are in program.md §3 and law-addendum.md §4.
//
// The programme sets maximums; a territorial programme may set shorter
// limits, never longer ones.
type WaitKind uint8

// The waiting-time norms.
const (
	// WaitPrimaryDoctor: приём врачами-терапевтами участковыми, врачами общей
	// практики (семейными врачами), врачами-педиатрами участковыми: 24 hours
	// from the appeal.
	WaitPrimaryDoctor WaitKind = iota + 1
	// WaitUrgentPrimary: первичная медико-санитарная помощь в неотложной
	// форме: 2 hours from the appeal.
	WaitUrgentPrimary
	// WaitSpecialist: консультации врачей-специалистов (except suspected
	// cancer; from 2026 also except suspected cardiovascular disease): 14
	// working days from the appeal; 14 calendar days in 2019.
	WaitSpecialist
	// WaitSpecialistOncology: консультации при подозрении на онкологическое
	// заболевание: 3 working days. The limit is confirmed (H); what it counts
	// from is not (the 2025 text seen reads «с момента постановки
	// диагноза», news say from the request), so every version is marked
	// unconfirmed and counts from the appeal.
	WaitSpecialistOncology
	// WaitSpecialistCardio: консультации при подозрении на
	// сердечно-сосудистое заболевание: 3 working days from the appeal; new
	// in 2026 (ПП 2188; three secondary sources, H). News speak of a
	// phase-in «к 2028 году», not encoded.
	WaitSpecialistCardio
	// WaitDiagnostics: диагностические инструментальные (рентгенографические
	// исследования, включая маммографию, функциональная диагностика,
	// ультразвуковые исследования) и лабораторные исследования при оказании
	// первичной медико-санитарной помощи: 14 working days from the
	// prescription; 14 calendar days in 2019.
	WaitDiagnostics
	// WaitCTMRI: компьютерная томография (включая однофотонную эмиссионную
	// компьютерную томографию), магнитно-резонансная томография и
	// ангиография при оказании первичной медико-санитарной помощи: 14
	// working days from the prescription; 30 calendar days in 2019 (L).
	WaitCTMRI
	// WaitDiagnosticsOncology: the tests of WaitDiagnostics and WaitCTMRI
	// when cancer is suspected: 7 working days from the prescription.
	WaitDiagnosticsOncology
	// WaitDiagnosticsCardio: the same tests when cardiovascular disease is
	// suspected: 7 working days from the prescription; new in 2026.
	WaitDiagnosticsCardio
	// WaitOncologyDispensary: установление диспансерного наблюдения
	// врача-онколога за пациентом с выявленным онкологическим заболеванием:
	// 3 working days from the diagnosis; in 2019 by inference from the other
	// cancer limits, unconfirmed.
	WaitOncologyDispensary
	// WaitPlannedSpecialised: специализированная (за исключением
	// высокотехнологичной) медицинская помощь в плановой форме, в том числе
	// для лиц, находящихся в стационарных организациях социального
	// обслуживания: 14 working days from the referral; 30 calendar days in
	// 2019.
	WaitPlannedSpecialised
	// WaitPlannedSpecialisedOncology: the same for patients with cancer: 7
	// working days from histological verification or the diagnosis; 14
	// calendar days in 2019.
	WaitPlannedSpecialisedOncology
	// WaitPlannedSpecialisedCardio: the same for patients with
	// cardiovascular disease: 7 working days, new in 2026 (M). What it
	// counts from is unconfirmed; the diagnosis is assumed, as for cancer.
	WaitPlannedSpecialisedCardio
	// WaitAmbulance: время доезда бригады скорой медицинской помощи при
	// оказании скорой медицинской помощи в экстренной форме: 20 minutes from
	// the call. Territorial programmes may adjust it for transport access,
	// population density, climate and geography.
	WaitAmbulance
	// WaitHomeVisit: обслуживание вызова на дом врачом-терапевтом
	// участковым, врачом общей практики, врачом-педиатром участковым. No
	// federal limit exists (access.md §5): only a territorial programme
	// sets one (Smolensk: the same day, [S], year unknown); counted from
	// the call (EventHomeCall).
	WaitHomeVisit
	// WaitHomeVisitDental: посещение на дому врачом-стоматологом, a
	// territorial norm only (access.md §5: a St Petersburg 5-day limit of
	// 2020 is reported but unconfirmed); counted from the call.
	WaitHomeVisitDental
	waitKindEnd
)

var waitKindNames = [...]struct{ key, ru string }{
	WaitPrimaryDoctor:              {"primary-doctor", "приём врачами-терапевтами участковыми, врачами общей практики (семейными врачами), врачами-педиатрами участковыми"},
	WaitUrgentPrimary:              {"urgent-primary", "оказание первичной медико-санитарной помощи в неотложной форме"},
	WaitSpecialist:                 {"specialist", "проведение консультаций врачей-специалистов"},
	WaitSpecialistOncology:         {"specialist-oncology", "проведение консультаций врачей-специалистов в случае подозрения на онкологическое заболевание"},
	WaitSpecialistCardio:           {"specialist-cardio", "проведение консультаций врачей-специалистов в случае подозрения на сердечно-сосудистое заболевание"},
	WaitDiagnostics:                {"diagnostics", "проведение диагностических инструментальных и лабораторных исследований при оказании первичной медико-санитарной помощи"},
	WaitCTMRI:                      {"ct-mri", "проведение компьютерной томографии, магнитно-резонансной томографии и ангиографии при оказании первичной медико-санитарной помощи"},
	WaitDiagnosticsOncology:        {"diagnostics-oncology", "проведение диагностических исследований в случае подозрения на онкологическое заболевание"},
	WaitDiagnosticsCardio:          {"diagnostics-cardio", "проведение диагностических исследований в случае подозрения на сердечно-сосудистое заболевание"},
	WaitOncologyDispensary:         {"oncology-dispensary", "установление диспансерного наблюдения врача-онколога за пациентом с выявленным онкологическим заболеванием"},
	WaitPlannedSpecialised:         {"planned-specialised", "оказание специализированной (за исключением высокотехнологичной) медицинской помощи в плановой форме"},
	WaitPlannedSpecialisedOncology: {"planned-specialised-oncology", "оказание специализированной медицинской помощи пациентам с онкологическими заболеваниями"},
	WaitPlannedSpecialisedCardio:   {"planned-specialised-cardio", "оказание специализированной медицинской помощи пациентам с сердечно-сосудистыми заболеваниями"},
	WaitAmbulance:                  {"ambulance", "время доезда до пациента бригад скорой медицинской помощи при оказании скорой медицинской помощи в экстренной форме"},
	WaitHomeVisit:                  {"home-visit", "обслуживание вызова на дом врачом-терапевтом участковым, врачом общей практики (семейным врачом), врачом-педиатром участковым"},
	WaitHomeVisitDental:            {"home-visit-dental", "оказание медицинской помощи на дому врачом-стоматологом"},
}

// defaultEvent is what a territorial limit of kind k counts from when the
// region does not say: the federal norm's event where the built-in
// programmes set the kind, the call for home visits.
func defaultEvent(k WaitKind) Event {
	switch k {
	case WaitHomeVisit, WaitHomeVisitDental:
		return EventHomeCall
	}
	if vs := WaitTimeline(k).Versions(); len(vs) > 0 {
		return vs[len(vs)-1].Value.Event
	}
	return 0
}

// WaitKinds returns every waiting-time norm the package knows.
func WaitKinds() []WaitKind {
	out := make([]WaitKind, 0, waitKindEnd-1)
	for k := WaitKind(1); k < waitKindEnd; k++ {
		out = append(out, k)
	}
	return out
}

func (k WaitKind) valid() bool { return k != 0 && k < waitKindEnd }

// NameRU returns what the norm limits, in the programme's words.
func (k WaitKind) NameRU() string {
	if !k.valid() {
		return ""
	}
	return waitKindNames[k].ru
}

// String returns the stable key, such as "ct-mri".
func (k WaitKind) String() string {
	if !k.valid() {
		return fmt.Sprintf("WaitKind(%d)", uint8(k))
	}
	return waitKindNames[k].key
}

// MarshalText implements encoding.TextMarshaler with the stable key.
func (k WaitKind) MarshalText() ([]byte, error) {
	if !k.valid() {
		return nil, fmt.Errorf("program: invalid wait kind %d", uint8(k))
	}
	return []byte(waitKindNames[k].key), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *WaitKind) UnmarshalText(b []byte) error {
	for i := WaitKind(1); i < waitKindEnd; i++ {
		if waitKindNames[i].key == string(b) {
			*k = i
			return nil
		}
	}
	return fmt.Errorf("program: unknown wait kind %q", b)
}

// A Wait is a waiting-time limit: at most Limit units counted from Event.
// A Limit of 0 calendar days is "the same day" (a territorial norm).
type Wait struct {
	Kind  WaitKind `json:"kind"`  // which norm
	Limit int      `json:"limit"` // the maximum wait, in Unit
	Unit  WaitUnit `json:"unit"`  // minutes, hours, calendar or working days
	Event Event    `json:"event"` // what the wait is counted from
}

// String returns "14 working-days from referral".
func (w Wait) String() string {
	return fmt.Sprintf("%d %s from %s", w.Limit, w.Unit, w.Event)
}

// RU returns the limit in Russian: "не более 14 рабочих дней с момента:
// выдача лечащим врачом направления на госпитализацию".
func (w Wait) RU() string {
	u := ""
	if w.Unit.valid() {
		u = waitUnitNames[w.Unit].ru
	}
	if w.Limit == 0 && w.Unit == CalendarDays {
		return "в тот же день с момента: " + w.Event.NameRU()
	}
	return fmt.Sprintf("не более %d %s с момента: %s", w.Limit, u, w.Event.NameRU())
}

func (w Wait) check() error {
	switch {
	case !w.Kind.valid():
		return fmt.Errorf("program: invalid wait kind %d", uint8(w.Kind))
	case w.Limit < 0 || (w.Limit == 0 && w.Unit != CalendarDays):
		return fmt.Errorf("program: wait limit %d is not positive (0 only in calendar days: the same day)", w.Limit)
	case !w.Unit.valid():
		return fmt.Errorf("program: invalid wait unit %d", uint8(w.Unit))
	}
	return nil
}

// WaitTimeline returns the history of norm k across the built-in
// programmes, one version per year, each with its decree; see
// Catalog.WaitTimeline. It is empty for an unknown kind.
func WaitTimeline(k WaitKind) oms.Timeline[Wait] {
	return Builtin().WaitTimeline(k)
}

// A waitEntry is a programme's norm of one kind; ok is false when the
// programme does not set it.
type waitEntry struct {
	dated oms.Dated[Wait]
	ok    bool
}

// ErrNoWait is returned (wrapped) when a programme has no norm of the kind
// asked, such as the cardiovascular fast track before 2026.
var ErrNoWait = errors.New("program: the programme sets no such waiting time")

// Wait returns norm k of the programme, with its decree and whether it is
// confirmed. The error wraps ErrNoWait when the programme does not have the
// norm.
//
// For WaitSpecialistOncology the event is the one the Rules choose
// (Rules.OncologyConsultationFrom; see there), unconfirmed either way.
func (p *Programme) Wait(k WaitKind) (oms.Dated[Wait], error) {
	if !k.valid() || !p.waits[k].ok {
		return oms.Dated[Wait]{}, fmt.Errorf("program: %s has no waiting time %q: %w", p, k, ErrNoWait)
	}
	w := p.waits[k].dated
	if k == WaitSpecialistOncology && p.oncologyFrom != 0 && p.oncologyFrom != w.Value.Event {
		w.Value.Event = p.oncologyFrom
		w.Unconfirmed = true
	}
	return w, nil
}

// Waits returns every waiting-time norm of the programme, in WaitKind order.
func (p *Programme) Waits() []oms.Dated[Wait] {
	var out []oms.Dated[Wait]
	for k := WaitKind(1); k < waitKindEnd; k++ {
		if w, err := p.Wait(k); err == nil {
			out = append(out, w)
		}
	}
	return out
}
