package policy

import (
	"fmt"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/eligibility"
	"github.com/rickb777/date"
)

// Rules are the dated rules of law the package applies, each an
// oms.Timeline of versions with their citations. DefaultRules returns the
// library's reading of the law; a caller who knows better (a confirmed
// date, a new amendment) replaces a version with Timeline.With and calls
// the methods of the changed Rules. The package-level functions use
// DefaultRules.
//
// A Rules value is immutable once built and safe for concurrent use.
type Rules struct {
	// NewForm is the default form of a newly issued policy.
	NewForm oms.Timeline[Form] `json:"new_form"`
	// NoNewBlank is whether a re-issue or a loss of a blank policy
	// produces no new blank (Rules p. 30, from 10.01.2023).
	NoNewBlank oms.Timeline[bool] `json:"no_new_blank"`
	// YearEndCap caps the validity of the policies of non-citizens at the
	// end of a calendar year; see YearEndCap.
	YearEndCap oms.Timeline[YearEndCap] `json:"year_end_cap"`
	// Certificate is whether the insurer issues a temporary certificate
	// (временное свидетельство) while the policy is being made.
	Certificate oms.Timeline[bool] `json:"certificate"`
	// CertificateTerm is the longest a temporary certificate is valid, as
	// the duty to hand over the policy within it (code
	// DutyCertificateTerm): 30 working days under the Rules 158н (p. 37),
	// 45 under 108н (p. 48). The version in force on the day of issue
	// governs.
	CertificateTerm oms.Timeline[calendar.DutyRule] `json:"certificate_term"`
	// Register is the chain of register steps of the paper era that make
	// a policy after an application (see RegisterSteps): 158н pp. 38–49,
	// 108н pp. 49–58. It ends with the last paper blanks (30.11.2022).
	Register oms.Timeline[RegisterChain] `json:"register"`
	// NotifyItems are the changes the insured person must notify the
	// insurer of within one month (326-ФЗ art. 16 part 2 item 3).
	NotifyItems oms.Timeline[ReasonSet] `json:"notify_items"`
	// EAEU is the rule from which EAEU workers and officials are insured,
	// eligibility.DefaultRules().EAEU by default: Validity reads the first day
	// of those categories from it, so the two packages share one source.
	EAEU oms.Timeline[bool] `json:"eaeu"`
	// QualifyingYears is the rule of 326-ФЗ art. 16 part 1.1 on
	// temporarily staying workers, eligibility.DefaultRules().QualifyingYears by
	// default: the category StayingWorker exists from its first version.
	QualifyingYears oms.Timeline[int] `json:"qualifying_years"`
}

// A YearEndCap is one version of the rule that policies of foreign
// citizens, stateless persons, persons under the law «О беженцах» and EAEU
// workers and officials are valid only to the end of a calendar year (and
// never beyond the term of their own basis).
type YearEndCap struct {
	// Applies is whether the cap applies to policies issued while this
	// version is in force.
	Applies bool `json:"applies"`
	// NotBeforeYear, if not 0, is the earliest year whose end the cap can
	// be: a policy issued in 2017 under the letter of 08.11.2017 ran to the
	// end of 2018. Otherwise the cap is the end of the year of issue.
	NotBeforeYear int `json:"not_before_year,omitempty"`
	// NextYearFromNov1 is whether a policy applied for between 1 November
	// and 31 December runs to the end of the next year (Rules 108н p. 43).
	NextYearFromNov1 bool `json:"next_year_from_nov_1,omitempty"`
	// ExceptOfficials is whether the cap spares the members of the EEC
	// Board and officials of EAEU bodies, whose policy runs to the end of
	// their powers (Rules 108н p. 42).
	ExceptOfficials bool `json:"except_officials,omitempty"`
}

// DefaultRules returns the rules as the library reads the law. The
// versions marked Unconfirmed are explained here:
//
//   - NewForm: old-style policies from the 1991 law (first date
//     unconfirmed: the law is of 28.06.1991, issue started later); the
//     uniform paper policy from 01.05.2011; the digital policy from
//     01.12.2022, cited to Federal Law 06.12.2021 N 405-ФЗ and
//     unconfirmed (law-addendum.md §5 tags the number and the basis of
//     01.12.2022 [U]; a reproduction of art. 44 shows 405-ФЗ changing it
//     from 01.12.2022).
//   - NoNewBlank: a new blank or a duplicate under 158н (p. 55) and 108н
//     (p. 63); none from 10.01.2023 (Rules p. 30 as worded by 789н) [P].
//   - YearEndCap: none under the 2011 Rules; from 20.11.2017 the end of
//     2018 at the earliest (letter ФОМС 08.11.2017 N 13057/91/и, reproduced
//     on the Kostroma territorial fund's site); from 01.01.2019 the end of
//     the year of issue, still under the Rules 158н (unconfirmed: news of
//     yearly re-issue after the letter); from 28.05.2019, when the Rules
//     108н came into force, the end of the year of issue under 108н
//     (unconfirmed: one insurer page citing 108н and a territorial fund
//     page on EAEU workers, law-addendum.md §1(g)); none from 01.12.2022,
//     when the policy became a record of the right to ОМС in the ЕРЗ
//     (unconfirmed: no source says the cap ended, none says it goes on).
//     Under 108н the cap is read in the Rules' own text (pp. 38–41, and
//     p. 43: applied for from 1 November, to the end of the next year; p.
//     42: EEC officials to the end of their powers), so that version is
//     confirmed; the 2019 text's p. 38 speaks of the paper policy, which
//     the digital policy of 01.12.2022 replaced.
//     News of 2017 report a calendar-year term from 01.01.2017 under the
//     2016 amendment of the Rules 158н (803н); the library's spec does not
//     have it, so it is not in the default: Cap2017 returns that version
//     for callers who apply it.
//   - Certificate: issued from 01.01.2011 (158н p. 34, 108н p. 44) to
//     30.11.2022; from 01.12.2022 the policy is made the same day and no
//     source keeps the certificate (law-addendum.md §1(d); unconfirmed).
//   - CertificateTerm: 30 working days (158н p. 37), 45 from 28.05.2019
//     (108н p. 48, «сорока пяти рабочих дней»); whether the amendments of
//     2020 changed p. 48 is not known.
//   - Register: the steps of 158н pp. 38–49 and 108н pp. 49–58 (see
//     RegisterSteps); the content of 158н pp. 41–42 is not in the
//     library's sources, only their terms, so those steps are
//     Unconfirmed.
//   - NotifyItems: surname, name, patronymic and place of residence from
//     01.01.2011 (the original wording); identity-document data added no
//     later than 13.08.2018, the earliest date a source (ТФОМС Челябинской
//     области) shows it in the law. The amending law is not known, so the
//     second version starts on that date, and both versions are
//     unconfirmed: the first may have ended earlier. Only the findings
//     about the identity document carry it (see NotifyDeadline).
//   - EAEU, QualifyingYears: the rules of package eligibility
//     (eligibility.Rules.EAEU, eligibility.Rules.QualifyingYears), with
//     their own flags; replace them here as in eligibility.Rules.
func DefaultRules() Rules { return defaultRules }

// Cap2017 returns the version of Rules.YearEndCap that news of 2017
// report (Известия via vladmedicina.ru; migrant.ru citing ФФОМС): from
// 01.01.2017 the policies of foreign citizens, stateless persons, persons
// under the law «О беженцах» and EAEU workers run to the end of the
// calendar year of issue, by the 2016 amendment of the Rules 158н (803н).
// The library's spec has no such rule (law.md §1.4 gives the ВНЖ no time
// limit; the cap it knows begins with the letter of 20.11.2017), so the
// default rules leave it out. It is Unconfirmed. Apply it with
//
//	r := policy.DefaultRules()
//	r.YearEndCap = r.YearEndCap.With(policy.Cap2017())
func Cap2017() oms.Dated[YearEndCap] {
	return oms.Dated[YearEndCap]{From: date.New(2017, time.January, 1), Value: YearEndCap{Applies: true}, Citation: citeCap2017, Unconfirmed: true}
}

// defaultRules is built once from literals and never mutated.
var defaultRules = Rules{
	NewForm: oms.MustTimeline(
		oms.Dated[Form]{From: dayOldLaw, Value: OldStyle, Citation: citeOldLaw, Unconfirmed: true},
		oms.Dated[Form]{From: dayUniform, Value: Paper, Citation: citeArt45},
		oms.Dated[Form]{From: dayDigital, Value: Digital, Citation: citeLaw405, Unconfirmed: true},
	),
	NoNewBlank: oms.MustTimeline(
		oms.Dated[bool]{From: dayOldLaw, Value: false, Citation: citeOldLaw},
		oms.Dated[bool]{From: dayLaw326InForce, Value: false, Citation: citeDuplicate158},
		oms.Dated[bool]{From: day108n, Value: false, Citation: citeDuplicate108},
		oms.Dated[bool]{From: dayNoNewBlank, Value: true, Citation: citeRulesP30},
	),
	YearEndCap: oms.MustTimeline(
		oms.Dated[YearEndCap]{From: dayOldLaw, Value: YearEndCap{}, Citation: citeOldLaw},
		oms.Dated[YearEndCap]{From: dayLaw326InForce, Value: YearEndCap{}, Citation: citeTerm158},
		oms.Dated[YearEndCap]{From: date.New(2017, time.November, 20), Value: YearEndCap{Applies: true, NotBeforeYear: 2018}, Citation: citeLetter13057, Unconfirmed: true},
		oms.Dated[YearEndCap]{From: date.New(2019, time.January, 1), Value: YearEndCap{Applies: true}, Citation: citeCap2019, Unconfirmed: true},
		oms.Dated[YearEndCap]{From: day108n, Value: YearEndCap{Applies: true, NextYearFromNov1: true, ExceptOfficials: true}, Citation: citeCap108},
		oms.Dated[YearEndCap]{From: dayDigital, Value: YearEndCap{}, Citation: citeLaw405, Unconfirmed: true},
	),
	Certificate: oms.MustTimeline(
		oms.Dated[bool]{From: dayOldLaw, Value: false, Citation: citeOldLaw, Unconfirmed: true},
		oms.Dated[bool]{From: dayLaw326InForce, Value: true, Citation: citeCertificateIssue158},
		oms.Dated[bool]{From: day108n, Value: true, Citation: citeCertificateIssue108},
		oms.Dated[bool]{From: dayDigital, Value: false, Citation: citeLaw405, Unconfirmed: true},
	),
	CertificateTerm: oms.MustTimeline(
		certificateVersion(dayLaw326InForce, 30, oms.ActRules158n, "37"),
		certificateVersion(day108n, 45, oms.ActRules108n, "48"),
	),
	Register: oms.MustTimeline(
		oms.Dated[RegisterChain]{From: dayLaw326InForce, Value: NewRegisterChain(register158...), Citation: citeRegister158},
		oms.Dated[RegisterChain]{From: day108n, Value: NewRegisterChain(register108...), Citation: citeRegister108},
	).Until(dayLastBlank),
	NotifyItems: oms.MustTimeline(
		// Unconfirmed as a list: the identity-document item came in on a
		// date not known, between 2011 and 13.08.2018 (law-addendum.md
		// §1(f), [U]); see NotifyDeadline for which findings carry it.
		oms.Dated[ReasonSet]{From: dayLaw326InForce, Value: NewReasonSet(ChangeName, ChangeResidence), Citation: citeArt16Part2Item3Ed2010, Unconfirmed: true},
		oms.Dated[ReasonSet]{From: date.New(2018, time.August, 13), Value: NewReasonSet(ChangeName, ChangeIdentityDocument, ChangeResidence), Citation: citeArt16Part2Item3, Unconfirmed: true},
	),
	EAEU:            eligibility.DefaultRules().EAEU,
	QualifyingYears: eligibility.DefaultRules().QualifyingYears,
}

// certificateVersion is the version of Rules.CertificateTerm from the day
// from: the duty to hand over the policy within the temporary
// certificate's term of n working days, under the point of the edition
// act, which the version cites too.
func certificateVersion(from date.Date, n int, act, point string) oms.Dated[calendar.DutyRule] {
	d := calendar.DutyRule{
		Code: DutyCertificateTerm, Event: OnCertificateIssued,
		RU:     "выдать полис в пределах срока действия временного свидетельства",
		EN:     "hand over the policy within the term of the temporary certificate",
		Period: calendar.Period{N: n, Unit: calendar.WorkingDays},
		Citation: oms.Citation{Act: act, Point: point,
			Title: fmt.Sprintf("Временное свидетельство действительно до момента получения полиса, но не более %d рабочих дней с даты его выдачи", n)},
	}
	return oms.Dated[calendar.DutyRule]{From: from, Value: d, Citation: d.Citation}
}
