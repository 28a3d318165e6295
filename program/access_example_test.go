package program_test

import (
	"fmt"
	"time"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/program"
)

func ExampleCheckClinicChoice() {
	// A person changed polyclinic at will in March 2026 and wants another
	// in October (the once-a-year rule as С. Леонов restated it, 360.ru,
	// 27.01.2026), then applies again after moving house.
	history := program.ChoiceHistory{
		{Date: date.New(2026, time.March, 16), Subject: program.ChooseClinic, Ground: program.AtWill, Clinic: "GP-12"},
	}
	req := program.ChoiceRequest{
		Date: date.New(2026, time.October, 2), Subject: program.ChooseClinic, Clinic: "GP-3",
		Channel: program.Gosuslugi,
	}
	d, due, err := program.CheckClinicChoice(history, req)
	if err != nil {
		panic(err)
	}
	fmt.Println(d.OK(), d.Has(program.CodeAccessClinicLimit))
	fmt.Println("answer due", due.Due)

	req.Ground = program.Relocation
	d, _, _ = program.CheckClinicChoice(history, req)
	fmt.Println(d.OK(), d.Has(program.CodeAccessClinicRelocation))
	// Output:
	// false true
	// answer due 2026-10-06
	// true true
}

func ExampleCheckClinicChoice_doctor() {
	// The doctor was chosen in January; in June the person changed clinic,
	// so a new doctor may be chosen there (323-ФЗ ст. 21 ч. 2).
	history := program.ChoiceHistory{
		{Date: date.New(2025, time.January, 20), Subject: program.ChooseDoctor, Ground: program.AtWill, Clinic: "GP-12", Doctor: "Иванова"},
		{Date: date.New(2025, time.June, 2), Subject: program.ChooseClinic, Ground: program.AtWill, Clinic: "GP-3"},
	}
	d, _, err := program.CheckClinicChoice(history, program.ChoiceRequest{
		Date: date.New(2025, time.June, 10), Subject: program.ChooseDoctor, Clinic: "GP-3",
		Doctor: "Петров", DoctorKind: program.DistrictTherapist, Consent: program.ConsentGiven,
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(d.OK(), d.Codes())
	// Output:
	// true [program.access.applicant.ok program.access.channel.ok program.access.doctor.consent program.access.doctor.clinic-changed]
}

func ExampleCoversWhere() {
	day := date.New(2026, time.July, 1)
	for _, q := range []program.CareWhere{
		{Date: day, CareRegion: oms.SaintPetersburg, InsuredRegion: oms.Moscow},                  // base programme: anywhere
		{Date: day, CareRegion: oms.SaintPetersburg, InsuredRegion: oms.Moscow, AboveBase: true}, // Moscow's additions: Moscow only
		{Date: day, CareRegion: oms.SaintPetersburg, Emergency: true},                            // emergency: always, no policy
	} {
		d, err := program.CoversWhere(q)
		if err != nil {
			panic(err)
		}
		f := d.Findings()[0]
		fmt.Println(d.OK(), f.Code, f.Citation)
	}
	// Output:
	// true program.access.where.base 326-ФЗ, ст. 45, ч. 1
	// false program.access.where.above-base-elsewhere 326-ФЗ, ст. 16, ч. 1, п. 1
	// true program.access.where.emergency 323-ФЗ, ст. 11
}

func ExampleDocumentsAt() {
	child := oms.SomeDate(date.New(2016, time.May, 5))
	for _, day := range []date.Date{date.New(2022, time.November, 30), date.New(2022, time.December, 1)} {
		docs, err := program.DocumentsAt(day, child, false)
		if err != nil {
			panic(err)
		}
		fmt.Println(day, docs.AnyOf, docs.Citation)
	}
	docs, _ := program.DocumentsAt(date.New(2026, time.March, 1), oms.NoDate, true)
	fmt.Println("emergency:", docs.AnyOf)
	// Output:
	// 2022-11-30 [policy] 326-ФЗ, ст. 16, ч. 2, п. 1
	// 2022-12-01 [policy birth_certificate] 326-ФЗ, ст. 16, ч. 2, п. 1
	// emergency: []
}

func ExampleDiagnosticsDue() {
	// An MRI prescribed on 17 February 2026 (the 2026 rule as TASS quoted
	// it: 14 working days from the prescription), and the same on
	// suspected cancer.
	day := date.New(2026, time.February, 17)
	d, err := program.DiagnosticsDue(nil, day, 0)
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Period, "→", d.Due, d.Citation.Act)
	d, _ = program.DiagnosticsDue(nil, day, program.SuspectedCancer)
	fmt.Println(d.Period, "→", d.Due)
	// Output:
	// 14 working days → 2026-03-11 ПП РФ № 2188 от 29.12.2025
	// 7 working days → 2026-02-27
}

func ExampleComplaintPath_Next() {
	path, err := program.ComplaintPathAt(date.New(2026, time.March, 1))
	if err != nil {
		panic(err)
	}
	for _, s := range path.Next(program.ToInsurer) {
		fmt.Println(s.Level, s.Addressee, s.Answer.Period)
	}
	due, _ := program.DefaultAccessRules().ComplaintDue(nil, program.ToFund, date.New(2025, time.April, 1), false)
	fmt.Println("answer due", due.Due, "(", due.Citation, ")")
	// Output:
	// 3 fund 30 days
	// answer due 2025-05-05 ( 59-ФЗ, ст. 12, ч. 1 )
}

func ExampleDoctorReplacementDue() {
	// A written request to replace the attending doctor on Friday
	// 6 March 2026; 9 March is a day off (8 March fell on a Sunday).
	d, err := program.DoctorReplacementDue(nil, date.New(2026, time.March, 6))
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Due, d.Citation)
	// Output: 2026-03-12 Приказ Минздравсоцразвития России от 26.04.2012 № 407н, п. 3
}

func ExampleCheckReferral() {
	// An MRI prescribed on 17 February 2026, not done by 12 March.
	ref := program.Referral{Prescribed: date.New(2026, time.February, 17)}
	d, duty, err := program.CheckReferral(nil, ref, date.New(2026, time.March, 12))
	if err != nil {
		panic(err)
	}
	fmt.Println(d.OK(), d.Codes(), "due", duty.Due)
	// Output: false [program.access.ct-mri.overdue] due 2026-03-11
}

func ExampleDefaultAccessRules() {
	// A caller who reads "once a year" as twelve months from the last
	// choice overrides the unconfirmed default (a calendar year).
	r := program.DefaultAccessRules()
	v := r.ClinicLimit.Versions()[0]
	v.Value.Span = program.TwelveMonths
	r.ClinicLimit = r.ClinicLimit.With(v)

	history := program.ChoiceHistory{
		{Date: date.New(2025, time.November, 10), Subject: program.ChooseClinic, Ground: program.AtWill, Clinic: "GP-12"},
	}
	req := program.ChoiceRequest{Date: date.New(2026, time.February, 2), Subject: program.ChooseClinic, Clinic: "GP-3"}
	byYear, _, _ := program.CheckClinicChoice(history, req)
	byMonths, _, _ := r.CheckClinicChoice(nil, history, req)
	fmt.Println(byYear.OK(), byMonths.OK())
	// Output: true false
}

func ExampleCoversDiagnosisWhere() {
	day := date.New(2026, time.May, 12)
	code := program.MustParseICD10("I21.0") // myocardial infarction: base programme
	d, err := program.CoversDiagnosisWhere(nil, code, program.CareWhere{Date: day, CareRegion: oms.Tatarstan, InsuredRegion: oms.Moscow})
	if err != nil {
		panic(err)
	}
	fmt.Println(d.OK(), d.Has(program.CodeAccessWhereBase))
	// Output: true true
}
