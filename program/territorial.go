package program

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
)

// A TerritorialSpec describes a territorial programme of state guarantees
// (ТПГГ) with its territorial programme of ОМС (ТП ОМС) for one region and
// year, as what it keeps of the base programme and what it adds. Build one
// in Go or load one from JSON (LoadTerritorial), then make it a Territorial
// with NewTerritorial.
//
// A nil list inherits the base programme: nil Classes means every class the
// base programme covers, nil Care every kind of care it includes. A list
// that is given is the whole list, so leaving a base class out of it is a
// removal that Validate reports.
type TerritorialSpec struct {
	// Region is the federal subject.
	Region oms.Region `json:"region"`
	// Year is the programme year; the base programme is that year's.
	Year int `json:"year"`
	// Act is the regional act that approved the programme (a law of the
	// subject or a decree of its government).
	Act oms.Citation `json:"act"`
	// Classes are the classes of section III covered by the ТП ОМС; nil
	// means those of the base programme. ClassMental here means the region
	// pays for mental disorders under ОМС above the base programme.
	Classes []Class `json:"classes,omitempty"`
	// Care are the kinds of care in the ТП ОМС; nil means those of the base
	// programme. A kind beyond the base (palliative care, air-ambulance
	// evacuation) is care above the base programme.
	Care []CareKind `json:"care,omitempty"`
	// Waits are the region's own waiting-time limits; a kind not listed
	// keeps the base limit. The event counted from is the base norm's.
	Waits []WaitLimit `json:"waits,omitempty"`
	// PerCapita is the per-capita norm of the ТП ОМС, roubles per insured
	// person per year; nil means none stated.
	PerCapita *decimal.Decimal `json:"per_capita,omitempty"`
	// Volumes are the region's own volume norms; items not listed keep the
	// base values.
	Volumes []NormValue `json:"volumes,omitempty"`
	// UnitCosts are the region's own unit-cost norms, roubles per unit.
	UnitCosts []NormValue `json:"unit_costs,omitempty"`
	// Additions are what the region adds beyond the base programme.
	Additions []Addition `json:"additions,omitempty"`
}

// A WaitLimit is a territorial waiting-time limit.
type WaitLimit struct {
	Kind  WaitKind `json:"kind"`  // the norm
	Limit int      `json:"limit"` // the maximum, in Unit
	Unit  WaitUnit `json:"unit"`  // the unit of Limit
}

// A NormValue is a territorial value of a norm.
type NormValue struct {
	Item  NormItem        `json:"item"`  // the line of the norms table
	Value decimal.Decimal `json:"value"` // per person (volume) or per unit (cost)
}

// An Addition is something a territorial programme provides beyond the base
// programme: care for diseases (ICD), kinds of care (Care), or a service
// such as dental prosthetics for listed categories of residents (neither).
type Addition struct {
	// Key identifies the addition, lower-case and dotted or dashed, such as
	// "dental-prosthetics".
	Key string `json:"key"`
	// NameRU describes it in Russian; required.
	NameRU string `json:"name_ru"`
	// NameEN describes it in English; optional.
	NameEN string `json:"name_en,omitempty"`
	// Funding is FundingOMS for care in the ТП ОМС above the base programme
	// («сверх базовой программы», financed by the subject through its
	// TFOMS) or FundingRegionalBudget for care paid from the budget.
	Funding Funding `json:"funding"`
	// ICD lists the diseases the addition covers.
	ICD []ICD10Range `json:"icd,omitempty"`
	// Care lists the kinds of care the addition covers.
	Care []CareKind `json:"care,omitempty"`
	// Categories lists who is entitled, in the act's words; empty means
	// everyone.
	Categories []string `json:"categories,omitempty"`
	// Citation is the provision of the regional act.
	Citation oms.Citation `json:"citation"`
}

// A Territorial is a territorial programme for one region and year: the
// base programme of that year and what the region keeps, changes and adds.
// It is immutable and safe for concurrent use.
type Territorial struct {
	spec TerritorialSpec
	base *Programme
	// resolved lists, sorted.
	classes []Class
	care    []CareKind
	// additions' ICD ranges, sorted, each pointing to its addition.
	addICD []addRange
}

// An addRange is an ICD-10 range of the addition at index add.
type addRange struct {
	lo, hi ICD10
	add    int
}

// BaseClasses returns the classes of section III the base programme
// covers: all but mental and behavioural disorders (which section IV
// excludes as a whole).
func (p *Programme) BaseClasses() []Class {
	out := Classes()
	return slices.DeleteFunc(out, func(c Class) bool { return c == ClassMental })
}

// TerritorialFromBase returns the spec of a territorial programme for region
// r that is the base programme p and nothing more; add to it and pass it to
// NewTerritorial.
func TerritorialFromBase(r oms.Region, p *Programme, act oms.Citation) TerritorialSpec {
	return TerritorialSpec{Region: r, Year: p.Year(), Act: act}
}

// NewTerritorial checks s for structure (not for compliance with the base
// programme, which is Validate's job) and returns the programme. Errors
// are *FieldError naming the field.
func NewTerritorial(s TerritorialSpec) (*Territorial, error) {
	if !s.Region.IsValid() {
		return nil, fieldErr("region", fmt.Sprintf("%d is not a federal subject", uint8(s.Region)), oms.ErrUnknownRegion)
	}
	base, err := Base(date.New(s.Year, time.January, 1))
	if err != nil {
		return nil, fieldErr("year", fmt.Sprintf("no base programme for %d", s.Year), err)
	}
	if s.Act.Act == "" {
		return nil, fieldErr("act.act", "the regional act is not named", nil)
	}
	t := &Territorial{spec: cloneSpec(s), base: base}
	if s.Classes == nil {
		t.classes = base.BaseClasses()
	} else {
		for i, c := range s.Classes {
			if !c.IsValid() {
				return nil, fieldErr(fmt.Sprintf("classes[%d]", i), fmt.Sprintf("unknown class %d", uint8(c)), nil)
			}
			if slices.Contains(s.Classes[:i], c) {
				return nil, fieldErr(fmt.Sprintf("classes[%d]", i), "class "+c.String()+" listed twice", nil)
			}
		}
		t.classes = slices.Sorted(slices.Values(s.Classes))
	}
	if s.Care == nil {
		t.care = base.BaseCare()
	} else {
		for i, k := range s.Care {
			if !k.IsValid() {
				return nil, fieldErr(fmt.Sprintf("care[%d]", i), fmt.Sprintf("unknown care kind %d", uint8(k)), nil)
			}
			if slices.Contains(s.Care[:i], k) {
				return nil, fieldErr(fmt.Sprintf("care[%d]", i), "care kind "+k.String()+" listed twice", nil)
			}
		}
		t.care = slices.Sorted(slices.Values(s.Care))
	}
	for i, w := range s.Waits {
		f := fmt.Sprintf("waits[%d]", i)
		switch {
		case !w.Kind.valid():
			return nil, fieldErr(f+".kind", fmt.Sprintf("unknown wait kind %d", uint8(w.Kind)), nil)
		case w.Limit <= 0:
			return nil, fieldErr(f+".limit", fmt.Sprintf("limit %d is not positive", w.Limit), nil)
		case !w.Unit.valid():
			return nil, fieldErr(f+".unit", fmt.Sprintf("unknown unit %d", uint8(w.Unit)), nil)
		}
		for _, v := range s.Waits[:i] {
			if v.Kind == w.Kind {
				return nil, fieldErr(f+".kind", "wait kind "+w.Kind.String()+" listed twice", nil)
			}
		}
	}
	if s.PerCapita != nil && s.PerCapita.IsNegative() {
		return nil, fieldErr("per_capita", "negative", nil)
	}
	for _, nv := range []struct {
		name string
		vs   []NormValue
	}{{"volumes", s.Volumes}, {"unit_costs", s.UnitCosts}} {
		name, vs := nv.name, nv.vs
		for i, v := range vs {
			f := fmt.Sprintf("%s[%d]", name, i)
			if !v.Item.valid() {
				return nil, fieldErr(f+".item", fmt.Sprintf("unknown norm item %d", uint8(v.Item)), nil)
			}
			if v.Value.IsNegative() {
				return nil, fieldErr(f+".value", "negative", nil)
			}
			for _, u := range vs[:i] {
				if u.Item == v.Item {
					return nil, fieldErr(f+".item", "norm item "+v.Item.String()+" listed twice", nil)
				}
			}
		}
	}
	for i, a := range s.Additions {
		f := fmt.Sprintf("additions[%d]", i)
		switch {
		case a.Key == "":
			return nil, fieldErr(f+".key", "empty", nil)
		case a.NameRU == "":
			return nil, fieldErr(f+".name_ru", "empty", nil)
		case a.Funding != FundingOMS && a.Funding != FundingRegionalBudget:
			return nil, fieldErr(f+".funding", "must be oms or regional-budget", nil)
		}
		for _, b := range s.Additions[:i] {
			if b.Key == a.Key {
				return nil, fieldErr(f+".key", "key "+strconv.Quote(a.Key)+" listed twice", nil)
			}
		}
		for j, r := range a.ICD {
			if !r.IsValid() {
				return nil, fieldErr(fmt.Sprintf("%s.icd[%d]", f, j), "not a range of ICD-10 codes", ErrInvalidICD10)
			}
			t.addICD = append(t.addICD, addRange{lo: r.lo(), hi: r.hi(), add: i})
		}
		for j, k := range a.Care {
			if !k.IsValid() {
				return nil, fieldErr(fmt.Sprintf("%s.care[%d]", f, j), fmt.Sprintf("unknown care kind %d", uint8(k)), nil)
			}
		}
	}
	slices.SortFunc(t.addICD, func(a, b addRange) int { return int(a.lo) - int(b.lo) })
	return t, nil
}

func cloneSpec(s TerritorialSpec) TerritorialSpec {
	s.Classes = slices.Clone(s.Classes)
	s.Care = slices.Clone(s.Care)
	s.Waits = slices.Clone(s.Waits)
	if s.PerCapita != nil {
		v := *s.PerCapita
		s.PerCapita = &v
	}
	s.Volumes = slices.Clone(s.Volumes)
	s.UnitCosts = slices.Clone(s.UnitCosts)
	s.Additions = slices.Clone(s.Additions)
	for i := range s.Additions {
		a := &s.Additions[i]
		a.ICD = slices.Clone(a.ICD)
		a.Care = slices.Clone(a.Care)
		a.Categories = slices.Clone(a.Categories)
	}
	return s
}

// WithCoverageRules returns a copy of t whose base programme answers Covers
// with rules r; see Programme.WithCoverageRules.
func (t *Territorial) WithCoverageRules(r CoverageRules) *Territorial {
	u := *t
	u.base = t.base.WithCoverageRules(r)
	return &u
}

// Spec returns a copy of the description the programme was built from.
func (t *Territorial) Spec() TerritorialSpec { return cloneSpec(t.spec) }

// Region returns the federal subject.
func (t *Territorial) Region() oms.Region { return t.spec.Region }

// Year returns the programme year.
func (t *Territorial) Year() int { return t.spec.Year }

// Act returns the regional act that approved the programme.
func (t *Territorial) Act() oms.Citation { return t.spec.Act }

// Base returns the base programme of the year.
func (t *Territorial) Base() *Programme { return t.base }

// Classes returns the classes the ТП ОМС covers, sorted.
func (t *Territorial) Classes() []Class { return slices.Clone(t.classes) }

// Care returns the kinds of care in the ТП ОМС, sorted; additions funded
// by ОМС are not included here (see Additions).
func (t *Territorial) Care() []CareKind { return slices.Clone(t.care) }

// Additions returns what the region adds beyond the base programme.
func (t *Territorial) Additions() []Addition { return cloneSpec(t.spec).Additions }

// Addition returns the addition with the given key.
func (t *Territorial) Addition(key string) (Addition, bool) {
	for _, a := range t.Additions() {
		if a.Key == key {
			return a, true
		}
	}
	return Addition{}, false
}

// String returns "ТПГГ 2026, 77 (Закон ...)".
func (t *Territorial) String() string {
	return fmt.Sprintf("ТПГГ %d, %s (%s)", t.spec.Year, t.spec.Region.Code(), t.spec.Act.Act)
}

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
		ev := base.Value.Event
		if baseErr != nil { // a norm the base programme of the year lacks
			if latest, err := WaitTimeline(k).At(date.New(LastYear, time.January, 1)); err == nil {
				ev = latest.Value.Event
			}
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
	var fs []oms.Finding
	b := t.base
	for _, c := range b.BaseClasses() {
		if !slices.Contains(t.classes, c) {
			fs = append(fs, oms.Finding{Code: CodeTerritorialClassRemoved, Severity: oms.Violation,
				RU:       fmt.Sprintf("из программы исключен п. %d раздела III базовой программы: %s", c.Number(), c.NameRU()),
				EN:       fmt.Sprintf("item %d of section III of the base programme is left out: %s", c.Number(), c.NameEN()),
				Citation: citeArt36})
		}
	}
	for _, k := range b.BaseCare() {
		if !slices.Contains(t.care, k) {
			fs = append(fs, oms.Finding{Code: CodeTerritorialCareRemoved, Severity: oms.Violation,
				RU:       "из программы исключен вид медицинской помощи базовой программы: " + k.NameRU(),
				EN:       "a kind of care of the base programme is left out: " + k.NameEN(),
				Citation: citeArt36})
		}
	}
	for _, w := range t.spec.Waits {
		bw, err := b.Wait(w.Kind)
		tw := Wait{Kind: w.Kind, Limit: w.Limit, Unit: w.Unit}
		if err != nil {
			fs = append(fs, oms.Finding{Code: CodeTerritorialWaitShorter, Severity: oms.Info,
				RU:       "установлен срок ожидания, которого нет в федеральной программе: " + w.Kind.NameRU(),
				EN:       "a waiting time the federal programme does not set: " + w.Kind.String(),
				Citation: t.spec.Act})
			continue
		}
		longer, doubtful := compareWait(tw, bw.Value)
		switch {
		case longer:
			fs = append(fs, oms.Finding{Code: CodeTerritorialWaitLonger, Severity: oms.Violation,
				RU: fmt.Sprintf("срок ожидания «%s» (%d %s) больше федерального (%d %s)", w.Kind.NameRU(),
					w.Limit, waitUnitNames[w.Unit].ru, bw.Value.Limit, waitUnitNames[bw.Value.Unit].ru),
				EN: fmt.Sprintf("waiting time %s (%d %s) is longer than the federal %d %s", w.Kind,
					w.Limit, w.Unit, bw.Value.Limit, bw.Value.Unit),
				Citation: bw.Citation, Unconfirmed: bw.Unconfirmed})
		case doubtful:
			fs = append(fs, oms.Finding{Code: CodeTerritorialWaitUnits, Severity: oms.Warning,
				RU: fmt.Sprintf("срок ожидания «%s» задан в других единицах (%d %s), чем федеральный (%d %s); сравнить точно нельзя",
					w.Kind.NameRU(), w.Limit, waitUnitNames[w.Unit].ru, bw.Value.Limit, waitUnitNames[bw.Value.Unit].ru),
				EN: fmt.Sprintf("waiting time %s is in other units (%d %s) than the federal one (%d %s) and cannot be compared for certain",
					w.Kind, w.Limit, w.Unit, bw.Value.Limit, bw.Value.Unit),
				Citation: bw.Citation, Unconfirmed: true})
		default:
			fs = append(fs, oms.Finding{Code: CodeTerritorialWaitShorter, Severity: oms.Info,
				RU: fmt.Sprintf("срок ожидания «%s»: %d %s (федеральный: %d %s)", w.Kind.NameRU(),
					w.Limit, waitUnitNames[w.Unit].ru, bw.Value.Limit, waitUnitNames[bw.Value.Unit].ru),
				EN:       fmt.Sprintf("waiting time %s: %d %s (federal: %d %s)", w.Kind, w.Limit, w.Unit, bw.Value.Limit, bw.Value.Unit),
				Citation: t.spec.Act})
		}
	}
	if t.spec.PerCapita != nil {
		if bp, err := b.PerCapita(); err == nil && t.spec.PerCapita.LessThan(bp.Value) {
			// Against a base value the sources give only roughly, a lower
			// norm is a Warning, not a Violation.
			sev := oms.Violation
			if bp.Unconfirmed {
				sev = oms.Warning
			}
			fs = append(fs, oms.Finding{Code: CodeTerritorialPerCapitaLower, Severity: sev,
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
			fs = append(fs, oms.Finding{Code: code, Severity: oms.Warning,
				RU:       fmt.Sprintf("%s «%s» %s ниже среднего федерального %s", ru, v.Item.NameRU(), v.Value, bv.Value),
				EN:       fmt.Sprintf("%s %s %s is below the federal average %s", en, v.Item, v.Value, bv.Value),
				Citation: bv.Citation, Unconfirmed: true})
		}
	}
	normCheck(t.spec.Volumes, b.Volume, CodeTerritorialVolumeLower, "норматив объема", "volume norm")
	normCheck(t.spec.UnitCosts, b.UnitCost, CodeTerritorialUnitCostLower, "норматив финансовых затрат", "unit-cost norm")
	for _, a := range t.spec.Additions {
		fs = append(fs, additionFinding(a))
	}
	for _, c := range t.classes {
		if !slices.Contains(b.BaseClasses(), c) {
			fs = append(fs, oms.Finding{Code: CodeTerritorialAddition, Severity: oms.Info,
				RU:       "сверх базовой программы в ТП ОМС включен п. " + strconv.Itoa(c.Number()) + " раздела III: " + c.NameRU(),
				EN:       "above the base programme the ТП ОМС covers item " + strconv.Itoa(c.Number()) + " of section III: " + c.NameEN(),
				Citation: t.spec.Act})
		}
	}
	for _, k := range t.care {
		if b.BaseFunding(k) != FundingOMS {
			fs = append(fs, oms.Finding{Code: CodeTerritorialAddition, Severity: oms.Info,
				RU:       "сверх базовой программы в ТП ОМС включена " + k.NameRU(),
				EN:       "above the base programme the ТП ОМС includes " + k.NameEN(),
				Citation: t.spec.Act})
		}
	}
	d := oms.NewDecision(fs...)
	if d.OK() {
		d = d.With(oms.Finding{Code: CodeTerritorialMeetsBase, Severity: oms.Info,
			RU:       "территориальная программа ОМС включает базовую программу в полном объеме",
			EN:       "the territorial ОМС programme includes the whole base programme",
			Citation: citeArt36}, oms.Finding{Code: CodeTerritorialPGG, Severity: oms.Info,
			RU: "территориальная программа государственных гарантий", EN: "territorial programme of state guarantees",
			Citation: citeArt81})
	}
	return d
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
	if class, ok := ClassOf(code); ok && !slices.Contains(t.classes, class) && slices.Contains(t.base.BaseClasses(), class) {
		extra = append(extra, oms.Finding{Code: CodeTerritorialClassRemoved, Severity: oms.Violation,
			RU:       fmt.Sprintf("%s: п. %d раздела III не включен в территориальную программу", code, class.Number()),
			EN:       fmt.Sprintf("%s: item %d of section III is left out of the territorial programme", code, class.Number()),
			Citation: t.spec.Act})
	}
	if class, ok := ClassOf(code); ok && class == ClassMental && slices.Contains(t.classes, ClassMental) {
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

// territorialJSON is the wire form, with plain types so that every error
// can name its field.
type territorialJSON struct {
	Region    string          `json:"region"`
	Year      int             `json:"year"`
	Act       oms.Citation    `json:"act"`
	Classes   []string        `json:"classes"`
	Care      []string        `json:"care"`
	Waits     []waitJSON      `json:"waits"`
	PerCapita json.RawMessage `json:"per_capita"`
	Volumes   []normValueJSON `json:"volumes"`
	UnitCosts []normValueJSON `json:"unit_costs"`
	Additions []additionJSON  `json:"additions"`
}

type waitJSON struct {
	Kind  string `json:"kind"`
	Limit int    `json:"limit"`
	Unit  string `json:"unit"`
}

type normValueJSON struct {
	Item  string          `json:"item"`
	Value json.RawMessage `json:"value"`
}

type additionJSON struct {
	Key        string       `json:"key"`
	NameRU     string       `json:"name_ru"`
	NameEN     string       `json:"name_en"`
	Funding    string       `json:"funding"`
	ICD        []string     `json:"icd"`
	Care       []string     `json:"care"`
	Categories []string     `json:"categories"`
	Citation   oms.Citation `json:"citation"`
}

// LoadTerritorial reads a territorial programme from JSON (the form
// MarshalJSON writes) and builds it with NewTerritorial. Unknown fields are
// errors; every error is a *FieldError naming the field, such as
// "additions[0].icd[1]".
func LoadTerritorial(data []byte) (*Territorial, error) {
	var w territorialJSON
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&w); err != nil {
		return nil, jsonFieldError(err)
	}
	if dec.More() {
		return nil, fieldErr("(document)", "more than one JSON value", nil)
	}
	var s TerritorialSpec
	var err error
	if s.Region, err = oms.ParseRegion(w.Region); err != nil {
		return nil, fieldErr("region", strconv.Quote(w.Region)+" is not a region code", err)
	}
	s.Year, s.Act = w.Year, w.Act
	if w.Classes != nil {
		s.Classes = make([]Class, len(w.Classes))
		for i, v := range w.Classes {
			if s.Classes[i], err = ParseClass(v); err != nil {
				return nil, fieldErr(fmt.Sprintf("classes[%d]", i), "unknown class "+strconv.Quote(v), err)
			}
		}
	}
	if s.Care, err = parseKinds(w.Care, "care"); err != nil {
		return nil, err
	}
	for i, v := range w.Waits {
		f := fmt.Sprintf("waits[%d]", i)
		var wl WaitLimit
		if err := wl.Kind.UnmarshalText([]byte(v.Kind)); err != nil {
			return nil, fieldErr(f+".kind", "unknown wait kind "+strconv.Quote(v.Kind), err)
		}
		if err := wl.Unit.UnmarshalText([]byte(v.Unit)); err != nil {
			return nil, fieldErr(f+".unit", "unknown unit "+strconv.Quote(v.Unit), err)
		}
		wl.Limit = v.Limit
		s.Waits = append(s.Waits, wl)
	}
	if len(w.PerCapita) > 0 && string(w.PerCapita) != "null" {
		v, err := parseJSONDecimal(w.PerCapita)
		if err != nil {
			return nil, fieldErr("per_capita", err.Error(), err)
		}
		s.PerCapita = &v
	}
	if s.Volumes, err = parseNormValues(w.Volumes, "volumes"); err != nil {
		return nil, err
	}
	if s.UnitCosts, err = parseNormValues(w.UnitCosts, "unit_costs"); err != nil {
		return nil, err
	}
	for i, a := range w.Additions {
		f := fmt.Sprintf("additions[%d]", i)
		add := Addition{Key: a.Key, NameRU: a.NameRU, NameEN: a.NameEN, Categories: a.Categories, Citation: a.Citation}
		if err := add.Funding.UnmarshalText([]byte(a.Funding)); err != nil {
			return nil, fieldErr(f+".funding", "unknown funding "+strconv.Quote(a.Funding), err)
		}
		for j, r := range a.ICD {
			rr, err := ParseICD10Range(r)
			if err != nil {
				return nil, fieldErr(fmt.Sprintf("%s.icd[%d]", f, j), strconv.Quote(r)+" is not a code or range of ICD-10", err)
			}
			add.ICD = append(add.ICD, rr)
		}
		if add.Care, err = parseKinds(a.Care, f+".care"); err != nil {
			return nil, err
		}
		s.Additions = append(s.Additions, add)
	}
	return NewTerritorial(s)
}

func parseKinds(vs []string, field string) ([]CareKind, error) {
	if vs == nil {
		return nil, nil
	}
	out := make([]CareKind, len(vs))
	for i, v := range vs {
		if err := out[i].UnmarshalText([]byte(v)); err != nil {
			return nil, fieldErr(fmt.Sprintf("%s[%d]", field, i), "unknown care kind "+strconv.Quote(v), err)
		}
	}
	return out, nil
}

func parseNormValues(vs []normValueJSON, field string) ([]NormValue, error) {
	var out []NormValue
	for i, v := range vs {
		f := fmt.Sprintf("%s[%d]", field, i)
		var nv NormValue
		if err := nv.Item.UnmarshalText([]byte(v.Item)); err != nil {
			return nil, fieldErr(f+".item", "unknown norm item "+strconv.Quote(v.Item), err)
		}
		d, err := parseJSONDecimal(v.Value)
		if err != nil {
			return nil, fieldErr(f+".value", err.Error(), err)
		}
		nv.Value = d
		out = append(out, nv)
	}
	return out, nil
}

// parseJSONDecimal accepts a JSON number or a string holding one.
func parseJSONDecimal(raw json.RawMessage) (decimal.Decimal, error) {
	s := string(bytes.TrimSpace(raw))
	if strings.HasPrefix(s, `"`) {
		var u string
		if err := json.Unmarshal(raw, &u); err != nil {
			return decimal.Decimal{}, err
		}
		s = u
	}
	if s == "" || s == "null" {
		return decimal.Decimal{}, errors.New("a number is required")
	}
	// Reject exponents far out of range, which would make huge values.
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		if e, err := strconv.Atoi(s[i+1:]); err != nil || e > 30 || e < -30 {
			return decimal.Decimal{}, fmt.Errorf("%q is not a decimal number in range", s)
		}
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		return decimal.Decimal{}, fmt.Errorf("%q is not a decimal number", s)
	}
	return d, nil
}

func jsonFieldError(err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		f := te.Field
		if f == "" {
			f = "(document)"
		}
		return fieldErr(f, "expected "+te.Type.String()+", got JSON "+te.Value, err)
	}
	if msg, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		return fieldErr(strings.Trim(msg, `"`), "unknown field", err)
	}
	return fieldErr("(document)", err.Error(), err)
}

// MarshalJSON writes the programme's spec in the form LoadTerritorial
// reads.
func (t *Territorial) MarshalJSON() ([]byte, error) {
	return json.Marshal(t.spec)
}
