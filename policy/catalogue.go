package policy

import (
	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
)

// Codes returns the catalogue of the package's finding codes: each code
// once, with its severity, the citations of every version of its rule
// (oldest first), a summary in Russian and English, and whether some
// version is unconfirmed. The duties (the notice of changes, the temporary
// certificate, the register steps) add their four statuses each.
func Codes() []oms.CodeInfo {
	r := DefaultRules()
	forms := []oms.Citation{citeOldLaw, citeArt45, citeUEK, citeArt45Ed2021}
	reissue := append(ptReissue.all(), ptReissueData.all()...)
	caps := r.YearEndCap.Citations()
	notify := r.NotifyItems.Citations()
	terms := []oms.Citation{}
	for _, p := range []rulePoint{ptTermCitizen, ptTermPermanent, ptTermRefugee, ptTermTemporary, ptTermEAEUWorker, ptTermEAEUOfficial} {
		terms = append(terms, p.all()...)
	}
	var cert []oms.Citation // the term's citations are its duties', not the timeline's
	for _, v := range r.CertificateTerm.Versions() {
		cert = append(cert, v.Value.Citation)
	}
	cert = append(cert, citeArt46)
	out := []oms.CodeInfo{
		info(CodeFormInvalid, oms.Violation, false, "Неизвестная форма полиса", "Unknown policy form", citeArt45),
		info(CodeFormNew, oms.Info, true, "Форма нового полиса на дату", "The form of a new policy on the day", r.NewForm.Citations()...),
		info(CodeFormAlternative, oms.Info, true, "Другая форма, выдававшаяся на дату", "Another form issued on the day", forms...),
		info(CodeFormNotIssuedThen, oms.Violation, true, "Полис этой формы на дату не выдавался", "No policy of the form was issued on the day", forms...),
		info(CodeFormBlankStaysValid, oms.Info, true, "Полис на бланке действует и замене не подлежит", "A blank policy stays valid", citeArt45Ed2021, citeRulesP29),
		info(CodeFormValidUntilReplaced, oms.Info, false, "Полис старого образца действует до замены", "An old-style policy is valid until replaced", citeArt51Part2, citeTerm108P36),
		info(CodeFormUEKLegacy, oms.Warning, true, "УЭК — устаревшая форма полиса", "The УЭК is a legacy form", citeUEK),
		info(CodeReissueDigital, oms.Info, true, "При переоформлении — цифровой полис", "A re-issue gives the digital policy", r.NewForm.Citations()...),
		info(CodeReissueNewBlank, oms.Info, false, "При переоформлении изготавливается новый бланк", "A re-issue gives a new blank", citeArt45, citeArt51Part2),
		info(CodeReissueNoNewBlank, oms.Info, true, "При переоформлении новый бланк не изготавливается", "No new blank on re-issue", r.NoNewBlank.Citations()...),
		info(CodeReissueReason, oms.Info, true, "Основание переоформления полиса", "The ground of a re-issue", append(reissue, ptDuplicate.all()...)...),
		info(CodeReissueDuplicate, oms.Info, true, "При утрате выдаётся дубликат", "A duplicate is issued on loss", ptDuplicate.all()...),
		info(CodeReissueENPKept, oms.Info, true, "ЕНП при переоформлении не меняется", "The ЕНП is kept on re-issue", citeRulesP28),
		info(CodeReissueNewExtract, oms.Info, false, "Цифровой полис: достаточно новой выписки", "A digital policy: a new extract is enough", citeArt45Ed2021, citeRulesP28),
		info(CodeReissueWearDigital, oms.Violation, false, "Цифровой полис не ветшает", "A digital policy does not wear out", citeArt45Ed2021, citeRulesP28),
		info(CodeNotifyNone, oms.Info, true, "Закон не устанавливает срок уведомления об этом изменении", "No time limit to notify of this change", notify...),
		info(CodeNotifyDeadline, oms.Info, true, "Уведомить СМО в течение одного месяца", "Notify the insurer within one month", notify...),
		info(CodeNotifyMonthPeriod, oms.Info, false, "Окончание месячного срока", "How a one-month period ends", citeGK192),
		info(CodeNotifyChooseSMO, oms.Info, false, "После переезда выбрать СМО в течение месяца", "After a move, choose an insurer within a month", citeArt16Part2Item4),
		info(CodeNotifyLate, oms.Warning, true, "Уведомление позже месячного срока; полис переоформляется", "Notified after the month; the policy is re-issued", notify...),
		info(CodeCertificateTerm, oms.Info, true, "Срок действия временного свидетельства", "The term of the temporary certificate", cert...),
		info(CodeCertificateNotIssuedThen, oms.Violation, true, "Временные свидетельства на дату не выдавались", "No temporary certificates were issued on the day", r.Certificate.Citations()...),
		info(CodeCertificatePolicyReceived, oms.Info, true, "Полис получен в срок действия свидетельства", "The policy was received within the term", cert...),
		info(CodeCertificateInForce, oms.Info, true, "Временное свидетельство действует", "The temporary certificate is valid", cert...),
		info(CodeCertificateExpired, oms.Violation, true, "Временное свидетельство истекло", "The temporary certificate expired", cert...),
		info(CodeCertificateNotYetIssued, oms.Violation, true, "Временное свидетельство ещё не выдано", "The temporary certificate was not yet issued", cert...),
		info(CodeValidityNotInsured, oms.Violation, false, "Лицо не подлежит ОМС", "The person is not insured", citeArt10),
		info(CodeValidityCategoryNotYetInsured, oms.Violation, false, "Категория на дату выдачи не застрахована", "The category was not insured on the day of issue", citeArt10, citeArt16Part11),
		info(CodeValidityIndefinite, oms.Info, true, "Срок действия полиса не ограничен", "No time limit", append(ptTermCitizen.all(), ptTermPermanent.all()...)...),
		info(CodeValidityBasisEnded, oms.Violation, true, "Основание права окончилось до выдачи полиса", "The basis ended before the issue", terms...),
		info(CodeValidityUntilRVP, oms.Info, true, "До окончания срока РВП", "To the end of the РВП", ptTermTemporary.all()...),
		info(CodeValidityUntilStay, oms.Info, true, "До окончания срока пребывания", "To the end of the stay", ptTermRefugee.all()...),
		info(CodeValidityUntilContract, oms.Info, true, "До окончания трудового договора", "To the end of the labour contract", append(ptTermEAEUWorker.all(), citeArt16Part11)...),
		info(CodeValidityUntilPowers, oms.Info, true, "До окончания полномочий", "To the end of the powers", ptTermEAEUOfficial.all()...),
		info(CodeValidityYearEndCap, oms.Info, true, "Не позднее конца календарного года", "No later than the end of a calendar year", append(caps, ptTermNextYear.all()...)...),
		info(CodeENPCheckDigit, oms.Warning, false, "Контрольная цифра ЕНП не совпадает", "The ЕНП's check digit is wrong", citeENPCheckDigit),
		info(CodeInForce, oms.Info, true, "Полис действует", "The policy is in force", terms...),
		info(CodeNotYetIssued, oms.Violation, true, "Полис ещё не выдан", "The policy was not yet issued", terms...),
		info(CodeExpired, oms.Violation, true, "Срок действия полиса истёк", "The policy expired", terms...),
	}
	notice, _, _ := r.NotifyDeadline(ChangeResidence, dayNoNewBlank, nil)
	out = append(out, notice.Duty.Codes("policy")...)
	var duties []calendar.DutyRule
	for _, v := range r.CertificateTerm.Versions() {
		duties = append(duties, v.Value)
	}
	for _, v := range r.Register.Versions() {
		duties = append(duties, v.Value.Steps()...)
	}
	return append(out, calendar.DutyCodes("policy", duties...)...)
}

func info(code string, sev oms.Severity, unconfirmed bool, ru, en string, cites ...oms.Citation) oms.CodeInfo {
	return oms.CodeInfo{Code: code, Package: "policy", Severity: sev, Citations: cites, RU: ru, EN: en, Unconfirmed: unconfirmed}
}

// all returns the citations of the rule in each edition where the point
// is known, and the article of 326-ФЗ cited where it is not.
func (p rulePoint) all() []oms.Citation {
	var out []oms.Citation
	for _, e := range []struct{ act, point string }{
		{oms.ActRules158n, p.p158}, {oms.ActRules108n, p.p108}, {oms.ActRules108n, p.p789},
	} {
		if e.point != "" {
			out = append(out, oms.Citation{Act: e.act, Point: e.point, Title: p.title})
		}
	}
	return append(out, p.law)
}
