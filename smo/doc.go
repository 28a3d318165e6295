// Package smo encodes the insured person's choice of insurer — the
// страховая медицинская организация (СМО) of compulsory medical insurance
// (ОМС) — and its limits under 326-ФЗ ст. 16 and ст. 38 and the Rules of
// ОМС: which insurers a person can choose in a region on a day, whether an
// application to replace the insurer is allowed, from which day the new
// insurer insures, what a person who moved must do, and what happens when
// an insurer leaves.
//
// The pieces:
//
//   - Insurer and Registry: insurers with the days they entered and left
//     each region's register; a Registry is built in Go (NewRegistry) or
//     read from CSV (LoadCSV) or JSON (LoadJSON), and answers Available,
//     WorksIn and LeftOn by region and day.
//   - History: a person's entries (first choice, voluntary replacement,
//     replacement on relocation or because the insurer left, assignment by
//     the territorial fund, newborn cover under the mother's insurer).
//   - Rules: the dated rules the package applies (the yearly limit, the
//     1 November deadline, the effective day, the duties on moving and on
//     an insurer's exit, the fund acting as insurer), one oms.Timeline
//     each; DefaultRules is the library's reading, and a caller changes a
//     version with Timeline.With. NewChecker pairs a Registry with Rules
//     and a production calendar (nil: the federal one).
//   - Checker.CheckSwitch: every finding on an application at once — one
//     replacement at will per calendar year, filed not later than
//     1 November; any change of insurer not on relocation or the insurer's
//     exit counts, whatever its label; unlimited replacements on change of
//     residence (from 28.05.2019 not within one region) or when the
//     insurer's contract ends; the insurer on the region's register; a
//     first choice or the same insurer again is not a replacement; a
//     child's choice made by a parent or legal representative; the
//     effective day.
//   - Checker.CheckExit: when the insurer left the region — the right to
//     choose outside the yearly limit within two months, distribution by
//     the territorial fund, and from 2027 the fund acting as insurer where
//     none remains.
//   - Checker.CheckRelocation and RelocationDeadline: the duty to choose an
//     insurer in the new region within one month (ГК РФ ст. 191–193).
//   - Every deadline is a calendar.Duty: Rules.EffectiveDate,
//     RelocationDeadline, ExitChoiceDeadline, ExitNoticeDeadline and
//     NewbornCover.
//
// Every finding cites the provision in force on the day of its event: the
// point of the Rules 158н (to 27.05.2019) or of the Rules 108н (from
// 28.05.2019) and, from 10.01.2023, when the numbering of the amended
// Rules is not established, the article of 326-ФЗ they implement, with
// the finding marked Unconfirmed. Codes lists every finding code with the
// citations of each version.
//
// Rules the library's sources do not settle are explicit and overridable,
// and their findings carry Unconfirmed: the effective day from 2023
// (Rules.Effective), a non-working 1 November (DeadlineRule), the
// territorial fund acting as insurer from 2027 (FundMayInsure), the
// newborn cover (eligibility.NewbornCover) and the day a person born on
// 29 February comes of age (eligibility.LeapDayRule). A first choice is
// read as counting toward no limit, also unconfirmed.
//
// A short example:
//
//	reg, _ := smo.LoadCSV(f) // number,name,short_name,scope,region,entered,left
//	h := smo.MustHistory(smo.Entry{Date: date.New(2026, 2, 1), Insurer: "A", Region: oms.Moscow, Reason: smo.FirstChoice})
//	d := smo.CheckSwitch(reg, h, smo.Request{
//		Date: date.New(2026, 11, 2), Insurer: "B", Region: oms.Moscow,
//		Reason: smo.Voluntary, Applicant: eligibility.Self, Born: date.New(1980, 5, 17),
//	})
//	d.OK()                       // false
//	d.Has(smo.CodeAfterDeadline) // true: filed after 1 November
//
// The sample registry in testdata is illustrative: its registry numbers,
// names and dates are invented.
package smo
