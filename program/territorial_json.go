package program

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/omsrules/oms"
)

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
	Event string `json:"event"`
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
// "additions[0].icd[1]". Keys of enums are read with "-" or "_" between
// their words ("working_days", "working_days").
func LoadTerritorial(data []byte) (*Territorial, error) {
	return DefaultRules().LoadTerritorial(data)
}

// LoadTerritorial is like the function LoadTerritorial, on the programme of
// the year in r (a loaded year, the coverage choices of r).
func (r Rules) LoadTerritorial(data []byte) (*Territorial, error) {
	s, err := parseTerritorial(data)
	if err != nil {
		return nil, err
	}
	return r.NewTerritorial(s)
}

// parseTerritorial reads the spec of a territorial programme from JSON.
func parseTerritorial(data []byte) (TerritorialSpec, error) {
	var w territorialJSON
	if err := decodeStrict(data, &w, fieldErr); err != nil {
		return TerritorialSpec{}, err
	}
	var s TerritorialSpec
	var err error
	if s.Region, err = oms.ParseRegion(w.Region); err != nil {
		return TerritorialSpec{}, fieldErr("region", strconv.Quote(w.Region)+" is not a region code", err)
	}
	s.Year, s.Act = w.Year, w.Act
	if w.Classes != nil {
		s.Classes = make([]Class, len(w.Classes))
		for i, v := range w.Classes {
			if s.Classes[i], err = keyed(ParseClass, v); err != nil {
				return TerritorialSpec{}, fieldErr(fmt.Sprintf("classes[%d]", i), "unknown class "+strconv.Quote(v), err)
			}
		}
	}
	if s.Care, err = parseKinds(w.Care, "care"); err != nil {
		return TerritorialSpec{}, err
	}
	for i, v := range w.Waits {
		f := fmt.Sprintf("waits[%d]", i)
		var wl WaitLimit
		if err := unmarshalKey(&wl.Kind, v.Kind); err != nil {
			return TerritorialSpec{}, fieldErr(f+".kind", "unknown wait kind "+strconv.Quote(v.Kind), err)
		}
		if err := unmarshalKey(&wl.Unit, v.Unit); err != nil {
			return TerritorialSpec{}, fieldErr(f+".unit", "unknown unit "+strconv.Quote(v.Unit), err)
		}
		if err := unmarshalKey(&wl.Event, v.Event); err != nil {
			return TerritorialSpec{}, fieldErr(f+".event", "unknown event "+strconv.Quote(v.Event), err)
		}
		wl.Limit = v.Limit
		s.Waits = append(s.Waits, wl)
	}
	if len(w.PerCapita) > 0 && string(w.PerCapita) != "null" {
		v, err := parseJSONDecimal(w.PerCapita)
		if err != nil {
			return TerritorialSpec{}, fieldErr("per_capita", err.Error(), err)
		}
		s.PerCapita = &v
	}
	if s.Volumes, err = parseNormValues(w.Volumes, "volumes"); err != nil {
		return TerritorialSpec{}, err
	}
	if s.UnitCosts, err = parseNormValues(w.UnitCosts, "unit_costs"); err != nil {
		return TerritorialSpec{}, err
	}
	for i, a := range w.Additions {
		f := fmt.Sprintf("additions[%d]", i)
		add := Addition{Key: a.Key, NameRU: a.NameRU, NameEN: a.NameEN, Categories: a.Categories, Citation: a.Citation}
		if err := unmarshalKey(&add.Funding, a.Funding); err != nil {
			return TerritorialSpec{}, fieldErr(f+".funding", "unknown funding "+strconv.Quote(a.Funding), err)
		}
		for j, r := range a.ICD {
			rr, err := ParseICD10Range(r)
			if err != nil {
				return TerritorialSpec{}, fieldErr(fmt.Sprintf("%s.icd[%d]", f, j), strconv.Quote(r)+" is not a code or range of ICD-10", err)
			}
			add.ICD = append(add.ICD, rr)
		}
		if add.Care, err = parseKinds(a.Care, f+".care"); err != nil {
			return TerritorialSpec{}, err
		}
		s.Additions = append(s.Additions, add)
	}
	return s, nil
}

func parseKinds(vs []string, field string) ([]CareKind, error) {
	if vs == nil {
		return nil, nil
	}
	out := make([]CareKind, len(vs))
	for i, v := range vs {
		if err := unmarshalKey(&out[i], v); err != nil {
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
		if err := unmarshalKey(&nv.Item, v.Item); err != nil {
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

// MarshalJSON writes the programme's spec in the form LoadTerritorial
// reads.
func (t *Territorial) MarshalJSON() ([]byte, error) {
	return json.Marshal(t.spec)
}
