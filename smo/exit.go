package smo

import (
	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

// Finding codes of CheckExit.
const (
	CodeExitNone          = "smo.exit.none"            // info: the insurer is still on the region's register
	CodeExitNoInsurer     = "smo.exit.not-insured"     // info: the person has no insurer of their own
	CodeExitUnknown       = "smo.exit.insurer-unknown" // warning: the insurer is not in the registry
	CodeExitRightToChoose = "smo.exit.right-to-choose" // info: may choose another insurer outside the yearly limit
	CodeExitFundAssigns   = "smo.exit.fund-assigns"    // info (unconfirmed): the territorial fund assigns an insurer to those who do not choose
	CodeExitFundInsures   = "smo.exit.fund-insures"    // info (unconfirmed): from 2027 the fund acts as insurer where none remains
	CodeExitNoneRemains   = "smo.exit.no-insurer-left" // warning (unconfirmed by default): no insurer remains on the region's register
)

// CheckExit says where a person stands on asOf if their insurer has left
// the register of the region they live in (its contract on financial
// support of ОМС ended, its licence was revoked, it was excluded):
//
//   - they may choose another insurer outside the yearly limit and after
//     1 November (326-ФЗ ст. 16 ч. 1 п. 3; check the application with
//     CheckSwitch and Reason InsurerExit);
//   - a person who does not choose is assigned to another insurer by the
//     territorial fund (Reason FundAssignment). Unconfirmed: the procedure
//     and its deadlines in the Rules of ОМС are not in the library's sources
//     (spec law.md §2.3, law-addendum §1(e)), so no deadline is computed;
//   - where no insurer remains on the region's register, from 01.01.2027
//     the territorial fund itself acts as insurer (430-ФЗ; FundMayInsure,
//     unconfirmed); before that day the library reports the gap, in a
//     warning as unconfirmed as the date it names.
//
// The insurers the person can choose are Registry.Available for the region
// and day.
func (c *Checker) CheckExit(h History, asOf date.Date) oms.Decision {
	cur, ok := h.currentApplication(asOf)
	if !ok {
		return oms.NewDecision(finding(CodeExitNoInsurer, oms.Info, citeChoice,
			"Лицо не выбирало СМО: вопрос о прекращении деятельности СМО не возникает.",
			"The person has no insurer of their own: an insurer's exit does not concern them."))
	}
	if cur.Insurer == FundInsurer {
		return oms.NewDecision(c.fundFindings(cur.Region, asOf)...)
	}
	if _, known := c.reg.Lookup(cur.Insurer); !known {
		return oms.NewDecision(finding(CodeExitUnknown, oms.Warning, citeChoice,
			"СМО лица нет в реестре: прекращение её деятельности проверить нельзя.",
			"The person's insurer is not in the registry: its exit cannot be checked."))
	}
	left, gone := c.reg.LeftOn(cur.Insurer, cur.Region, asOf)
	if !gone {
		return oms.NewDecision(finding(CodeExitNone, oms.Info, citeReplace,
			"СМО лица включена в реестр СМО субъекта: замена без годового ограничения по этому основанию невозможна.",
			"The person's insurer is on the region's register: there is no ground for a replacement outside the yearly limit."))
	}
	fs := []oms.Finding{
		finding(CodeExitRightToChoose, oms.Info, citeReplace,
			msg(false, "СМО исключена из реестра субъекта с ", left, ": лицо вправе выбрать другую СМО без ограничения «один раз в год, не позднее 1 ноября»."),
			msg(true, "The insurer left the region's register on ", left, ": the person may choose another insurer outside the once-a-year, by-1-November limit.")),
	}
	fs = append(fs, c.fundFindings(cur.Region, asOf)...)
	return oms.NewDecision(fs...)
}

// fundFindings explains what the territorial fund does for a person in
// region r on d whose insurer left.
func (c *Checker) fundFindings(r oms.Region, d date.Date) []oms.Finding {
	if c.reg.CountAvailable(r, d) > 0 {
		f := finding(CodeExitFundAssigns, oms.Info, citeReplace,
			"Если лицо не выберет СМО, территориальный фонд ОМС назначает ему другую СМО из реестра субъекта (порядок и сроки в Правилах ОМС не подтверждены).",
			"If the person does not choose, the territorial fund assigns another insurer on the region's register (the procedure and deadlines in the Rules are unconfirmed).")
		f.Unconfirmed = true
		return []oms.Finding{f}
	}
	if v, err := c.fund.At(d); err == nil && v.Value {
		f := finding(CodeExitFundInsures, oms.Info, v.Citation,
			"В реестре СМО субъекта не осталось СМО: функции страховщика выполняет территориальный фонд ОМС.",
			"No insurer remains on the region's register: the territorial fund acts as insurer.")
		f.Unconfirmed = v.Unconfirmed
		return []oms.Finding{f}
	}
	n := c.fundNotYet(d)
	f := finding(CodeExitNoneRemains, oms.Warning, n.cite,
		"В реестре СМО субъекта не осталось СМО, а "+n.ru+".",
		"No insurer remains on the region's register, and "+n.en+".")
	f.Unconfirmed = n.unconfirmed
	return []oms.Finding{f}
}

// notYet is the clause "the fund does not act as insurer (before a day)"
// of a finding, with the version of FundMayInsure it rests on.
type notYet struct {
	ru, en      string
	cite        oms.Citation
	unconfirmed bool
}

// fundNotYet explains that the territorial fund does not act as insurer on
// d under the checker's rule. When a later version lets it, the clause
// names that version's first day and carries its citation and flag: by
// default 01.01.2027 under 430-ФЗ, unconfirmed (law.md §2.3 tags the 430-ФЗ
// sources [S]), so the finding is unconfirmed too.
func (c *Checker) fundNotYet(d date.Date) notYet {
	for _, v := range c.fund.Versions() {
		if v.From.After(d) && v.Value {
			return notYet{
				ru:   msg(false, "до ", v.From, " территориальный фонд ОМС не выполняет функции страховщика"),
				en:   "before " + englishDate(v.From) + " the territorial fund does not act as insurer",
				cite: v.Citation, unconfirmed: v.Unconfirmed,
			}
		}
	}
	n := notYet{ru: "территориальный фонд ОМС не выполняет функции страховщика",
		en: "the territorial fund does not act as insurer", cite: citeFundInsurer, unconfirmed: true}
	if v, err := c.fund.At(d); err == nil {
		n.cite, n.unconfirmed = v.Citation, v.Unconfirmed
	}
	return n
}
