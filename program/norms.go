package program

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/omsrules/oms"
)

// A NormItem is a line of the programme's tables of average norms: a kind
// of care with its unit of volume, financed either by ОМС (norms per insured
// person) or by budgets (norms per inhabitant). Source: program.md §4.1.
type NormItem uint8

// The norm items the library has numbers for.
const (
	// ОМС, per insured person per year.
	NormAmbulance             NormItem = iota + 1 // скорая медицинская помощь, вызовов
	NormProphylacticExams                         // профилактические медицинские осмотры, комплексных посещений
	NormDispensarisation                          // диспансеризация, комплексных посещений
	NormOtherVisits                               // посещения с иными целями, посещений
	NormUrgentVisits                              // медицинская помощь в неотложной форме, посещений
	NormDiseaseCases                              // обращения в связи с заболеваниями, обращений
	NormDispensaryObservation                     // диспансерное наблюдение, комплексных посещений

	// Budgets of the federal subjects, per inhabitant per year.
	NormBudgetPrimaryVisits          // ПМСП с профилактической и иными целями, посещений
	NormBudgetPrimaryDiseaseCases    // ПМСП в связи с заболеваниями, обращений
	NormBudgetPrimaryDayHospital     // ПМСП в условиях дневного стационара, случаев лечения
	NormBudgetSpecialisedDayHospital // специализированная помощь в условиях дневного стационара, случаев лечения
	normItemEnd
)

var normItemTable = [...]struct {
	key, ru, unit string
	funding       Funding
}{
	NormAmbulance:             {"ambulance", "скорая, в том числе скорая специализированная, медицинская помощь (вне медицинской организации, включая медицинскую эвакуацию)", "вызов", FundingOMS},
	NormProphylacticExams:     {"prophylactic-exams", "проведение профилактических медицинских осмотров", "комплексное посещение", FundingOMS},
	NormDispensarisation:      {"dispensarisation", "проведение диспансеризации", "комплексное посещение", FundingOMS},
	NormOtherVisits:           {"other-visits", "посещения с иными целями", "посещение", FundingOMS},
	NormUrgentVisits:          {"urgent-visits", "медицинская помощь в неотложной форме", "посещение", FundingOMS},
	NormDiseaseCases:          {"disease-cases", "в связи с заболеваниями", "обращение", FundingOMS},
	NormDispensaryObservation: {"dispensary-observation", "диспансерное наблюдение", "комплексное посещение", FundingOMS},
	NormBudgetPrimaryVisits: {"budget-primary-visits",
		"первичная медико-санитарная помощь в амбулаторных условиях с профилактической и иными целями", "посещение", FundingRegionalBudget},
	NormBudgetPrimaryDiseaseCases: {"budget-primary-disease-cases",
		"первичная медико-санитарная помощь в амбулаторных условиях в связи с заболеваниями", "обращение", FundingRegionalBudget},
	NormBudgetPrimaryDayHospital: {"budget-primary-day-hospital",
		"первичная медико-санитарная помощь в условиях дневного стационара", "случай лечения", FundingRegionalBudget},
	NormBudgetSpecialisedDayHospital: {"budget-specialised-day-hospital",
		"специализированная медицинская помощь в условиях дневного стационара", "случай лечения", FundingRegionalBudget},
}

// NormItems returns every norm item the package knows.
func NormItems() []NormItem {
	out := make([]NormItem, 0, normItemEnd-1)
	for i := NormItem(1); i < normItemEnd; i++ {
		out = append(out, i)
	}
	return out
}

func (n NormItem) valid() bool { return n != 0 && n < normItemEnd }

// NameRU returns the line of the norms table, in Russian.
func (n NormItem) NameRU() string {
	if !n.valid() {
		return ""
	}
	return normItemTable[n].ru
}

// UnitRU returns the unit of volume: "вызов", "посещение", "обращение", ...
func (n NormItem) UnitRU() string {
	if !n.valid() {
		return ""
	}
	return normItemTable[n].unit
}

// Funding returns FundingOMS for the base-programme items (per insured
// person) and FundingRegionalBudget for the budget items (per inhabitant).
func (n NormItem) Funding() Funding {
	if !n.valid() {
		return 0
	}
	return normItemTable[n].funding
}

// String returns the stable key, such as "ambulance".
func (n NormItem) String() string {
	if !n.valid() {
		return fmt.Sprintf("NormItem(%d)", uint8(n))
	}
	return normItemTable[n].key
}

// MarshalText implements encoding.TextMarshaler with the stable key.
func (n NormItem) MarshalText() ([]byte, error) {
	if !n.valid() {
		return nil, fmt.Errorf("program: invalid norm item %d", uint8(n))
	}
	return []byte(normItemTable[n].key), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (n *NormItem) UnmarshalText(b []byte) error {
	for i := NormItem(1); i < normItemEnd; i++ {
		if normItemTable[i].key == string(b) {
			*n = i
			return nil
		}
	}
	return fmt.Errorf("program: unknown norm item %q", b)
}

// A normEntry is a programme's value of one norm; ok is false when the
// library has no value for the year.
type normEntry struct {
	dated oms.Dated[decimal.Decimal]
	ok    bool
}

// ErrNoNorm is returned (wrapped) when the library has no value of a norm
// for the programme's year: the sources did not give it, and the library
// does not invent it.
var ErrNoNorm = errors.New("program: the library has no value of this norm for the year")

func (p *Programme) normAt(e normEntry, what string) (oms.Dated[decimal.Decimal], error) {
	if !e.ok {
		return oms.Dated[decimal.Decimal]{}, fmt.Errorf("program: %s: %s: %w", p, what, ErrNoNorm)
	}
	return e.dated, nil
}

// Volume returns the average volume norm of item for the programme year:
// units per insured person (ОМС items) or per inhabitant (budget items).
// The error wraps ErrNoNorm when the library has no value for the year.
func (p *Programme) Volume(item NormItem) (oms.Dated[decimal.Decimal], error) {
	if !item.valid() {
		return oms.Dated[decimal.Decimal]{}, fmt.Errorf("program: invalid norm item %d: %w", uint8(item), ErrNoNorm)
	}
	return p.normAt(p.volumes[item], "volume norm "+item.String())
}

// UnitCost returns the average norm of financial costs per unit of volume
// of item, in roubles. The error wraps ErrNoNorm when the library has no
// value for the year (all ОМС items: the federal tables were not read).
func (p *Programme) UnitCost(item NormItem) (oms.Dated[decimal.Decimal], error) {
	if !item.valid() {
		return oms.Dated[decimal.Decimal]{}, fmt.Errorf("program: invalid norm item %d: %w", uint8(item), ErrNoNorm)
	}
	return p.normAt(p.unitCosts[item], "unit-cost norm "+item.String())
}

// PerCapita returns the average per-capita norm of financing of the base
// programme of ОМС, roubles per insured person per year. The error wraps
// ErrNoNorm for years the library has no value for (2019–2024).
func (p *Programme) PerCapita() (oms.Dated[decimal.Decimal], error) {
	return p.normAt(p.perCapita, "per-capita norm")
}

// A Line is one line of a per-capita calculation: a volume norm per person
// and the cost of one unit.
type Line struct {
	Item     NormItem        `json:"item"`      // the line of the norms table (informative)
	Volume   decimal.Decimal `json:"volume"`    // units per person per year
	UnitCost decimal.Decimal `json:"unit_cost"` // roubles per unit
}

// Lines returns the lines of the programme for which it has both a volume
// and a unit cost, for the given funding, in NormItem order.
func (p *Programme) Lines(f Funding) []Line {
	var out []Line
	for i := NormItem(1); i < normItemEnd; i++ {
		if i.Funding() != f {
			continue
		}
		v, err1 := p.Volume(i)
		c, err2 := p.UnitCost(i)
		if err1 == nil && err2 == nil {
			out = append(out, Line{Item: i, Volume: v.Value, UnitCost: c.Value})
		}
	}
	return out
}

// PerCapitaOf returns the per-capita financing of the lines: the sum of
// volume × unit cost, computed exactly and rounded once, to kopecks (two
// decimals), half away from zero.
//
// Rounding: the programme's own norms are stated in roubles and kopecks (or
// to 0,1 rouble), and the methodological recommendations for territorial
// programmes compute the per-capita norm as the sum of products of volume
// and unit cost (program.md §4.3); no act the library's sources hold fixes a
// rounding rule. Summing exact products and rounding once half away from
// zero (the arithmetic rounding of Russian accounting) keeps the error
// under half a kopeck and is independent of the order of lines.
func PerCapitaOf(lines ...Line) decimal.Decimal {
	sum := decimal.Zero
	for _, l := range lines {
		sum = sum.Add(l.Volume.Mul(l.UnitCost))
	}
	return sum.Round(2)
}

// Total returns the financing for a number of persons: the per-capita
// amount, first rounded to kopecks as PerCapitaOf rounds, times the number
// of persons. Rounding the per-capita amount first follows the subvention
// formula (published per-capita norm × number of insured persons), so the
// total is exactly a whole number of kopecks times persons.
func Total(perCapita decimal.Decimal, persons int64) decimal.Decimal {
	return perCapita.Round(2).Mul(decimal.NewFromInt(persons))
}
