package eligibility

import (
	"time"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

// lawStart is the day 326-ФЗ came into force; the package answers
// questions from that day on.
var lawStart = date.New(2011, time.January, 1)

// LawStart returns the day Federal Law 29.11.2010 № 326-ФЗ came into force,
// 1 January 2011 (its art. 52). Assess, RequiredDocuments and the other
// rules of the library answer from that day on; before it they report
// oms.ErrNotInForce. It is the one statement of that day in the library.
func LawStart() date.Date { return lawStart }

// day108n is the day the Rules 108н came into force, replacing the Rules
// 158н: 28.05.2019 (registered with the Ministry of Justice on 17.05.2019;
// the date of entry into force is from a secondary source, kvadroplus.com).
var day108n = date.New(2019, time.May, 28)

// Rules108nStart returns the day the Rules of ОМС 108н came into force and
// replaced the Rules 158н: 28 May 2019 (registered with the Ministry of
// Justice on 17.05.2019; the day is from a secondary source, rules-points.md).
// An event before it is governed by the Rules 158н, an event on or after it
// by the Rules 108н.
func Rules108nStart() date.Date { return day108n }

// HQSExclusion is what art. 10 of 326-ФЗ excludes from ОМС among highly
// qualified specialists (ВКС, art. 13.2 of Federal Law 115-ФЗ) residing in
// the RF and their family members.
type HQSExclusion uint8

const (
	// HQSNotExcluded: no exclusion; ВКС and their families residing in the
	// RF are insured like other residents.
	HQSNotExcluded HQSExclusion = iota
	// HQSAndFamilyExcluded: ВКС and members of their families are not
	// insured.
	HQSAndFamilyExcluded
	// HQSNonWorkingFamilyExcluded: only the non-working family members of
	// ВКС are not insured; ВКС themselves are.
	HQSNonWorkingFamilyExcluded
)

var hqsText = [...]string{"none", "hqs_and_family", "non_working_family"}

// SNILSReading says which reading of the documents list the package
// follows for СНИЛС.
type SNILSReading uint8

const (
	// SNILSAddendum is the default, from the Rules' own text
	// (rules-points.md, note 6): СНИЛС is required for EAEU workers (108н
	// p. 19); for citizens of the RF from 14 as the dated rule
	// Rules.SNILSFrom14 says (if available under 158н p. 9 subp. 2,
	// required under 108н p. 14 subp. 2); "if available" for children under
	// 14 and for foreigners and stateless persons with ВНЖ or РВП; not
	// listed for persons under the law «О беженцах» (108н p. 14 subp. 3).
	SNILSAddendum SNILSReading = iota
	// SNILSIfAvailable is the earlier reading (the wording of the old
	// Rules 158н): СНИЛС "if available" for every category, EAEU workers
	// excepted, for whom it stays required.
	SNILSIfAvailable
)

var snilsReadingText = [...]string{"addendum", "if_available"}

// Rules are the rules of law the package applies: the dated rules, each an
// oms.Timeline of versions with their citations, and the two readings the
// law leaves open (the birthday of a 29 February birth, the reading of the
// СНИЛС item). DefaultRules returns the library's reading of the law; a
// caller who knows better (a confirmed date, a new amendment) replaces a
// version and calls the methods of the changed Rules:
//
//	r := eligibility.DefaultRules()
//	r.QualifyingYears = r.QualifyingYears.With(oms.Dated[int]{From: d, Value: 5})
//	a, err := r.Assess(p, asOf)
//
// The package-level functions (Assess, RequiredDocuments, CheckDocuments,
// NewbornCover) use DefaultRules. Package smo takes the same Rules, so one
// value answers alike in both packages.
//
// A Rules value is immutable once built and safe for concurrent use; the
// zero Rules has no versions and answers every dated question with
// oms.ErrNotInForce.
type Rules struct {
	// LeapDay is the birthday of a 29 February birth in a common year
	// (default LeapDayMarch1, unconfirmed; see LeapDayRule).
	LeapDay LeapDayRule `json:"leap_day"`
	// HQS is the rule of art. 10 of 326-ФЗ on highly qualified specialists
	// and their families.
	HQS oms.Timeline[HQSExclusion] `json:"hqs"`
	// ForeignBranch is the rule of art. 10 of 326-ФЗ excluding staff of
	// branches and representative offices of foreign companies (art. 13.5
	// of 115-ФЗ).
	ForeignBranch oms.Timeline[bool] `json:"foreign_branch"`
	// QualifyingYears is the rule of art. 16 part 1.1 of 326-ФЗ: the years
	// of contributions after which a temporarily staying worker is insured.
	QualifyingYears oms.Timeline[int] `json:"qualifying_years"`
	// Newborn is the rule on how long a newborn is insured by the insurer
	// of the mother or other legal representative: each version's value is
	// the offset in days from the state registration of birth of the last
	// day covered (−1: until the day of registration; 30: until thirty days
	// after it). The version in force on the day of the registration
	// governs (see NewbornCover).
	Newborn oms.Timeline[int] `json:"newborn"`
	// EAEU is the rule from which workers and officials from EAEU member
	// states are insured.
	EAEU oms.Timeline[bool] `json:"eaeu"`
	// SNILSReading chooses the reading of the documents list for СНИЛС.
	SNILSReading SNILSReading `json:"snils_reading"`
	// SNILSFrom14 is the rule on the СНИЛС of a citizen of the RF aged 14
	// or more, under SNILSAddendum.
	SNILSFrom14 oms.Timeline[Need] `json:"snils_from_14"`
}

// DefaultRules returns the rules as the library reads the law. The
// versions marked Unconfirmed are explained here:
//
//   - HQS: none excluded from 2011 (inferred from the 2014 change); ВКС
//     and their families excluded from 10 January 2014 (Federal Law
//     28.12.2013 № 390-ФЗ); only non-working family members excluded in
//     the current text, dated 1 January 2023 as a working hypothesis (the
//     amending law and date are unconfirmed).
//   - ForeignBranch: excluded from 10 January 2014 (390-ФЗ); not before
//     (inferred, unconfirmed).
//   - QualifyingYears: 3 years from 1 January 2023; 5 years after Federal
//     Law 28.11.2025 № 430-ФЗ, dated (unconfirmed) 1 January 2026;
//     publication + 10 days (about 10.12.2025) is the other hypothesis.
//     Before 2023 the rule does not exist.
//   - Newborn: until the day of the state registration of birth from 2011
//     (Rules 158н p. 5, 2011 text); thirty days after the registration
//     since Federal Law 03.07.2016 № 286-ФЗ re-worded 326-ФЗ art. 16
//     part 3, dated 15 July 2016 (publication + 10 days; unconfirmed);
//     under the Rules 108н p. 5 from 28 May 2019.
//   - EAEU: insured from 1 January 2017 (EAEU Treaty art. 98; Приказ
//     Минздрава России от 27.10.2016 № 803н amending the Rules 158н). The
//     versions cite the points of the Rules 108н (pp. 17–19, 41, 42) from
//     28 May 2019; before, and from 10 January 2023, the point of the
//     Rules in force was not read, and they cite the Treaty's art. 98,
//     unconfirmed.
//   - SNILSFrom14: attached if available under the Rules 158н (p. 9
//     subp. 2); required under the Rules 108н (p. 14 subp. 2) from 28 May
//     2019, both read in the Rules' own text (rules-points.md).
//   - LeapDay: LeapDayMarch1, unconfirmed (see LeapDayRule).
func DefaultRules() Rules { return defaultRules }

// defaultRules is built once from literals and never mutated.
var defaultRules = Rules{
	LeapDay: LeapDayMarch1,
	HQS: oms.MustTimeline(
		oms.Dated[HQSExclusion]{
			From: lawStart, Value: HQSNotExcluded, Citation: citeArt10,
			// Inferred from the 2014 change; the original text was not read.
			Unconfirmed: true,
		},
		oms.Dated[HQSExclusion]{
			From: date.New(2014, time.January, 10), Value: HQSAndFamilyExcluded, Citation: citeArt10Ed390,
		},
		oms.Dated[HQSExclusion]{
			From: date.New(2023, time.January, 1), Value: HQSNonWorkingFamilyExcluded, Citation: citeArt10,
			// The current text is read (zakonrf.info), but not the law or
			// date that changed it; 01.01.2023 is the working hypothesis of
			// the library's sources (the reform of insurance contributions).
			Unconfirmed: true,
		},
	),
	ForeignBranch: oms.MustTimeline(
		oms.Dated[bool]{From: lawStart, Value: false, Citation: citeArt10, Unconfirmed: true},
		oms.Dated[bool]{From: date.New(2014, time.January, 10), Value: true, Citation: citeArt10Ed390},
	),
	QualifyingYears: oms.MustTimeline(
		// From 01.01.2023, 3 years: tagged [S] in the library's sources (a
		// city prosecutor's explanation, odin.ru), the tag the package
		// treats as settled.
		oms.Dated[int]{From: date.New(2023, time.January, 1), Value: 3, Citation: citeArt16Part11},
		oms.Dated[int]{
			From: date.New(2026, time.January, 1), Value: 5, Citation: citeArt16Part11Ed430,
			// 430-ФЗ raised the period from 3 to 5 years; its date of entry
			// into force for this part is not confirmed.
			Unconfirmed: true,
		},
	),
	Newborn: oms.MustTimeline(
		oms.Dated[int]{From: lawStart, Value: -1, Citation: citeNewborn158},
		oms.Dated[int]{
			From: date.New(2016, time.July, 15), Value: 30, Citation: citeNewbornArt16Part3,
			// 286-ФЗ of 03.07.2016 re-worded art. 16 part 3; the day its
			// change came into force, and the order that re-worded p. 5 of
			// the Rules 158н, are not read (rules-points.md, note 4).
			// 15.07.2016 is publication + 10 days.
			Unconfirmed: true,
		},
		oms.Dated[int]{From: day108n, Value: 30, Citation: citeNewborn108},
	),
	EAEU: oms.MustTimeline(
		oms.Dated[bool]{From: lawStart, Value: false, Citation: citeArt10},
		// The rule of 803н; the point it added to 158н was not read.
		oms.Dated[bool]{From: date.New(2017, time.January, 1), Value: true, Citation: citeEAEUArt98, Unconfirmed: true},
		oms.Dated[bool]{From: day108n, Value: true, Citation: citeEAEU108},
		// Chapter II of 108н as amended by 789н was not read.
		oms.Dated[bool]{From: dayRules789, Value: true, Citation: citeEAEUArt98, Unconfirmed: true},
	),
	SNILSReading: SNILSAddendum,
	SNILSFrom14: oms.MustTimeline(
		oms.Dated[Need]{From: lawStart, Value: IfAvailable, Citation: citeRules158SNILS},
		oms.Dated[Need]{From: day108n, Value: Required, Citation: citeRulesSNILS},
	),
}
