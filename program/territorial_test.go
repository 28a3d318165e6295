package program

import (
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
)

var testAct = oms.Citation{Act: "Закон субъекта о ТПГГ (тест)"}

func mustTerritorial(t testing.TB, s TerritorialSpec) *Territorial {
	t.Helper()
	tp, err := NewTerritorial(s)
	if err != nil {
		t.Fatal(err)
	}
	return tp
}

func TestTerritorialBaseOnly(t *testing.T) {
	tp := mustTerritorial(t, TerritorialFromBase(oms.Moscow, base2026, testAct))
	d := tp.Validate()
	if !d.OK() || !d.Has(CodeTerritorialMeetsBase) {
		t.Errorf("base-only: %v", d)
	}
	if d := tp.Covers(MustParseICD10("I21.0")); !d.OK() {
		t.Errorf("I21.0: %v", d)
	}
	if d := tp.Covers(MustParseICD10("A15.0")); d.OK() {
		t.Errorf("A15.0 covered without an addition: %v", d)
	}
	if d := tp.WithCoverageRules(CoverageRules{ExcludeB90: true}).Covers(MustParseICD10("B90")); d.OK() {
		t.Errorf("B90 excluded by the rules: %v", d)
	}
	if d := tp.Covers(MustParseICD10("B90")); !d.OK() || !d.Has(CodeDoubtful) {
		t.Errorf("B90 default (covered, program.md §1.3): %v", d)
	}
	if tp.Region() != oms.Moscow || tp.Year() != 2026 || tp.Base() != base2026 || tp.Act() != testAct || !strings.Contains(tp.String(), "77") {
		t.Error("accessors")
	}
	if pc, err := tp.PerCapita(); err != nil || !pc.Value.Equal(dec("24922.9")) {
		t.Errorf("inherited per capita %v %v", pc, err)
	}
	if w, err := tp.Wait(WaitSpecialist); err != nil || w.Value.Limit != 14 || w.Citation.Act != base2026.Decree().Act {
		t.Errorf("inherited wait %v %v", w, err)
	}
}

// St Petersburg pays for dental prosthetics for certain categories of its
// residents from the city budget (garant.ru/hotlaw/peter/524244; its ТПГГ is
// a city law, e.g. Закон СПб от 16.12.2020 № 620-134 for 2021–2023;
// program.md §5), and, as every region, for palliative care and TB care.
func TestTerritorialStPetersburgJSON(t *testing.T) {
	data, err := os.ReadFile("testdata/spb-2021.json")
	if err != nil {
		t.Fatal(err)
	}
	tp, err := LoadTerritorial(data)
	if err != nil {
		t.Fatal(err)
	}
	if d := tp.Validate(); !d.OK() || len(d.Violations()) != 0 {
		t.Errorf("SPb 2021: %v", d)
	}
	a, ok := tp.Addition("dental-prosthetics")
	if !ok || a.Funding != FundingRegionalBudget || len(a.Categories) != 1 {
		t.Errorf("dental prosthetics: %+v", a)
	}
	if _, ok := tp.Addition("nope"); ok {
		t.Error("unknown addition found")
	}
	// TB stays outside ОМС; the city pays.
	d := tp.Covers(MustParseICD10("A16.2"))
	if d.OK() || !d.Has(CodeTerritorialAddition) {
		t.Errorf("A16.2: %v", d)
	}
	// Palliative care: free, from the city budget, not ОМС.
	d = tp.IncludesCare(Care{Kind: KindPalliativeSpecialised})
	if d.OK() || !d.Has(CodeTerritorialAddition) {
		t.Errorf("palliative: %v", d)
	}
	// Round trip through JSON.
	out, err := json.Marshal(tp)
	if err != nil {
		t.Fatal(err)
	}
	tp2, err := LoadTerritorial(out)
	if err != nil {
		t.Fatalf("reload %s: %v", out, err)
	}
	out2, _ := json.Marshal(tp2)
	if string(out) != string(out2) {
		t.Errorf("round trip:\n%s\n%s", out, out2)
	}
}

func TestTerritorialAdditionsUnderOMS(t *testing.T) {
	s := TerritorialFromBase(oms.Tatarstan, base2026, testAct)
	s.Classes = append(base2026.BaseClasses(), ClassMental)
	s.Care = append(base2026.BaseCare(), KindPalliativeSpecialised)
	s.Additions = []Addition{{Key: "hiv", NameRU: "ВИЧ-инфекция сверх базовой", Funding: FundingOMS,
		ICD: []ICD10Range{MustICD10Range("B20-B24")}, Citation: testAct}}
	pc := dec("30000")
	s.PerCapita = &pc
	// Shorter limits, as in the ТПГГ at docs.cntd.ru/document/460226494
	// (10 working days for specialists, 7 for diagnostics).
	s.Waits = []WaitLimit{{Kind: WaitSpecialist, Limit: 10, Unit: WorkingDays}, {Kind: WaitDiagnostics, Limit: 7, Unit: WorkingDays}}
	tp := mustTerritorial(t, s)
	d := tp.Validate()
	if !d.OK() {
		t.Fatalf("additions only: %v", d)
	}
	if f := d.Codes(); !slices.Contains(f, CodeTerritorialWaitShorter) || !slices.Contains(f, CodeTerritorialAddition) {
		t.Errorf("codes %v", f)
	}
	for _, c := range []string{"F32.1", "B20.0"} {
		if d := tp.Covers(MustParseICD10(c)); !d.OK() || !d.Has(CodeTerritorialAddition) {
			t.Errorf("%s: %v", c, d)
		}
	}
	if d := tp.Covers(MustParseICD10("A15.0")); d.OK() {
		t.Errorf("A15.0: %v", d)
	}
	if d := tp.IncludesCare(Care{Kind: KindPalliativeSpecialised}); !d.OK() {
		t.Errorf("palliative under ОМС: %v", d)
	}
	if d := tp.IncludesCare(Care{Kind: KindAirAmbulance}); d.OK() {
		t.Errorf("air ambulance: %v", d)
	}
	// DueBy with the region's shorter limit: appeal Thursday 19.03.2026,
	// 10 working days in Tatarstan's calendar (20.03.2026, Ураза-байрам, is
	// a day off there; Указ Раиса РТ, regions data) → 03.04.2026; in the
	// federal calendar → 02.04.2026.
	due, err := tp.DueBy(WaitSpecialist, at(2026, time.March, 19, 10, 0), nil)
	if err != nil || due.Day != date.New(2026, time.April, 3) {
		t.Errorf("due %v %v", due, err)
	}
	due, err = tp.DueBy(WaitSpecialist, at(2026, time.March, 19, 10, 0), calendar.Federal())
	if err != nil || due.Day != date.New(2026, time.April, 2) {
		t.Errorf("federal due %v %v", due, err)
	}
	if w, _ := tp.Wait(WaitSpecialist); w.Citation != testAct || w.Value.Event != EventAppeal {
		t.Errorf("own wait %+v", w)
	}
	if pc, _ := tp.PerCapita(); !pc.Value.Equal(dec("30000")) || pc.Citation != testAct {
		t.Errorf("own per capita %v", pc)
	}
}

func TestTerritorialRemovals(t *testing.T) {
	tests := []struct {
		name string
		edit func(*TerritorialSpec)
		code string
	}{
		{"class", func(s *TerritorialSpec) {
			s.Classes = slices.DeleteFunc(base2026.BaseClasses(), func(c Class) bool { return c == ClassEye })
		}, CodeTerritorialClassRemoved},
		{"care", func(s *TerritorialSpec) {
			s.Care = slices.DeleteFunc(base2026.BaseCare(), func(k CareKind) bool { return k == KindRehabilitation })
		}, CodeTerritorialCareRemoved},
		{"wait", func(s *TerritorialSpec) {
			s.Waits = []WaitLimit{{Kind: WaitPlannedSpecialised, Limit: 20, Unit: WorkingDays}}
		}, CodeTerritorialWaitLonger},
		{"wait in minutes", func(s *TerritorialSpec) { s.Waits = []WaitLimit{{Kind: WaitAmbulance, Limit: 40, Unit: Minutes}} }, CodeTerritorialWaitLonger},
		{"per capita", func(s *TerritorialSpec) { v := dec("24000"); s.PerCapita = &v }, CodeTerritorialPerCapitaLower},
	}
	for _, tt := range tests {
		s := TerritorialFromBase(oms.Saratov, base2026, testAct)
		tt.edit(&s)
		d := mustTerritorial(t, s).Validate()
		if d.OK() || !d.Has(tt.code) {
			t.Errorf("%s: %v", tt.name, d)
		}
		if f, _ := d.Find(tt.code); f.Citation.IsZero() {
			t.Errorf("%s: no citation", tt.name)
		}
	}
	// A longer regional limit does not lengthen the patient's wait: the
	// federal maximum applies.
	s := TerritorialFromBase(oms.Saratov, base2026, testAct)
	s.Waits = []WaitLimit{{Kind: WaitPlannedSpecialised, Limit: 20, Unit: WorkingDays}}
	if w, err := mustTerritorial(t, s).Wait(WaitPlannedSpecialised); err != nil || w.Value.Limit != 14 || w.Citation.Act != base2026.Decree().Act {
		t.Errorf("longer regional limit: %v %v", w, err)
	}
	s = TerritorialFromBase(oms.Saratov, base2026, testAct)
	s.Classes = []Class{ClassCirculatory}
	tp := mustTerritorial(t, s)
	if d := tp.Covers(MustParseICD10("H25.9")); d.OK() || !d.Has(CodeTerritorialClassRemoved) {
		t.Errorf("H25.9 in a programme without eye diseases: %v", d)
	}
	s.Care = []CareKind{KindAmbulance}
	if d := mustTerritorial(t, s).IncludesCare(Care{Kind: KindSpecialised}); d.OK() {
		t.Errorf("specialised care removed: %v", d)
	}
	// Against the rounded 2025 per-capita figure, a lower norm is only a warning.
	s = TerritorialFromBase(oms.Saratov, MustBase(date.New(2025, time.May, 1)), testAct)
	v := dec("22000")
	s.PerCapita = &v
	if d := mustTerritorial(t, s).Validate(); !d.OK() || !d.Has(CodeTerritorialPerCapitaLower) {
		t.Errorf("2025 per capita: %v", d)
	}
	// Lower volume: a warning (differentiation is allowed).
	s = TerritorialFromBase(oms.Saratov, MustBase(date.New(2024, time.May, 1)), testAct)
	s.Volumes = []NormValue{{NormDispensarisation, dec("0.3")}}
	s.UnitCosts = []NormValue{{NormAmbulance, dec("3000")}}
	if d := mustTerritorial(t, s).Validate(); !d.OK() || !d.Has(CodeTerritorialVolumeLower) {
		t.Errorf("2024 volume: %v", d)
	}
	// Different units that cannot be compared: a warning.
	s = TerritorialFromBase(oms.Saratov, base2026, testAct)
	s.Waits = []WaitLimit{{Kind: WaitSpecialist, Limit: 18, Unit: CalendarDays}, {Kind: WaitSpecialistCardio, Limit: 2, Unit: WorkingDays}}
	if d := mustTerritorial(t, s).Validate(); !d.OK() || !d.Has(CodeTerritorialWaitUnits) {
		t.Errorf("units: %v", d)
	}
	// A norm the base programme of the year lacks.
	s = TerritorialFromBase(oms.Saratov, MustBase(date.New(2025, time.May, 1)), testAct)
	s.Waits = []WaitLimit{{Kind: WaitSpecialistCardio, Limit: 5, Unit: WorkingDays}}
	tp = mustTerritorial(t, s)
	if d := tp.Validate(); !d.OK() {
		t.Errorf("extra norm: %v", d)
	}
	if w, err := tp.Wait(WaitSpecialistCardio); err != nil || w.Value.Event != EventAppeal {
		t.Errorf("extra norm wait: %v %v", w, err)
	}
}

// Karelia's ТП ОМС 2022 ambulance call cost, 3 204,77 roubles
// (kodeks.karelia.ru/api/table/406188854/P000C), with the federal volume
// 0,29 calls per insured person of the 2020–2022 programmes.
func TestTerritorialLines(t *testing.T) {
	s := TerritorialFromBase(10, MustBase(date.New(2022, time.March, 1)), oms.Citation{Act: "ТП ОМС Республики Карелия на 2022 год"})
	s.UnitCosts = []NormValue{{NormAmbulance, dec("3204.77")}}
	tp := mustTerritorial(t, s)
	lines := tp.Lines(FundingOMS)
	if len(lines) != 1 || !lines[0].Volume.Equal(dec("0.29")) {
		t.Fatalf("lines %v", lines)
	}
	if got := PerCapitaOf(lines...); !got.Equal(dec("929.38")) {
		t.Errorf("per capita %s", got)
	}
	s.Volumes = []NormValue{{NormAmbulance, dec("0.3")}}
	if got := PerCapitaOf(mustTerritorial(t, s).Lines(FundingOMS)...); !got.Equal(dec("961.43")) {
		t.Errorf("own volume: %s", got) // 0,3 × 3 204,77 = 961,431
	}
	s2 := TerritorialFromBase(10, MustBase(date.New(2025, time.March, 1)), testAct)
	if n := len(mustTerritorial(t, s2).Lines(FundingRegionalBudget)); n != 4 {
		t.Errorf("budget lines %d", n)
	}
}

func TestNewTerritorialErrors(t *testing.T) {
	ok := TerritorialFromBase(oms.Moscow, base2026, testAct)
	neg := dec("-1")
	tests := []struct {
		field string
		edit  func(*TerritorialSpec)
	}{
		{"region", func(s *TerritorialSpec) { s.Region = 0 }},
		{"year", func(s *TerritorialSpec) { s.Year = 2018 }},
		{"act.act", func(s *TerritorialSpec) { s.Act = oms.Citation{} }},
		{"classes[1]", func(s *TerritorialSpec) { s.Classes = []Class{ClassEye, 99} }},
		{"classes[1]", func(s *TerritorialSpec) { s.Classes = []Class{ClassEye, ClassEye} }},
		{"care[0]", func(s *TerritorialSpec) { s.Care = []CareKind{0} }},
		{"care[1]", func(s *TerritorialSpec) { s.Care = []CareKind{KindAmbulance, KindAmbulance} }},
		{"waits[0].kind", func(s *TerritorialSpec) { s.Waits = []WaitLimit{{Kind: 0, Limit: 1, Unit: Hours}} }},
		{"waits[0].limit", func(s *TerritorialSpec) { s.Waits = []WaitLimit{{Kind: WaitSpecialist, Limit: 0, Unit: Hours}} }},
		{"waits[0].unit", func(s *TerritorialSpec) { s.Waits = []WaitLimit{{Kind: WaitSpecialist, Limit: 1, Unit: 0}} }},
		{"waits[1].kind", func(s *TerritorialSpec) {
			s.Waits = []WaitLimit{{Kind: WaitSpecialist, Limit: 1, Unit: Hours}, {Kind: WaitSpecialist, Limit: 2, Unit: Hours}}
		}},
		{"per_capita", func(s *TerritorialSpec) { s.PerCapita = &neg }},
		{"volumes[0].item", func(s *TerritorialSpec) { s.Volumes = []NormValue{{Item: 0}} }},
		{"unit_costs[0].value", func(s *TerritorialSpec) { s.UnitCosts = []NormValue{{NormAmbulance, neg}} }},
		{"volumes[1].item", func(s *TerritorialSpec) {
			s.Volumes = []NormValue{{NormAmbulance, dec("1")}, {NormAmbulance, dec("2")}}
		}},
		{"additions[0].key", func(s *TerritorialSpec) { s.Additions = []Addition{{NameRU: "x", Funding: FundingOMS}} }},
		{"additions[0].name_ru", func(s *TerritorialSpec) { s.Additions = []Addition{{Key: "x", Funding: FundingOMS}} }},
		{"additions[0].funding", func(s *TerritorialSpec) {
			s.Additions = []Addition{{Key: "x", NameRU: "x", Funding: FundingFederalBudget}}
		}},
		{"additions[1].key", func(s *TerritorialSpec) {
			s.Additions = []Addition{{Key: "x", NameRU: "x", Funding: FundingOMS}, {Key: "x", NameRU: "y", Funding: FundingOMS}}
		}},
		{"additions[0].icd[0]", func(s *TerritorialSpec) {
			s.Additions = []Addition{{Key: "x", NameRU: "x", Funding: FundingOMS, ICD: []ICD10Range{{}}}}
		}},
		{"additions[0].care[0]", func(s *TerritorialSpec) {
			s.Additions = []Addition{{Key: "x", NameRU: "x", Funding: FundingOMS, Care: []CareKind{77}}}
		}},
	}
	for _, tt := range tests {
		s := ok
		tt.edit(&s)
		_, err := NewTerritorial(s)
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != tt.field || !errors.Is(err, ErrTerritorial) {
			t.Errorf("%s: %v", tt.field, err)
		}
	}
}

func TestLoadTerritorialErrors(t *testing.T) {
	tests := []struct{ json, field string }{
		{`{"region":"78","year":"2021"}`, "year"},
		{`{"region":"99x","year":2021}`, "region"},
		{`{"region":"78","year":2021,"colour":1}`, "colour"},
		{`{"region":"78","year":2021,"act":{"act":"x"},"classes":["eye","nose"]}`, "classes[1]"},
		{`{"region":"78","year":2021,"act":{"act":"x"},"care":["ambulance","teleport"]}`, "care[1]"},
		{`{"region":"78","year":2021,"act":{"act":"x"},"waits":[{"kind":"specialist","limit":10,"unit":"weeks"}]}`, "waits[0].unit"},
		{`{"region":"78","year":2021,"act":{"act":"x"},"waits":[{"kind":"queue","limit":10,"unit":"hours"}]}`, "waits[0].kind"},
		{`{"region":"78","year":2021,"act":{"act":"x"},"waits":[{"kind":"specialist","limit":0,"unit":"hours"}]}`, "waits[0].limit"},
		{`{"region":"78","year":2021,"act":{"act":"x"},"per_capita":"abc"}`, "per_capita"},
		{`{"region":"78","year":2021,"act":{"act":"x"},"per_capita":"1e999"}`, "per_capita"},
		{`{"region":"78","year":2021,"act":{"act":"x"},"volumes":[{"item":"ambulance","value":null}]}`, "volumes[0].value"},
		{`{"region":"78","year":2021,"act":{"act":"x"},"unit_costs":[{"item":"x","value":1}]}`, "unit_costs[0].item"},
		{`{"region":"78","year":2021,"act":{"act":"x"},"additions":[{"key":"a","name_ru":"a","funding":"oms","icd":["A15-A19","K02.12"]}]}`, "additions[0].icd[1]"},
		{`{"region":"78","year":2021,"act":{"act":"x"},"additions":[{"key":"a","name_ru":"a","funding":"cash"}]}`, "additions[0].funding"},
		{`{"region":"78","year":2021,"act":{"act":"x"},"additions":[{"key":"a","name_ru":"a","funding":"oms","care":["x"]}]}`, "additions[0].care[0]"},
		{`{"region":"78","year":2030,"act":{"act":"x"}}`, "year"},
		{`{"region":"78"`, "(document)"},
		{`{"region":"78","year":2021,"act":{"act":"x"}} {}`, "(document)"},
		{`[]`, "(document)"},
	}
	for _, tt := range tests {
		_, err := LoadTerritorial([]byte(tt.json))
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != tt.field || !errors.Is(err, ErrTerritorial) {
			t.Errorf("%s: %v (want field %s)", tt.json, err, tt.field)
		}
	}
	tp, err := LoadTerritorial([]byte(`{"region":"RU-TA","year":2026,"act":{"act":"x"},"per_capita":25000.5,"volumes":[{"item":"ambulance","value":"0.3"}],"unit_costs":[{"item":"ambulance","value":3500}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if pc, _ := tp.PerCapita(); !pc.Value.Equal(dec("25000.5")) || tp.Region() != oms.Tatarstan {
		t.Errorf("loaded %v", pc)
	}
}

// genTerritorialAdditions builds a spec for a random year that keeps the
// whole base programme and adds random things to it.
func genTerritorialAdditions(t *rapid.T) TerritorialSpec {
	year := rapid.IntRange(FirstYear, LastYear).Draw(t, "year")
	p := MustBase(date.New(year, time.January, 1))
	s := TerritorialFromBase(oms.Regions()[rapid.IntRange(0, len(oms.Regions())-1).Draw(t, "region")], p, testAct)
	if rapid.Bool().Draw(t, "explicit classes") {
		s.Classes = p.BaseClasses()
		if rapid.Bool().Draw(t, "mental") {
			s.Classes = append(s.Classes, ClassMental)
		}
	}
	if rapid.Bool().Draw(t, "explicit care") {
		s.Care = p.BaseCare()
		for _, k := range []CareKind{KindPalliativeMedical, KindAirAmbulance} {
			if rapid.Bool().Draw(t, "extra care "+k.String()) {
				s.Care = append(s.Care, k)
			}
		}
	}
	for _, w := range p.Waits() {
		if rapid.Bool().Draw(t, "shorter "+w.Value.Kind.String()) {
			s.Waits = append(s.Waits, WaitLimit{Kind: w.Value.Kind, Limit: rapid.IntRange(1, w.Value.Limit).Draw(t, "limit"), Unit: w.Value.Unit})
		}
	}
	if bp, err := p.PerCapita(); err == nil && rapid.Bool().Draw(t, "per capita") {
		v := bp.Value.Add(decimal.New(rapid.Int64Range(0, 1_000_000).Draw(t, "extra"), -2))
		s.PerCapita = &v
	}
	for i := range rapid.IntRange(0, 3).Draw(t, "additions") {
		a, b := genICD10().Draw(t, "a"), genICD10().Draw(t, "b")
		if b < a {
			a, b = b, a
		}
		s.Additions = append(s.Additions, Addition{
			Key: "add-" + string(rune('a'+i)), NameRU: "дополнение", Citation: testAct,
			Funding: []Funding{FundingOMS, FundingRegionalBudget}[rapid.IntRange(0, 1).Draw(t, "funding")],
			ICD:     []ICD10Range{{a, b}},
		})
	}
	return s
}

// Property: a territorial programme built from the base with only additions
// validates; removing anything from it never does.
func TestTerritorialValidateProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genTerritorialAdditions(t)
		tp, err := NewTerritorial(s)
		if err != nil {
			t.Fatal(err)
		}
		if d := tp.Validate(); !d.OK() {
			t.Fatalf("additions only: %v", d)
		}
		p := tp.Base()
		switch rapid.IntRange(0, 3).Draw(t, "removal") {
		case 0:
			cs := p.BaseClasses()
			i := rapid.IntRange(0, len(cs)-1).Draw(t, "class")
			s.Classes = slices.Delete(tp.Classes(), slices.Index(tp.Classes(), cs[i]), slices.Index(tp.Classes(), cs[i])+1)
		case 1:
			ks := p.BaseCare()
			k := ks[rapid.IntRange(0, len(ks)-1).Draw(t, "kind")]
			care := tp.Care()
			s.Care = slices.Delete(care, slices.Index(care, k), slices.Index(care, k)+1)
		case 2:
			ws := p.Waits()
			w := ws[rapid.IntRange(0, len(ws)-1).Draw(t, "wait")].Value
			s.Waits = slices.DeleteFunc(s.Waits, func(x WaitLimit) bool { return x.Kind == w.Kind })
			s.Waits = append(s.Waits, WaitLimit{Kind: w.Kind, Limit: w.Limit + rapid.IntRange(1, 30).Draw(t, "longer"), Unit: w.Unit})
		case 3:
			bp, err := p.PerCapita()
			if err != nil || bp.Unconfirmed {
				t.Skip("no confirmed per-capita norm for the year")
			}
			v := bp.Value.Sub(decimal.New(rapid.Int64Range(1, 1_000_000).Draw(t, "less"), -2))
			s.PerCapita = &v
		}
		tp2, err := NewTerritorial(s)
		if err != nil {
			t.Fatal(err)
		}
		if d := tp2.Validate(); d.OK() {
			t.Fatalf("removal validated: %v", d)
		}
	})
}

func FuzzLoadTerritorial(f *testing.F) {
	seed, err := os.ReadFile("testdata/spb-2021.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte(`{"region":"16","year":2026,"act":{"act":"x"},"classes":["eye"],"care":["ambulance"],"waits":[{"kind":"specialist","limit":10,"unit":"working-days"}],"per_capita":"25000","volumes":[{"item":"ambulance","value":0.3}]}`))
	f.Add([]byte(`{"region":"78","year":2021,"act":{"act":"x"},"additions":[{"key":"a","name_ru":"a","funding":"oms","icd":["A15–A19"]}]}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, data []byte) {
		tp, err := LoadTerritorial(data)
		if err != nil {
			if !errors.Is(err, ErrTerritorial) {
				t.Fatalf("error %v does not wrap ErrTerritorial", err)
			}
			return
		}
		_ = tp.Validate()
		_ = tp.Covers(MustParseICD10("A15.0"))
		out, err := json.Marshal(tp)
		if err != nil {
			t.Fatal(err)
		}
		tp2, err := LoadTerritorial(out)
		if err != nil {
			t.Fatalf("reload of %s: %v", out, err)
		}
		out2, _ := json.Marshal(tp2)
		if string(out) != string(out2) {
			t.Fatalf("round trip:\n%s\n%s", out, out2)
		}
	})
}
