package program

import (
	"errors"
	"fmt"
	"time"

	"github.com/rickb777/date"
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

// normRow is one number of a table of norms in one programme year.
type normRow struct {
	year        int
	value       string
	unconfirmed bool
}

// volumeData are the average volume norms the sources give (program.md
// §4.2). Only these are encoded; the day-hospital and inpatient 2024 values
// the spec marks L, and every year it lacks, are left out.
//
//   - NormAmbulance 0,29 calls per insured person: set for 2020–2022 by the
//     2020 programme (docs.cntd.ru 561724289, H, confirmed for 2020); the
//     2021–2022 programmes and 2023 were not read, and 2024–2026 are seen
//     only in territorial tables (M): unconfirmed.
//   - The 2024 primary-care items: the six-decimal federal values as
//     reproduced in a 2024–2026 territorial table (docs.cntd.ru 465762783);
//     that they equal the federal averages is M: unconfirmed.
//   - Budget items 2025: the «Средние нормативы» table of the 2025–2027
//     programme per 1 inhabitant (docs.kodeks.karelia.ru 407718221), M: the
//     document id is not confirmed as the federal decree.
var volumeData = [normItemEnd][]normRow{
	NormAmbulance: {
		{2020, "0.29", false}, {2021, "0.29", true}, {2022, "0.29", true}, {2023, "0.29", true},
		{2024, "0.29", true}, {2025, "0.29", true}, {2026, "0.29", true},
	},
	NormProphylacticExams:            {{2024, "0.311412", true}},
	NormDispensarisation:             {{2024, "0.388591", true}},
	NormOtherVisits:                  {{2024, "2.133264", true}},
	NormUrgentVisits:                 {{2024, "0.54", true}},
	NormDiseaseCases:                 {{2024, "1.7877", true}},
	NormDispensaryObservation:        {{2024, "0.261736", true}},
	NormBudgetPrimaryVisits:          {{2025, "0.73", true}},
	NormBudgetPrimaryDiseaseCases:    {{2025, "0.144", true}},
	NormBudgetPrimaryDayHospital:     {{2025, "0.00098", true}},
	NormBudgetSpecialisedDayHospital: {{2025, "0.00302", true}},
}

// unitCostData are the average unit-cost norms (roubles per unit of volume)
// the sources give. The federal ОМС unit costs for 2024–2026 could not be
// read (program.md open question 3) and are left out; only the 2025 budget
// items are known (same source and confidence as their volumes).
var unitCostData = [normItemEnd][]normRow{
	NormBudgetPrimaryVisits:          {{2025, "669.92", true}},
	NormBudgetPrimaryDiseaseCases:    {{2025, "1943.73", true}},
	NormBudgetPrimaryDayHospital:     {{2025, "16367.60", true}},
	NormBudgetSpecialisedDayHospital: {{2025, "20983.40", true}},
}

// perCapitaData is the average per-capita norm of financing of the base
// programme of ОМС, roubles per insured person per year (program.md §4.2):
//   - 2026: 24 922,9 — quoted from the programme by nashi-novosti.ru and by
//     the Minister (RIA 02.02.2026), H.
//   - 2025: about 22 500 ("22,5 тысячи рублей", nashi-novosti.ru), a rounded
//     figure: unconfirmed.
//
// The 2024 figure of 17 932,5 is a norm for calculating subventions, not
// the programme's average, and is left out.
var perCapitaData = []normRow{
	{2025, "22500", true},
	{2026, "24922.9", false},
}

func normTimeline(rows []normRow, section func(*Programme) oms.Citation) oms.Timeline[decimal.Decimal] {
	var vs []oms.Dated[decimal.Decimal]
	for _, r := range rows {
		p := &programmes[r.year-FirstYear]
		from, _ := p.InForce()
		vs = append(vs, oms.Dated[decimal.Decimal]{
			From: from, Value: decimal.RequireFromString(r.value),
			Citation: section(p), Unconfirmed: r.unconfirmed,
		})
	}
	if len(vs) == 0 {
		return oms.Timeline[decimal.Decimal]{}
	}
	// A year without a row has no value: end each timeline after the last
	// year given, and leave gaps as separate checks in lookups.
	last := rows[len(rows)-1].year
	return oms.MustTimeline(vs...).Until(date.New(last, time.December, 31))
}

func normTimelines(data *[normItemEnd][]normRow) (out [normItemEnd]oms.Timeline[decimal.Decimal]) {
	for i := NormItem(1); i < normItemEnd; i++ {
		out[i] = normTimeline(data[i], (*Programme).sectionNorms)
	}
	return out
}

var (
	volumeTimelines   = normTimelines(&volumeData)
	unitCostTimelines = normTimelines(&unitCostData)
	perCapitaTimeline = normTimeline(perCapitaData, (*Programme).sectionNorms)
)

// ErrNoNorm is returned (wrapped) when the library has no value of a norm
// for the programme's year: the sources did not give it, and the library
// does not invent it.
var ErrNoNorm = errors.New("program: the library has no value of this norm for the year")

func (p *Programme) normAt(tl oms.Timeline[decimal.Decimal], rows []normRow, what string) (oms.Dated[decimal.Decimal], error) {
	has := false
	for _, r := range rows {
		if r.year == p.year {
			has = true
		}
	}
	if !has {
		return oms.Dated[decimal.Decimal]{}, fmt.Errorf("program: %s: %s: %w", p, what, ErrNoNorm)
	}
	from, _ := p.InForce()
	return tl.At(from)
}

// Volume returns the average volume norm of item for the programme year:
// units per insured person (ОМС items) or per inhabitant (budget items).
// The error wraps ErrNoNorm when the library has no value for the year.
func (p *Programme) Volume(item NormItem) (oms.Dated[decimal.Decimal], error) {
	if !item.valid() {
		return oms.Dated[decimal.Decimal]{}, fmt.Errorf("program: invalid norm item %d: %w", uint8(item), ErrNoNorm)
	}
	return p.normAt(volumeTimelines[item], volumeData[item], "volume norm "+item.String())
}

// UnitCost returns the average norm of financial costs per unit of volume
// of item, in roubles. The error wraps ErrNoNorm when the library has no
// value for the year (all ОМС items: the federal tables were not read).
func (p *Programme) UnitCost(item NormItem) (oms.Dated[decimal.Decimal], error) {
	if !item.valid() {
		return oms.Dated[decimal.Decimal]{}, fmt.Errorf("program: invalid norm item %d: %w", uint8(item), ErrNoNorm)
	}
	return p.normAt(unitCostTimelines[item], unitCostData[item], "unit-cost norm "+item.String())
}

// PerCapita returns the average per-capita norm of financing of the base
// programme of ОМС, roubles per insured person per year. The error wraps
// ErrNoNorm for years the library has no value for (2019–2024).
func (p *Programme) PerCapita() (oms.Dated[decimal.Decimal], error) {
	return p.normAt(perCapitaTimeline, perCapitaData, "per-capita norm")
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
