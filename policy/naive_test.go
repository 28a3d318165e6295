package policy

// The package as it was before the hot paths lost fmt: the naive
// reference of BenchmarkInForce, and the oracle of
// TestInForceAgreesWithNaive, which holds the messages to their old text.

import (
	"fmt"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
	"github.com/rickb777/date"
)

func naiveRUDate(d date.Date) string {
	y, m, dd := d.Date()
	return fmt.Sprintf("%02d.%02d.%04d", dd, int(m), y)
}

func (p Period) naiveString() string {
	if p.Open {
		return p.From.String() + "…"
	}
	return p.From.String() + "…" + p.Last.String()
}

func (r Rules) naiveValidity(p Policy) (Period, oms.Decision, error) {
	c := p.Category
	if !c.IsValid() {
		return Period{}, oms.Decision{}, fmt.Errorf("policy: validity: %w: %d", eligibility.ErrUnknownCategory, uint8(c))
	}
	t := r.termOf(c)
	if f, bad := r.naiveNoBasis(p, t); bad {
		return Period{From: p.Issued, Last: p.Issued.Add(-1)}, oms.NewDecision(f), nil
	}
	cite, unconfirmed := t.point.on(p.Issued)
	basisEnd := p.BasisEnd.Or(p.Issued)
	per := Period{From: p.Issued, Open: t.indefinite}
	if !t.indefinite {
		per.Last = basisEnd
	}
	capFinding, capped := r.naiveYearEndCap(p, t, &per)
	var b oms.DecisionBuilder
	switch {
	case t.indefinite && !capped:
		if c.IsPermanentResident() && editionOn(p.Issued) == ed108 {
			// 108н p. 38 caps the paper policy; the digital policy of
			// 01.12.2022 is not capped (Rules.YearEndCap, unconfirmed).
			if v, err := r.YearEndCap.At(p.Issued); err == nil {
				cite, unconfirmed = v.Citation, v.Unconfirmed
			}
		}
		b.Add(oms.Finding{
			Code: CodeValidityIndefinite, Severity: oms.Info,
			RU:       fmt.Sprintf("Категория «%s» не ограничивает срок действия полиса", c.NameRU()),
			EN:       fmt.Sprintf("The category %q sets no time limit on the policy", c.NameEN()),
			Citation: cite, Unconfirmed: unconfirmed,
		})
	case !t.indefinite:
		b.Add(oms.Finding{
			Code: t.code, Severity: oms.Info,
			RU:       fmt.Sprintf("Для категории «%s» полис действует до окончания %s: %s", c.NameRU(), t.basisRU, naiveRUDate(basisEnd)),
			EN:       fmt.Sprintf("For the category %q the policy runs to %s: %s", c.NameEN(), t.basisEN, basisEnd),
			Citation: cite, Unconfirmed: unconfirmed || t.termUnconfirmed,
		})
	}
	if capped {
		b.Add(capFinding)
	}
	return per, b.Decision(), nil
}

// noBasis returns the Violation for a policy that has no basis: the person
// is not insured, the category was not yet insured on the day of issue,
// or the temporary basis had ended before it.
func (r Rules) naiveNoBasis(p Policy, t categoryTerm) (oms.Finding, bool) {
	c := p.Category
	if !c.Insured() {
		return oms.Finding{
			Code: CodeValidityNotInsured, Severity: oms.Violation,
			RU:       "Лицо не подлежит обязательному медицинскому страхованию; полис не выдаётся",
			EN:       "The person is not subject to compulsory medical insurance; no policy is issued",
			Citation: citeArt10,
		}, true
	}
	if c.IsEAEU() || c == eligibility.StayingWorker {
		if !t.hasSince {
			return oms.Finding{
				Code: CodeValidityCategoryNotYetInsured, Severity: oms.Violation,
				RU:       fmt.Sprintf("По применяемым правилам категория «%s» не застрахована; полис, выданный %s, не имеет основания", c.NameRU(), naiveRUDate(p.Issued)),
				EN:       fmt.Sprintf("Under the rules applied the category %q is never insured; a policy issued on %s has no basis", c.NameEN(), p.Issued),
				Citation: citeArt10,
			}, true
		}
		if p.Issued.Before(t.sinceRule.From) {
			return oms.Finding{
				Code: CodeValidityCategoryNotYetInsured, Severity: oms.Violation,
				RU:          fmt.Sprintf("Категория «%s» застрахована с %s; полис, выданный %s, не имеет основания", c.NameRU(), naiveRUDate(t.sinceRule.From), naiveRUDate(p.Issued)),
				EN:          fmt.Sprintf("The category %q is insured from %s; a policy issued on %s has no basis", c.NameEN(), t.sinceRule.From, p.Issued),
				Citation:    t.sinceRule.Citation,
				Unconfirmed: t.sinceRule.Unconfirmed,
			}, true
		}
	}
	end, hasEnd := p.BasisEnd.Get()
	if !t.indefinite && (!hasEnd || end.Before(p.Issued)) {
		cite, unconfirmed := t.point.on(p.Issued)
		f := oms.Finding{
			Code: CodeValidityBasisEnded, Severity: oms.Violation,
			RU:       fmt.Sprintf("Полис действует не дольше %s, а основание окончилось %s, до выдачи полиса %s", t.basisRU, naiveRUDate(end), naiveRUDate(p.Issued)),
			EN:       fmt.Sprintf("The policy runs at most to %s, which was %s, before the policy was issued on %s", t.basisEN, end, p.Issued),
			Citation: cite, Unconfirmed: unconfirmed || t.termUnconfirmed,
		}
		if !hasEnd {
			f.RU = fmt.Sprintf("Полис действует не дольше %s, а день окончания основания не указан", t.basisRU)
			f.EN = fmt.Sprintf("The policy runs at most to %s, and that day is not given", t.basisEN)
		}
		return f, true
	}
	return oms.Finding{}, false
}

// yearEndCap applies the year-end cap in force on the day of issue to per
// and returns its finding, if it shortens the period. Under 108н the
// finding cites the category's point (pp. 38–41), or p. 43 when the policy
// was applied for from 1 November and runs to the end of the next year.
func (r Rules) naiveYearEndCap(p Policy, t categoryTerm, per *Period) (oms.Finding, bool) {
	c := p.Category
	v, err := r.YearEndCap.At(p.Issued)
	if c.IsCitizen() || err != nil || !v.Value.Applies || (v.Value.ExceptOfficials && c == eligibility.EAEUOfficial) {
		return oms.Finding{}, false
	}
	y := max(p.Issued.Year(), v.Value.NotBeforeYear)
	cite, unconfirmed := v.Citation, v.Unconfirmed
	if v.Citation.Act == oms.ActRules108n && editionOn(p.Issued) == ed108 {
		cite, unconfirmed = t.point.on(p.Issued)
	}
	if v.Value.NextYearFromNov1 && p.Issued.Month() >= time.November {
		y = p.Issued.Year() + 1
		cite, unconfirmed = ptTermNextYear.on(p.Issued)
	}
	capDay := date.New(y, time.December, 31)
	if !per.Open && !per.Last.After(capDay) {
		return oms.Finding{}, false
	}
	per.Open, per.Last = false, capDay
	return oms.Finding{
		Code: CodeValidityYearEndCap, Severity: oms.Info,
		RU:       fmt.Sprintf("Полис, выданный %s лицу категории «%s», действует не позднее конца %d года", naiveRUDate(p.Issued), c.NameRU(), y),
		EN:       fmt.Sprintf("A policy issued on %s to the category %q runs no later than the end of %d", p.Issued, c.NameEN(), y),
		Citation: cite, Unconfirmed: unconfirmed,
	}, true
}

func (r Rules) naiveInForce(p Policy, d date.Date) (oms.Decision, error) {
	per, vdec, err := r.naiveValidity(p)
	if err != nil {
		return oms.Decision{}, err
	}
	// The last finding of Validity is the rule that sets the period's end.
	vfs := vdec.Findings()
	basis := vfs[len(vfs)-1]
	var b oms.DecisionBuilder
	b.AddDecision(vdec)
	if p.Form != 0 {
		b.AddDecision(naiveCheckForm(p.Form, p.Issued, d))
	}
	if !p.ENP.IsZero() && !p.ENP.CheckDigitOK() {
		b.Add(oms.Finding{
			Code: CodeENPCheckDigit, Severity: oms.Warning,
			RU:       fmt.Sprintf("Контрольная цифра ЕНП %s не совпадает с расчётной (%d): возможно, номер прежнего формата", p.ENP, p.ENP.expectedCheckDigit()),
			EN:       fmt.Sprintf("The check digit of ЕНП %s is not the computed one (%d): possibly a legacy number", p.ENP, p.ENP.expectedCheckDigit()),
			Citation: citeENPCheckDigit,
		})
	}
	dec := b.Decision() // empties b
	if !dec.OK() {
		return dec, nil
	}
	b.AddDecision(dec)
	f := oms.Finding{Code: CodeInForce, Severity: oms.Info, Citation: basis.Citation, Unconfirmed: basis.Unconfirmed,
		RU: fmt.Sprintf("На %s полис действует (%s)", naiveRUDate(d), per.naiveString()),
		EN: fmt.Sprintf("On %s the policy is in force (%s)", d, per.naiveString()),
	}
	switch {
	case d.Before(per.From):
		f.Code, f.Severity = CodeNotYetIssued, oms.Violation
		f.RU = fmt.Sprintf("На %s полис ещё не выдан (выдан %s)", naiveRUDate(d), naiveRUDate(per.From))
		f.EN = fmt.Sprintf("On %s the policy had not been issued yet (issued %s)", d, per.From)
	case !per.Contains(d):
		f.Code, f.Severity = CodeExpired, oms.Violation
		f.RU = fmt.Sprintf("Срок действия полиса истёк %s", naiveRUDate(per.Last))
		f.EN = fmt.Sprintf("The policy expired on %s", per.Last)
	}
	b.Add(f)
	return b.Decision(), nil
}
func naiveCheckForm(f Form, issued, asOf date.Date) oms.Decision {
	if !f.IsValid() {
		return oms.NewDecision(oms.Finding{
			Code: CodeFormInvalid, Severity: oms.Violation,
			RU: fmt.Sprintf("Неизвестная форма полиса %d", uint8(f)),
			EN: fmt.Sprintf("Unknown policy form %d", uint8(f)),
		})
	}
	s := formTable[f]
	var b oms.DecisionBuilder
	if !f.IssuedOn(issued) {
		unconfirmed := (issued.Before(s.from) && s.fromUnconfirmed) ||
			(!s.open && issued.After(s.last) && s.lastUnconfirmed && !(s.lastAtLatest.After(s.last) && issued.After(s.lastAtLatest)))
		sev := oms.Violation
		if unconfirmed {
			sev = oms.Warning
		}
		span := fmt.Sprintf("%s–%s", s.from, s.last)
		if s.open {
			span = fmt.Sprintf("с %s", s.from)
		}
		b.Add(oms.Finding{
			Code:        CodeFormNotIssuedThen,
			Severity:    sev,
			RU:          fmt.Sprintf("%s не выдавался %s (выдавался %s)", capitalize(f.NameRU()), naiveRUDate(issued), span),
			EN:          fmt.Sprintf("No %s was issued on %s (issued %s)", f.NameEN(), issued, span),
			Citation:    s.cite,
			Unconfirmed: unconfirmed,
		})
	}
	switch f {
	case OldStyle:
		// 326-ФЗ art. 51 part 2; the Rules 108н repeat it in p. 36.
		cite := citeArt51Part2
		if editionOn(asOf) == ed108 {
			cite = citeTerm108P36
		}
		b.Add(oms.Finding{
			Code:     CodeFormValidUntilReplaced,
			Severity: oms.Info,
			RU:       "Полис старого образца действует до замены на полис единого образца",
			EN:       "An old-style policy stays valid until it is replaced by a uniform policy",
			Citation: cite,
		})
	case Paper, Plastic:
		if !asOf.Before(dayDigital) {
			// p. 29 is in force from 10.01.2023; before, the law of 2021.
			cite, unconfirmed := citeRulesP29, false
			if asOf.Before(dayNoNewBlank) {
				cite, unconfirmed = citeArt45Ed2021, true
			}
			b.Add(oms.Finding{
				Code:     CodeFormBlankStaysValid,
				Severity: oms.Info,
				RU:       "Полис на бланке, выданный до перехода на цифровой полис, действует до истечения срока и замене не подлежит",
				EN:       "A policy on a blank issued before the digital policy stays valid for its term and need not be replaced",
				Citation: cite, Unconfirmed: unconfirmed,
			})
		}
	case UEK:
		b.Add(oms.Finding{
			Code:        CodeFormUEKLegacy,
			Severity:    oms.Warning,
			RU:          "Полис в составе УЭК — устаревшая форма; её действие после прекращения выпуска УЭК источниками не подтверждено",
			EN:          "The УЭК policy is a legacy form; whether it stays valid after УЭК issue ended is not confirmed by the sources",
			Citation:    citeUEK,
			Unconfirmed: true,
		})
	}
	return b.Decision()
}
