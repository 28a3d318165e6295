package program

import (
	"slices"

	"github.com/omsrules/oms"
)

// The finding codes of the package. The duties of day-based waiting times
// add "program.wait.<kind>" with ".met", ".late", ".pending" and ".overdue"
// (WaitDutyRule; listed by Codes).
const (
	// CodeInvalid: the ICD-10 code asked is missing or invalid (Covers).
	CodeInvalid = "program.coverage.invalid-code"
	// CodeClass: the class of section III the code falls in (Covers).
	CodeClass = "program.coverage.class"
	// CodeBase: the base programme of ОМС covers the code (Covers).
	CodeBase = "program.coverage.base"
	// CodeExcluded: the code is in a group section IV leaves to the
	// budget of the federal subject (Covers).
	CodeExcluded = "program.coverage.excluded"
	// CodeActivity: a Z00–Z99 code, covered as an activity of the
	// programme, not as a disease (Covers, CoverageRules.Factors).
	CodeActivity = "program.coverage.activity"
	// CodeExternalCause: a V01–Y98 code is a secondary code (Covers).
	CodeExternalCause = "program.coverage.external-cause"
	// CodeSpecial: a code for special purposes (U) other than U07 (Covers).
	CodeSpecial = "program.coverage.special-purpose"
	// CodeUnlisted: a code outside the chapters of section III (Covers).
	CodeUnlisted = "program.coverage.unlisted"
	// CodeDoubtful: B90, Z21 or R75, which a reading of the sources would
	// exclude with one of the groups (Covers, CoverageRules).
	CodeDoubtful = "program.coverage.doubtful-code"
	// CodeBudget: care for the code is funded from the budget of the
	// federal subject (Covers).
	CodeBudget = "program.coverage.budget"
	// CodeInsuredEvent: the insured events of the base programme, 326-ФЗ
	// ст. 35 ч. 6 (Covers).
	CodeInsuredEvent = "program.coverage.insured-event"

	// CodeActivityIn: the programme of the year pays for the activity.
	CodeActivityIn = "program.activity.in"
	// CodeActivityNotIn: the programme of the year does not have it.
	CodeActivityNotIn = "program.activity.not-in"

	// CodeCareInvalid: the kind, condition or form of care is missing or
	// unknown (IncludesCare).
	CodeCareInvalid = "program.care.invalid"
	// CodeCareBase: the base programme includes the kind of care.
	CodeCareBase = "program.care.base"
	// CodeCareProgramme: the types of care of section II, cited with every
	// answer of IncludesCare.
	CodeCareProgramme = "program.care.base.programme"
	// CodeCareExcluded: the kind of care is outside the base programme.
	CodeCareExcluded = "program.care.excluded"
	// CodeCareNotYet: the kind is in the base programme only from a day
	// inside the year.
	CodeCareNotYet = "program.care.not-yet"
	// CodeCareCondition: the kind is not usually given in that condition.
	CodeCareCondition = "program.care.condition"
	// CodeCareForm: the kind is not usually given in that form.
	CodeCareForm = "program.care.form"

	// CodeTerritorialMeetsBase: the ТП ОМС includes the whole base
	// programme (Validate).
	CodeTerritorialMeetsBase = "program.territorial.meets-base"
	// CodeTerritorialPGG: the territorial programme of state guarantees,
	// 323-ФЗ ст. 81, cited with CodeTerritorialMeetsBase.
	CodeTerritorialPGG = "program.territorial.meets-base.pgg"
	// CodeTerritorialClassRemoved: a class of the base programme is left
	// out of the ТП ОМС.
	CodeTerritorialClassRemoved = "program.territorial.class-removed"
	// CodeTerritorialCareRemoved: a kind of care of the base programme is
	// left out.
	CodeTerritorialCareRemoved = "program.territorial.care-removed"
	// CodeTerritorialWaitLonger: a territorial waiting time is longer than
	// the federal one.
	CodeTerritorialWaitLonger = "program.territorial.wait-longer"
	// CodeTerritorialWaitUnits: a territorial waiting time in other units
	// cannot be compared for certain.
	CodeTerritorialWaitUnits = "program.territorial.wait-units"
	// CodeTerritorialWaitShorter: a territorial waiting time, shorter than
	// the federal one or one the federal programme does not set.
	CodeTerritorialWaitShorter = "program.territorial.wait-shorter"
	// CodeTerritorialPerCapitaLower: the per-capita norm is below the base
	// programme's.
	CodeTerritorialPerCapitaLower = "program.territorial.per-capita-lower"
	// CodeTerritorialVolumeLower: a volume norm below the federal average.
	CodeTerritorialVolumeLower = "program.territorial.volume-lower"
	// CodeTerritorialUnitCostLower: a unit-cost norm below the federal
	// average.
	CodeTerritorialUnitCostLower = "program.territorial.unit-cost-lower"
	// CodeTerritorialAddition: what the region adds beyond the base
	// programme.
	CodeTerritorialAddition = "program.territorial.addition"
	// CodeTerritorialCategories: an addition only for listed categories of
	// persons.
	CodeTerritorialCategories = "program.territorial.categories"
)

// codeText is one code's catalogue entry before its citations.
type codeText struct {
	code        string
	sev         oms.Severity
	cite        func(*Programme) []oms.Citation
	ru, en      string
	unconfirmed bool
}

func fixed(cs ...oms.Citation) func(*Programme) []oms.Citation {
	return func(*Programme) []oms.Citation { return cs }
}

func sectionOf(f func(*Programme) oms.Citation) func(*Programme) []oms.Citation {
	return func(p *Programme) []oms.Citation { return []oms.Citation{f(p)} }
}

var codeTexts = []codeText{
	{CodeInvalid, oms.Violation, fixed(), "код МКБ-10 не задан или неверен", "the ICD-10 code is missing or invalid", false},
	{CodeClass, oms.Info, sectionOf((*Programme).sectionIII), "класс раздела III, к которому относится код", "the class of section III the code falls in", true},
	{CodeBase, oms.Info, sectionOf((*Programme).sectionIV), "код входит в базовую программу ОМС", "the base ОМС programme covers the code", true},
	{CodeExcluded, oms.Violation, sectionOf((*Programme).sectionIV), "заболевание исключено из базовой программы ОМС и оплачивается из бюджета субъекта", "the disease is outside the base ОМС programme and paid from the regional budget", true},
	{CodeActivity, oms.Warning, sectionOf((*Programme).sectionIII), "код Z00–Z99 оплачивается как мероприятие программы", "a Z00–Z99 code is paid as an activity of the programme", true},
	{CodeExternalCause, oms.Violation, sectionOf((*Programme).sectionIII), "внешняя причина — дополнительный код", "an external cause is a secondary code", false},
	{CodeSpecial, oms.Warning, sectionOf((*Programme).sectionIII), "код для особых целей не назван в перечне", "a code for special purposes is not named in the list", true},
	{CodeUnlisted, oms.Violation, sectionOf((*Programme).sectionIII), "код вне перечня раздела III", "the code is outside the list of section III", false},
	{CodeDoubtful, oms.Warning, sectionOf((*Programme).sectionIV), "код, который можно исключить вместе с группой заболеваний", "a code that may be excluded with a group of diseases", true},
	{CodeBudget, oms.Info, sectionOf((*Programme).sectionBudget), "финансирование за счет бюджета субъекта РФ", "funded from the budget of the federal subject", false},
	{CodeInsuredEvent, oms.Info, fixed(citeArt35), "страховые случаи базовой программы", "insured events of the base programme", false},
	{CodeActivityIn, oms.Info, sectionOf((*Programme).sectionIII), "мероприятие входит в программу года", "the activity is in the year's programme", true},
	{CodeActivityNotIn, oms.Violation, sectionOf((*Programme).sectionIII), "мероприятия нет в программе года", "the activity is not in the year's programme", true},
	{CodeCareInvalid, oms.Violation, fixed(citeArt32), "вид, условия или форма помощи не заданы или неизвестны", "the kind, condition or form of care is missing or unknown", false},
	{CodeCareBase, oms.Info, fixed(citeArt35), "вид помощи входит в базовую программу", "the kind of care is in the base programme", true},
	{CodeCareProgramme, oms.Info, sectionOf((*Programme).sectionII), "виды медицинской помощи программы", "the types of care of the programme", false},
	{CodeCareExcluded, oms.Violation, fixed(citeArt35), "вид помощи не входит в базовую программу", "the kind of care is outside the base programme", true},
	{CodeCareNotYet, oms.Warning, sectionOf((*Programme).sectionIV), "вид помощи входит в базовую программу только с даты внутри года", "the kind of care is in the base programme only from a day in the year", true},
	{CodeCareCondition, oms.Warning, fixed(citeArt32Conditions), "вид помощи обычно не оказывается в этих условиях", "the kind of care is not usually given in that condition", true},
	{CodeCareForm, oms.Warning, fixed(citeArt32Forms), "вид помощи обычно не оказывается в этой форме", "the kind of care is not usually given in that form", true},
	{CodeTerritorialMeetsBase, oms.Info, fixed(citeArt36), "ТП ОМС включает базовую программу в полном объеме", "the ТП ОМС includes the whole base programme", false},
	{CodeTerritorialPGG, oms.Info, fixed(citeArt81), "территориальная программа государственных гарантий", "the territorial programme of state guarantees", false},
	{CodeTerritorialClassRemoved, oms.Violation, fixed(citeArt36), "класс базовой программы исключен из ТП ОМС", "a class of the base programme is left out", false},
	{CodeTerritorialCareRemoved, oms.Violation, fixed(citeArt36), "вид помощи базовой программы исключен из ТП ОМС", "a kind of care of the base programme is left out", false},
	{CodeTerritorialWaitLonger, oms.Violation, sectionOf((*Programme).sectionWaiting), "территориальный срок ожидания больше федерального", "a territorial waiting time is longer than the federal one", true},
	{CodeTerritorialWaitUnits, oms.Warning, sectionOf((*Programme).sectionWaiting), "срок ожидания в других единицах нельзя сравнить точно", "a waiting time in other units cannot be compared for certain", true},
	// A finding of these three cites the regional act that sets the rule;
	// the catalogue cites the law that has the region adopt it.
	{CodeTerritorialWaitShorter, oms.Info, fixed(citeArt81), "территориальный срок ожидания (по акту субъекта)", "a territorial waiting time (by the regional act)", false},
	{CodeTerritorialPerCapitaLower, oms.Violation, fixed(citeArt36), "подушевой норматив ТП ОМС ниже норматива базовой программы", "the per-capita norm is below the base programme's", true},
	{CodeTerritorialVolumeLower, oms.Warning, sectionOf((*Programme).sectionNorms), "норматив объема ниже среднего федерального", "a volume norm is below the federal average", true},
	{CodeTerritorialUnitCostLower, oms.Warning, sectionOf((*Programme).sectionNorms), "норматив финансовых затрат ниже среднего федерального", "a unit-cost norm is below the federal average", true},
	{CodeTerritorialAddition, oms.Info, fixed(citeArt81), "сверх базовой программы (по акту субъекта)", "beyond the base programme (by the regional act)", false},
	{CodeTerritorialCategories, oms.Warning, fixed(citeArt81), "только для категорий граждан (по акту субъекта)", "only for listed categories of persons (by the regional act)", false},
}

// Codes lists every finding code of the package once, with its severity,
// the provisions it rests on in each built-in programme year (oldest
// first, without repeats) and its meaning; the duties of the day-based
// waiting times follow, with every year's decree, then the codes of the
// access rules (AccessCodes).
func Codes() []oms.CodeInfo {
	ps := Programmes()
	out := make([]oms.CodeInfo, 0, len(codeTexts)+4*int(waitKindEnd))
	for _, t := range codeTexts {
		var cites []oms.Citation
		for _, p := range ps {
			for _, c := range t.cite(p) {
				if !slices.Contains(cites, c) {
					cites = append(cites, c)
				}
			}
		}
		out = append(out, oms.CodeInfo{Code: t.code, Package: "program", Severity: t.sev, Citations: cites,
			RU: t.ru, EN: t.en, Unconfirmed: t.unconfirmed})
	}
	for _, k := range WaitKinds() {
		vs := WaitTimeline(k).Versions()
		var rule *oms.Dated[Wait]
		var cites []oms.Citation
		unconfirmed := false
		for i := range vs {
			if vs[i].Value.Unit != CalendarDays && vs[i].Value.Unit != WorkingDays {
				continue
			}
			rule = &vs[i]
			if !slices.Contains(cites, vs[i].Citation) {
				cites = append(cites, vs[i].Citation)
			}
			unconfirmed = unconfirmed || vs[i].Unconfirmed
		}
		if rule == nil {
			continue
		}
		for _, ci := range WaitDutyRule(*rule).Codes("program") {
			ci.Citations, ci.Unconfirmed = slices.Clone(cites), unconfirmed
			out = append(out, ci)
		}
	}
	return append(out, AccessCodes()...)
}
