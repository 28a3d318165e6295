package smo

import (
	"fmt"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/rickb777/date"
)

// law326 is the day 326-ФЗ came into force; the package answers questions
// from that day on.
var law326 = date.New(2011, time.January, 1)

// Citations of the provisions this package applies.
var (
	citeChoice = oms.Citation{Act: oms.Act326FZ, Article: "16", Part: "1", Point: "2",
		Title: "право на выбор страховой медицинской организации путём подачи заявления"}
	citeReplace = oms.Citation{Act: oms.Act326FZ, Article: "16", Part: "1", Point: "3",
		Title: "замена СМО один раз в течение календарного года не позднее 1 ноября, чаще — при изменении места жительства или прекращении действия договора о финансовом обеспечении ОМС"}
	citeRelocationDuty = oms.Citation{Act: oms.Act326FZ, Article: "16", Part: "2", Point: "4",
		Title: "выбор СМО по новому месту жительства в течение одного месяца, если прежняя СМО там не работает"}
	citeChild = oms.Citation{Act: oms.Act326FZ, Article: "16",
		Title: "выбор и замена СМО для ребёнка до совершеннолетия или полной дееспособности — родителями или законными представителями",
		URL:   "https://www.ffoms.gov.ru/for-citizens/faq/gde-poluchit-polis-oms-dlya-rebenka-i-kto-imeet-pravo-eto-sdelat/"}
	// The Civil Code divides its articles into пункты, not части: its
	// provisions are cited with Point, as package calendar cites them.
	citeCapacity = oms.Citation{Act: oms.ActCivilCode, Article: "21", Point: "1",
		Title: "гражданская дееспособность в полном объёме — с восемнадцатилетнего возраста",
		URL:   "https://www.consultant.ru/document/cons_doc_LAW_5142/"}
	citeEffective = oms.Citation{Act: oms.ActRules158n108n,
		Title: "выбор и замена СМО: Правила ОМС 158н (2011–2019), 108н (с 2019); пункт не установлен",
		URL:   "https://docs.cntd.ru/document/554023464"}
	citeFundInsurer = oms.Citation{Act: "430-ФЗ",
		Title: "ТФОМС выполняет функции страховщика, если в реестре субъекта нет СМО (с 01.01.2027)"}
	citeArt193 = calendar.CiteArt193()       // ГК РФ ст. 193
	citeMonth  = calendar.CiteArt192Months() // ГК РФ ст. 192 п. 3
)

// An EffectiveRule says from which day a person is insured by the insurer
// they chose or switched to.
type EffectiveRule struct {
	// WorkingDaysAfter is the number of working days after the application
	// (filed on a working day or not) on which insurance at the new insurer
	// begins; 0 means the day the application is filed.
	WorkingDaysAfter int
}

// DefaultEffectiveRule is the library's reading of the day insurance at a
// newly chosen insurer begins: the day the application is filed
// (WorkingDaysAfter 0), from 01.01.2011.
//
// Unconfirmed. The point of the Rules of ОМС (Приказ Минздравсоцразвития
// № 158н until 2019, Правила ОМС (Приказ Минздрава России от 28.02.2019 № 108н) since) that fixes the day
// could not be read (spec law.md §2.3, law-addendum §1(b)). The default
// rests on three reproductions of the Rules:
//
//   - until the digital policy, on the day it received the application for
//     choice (replacement) the insurer issued a temporary certificate that
//     certified the right to free care while the policy was made (ТФОМС
//     Алтайского края, tfoms22.ru, «Порядок получения полиса ОМС либо
//     временного свидетельства»);
//   - on a replacement the newly chosen insurer wrote its details on the
//     paper policy on the day the application was filed (tt47.ru);
//   - since the digital policy, the policy, including its bar-code form, is
//     issued on the day the application for entry into the unified register
//     of insured persons is filed (ТФОМС Саратовской области, 15.02.2023).
//
// The alternative reading — insured from the day the unified register
// accepts the record — is expressed with WorkingDaysAfter > 0 through
// WithEffectiveRule; the number of working days is not in the sources
// either.
func DefaultEffectiveRule() oms.Timeline[EffectiveRule] { return defaultEffective }

// defaultEffective is built once; Timeline values are immutable.
var defaultEffective = oms.MustTimeline(oms.Dated[EffectiveRule]{
	From: law326, Value: EffectiveRule{}, Citation: citeEffective, Unconfirmed: true,
})

// FundMayInsure is the dated rule whether the territorial fund (ТФОМС) may
// itself act as insurer in a region whose register holds no insurer:
// false until 31.12.2026, true from 01.01.2027 under 430-ФЗ of 28.11.2025.
//
// Unconfirmed: the library's sources for 430-ФЗ are secondary (news and a
// prosecutor's note, spec law.md §1.1 and law-addendum §1(e)); they date
// the provisions on a fund acting as insurer from 01.01.2027. Before that
// day a person in a region without insurers is assigned by the fund to an
// insurer (see CheckSwitch), and the library reports the gap.
func FundMayInsure() oms.Timeline[bool] { return defaultFund }

// defaultFund is built once; Timeline values are immutable.
var defaultFund = oms.MustTimeline(
	oms.Dated[bool]{From: law326, Value: false, Citation: citeChoice},
	oms.Dated[bool]{From: date.New(2027, time.January, 1), Value: true, Citation: citeFundInsurer, Unconfirmed: true},
)

// EffectiveDate returns the day from which a person who files an
// application on applied is insured by the newly chosen insurer, under the
// checker's effective-date rule, with the version of the rule applied.
func (c *Checker) EffectiveDate(applied date.Date) (date.Date, oms.Dated[EffectiveRule], error) {
	v, err := c.effective.At(applied)
	if err != nil {
		return date.Date{}, v, fmt.Errorf("smo: effective date for %s: %w", applied, err)
	}
	if v.Value.WorkingDaysAfter <= 0 {
		return applied, v, nil
	}
	if c.cal == nil {
		return date.Date{}, v, fmt.Errorf("smo: effective date for %s: %w: the rule counts working days and the checker has no calendar", applied, ErrInvalid)
	}
	d, err := c.cal.AddWorkingDays(applied, v.Value.WorkingDaysAfter)
	if err != nil {
		return date.Date{}, v, fmt.Errorf("smo: effective date for %s: %w", applied, err)
	}
	return d, v, nil
}
