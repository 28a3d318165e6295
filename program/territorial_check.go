package program

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/omsrules/oms"
)

// Validate lists every way the programme falls below the base programme of
// its year, each a Violation with its citation: a class of section III or a
// kind of care of the base programme left out; a waiting time longer than
// the federal one; a per-capita norm below the base one. A volume or unit
// cost below the federal average is a Warning: federal averages may be
// differentiated for the region (program.md §4.3, M). Limits in different
// units that cannot be compared for certain are a Warning. Additions and
// shorter limits are Info findings. The decision is OK when the programme
// keeps all of the base programme.
func (t *Territorial) Validate() oms.Decision {
	var fs oms.DecisionBuilder
	t.checkRemovals(&fs)
	t.checkWaits(&fs)
	t.checkNorms(&fs)
	t.listAdditions(&fs)
	if fs.Len() == 0 || fs.OK() {
		fs.Add(oms.Finding{Code: CodeTerritorialMeetsBase, Severity: oms.Info,
			RU:       "территориальная программа ОМС включает базовую программу в полном объеме",
			EN:       "the territorial ОМС programme includes the whole base programme",
			Citation: citeArt36}, oms.Finding{Code: CodeTerritorialPGG, Severity: oms.Info,
			RU: "территориальная программа государственных гарантий", EN: "territorial programme of state guarantees",
			Citation: citeArt81})
	}
	return fs.Decision()
}

// checkRemovals reports the classes and kinds of care of the base
// programme the region left out.
func (t *Territorial) checkRemovals(fs *oms.DecisionBuilder) {
	b := t.base
	for _, c := range b.BaseClasses() {
		if !slices.Contains(t.classes, c) {
			fs.Add(oms.Finding{Code: CodeTerritorialClassRemoved, Severity: oms.Violation,
				RU:       fmt.Sprintf("из программы исключен п. %d раздела III базовой программы: %s", c.Number(), c.NameRU()),
				EN:       fmt.Sprintf("item %d of section III of the base programme is left out: %s", c.Number(), c.NameEN()),
				Citation: citeArt36})
		}
	}
	for _, k := range b.BaseCare() {
		if !slices.Contains(t.care, k) {
			fs.Add(oms.Finding{Code: CodeTerritorialCareRemoved, Severity: oms.Violation,
				RU:       "из программы исключен вид медицинской помощи базовой программы: " + k.NameRU(),
				EN:       "a kind of care of the base programme is left out: " + k.NameEN(),
				Citation: citeArt36})
		}
	}
}

// checkWaits compares the region's waiting times with the federal ones.
func (t *Territorial) checkWaits(fs *oms.DecisionBuilder) {
	b := t.base
	for _, w := range t.spec.Waits {
		bw, err := b.Wait(w.Kind)
		tw := Wait{Kind: w.Kind, Limit: w.Limit, Unit: w.Unit}
		if err != nil {
			fs.Add(oms.Finding{Code: CodeTerritorialWaitShorter, Severity: oms.Info,
				RU:       "установлен срок ожидания, которого нет в федеральной программе: " + w.Kind.NameRU(),
				EN:       "a waiting time the federal programme does not set: " + w.Kind.String(),
				Citation: t.spec.Act})
			continue
		}
		longer, doubtful := compareWait(tw, bw.Value)
		switch {
		case longer:
			fs.Add(oms.Finding{Code: CodeTerritorialWaitLonger, Severity: oms.Violation,
				RU: fmt.Sprintf("срок ожидания «%s» (%d %s) больше федерального (%d %s)", w.Kind.NameRU(),
					w.Limit, waitUnitNames[w.Unit].ru, bw.Value.Limit, waitUnitNames[bw.Value.Unit].ru),
				EN: fmt.Sprintf("waiting time %s (%d %s) is longer than the federal %d %s", w.Kind,
					w.Limit, w.Unit, bw.Value.Limit, bw.Value.Unit),
				Citation: bw.Citation, Unconfirmed: bw.Unconfirmed})
		case doubtful:
			fs.Add(oms.Finding{Code: CodeTerritorialWaitUnits, Severity: oms.Warning,
				RU: fmt.Sprintf("срок ожидания «%s» задан в других единицах (%d %s), чем федеральный (%d %s); сравнить точно нельзя",
					w.Kind.NameRU(), w.Limit, waitUnitNames[w.Unit].ru, bw.Value.Limit, waitUnitNames[bw.Value.Unit].ru),
				EN: fmt.Sprintf("waiting time %s is in other units (%d %s) than the federal one (%d %s) and cannot be compared for certain",
					w.Kind, w.Limit, w.Unit, bw.Value.Limit, bw.Value.Unit),
				Citation: bw.Citation, Unconfirmed: true})
		default:
			fs.Add(oms.Finding{Code: CodeTerritorialWaitShorter, Severity: oms.Info,
				RU: fmt.Sprintf("срок ожидания «%s»: %d %s (федеральный: %d %s)", w.Kind.NameRU(),
					w.Limit, waitUnitNames[w.Unit].ru, bw.Value.Limit, waitUnitNames[bw.Value.Unit].ru),
				EN:       fmt.Sprintf("waiting time %s: %d %s (federal: %d %s)", w.Kind, w.Limit, w.Unit, bw.Value.Limit, bw.Value.Unit),
				Citation: t.spec.Act})
		}
	}
}

// checkNorms compares the region's norms with the base programme's.
func (t *Territorial) checkNorms(fs *oms.DecisionBuilder) {
	b := t.base
	if t.spec.PerCapita != nil {
		if bp, err := b.PerCapita(); err == nil && t.spec.PerCapita.LessThan(bp.Value) {
			// Against a base value the sources give only roughly, a lower
			// norm is a Warning, not a Violation.
			sev := oms.Violation
			if bp.Unconfirmed {
				sev = oms.Warning
			}
			fs.Add(oms.Finding{Code: CodeTerritorialPerCapitaLower, Severity: sev,
				RU:       fmt.Sprintf("подушевой норматив ТП ОМС %s руб. ниже норматива базовой программы %s руб.", t.spec.PerCapita.String(), bp.Value.String()),
				EN:       fmt.Sprintf("per-capita norm %s roubles is below the base programme's %s", t.spec.PerCapita.String(), bp.Value.String()),
				Citation: citeArt36, Unconfirmed: bp.Unconfirmed})
		}
	}
	normCheck := func(vs []NormValue, get func(NormItem) (oms.Dated[decimal.Decimal], error), code, ru, en string) {
		for _, v := range vs {
			bv, err := get(v.Item)
			if err != nil || !v.Value.LessThan(bv.Value) || v.Item.Funding() != FundingOMS {
				continue
			}
			fs.Add(oms.Finding{Code: code, Severity: oms.Warning,
				RU:       fmt.Sprintf("%s «%s» %s ниже среднего федерального %s", ru, v.Item.NameRU(), v.Value, bv.Value),
				EN:       fmt.Sprintf("%s %s %s is below the federal average %s", en, v.Item, v.Value, bv.Value),
				Citation: bv.Citation, Unconfirmed: true})
		}
	}
	normCheck(t.spec.Volumes, b.Volume, CodeTerritorialVolumeLower, "норматив объема", "volume norm")
	normCheck(t.spec.UnitCosts, b.UnitCost, CodeTerritorialUnitCostLower, "норматив финансовых затрат", "unit-cost norm")
}

// listAdditions lists what the region adds beyond the base programme.
func (t *Territorial) listAdditions(fs *oms.DecisionBuilder) {
	b := t.base
	for _, a := range t.spec.Additions {
		fs.Add(additionFinding(a))
	}
	for _, c := range t.classes {
		if !slices.Contains(b.BaseClasses(), c) {
			fs.Add(oms.Finding{Code: CodeTerritorialAddition, Severity: oms.Info,
				RU:       "сверх базовой программы в ТП ОМС включен п. " + strconv.Itoa(c.Number()) + " раздела III: " + c.NameRU(),
				EN:       "above the base programme the ТП ОМС covers item " + strconv.Itoa(c.Number()) + " of section III: " + c.NameEN(),
				Citation: t.spec.Act})
		}
	}
	for _, k := range t.care {
		if b.BaseFunding(k) != FundingOMS {
			fs.Add(oms.Finding{Code: CodeTerritorialAddition, Severity: oms.Info,
				RU:       "сверх базовой программы в ТП ОМС включена " + k.NameRU(),
				EN:       "above the base programme the ТП ОМС includes " + k.NameEN(),
				Citation: t.spec.Act})
		}
	}
}

func additionFinding(a Addition) oms.Finding {
	ru := "сверх базовой программы: " + a.NameRU + " (" + a.Funding.NameRU() + ")"
	en := "beyond the base programme: " + a.NameEN + " (" + fundingNames[a.Funding].en + ")"
	if a.NameEN == "" {
		en = "beyond the base programme: " + a.Key + " (" + fundingNames[a.Funding].en + ")"
	}
	if len(a.Categories) > 0 {
		ru += "; для категорий: " + strings.Join(a.Categories, "; ")
		en += "; for listed categories only"
	}
	return oms.Finding{Code: CodeTerritorialAddition, Severity: oms.Info, RU: ru, EN: en, Citation: a.Citation}
}
