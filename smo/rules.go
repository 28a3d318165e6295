package smo

import (
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/eligibility"
	"github.com/rickb777/date"
)

// Rules are the dated rules of law the package applies, each an
// oms.Timeline of versions with their citations. DefaultRules returns the
// library's reading of the law; a caller who knows better replaces a
// version with Timeline.With and passes the changed Rules to NewChecker
// or calls their methods:
//
//	r := smo.DefaultRules()
//	r.Deadline = r.Deadline.With(oms.Dated[smo.DeadlineRule]{From: day, Value: smo.DeadlineNextWorkingDay})
//	c := smo.NewChecker(reg, r, nil)
//
// Each rule's versions follow the periods of the Rules of ОМС: the Rules
// 158н from 01.01.2011, the Rules 108н from 28.05.2019 and, from
// 10.01.2023, 326-ФЗ itself, unconfirmed because the point of the amended
// Rules is not established (spec rules-points.md).
//
// A Rules value is immutable once built and safe for concurrent use.
type Rules struct {
	// VoluntaryLimit is the limit on replacements at will; see
	// VoluntaryLimit.
	VoluntaryLimit oms.Timeline[VoluntaryLimit]
	// Deadline says what a non-working 1 November does to the deadline;
	// DeadlineFixed throughout by default (unconfirmed; see DeadlineRule).
	Deadline oms.Timeline[DeadlineRule]
	// Effective is the duty of the chosen insurer to enter itself in the
	// policy, whose due day is the day from which the person is insured
	// there: the day of the application (Period of 0 days); see
	// Rules.EffectiveDate.
	Effective oms.Timeline[calendar.DutyRule]
	// Relocation is the duty to choose an insurer in a new region of
	// residence where the insurer does not work: one month (326-ФЗ ст. 16
	// ч. 2 п. 4).
	Relocation oms.Timeline[calendar.DutyRule]
	// ExitChoice is the duty to choose another insurer after the
	// insurer's contract ended: two months (326-ФЗ ст. 38 ч. 17).
	ExitChoice oms.Timeline[calendar.DutyRule]
	// ExitNotice is the duty of an insurer ending its contract early to
	// notify the fund and the insured: three months ahead (326-ФЗ ст. 38
	// ч. 15). Its period is counted back from the end of the contract.
	ExitNotice oms.Timeline[calendar.DutyRule]
	// FundMayInsure is whether the territorial fund may itself act as
	// insurer where no insurer is on the region's register; see
	// FundMayInsure.
	FundMayInsure oms.Timeline[bool]
	// Eligibility are the rules of package eligibility this package
	// applies: the newborn cover (Eligibility.Newborn, see NewbornCover)
	// and the day a person born on 29 February comes of age in a common
	// year (Eligibility.LeapDay), for the check of who may apply. Set them
	// here once, and both packages answer alike.
	Eligibility eligibility.Rules
}

// DefaultRules returns the rules as the library reads the law; see each
// field and the functions DefaultVoluntaryLimit, FundMayInsure and the
// type DeadlineRule for the versions marked unconfirmed.
func DefaultRules() Rules {
	return Rules{
		VoluntaryLimit: defaultLimit,
		Deadline:       defaultDeadline,
		Effective:      defaultEffective,
		Relocation:     defaultRelocation,
		ExitChoice:     defaultExitChoice,
		ExitNotice:     defaultExitNotice,
		FundMayInsure:  defaultFund,
		Eligibility:    eligibility.DefaultRules(),
	}
}

// A VoluntaryLimit is the limit on replacements at will: at most PerYear
// in a calendar year, each filed not later than LastDay of LastMonth.
type VoluntaryLimit struct {
	// PerYear is the number of replacements at will in a calendar year.
	PerYear int `json:"per_year"`
	// LastMonth and LastDay are the last day of the year on which such an
	// application may be filed.
	LastMonth time.Month `json:"last_month"`
	LastDay   int        `json:"last_day"`
	// MoveWithinRegion is whether a move within the same region is a
	// change of residence that allows a replacement outside the limit:
	// yes under the Rules 158н (p. 15 names any change of residence), no
	// under the Rules 108н (p. 21: "за исключением случаев переезда на
	// новое место жительства в пределах одного субъекта").
	MoveWithinRegion bool `json:"move_within_region"`
}

// DefaultVoluntaryLimit is the rule of 326-ФЗ ст. 16 ч. 1 п. 3 since
// 01.01.2011: one replacement per calendar year, filed not later than
// 1 November; a move within the region is a ground for more under the
// Rules 158н p. 15 and not under the Rules 108н p. 21 (from 28.05.2019).
// From 10.01.2023 the versions cite the law, unconfirmed: the point of the
// amended Rules is not established, and the library keeps the 108н
// reading of a move within the region.
func DefaultVoluntaryLimit() oms.Timeline[VoluntaryLimit] { return defaultLimit }

// Default timelines are built once; Timeline values are immutable.
var (
	defaultLimit = func() oms.Timeline[VoluntaryLimit] {
		vs := dated(VoluntaryLimit{PerYear: 1, LastMonth: time.November, LastDay: 1}, pReplace)
		vs[0].Value.MoveWithinRegion = true
		return oms.MustTimeline(vs...)
	}()
	defaultDeadline = oms.MustTimeline(oms.Dated[DeadlineRule]{
		From: law326, Value: DeadlineFixed, Citation: pArt193.law, Unconfirmed: true,
	})
	defaultEffective = oms.MustTimeline(dated(calendar.DutyRule{
		Code: DutyEffective, Event: "application-filed",
		RU:     "внести сведения о выбранной СМО в полис: с этого дня лицо застраховано в ней",
		EN:     "enter the chosen insurer in the policy: the person is insured there from that day",
		Period: calendar.Period{N: 0, Unit: calendar.Days},
	}, pEffective)...)
	defaultRelocation = oms.MustTimeline(dated(calendar.DutyRule{
		Code: DutyRelocation, Event: "moved",
		RU:     "выбрать СМО по новому месту жительства",
		EN:     "choose an insurer in the new region",
		Period: calendar.Period{N: 1, Unit: calendar.Months},
	}, pRelocation)...)
	defaultExitChoice = oms.MustTimeline(dated(calendar.DutyRule{
		Code: DutyExitChoice, Event: "insurer-contract-ended",
		RU:     "выбрать другую СМО после прекращения договора прежней СМО",
		EN:     "choose another insurer after the insurer's contract ended",
		Period: calendar.Period{N: 2, Unit: calendar.Months},
	}, pExitChoice)...)
	defaultExitNotice = oms.MustTimeline(dated(calendar.DutyRule{
		Code: DutyExitNotice, Event: "insurer-contract-ends-early",
		RU:     "СМО уведомляет территориальный фонд и застрахованных лиц о досрочном прекращении договора",
		EN:     "the insurer notifies the fund and the insured that its contract ends early",
		Period: calendar.Period{N: 3, Unit: calendar.Months},
	}, pExitNotice)...)
)

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
// The library therefore keeps 1 November fixed by default (DeadlineFixed,
// Rules.Deadline, unconfirmed) and, for an application filed after a
// non-working 1 November but not later than the next working day, adds an
// unconfirmed warning CodeDeadlineNonWorking next to the violation. A
// caller who reads ст. 193 as applying sets DeadlineNextWorkingDay. In
// 2025 1 November was a Saturday but a working day by transfer (ПП РФ от
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

// FundMayInsure is the dated rule whether the territorial fund (ТФОМС) may
// itself act as insurer in a region whose register holds no insurer:
// false until 31.12.2026 (the fund distributes those who did not choose
// among the region's insurers: 326-ФЗ ст. 16 ч. 6, Rules 158н p. 13, 108н
// p. 25), true from 01.01.2027 under 326-ФЗ as amended by 430-ФЗ of
// 28.11.2025.
//
// The 2027 version is unconfirmed: the library's sources for 430-ФЗ are
// secondary (news and a prosecutor's note, spec law.md §1.1 and
// law-addendum §1(e)). Before that day a person in a region without
// insurers is assigned by the fund to an insurer (see CheckSwitch), and
// the library reports the gap.
func FundMayInsure() oms.Timeline[bool] { return defaultFund }

var defaultFund = oms.MustTimeline(append(dated(false, pDistribution),
	oms.Dated[bool]{From: date.New(2027, time.January, 1), Value: true, Citation: pFund430.law, Unconfirmed: true})...)
