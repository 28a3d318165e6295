// Package smo encodes the insured person's choice of insurer — the
// страховая медицинская организация (СМО) of compulsory medical insurance
// (ОМС) — and its limits under 326-ФЗ ст. 16 and the Rules of ОМС
// (Приказ Минздрава России от 28.02.2019 № 108н): which insurers a person can choose in a region
// on a day, whether an application to replace the insurer is allowed, from
// which day the new insurer insures, and what a person who moved must do.
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
//   - Checker.CheckSwitch: every finding on an application at once — one
//     voluntary replacement per calendar year, filed not later than
//     1 November; unlimited replacements on change of residence or when the
//     insurer's contract ends; the insurer on the region's register; a
//     first choice or the same insurer again is not a replacement; a child's
//     choice made by a parent or legal representative; the effective day.
//   - Checker.CheckExit: when the insurer left the region — the right to
//     choose outside the yearly limit, assignment by the territorial fund,
//     and from 2027 the fund acting as insurer where none remains.
//   - Checker.CheckRelocation and RelocationDeadline: the duty to choose an
//     insurer in the new region within one month (ГК РФ ст. 191–193).
//
// Rules the library's sources do not settle are explicit and overridable,
// and their findings carry Unconfirmed: the effective day
// (DefaultEffectiveRule), a non-working 1 November (DeadlineRule), the
// territorial fund acting as insurer from 2027 (FundMayInsure), the
// newborn cover (Checker.NewbornCoverEnd, on eligibility.NewbornCover;
// WithNewbornCover) and the day a person born on 29 February comes of age
// (WithLeapDayRule, on eligibility.LeapDayRule). A first choice is read as
// counting toward no limit, also unconfirmed. The last two options take the
// same values as eligibility.WithNewbornCover and eligibility.WithLeapDayRule,
// so a caller who changes a rule there passes it here too.
//
// A short example:
//
//	reg, _ := smo.LoadCSV(f) // number,name,short_name,scope,region,entered,left
//	h := smo.MustHistory(smo.Entry{Date: date.New(2026, 2, 1), Insurer: "A", Region: oms.Moscow, Reason: smo.FirstChoice})
//	d := smo.CheckSwitch(reg, h, smo.Request{
//		Date: date.New(2026, 11, 2), Insurer: "B", Region: oms.Moscow,
//		Reason: smo.Voluntary, Applicant: smo.Self, Born: date.New(1980, 5, 17),
//	})
//	d.OK()                          // false
//	d.Has("smo.switch.after-deadline") // true: filed after 1 November
//
// The sample registry in testdata is illustrative: its registry numbers,
// names and dates are invented.
package smo
