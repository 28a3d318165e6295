package smo

import (
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/eligibility"
	"github.com/rickb777/date"
)

// The periods of the Rules of ОМС whose point numbers the library's
// sources establish (spec rules-points.md, law-addendum.md §7).
var (
	// law326 is the day 326-ФЗ came into force (01.01.2011, as package
	// eligibility dates it); the package answers questions from that day on. The Rules 158н are cited from it: the
	// sources give no earlier Rules, nor the Rules' own first day.
	law326 = eligibility.LawStart()
	// day108n is the first day of the Rules 108н (original edition, in
	// force from 28.05.2019, as package eligibility dates it); the Rules
	// 158н apply to 27.05.2019.
	day108n = eligibility.Rules108nStart()
	// day789n is the first day of the Rules 108н as amended by 789н
	// (chapter III from 10.01.2023). The numbering of chapter II
	// (choice and replacement of an insurer) in that edition is not
	// established, so from this day findings cite the article of 326-ФЗ
	// that the Rules implement and are unconfirmed.
	day789n = date.New(2023, time.January, 10)
)

// url108n is the text of the Rules 108н (docs.cntd.ru). No text of the
// Rules 158n or of 326-ФЗ on the sites of acts is among the library's
// sources, so their citations carry no URL.
const url108n = "https://docs.cntd.ru/document/554023464"

// A provision is one rule's citation in each period: the point of the
// Rules 158н (2011 text; 01.01.2011–27.05.2019), the point of the Rules
// 108н (2019 text; 28.05.2019–09.01.2023) and, from 10.01.2023, the
// article of 326-ФЗ the Rules implement, unconfirmed because the point of
// the amended Rules is not established. A provision of a law alone (the
// Civil Code) has only law and is never unconfirmed by date.
type provision struct {
	r158, r108, law oms.Citation
	lawOnly         bool
}

// rules returns the provision with the given points of the Rules 158н and
// 108н, and the article of 326-ФЗ they implement.
func rules(p158, p108 string, law oms.Citation, title string) provision {
	law.Title = title
	return provision{
		r158: oms.Citation{Act: oms.ActRules158n, Point: p158, Title: title},
		r108: oms.Citation{Act: oms.ActRules108n, Point: p108, Title: title, URL: url108n},
		law:  law,
	}
}

// lawProvision returns a provision of a law that does not depend on the
// Rules.
func lawProvision(c oms.Citation) provision { return provision{law: c, lawOnly: true} }

// at returns the citation in force on d and whether it is unconfirmed.
func (p provision) at(d date.Date) (oms.Citation, bool) {
	switch {
	case p.lawOnly:
		return p.law, false
	case d.Before(day108n):
		return p.r158, false
	case d.Before(day789n):
		return p.r108, false
	}
	return p.law, true
}

// all returns every version's citation, oldest first, for Codes.
func (p provision) all() []oms.Citation {
	if p.lawOnly {
		if p.law.IsZero() {
			return nil
		}
		return []oms.Citation{p.law}
	}
	return []oms.Citation{p.r158, p.r108, p.law}
}

// finding returns a finding on the event of day d citing the provision in
// force on d.
func (p provision) finding(code string, sev oms.Severity, d date.Date, ru, en string) oms.Finding {
	c, unconfirmed := p.at(d)
	return oms.Finding{Code: code, Severity: sev, Citation: c, RU: ru, EN: en, Unconfirmed: unconfirmed}
}

// dated returns the versions of a rule whose value v is the same in every
// period, each citing the provision of its period.
func dated[T any](v T, p provision) []oms.Dated[T] {
	return []oms.Dated[T]{
		{From: law326, Value: v, Citation: p.r158},
		{From: day108n, Value: v, Citation: p.r108},
		{From: day789n, Value: v, Citation: p.law, Unconfirmed: true},
	}
}

func art16(part, point string) oms.Citation {
	return oms.Citation{Act: oms.Act326FZ, Article: "16", Part: part, Point: point}
}

// The provisions this package applies (spec rules-points.md, by row).
var (
	// Row 1a: the right to choose an insurer on the region's register by
	// application, and who applies.
	pChoice = rules("3, 4, 6", "3, 4", art16("1", "2"),
		"право на выбор СМО путём подачи заявления; выбор из СМО, включённых в реестр СМО субъекта")
	// Row 1a: a child's insurer is chosen by a parent or other legal
	// representative. From 10.01.2023 the article the Rules implement is
	// 326-ФЗ ст. 16 ч. 5: the insured person applies in person or through
	// a representative (rules-points.md row 1c), as package eligibility
	// cites for the same rule.
	pChild = rules("3, 4, 6", "3, 4", art16("5", ""),
		"выбор и замена СМО для ребёнка до совершеннолетия или полной дееспособности — родителями или другими законными представителями")
	// Row 1c: the application is filed in person or through a
	// representative (326-ФЗ ст. 16 ч. 2 п. 2).
	pApplicant = rules("7", "7", art16("2", "2"),
		"заявление о выборе (замене) СМО подаётся лично или через представителя")
	// Row 1b: replacement once a calendar year not later than 1 November,
	// more often on change of residence or the end of the insurer's
	// contract.
	pReplace = rules("15", "21", art16("1", "3"),
		"замена СМО один раз в течение календарного года не позднее 1 ноября, чаще — при изменении места жительства или прекращении действия договора о финансовом обеспечении ОМС")
	// Row 1e: the new insurer enters itself in the policy on the day the
	// application is filed; until then the person stays with the previous
	// one (326-ФЗ ст. 16 ч. 5).
	pEffective = rules("34, 35", "44, 46", art16("5", ""),
		"СМО вносит сведения о себе в полис в день подачи заявления; до того лицо застраховано прежней СМО")
	// Row 1f: moved to a region where the insurer does not work: choose
	// within one month.
	pRelocation = rules("16", "22", art16("2", "4"),
		"выбор СМО по новому месту жительства в течение одного месяца, если прежняя СМО там не работает")
	// Row 8: notify the insurer of a change of residence within one month.
	pNotify = rules("52", "60", art16("2", "3"),
		"уведомить СМО об изменении места жительства в течение одного месяца")
	// Row 9a: an insurer ending its contract early notifies the fund and
	// the insured three months ahead (326-ФЗ ст. 38 ч. 15; 108н p. 23
	// refers to ст. 16 ч. 7 by mistake, p. 93 cites ст. 38 ч. 15).
	pExitNotice = rules("17", "23, 93", oms.Citation{Act: oms.Act326FZ, Article: "38", Part: "15"},
		"СМО, досрочно прекращающая договор о финансовом обеспечении ОМС, уведомляет территориальный фонд и застрахованных лиц не менее чем за три месяца")
	// Row 9b: after the contract ends, the insured choose another insurer
	// within two months; the fund acts as insurer meanwhile.
	pExitChoice = rules("18", "24", oms.Citation{Act: oms.Act326FZ, Article: "38", Part: "17"},
		"после прекращения договора СМО застрахованные выбирают другую СМО в течение двух месяцев; до выбора права и обязанности страховщика осуществляет территориальный фонд")
	// Row 9c: the fund distributes those who did not choose among the
	// region's insurers, monthly by the 10th, in proportion.
	pDistribution = rules("13", "25", art16("6", ""),
		"лица, не выбравшие СМО, распределяются территориальным фондом между СМО субъекта пропорционально числу застрахованных, ежемесячно до 10-го числа")
	// From 01.01.2027 the fund itself acts as insurer where no insurer is
	// on the region's register: 326-ФЗ as amended by 430-ФЗ of
	// 28.11.2025. The article 430-ФЗ added or re-worded is not in the
	// library's sources (news and a prosecutor's note, spec law.md §1.1,
	// law-addendum §1(e)); ст. 38 ч. 17, under which the fund already
	// exercises the insurer's rights and duties when an insurer leaves
	// (rules-points.md row 9b), is cited, and the findings are unconfirmed.
	pFund430 = lawProvision(oms.Citation{Act: oms.Act326FZ, Article: "38", Part: "17",
		Title: "территориальный фонд осуществляет права и обязанности страховщика; в ред. Федерального закона от 28.11.2025 № 430-ФЗ — также если в реестре СМО субъекта нет СМО (с 01.01.2027)"})
	// The Civil Code: full capacity from 18 (ст. 21 п. 1), the end of a
	// period on a non-working day (ст. 193), a period in months (ст. 192
	// п. 3).
	pCapacity = lawProvision(oms.Citation{Act: oms.ActCivilCode, Article: "21", Point: "1",
		Title: "гражданская дееспособность в полном объёме — с восемнадцатилетнего возраста",
		URL:   "https://www.consultant.ru/document/cons_doc_LAW_5142/"})
	pArt193 = lawProvision(calendar.CiteArt193())
	pMonth  = lawProvision(calendar.CiteArt192Months())
	// pNone stands for a finding on malformed input, which rests on no
	// provision.
	pNone = lawProvision(oms.Citation{})
)
