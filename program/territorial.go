package program

import (
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/omsrules/oms"
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
	Limit int      `json:"limit"` // the maximum, in Unit; 0 calendar days is the same day
	Unit  WaitUnit `json:"unit"`  // the unit of Limit
	// Event is what the limit counts from; 0 means the federal norm's, or
	// for a kind only regions set (home visits), the call.
	Event Event `json:"event,omitempty"`
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
// programme, which is Validate's job) and returns the programme, on the
// built-in programme of its year (DefaultRules). Errors are *FieldError
// naming the field.
func NewTerritorial(s TerritorialSpec) (*Territorial, error) {
	return DefaultRules().NewTerritorial(s)
}

// NewTerritorial is like the function NewTerritorial, on the programme of
// the year in r (a loaded year, the coverage choices of r).
func (r Rules) NewTerritorial(s TerritorialSpec) (*Territorial, error) {
	if !s.Region.IsValid() {
		return nil, fieldErr("region", fmt.Sprintf("%d is not a federal subject", uint8(s.Region)), oms.ErrUnknownRegion)
	}
	base, err := r.Base(date.New(s.Year, time.January, 1))
	if err != nil {
		return nil, fieldErr("year", fmt.Sprintf("no base programme for %d", s.Year), err)
	}
	if s.Act.Act == "" {
		return nil, fieldErr("act.act", "the regional act is not named", nil)
	}
	t := &Territorial{spec: cloneSpec(s), base: base}
	for _, check := range []func(TerritorialSpec) error{t.resolveLists, checkWaitLimits, checkNorms, t.indexAdditions} {
		if err := check(s); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// resolveLists sets the classes and kinds of care: the base programme's
// where s gives none.
func (t *Territorial) resolveLists(s TerritorialSpec) error {
	if s.Classes == nil {
		t.classes = t.base.BaseClasses()
	} else {
		for i, c := range s.Classes {
			if !c.IsValid() {
				return fieldErr(fmt.Sprintf("classes[%d]", i), fmt.Sprintf("unknown class %d", uint8(c)), nil)
			}
			if slices.Contains(s.Classes[:i], c) {
				return fieldErr(fmt.Sprintf("classes[%d]", i), "class "+c.String()+" listed twice", nil)
			}
		}
		t.classes = slices.Sorted(slices.Values(s.Classes))
	}
	if s.Care == nil {
		t.care = t.base.BaseCare()
		return nil
	}
	for i, k := range s.Care {
		if !k.IsValid() {
			return fieldErr(fmt.Sprintf("care[%d]", i), fmt.Sprintf("unknown care kind %d", uint8(k)), nil)
		}
		if slices.Contains(s.Care[:i], k) {
			return fieldErr(fmt.Sprintf("care[%d]", i), "care kind "+k.String()+" listed twice", nil)
		}
	}
	t.care = slices.Sorted(slices.Values(s.Care))
	return nil
}

func checkWaitLimits(s TerritorialSpec) error {
	for i, w := range s.Waits {
		f := fmt.Sprintf("waits[%d]", i)
		switch {
		case !w.Kind.valid():
			return fieldErr(f+".kind", fmt.Sprintf("unknown wait kind %d", uint8(w.Kind)), nil)
		case w.Limit < 0 || (w.Limit == 0 && w.Unit != CalendarDays):
			return fieldErr(f+".limit", fmt.Sprintf("limit %d is not positive (0 only in calendar days: the same day)", w.Limit), nil)
		case !w.Unit.valid():
			return fieldErr(f+".unit", fmt.Sprintf("unknown unit %d", uint8(w.Unit)), nil)
		case w.Event != 0 && !w.Event.valid():
			return fieldErr(f+".event", fmt.Sprintf("unknown event %d", uint8(w.Event)), nil)
		}
		for _, v := range s.Waits[:i] {
			if v.Kind == w.Kind {
				return fieldErr(f+".kind", "wait kind "+w.Kind.String()+" listed twice", nil)
			}
		}
	}
	return nil
}

func checkNorms(s TerritorialSpec) error {
	if s.PerCapita != nil && s.PerCapita.IsNegative() {
		return fieldErr("per_capita", "negative", nil)
	}
	for _, nv := range []struct {
		name string
		vs   []NormValue
	}{{"volumes", s.Volumes}, {"unit_costs", s.UnitCosts}} {
		name, vs := nv.name, nv.vs
		for i, v := range vs {
			f := fmt.Sprintf("%s[%d]", name, i)
			if !v.Item.valid() {
				return fieldErr(f+".item", fmt.Sprintf("unknown norm item %d", uint8(v.Item)), nil)
			}
			if v.Value.IsNegative() {
				return fieldErr(f+".value", "negative", nil)
			}
			for _, u := range vs[:i] {
				if u.Item == v.Item {
					return fieldErr(f+".item", "norm item "+v.Item.String()+" listed twice", nil)
				}
			}
		}
	}
	return nil
}

// indexAdditions checks the additions and sorts their ICD-10 ranges.
func (t *Territorial) indexAdditions(s TerritorialSpec) error {
	for i, a := range s.Additions {
		f := fmt.Sprintf("additions[%d]", i)
		switch {
		case a.Key == "":
			return fieldErr(f+".key", "empty", nil)
		case a.NameRU == "":
			return fieldErr(f+".name_ru", "empty", nil)
		case a.Funding != FundingOMS && a.Funding != FundingRegionalBudget:
			return fieldErr(f+".funding", "must be oms or regional-budget", nil)
		}
		for _, b := range s.Additions[:i] {
			if b.Key == a.Key {
				return fieldErr(f+".key", "key "+strconv.Quote(a.Key)+" listed twice", nil)
			}
		}
		for j, r := range a.ICD {
			if !r.IsValid() {
				return fieldErr(fmt.Sprintf("%s.icd[%d]", f, j), "not a range of ICD-10 codes", ErrInvalidICD10)
			}
			t.addICD = append(t.addICD, addRange{lo: r.lo(), hi: r.hi(), add: i})
		}
		for j, k := range a.Care {
			if !k.IsValid() {
				return fieldErr(fmt.Sprintf("%s.care[%d]", f, j), fmt.Sprintf("unknown care kind %d", uint8(k)), nil)
			}
		}
	}
	slices.SortFunc(t.addICD, func(a, b addRange) int { return int(a.lo) - int(b.lo) })
	return nil
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
