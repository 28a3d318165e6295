package policy

import (
	"fmt"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
	"github.com/rickb777/date"
)

// A Period is the time a policy (or a certificate) is valid: from its
// first day From to its last day Last, both inclusive, or from From with no
// end when Open is true.
//
// A Period whose Last is before its From is empty: nothing was valid (a
// temporary right that had ended before the policy was issued). The zero
// Period is the single day 1970-01-01; use the Period a function returns.
type Period struct {
	From date.Date `json:"from"`
	Last date.Date `json:"last"`
	Open bool      `json:"open,omitempty"`
}

// Contains reports whether d is a day of p.
func (p Period) Contains(d date.Date) bool {
	return !d.Before(p.From) && (p.Open || !d.After(p.Last))
}

// IsEmpty reports whether p has no day.
func (p Period) IsEmpty() bool { return !p.Open && p.Last.Before(p.From) }

// String returns "2019-03-01…2019-12-31", or "2019-03-01…" for an open
// period.
func (p Period) String() string {
	if p.Open {
		return p.From.String() + "…"
	}
	return p.From.String() + "…" + p.Last.String()
}

// A Policy is what the package needs to know of a person's policy to say
// how long it is valid.
type Policy struct {
	// ENP is the policy number; the zero ENP for an old-style policy
	// without one.
	ENP ENP `json:"enp"`
	// Form is the form of the policy; 0 when unknown, which skips the
	// checks of the form.
	Form Form `json:"form,omitempty"`
	// Category is the person's category, which sets the term.
	Category eligibility.Category `json:"category"`
	// Issued is the day the policy was issued (for the digital policy, the
	// day the person's record was entered in the ЕРЗ).
	Issued date.Date `json:"issued"`
	// BasisEnd is the last day of the temporary basis of the right to ОМС,
	// for the categories whose right has an end: the РВП (ForeignTemporary,
	// StatelessTemporary); the stay under the law «О беженцах» (the
	// refugee-law categories); the labour contract (EAEUWorker,
	// StayingWorker); the powers (EAEUOfficial). It is ignored for the
	// other categories. For these categories a BasisEnd before Issued, or
	// none, is a Violation: the basis had ended, or is not shown.
	BasisEnd oms.OptionalDate `json:"basis_end,omitzero"`
}

// categoryTerm says how long the right of a category lasts.
type categoryTerm struct {
	indefinite bool
	code       string // finding code for a term to the basis end
	basisRU    string
	basisEN    string
	// point is the rule of the Rules on the category's term.
	point rulePoint
	// sinceRule is the version of the rule from which the category is
	// insured, when hasSince; a category of a rule that never insures it
	// has no day of issue that is valid.
	sinceRule       oms.Dated[bool]
	hasSince        bool
	termUnconfirmed bool
}

// since returns the first day the dated rule t gives a value for which
// insured reports true, with that version; ok is false when it never does.
func since[T any](t oms.Timeline[T], insured func(T) bool) (oms.Dated[T], bool) {
	for _, v := range t.Versions() {
		if insured(v.Value) {
			return v, true
		}
	}
	return oms.Dated[T]{}, false
}

// termOf says how long the right of category c lasts under r. The first
// day of the EAEU categories and of StayingWorker, with its citation and
// flag, comes from the rules of package eligibility (r.EAEU and
// r.QualifyingYears), so the two packages cannot disagree.
func (r Rules) termOf(c eligibility.Category) categoryTerm {
	var t categoryTerm
	switch {
	case c.IsCitizen():
		return categoryTerm{indefinite: true, point: ptTermCitizen}
	case c.IsPermanentResident():
		return categoryTerm{indefinite: true, point: ptTermPermanent}
	case c.IsResident():
		return categoryTerm{code: CodeValidityUntilRVP, point: ptTermTemporary,
			basisRU: "срока действия разрешения на временное проживание", basisEN: "the end of the temporary residence permit (РВП)"}
	case c.IsRefugeeLaw():
		return categoryTerm{code: CodeValidityUntilStay, point: ptTermRefugee,
			basisRU: "срока пребывания (статуса беженца, рассмотрения ходатайства, временного убежища)",
			basisEN: "the end of the stay (refugee status, the petition, temporary asylum)"}
	case c == eligibility.EAEUWorker || c == eligibility.EAEUOfficial:
		t = categoryTerm{code: CodeValidityUntilContract, point: ptTermEAEUWorker,
			basisRU: "срока действия трудового договора", basisEN: "the end of the labour contract"}
		if c == eligibility.EAEUOfficial {
			t.code, t.point, t.basisRU, t.basisEN = CodeValidityUntilPowers, ptTermEAEUOfficial, "срока исполнения полномочий", "the end of the powers"
		}
		t.sinceRule, t.hasSince = since(r.EAEU, func(v bool) bool { return v })
	case c == eligibility.StayingWorker:
		// The end of the right of these workers is not found (law.md §1.4,
		// [U]): the term to the labour contract is unconfirmed.
		t = categoryTerm{code: CodeValidityUntilContract, point: rulePoint{law: citeArt16Part11},
			basisRU: "срока действия трудового договора", basisEN: "the end of the labour contract",
			termUnconfirmed: true}
		var v oms.Dated[int]
		v, t.hasSince = since(r.QualifyingYears, func(int) bool { return true })
		t.sinceRule = oms.Dated[bool]{From: v.From, Value: true, Citation: v.Citation, Unconfirmed: v.Unconfirmed}
	}
	return t
}

// Validity returns the period a policy is valid, with a decision that
// explains it; see Rules.Validity.
func Validity(p Policy) (Period, oms.Decision, error) { return defaultRules.Validity(p) }

// Validity returns the period the policy p is valid under the rules r, by
// the Rules in force on the day of issue (rules-points.md row 3):
//
//   - under 158н (to 27.05.2019): indefinite for citizens and for
//     foreigners and stateless persons permanently residing (p. 31); to
//     the end of the stay for persons under the law «О беженцах» (p. 32);
//     to the end of the РВП (p. 33); EAEU workers and officials from 2017,
//     to the end of the labour contract or powers (the point 803н added is
//     not known: 326-ФЗ art. 45 is cited, unconfirmed); with the year-end
//     cap of 2017–2019 (Rules.YearEndCap: the letter ФОМС N 13057/91/и);
//   - under 108н (from 28.05.2019): indefinite for citizens (p. 37); to
//     the end of the calendar year for permanent residents (p. 38), and
//     for refugees, РВП holders and EAEU workers, not beyond their basis
//     (pp. 39–41); EEC officials to the end of the powers (p. 42); applied
//     for from 1 November to 31 December, to the end of the next year
//     (p. 43);
//   - from the digital policy (01.12.2022) no year-end cap, and from
//     10.01.2023 no known point: the terms are the best-supported default
//     (indefinite, or to the basis end), cite 326-ФЗ art. 45 and are
//     Unconfirmed.
//
// The period starts on p.Issued. A category not yet insured on the day of
// issue (EAEU workers before 2017, staying workers before 2023) and
// NotInsured are Violations, and the period is then empty. An invalid
// category is an error wrapping eligibility.ErrUnknownCategory.
func (r Rules) Validity(p Policy) (Period, oms.Decision, error) {
	c := p.Category
	if !c.IsValid() {
		return Period{}, oms.Decision{}, fmt.Errorf("policy: validity: %w: %d", eligibility.ErrUnknownCategory, uint8(c))
	}
	t := r.termOf(c)
	if f, bad := r.noBasis(p, t); bad {
		return Period{From: p.Issued, Last: p.Issued.Add(-1)}, oms.NewDecision(f), nil
	}
	cite, unconfirmed := t.point.on(p.Issued)
	basisEnd := p.BasisEnd.Or(p.Issued)
	per := Period{From: p.Issued, Open: t.indefinite}
	if !t.indefinite {
		per.Last = basisEnd
	}
	capFinding, capped := r.yearEndCap(p, t, &per)
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
			RU:       fmt.Sprintf("Для категории «%s» полис действует до окончания %s: %s", c.NameRU(), t.basisRU, ruDate(basisEnd)),
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
func (r Rules) noBasis(p Policy, t categoryTerm) (oms.Finding, bool) {
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
				RU:       fmt.Sprintf("По применяемым правилам категория «%s» не застрахована; полис, выданный %s, не имеет основания", c.NameRU(), ruDate(p.Issued)),
				EN:       fmt.Sprintf("Under the rules applied the category %q is never insured; a policy issued on %s has no basis", c.NameEN(), p.Issued),
				Citation: citeArt10,
			}, true
		}
		if p.Issued.Before(t.sinceRule.From) {
			return oms.Finding{
				Code: CodeValidityCategoryNotYetInsured, Severity: oms.Violation,
				RU:          fmt.Sprintf("Категория «%s» застрахована с %s; полис, выданный %s, не имеет основания", c.NameRU(), ruDate(t.sinceRule.From), ruDate(p.Issued)),
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
			RU:       fmt.Sprintf("Полис действует не дольше %s, а основание окончилось %s, до выдачи полиса %s", t.basisRU, ruDate(end), ruDate(p.Issued)),
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
func (r Rules) yearEndCap(p Policy, t categoryTerm, per *Period) (oms.Finding, bool) {
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
		RU:       fmt.Sprintf("Полис, выданный %s лицу категории «%s», действует не позднее конца %d года", ruDate(p.Issued), c.NameRU(), y),
		EN:       fmt.Sprintf("A policy issued on %s to the category %q runs no later than the end of %d", p.Issued, c.NameEN(), y),
		Citation: cite, Unconfirmed: unconfirmed,
	}, true
}

// InForce reports whether the policy p is in force on d; see
// Rules.InForce.
func InForce(p Policy, d date.Date) (oms.Decision, error) { return defaultRules.InForce(p, d) }

// InForce reports whether the policy p is in force on d under the rules r.
// The decision is OK when it is, and holds every finding: the term of the
// category (Validity), the checks of the form when p.Form is set
// (CheckForm), a Warning for an ЕНП with a wrong check digit (legacy
// numbers exist in real registers), and "policy.in-force",
// "policy.not-yet-issued" or "policy.expired". A suspension of the policy
// for a period of service is a matter of its Lifecycle, not seen here.
func (r Rules) InForce(p Policy, d date.Date) (oms.Decision, error) {
	per, vdec, err := r.Validity(p)
	if err != nil {
		return oms.Decision{}, err
	}
	// The last finding of Validity is the rule that sets the period's end.
	vfs := vdec.Findings()
	basis := vfs[len(vfs)-1]
	var b oms.DecisionBuilder
	b.AddDecision(vdec)
	if p.Form != 0 {
		b.AddDecision(CheckForm(p.Form, p.Issued, d))
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
		RU: fmt.Sprintf("На %s полис действует (%s)", ruDate(d), per),
		EN: fmt.Sprintf("On %s the policy is in force (%s)", d, per),
	}
	switch {
	case d.Before(per.From):
		f.Code, f.Severity = CodeNotYetIssued, oms.Violation
		f.RU = fmt.Sprintf("На %s полис ещё не выдан (выдан %s)", ruDate(d), ruDate(per.From))
		f.EN = fmt.Sprintf("On %s the policy had not been issued yet (issued %s)", d, per.From)
	case !per.Contains(d):
		f.Code, f.Severity = CodeExpired, oms.Violation
		f.RU = fmt.Sprintf("Срок действия полиса истёк %s", ruDate(per.Last))
		f.EN = fmt.Sprintf("The policy expired on %s", per.Last)
	}
	b.Add(f)
	return b.Decision(), nil
}
