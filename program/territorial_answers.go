package program

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
)

// Wait returns the waiting-time limit of kind k in the region: its own if
// it set one (citing its act), else the base programme's. A region may set
// a shorter limit, never a longer one: where its own limit is certainly
// longer than the federal maximum, the federal limit is returned, since it
// is the patient's guarantee (Validate reports the breach). Use DueBy on
// the result, or Territorial.DueBy.
func (t *Territorial) Wait(k WaitKind) (oms.Dated[Wait], error) {
	base, baseErr := t.base.Wait(k)
	for _, w := range t.spec.Waits {
		if w.Kind != k {
			continue
		}
		if baseErr == nil {
			if longer, _ := compareWait(Wait{Kind: k, Limit: w.Limit, Unit: w.Unit}, base.Value); longer {
				return base, nil
			}
		}
		ev := w.Event
		switch {
		case ev != 0:
		case baseErr == nil:
			ev = base.Value.Event
		default: // a norm the base programme of the year lacks, or only regions set
			ev = defaultEvent(k)
		}
		from, _ := t.base.InForce()
		return oms.Dated[Wait]{From: from, Value: Wait{Kind: k, Limit: w.Limit, Unit: w.Unit, Event: ev}, Citation: t.spec.Act}, nil
	}
	return base, baseErr
}

// DueBy returns when care under norm k is due in the region; see DueBy.
// Working days are counted in cal; nil means the region's production
// calendar (calendar.ForRegion with its defaults: the region's own days off
// that bind all employers).
func (t *Territorial) DueBy(k WaitKind, event time.Time, cal *calendar.Calendar) (Due, error) {
	w, err := t.Wait(k)
	if err != nil {
		return Due{}, err
	}
	return DueBy(w.Value, event, t.calendar(cal))
}

// Duty returns the duty of care under a day-based norm k in the region for
// an event on day; see Programme.Duty. Working days are counted as DueBy
// counts them.
func (t *Territorial) Duty(k WaitKind, day date.Date, cal *calendar.Calendar) (calendar.Duty, error) {
	w, err := t.Wait(k)
	if err != nil {
		return calendar.Duty{}, err
	}
	return waitDuty(w, day, t.calendar(cal))
}

// calendar returns cal, or the region's calendar when cal is nil.
func (t *Territorial) calendar(cal *calendar.Calendar) *calendar.Calendar {
	if cal != nil {
		return cal
	}
	if rc, err := calendar.ForRegion(t.spec.Region); err == nil {
		return rc
	}
	return nil
}

// PerCapita returns the per-capita norm of the ТП ОМС: the region's own if
// it states one, else the base programme's.
func (t *Territorial) PerCapita() (oms.Dated[decimal.Decimal], error) {
	if t.spec.PerCapita != nil {
		from, _ := t.base.InForce()
		return oms.Dated[decimal.Decimal]{From: from, Value: *t.spec.PerCapita, Citation: t.spec.Act}, nil
	}
	return t.base.PerCapita()
}

// Lines returns the norms of the ТП ОМС (FundingOMS) or of the budget part
// (FundingRegionalBudget) for which both a volume and a unit cost are known:
// the region's own values where it set them, else the base programme's.
// PerCapitaOf(t.Lines(FundingOMS)...) is then the per-capita financing
// those lines make up.
func (t *Territorial) Lines(f Funding) []Line {
	own := func(vs []NormValue, i NormItem) (decimal.Decimal, bool) {
		for _, v := range vs {
			if v.Item == i {
				return v.Value, true
			}
		}
		return decimal.Decimal{}, false
	}
	var out []Line
	for i := NormItem(1); i < normItemEnd; i++ {
		if i.Funding() != f {
			continue
		}
		vol, ok := own(t.spec.Volumes, i)
		if !ok {
			v, err := t.base.Volume(i)
			if err != nil {
				continue
			}
			vol = v.Value
		}
		cost, ok := own(t.spec.UnitCosts, i)
		if !ok {
			c, err := t.base.UnitCost(i)
			if err != nil {
				continue
			}
			cost = c.Value
		}
		out = append(out, Line{Item: i, Volume: vol, UnitCost: cost})
	}
	return out
}

// Covers says whether care for main diagnosis code is paid under the
// region's ТП ОМС: the base programme's answer, less the classes the region
// left out, plus its additions. An addition funded by ОМС above the base
// programme turns a base exclusion into coverage; one funded by the
// region's budget is reported as an Info (care is free, but not under ОМС).
// An addition limited to categories of persons gives a Warning, since the
// decision cannot know the patient's category.
func (t *Territorial) Covers(code ICD10) oms.Decision {
	d := t.base.Covers(code)
	if !code.IsValid() {
		return d
	}
	var extra []oms.Finding
	coveredByOMS := false
	class, listed := t.base.ClassOf(code)
	if listed && !slices.Contains(t.classes, class) && slices.Contains(t.base.BaseClasses(), class) {
		extra = append(extra, oms.Finding{Code: CodeTerritorialClassRemoved, Severity: oms.Violation,
			RU:       fmt.Sprintf("%s: п. %d раздела III не включен в территориальную программу", code, class.Number()),
			EN:       fmt.Sprintf("%s: item %d of section III is left out of the territorial programme", code, class.Number()),
			Citation: t.spec.Act})
	}
	if listed && class == ClassMental && slices.Contains(t.classes, ClassMental) {
		coveredByOMS = true
		extra = append(extra, oms.Finding{Code: CodeTerritorialAddition, Severity: oms.Info,
			RU:       fmt.Sprintf("%s: п. %d раздела III включен в ТП ОМС сверх базовой программы", code, class.Number()),
			EN:       fmt.Sprintf("%s: item %d of section III is in the ТП ОМС above the base programme", code, class.Number()),
			Citation: t.spec.Act})
	}
	for _, r := range t.addICD {
		if r.lo <= code && code <= r.hi {
			a := t.spec.Additions[r.add]
			f := additionFinding(a)
			f.RU = code.String() + ": " + f.RU
			f.EN = code.String() + ": " + f.EN
			extra = append(extra, f)
			if a.Funding == FundingOMS {
				coveredByOMS = true
			}
			if len(a.Categories) > 0 {
				extra = append(extra, oms.Finding{Code: CodeTerritorialCategories, Severity: oms.Warning,
					RU:       "только для категорий: " + strings.Join(a.Categories, "; "),
					EN:       "only for the listed categories of persons",
					Citation: a.Citation})
			}
		}
	}
	if coveredByOMS && !d.OK() {
		// The base exclusion stands as information; the region pays under ОМС.
		fs := d.Findings()
		for i := range fs {
			if fs[i].Severity == oms.Violation && fs[i].Code == CodeExcluded {
				fs[i].Severity = oms.Info
			}
		}
		d = oms.NewDecision(fs...)
	}
	return d.With(extra...)
}

// IncludesCare says whether the region's ТП ОМС includes care c: the base
// programme's answer for its kind, a Violation if the region left a base
// kind out, and coverage for kinds the region adds under ОМС.
func (t *Territorial) IncludesCare(c Care) oms.Decision {
	d := t.base.IncludesCare(c)
	if !c.Kind.IsValid() {
		return d
	}
	inTP := slices.Contains(t.care, c.Kind)
	var extra []oms.Finding
	var addedBy *Addition
	for i := range t.spec.Additions {
		if slices.Contains(t.spec.Additions[i].Care, c.Kind) {
			addedBy = &t.spec.Additions[i]
			extra = append(extra, additionFinding(*addedBy))
			if addedBy.Funding == FundingOMS {
				inTP = true
			}
		}
	}
	switch {
	case !inTP && t.base.BaseFunding(c.Kind) == FundingOMS:
		extra = append(extra, oms.Finding{Code: CodeTerritorialCareRemoved, Severity: oms.Violation,
			RU: c.Kind.NameRU() + ": не включена в территориальную программу", EN: c.Kind.NameEN() + " is left out of the territorial programme",
			Citation: t.spec.Act})
	case inTP && !d.OK():
		fs := d.Findings()
		for i := range fs {
			if fs[i].Code == CodeCareExcluded {
				fs[i].Severity = oms.Info
			}
		}
		d = oms.NewDecision(fs...)
		if addedBy == nil {
			extra = append(extra, oms.Finding{Code: CodeTerritorialAddition, Severity: oms.Info,
				RU: "сверх базовой программы в ТП ОМС включена " + c.Kind.NameRU(), EN: "above the base programme the ТП ОМС includes " + c.Kind.NameEN(),
				Citation: t.spec.Act})
		}
	}
	return d.With(extra...)
}
