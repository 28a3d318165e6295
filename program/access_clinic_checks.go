package program

import (
	"fmt"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
	"github.com/omsrules/oms/internal/msg"
)

func accessFinding(code string, sev oms.Severity, cite oms.Citation, unconfirmed bool, ru, en string) oms.Finding {
	return oms.Finding{Code: code, Severity: sev, Citation: cite, Unconfirmed: unconfirmed, RU: ru, EN: en}
}

// clinicChoices walks the clinic entries of past (sorted, not refused) and
// returns the clinic the person is attached to after them (ok false if
// none) and, for each entry, whether it changed the attachment.
func clinicChoices(past ChoiceHistory) (current string, ok bool, changed []bool) {
	changed = make([]bool, len(past))
	for i, e := range past {
		if e.Subject != ChooseClinic {
			continue
		}
		changed[i] = !ok || e.Clinic != current
		current, ok = e.Clinic, true
	}
	return current, ok, changed
}

func (r AccessRules) checkClinicLimit(b *oms.DecisionBuilder, past ChoiceHistory, req ChoiceRequest) error {
	lim, err := r.ClinicLimit.At(req.Date)
	if err != nil {
		return fmt.Errorf("program: clinic limit on %s: %w", req.Date, err)
	}
	cur, attached, changed := clinicChoices(past)
	if attached && cur == req.Clinic {
		b.Add(accessFinding(CodeAccessClinicSame, oms.Warning, lim.Citation, false,
			"Лицо уже прикреплено к этой медицинской организации: это не замена, годовой выбор не расходуется.",
			"The person is already attached to this clinic: this is not a change and uses up no yearly choice."))
		return nil
	}
	if req.Ground == Relocation {
		b.Add(accessFinding(CodeAccessClinicRelocation, oms.Info, lim.Citation, false,
			"Выбор медицинской организации при изменении места жительства или места пребывания — вне ограничения «не чаще одного раза в год».",
			"A choice of clinic on a change of residence or place of stay is outside the once-a-year limit."))
		return nil
	}
	var counted []date.Date
	exempt := false
	for i, e := range past {
		if e.Subject != ChooseClinic || !changed[i] || !sameYear(lim.Value.Span, e.Date, req.Date) {
			continue
		}
		if e.Ground == Relocation {
			exempt = true
			continue
		}
		counted = append(counted, e.Date)
	}
	if len(counted) >= lim.Value.PerYear {
		last := counted[len(counted)-1]
		b.Add(accessFinding(CodeAccessClinicLimit, oms.Violation, lim.Citation, lim.Unconfirmed,
			fmt.Sprintf("Медицинская организация уже выбиралась по желанию %s; следующий выбор — не ранее чем через год (%s), кроме случая смены места жительства или пребывания.", string(msg.AppendDateRU(nil, last)), yearRU(lim.Value.Span)),
			fmt.Sprintf("A clinic was already chosen at will on %s; the next choice must wait a year (%s), unless the person moves.", last, lim.Value.Span)))
		return nil
	}
	b.Add(accessFinding(CodeAccessClinicLimitOK, oms.Info, lim.Citation, lim.Unconfirmed,
		"Выбор медицинской организации в пределах «не чаще одного раза в год» ("+yearRU(lim.Value.Span)+").",
		"The choice of clinic is within the once-a-year limit ("+lim.Value.Span.String()+")."))
	if exempt {
		b.Add(exemptFinding(lim.Citation))
	}
	return nil
}

func yearRU(s YearSpan) string {
	if s == TwelveMonths {
		return "год считается как 12 месяцев от прошлого выбора"
	}
	return "год считается календарным"
}

func exemptFinding(cite oms.Citation) oms.Finding {
	return accessFinding(CodeAccessExemptNotCounted, oms.Warning, cite, true,
		"В этом году медицинская организация уже выбиралась при смене места жительства или пребывания; библиотека не засчитывает этот выбор в ограничение (закон этого прямо не говорит).",
		"A clinic was chosen on relocation earlier this year; the library does not count that choice towards the limit (the law does not say so outright).")
}

func checkScope(b *oms.DecisionBuilder, req ChoiceRequest) {
	later := !req.Date.Before(accessFrom2025) // the 2025 order's scope was not read
	if req.Excluded != 0 {
		b.Add(accessFinding(CodeAccessOutOfScope, oms.Warning, citeScope406n, later,
			"Порядок выбора медицинской организации не распространяется на эту категорию ("+req.Excluded.String()+"): медицинское обеспечение — по правилам для неё.",
			"The procedure of choosing a clinic does not cover this group ("+req.Excluded.String()+"): its medical provision follows its own rules."))
	}
	if req.OutsideHomeRegion {
		b.Add(accessFinding(CodeAccessOutsideHomeRegion, oms.Warning, citeProcedure406n, true,
			"Порядок 406н регулирует выбор в пределах субъекта, где проживает гражданин; выбор вне его — по отдельному порядку (по памяти — приказ № 1342н от 21.12.2012, не проверено). На практике можно прикрепиться по месту временного пребывания без смены СМО.",
			"406н governs the choice within the region where the person lives; outside it a separate order applies (remembered as 1342н of 21.12.2012, unchecked). In practice a person may attach at the place of stay without changing insurer."))
	}
}

func checkApplicant(b *oms.DecisionBuilder, proc oms.Dated[ChoiceProcedure], req ChoiceRequest) {
	born, known := req.Born.Get()
	if known && eligibility.Age(born, req.Date) < proc.Value.ChildAge && req.Applicant != eligibility.ByLegalRepresentative {
		b.Add(accessFinding(CodeAccessApplicantNotLegalRep, oms.Violation, proc.Citation, true,
			fmt.Sprintf("Лицу нет %d лет: заявление подаёт родитель или иной законный представитель.", proc.Value.ChildAge),
			fmt.Sprintf("The person is under %d: the application is filed by a parent or other legal representative.", proc.Value.ChildAge)))
		return
	}
	b.Add(accessFinding(CodeAccessApplicantOK, oms.Info, proc.Citation, proc.Unconfirmed,
		"Заявление подаётся лично, через представителя или законным представителем.",
		"The application is filed in person, through a representative or by a legal representative."))
}

func checkChannel(b *oms.DecisionBuilder, proc oms.Dated[ChoiceProcedure], req ChoiceRequest) {
	if req.Channel == Gosuslugi && !proc.Value.Gosuslugi {
		b.Add(accessFinding(CodeAccessChannelEarly, oms.Warning, proc.Citation, proc.Unconfirmed,
			"До 01.09.2025 федеральный порядок (406н) предусматривал письменное заявление в медицинскую организацию; электронная подача — только где её ввёл регион (например, mos.ru).",
			"Before 01.09.2025 the federal procedure (406н) provided a written application at the clinic; electronic filing only where a region offered it (mos.ru, say)."))
		return
	}
	ru, en := "Письменное заявление в медицинскую организацию, лично или через представителя.",
		"A written application at the clinic, in person or through a representative."
	if req.Channel == Gosuslugi {
		ru, en = "Заявление через личный кабинет ЕПГУ (подписывается усиленной неквалифицированной электронной подписью); решение приходит в личный кабинет.",
			"An application through the Gosuslugi personal account (signed with the portal's cloud signature); the decision arrives there."
	}
	b.Add(accessFinding(CodeAccessChannelOK, oms.Info, proc.Citation, proc.Unconfirmed, ru, en))
}

func checkRefusal(b *oms.DecisionBuilder, req ChoiceRequest) {
	ref := req.Refusal
	if ref.Ground == 0 {
		return
	}
	cite := citeProcedure406n
	if !req.Date.Before(accessFrom2025) {
		cite = citeProcedure2025
	}
	if ref.Ground == OtherGround {
		b.Add(accessFinding(CodeAccessRefusalUnlawful, oms.Violation, cite, true,
			"Отказ не по основаниям, которые называют источники (превышение норматива численности прикреплённых; проживание вне зоны обслуживания при отсутствии свободных мест).",
			"The refusal is not on a ground the sources name (over the norm of attached patients; living outside the service area with no free places)."))
	} else {
		b.Add(accessFinding(CodeAccessRefusalGround, oms.Info, cite, true,
			"Отказ по основанию, которое называют источники: "+ref.Ground.String()+".",
			"The refusal is on a ground the sources name: "+ref.Ground.String()+"."))
	}
	if !ref.InWriting || !ref.Reasoned {
		b.Add(accessFinding(CodeAccessRefusalForm, oms.Violation, cite, true,
			"Отказ в прикреплении даётся в письменной форме с обоснованием причин.",
			"A refusal of attachment is given in writing, with its reasons."))
	}
}
