package policy

import (
	"errors"
	"fmt"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
	"github.com/omsrules/oms/internal/msg"
	"github.com/rickb777/date"
)

// A Form is the form a policy takes. Over time the law has known five:
// the old-style policy of the 1991 law, the uniform paper policy and the
// uniform plastic card of 326-ФЗ, the policy inside a universal electronic
// card (УЭК), and since 1 December 2022 the digital policy: a record in the
// unified register (ЕРЗ) identified by the ЕНП, shown as a paper or
// electronic extract with a bar code.
//
// The zero Form is invalid. Forms are small comparable values; their text
// form (String, MarshalText) is a stable lower-case code.
type Form uint8

const (
	// OldStyle is a policy issued under the Law of 28.06.1991 N 1499-1,
	// before the uniform policy (issued until 30.04.2011). It stays valid
	// until it is replaced by a uniform policy (326-ФЗ art. 51 part 2).
	OldStyle Form = iota + 1
	// Paper is the uniform policy on an A5 paper blank with a bar code,
	// issued 01.05.2011–30.11.2022; valid for its term, no replacement
	// needed (Rules p. 29).
	Paper
	// Plastic is the uniform policy as a plastic card with a chip, issued
	// on request where offered until 30.11.2022; valid for its term
	// (Rules p. 29). The first issue date is unconfirmed (about 2014).
	Plastic
	// UEK is the policy as an application of the universal electronic card
	// (УЭК), issued from 2013 until issue of the УЭК ended on 01.01.2017
	// (Federal Law 28.12.2016 N 471-ФЗ, by a secondary source). law.md §1.4
	// gives "2013 to 2018" [S], so the end is unconfirmed: CheckForm calls
	// a УЭК policy issued in 2017–2018 a Warning, a later one a Violation.
	UEK
	// Digital is the policy since 01.12.2022: the ЕНП in the person's ЕРЗ
	// record, with a paper or electronic extract carrying a bar code
	// (326-ФЗ art. 45 as amended in 2021; Rules p. 28 from 10.01.2023).
	Digital

	numForms
)

// formSpan is when a form was issued and what says so.
type formSpan struct {
	code, nameRU, nameEN string
	erz                  rune // ЕРЗ policy-type code (ФФОМС order 79, classifier)
	from, last           date.Date
	open                 bool // still issued
	fromUnconfirmed      bool
	lastUnconfirmed      bool
	// lastAtLatest, when after last, is the latest day any source gives
	// for an unconfirmed last: an issue after it is certain to be wrong.
	lastAtLatest date.Date
	cite         oms.Citation
}

var (
	dayOldLaw        = date.New(1991, time.June, 28)
	dayUniform       = date.New(2011, time.May, 1)
	dayLastBlank     = date.New(2022, time.November, 30)
	dayDigital       = date.New(2022, time.December, 1)
	dayNoNewBlank    = date.New(2023, time.January, 10)
	dayPlasticFrom   = date.New(2014, time.January, 1)
	dayUEKFrom       = date.New(2013, time.January, 1)
	dayUEKLast       = date.New(2016, time.December, 31)
	dayOldStyleLast  = date.New(2011, time.April, 30)
	dayLaw326InForce = eligibility.LawStart()
	// day108n is the day the Rules 108н came into force (registered on
	// 17.05.2019; in force 28.05.2019 by a secondary source, kvadroplus.com);
	// package eligibility owns the day.
	day108n = eligibility.Rules108nStart()
	// dayUEKLastAtLatest is the end of УЭК issue by law.md §1.4 ("2013 to
	// 2018").
	dayUEKLastAtLatest = date.New(2018, time.December, 31)
)

// formTable: the spans come from law.md §1.4 (the forms table) and
// law-addendum.md §1(g), §5. Fixed at compile time, never mutated.
var formTable = [numForms]formSpan{
	OldStyle: {
		code: "old_style", nameRU: "полис старого образца", nameEN: "old-style policy", erz: 'С',
		from: dayOldLaw, last: dayOldStyleLast, fromUnconfirmed: true, cite: citeOldLaw,
	},
	Paper: {
		code: "paper", nameRU: "полис единого образца на бумажном бланке", nameEN: "uniform paper policy", erz: 'П',
		from: dayUniform, last: dayLastBlank, lastUnconfirmed: true, cite: citeArt45,
	},
	Plastic: {
		code: "plastic", nameRU: "полис единого образца в виде пластиковой карты с электронным носителем", nameEN: "uniform plastic card policy", erz: 'Э',
		from: dayPlasticFrom, last: dayLastBlank, fromUnconfirmed: true, lastUnconfirmed: true, cite: citeArt45,
	},
	UEK: {
		code: "uek", nameRU: "полис в составе универсальной электронной карты", nameEN: "policy on a universal electronic card (УЭК)", erz: 'К',
		from: dayUEKFrom, last: dayUEKLast, lastUnconfirmed: true, lastAtLatest: dayUEKLastAtLatest, cite: citeUEK,
	},
	Digital: {
		code: "digital", nameRU: "цифровой полис (запись в ЕРЗ, выписка со штрихкодом)", nameEN: "digital policy (ЕРЗ record, extract with a bar code)", erz: 'Ц',
		from: dayDigital, open: true, cite: citeArt45Ed2021,
	},
}

// ErrUnknownForm is returned (wrapped) for a text or ЕРЗ code that names no
// Form.
var ErrUnknownForm = errors.New("policy: unknown policy form")

// Forms returns every form, oldest first.
func Forms() []Form { return []Form{OldStyle, Paper, Plastic, UEK, Digital} }

// NameRU returns the Russian name of the form.
func (f Form) NameRU() string {
	if f.IsValid() {
		return formTable[f].nameRU
	}
	return f.String()
}

// NameEN returns the English name of the form.
func (f Form) NameEN() string {
	if f.IsValid() {
		return formTable[f].nameEN
	}
	return f.String()
}

// ERZCode returns the policy-type code of the form in the unified register
// of insured persons (ФФОМС order 79 and its classifier): С old-style,
// П paper, Э plastic, К УЭК, Ц digital; 0 for an invalid form. The codes
// В and Е (temporary certificate, paper and electronic) are not forms; see
// CertificateERZCodes.
func (f Form) ERZCode() rune {
	if f.IsValid() {
		return formTable[f].erz
	}
	return 0
}

// IsBlank reports whether f is a policy made on a blank (paper or plastic
// card), the forms Rules p. 29–30 speak of.
func (f Form) IsBlank() bool { return f == Paper || f == Plastic }

// IssuedBetween returns the first and last day the form was issued; open
// is true when it is still issued (last is then meaningless).
func (f Form) IssuedBetween() (first, last date.Date, open bool) {
	if !f.IsValid() {
		return date.Date{}, date.Date{}, false
	}
	s := formTable[f]
	return s.from, s.last, s.open
}

// IssuedOn reports whether a new policy in form f could be issued on d.
func (f Form) IssuedOn(d date.Date) bool {
	if !f.IsValid() {
		return false
	}
	s := formTable[f]
	return !d.Before(s.from) && (s.open || !d.After(s.last))
}

// FormOfERZCode returns the form with the given ЕРЗ policy-type code (С,
// П, Э, К, Ц, Cyrillic).
func FormOfERZCode(code rune) (Form, error) {
	for f := OldStyle; f < numForms; f++ {
		if formTable[f].erz == code {
			return f, nil
		}
	}
	return 0, fmt.Errorf("%w: ЕРЗ code %q", ErrUnknownForm, code)
}

// FormsIssued returns the forms a new policy could take on d, the default
// first: the form the insurer issues unless the person asks for another
// one it offers. It is empty before the 1991 law.
func FormsIssued(d date.Date) []Form { return defaultRules.FormsIssued(d) }

// FormsIssued is the package-level FormsIssued under the rules r (whose
// NewForm gives the default).
func (r Rules) FormsIssued(d date.Date) []Form {
	var out []Form
	def, err := r.NewForm.Value(d)
	if err == nil {
		out = append(out, def)
	}
	for _, f := range Forms() {
		if f != def && f.IssuedOn(d) {
			out = append(out, f)
		}
	}
	return out
}

// NewPolicyForm returns the form a newly issued policy takes on d by
// default, with a decision that explains it and lists the other forms
// the person could ask for. The error wraps oms.ErrNotInForce for a date
// before the 1991 law.
func NewPolicyForm(d date.Date) (Form, oms.Decision, error) {
	return defaultRules.NewPolicyForm(d)
}

// NewPolicyForm is the package-level NewPolicyForm under the rules r.
func (r Rules) NewPolicyForm(d date.Date) (Form, oms.Decision, error) {
	v, err := r.NewForm.At(d)
	if err != nil {
		return 0, oms.Decision{}, fmt.Errorf("policy: form of a policy issued on %s: %w", d, err)
	}
	f := v.Value
	var b oms.DecisionBuilder
	b.Add(withMessages(oms.Finding{
		Code:        CodeFormNew,
		Severity:    oms.Info,
		Citation:    v.Citation,
		Unconfirmed: v.Unconfirmed,
	}, "Полис, оформляемый %s, выдаётся в форме: %s", []msg.Arg{msg.DRU(d), msg.S(f.NameRU())},
		"A policy issued on %s takes the form: %s", []msg.Arg{msg.D(d), msg.S(f.NameEN())}))
	for _, alt := range Forms() {
		if alt == f || !alt.IssuedOn(d) {
			continue
		}
		s := formTable[alt]
		b.Add(withMessages(oms.Finding{
			Code:        CodeFormAlternative,
			Severity:    oms.Info,
			Citation:    s.cite,
			Unconfirmed: s.fromUnconfirmed || s.lastUnconfirmed,
		}, "По заявлению, где предлагается, может быть выдан: %s", []msg.Arg{msg.S(alt.NameRU())},
			"On request, where offered, the policy may instead be: %s", []msg.Arg{msg.S(alt.NameEN())}))
	}
	return f, b.Decision(), nil
}

// ReissueForm returns the form a policy in form current takes when it is
// re-issued (or replaced after loss) on d, with a decision that explains
// it.
//
// From 10.01.2023 no new blank is made on re-issue or loss of a blank
// policy (Rules p. 30): the ЕРЗ record is corrected and the result is the
// digital policy. From 01.12.2022 to 09.01.2023 no blanks were issued any
// more (the last on 30.11.2022), so the result is digital too, but p. 30
// was not yet in force; that finding is marked unconfirmed. Before
// 01.12.2022 a re-issue produced a new blank: an old-style policy was
// replaced by the uniform paper policy (326-ФЗ art. 51 part 2), a plastic
// card by a plastic card where still issued, anything else by the default
// form of the day.
func ReissueForm(current Form, d date.Date) (Form, oms.Decision, error) {
	return defaultRules.ReissueForm(current, d)
}

// ReissueForm is the package-level ReissueForm under the rules r.
func (r Rules) ReissueForm(current Form, d date.Date) (Form, oms.Decision, error) {
	if !current.IsValid() {
		return 0, oms.Decision{}, fmt.Errorf("%w: %d", ErrUnknownForm, uint8(current))
	}
	def, err := r.NewForm.At(d)
	if err != nil {
		return 0, oms.Decision{}, fmt.Errorf("policy: form of a policy re-issued on %s: %w", d, err)
	}
	noBlank, _ := r.NoNewBlank.At(d)
	switch {
	case noBlank.Value:
		return Digital, oms.NewDecision(withMessages(oms.Finding{
			Code:        CodeReissueNoNewBlank,
			Severity:    oms.Info,
			Citation:    noBlank.Citation,
			Unconfirmed: noBlank.Unconfirmed,
		}, "При переоформлении %s новый бланк не изготавливается: сведения вносятся в ЕРЗ, полис — %s", []msg.Arg{msg.DRU(d), msg.S(Digital.NameRU())},
			"On re-issue on %s no new blank is made: the ЕРЗ record is corrected and the policy is the %s", []msg.Arg{msg.D(d), msg.S(Digital.NameEN())})), nil
	case def.Value == Digital:
		return Digital, oms.NewDecision(withMessages(oms.Finding{
			Code:        CodeReissueDigital,
			Severity:    oms.Info,
			Citation:    def.Citation,
			Unconfirmed: true,
		}, "С 01.12.2022 бланки не выдаются; при переоформлении %s полис — %s (п. 30 Правил действует с 10.01.2023)", []msg.Arg{msg.DRU(d), msg.S(Digital.NameRU())},
			"No blanks are issued since 01.12.2022; a policy re-issued on %s is the %s (Rules p. 30 applies from 10.01.2023)", []msg.Arg{msg.D(d), msg.S(Digital.NameEN())})), nil
	}
	out := def.Value
	cite := def.Citation
	switch {
	case current == OldStyle && d.Before(dayUniform):
		out = OldStyle
	case current == OldStyle:
		cite = citeArt51Part2
	case current == Plastic && Plastic.IssuedOn(d):
		out = Plastic
	}
	return out, oms.NewDecision(withMessages(oms.Finding{
		Code:        CodeReissueNewBlank,
		Severity:    oms.Info,
		Citation:    cite,
		Unconfirmed: def.Unconfirmed,
	}, "При переоформлении %s выдаётся новый полис: %s (прежний: %s)", []msg.Arg{msg.DRU(d), msg.S(out.NameRU()), msg.S(current.NameRU())},
		"On re-issue on %s a new policy is made: %s (was: %s)", []msg.Arg{msg.D(d), msg.S(out.NameEN()), msg.S(current.NameEN())})), nil
}

// CheckForm checks a policy in form f issued on the day issued, as of
// asOf: whether that form was issued on that day, and whether a policy in
// that form is still a valid document on asOf. The decision says why, with
// citations. A form issued outside its known span is a Violation where the
// span's bound is confirmed and a Warning where it is not (the first
// plastic cards, the last blanks).
//
// It does not look at the validity term of the person's category; see
// Validity and InForce.
func CheckForm(f Form, issued, asOf date.Date) oms.Decision {
	var b oms.DecisionBuilder
	checkForm(&b, f, issued, asOf)
	return b.Decision()
}

// checkForm adds the findings of CheckForm to b.
func checkForm(b *oms.DecisionBuilder, f Form, issued, asOf date.Date) {
	if !f.IsValid() {
		b.Add(withMessages(oms.Finding{
			Code: CodeFormInvalid, Severity: oms.Violation,
		}, "Неизвестная форма полиса %d", []msg.Arg{msg.N(int(f))},
			"Unknown policy form %d", []msg.Arg{msg.N(int(f))}))
		return
	}
	s := formTable[f]
	if !f.IssuedOn(issued) {
		unconfirmed := (issued.Before(s.from) && s.fromUnconfirmed) ||
			(!s.open && issued.After(s.last) && s.lastUnconfirmed && !(s.lastAtLatest.After(s.last) && issued.After(s.lastAtLatest)))
		sev := oms.Violation
		if unconfirmed {
			sev = oms.Warning
		}
		span := s.from.String() + "–" + s.last.String()
		if s.open {
			span = "с " + s.from.String()
		}
		b.Add(withMessages(oms.Finding{
			Code:        CodeFormNotIssuedThen,
			Severity:    sev,
			Citation:    s.cite,
			Unconfirmed: unconfirmed,
		}, "%s не выдавался %s (выдавался %s)", []msg.Arg{msg.S(capitalize(f.NameRU())), msg.DRU(issued), msg.S(span)},
			"No %s was issued on %s (issued %s)", []msg.Arg{msg.S(f.NameEN()), msg.D(issued), msg.S(span)}))
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
}

// withMessages returns f with the messages ru and en formatted by
// msg.Pair: one allocation for both, no fmt on the hot paths.
func withMessages(f oms.Finding, ru string, ruArgs []msg.Arg, en string, enArgs []msg.Arg) oms.Finding {
	f.RU, f.EN = msg.Pair(ru, ruArgs, en, enArgs)
	return f
}

// capitalize upper-cases the first letter of a phrase.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
