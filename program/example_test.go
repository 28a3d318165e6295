package program_test

import (
	"fmt"
	"time"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/program"
)

func Example() {
	p, err := program.Base(date.New(2026, time.March, 1))
	if err != nil {
		panic(err)
	}
	fmt.Println(p)
	for _, s := range []string{"I21.0", "а15.0", "F32.1"} {
		code, err := program.ParseICD10(s)
		if err != nil {
			panic(err)
		}
		d := p.Covers(code)
		class, _ := program.ClassOf(code)
		fmt.Println(code, class.Number(), d.OK())
	}
	// Output:
	// ПГГ 2026 (ПП РФ № 2188 от 29.12.2025)
	// I21.0 10 true
	// A15.0 1 false
	// F32.1 21 false
}

func ExampleParseICD10() {
	for _, s := range []string{"K02", "k02.1", "K021", "К02,1", "K02.12"} {
		code, err := program.ParseICD10(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(code)
	}
	// Output:
	// K02
	// K02.1
	// K02.1
	// K02.1
	// program: invalid ICD-10 code "K02.12": only one digit may follow the point (5-character national extensions are not supported)
}

func ExampleParseICD10Range() {
	r, _ := program.ParseICD10Range("A15–A19")
	fmt.Println(r, r.Contains(program.MustParseICD10("A19.9")), r.Contains(program.MustParseICD10("A20")))
	// Output: A15-A19 true false
}

func ExampleClassOf() {
	c, ok := program.ClassOf(program.MustParseICD10("K02.1"))
	fmt.Println(ok, c.Number(), c.NameRU())
	// Output: true 12 болезни органов пищеварения, в том числе болезни полости рта, слюнных желез и челюстей (за исключением зубного протезирования)
}

func ExampleProgramme_Covers() {
	p := program.MustBase(date.New(2025, time.June, 1))
	d := p.Covers(program.MustParseICD10("B20.0"))
	fmt.Println(d.OK())
	f, _ := d.Find(program.CodeExcluded)
	fmt.Println(f.EN)
	fmt.Println(f.Citation.Act)
	// Output:
	// false
	// diseases caused by the human immunodeficiency virus, acquired immunodeficiency syndrome: outside the base ОМС programme; care is free but paid from the budget of the federal subject, not by ОМС
	// ПП РФ № 1940 от 27.12.2024
}

func ExampleProgramme_WithCoverageRules() {
	p := program.MustBase(date.New(2026, time.June, 1))
	b90 := program.MustParseICD10("B90.9")
	fmt.Println(p.Covers(b90).OK())
	fmt.Println(p.WithCoverageRules(program.CoverageRules{ExcludeB90: true}).Covers(b90).OK())
	// Output:
	// true
	// false
}

func ExampleProgramme_IncludesCare() {
	p := program.MustBase(date.New(2026, time.June, 1))
	for _, k := range []program.CareKind{program.KindAmbulance, program.KindAirAmbulance, program.KindHighTechOMS, program.KindPalliativeSpecialised, program.KindRehabilitation} {
		fmt.Println(k, p.IncludesCare(program.Care{Kind: k}).OK(), p.BaseFunding(k))
	}
	// Output:
	// ambulance true oms
	// air-ambulance false regional-budget
	// high-tech-oms true oms
	// palliative-specialised false regional-budget
	// rehabilitation true oms
}

func ExampleDueBy() {
	msk, _ := oms.Moscow.Location()
	p := program.MustBase(date.New(2025, time.December, 26))
	w, _ := p.Wait(program.WaitSpecialist)
	fmt.Println(w.Value, "—", w.Citation.Act)
	// An appeal on Friday 26 December 2025: the New Year holidays do not count.
	due, _ := program.DueBy(w.Value, time.Date(2025, time.December, 26, 10, 0, 0, 0, msk), nil)
	fmt.Println(due.Day)
	// In 2026, Tatarstan's own day off (Ураза-байрам, 20 March) does not
	// count in its calendar: one day later than the federal count.
	p2026 := program.MustBase(date.New(2026, time.March, 19))
	appeal := time.Date(2026, time.March, 19, 10, 0, 0, 0, msk)
	federal, _ := p2026.DueBy(program.WaitSpecialist, appeal, nil)
	tat, _ := calendar.ForRegion(oms.Tatarstan)
	regional, _ := p2026.DueBy(program.WaitSpecialist, appeal, tat)
	fmt.Println(federal.Day, regional.Day)
	// Output:
	// 14 working-days from appeal — ПП РФ № 1940 от 27.12.2024
	// 2026-01-27
	// 2026-04-08 2026-04-09
}

func ExampleProgramme_Wait() {
	for _, y := range []int{2019, 2026} {
		p := program.MustBase(date.New(y, time.June, 1))
		w, _ := p.Wait(program.WaitPlannedSpecialised)
		fmt.Println(y, w.Value.RU(), w.Unconfirmed)
	}
	// Output:
	// 2019 не более 30 календарных дней с момента: выдача лечащим врачом направления на госпитализацию true
	// 2026 не более 14 рабочих дней с момента: выдача лечащим врачом направления на госпитализацию false
}

func ExamplePerCapitaOf() {
	// Karelia's ТП ОМС 2022: ambulance 0,29 calls per insured person at
	// 3 204,77 roubles a call (kodeks.karelia.ru/api/table/406188854/P000C).
	line := program.Line{Item: program.NormAmbulance, Volume: decimalOf("0.29"), UnitCost: decimalOf("3204.77")}
	pc := program.PerCapitaOf(line)
	fmt.Println(pc, program.Total(pc, 1000))
	// Output: 929.38 929380
}

func ExampleLoadTerritorial() {
	tp, err := program.LoadTerritorial([]byte(`{
		"region": "78", "year": 2026, "act": {"act": "Закон Санкт-Петербурга о ТПГГ на 2026 год"},
		"waits": [{"kind": "specialist", "limit": 20, "unit": "working-days"}],
		"additions": [{"key": "dental-prosthetics", "name_ru": "зубопротезирование отдельных категорий граждан",
			"funding": "regional-budget", "categories": ["отдельные категории жителей Санкт-Петербурга"],
			"citation": {"act": "Закон Санкт-Петербурга о ТПГГ на 2026 год"}}]
	}`))
	if err != nil {
		panic(err)
	}
	d := tp.Validate()
	fmt.Println(d.OK())
	for _, f := range d.Violations() {
		fmt.Println(f.Code)
	}
	_, err = program.LoadTerritorial([]byte(`{"region": "78", "year": 2026, "act": {"act": "x"}, "waits": [{"kind": "specialist", "limit": 10, "unit": "weeks"}]}`))
	fmt.Println(err)
	// Output:
	// false
	// program.territorial.wait-longer
	// program: territorial programme: waits[0].unit: unknown unit "weeks"
}

func ExampleTerritorial_Covers() {
	base := program.MustBase(date.New(2026, time.January, 1))
	s := program.TerritorialFromBase(oms.Tatarstan, base, oms.Citation{Act: "ПКМ РТ о ТПГГ на 2026 год"})
	s.Classes = append(base.BaseClasses(), program.ClassMental) // psychiatry under ОМС above the base
	tp, err := program.NewTerritorial(s)
	if err != nil {
		panic(err)
	}
	code := program.MustParseICD10("F32.1")
	fmt.Println(base.Covers(code).OK(), tp.Covers(code).OK(), tp.Validate().OK())
	// Output: false true true
}

func decimalOf(s string) decimal.Decimal { return decimal.RequireFromString(s) }
