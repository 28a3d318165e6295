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
	// other categories. A BasisEnd before Issued — the zero Date, left
	// unset, included — is a Violation: the basis had ended.
	BasisEnd date.Date `json:"basis_end"`
}

// categoryTerm says how long the right of a category lasts.
type categoryTerm struct {
	indefinite bool
	code       string // finding code for a term to the basis end
	basisRU    string
	basisEN    string
	// sinceRule is the version of the rule from which the category is
	// insured, when hasSince; a category of a rule that never insures it
	// has no day of issue that is valid.
	sinceRule       oms.Dated[bool]
	hasSince        bool
	termUnconfirmed bool
}

var citeRulesTerm = oms.Citation{
	Act:   oms.ActRules158n108n,
	Title: "срок действия полиса по категориям застрахованных лиц",
	URL:   "http://www.tfoms22.ru/forp/kak-poluchit-polis-oms/",
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
	case c.IsCitizen() || c.IsPermanentResident():
		return categoryTerm{indefinite: true}
	case c.IsResident():
		return categoryTerm{code: "policy.validity.until-rvp",
			basisRU: "срока действия разрешения на временное проживание", basisEN: "the end of the temporary residence permit (РВП)"}
	case c.IsRefugeeLaw():
		return categoryTerm{code: "policy.validity.until-stay",
			basisRU: "срока пребывания (статуса беженца, рассмотрения ходатайства, временного убежища)",
			basisEN: "the end of the stay (refugee status, the petition, temporary asylum)"}
	case c == eligibility.EAEUWorker || c == eligibility.EAEUOfficial:
		t = categoryTerm{code: "policy.validity.until-contract",
			basisRU: "срока действия трудового договора", basisEN: "the end of the labour contract"}
		if c == eligibility.EAEUOfficial {
			t.code, t.basisRU, t.basisEN = "policy.validity.until-powers", "срока исполнения полномочий", "the end of the powers"
		}
		t.sinceRule, t.hasSince = since(r.EAEU, func(v bool) bool { return v })
	case c == eligibility.StayingWorker:
		// The end of the right of these workers is not found (law.md §1.4,
		// [U]): the term to the labour contract is unconfirmed.
		t = categoryTerm{code: "policy.validity.until-contract",
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

// Validity returns the period the policy p is valid under the rules r:
//
//   - indefinite for citizens of the RF and for foreigners and stateless
//     persons permanently residing (вид на жительство);
//   - to BasisEnd for the others: the end of the РВП, of the stay under
//     the law «О беженцах», of the labour contract (EAEU workers; also,
//     unconfirmed, the temporarily staying workers of art. 16 part 1.1,
//     for whom no end-date rule was found), or of the powers (EAEU
//     officials);
//   - for every category but citizens, no later than the year-end cap in
//     force on the day of issue (Rules.YearEndCap: the 2018 cap of the
//     letter ФОМС N 13057/91/и, and the calendar-year rule around it).
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
	empty := Period{From: p.Issued, Last: p.Issued.Add(-1)}
	if !c.Insured() {
		return empty, oms.NewDecision(oms.Finding{
			Code: "policy.validity.not-insured", Severity: oms.Violation,
			RU:       "Лицо не подлежит обязательному медицинскому страхованию; полис не выдаётся",
			EN:       "The person is not subject to compulsory medical insurance; no policy is issued",
			Citation: citeArt10,
		}), nil
	}
	t := r.termOf(c)
	if c.IsEAEU() || c == eligibility.StayingWorker {
		if !t.hasSince {
			return empty, oms.NewDecision(oms.Finding{
				Code: "policy.validity.category-not-yet-insured", Severity: oms.Violation,
				RU:       fmt.Sprintf("По применяемым правилам категория «%s» не застрахована; полис, выданный %s, не имеет основания", c.NameRU(), ruDate(p.Issued)),
				EN:       fmt.Sprintf("Under the rules applied the category %q is never insured; a policy issued on %s has no basis", c.NameEN(), p.Issued),
				Citation: citeArt10,
			}), nil
		}
		if p.Issued.Before(t.sinceRule.From) {
			return empty, oms.NewDecision(oms.Finding{
				Code: "policy.validity.category-not-yet-insured", Severity: oms.Violation,
				RU:          fmt.Sprintf("Категория «%s» застрахована с %s; полис, выданный %s, не имеет основания", c.NameRU(), ruDate(t.sinceRule.From), ruDate(p.Issued)),
				EN:          fmt.Sprintf("The category %q is insured from %s; a policy issued on %s has no basis", c.NameEN(), t.sinceRule.From, p.Issued),
				Citation:    t.sinceRule.Citation,
				Unconfirmed: t.sinceRule.Unconfirmed,
			}), nil
		}
	}
	var dec oms.Decision
	per := Period{From: p.Issued}
	if t.indefinite {
		per.Open = true
		dec = dec.With(oms.Finding{
			Code: "policy.validity.indefinite", Severity: oms.Info,
			RU:       fmt.Sprintf("Категория «%s» не ограничивает срок действия полиса", c.NameRU()),
			EN:       fmt.Sprintf("The category %q sets no time limit on the policy", c.NameEN()),
			Citation: citeRulesTerm,
		})
	} else {
		if p.BasisEnd.Before(p.Issued) {
			return empty, oms.NewDecision(oms.Finding{
				Code: "policy.validity.basis-ended", Severity: oms.Violation,
				RU:       fmt.Sprintf("Полис действует не дольше %s, а основание окончилось %s, до выдачи полиса %s", t.basisRU, ruDate(p.BasisEnd), ruDate(p.Issued)),
				EN:       fmt.Sprintf("The policy runs at most to %s, which was %s, before the policy was issued on %s", t.basisEN, p.BasisEnd, p.Issued),
				Citation: citeRulesTerm,
			}), nil
		}
		per.Last = p.BasisEnd
		dec = dec.With(oms.Finding{
			Code: t.code, Severity: oms.Info,
			RU:          fmt.Sprintf("Для категории «%s» полис действует до окончания %s: %s", c.NameRU(), t.basisRU, ruDate(p.BasisEnd)),
			EN:          fmt.Sprintf("For the category %q the policy runs to %s: %s", c.NameEN(), t.basisEN, p.BasisEnd),
			Citation:    citeRulesTerm,
			Unconfirmed: t.termUnconfirmed,
		})
	}
	if !c.IsCitizen() {
		if v, err := r.YearEndCap.At(p.Issued); err == nil && v.Value.Applies {
			y := max(p.Issued.Year(), v.Value.NotBeforeYear)
			capDay := date.New(y, time.December, 31)
			if per.Open || per.Last.After(capDay) {
				per.Open, per.Last = false, capDay
				dec = dec.With(oms.Finding{
					Code: "policy.validity.year-end-cap", Severity: oms.Info,
					RU:          fmt.Sprintf("Полис, выданный %s лицу категории «%s», действует не позднее конца %d года", ruDate(p.Issued), c.NameRU(), y),
					EN:          fmt.Sprintf("A policy issued on %s to the category %q runs no later than the end of %d", p.Issued, c.NameEN(), y),
					Citation:    v.Citation,
					Unconfirmed: v.Unconfirmed,
				})
			}
		}
	}
	return per, dec, nil
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
	per, dec, err := r.Validity(p)
	if err != nil {
		return oms.Decision{}, err
	}
	if p.Form != 0 {
		dec = dec.Merge(CheckForm(p.Form, p.Issued, d))
	}
	if !p.ENP.IsZero() && !p.ENP.CheckDigitOK() {
		dec = dec.With(oms.Finding{
			Code: "policy.enp.check-digit", Severity: oms.Warning,
			RU:       fmt.Sprintf("Контрольная цифра ЕНП %s не совпадает с расчётной (%d): возможно, номер прежнего формата", p.ENP, p.ENP.expectedCheckDigit()),
			EN:       fmt.Sprintf("The check digit of ЕНП %s is not the computed one (%d): possibly a legacy number", p.ENP, p.ENP.expectedCheckDigit()),
			Citation: citeENPCheckDigit,
		})
	}
	if !dec.OK() {
		return dec, nil
	}
	switch {
	case d.Before(per.From):
		dec = dec.With(oms.Finding{
			Code: "policy.not-yet-issued", Severity: oms.Violation,
			RU:       fmt.Sprintf("На %s полис ещё не выдан (выдан %s)", ruDate(d), ruDate(per.From)),
			EN:       fmt.Sprintf("On %s the policy had not been issued yet (issued %s)", d, per.From),
			Citation: citeRulesTerm,
		})
	case !per.Contains(d):
		dec = dec.With(oms.Finding{
			Code: "policy.expired", Severity: oms.Violation,
			RU:       fmt.Sprintf("Срок действия полиса истёк %s", ruDate(per.Last)),
			EN:       fmt.Sprintf("The policy expired on %s", per.Last),
			Citation: citeRulesTerm,
		})
	default:
		dec = dec.With(oms.Finding{
			Code: "policy.in-force", Severity: oms.Info,
			RU:       fmt.Sprintf("На %s полис действует (%s)", ruDate(d), per),
			EN:       fmt.Sprintf("On %s the policy is in force (%s)", d, per),
			Citation: citeRulesTerm,
		})
	}
	return dec, nil
}
