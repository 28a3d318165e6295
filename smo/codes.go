package smo

import (
	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
)

// Finding codes. Violations fail a decision; warnings and informational
// findings explain it. Each finding cites the provision in force on the
// day of its event: the point of the Rules 158н to 27.05.2019, of the
// Rules 108н from 28.05.2019, and from 10.01.2023 the article of 326-ФЗ
// they implement, marked unconfirmed (see Codes).
const (
	// CodeRequestInvalid (violation): the request cannot be checked as
	// given (a day before 2011, no region, a malformed number, …).
	CodeRequestInvalid = "smo.request.invalid"
	// CodeApplicantOK (info): the application is filed by someone who may
	// file it.
	CodeApplicantOK = "smo.applicant.ok"
	// CodeApplicantNotLegalRep (violation): a child's application not filed
	// by a parent or other legal representative.
	CodeApplicantNotLegalRep = "smo.applicant.not-legal-representative"
	// CodeInsurerUnknown (violation): the insurer is not in the registry.
	CodeInsurerUnknown = "smo.insurer.unknown"
	// CodeInsurerInRegion (info): the insurer is on the region's register
	// on the day.
	CodeInsurerInRegion = "smo.insurer.in-region"
	// CodeInsurerNotInRegion (violation): the insurer is not on the
	// region's register on the day.
	CodeInsurerNotInRegion = "smo.insurer.not-in-region"
	// CodeNoInsurerInRegion (warning): the region's register is empty on
	// the day.
	CodeNoInsurerInRegion = "smo.region.no-insurer"
	// CodeFundAsInsurer (info, unconfirmed): the territorial fund acts as
	// insurer (from 2027, where no insurer remains).
	CodeFundAsInsurer = "smo.insurer.fund"
	// CodeFundNotInsurer (violation): the fund may not act as insurer then
	// or there.
	CodeFundNotInsurer = "smo.insurer.fund-not-allowed"
	// CodeFirstChoice (info, unconfirmed): a choice, not a replacement.
	CodeFirstChoice = "smo.switch.first-choice"
	// CodeNotFirstChoice (warning): "first choice" while already insured;
	// checked, and counted, as a replacement at will.
	CodeNotFirstChoice = "smo.switch.not-first-choice"
	// CodeSameInsurer (warning): the insurer the person already has.
	CodeSameInsurer = "smo.switch.same-insurer"
	// CodeAnnualLimitOK (info): no replacement at will yet this year.
	CodeAnnualLimitOK = "smo.switch.annual-limit-ok"
	// CodeAnnualLimit (violation): a replacement at will already this year.
	CodeAnnualLimit = "smo.switch.annual-limit"
	// CodeDeadlineOK (info): filed not later than 1 November.
	CodeDeadlineOK = "smo.switch.deadline-ok"
	// CodeAfterDeadline (violation): filed after 1 November.
	CodeAfterDeadline = "smo.switch.after-deadline"
	// CodeDeadlineNonWorking (warning, or info under
	// DeadlineNextWorkingDay; unconfirmed): 1 November was not a working
	// day.
	CodeDeadlineNonWorking = "smo.switch.deadline-non-working-day"
	// CodeRegionChanged (warning): a replacement at will in another region,
	// perhaps a relocation.
	CodeRegionChanged = "smo.switch.region-changed"
	// CodeRelocation (info): a replacement on change of residence, outside
	// the yearly limit.
	CodeRelocation = "smo.switch.relocation"
	// CodeRelocationSameRegion (warning): "relocation" within the region
	// the person already lived in, which from 28.05.2019 is no ground for a
	// replacement outside the limit (Rules 108н p. 21); checked, and
	// counted, as a replacement at will.
	CodeRelocationSameRegion = "smo.switch.relocation-within-region"
	// CodeInsurerExit (info): a replacement because the insurer left,
	// outside the yearly limit.
	CodeInsurerExit = "smo.switch.insurer-exit"
	// CodeInsurerStillActive (violation): the insurer's exit is claimed but
	// it is still on the region's register.
	CodeInsurerStillActive = "smo.switch.insurer-still-registered"
	// CodePreviousUnknown (violation): the insurer's exit is claimed but
	// that insurer is not in the registry.
	CodePreviousUnknown = "smo.switch.previous-insurer-unknown"
	// CodeFundAssignment (info): an assignment by the territorial fund.
	CodeFundAssignment = "smo.switch.fund-assignment"
	// CodeEffectiveDate (info): the day insurance at the new insurer
	// begins.
	CodeEffectiveDate = "smo.switch.effective-date"

	// CodeExitNone (info): the insurer is still on the region's register.
	CodeExitNone = "smo.exit.none"
	// CodeExitNoInsurer (info): the person has no insurer of their own.
	CodeExitNoInsurer = "smo.exit.not-insured"
	// CodeExitUnknown (warning): the insurer is not in the registry.
	CodeExitUnknown = "smo.exit.insurer-unknown"
	// CodeExitRightToChoose (info): the person may choose another insurer
	// outside the yearly limit.
	CodeExitRightToChoose = "smo.exit.right-to-choose"
	// CodeExitFundAssigns (info): the fund distributes those who do not
	// choose among the region's insurers.
	CodeExitFundAssigns = "smo.exit.fund-assigns"
	// CodeExitFundInsures (info, unconfirmed): from 2027 the fund acts as
	// insurer where none remains.
	CodeExitFundInsures = "smo.exit.fund-insures"
	// CodeExitNoneRemains (warning): no insurer remains on the region's
	// register.
	CodeExitNoneRemains = "smo.exit.no-insurer-left"

	// CodeRelocationInvalid (violation): the question cannot be checked as
	// given.
	CodeRelocationInvalid = "smo.relocation.invalid"
	// CodeRelocationFirstChoice (info): the person had no insurer to keep.
	CodeRelocationFirstChoice = "smo.relocation.first-choice"
	// CodeRelocationInsurerStays (info): the insurer works in the new
	// region; no new choice, only the duty to notify it within a month.
	CodeRelocationInsurerStays = "smo.relocation.insurer-works-there"
	// CodeRelocationNoCalendar (warning): the calendar does not cover the
	// end of the month, so ГК РФ ст. 193 could not be applied.
	CodeRelocationNoCalendar = "smo.relocation.calendar-unknown"
)

// Codes of the package's duties (calendar.DutyRule.Code). Duty.Check and
// the checks that report a duty make the findings DutyX + ".met",
// ".pending", ".late" and ".overdue".
const (
	// DutyEffective is the chosen insurer's entering itself in the policy
	// on the day of the application (Rules.EffectiveDate).
	DutyEffective = "smo.effective"
	// DutyRelocation is the duty to choose an insurer in the new region
	// within one month (Rules.RelocationDeadline, CheckRelocation).
	DutyRelocation = "smo.relocation"
	// DutyExitChoice is the duty to choose another insurer within two
	// months after the insurer's contract ended (Rules.ExitChoiceDeadline,
	// CheckExit).
	DutyExitChoice = "smo.exit.choose"
	// DutyExitNotice is the insurer's notice, three months ahead, that its
	// contract ends early (Rules.ExitNoticeDeadline).
	DutyExitNotice = "smo.exit.notice"
)

// The findings of the package's duties.
const (
	CodeEffectiveMet      = DutyEffective + ".met"
	CodeEffectivePending  = DutyEffective + ".pending"
	CodeEffectiveLate     = DutyEffective + ".late"
	CodeEffectiveOverdue  = DutyEffective + ".overdue"
	CodeRelocationMet     = DutyRelocation + ".met"
	CodeRelocationPending = DutyRelocation + ".pending"
	CodeRelocationLate    = DutyRelocation + ".late"
	CodeRelocationOverdue = DutyRelocation + ".overdue"
	CodeExitChoiceMet     = DutyExitChoice + ".met"
	CodeExitChoicePending = DutyExitChoice + ".pending"
	CodeExitChoiceLate    = DutyExitChoice + ".late"
	CodeExitChoiceOverdue = DutyExitChoice + ".overdue"
	CodeExitNoticeMet     = DutyExitNotice + ".met"
	CodeExitNoticePending = DutyExitNotice + ".pending"
	CodeExitNoticeLate    = DutyExitNotice + ".late"
	CodeExitNoticeOverdue = DutyExitNotice + ".overdue"
)

// codeInfo is one row of the catalogue.
type codeInfo struct {
	code        string
	sev         oms.Severity
	p           provision
	ru, en      string
	unconfirmed bool
}

var catalogue = []codeInfo{
	{CodeRequestInvalid, oms.Violation, pNone, "Заявление нельзя проверить в представленном виде", "The request cannot be checked as given", false},
	{CodeApplicantOK, oms.Info, pApplicant, "Заявление подаёт надлежащий заявитель", "The application is filed by someone who may file it", false},
	{CodeApplicantNotLegalRep, oms.Violation, pChild, "За несовершеннолетнего без полной дееспособности заявление подаёт не законный представитель", "A child's application is not filed by a parent or legal representative", false},
	{CodeInsurerUnknown, oms.Violation, pChoice, "СМО нет в реестре", "The insurer is not in the registry", false},
	{CodeInsurerInRegion, oms.Info, pChoice, "СМО включена в реестр СМО субъекта на дату заявления", "The insurer is on the region's register on the day", false},
	{CodeInsurerNotInRegion, oms.Violation, pChoice, "СМО не включена в реестр СМО субъекта на дату заявления", "The insurer is not on the region's register on the day", false},
	{CodeNoInsurerInRegion, oms.Warning, pDistribution, "В реестре СМО субъекта нет ни одной СМО", "No insurer is on the region's register", false},
	{CodeFundAsInsurer, oms.Info, pFund430, "Функции страховщика выполняет территориальный фонд ОМС", "The territorial fund acts as insurer", true},
	{CodeFundNotInsurer, oms.Violation, pFund430, "Территориальный фонд ОМС не может выполнять функции страховщика на эту дату или в этом субъекте", "The territorial fund may not act as insurer then or there", true},
	{CodeFirstChoice, oms.Info, pChoice, "Первичный выбор СМО — не замена", "A first choice of insurer is not a replacement", true},
	{CodeNotFirstChoice, oms.Warning, pReplace, "Лицо уже застраховано: «первичный выбор» проверяется как замена по желанию", "Already insured: the \"first choice\" is checked as a replacement at will", false},
	{CodeSameInsurer, oms.Warning, pReplace, "Выбрана та же СМО: это не замена", "The same insurer again: no replacement", false},
	{CodeAnnualLimitOK, oms.Info, pReplace, "Замены СМО по желанию в этом году не было", "No replacement at will this calendar year", false},
	{CodeAnnualLimit, oms.Violation, pReplace, "СМО уже заменялась по желанию в этом календарном году", "A replacement at will was already made this calendar year", false},
	{CodeDeadlineOK, oms.Info, pReplace, "Заявление о замене по желанию подано не позднее 1 ноября", "The replacement at will was filed not later than 1 November", false},
	{CodeAfterDeadline, oms.Violation, pReplace, "Заявление о замене по желанию подано после 1 ноября", "The replacement at will was filed after 1 November", false},
	{CodeDeadlineNonWorking, oms.Warning, pArt193, "1 ноября — нерабочий день; перенос срока по ст. 193 ГК РФ не установлен", "1 November was a non-working day; whether ГК РФ ст. 193 moves the term is not settled", true},
	{CodeRegionChanged, oms.Warning, pReplace, "Замена по желанию в другом субъекте: возможно, основание — смена места жительства", "A replacement at will in another region: perhaps a relocation", false},
	{CodeRelocation, oms.Info, pReplace, "Замена СМО при смене места жительства — вне годового ограничения", "A replacement on change of residence, outside the yearly limit", false},
	{CodeRelocationSameRegion, oms.Warning, pReplace, "Переезд в пределах субъекта не даёт права на замену вне годового ограничения", "A move within the region gives no replacement outside the yearly limit", false},
	{CodeInsurerExit, oms.Info, pReplace, "Прежняя СМО прекратила деятельность: замена вне годового ограничения", "The insurer left: a replacement outside the yearly limit", false},
	{CodeInsurerStillActive, oms.Violation, pReplace, "Прежняя СМО включена в реестр субъекта: основания замены вне ограничения нет", "The insurer is still on the register: no ground outside the limit", false},
	{CodePreviousUnknown, oms.Violation, pReplace, "Прежней СМО нет в реестре: её выход не подтверждён", "The previous insurer is not in the registry: its exit cannot be confirmed", false},
	{CodeFundAssignment, oms.Info, pDistribution, "Назначение СМО территориальным фондом", "An assignment by the territorial fund", false},
	{CodeEffectiveDate, oms.Info, pEffective, "День, с которого лицо застраховано в выбранной СМО", "The day from which the person is insured by the chosen insurer", false},
	{CodeExitNone, oms.Info, pReplace, "СМО лица включена в реестр субъекта", "The person's insurer is on the region's register", false},
	{CodeExitNoInsurer, oms.Info, pChoice, "Лицо не выбирало СМО", "The person has no insurer of their own", false},
	{CodeExitUnknown, oms.Warning, pChoice, "СМО лица нет в реестре", "The person's insurer is not in the registry", false},
	{CodeExitRightToChoose, oms.Info, pExitChoice, "СМО исключена из реестра: лицо вправе выбрать другую СМО вне годового ограничения", "The insurer left: the person may choose another outside the yearly limit", false},
	{CodeExitFundAssigns, oms.Info, pDistribution, "Не выбравшие СМО распределяются территориальным фондом между СМО субъекта", "Those who do not choose are distributed by the fund among the region's insurers", false},
	{CodeExitFundInsures, oms.Info, pFund430, "Функции страховщика выполняет территориальный фонд (с 2027 года)", "The fund acts as insurer (from 2027)", true},
	{CodeExitNoneRemains, oms.Warning, pFund430, "В реестре субъекта не осталось СМО", "No insurer remains on the region's register", true},
	{CodeRelocationInvalid, oms.Violation, pNone, "Вопрос о переезде нельзя проверить в представленном виде", "The relocation question cannot be checked as given", false},
	{CodeRelocationFirstChoice, oms.Info, pChoice, "До переезда лицо не выбирало СМО", "The person had no insurer before the move", false},
	{CodeRelocationInsurerStays, oms.Info, pNotify, "СМО работает в новом субъекте: уведомить её о новом месте жительства в течение месяца", "The insurer works in the new region: notify it of the new residence within a month", false},
	{CodeRelocationNoCalendar, oms.Warning, pMonth, "Календарь не охватывает конец месяца: срок без переноса по ст. 193 ГК РФ", "The calendar does not cover the end of the month: no move under ГК РФ ст. 193", false},
}

// Codes returns the catalogue of the package's finding codes, each once:
// its severity, the citations of every version of its rule (oldest
// first: the Rules 158н, the Rules 108н, then 326-ФЗ), and summaries.
// Unconfirmed is set for the codes of rules that cite the Rules: from
// 10.01.2023 their point is not established.
func Codes() []oms.CodeInfo {
	out := make([]oms.CodeInfo, 0, len(catalogue)+16)
	for _, c := range catalogue {
		out = append(out, oms.CodeInfo{
			Code: c.code, Package: "smo", Severity: c.sev, Citations: c.p.all(),
			RU: c.ru, EN: c.en, Unconfirmed: c.unconfirmed || !c.p.lawOnly,
		})
	}
	r := DefaultRules()
	for _, t := range []oms.Timeline[calendar.DutyRule]{r.Effective, r.Relocation, r.ExitChoice, r.ExitNotice} {
		out = append(out, calendar.TimelineDutyCodes("smo", t)...)
	}
	return out
}
