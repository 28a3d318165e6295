package program

import (
	"fmt"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/internal/msg"
)

// doctorChoices walks past (sorted, not refused) and returns the days of
// the doctor choices made in the current clinic since the person last
// changed clinic, and whether the clinic changed after the last doctor
// choice. The law limits choices «в выбранной медицинской организации»,
// so a change of clinic starts the count afresh and choices in the old
// clinic do not count.
func doctorChoices(past ChoiceHistory) (counted []date.Date, changedSince bool) {
	_, _, changed := clinicChoices(past)
	for i, e := range past {
		switch {
		case e.Subject == ChooseClinic && changed[i]:
			counted, changedSince = counted[:0], true
		case e.Subject == ChooseDoctor:
			counted, changedSince = append(counted, e.Date), false
		}
	}
	return counted, changedSince
}

func (r AccessRules) checkDoctor(b *oms.DecisionBuilder, past ChoiceHistory, req ChoiceRequest) error {
	lim, err := r.DoctorLimit.At(req.Date)
	if err != nil {
		return fmt.Errorf("program: doctor limit on %s: %w", req.Date, err)
	}
	if !req.DoctorKind.Listed() {
		b.Add(accessFinding(CodeAccessDoctorNotListed, oms.Violation, lim.Citation, false,
			"Ч. 2 ст. 21 323-ФЗ даёт выбрать врача-терапевта (участкового), врача-педиатра (участкового), врача общей практики или фельдшера; замена иного лечащего врача — по ст. 70 и приказу 407н.",
			"ст. 21 ч. 2 lets a person choose a (district) therapist, a (district) paediatrician, a general practitioner or a feldsher; replacing another attending doctor follows ст. 70 and 407н."))
	}
	if cur, ok, _ := clinicChoices(past); ok && cur != req.Clinic {
		b.Add(accessFinding(CodeAccessDoctorOtherClinic, oms.Warning, lim.Citation, false,
			"Врач выбирается в медицинской организации, выбранной для первичной помощи ("+cur+"), а заявление называет другую.",
			"The doctor is chosen in the clinic chosen for primary care ("+cur+"); the application names another."))
	}
	checkConsent(b, req)
	counted, changedSince := doctorChoices(past)
	if changedSince {
		b.Add(accessFinding(CodeAccessDoctorClinicChanged, oms.Info, lim.Citation, false,
			"Первый выбор врача после замены медицинской организации — вне ограничения «не чаще одного раза в год».",
			"The first choice of doctor after a change of clinic is outside the once-a-year limit."))
		return nil
	}
	n, last := 0, date.Date{}
	for _, d := range counted {
		if sameYear(lim.Value.Span, d, req.Date) {
			n, last = n+1, d
		}
	}
	if n >= lim.Value.PerYear {
		b.Add(accessFinding(CodeAccessDoctorLimit, oms.Violation, lim.Citation, lim.Unconfirmed,
			fmt.Sprintf("Врач уже выбирался %s, и медицинская организация с тех пор не менялась; следующий выбор — не ранее чем через год (%s).", string(msg.AppendDateRU(nil, last)), yearRU(lim.Value.Span)),
			fmt.Sprintf("A doctor was already chosen on %s and the clinic has not changed since; the next choice must wait a year (%s).", last, lim.Value.Span)))
		return nil
	}
	b.Add(accessFinding(CodeAccessDoctorLimitOK, oms.Info, lim.Citation, lim.Unconfirmed,
		"Выбор врача в пределах «не чаще одного раза в год» ("+yearRU(lim.Value.Span)+").",
		"The choice of doctor is within the once-a-year limit ("+lim.Value.Span.String()+")."))
	return nil
}

func checkConsent(b *oms.DecisionBuilder, req ChoiceRequest) {
	switch req.Consent {
	case ConsentRefused:
		// klerk.ru 31.10.2025 [S]: the person may then apply without naming
		// a doctor and the administration assigns one; as a duty, [U].
		b.Add(accessFinding(CodeAccessDoctorRefused, oms.Violation, citeDoctorConsent, false,
			"Врач не дал согласия: выбор врача возможен только с его согласия. Можно подать заявление, не называя врача, — врача назначит администрация (по разъяснениям, не по тексту акта).",
			"The doctor did not consent, and the choice needs it. The person may apply without naming a doctor and the clinic assigns one (per commentary, not the act's text)."))
	case ConsentGiven:
		b.Add(accessFinding(CodeAccessDoctorConsent, oms.Info, citeDoctorConsent, false,
			"Врач дал согласие.", "The doctor consented."))
	default:
		b.Add(accessFinding(CodeAccessDoctorConsent, oms.Info, citeDoctorConsent, false,
			"Выбор врача — с учётом его согласия; врач может отказать, например при высокой нагрузке.",
			"The choice needs the doctor's consent; the doctor may refuse, for instance when overloaded."))
	}
}

// DoctorReplacementDue is AccessRules.DoctorReplacementDue with the
// default rules.
func DoctorReplacementDue(cal *calendar.Calendar, filed date.Date) (calendar.Duty, error) {
	return DefaultAccessRules().DoctorReplacementDue(cal, filed)
}

// DoctorReplacementDue returns the duty of the head of a clinic, on a
// written request filed on filed to replace the attending doctor (323-ФЗ
// ст. 70 ч. 1), to tell the patient within three working days which
// doctors of the specialty can take over and when they see patients
// (407н). Working days are counted in cal, nil meaning the federal
// calendar. The error wraps oms.ErrNotInForce before 2012 and
// calendar.ErrUnknownYear outside the calendar's years.
func (r AccessRules) DoctorReplacementDue(cal *calendar.Calendar, filed date.Date) (calendar.Duty, error) {
	return dutyAt(cal, r.DoctorReplacement, filed)
}

// dutyAt returns the duty of the version of t in force on start, started
// on start, counted in cal (nil: federal).
func dutyAt(cal *calendar.Calendar, t oms.Timeline[calendar.DutyRule], start date.Date) (calendar.Duty, error) {
	rule, err := t.Value(start)
	if err != nil {
		return calendar.Duty{}, fmt.Errorf("program: duty on %s: %w", start, err)
	}
	return startDuty(cal, rule, start)
}

// startDuty returns the duty of rule started on start, counted in cal
// (nil: federal).
func startDuty(cal *calendar.Calendar, rule calendar.DutyRule, start date.Date) (calendar.Duty, error) {
	if cal == nil {
		cal = calendar.Federal()
	}
	d, err := cal.Duty(rule, start)
	if err != nil {
		return calendar.Duty{}, fmt.Errorf("program: %w", err)
	}
	return d, nil
}
