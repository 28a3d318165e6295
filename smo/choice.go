package smo

import (
	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

// checkInsurer checks that the chosen insurer is on the register of the
// person's region on the day, or that the territorial fund may act as
// insurer there.
func (c *Checker) checkInsurer(out *findings, req Request) {
	if req.Insurer == FundInsurer {
		out.addMade(c.checkFund(req))
		return
	}
	if known, works := c.reg.knownAndWorksIn(req.Insurer, req.Region, req.Date); !known {
		out.add(pChoice.finding(CodeInsurerUnknown, oms.Violation, req.Date,
			"СМО с таким реестровым номером нет в реестре.", "No insurer with that registry number is in the registry."))
	} else if !works {
		out.add(pChoice.finding(CodeInsurerNotInRegion, oms.Violation, req.Date,
			"На дату заявления СМО не включена в реестр СМО субъекта РФ по месту жительства.",
			"On the day of the application the insurer is not on the register of the person's region."))
	} else {
		out.add(pChoice.finding(CodeInsurerInRegion, oms.Info, req.Date,
			"СМО включена в реестр СМО субъекта РФ по месту жительства на дату заявления.",
			"The insurer is on the register of the person's region on the day of the application."))
		return
	}
	if c.reg.CountAvailable(req.Region, req.Date) == 0 {
		f := pDistribution.finding(CodeNoInsurerInRegion, oms.Warning, req.Date,
			"На дату заявления в реестре СМО субъекта нет ни одной СМО.",
			"On the day of the application no insurer is on the region's register.")
		if v, err := c.rules.FundMayInsure.At(req.Date); err == nil && v.Value {
			f.RU += " Функции страховщика выполняет территориальный фонд ОМС (smo.FundInsurer)."
			f.EN += " The territorial fund acts as insurer (smo.FundInsurer)."
			f.Citation, f.Unconfirmed = v.Citation, v.Unconfirmed
		}
		out.addMade(f)
	}
}

// checkFund checks a request naming the territorial fund as insurer.
func (c *Checker) checkFund(req Request) oms.Finding {
	v, err := c.rules.FundMayInsure.At(req.Date)
	var f oms.Finding
	switch {
	case err == nil && v.Value && c.reg.CountAvailable(req.Region, req.Date) == 0:
		f = oms.Finding{Code: CodeFundAsInsurer, Severity: oms.Info,
			RU: "В реестре СМО субъекта нет страховых медицинских организаций: функции страховщика выполняет территориальный фонд ОМС.",
			EN: "No insurer is on the region's register: the territorial fund acts as insurer."}
	case err == nil && v.Value:
		f = oms.Finding{Code: CodeFundNotInsurer, Severity: oms.Violation,
			RU: "Территориальный фонд ОМС выполняет функции страховщика только при отсутствии СМО в реестре субъекта, а в нём есть СМО.",
			EN: "The territorial fund acts as insurer only where the region's register holds no insurer, and it holds some."}
	default:
		n := c.fundNotYet(req.Date)
		return oms.Finding{Code: CodeFundNotInsurer, Severity: oms.Violation, Citation: n.cite,
			RU: upperFirst(n.ru) + ".", EN: upperFirst(n.en) + ".", Unconfirmed: n.unconfirmed}
	}
	f.Citation, f.Unconfirmed = v.Citation, v.Unconfirmed
	return f
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
	for _, v := range c.rules.FundMayInsure.Versions() {
		if v.From.After(d) && v.Value {
			return notYet{
				ru:   withDate(false, "до ", v.From, " территориальный фонд ОМС не выполняет функции страховщика"),
				en:   "before " + englishDate(v.From) + " the territorial fund does not act as insurer",
				cite: v.Citation, unconfirmed: v.Unconfirmed,
			}
		}
	}
	n := notYet{ru: "территориальный фонд ОМС не выполняет функции страховщика",
		en: "the territorial fund does not act as insurer", cite: pFund430.law, unconfirmed: true}
	if v, err := c.rules.FundMayInsure.At(d); err == nil {
		n.cite, n.unconfirmed = v.Citation, v.Unconfirmed
	}
	return n
}

// knownAndWorksIn reports whether the registry knows the insurer, and
// whether it is on the register of region reg on d, with one lookup.
func (r *Registry) knownAndWorksIn(number string, reg oms.Region, d date.Date) (known, works bool) {
	if r == nil {
		return false, false
	}
	i, ok := r.byNumber[number]
	if !ok {
		return false, false
	}
	return true, reg.IsValid() && r.selectableStay(i, reg, d)
}

// selectableStay reports whether insurer index i has a stay in region reg
// on which it can be chosen on d: on the register and, where notices are
// tracked, with notice given for the year (as Registry.WorksIn).
func (r *Registry) selectableStay(i int, reg oms.Region, d date.Date) bool {
	for _, e := range r.stays(i, reg) {
		if e.p.selectableOn(d) {
			return true
		}
	}
	return false
}
