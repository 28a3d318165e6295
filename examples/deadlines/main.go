// Command deadlines says when each step is due after an event in a region.
// It computes no law: every step is a duty the library gives
// (calendar.Duty) — the insured person's (notify the insurer of a change
// within one month, policy.NotifyDeadline; choose an insurer within one
// month after moving, smo.RelocationDeadline), the insurer's (the day from
// which the chosen insurer insures, smo.Rules.EffectiveDate; the historical
// temporary certificate, policy.CertificateDeadline), the newborn's cover
// by the mother's insurer (eligibility.NewbornCover), and the waiting times
// of the Programme of State Guarantees (program.Programme.Duty for norms in
// days, Programme.DueBy for minutes and hours). The program lists them,
// formats them and explains them.
//
// Each step comes with the period, the last day, the instant it runs out —
// 24:00 of the last day in the region's time zone (ГК РФ ст. 194,
// calendar.Duty.InRegion) — and the provision of law behind it. Where the
// calendar's account of a Civil Code period (calendar.ExplainDeadline:
// ст. 191–193, from the next day; the same-numbered day of the month; moved
// off a non-working day) ends on the duty's day, it is shown as well.
//
// Usage:
//
//	go run ./examples/deadlines                                   # the sample: every event on 6 October 2026 in Tatarstan
//	go run ./examples/deadlines -region 16 -date 2026-10-06 -event relocation
//	go run ./examples/deadlines -region 14 -date 2026-03-10 -time 09:30 -event appeal
//	go run ./examples/deadlines -region 77 -date 2019-04-01 -event application -format json
//
// Events (-event): the re-issue reasons of policy.Reason — change_name,
// change_birth_date, change_birth_place, change_identity_document,
// change_residence, data_error, wear, loss (the notice to the insurer where
// the law sets one; for a change of residence also the choice of an insurer
// in the new place); relocation (the choice of an insurer in the new
// region); birth-registration (the newborn's cover); application (an
// application to an insurer: the day it insures from, and the temporary
// certificate where one was issued then); appeal, call, prescription,
// referral, diagnosis, histology_or_diagnosis (the waiting times of the
// base programme in force on the date); all (the default) for every step.
//
// Exit status: 0 when every step was computed; 1 when some could not be
// (a date beyond the production calendar's last year, say), which is
// reported in the output; 2 for bad flags.
package main

import "os"

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }
