package policy

import (
	"fmt"
	"strconv"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
	"github.com/omsrules/oms/internal/msg"
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
	var a [32]byte
	return string(p.appendTo(a[:0]))
}

func (p Period) appendTo(b []byte) []byte {
	b = append(msg.AppendDate(b, p.From), "…"...)
	if p.Open {
		return b
	}
	return msg.AppendDate(b, p.Last)
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
	case c.IsEAEU():
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
	var b oms.DecisionBuilder
	per, _, err := r.validity(&b, p)
	return per, b.Decision(), err
}

// validity adds the findings of Validity to b and returns the period with
// the last of them, the rule that sets the period's end.
func (r Rules) validity(b *oms.DecisionBuilder, p Policy) (Period, oms.Finding, error) {
	c := p.Category
	if !c.IsValid() {
		return Period{}, oms.Finding{}, fmt.Errorf("policy: validity: %w: %d", eligibility.ErrUnknownCategory, uint8(c))
	}
	t := r.termOf(c)
	if f, bad := r.noBasis(p, t); bad {
		b.Add(f)
		return Period{From: p.Issued, Last: p.Issued.Add(-1)}, f, nil
	}
	cite, unconfirmed := t.point.on(p.Issued)
	basisEnd := p.BasisEnd.Or(p.Issued)
	per := Period{From: p.Issued, Open: t.indefinite}
	if !t.indefinite {
		per.Last = basisEnd
	}
	capFinding, capped := r.yearEndCap(p, t, &per)
	var f oms.Finding
	switch {
	case t.indefinite && !capped:
		if c.IsPermanentResident() && editionOn(p.Issued) == ed108 {
			// 108н p. 38 caps the paper policy; the digital policy of
			// 01.12.2022 is not capped (Rules.YearEndCap, unconfirmed).
			if v, err := r.YearEndCap.At(p.Issued); err == nil {
				cite, unconfirmed = v.Citation, v.Unconfirmed
			}
		}
		m, ok := indefiniteMessages[c]
		if !ok { // not reached: every valid category is in the table
			m = indefiniteMessage(c)
		}
		f = oms.Finding{
			Code: CodeValidityIndefinite, Severity: oms.Info, RU: m[0], EN: m[1],
			Citation: cite, Unconfirmed: unconfirmed,
		}
		b.Add(f)
	case !t.indefinite:
		buf := make([]byte, 0, 512)
		buf = append(append(append(append(append(buf, "Для категории «"...), c.NameRU()...), "» полис действует до окончания "...), t.basisRU...), ": "...)
		buf = msg.AppendDateRU(buf, basisEnd)
		cut := len(buf)
		buf = append(append(append(strconv.AppendQuote(append(buf, "For the category "...), c.NameEN()), " the policy runs to "...), t.basisEN...), ": "...)
		buf = msg.AppendDate(buf, basisEnd)
		f = oms.Finding{Code: t.code, Severity: oms.Info, Citation: cite, Unconfirmed: unconfirmed || t.termUnconfirmed}
		f.RU, f.EN = msg.Split(buf, cut)
		b.Add(f)
	}
	if capped {
		b.Add(capFinding)
		f = capFinding
	}
	return per, f, nil
}

// indefiniteMessages are the messages of CodeValidityIndefinite for each
// category: they carry no date, so they are made once.
var indefiniteMessages = func() map[eligibility.Category][2]string {
	m := map[eligibility.Category][2]string{}
	for _, c := range eligibility.Categories() {
		m[c] = indefiniteMessage(c)
	}
	return m
}()

func indefiniteMessage(c eligibility.Category) [2]string {
	return [2]string{
		"Категория «" + c.NameRU() + "» не ограничивает срок действия полиса",
		"The category " + strconv.Quote(c.NameEN()) + " sets no time limit on the policy",
	}
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
			b := make([]byte, 0, 512)
			b = append(append(append(b, "По применяемым правилам категория «"...), c.NameRU()...), "» не застрахована; полис, выданный "...)
			b = append(msg.AppendDateRU(b, p.Issued), ", не имеет основания"...)
			cut := len(b)
			b = append(strconv.AppendQuote(append(b, "Under the rules applied the category "...), c.NameEN()), " is never insured; a policy issued on "...)
			b = append(msg.AppendDate(b, p.Issued), " has no basis"...)
			f := oms.Finding{Code: CodeValidityCategoryNotYetInsured, Severity: oms.Violation, Citation: citeArt10}
			f.RU, f.EN = msg.Split(b, cut)
			return f, true
		}
		if p.Issued.Before(t.sinceRule.From) {
			b := make([]byte, 0, 512)
			b = append(append(append(b, "Категория «"...), c.NameRU()...), "» застрахована с "...)
			b = append(msg.AppendDateRU(b, t.sinceRule.From), "; полис, выданный "...)
			b = append(msg.AppendDateRU(b, p.Issued), ", не имеет основания"...)
			cut := len(b)
			b = append(strconv.AppendQuote(append(b, "The category "...), c.NameEN()), " is insured from "...)
			b = append(msg.AppendDate(b, t.sinceRule.From), "; a policy issued on "...)
			b = append(msg.AppendDate(b, p.Issued), " has no basis"...)
			f := oms.Finding{
				Code: CodeValidityCategoryNotYetInsured, Severity: oms.Violation,
				Citation: t.sinceRule.Citation, Unconfirmed: t.sinceRule.Unconfirmed,
			}
			f.RU, f.EN = msg.Split(b, cut)
			return f, true
		}
	}
	end, hasEnd := p.BasisEnd.Get()
	if !t.indefinite && (!hasEnd || end.Before(p.Issued)) {
		cite, unconfirmed := t.point.on(p.Issued)
		f := oms.Finding{
			Code: CodeValidityBasisEnded, Severity: oms.Violation,
			Citation: cite, Unconfirmed: unconfirmed || t.termUnconfirmed,
		}
		b := make([]byte, 0, 512)
		b = append(append(b, "Полис действует не дольше "...), t.basisRU...)
		if !hasEnd {
			b = append(b, ", а день окончания основания не указан"...)
			cut := len(b)
			b = append(append(append(b, "The policy runs at most to "...), t.basisEN...), ", and that day is not given"...)
			f.RU, f.EN = msg.Split(b, cut)
			return f, true
		}
		b = append(msg.AppendDateRU(append(b, ", а основание окончилось "...), end), ", до выдачи полиса "...)
		b = msg.AppendDateRU(b, p.Issued)
		cut := len(b)
		b = append(append(append(b, "The policy runs at most to "...), t.basisEN...), ", which was "...)
		b = append(msg.AppendDate(b, end), ", before the policy was issued on "...)
		b = msg.AppendDate(b, p.Issued)
		f.RU, f.EN = msg.Split(b, cut)
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
	b := make([]byte, 0, 512)
	b = append(msg.AppendDateRU(append(b, "Полис, выданный "...), p.Issued), " лицу категории «"...)
	b = append(msg.AppendInt(append(append(b, c.NameRU()...), "», действует не позднее конца "...), y), " года"...)
	cut := len(b)
	b = append(msg.AppendDate(append(b, "A policy issued on "...), p.Issued), " to the category "...)
	b = msg.AppendInt(append(strconv.AppendQuote(b, c.NameEN()), " runs no later than the end of "...), y)
	f := oms.Finding{Code: CodeValidityYearEndCap, Severity: oms.Info, Citation: cite, Unconfirmed: unconfirmed}
	f.RU, f.EN = msg.Split(b, cut)
	return f, true
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
	_, dec, err := r.InForcePeriod(p, d)
	return dec, err
}

// InForcePeriod is InForce that also returns the period of Validity, which
// InForce computes: one call for a caller that needs both.
func InForcePeriod(p Policy, d date.Date) (Period, oms.Decision, error) {
	return defaultRules.InForcePeriod(p, d)
}

// InForcePeriod is Rules.InForce that also returns the period of
// Rules.Validity, which InForce computes: one call for a caller that needs
// both.
func (r Rules) InForcePeriod(p Policy, d date.Date) (Period, oms.Decision, error) {
	var b oms.DecisionBuilder
	b.Grow(3) // the findings of most policies: one allocation
	per, basis, err := r.validity(&b, p)
	if err != nil {
		return Period{}, oms.Decision{}, err
	}
	if p.Form != 0 {
		checkForm(&b, p.Form, p.Issued, d)
	}
	if !p.ENP.IsZero() && !p.ENP.CheckDigitOK() {
		b.Add(enpCheckDigitFinding(p.ENP))
	}
	if !b.OK() {
		return per, b.Decision(), nil
	}
	b.Add(inForceFinding(per, basis, d))
	return per, b.Decision(), nil
}

// enpCheckDigitFinding is the Warning for an ЕНП whose check digit is not
// the computed one.
func enpCheckDigitFinding(e ENP) oms.Finding {
	b := make([]byte, 0, 256)
	b, _ = e.AppendText(append(b, "Контрольная цифра ЕНП "...))
	b = append(b, " не совпадает с расчётной ("...)
	b = append(msg.AppendInt(b, int(e.expectedCheckDigit())), "): возможно, номер прежнего формата"...)
	cut := len(b)
	b, _ = e.AppendText(append(b, "The check digit of ЕНП "...))
	b = append(b, " is not the computed one ("...)
	b = append(msg.AppendInt(b, int(e.expectedCheckDigit())), "): possibly a legacy number"...)
	f := oms.Finding{Code: CodeENPCheckDigit, Severity: oms.Warning, Citation: citeENPCheckDigit}
	f.RU, f.EN = msg.Split(b, cut)
	return f
}

// inForceFinding says whether the policy of period per is in force on d,
// citing the rule basis that sets the period's end.
func inForceFinding(per Period, basis oms.Finding, d date.Date) oms.Finding {
	f := oms.Finding{Code: CodeInForce, Severity: oms.Info, Citation: basis.Citation, Unconfirmed: basis.Unconfirmed}
	b := make([]byte, 0, 256)
	var cut int
	switch {
	case d.Before(per.From):
		f.Code, f.Severity = CodeNotYetIssued, oms.Violation
		b = append(msg.AppendDateRU(append(b, "На "...), d), " полис ещё не выдан (выдан "...)
		b = append(msg.AppendDateRU(b, per.From), ")"...)
		cut = len(b)
		b = append(msg.AppendDate(append(b, "On "...), d), " the policy had not been issued yet (issued "...)
		b = append(msg.AppendDate(b, per.From), ")"...)
	case !per.Contains(d):
		f.Code, f.Severity = CodeExpired, oms.Violation
		b = msg.AppendDateRU(append(b, "Срок действия полиса истёк "...), per.Last)
		cut = len(b)
		b = msg.AppendDate(append(b, "The policy expired on "...), per.Last)
	default:
		b = append(per.appendTo(append(msg.AppendDateRU(append(b, "На "...), d), " полис действует ("...)), ")"...)
		cut = len(b)
		b = append(per.appendTo(append(msg.AppendDate(append(b, "On "...), d), " the policy is in force ("...)), ")"...)
	}
	f.RU, f.EN = msg.Split(b, cut)
	return f
}
