package program

import (
	"errors"
	"testing"
	"time"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// Values of program.md §4.2.
func TestNormValues(t *testing.T) {
	p2024 := MustBase(date.New(2024, time.June, 1))
	p2025 := MustBase(date.New(2025, time.June, 1))
	tests := []struct {
		p      *Programme
		item   NormItem
		want   string
		unconf bool
	}{
		{MustBase(date.New(2020, time.June, 1)), NormAmbulance, "0.29", false}, // docs.cntd.ru 561724289
		{base2026, NormAmbulance, "0.29", true},
		{p2024, NormProphylacticExams, "0.311412", true}, // docs.cntd.ru 465762783
		{p2024, NormDispensarisation, "0.388591", true},
		{p2024, NormOtherVisits, "2.133264", true},
		{p2024, NormUrgentVisits, "0.54", true},
		{p2024, NormDiseaseCases, "1.7877", true},
		{p2024, NormDispensaryObservation, "0.261736", true},
		{p2025, NormBudgetPrimaryVisits, "0.73", true}, // docs.kodeks.karelia.ru 407718221
	}
	for _, tt := range tests {
		v, err := tt.p.Volume(tt.item)
		if err != nil || !v.Value.Equal(dec(tt.want)) || v.Unconfirmed != tt.unconf {
			t.Errorf("%d %s = %v (%v), %v", tt.p.Year(), tt.item, v.Value, v.Unconfirmed, err)
		}
		if v.Citation.Act != tt.p.Decree().Act {
			t.Errorf("%d %s cites %v", tt.p.Year(), tt.item, v.Citation)
		}
	}
	// Left out rather than invented.
	for _, q := range []func() error{
		func() error { _, err := MustBase(date.New(2019, time.June, 1)).Volume(NormAmbulance); return err },
		func() error { _, err := p2025.Volume(NormProphylacticExams); return err },
		func() error { _, err := base2026.UnitCost(NormAmbulance); return err },
		func() error { _, err := p2024.PerCapita(); return err },
		func() error { _, err := base2026.Volume(0); return err },
		func() error { _, err := base2026.UnitCost(99); return err },
	} {
		if err := q(); !errors.Is(err, ErrNoNorm) {
			t.Errorf("want ErrNoNorm, got %v", err)
		}
	}
	pc, err := base2026.PerCapita()
	if err != nil || !pc.Value.Equal(dec("24922.9")) || pc.Unconfirmed {
		t.Errorf("2026 per capita %v %v", pc, err) // RIA 02.02.2026, Murashko
	}
	pc, err = p2025.PerCapita()
	if err != nil || !pc.Value.Equal(dec("22500")) || !pc.Unconfirmed {
		t.Errorf("2025 per capita %v %v", pc, err)
	}
}

// The 2025 budget lines: 0,73 × 669,92 + 0,144 × 1 943,73 + 0,00098 × 16 367,60
// + 0,00302 × 20 983,40 = 489,0416 + 279,89712 + 16,040248 + 63,369868
// = 848,348836 → 848,35 roubles per inhabitant (for these four lines only).
func TestPerCapitaOf(t *testing.T) {
	lines := MustBase(date.New(2025, time.June, 1)).Lines(FundingRegionalBudget)
	if len(lines) != 4 {
		t.Fatalf("%d lines", len(lines))
	}
	if got := PerCapitaOf(lines...); !got.Equal(dec("848.35")) {
		t.Errorf("per capita %s", got)
	}
	// Karelia ТП ОМС 2022: ambulance 0,29 calls × 3 204,77 roubles
	// (kodeks.karelia.ru/api/table/406188854/P000C) = 929,3833 → 929,38.
	amb := Line{Item: NormAmbulance, Volume: dec("0.29"), UnitCost: dec("3204.77")}
	if got := PerCapitaOf(amb); !got.Equal(dec("929.38")) {
		t.Errorf("Karelia ambulance %s", got)
	}
	// Total for a round 600 000 insured persons (arithmetic only): 929,38 × 600 000.
	if got := Total(PerCapitaOf(amb), 600000); !got.Equal(dec("557628000")) {
		t.Errorf("total %s", got)
	}
	// Half away from zero at the kopeck.
	if got := PerCapitaOf(Line{Volume: dec("1"), UnitCost: dec("0.005")}); !got.Equal(dec("0.01")) {
		t.Errorf("rounding %s", got)
	}
	if got := Total(dec("24922.9"), 2); !got.Equal(dec("49845.8")) {
		t.Errorf("total %s", got)
	}
	if len(base2026.Lines(FundingOMS)) != 0 {
		t.Error("no ОМС unit costs are known")
	}
}

// Property: the per-capita amount does not depend on the order of lines and
// is within half a kopeck of the exact sum.
func TestPerCapitaProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(0, 6).Draw(t, "n")
		lines := make([]Line, n)
		exact := decimal.Zero
		for i := range lines {
			v := decimal.New(rapid.Int64Range(0, 5_000_000).Draw(t, "v"), -6)
			c := decimal.New(rapid.Int64Range(0, 10_000_000).Draw(t, "c"), -2)
			lines[i] = Line{Volume: v, UnitCost: c}
			exact = exact.Add(v.Mul(c))
		}
		got := PerCapitaOf(lines...)
		rev := make([]Line, n)
		for i := range lines {
			rev[n-1-i] = lines[i]
		}
		if !PerCapitaOf(rev...).Equal(got) {
			t.Fatal("order matters")
		}
		if got.Sub(exact).Abs().GreaterThan(dec("0.005")) || got.Exponent() < -2 {
			t.Fatalf("%s vs exact %s", got, exact)
		}
	})
}

func TestNormItemNames(t *testing.T) {
	for _, i := range NormItems() {
		b, err := i.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back NormItem
		if err := back.UnmarshalText(b); err != nil || back != i || i.NameRU() == "" || i.UnitRU() == "" || i.Funding() == 0 {
			t.Errorf("item %s", i)
		}
	}
	var n NormItem
	if n.UnmarshalText([]byte("x")) == nil || n.NameRU() != "" || n.UnitRU() != "" || n.Funding() != 0 || n.String() != "NormItem(0)" {
		t.Error("invalid item")
	}
	if b, err := n.MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero item (not given) marshals as %q, %v; want empty text", b, err)
	}
	if _, err := NormItem(200).MarshalText(); err == nil {
		t.Error("invalid item marshals")
	}
}
