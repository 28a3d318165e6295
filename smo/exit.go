package smo

import (
	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

// CheckExit says where a person stands on asOf if their insurer has left
// the register of the region they live in (its contract on financial
// support of ОМС ended, its licence was revoked, it was excluded):
//
//   - they may choose another insurer outside the yearly limit and after
//     1 November (326-ФЗ ст. 16 ч. 1 п. 3), within two months of the day
//     the insurer left, the territorial fund acting for the insurer
//     meanwhile (ст. 38 ч. 17; Rules 158н p. 18, 108н p. 24): the finding
//     of the duty Rules.ExitChoiceDeadline, met by the person's first application
//     on or after that day (check the application itself with CheckSwitch
//     and Reason InsurerExit);
//   - a person who does not choose is distributed by the territorial fund
//     among the region's insurers (Reason FundAssignment; ст. 16 ч. 6;
//     Rules 158н p. 13, 108н p. 25);
//   - where no insurer remains on the region's register, from 01.01.2027
//     the territorial fund itself acts as insurer (326-ФЗ as amended by
//     430-ФЗ; FundMayInsure, unconfirmed); before that day the library
//     reports the gap, in a warning as unconfirmed as the date it names.
//
// The insurers the person can choose are Registry.Available for the region
// and day.
func (c *Checker) CheckExit(h History, asOf date.Date) oms.Decision {
	var b oms.DecisionBuilder
	cur, ok := h.currentApplication(asOf)
	switch {
	case !ok:
		b.Add(pChoice.finding(CodeExitNoInsurer, oms.Info, asOf,
			"Лицо не выбирало СМО: вопрос о прекращении деятельности СМО не возникает.",
			"The person has no insurer of their own: an insurer's exit does not concern them."))
	case cur.Insurer == FundInsurer:
		b.Add(c.fundFinding(cur.Region, asOf))
	default:
		c.checkExit(&b, h, cur, asOf)
	}
	return b.Decision()
}

func (c *Checker) checkExit(b *oms.DecisionBuilder, h History, cur Entry, asOf date.Date) {
	if _, known := c.reg.Lookup(cur.Insurer); !known {
		b.Add(pChoice.finding(CodeExitUnknown, oms.Warning, asOf,
			"СМО лица нет в реестре: прекращение её деятельности проверить нельзя.",
			"The person's insurer is not in the registry: its exit cannot be checked."))
		return
	}
	left, gone := c.reg.LeftOn(cur.Insurer, cur.Region, asOf)
	if !gone {
		b.Add(pReplace.finding(CodeExitNone, oms.Info, asOf,
			"СМО лица включена в реестр СМО субъекта: замена без годового ограничения по этому основанию невозможна.",
			"The person's insurer is on the region's register: there is no ground for a replacement outside the yearly limit."))
		return
	}
	b.Add(pExitChoice.finding(CodeExitRightToChoose, oms.Info, left,
		withDate(false, "СМО исключена из реестра субъекта с ", left, ": лицо вправе выбрать другую СМО без ограничения «один раз в год, не позднее 1 ноября»; до выбора права и обязанности страховщика осуществляет территориальный фонд ОМС."),
		withDate(true, "The insurer left the region's register on ", left, ": the person may choose another insurer outside the once-a-year, by-1-November limit; until then the territorial fund acts for the insurer.")))
	if d, err := c.rules.ExitChoiceDeadline(left, c.cal); err == nil {
		b.Add(d.Finding(d.Status(h.firstApplication(left, asOf), asOf)))
	}
	b.Add(c.fundFinding(cur.Region, asOf))
}

// firstApplication returns the day of the person's first own application
// dated from on to asOf, if any.
func (h History) firstApplication(from, asOf date.Date) oms.OptionalDate {
	for _, e := range h.entries {
		if !e.Date.Before(from) && !e.Date.After(asOf) && e.Reason.IsApplication() {
			return oms.SomeDate(e.Date)
		}
	}
	return oms.NoDate
}

// fundFinding explains what the territorial fund does for a person in
// region r on d whose insurer left.
func (c *Checker) fundFinding(r oms.Region, d date.Date) oms.Finding {
	if c.reg.CountAvailable(r, d) > 0 {
		return pDistribution.finding(CodeExitFundAssigns, oms.Info, d,
			"Лица, не выбравшие СМО, распределяются территориальным фондом ОМС между СМО субъекта пропорционально числу застрахованных в них (ежемесячно до 10-го числа).",
			"Those who do not choose are distributed by the territorial fund among the region's insurers in proportion to their insured (monthly, by the 10th).")
	}
	if v, err := c.rules.FundMayInsure.At(d); err == nil && v.Value {
		return oms.Finding{Code: CodeExitFundInsures, Severity: oms.Info, Citation: v.Citation, Unconfirmed: v.Unconfirmed,
			RU: "В реестре СМО субъекта не осталось СМО: функции страховщика выполняет территориальный фонд ОМС.",
			EN: "No insurer remains on the region's register: the territorial fund acts as insurer."}
	}
	n := c.fundNotYet(d)
	return oms.Finding{Code: CodeExitNoneRemains, Severity: oms.Warning, Citation: n.cite, Unconfirmed: n.unconfirmed,
		RU: "В реестре СМО субъекта не осталось СМО, а " + n.ru + ".",
		EN: "No insurer remains on the region's register, and " + n.en + "."}
}
