// Package program encodes Russia's Programme of State Guarantees of free
// medical care (Программа государственных гарантий бесплатного оказания
// гражданам медицинской помощи, ПГГ) year by year, 2019–2026 built in and
// later years loaded from JSON, the base
// programme of compulsory medical insurance (базовая программа ОМС) inside
// it, and territorial programmes on top of it: what diseases and kinds of
// care are free and who pays, how long a patient may be made to wait, and
// the norms of volume and money.
//
// Every answer is an oms.Decision whose findings cite the decree of the
// year (ПП РФ № 1506, 1610, 2299, 2505, 2497, 2353, 1940 with its 2025
// amendment № 1365, 2188) or the article of 323-ФЗ or 326-ФЗ behind them.
// Facts the library's sources do not settle are still encoded, marked
// Unconfirmed, explained in their documentation and open to override.
//
//	p, err := program.Base(date.New(2026, time.March, 1)) // ПП РФ № 2188
//	if err != nil { ... }
//	code, err := program.ParseICD10("а15.0") // Cyrillic а, lower case
//	if err != nil { ... }
//	d := p.Covers(code)
//	d.OK() // false: tuberculosis is paid from the regional budget, not ОМС
//
// The pieces:
//
//   - A programme year is data: program/data/<year>.json, embedded, in the
//     form LoadYear reads (errors name the JSON path). Builtin is the
//     catalog of the built-in years, built once; Catalog.With adds loaded
//     ones; Base and Catalog.Base give the programme of a day.
//   - Rules are the package's configuration, dated timelines overridden in
//     one gesture: the catalog, the coverage choices (CoverageRules) and
//     the starting point of the oncology consultation.
//   - ICD10 is an МКБ-10 code in 16 bits; ParseICD10 takes the forms people
//     type and allocates nothing. ICD10Range is an inclusive range in which a
//     category end takes in its subcategories (A15–A19 contains A19.9).
//   - Class is an item of section III of the programme (22 items, 20 of them
//     also in 326-ФЗ art. 35 part 6), with its exact wording and ICD-10
//     ranges; ClassOf is a binary search over the sorted ranges.
//   - Programme.Covers says whether a main diagnosis is in the base programme
//     and in which class, from answers computed once per programme (tens of
//     nanoseconds, no allocation); Exclusion names the four groups section IV leaves
//     to regional budgets; CoverageRules holds the doubtful choices (B90,
//     Z21, R75, Z00–Z99).
//   - CareType, CareKind, Condition and Form are the types, kinds, conditions
//     and forms of care; Programme.IncludesCare says whether the base
//     programme includes a kind of care.
//   - Activity is a dated measure of section III paid outside the disease
//     list (dispensarisation, NIPT, ...); Programme.HasActivity answers it.
//   - WaitKind and Wait are the waiting-time norms, dated per programme
//     year; DueBy says when care is due, counting working days in the
//     production calendar of package calendar (an argument, nil: federal);
//     Programme.Duty gives a calendar.Duty for the day-based norms. Home
//     visits are norms only territorial programmes set.
//   - Codes lists every finding code with its citations.
//   - NormItem, Programme.Volume, UnitCost and PerCapita are the norms as
//     decimals; PerCapitaOf and Total compute financing rounded to kopecks.
//   - TerritorialSpec and Territorial are a region's programme: built in Go
//     or loaded from JSON, validated against the base programme, and asked
//     the same questions for that region.
//
// All values are immutable and safe for concurrent use.
package program
