// Command deadlines says when each step is due after an event in a region:
// the insured person's duties (notify the insurer within one month, choose
// an insurer within one month after moving), the insurer's (the historical
// temporary certificate, 30 working days), the newborn's cover by the
// mother's insurer, the last day of the year for a voluntary switch, and
// the waiting times of the Programme of State Guarantees for care.
//
// Each step comes with the period (working days counted in the region's
// production calendar, Civil Code months and days, hours and minutes), the
// last day, the instant it runs out — 24:00 of the last day in the
// region's time zone (ГК РФ ст. 194) — and the provision of law behind it.
// Civil Code periods also show why they end where they do (ст. 191–193:
// from the next day; the same-numbered day of the month; moved off a
// non-working day).
//
// Usage:
//
//	go run ./examples/deadlines                                   # the sample: relocation to Tatarstan, 6 October 2026
//	go run ./examples/deadlines -region 16 -date 2026-10-06 -event relocation
//	go run ./examples/deadlines -region 14 -date 2026-03-10 -time 09:30 -event appeal
//	go run ./examples/deadlines -region 77 -date 2019-04-01 -event application -format json
//
// Events (-event): the re-issue reasons of policy.Reason — change_name,
// change_birth_date, change_birth_place, change_identity_document,
// change_residence, data_error, wear, loss (the notice to the insurer where
// the law sets one, policy.NotifyDeadline); relocation (smo.RelocationDeadline and the notice
// of the new residence); birth-registration (smo.NewbornCoverEnd);
// application (an application to an insurer: the temporary certificate
// where it existed, the 1 November limit of a voluntary switch); appeal,
// call, prescription, referral, diagnosis, histology_or_diagnosis (the
// waiting times of the base programme in force on the date, from the
// program package); all (the default) for every step.
//
// Exit status: 0 when every step was computed; 1 when some could not be
// (a date beyond the production calendar's last year, say), which is
// reported in the output; 2 for bad flags.
package main

import "os"

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }
