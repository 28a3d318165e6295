package smo

import (
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/eligibility"
	"github.com/rickb777/date"
)

// A Checker checks applications for choice and replacement of an insurer
// against a registry, under a set of Rules and a production calendar. Its
// answers never change and it is safe for concurrent use; inside, it keeps
// the decisions it shares between checks (see CheckSwitch), published
// atomically.
type Checker struct {
	reg   *Registry
	rules Rules
	cal   *calendar.Calendar
	memo  *decisionMemo // nil: nothing is shared
}

// NewChecker returns a checker over the registry under rules r, counting
// days in cal: the calendar that tells whether 1 November is a working
// day and ends the one-month and two-month periods (ГК РФ ст. 193), such
// as a regional calendar from calendar.ForRegion. A nil cal is the federal
// calendar.
func NewChecker(reg *Registry, r Rules, cal *calendar.Calendar) *Checker {
	return &Checker{reg: reg, rules: r, cal: orFederal(cal), memo: new(decisionMemo)}
}

// Registry returns the registry the checker checks against.
func (c *Checker) Registry() *Registry { return c.reg }

// Rules returns the rules the checker applies.
func (c *Checker) Rules() Rules { return c.rules }

// Calendar returns the calendar the checker counts days in.
func (c *Checker) Calendar() *calendar.Calendar { return c.cal }

// EffectiveDate is Rules.EffectiveDate in the checker's calendar.
func (c *Checker) EffectiveDate(applied date.Date) (calendar.Duty, error) {
	return c.rules.EffectiveDate(applied, c.cal)
}

// CheckSwitch checks req against the person's history h and the registry
// under DefaultRules and the federal calendar; see Checker.CheckSwitch.
func CheckSwitch(reg *Registry, h History, req Request) oms.Decision {
	c := Checker{reg: reg, rules: DefaultRules(), cal: calendar.Federal()}
	return c.CheckSwitch(h, req)
}

// CheckSwitch checks an application for choice or replacement of an
// insurer (or an assignment by the territorial fund) against the person's
// history and the registry, and returns every finding at once, each citing
// the provision in force on the day of the application (the Rules 158н to
// 27.05.2019, 108н from 28.05.2019, 326-ФЗ from 10.01.2023; see Codes):
//
//   - the applicant: a person under 18 without full legal capacity chooses
//     through a parent or legal representative (326-ФЗ ст. 16; Rules 158н
//     pp. 3, 4, 6, 108н pp. 3, 4); an adult applies in person or through a
//     representative (Rules p. 7);
//   - the insurer: it must be on the register of the person's region on
//     the day (ст. 16 ч. 1 п. 2); from 2027 the territorial fund may act as
//     insurer where the register is empty (FundMayInsure, unconfirmed);
//   - the kind of application: the first choice, and an application to the
//     insurer the person already has, are not replacements and count
//     towards no limit (the library's reading of ст. 16 ч. 1 пп. 2–3, which
//     limit replacements, not choices; unconfirmed, spec law.md §5, so the
//     first-choice finding is marked Unconfirmed); any other change of
//     insurer, whatever it is labelled, unless on a change of residence or
//     the insurer's exit, is a replacement at will: allowed once per
//     calendar year and filed not later than 1 November, inclusive (see
//     DeadlineRule for a non-working 1 November; Rules 158н p. 15, 108н
//     p. 21); from 28.05.2019 a move within the same region is no change
//     of residence for this (108н p. 21);
//   - replacements on change of residence, and because the insurer left
//     the region or its contract ended, are unlimited (ст. 16 ч. 1 п. 3);
//     the last, and an assignment by the fund, need the current insurer to
//     have left the register of the person's region by the day (for a
//     person the fund assigned after their insurer left, the insurer before
//     the assignment: the library reads the ground as kept, unconfirmed);
//   - when nothing is violated, the day insurance at the new insurer
//     begins (Rules.EffectiveDate).
//
// Only the entries of h dated on or before req.Date are taken into
// account: the history is what happened before the application.
//
// A decision whose findings carry no per-call text (no date written out)
// is made once per checker and shared: Decisions are immutable.
func (c *Checker) CheckSwitch(h History, req Request) oms.Decision {
	var out findings
	c.checkRequest(&out, req)
	if out.n == 0 {
		c.checkApplication(&out, h, req)
	}
	return c.decision(&out)
}

// findings collects a decision's findings, the first few on the stack,
// and remembers whether one is a violation and whether one has a message
// made for the call.
type findings struct {
	buf      [memoFindings]oms.Finding
	n        int
	more     oms.DecisionBuilder // all the findings, once buf is full
	violated bool
	dynamic  bool
}

func (out *findings) add(f oms.Finding) {
	out.violated = out.violated || f.Severity == oms.Violation
	if out.n < len(out.buf) {
		out.buf[out.n] = f
		out.n++
		return
	}
	if out.more.Len() == 0 {
		out.more.Grow(out.n + 4)
		out.more.Add(out.buf[:]...)
	}
	out.more.Add(f)
}

// addMade adds a finding with a message made for the call, such as one
// that writes a date: a decision with one is not shared.
func (out *findings) addMade(f oms.Finding) {
	out.dynamic = true
	out.add(f)
}

func (c *Checker) checkApplication(out *findings, h History, req Request) {
	c.checkApplicant(out, req)
	c.checkInsurer(out, req)
	cur, insured := h.currentApplication(req.Date)
	switch {
	case !insured && req.Reason == FundAssignment:
		out.add(pDistribution.finding(CodeFundAssignment, oms.Info, req.Date,
			"Распределение в СМО территориальным фондом ОМС не является заявлением застрахованного лица и не учитывается в годовом ограничении.",
			"An assignment by the territorial fund is not the person's application and counts towards no yearly limit."))
	case !insured:
		f := pChoice.finding(CodeFirstChoice, oms.Info, req.Date,
			"Первичный выбор СМО — не замена: ограничения на замену (один раз в год, не позднее 1 ноября) не применяются.",
			"A first choice of insurer is not a replacement: the limits on replacement (once a year, by 1 November) do not apply.")
		// law.md §5 tags [U] whether a first choice counts toward the
		// limit: the law limits replacements (ст. 16 ч. 1 п. 3), and a
		// choice (п. 2) is not one, but no source says so outright.
		f.Unconfirmed = true
		out.add(f)
	case cur.Insurer == req.Insurer:
		out.add(pReplace.finding(CodeSameInsurer, oms.Warning, req.Date,
			"Выбрана та же СМО, в которой лицо уже застраховано: это не замена, годовое ограничение не расходуется.",
			"The chosen insurer is the one the person already has: this is not a replacement and uses up no yearly limit."))
		return
	default:
		c.checkReplacement(out, h, cur, req)
	}
	if !out.violated {
		c.checkEffective(out, req)
	}
}

func (c *Checker) checkRequest(out *findings, req Request) {
	bad := func(ru, en string) {
		out.add(pNone.finding(CodeRequestInvalid, oms.Violation, req.Date, ru, en))
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
	if req.Applicant != eligibility.NoRole && !req.Applicant.IsValid() {
		bad("Заявитель указан неверно.", "The applicant is not self, representative or legal-representative.")
	}
	if req.Born.After(req.Date) {
		bad("Дата рождения позже даты заявления.", "The date of birth is after the application.")
	}
}

func (c *Checker) checkApplicant(out *findings, req Request) {
	if req.Reason == FundAssignment {
		return
	}
	minor := c.age(req.Born, req.Date) < 18 && !req.FullCapacity
	switch {
	case minor && req.Applicant != eligibility.ByLegalRepresentative:
		out.add(pChild.finding(CodeApplicantNotLegalRep, oms.Violation, req.Date,
			"Лицу нет 18 лет и оно не приобрело полную дееспособность: выбор или замену СМО осуществляют родители или другие законные представители.",
			"The person is under 18 without full legal capacity: the choice or replacement is made by a parent or other legal representative."))
		return
	case minor:
		out.add(pChild.finding(CodeApplicantOK, oms.Info, req.Date,
			"Заявление за несовершеннолетнего подаёт законный представитель.",
			"The application for a minor is filed by a legal representative."))
		return
	default:
		out.add(pApplicant.finding(CodeApplicantOK, oms.Info, req.Date,
			"Заявление подаёт застрахованное лицо лично или через представителя.",
			"The application is filed by the insured person or through a representative."))
		return
	}
}

// age is the age in full years on on of a person born on born, under the
// leap-day rule. It reads the days without the time package except for a
// 29 February birth, which the rule decides.
func (c *Checker) age(born, on date.Date) int {
	by, bm, bd := civil(born)
	if bm == time.February && bd == 29 {
		return c.rules.Eligibility.LeapDay.Age(born, on)
	}
	if on.Before(born) {
		return -1
	}
	y, m, d := civil(on)
	years := y - by
	if m < bm || m == bm && d < bd {
		years--
	}
	return years
}
