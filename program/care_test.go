package program

import (
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date"
)

// What the base programme includes, program.md §2.4 and law.md §1.3
// (326-ФЗ art. 35; section II of docs.cntd.ru/document/1304475562).
func TestIncludesCare(t *testing.T) {
	in := []CareKind{KindPrimaryPreMedical, KindPrimaryMedical, KindPrimarySpecialised, KindSpecialised,
		KindHighTechOMS, KindAmbulance, KindAmbulanceSpecialised, KindRehabilitation, KindLowMobilityDispensarisation}
	out := map[CareKind]Funding{
		KindAirAmbulance:          FundingRegionalBudget,
		KindHighTechOther:         FundingFederalBudget,
		KindPalliativePreMedical:  FundingRegionalBudget,
		KindPalliativeMedical:     FundingRegionalBudget,
		KindPalliativeSpecialised: FundingRegionalBudget,
		KindClinicalApprobation:   FundingFederalBudget,
	}
	for _, k := range in {
		d := base2026.IncludesCare(Care{Kind: k})
		if !d.OK() || !d.Has(CodeCareBase) {
			t.Errorf("%s: %v", k, d)
		}
		if f, _ := d.Find(CodeCareBase); f.Citation != citeArt35 {
			t.Errorf("%s: citation %v", k, f.Citation)
		}
	}
	for k, fund := range out {
		d := base2026.IncludesCare(Care{Kind: k})
		if d.OK() || !d.Has(CodeCareExcluded) {
			t.Errorf("%s: %v", k, d)
		}
		if got := base2026.BaseFunding(k); got != fund {
			t.Errorf("%s: funding %s, want %s", k, got, fund)
		}
	}
	if got := len(base2026.BaseCare()); got != len(in) {
		t.Errorf("BaseCare has %d kinds, want %d", got, len(in))
	}
	if len(CareKinds()) != len(in)+len(out) {
		t.Error("CareKinds incomplete")
	}
}

// ПП РФ № 1365 of 04.09.2025 added hospitalisation of low-mobility people for
// dispensarisation to section IV (abakan-gazeta.ru 29.12.2025).
func TestLowMobilityAmendment(t *testing.T) {
	c := Care{Kind: KindLowMobilityDispensarisation}
	if d := MustBase(date.New(2024, time.June, 1)).IncludesCare(c); d.OK() {
		t.Errorf("2024: %v", d)
	}
	d := MustBase(date.New(2025, time.June, 1)).IncludesCare(c)
	if !d.OK() || !d.Has(CodeCareNotYet) {
		t.Errorf("2025: %v", d)
	}
}

// Palliative care is outside the base programme by default, unconfirmed:
// the base-programme wordings seen do not name it, and section II lists it
// among the types of free care (law-addendum.md §2, [S/U]; law.md §1.3 [U];
// docs.cntd.ru/document/1304475562/titles/7DC0K7). The finding cites
// section IV of the year's programme, not art. 35, whose text was not read.
func TestPalliativeUnconfirmed(t *testing.T) {
	for _, k := range []CareKind{KindPalliativePreMedical, KindPalliativeMedical, KindPalliativeSpecialised} {
		d := base2026.IncludesCare(Care{Kind: k})
		f, ok := d.Find(CodeCareExcluded)
		if d.OK() || !ok || !f.Unconfirmed || f.Citation != base2026.sectionIV() || f.Citation.Act != "ПП РФ № 2188 от 29.12.2025" {
			t.Errorf("%s: %+v", k, f)
		}
		in := base2026.WithCoverageRules(CoverageRules{PalliativeInBase: true}).IncludesCare(Care{Kind: k})
		g, ok := in.Find(CodeCareBase)
		if !in.OK() || !ok || !g.Unconfirmed || !strings.Contains(g.RU, "PalliativeInBase") || strings.Contains(g.RU, "не ") {
			t.Errorf("%s in base by the rule: %+v", k, g)
		}
	}
	// The other exclusions keep art. 35 and stay certain.
	f, _ := base2026.IncludesCare(Care{Kind: KindAirAmbulance}).Find(CodeCareExcluded)
	if f.Unconfirmed || f.Citation != citeArt35 {
		t.Errorf("air ambulance: %+v", f)
	}
}

func TestPalliativeRule(t *testing.T) {
	p := base2026.WithCoverageRules(CoverageRules{PalliativeInBase: true})
	if d := p.IncludesCare(Care{Kind: KindPalliativeMedical}); !d.OK() {
		t.Errorf("palliative with the rule: %v", d)
	}
	if d := p.IncludesCare(Care{Kind: KindAirAmbulance}); d.OK() {
		t.Errorf("air ambulance with the palliative rule: %v", d)
	}
}

func TestIncludesCareConditionsForms(t *testing.T) {
	d := base2026.IncludesCare(Care{Kind: KindAmbulance, Condition: ConditionOutsideMO, Form: FormEmergency})
	if !d.OK() || d.Has(CodeCareCondition) || d.Has(CodeCareForm) {
		t.Errorf("ambulance outside MO, emergency: %v", d)
	}
	d = base2026.IncludesCare(Care{Kind: KindAmbulance, Condition: ConditionDayHospital, Form: FormPlanned})
	if !d.OK() || !d.Has(CodeCareCondition) || !d.Has(CodeCareForm) {
		t.Errorf("ambulance in a day hospital, planned: %v", d)
	}
	if d := base2026.IncludesCare(Care{Kind: KindSpecialised, Condition: 9}); d.OK() {
		t.Errorf("unknown condition: %v", d)
	}
	if d := base2026.IncludesCare(Care{}); d.OK() || !d.Has(CodeCareInvalid) {
		t.Errorf("zero care: %v", d)
	}
}

func TestCareNames(t *testing.T) {
	for _, ty := range CareTypes() {
		if ty.NameRU() == "" || ty.NameEN() == "" || ty.String() == "" {
			t.Errorf("type %d unnamed", ty)
		}
	}
	if TypePrimary.NameRU() != "первичная медико-санитарная помощь, в том числе первичная доврачебная, первичная врачебная и первичная специализированная медицинская помощь" {
		t.Error("section II wording of primary care")
	}
	for _, k := range CareKinds() {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back CareKind
		if err := back.UnmarshalText(b); err != nil || back != k || k.NameRU() == "" || k.NameEN() == "" {
			t.Errorf("kind %s: %v", k, err)
		}
	}
	if len(KindRehabilitation.Types()) != 2 || KindClinicalApprobation.Types() != nil {
		t.Error("kind types")
	}
	for _, c := range Conditions() {
		if c.NameRU() == "" || c.DefinitionRU() == "" || c.NameEN() == "" || c.String() == "" {
			t.Errorf("condition %d", c)
		}
	}
	for _, f := range Forms() {
		if f.NameRU() == "" || f.DefinitionRU() == "" || f.NameEN() == "" || f.String() == "" {
			t.Errorf("form %d", f)
		}
	}
	var k CareKind
	if k.UnmarshalText([]byte("x")) == nil || k.IsValid() || k.NameRU() != "" || k.Types() != nil || k.String() != "CareKind(0)" {
		t.Error("invalid kind")
	}
	if b, err := k.MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("the zero kind (not given) marshals as %q, %v; want empty text", b, err)
	}
	if _, err := CareKind(200).MarshalText(); err == nil {
		t.Error("invalid kind marshals")
	}
	var f Funding
	if f.UnmarshalText([]byte("oms")) != nil || f != FundingOMS || f.NameRU() == "" {
		t.Error("funding text")
	}
	if f.UnmarshalText([]byte("x")) == nil || Funding(0).String() != "Funding(0)" || Funding(0).NameRU() != "" {
		t.Error("invalid funding")
	}
	if _, err := Funding(9).MarshalText(); err == nil {
		t.Error("invalid funding marshals")
	}
	if CareType(0).NameRU() != "" || CareType(0).NameEN() != "" || CareType(0).String() != "CareType(0)" ||
		Condition(0).NameRU() != "" || Condition(0).DefinitionRU() != "" || Condition(0).NameEN() != "" || Condition(0).String() != "Condition(0)" ||
		Form(0).NameRU() != "" || Form(0).DefinitionRU() != "" || Form(0).NameEN() != "" || Form(0).String() != "Form(0)" {
		t.Error("invalid enums")
	}
}
