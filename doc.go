// Package oms is the shared vocabulary of the oms library, which encodes the
// rules of Russia's compulsory medical insurance (обязательное медицинское
// страхование, ОМС): citations of law, decisions with findings, rules that
// change over time, and the federal subjects (regions).
//
// The rules themselves live in the sub-packages: calendar (the production
// calendar and Civil Code periods), program (what the base and territorial
// programmes cover), eligibility (who is insured, with which documents),
// policy (the policy number, forms and validity) and smo (choosing and
// switching the insurer). This package imports none of them.
//
// Every check in the library returns a Decision: whether it passed, and every
// finding with a stable code, a message in Russian and English, and the
// provision of law it rests on.
//
//	d := oms.NewDecision(oms.Finding{
//		Code:     "smo.switch.annual-limit",
//		Severity: oms.Violation,
//		RU:       "Замена СМО по выбору — не чаще одного раза в год",
//		EN:       "A voluntary switch of insurer is allowed once a calendar year",
//		Citation: oms.Citation{Act: "326-ФЗ", Article: "16", Part: "1", Point: "3"},
//	})
//	fmt.Println(d.OK()) // false
//
// Rules that law changes are Timelines of Dated values: each version with
// the day it came into force and its citation, asked by an as-of date.
package oms

// The catalogue of finding codes, CODES.md and codes.json, is written from
// every package's Codes function:
//
//go:generate go run ./internal/gen/codes
