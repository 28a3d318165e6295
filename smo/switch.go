package smo

import (
	"fmt"
	"slices"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/eligibility"
	"github.com/rickb777/date"
)

// FundInsurer stands in an Entry or Request for the territorial fund
// (ТФОМС) of the region acting as insurer itself, which 430-ФЗ allows from
// 01.01.2027 where no insurer is on the region's register (see
// FundMayInsure).
const FundInsurer = "TFOMS"

// An Applicant is who files an application for choice or replacement of an
// insurer.
type Applicant uint8

const (
	// Self is the insured person.
	Self Applicant = iota + 1
	// Representative is a representative acting under a power of attorney.
	Representative
	// LegalRepresentative is a parent, adoptive parent, guardian or
	// trustee: the only applicant for a child (see CheckSwitch).
	LegalRepresentative
)

var applicantNames = [...]string{Self: "self", Representative: "representative", LegalRepresentative: "legal-representative"}

// String returns "self", "representative" or "legal-representative".
func (a Applicant) String() string {
	if a >= Self && int(a) < len(applicantNames) {
		return applicantNames[a]
	}
	return fmt.Sprintf("Applicant(%d)", uint8(a))
}

// IsValid reports whether a is one of the defined applicants.
func (a Applicant) IsValid() bool { return a >= Self && a <= LegalRepresentative }

// MarshalText implements encoding.TextMarshaler.
func (a Applicant) MarshalText() ([]byte, error) {
	if !a.IsValid() {
		return nil, fmt.Errorf("%w: applicant %d", ErrInvalid, uint8(a))
	}
	return []byte(a.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (a *Applicant) UnmarshalText(text []byte) error {
	for i, n := range applicantNames {
		if n != "" && n == string(text) {
			*a = Applicant(i)
			return nil
		}
	}
	return fmt.Errorf("%w: applicant %q", ErrInvalid, text)
}

// A Request is an application for choice or replacement of an insurer (or,
// with Reason FundAssignment, an assignment by the territorial fund) to
// check against the person's history.
type Request struct {
	// Date is the day the application is filed.
	Date date.Date `json:"date"`
	// Insurer is the registry number of the chosen insurer, or FundInsurer.
	Insurer string `json:"insurer"`
	// Region is where the person lives on Date.
	Region oms.Region `json:"region"`
	// Reason is the ground the applicant gives: FirstChoice, Voluntary,
	// Relocation, InsurerExit or FundAssignment.
	Reason Reason `json:"reason"`
	// Applicant is who files the application; not needed for
	// FundAssignment.
	Applicant Applicant `json:"applicant,omitzero"`
	// Born is the person's date of birth. It is required: the zero Date is
	// 1 January 1970, a real birth date. A person comes of age on their
	// 18th birthday; one born on 29 February, by default on 1 March of a
	// common year (eligibility.LeapDayMarch1; see WithLeapDayRule).
	Born date.Date `json:"born"`
	// FullCapacity is set for a minor who has gained full legal capacity
	// before 18 (by marriage or emancipation, ГК РФ ст. 21 п. 2, ст. 27);
	// such a person applies for themselves.
	FullCapacity bool `json:"full_capacity,omitempty"`
}

// A VoluntaryLimit is the limit on replacements at will: at most PerYear
// in a calendar year, each filed not later than LastDay of LastMonth.
type VoluntaryLimit struct {
	PerYear   int
	LastMonth time.Month
	LastDay   int
}

// DefaultVoluntaryLimit is the rule of 326-ФЗ ст. 16 ч. 1 п. 3 since
// 01.01.2011: one replacement per calendar year, filed not later than
// 1 November.
func DefaultVoluntaryLimit() oms.Timeline[VoluntaryLimit] { return defaultLimit }

// defaultLimit is built once; Timeline values are immutable.
var defaultLimit = oms.MustTimeline(oms.Dated[VoluntaryLimit]{
	From: law326, Value: VoluntaryLimit{PerYear: 1, LastMonth: time.November, LastDay: 1}, Citation: citeReplace,
})

// A DeadlineRule says what happens to the 1 November deadline when that
// day is not a working day.
//
// The law sets the deadline as a calendar date ("не позднее 1 ноября",
// 326-ФЗ ст. 16 ч. 1 п. 3) and says nothing of non-working days. ГК РФ
// ст. 190 counts a term fixed by a calendar date among terms (сроки), and
// ст. 193 — "if the last day of a term falls on a non-working day, the
// term ends on the next working day" — speaks of the last day of any term,
// so within civil law it moves a date-fixed deadline too. But the right to
// choose an insurer is a right in compulsory social insurance, a public-law
// relation to which the Civil Code applies only where a law says so (ГК РФ
// ст. 2 п. 3); 326-ФЗ has no such reference, and where public-law codes
// want the rule they repeat it themselves (НК РФ ст. 6.1 п. 7, КоАП РФ
// ст. 4.8 ч. 3). No fund or court text on the point was found: ФФОМС and
// the territorial funds state the deadline as 1 November without
// exception, and an application can be filed on any day through the
// public-services portal (ЕПГУ), so a non-working 1 November does not take
// the last day away from the person.
//
// The library therefore keeps 1 November fixed by default (DeadlineFixed)
// and, for an application filed after a non-working 1 November but not
// later than the next working day, adds an unconfirmed warning
// "smo.switch.deadline-non-working-day" next to the violation. A caller
// who reads ст. 193 as applying chooses DeadlineNextWorkingDay. In 2025
// 1 November was a Saturday but a working day by transfer (ПП РФ от
// 04.10.2024 № 1335), so the question did not arise; in 2026 1 November is
// a Sunday, and the two rules differ on an application of Monday
// 2 November 2026.
type DeadlineRule uint8

const (
	// DeadlineFixed keeps the deadline on 1 November whatever the day.
	DeadlineFixed DeadlineRule = iota
	// DeadlineNextWorkingDay moves a non-working 1 November to the next
	// working day, as ГК РФ ст. 193 does for civil-law terms.
	DeadlineNextWorkingDay
)

// A Checker checks applications for choice and replacement of an insurer
// against a registry, under a set of rules. It is immutable and safe for
// concurrent use.
type Checker struct {
	reg       *Registry
	cal       *calendar.Calendar
	limit     oms.Timeline[VoluntaryLimit]
	effective oms.Timeline[EffectiveRule]
	fund      oms.Timeline[bool]
	newborn   oms.Timeline[int]
	leap      eligibility.LeapDayRule
	deadline  DeadlineRule
}

// An Option configures a Checker.
type Option func(*Checker)

// WithCalendar sets the production calendar used to tell whether
// 1 November is a working day and to count working days, such as a
// regional calendar from calendar.ForRegion. Without it the checker uses
// calendar.Federal(). A nil calendar turns off the findings that need one.
func WithCalendar(c *calendar.Calendar) Option { return func(k *Checker) { k.cal = c } }

// WithDeadlineRule sets what happens to a non-working 1 November; see
// DeadlineRule.
func WithDeadlineRule(r DeadlineRule) Option { return func(k *Checker) { k.deadline = r } }

// WithEffectiveRule replaces the rule for the day insurance at the new
// insurer begins; see DefaultEffectiveRule.
func WithEffectiveRule(t oms.Timeline[EffectiveRule]) Option {
	return func(k *Checker) { k.effective = t }
}

// WithVoluntaryLimit replaces the limit on replacements at will; see
// DefaultVoluntaryLimit.
func WithVoluntaryLimit(t oms.Timeline[VoluntaryLimit]) Option {
	return func(k *Checker) { k.limit = t }
}

// WithFundMayInsure replaces the rule on the territorial fund acting as
// insurer; see FundMayInsure.
func WithFundMayInsure(t oms.Timeline[bool]) Option { return func(k *Checker) { k.fund = t } }

// WithNewbornCover replaces the rule on how long a newborn is insured by the
// mother's insurer, for Checker.NewbornCoverEnd. The default is
// eligibility.DefaultRules().Newborn; pass the timeline given to
// eligibility.WithNewbornCover so that both packages answer alike.
func WithNewbornCover(t oms.Timeline[int]) Option { return func(k *Checker) { k.newborn = t } }

// WithLeapDayRule sets on which day a person born on 29 February comes of
// age in a common year, for the check of who may file the application
// (default eligibility.LeapDayMarch1, as in package eligibility; the point
// is unconfirmed, see eligibility.LeapDayRule). Pass the rule given to
// eligibility.WithLeapDayRule so that both packages answer alike.
func WithLeapDayRule(r eligibility.LeapDayRule) Option { return func(k *Checker) { k.leap = r } }

// NewChecker returns a checker over the registry with the default rules,
// changed by opts.
func NewChecker(reg *Registry, opts ...Option) *Checker {
	c := &Checker{
		reg:       reg,
		cal:       calendar.Federal(),
		limit:     defaultLimit,
		effective: defaultEffective,
		fund:      defaultFund,
		newborn:   eligibility.DefaultRules().Newborn,
	}
	for _, o := range opts {
		if o != nil {
			o(c)
		}
	}
	return c
}

// Registry returns the registry the checker checks against.
func (c *Checker) Registry() *Registry { return c.reg }

// CheckSwitch checks req against the person's history h and the registry
// with the default rules; see Checker.CheckSwitch.
func CheckSwitch(reg *Registry, h History, req Request) oms.Decision {
	c := Checker{reg: reg, cal: calendar.Federal(), limit: defaultLimit, effective: defaultEffective, fund: defaultFund,
		newborn: eligibility.DefaultRules().Newborn}
	return c.CheckSwitch(h, req)
}

// Finding codes of CheckSwitch. Violations fail the decision; the others
// explain it.
const (
	CodeRequestInvalid       = "smo.request.invalid"                    // violation: the request cannot be checked as given
	CodeApplicantOK          = "smo.applicant.ok"                       // info
	CodeApplicantNotLegalRep = "smo.applicant.not-legal-representative" // violation: a child's application not by a parent or legal representative
	CodeInsurerUnknown       = "smo.insurer.unknown"                    // violation: not in the registry
	CodeInsurerInRegion      = "smo.insurer.in-region"                  // info
	CodeInsurerNotInRegion   = "smo.insurer.not-in-region"              // violation: not on the region's register on the day
	CodeNoInsurerInRegion    = "smo.region.no-insurer"                  // warning: the region's register is empty on the day
	CodeFundAsInsurer        = "smo.insurer.fund"                       // info: the territorial fund acts as insurer
	CodeFundNotInsurer       = "smo.insurer.fund-not-allowed"           // violation: the fund may not act as insurer then (unconfirmed by default) or there
	CodeFirstChoice          = "smo.switch.first-choice"                // info (unconfirmed): a choice, not a replacement
	CodeNotFirstChoice       = "smo.switch.not-first-choice"            // warning: "first choice" while already insured
	CodeSameInsurer          = "smo.switch.same-insurer"                // warning: the insurer the person already has
	CodeAnnualLimitOK        = "smo.switch.annual-limit-ok"             // info
	CodeAnnualLimit          = "smo.switch.annual-limit"                // violation: a voluntary replacement already this year
	CodeDeadlineOK           = "smo.switch.deadline-ok"                 // info
	CodeAfterDeadline        = "smo.switch.after-deadline"              // violation: filed after 1 November
	CodeDeadlineNonWorking   = "smo.switch.deadline-non-working-day"    // warning/info (unconfirmed): 1 November was not a working day
	CodeRegionChanged        = "smo.switch.region-changed"              // warning: a voluntary replacement in another region
	CodeRelocation           = "smo.switch.relocation"                  // info: outside the yearly limit
	CodeInsurerExit          = "smo.switch.insurer-exit"                // info: outside the yearly limit
	CodeInsurerStillActive   = "smo.switch.insurer-still-registered"    // violation: exit claimed, insurer still there
	CodePreviousUnknown      = "smo.switch.previous-insurer-unknown"    // violation: exit claimed, the previous insurer is not in the registry
	CodeFundAssignment       = "smo.switch.fund-assignment"             // info
	CodeEffectiveDate        = "smo.switch.effective-date"              // info (unconfirmed): when insurance at the new insurer begins
)

func finding(code string, sev oms.Severity, cite oms.Citation, ru, en string) oms.Finding {
	return oms.Finding{Code: code, Severity: sev, RU: ru, EN: en, Citation: cite}
}

// CheckSwitch checks an application for choice or replacement of an
// insurer (or an assignment by the territorial fund) against the person's
// history and the registry, and returns every finding at once:
//
//   - the applicant: a person under 18 without full legal capacity chooses
//     through a parent or legal representative (326-ФЗ ст. 16; ГК РФ ст. 21;
//     the Rules of ОМС 158н п. 3 as reproduced on 9111.ru: the choice is
//     made by an insured person of full age or with full capacity, from the
//     insurers on the register);
//   - the insurer: it must be on the register of the person's region on
//     the day (ст. 16 ч. 1 п. 2); from 2027 the territorial fund may act as
//     insurer where the register is empty (430-ФЗ; FundMayInsure);
//   - the kind of application: the first choice, and an application to the
//     insurer the person already has, are not replacements and count
//     towards no limit (the library's reading of ст. 16 ч. 1 п. 2–3, which
//     limit replacements, not choices; unconfirmed, spec law.md §5, so the
//     first-choice finding is marked Unconfirmed); a replacement at will is
//     allowed once per calendar year and must be filed not later than
//     1 November, inclusive (an application of 2 November is refused, and
//     the person may file again from 1 January; see DeadlineRule for a
//     non-working 1 November);
//     replacements on change of residence, and because the insurer left the
//     region or its contract ended, are unlimited (ст. 16 ч. 1 п. 3); the
//     last two, and an assignment by the fund, need the current insurer to
//     have left the register of the person's region by the day (for a
//     person the fund assigned after their insurer left, the insurer before
//     the assignment: the library reads the ground as kept, unconfirmed);
//   - when nothing is violated, the day insurance at the new insurer
//     begins (DefaultEffectiveRule).
//
// Only the entries of h dated on or before req.Date are taken into
// account: the history is what happened before the application.
func (c *Checker) CheckSwitch(h History, req Request) oms.Decision {
	var buf [10]oms.Finding // on the stack: NewDecision copies the findings
	fs := buf[:0]
	fs = c.checkRequest(fs, req)
	if len(fs) > 0 {
		return oms.NewDecision(fs...)
	}
	fs = c.checkApplicant(fs, req)
	fs = c.checkInsurer(fs, req)

	cur, insured := h.currentApplication(req.Date)
	switch {
	case !insured:
		if req.Reason == FundAssignment {
			fs = append(fs, finding(CodeFundAssignment, oms.Info, citeReplace,
				"Назначение СМО территориальным фондом ОМС не является заявлением застрахованного лица и не учитывается в годовом ограничении.",
				"An assignment by the territorial fund is not the person's application and counts towards no yearly limit."))
		} else {
			f := finding(CodeFirstChoice, oms.Info, citeChoice,
				"Первичный выбор СМО — не замена: ограничения на замену (один раз в год, не позднее 1 ноября) не применяются.",
				"A first choice of insurer is not a replacement: the limits on replacement (once a year, by 1 November) do not apply.")
			// law.md §5 tags [U] whether a first choice counts toward the
			// limit: the law limits replacements (ст. 16 ч. 1 п. 3), and a
			// choice (п. 2) is not one, but no source says so outright.
			f.Unconfirmed = true
			fs = append(fs, f)
		}
	case cur.Insurer == req.Insurer:
		fs = append(fs, finding(CodeSameInsurer, oms.Warning, citeReplace,
			"Выбрана та же СМО, в которой лицо уже застраховано: это не замена, годовое ограничение не расходуется.",
			"The chosen insurer is the one the person already has: this is not a replacement and uses up no yearly limit."))
		return oms.NewDecision(fs...)
	default:
		fs = c.checkReplacement(fs, h, cur, req)
	}
	if !hasViolation(fs) {
		fs = c.checkEffective(fs, req)
	}
	return oms.NewDecision(fs...)
}

func hasViolation(fs []oms.Finding) bool {
	for i := range fs {
		if fs[i].Severity == oms.Violation {
			return true
		}
	}
	return false
}

func (c *Checker) checkRequest(fs []oms.Finding, req Request) []oms.Finding {
	bad := func(ru, en string) {
		fs = append(fs, finding(CodeRequestInvalid, oms.Violation, oms.Citation{}, ru, en))
	}
	if req.Date.Before(law326) {
		bad("Дата заявления ранее 01.01.2011 — до вступления в силу 326-ФЗ; библиотека такие случаи не проверяет.",
			"The application is dated before 1 January 2011, when 326-ФЗ came into force; the library does not check such cases.")
	}
	if !req.Region.IsValid() {
		bad("Не указан или неизвестен субъект РФ места жительства.", "The region of residence is missing or unknown.")
	}
	if req.Insurer != FundInsurer && !ValidNumber(req.Insurer) {
		bad("Не указан или неверен реестровый номер СМО.", "The insurer's registry number is missing or malformed.")
	}
	if !req.Reason.IsApplication() && req.Reason != FundAssignment {
		bad("Основание заявления должно быть первичным выбором, заменой по желанию, по смене места жительства, по прекращению деятельности СМО или назначением фондом.",
			"The reason must be a first choice, a voluntary replacement, relocation, insurer exit or a fund assignment.")
	}
	if req.Reason != FundAssignment && !req.Applicant.IsValid() {
		bad("Не указан заявитель.", "The applicant is missing.")
	}
	if req.Born.After(req.Date) {
		bad("Дата рождения позже даты заявления.", "The date of birth is after the application.")
	}
	return fs
}

func (c *Checker) checkApplicant(fs []oms.Finding, req Request) []oms.Finding {
	if req.Reason == FundAssignment {
		return fs
	}
	minor := c.leap.Age(req.Born, req.Date) < 18 && !req.FullCapacity
	switch {
	case minor && req.Applicant != LegalRepresentative:
		return append(fs, finding(CodeApplicantNotLegalRep, oms.Violation, citeChild,
			"Лицу нет 18 лет и оно не приобрело полную дееспособность: выбор или замену СМО осуществляют родители или другие законные представители.",
			"The person is under 18 without full legal capacity: the choice or replacement is made by a parent or other legal representative."))
	case minor:
		return append(fs, finding(CodeApplicantOK, oms.Info, citeChild,
			"Заявление за несовершеннолетнего подаёт законный представитель.",
			"The application for a minor is filed by a legal representative."))
	default:
		return append(fs, finding(CodeApplicantOK, oms.Info, citeCapacity,
			"Заявление подаёт застрахованное лицо лично или через представителя.",
			"The application is filed by the insured person or through a representative."))
	}
}

func (c *Checker) checkInsurer(fs []oms.Finding, req Request) []oms.Finding {
	if req.Insurer == FundInsurer {
		v, err := c.fund.At(req.Date)
		switch {
		case err == nil && v.Value && c.reg.CountAvailable(req.Region, req.Date) == 0:
			f := finding(CodeFundAsInsurer, oms.Info, v.Citation,
				"В реестре СМО субъекта нет страховых медицинских организаций: функции страховщика выполняет территориальный фонд ОМС.",
				"No insurer is on the region's register: the territorial fund acts as insurer.")
			f.Unconfirmed = v.Unconfirmed
			return append(fs, f)
		case err == nil && v.Value:
			f := finding(CodeFundNotInsurer, oms.Violation, v.Citation,
				"Территориальный фонд ОМС выполняет функции страховщика только при отсутствии СМО в реестре субъекта, а в нём есть СМО.",
				"The territorial fund acts as insurer only where the region's register holds no insurer, and it holds some.")
			f.Unconfirmed = v.Unconfirmed
			return append(fs, f)
		default:
			n := c.fundNotYet(req.Date)
			f := finding(CodeFundNotInsurer, oms.Violation, n.cite,
				upperFirst(n.ru)+".", upperFirst(n.en)+".")
			f.Unconfirmed = n.unconfirmed
			return append(fs, f)
		}
	}
	if _, ok := c.reg.Lookup(req.Insurer); !ok {
		fs = append(fs, finding(CodeInsurerUnknown, oms.Violation, citeChoice,
			"СМО с таким реестровым номером нет в реестре.", "No insurer with that registry number is in the registry."))
	} else if !c.reg.WorksIn(req.Insurer, req.Region, req.Date) {
		fs = append(fs, finding(CodeInsurerNotInRegion, oms.Violation, citeChoice,
			"На дату заявления СМО не включена в реестр СМО субъекта РФ по месту жительства.",
			"On the day of the application the insurer is not on the register of the person's region."))
	} else {
		return append(fs, finding(CodeInsurerInRegion, oms.Info, citeChoice,
			"СМО включена в реестр СМО субъекта РФ по месту жительства на дату заявления.",
			"The insurer is on the register of the person's region on the day of the application."))
	}
	if c.reg.CountAvailable(req.Region, req.Date) == 0 {
		f := finding(CodeNoInsurerInRegion, oms.Warning, citeFundInsurer,
			"На дату заявления в реестре СМО субъекта нет ни одной СМО.",
			"On the day of the application no insurer is on the region's register.")
		if v, err := c.fund.At(req.Date); err == nil && v.Value {
			f.RU += " Функции страховщика выполняет территориальный фонд ОМС (smo.FundInsurer)."
			f.EN += " The territorial fund acts as insurer (smo.FundInsurer)."
			f.Unconfirmed = v.Unconfirmed
		}
		fs = append(fs, f)
	}
	return fs
}

// currentApplication returns the latest entry on or before d that made the
// person insured by an insurer they or the fund chose: the newborn cover
// under the mother's insurer is not the child's own insurer, so a history
// of newborn entries only leaves the child's first choice to be made.
func (h History) currentApplication(d date.Date) (Entry, bool) {
	es := h.upTo(d)
	for i := len(es) - 1; i >= 0; i-- {
		if es[i].Reason != Newborn {
			return es[i], true
		}
	}
	return Entry{}, false
}

func (c *Checker) checkReplacement(fs []oms.Finding, h History, cur Entry, req Request) []oms.Finding {
	switch req.Reason {
	case FirstChoice:
		fs = append(fs, finding(CodeNotFirstChoice, oms.Warning, citeReplace,
			"Лицо уже застраховано в другой СМО: заявление является заменой СМО и проверяется как замена по желанию.",
			"The person is already insured by another insurer: the application is a replacement and is checked as a voluntary one."))
		return c.checkVoluntary(fs, h, cur, req)
	case Voluntary:
		return c.checkVoluntary(fs, h, cur, req)
	case Relocation:
		return append(fs, finding(CodeRelocation, oms.Info, citeReplace,
			"Замена СМО в связи с изменением места жительства допускается чаще одного раза в год и после 1 ноября.",
			"A replacement on change of residence is allowed more than once a year and after 1 November."))
	}
	// InsurerExit or FundAssignment: the insurer must have left. A person
	// the fund assigned after their insurer left keeps the ground to choose
	// outside the limit; see afterAssignment.
	exited, viaAssignment := cur, false
	if req.Reason == InsurerExit && cur.Reason == FundAssignment {
		if prev, ok := h.ownBefore(cur); ok {
			exited, viaAssignment = prev, true
		}
	}
	if _, known := c.reg.Lookup(exited.Insurer); !known && exited.Insurer != FundInsurer {
		return append(fs, finding(CodePreviousUnknown, oms.Violation, citeReplace,
			"Прежней СМО нет в реестре: прекращение её деятельности в субъекте не подтверждено.",
			"The previous insurer is not in the registry: its exit from the region cannot be confirmed."))
	}
	if exited.Insurer != FundInsurer {
		if _, left := c.reg.LeftOn(exited.Insurer, exited.Region, req.Date); !left {
			return append(fs, finding(CodeInsurerStillActive, oms.Violation, citeReplace,
				"Прежняя СМО на дату заявления включена в реестр СМО субъекта (договор о финансовом обеспечении ОМС не прекращён): основание замены вне годового ограничения отсутствует.",
				"On the day of the application the current insurer is still on the region's register (its contract has not ended): there is no ground for a replacement outside the yearly limit."))
		}
	}
	if req.Reason == FundAssignment {
		return append(fs, finding(CodeFundAssignment, oms.Info, citeReplace,
			"Прежняя СМО прекратила деятельность в субъекте: территориальный фонд ОМС назначает другую СМО; назначение не учитывается в годовом ограничении.",
			"The previous insurer stopped working in the region: the territorial fund assigns another insurer; the assignment counts towards no yearly limit."))
	}
	f := finding(CodeInsurerExit, oms.Info, citeReplace,
		"Прежняя СМО исключена из реестра субъекта или прекратила действие договора о финансовом обеспечении ОМС: замена допускается вне годового ограничения.",
		"The previous insurer left the region's register or its contract ended: a replacement is allowed outside the yearly limit.")
	if viaAssignment {
		f.RU += " Лицо было назначено в СМО территориальным фондом после выхода прежней СМО; право выбора вне годового ограничения сохраняется (толкование библиотеки, не подтверждено)."
		f.EN += " The person was assigned by the territorial fund after that insurer left; the library reads the right to choose outside the yearly limit as kept (unconfirmed)."
		f.Unconfirmed = true
	}
	return append(fs, f)
}

// ownBefore returns the person's own (non-newborn) entry just before e.
func (h History) ownBefore(e Entry) (Entry, bool) {
	i, _ := slices.BinarySearchFunc(h.entries, e, compareEntries)
	for k := i - 1; k >= 0; k-- {
		if h.entries[k].Reason != Newborn {
			return h.entries[k], true
		}
	}
	return Entry{}, false
}

func (c *Checker) checkVoluntary(fs []oms.Finding, h History, cur Entry, req Request) []oms.Finding {
	lim, err := c.limit.At(req.Date)
	if err != nil {
		return append(fs, finding(CodeRequestInvalid, oms.Violation, oms.Citation{},
			"Правило о замене СМО по желанию не действует на дату заявления.",
			"No rule on voluntary replacement is in force on the day of the application."))
	}
	y := req.Date.Year()
	n := 0
	var earlier Entry
	h.eachVoluntary(y, func(e Entry) bool {
		if e.Date.After(req.Date) {
			return false
		}
		if n == 0 {
			earlier = e
		}
		n++
		return true
	})
	if n >= lim.Value.PerYear {
		fs = append(fs, finding(CodeAnnualLimit, oms.Violation, lim.Citation,
			msg(false, "В этом календарном году СМО уже заменялась по желанию (", earlier.Date, "); следующая замена по желанию — с 1 января следующего года."),
			msg(true, "The insurer was already replaced at will this calendar year (", earlier.Date, "); the next voluntary replacement may be filed from 1 January next year.")))
	} else {
		fs = append(fs, finding(CodeAnnualLimitOK, oms.Info, lim.Citation,
			"В этом календарном году замены СМО по желанию не было.",
			"No voluntary replacement has been made this calendar year."))
	}
	fs = c.checkDeadline(fs, lim, req)
	if cur.Region != req.Region {
		fs = append(fs, finding(CodeRegionChanged, oms.Warning, citeReplace,
			"Субъект места жительства изменился с прошлого выбора СМО: если лицо переехало, основание замены — изменение места жительства, без годового ограничения.",
			"The region of residence has changed since the last choice: if the person moved, the ground is change of residence, with no yearly limit."))
	}
	return fs
}

func (c *Checker) checkDeadline(fs []oms.Finding, lim oms.Dated[VoluntaryLimit], req Request) []oms.Finding {
	y := req.Date.Year()
	last := date.New(y, lim.Value.LastMonth, lim.Value.LastDay)
	moved := last
	nonWorking := false
	if c.cal != nil {
		if ok, err := c.cal.IsWorkingDay(last); err == nil && !ok {
			if next, err := c.cal.NextWorkingDay(last); err == nil {
				nonWorking, moved = true, next
			}
		}
	}
	deadline := last
	if c.deadline == DeadlineNextWorkingDay {
		deadline = moved
	}
	if req.Date.After(deadline) {
		fs = append(fs, finding(CodeAfterDeadline, oms.Violation, lim.Citation,
			msg(false, "Заявление о замене СМО по желанию подано после ", deadline, ": в этом году замена по желанию невозможна, заявление можно подать с 1 января следующего года."),
			msg(true, "The application for a voluntary replacement was filed after ", deadline, ": no voluntary replacement is possible this year; it may be filed from 1 January next year.")))
	} else {
		fs = append(fs, finding(CodeDeadlineOK, oms.Info, lim.Citation,
			msg(false, "Заявление о замене СМО по желанию подано не позднее ", deadline, "."),
			msg(true, "The application for a voluntary replacement was filed not later than ", deadline, ".")))
	}
	if nonWorking && req.Date.After(last) && !req.Date.After(moved) {
		f := finding(CodeDeadlineNonWorking, oms.Warning, citeArt193,
			msg(false, "1 ноября — нерабочий день. Если применять ст. 193 ГК РФ, срок истекает ", moved, " и заявление подано в срок; 326-ФЗ этого не устанавливает."),
			msg(true, "1 November is a non-working day. Were ГК РФ ст. 193 applied, the term would end on ", moved, " and the application would be in time; 326-ФЗ does not say so."))
		if c.deadline == DeadlineNextWorkingDay {
			f.Severity = oms.Info
			f.RU = msg(false, "1 ноября — нерабочий день: по ст. 193 ГК РФ срок перенесён на ", moved, ".")
			f.EN = msg(true, "1 November is a non-working day: under ГК РФ ст. 193 the term is moved to ", moved, ".")
		}
		f.Unconfirmed = true
		fs = append(fs, f)
	}
	return fs
}

func (c *Checker) checkEffective(fs []oms.Finding, req Request) []oms.Finding {
	d, v, err := c.EffectiveDate(req.Date)
	if err != nil {
		return fs
	}
	f := finding(CodeEffectiveDate, oms.Info, v.Citation,
		msg(false, "Лицо застраховано в выбранной СМО с ", d, "."),
		msg(true, "The person is insured by the chosen insurer from ", d, "."))
	f.Unconfirmed = v.Unconfirmed
	return append(fs, f)
}
