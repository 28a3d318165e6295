package program

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/omsrules/oms"
)

// maxYearData bounds the size of a programme year's JSON: the built-in
// years are under 10 KB.
const maxYearData = 1 << 20

// LoadYear reads one programme year from JSON: the decree, its sections,
// waiting times and norms, and, where they changed, the ICD-10 mapping of
// the classes of section III, the exclusions of section IV, who pays for
// kinds of care and the activities of section III. It is the form of the
// built-in years (program/data/*.json) and of Programme.MarshalJSON:
//
//	{"year": 2027,
//	 "decree": {"act": "ПП РФ № … от …", "title": "…", "url": ""},
//	 "adopted": "2026-12-29",
//	 "sections": {"care_types": "II", "diseases": "III", "base_programme": "IV", "waiting_times": "VII"},
//	 "waiting_times": [{"kind": "specialist", "limit": 14, "unit": "working-days", "event": "appeal"}, …],
//	 "norms": {"per_capita": {"value": "26000.0"}}}
//
// Keys of enums are read with "-" or "_" between their words. Otherwise
// decoding is strict: an unknown field, a wrong type, an unknown key of an
// enum, an invalid day or range, a duplicate or trailing data is an error,
// a *FieldError wrapping ErrYearData whose Field is the JSON path, such as
// "waiting_times[3].limit". Combine the programme with the built-in years
// with Builtin().With.
func LoadYear(r io.Reader) (*Programme, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxYearData+1))
	if err != nil {
		return nil, yearErr("(document)", "read: "+err.Error(), err)
	}
	if len(data) > maxYearData {
		return nil, yearErr("(document)", "larger than 1 MiB", nil)
	}
	return parseYear(data)
}

func parseYear(data []byte) (*Programme, error) {
	var d yearJSON
	if err := decodeStrict(data, &d, yearErr); err != nil {
		return nil, err
	}
	return newProgramme(d)
}

// MarshalJSON writes the programme's data in the form LoadYear reads.
// The zero Programme writes the zero data.
func (p *Programme) MarshalJSON() ([]byte, error) {
	if p == nil || p.programmeYear == nil {
		return json.Marshal(yearJSON{})
	}
	return json.Marshal(p.data)
}

// newProgramme checks d and builds its programme; d is kept, normalised, for
// MarshalJSON.
func newProgramme(d yearJSON) (*Programme, error) {
	p := &Programme{programmeYear: &programmeYear{year: d.Year, classes: builtinClasses}}
	steps := []func(*Programme, *yearJSON) error{
		(*Programme).loadHeader, (*Programme).loadClasses, (*Programme).loadCare,
		(*Programme).loadActivities, (*Programme).loadWaits, (*Programme).loadNorms,
	}
	for _, step := range steps {
		if err := step(p, &d); err != nil {
			return nil, err
		}
	}
	p.data = d
	p.cover = coverIndex(p)
	return p, nil
}

// parseDay reads a day "YYYY-MM-DD" strictly.
func parseDay(s, field string) (date.Date, error) {
	d, err := oms.ParseDate(s)
	if err != nil {
		return date.Date{}, yearErr(field, strconv.Quote(s)+" is not a day YYYY-MM-DD", err)
	}
	return d, nil
}

func (p *Programme) loadHeader(d *yearJSON) error {
	if d.Year < 2000 || d.Year > 2100 {
		return yearErr("year", fmt.Sprintf("%d is not a programme year (2000–2100)", d.Year), nil)
	}
	if strings.TrimSpace(d.Decree.Act) == "" {
		return yearErr("decree.act", "the decree is not named", nil)
	}
	adopted, err := parseDay(d.Adopted, "adopted")
	if err != nil {
		return err
	}
	if adopted.Year() > d.Year || adopted.Year() < d.Year-1 {
		return yearErr("adopted", fmt.Sprintf("%s is not in %d or the year before", adopted, d.Year), nil)
	}
	p.decree, p.adopted = d.Decree, adopted
	for i, a := range d.Amendments {
		f := fmt.Sprintf("amendments[%d]", i)
		from, err := parseDay(a.From, f+".from")
		if err != nil {
			return err
		}
		switch {
		case from.Year() != d.Year:
			return yearErr(f+".from", fmt.Sprintf("%s is not in the programme year %d", from, d.Year), nil)
		case strings.TrimSpace(a.Citation.Act) == "":
			return yearErr(f+".citation.act", "the amending act is not named", nil)
		case strings.TrimSpace(a.RU) == "":
			return yearErr(f+".ru", "empty", nil)
		}
		p.amendments = append(p.amendments, Amendment{Citation: a.Citation, From: from, RU: a.RU, EN: a.EN,
			Unconfirmed: a.Unconfirmed, Note: a.Note})
	}
	s := d.Sections
	for _, f := range []struct{ name, v string }{{"care_types", s.CareTypes}, {"diseases", s.Diseases},
		{"base_programme", s.BaseProgramme}, {"budget", s.Budget}, {"waiting_times", s.WaitingTimes}, {"norms", s.Norms}} {
		if !isRoman(f.v) {
			return yearErr("sections."+f.name, strconv.Quote(f.v)+" is not a section number in Roman numerals", nil)
		}
	}
	p.sections = s
	return nil
}

func parseRanges(ss []string, field string) ([]ICD10Range, error) {
	var out []ICD10Range
	for i, s := range ss {
		r, err := ParseICD10Range(s)
		if err != nil {
			return nil, yearErr(fmt.Sprintf("%s[%d]", field, i), strconv.Quote(s)+" is not a code or range of ICD-10", err)
		}
		out = append(out, r)
	}
	return out, nil
}

// loadClasses builds the programme's own ICD-10 mapping when the data gives
// classes or exclusions; each list replaces the built-in one whole.
func (p *Programme) loadClasses(d *yearJSON) error {
	if d.Classes == nil && d.Exclusions == nil {
		return nil
	}
	s := &classSet{classes: builtinClasses.classes}
	if d.Classes != nil {
		s.classes = [classCount + 1]classRanges{}
		seen := map[Class]bool{}
		for i, c := range d.Classes {
			f := fmt.Sprintf("classes[%d]", i)
			class, err := keyed(ParseClass, c.Class)
			if err != nil {
				return yearErr(f+".class", "unknown class "+strconv.Quote(c.Class), err)
			}
			if seen[class] {
				return yearErr(f+".class", "class "+class.String()+" listed twice", nil)
			}
			seen[class] = true
			rr := &s.classes[class]
			if rr.ranges, err = parseRanges(c.Ranges, f+".ranges"); err != nil {
				return err
			}
			if rr.doubtful, err = parseRanges(c.Doubtful, f+".doubtful"); err != nil {
				return err
			}
			rr.unconfirmed = c.Unconfirmed
		}
	}
	excl := builtinClasses.excl
	if d.Exclusions != nil {
		excl = nil
		for i, e := range d.Exclusions {
			f := fmt.Sprintf("exclusions[%d]", i)
			x, err := keyed(parseExclusion, e.Exclusion)
			if err != nil {
				return yearErr(f+".exclusion", "unknown exclusion "+strconv.Quote(e.Exclusion), err)
			}
			rs, err := parseRanges(e.Ranges, f+".ranges")
			if err != nil {
				return err
			}
			for _, r := range rs {
				excl = append(excl, classRange{lo: r.lo(), hi: r.hi(), class: Class(x)})
			}
		}
	}
	s.build(excl)
	if a, b, ok := overlap(s.index); ok {
		return yearErr("classes", fmt.Sprintf("the ranges of %s and %s overlap at %s", a.class, b.class, b.lo), nil)
	}
	if a, b, ok := overlap(s.excl); ok {
		return yearErr("exclusions", fmt.Sprintf("the ranges of %s and %s overlap at %s", Exclusion(a.class), Exclusion(b.class), b.lo), nil)
	}
	p.classes = s
	return nil
}

func (p *Programme) loadCare(d *yearJSON) error {
	if d.Care == nil {
		return nil
	}
	var care [kindEnd]careEntry
	for i, c := range d.Care {
		f := fmt.Sprintf("care[%d]", i)
		var k CareKind
		if err := unmarshalKey(&k, c.Kind); err != nil {
			return yearErr(f+".kind", "unknown care kind "+strconv.Quote(c.Kind), err)
		}
		if care[k].set {
			return yearErr(f+".kind", "care kind "+k.String()+" listed twice", nil)
		}
		e := careEntry{set: true, unconfirmed: c.Unconfirmed}
		if err := unmarshalKey(&e.funding, c.Funding); err != nil {
			return yearErr(f+".funding", "unknown funding "+strconv.Quote(c.Funding), err)
		}
		if c.From != "" {
			from, err := parseDay(c.From, f+".from")
			if err != nil {
				return err
			}
			if from.Year() != d.Year {
				return yearErr(f+".from", fmt.Sprintf("%s is not in the programme year %d", from, d.Year), nil)
			}
			e.since, e.hasSince = from, true
		}
		care[k] = e
	}
	p.care = &care
	return nil
}

func (p *Programme) loadActivities(d *yearJSON) error {
	if d.Activities == nil {
		for a := Activity(1); a < activityEnd; a++ {
			p.activities[a] = d.Year >= activityTable[a].since
		}
		return nil
	}
	for i, s := range d.Activities {
		a, err := keyed(parseActivity, s)
		if err != nil {
			return yearErr(fmt.Sprintf("activities[%d]", i), "unknown activity "+strconv.Quote(s), err)
		}
		if p.activities[a] {
			return yearErr(fmt.Sprintf("activities[%d]", i), "activity "+s+" listed twice", nil)
		}
		p.activities[a] = true
	}
	return nil
}

func (p *Programme) loadWaits(d *yearJSON) error {
	from := date.New(d.Year, time.January, 1)
	for i, w := range d.WaitingTimes {
		f := fmt.Sprintf("waiting_times[%d]", i)
		var v Wait
		if err := unmarshalKey(&v.Kind, w.Kind); err != nil {
			return yearErr(f+".kind", "unknown wait kind "+strconv.Quote(w.Kind), err)
		}
		if p.waits[v.Kind].ok {
			return yearErr(f+".kind", "wait kind "+w.Kind+" listed twice", nil)
		}
		if w.Limit <= 0 || w.Limit > 10000 {
			return yearErr(f+".limit", fmt.Sprintf("limit %d is not in 1–10000", w.Limit), nil)
		}
		v.Limit = w.Limit
		if err := unmarshalKey(&v.Unit, w.Unit); err != nil {
			return yearErr(f+".unit", "unknown unit "+strconv.Quote(w.Unit), err)
		}
		ev, err := keyed(parseEvent, w.Event)
		if err != nil {
			return yearErr(f+".event", "unknown event "+strconv.Quote(w.Event), err)
		}
		v.Event = ev
		cite := p.sectionWaiting()
		if w.Citation != nil {
			if strings.TrimSpace(w.Citation.Act) == "" {
				return yearErr(f+".citation.act", "the act is not named", nil)
			}
			cite = *w.Citation
		}
		p.waits[v.Kind] = waitEntry{ok: true, dated: oms.Dated[Wait]{From: from, Value: v, Citation: cite, Unconfirmed: w.Unconfirmed}}
	}
	return nil
}

func (p *Programme) loadNorms(d *yearJSON) error {
	from := date.New(d.Year, time.January, 1)
	cite := p.sectionNorms()
	entry := func(v *valueJSON, field string) (normEntry, error) {
		x, err := parseJSONDecimal(v.Value)
		if err != nil {
			return normEntry{}, yearErr(field+".value", err.Error(), err)
		}
		if x.IsNegative() {
			return normEntry{}, yearErr(field+".value", "negative", nil)
		}
		v.Value = canonicalDecimal(v.Value)
		return normEntry{ok: true, dated: oms.Dated[decimal.Decimal]{From: from, Value: x, Citation: cite, Unconfirmed: v.Unconfirmed}}, nil
	}
	for _, list := range []struct {
		name string
		vs   []normJSON
		out  *[normItemEnd]normEntry
	}{{"norms.volumes", d.Norms.Volumes, &p.volumes}, {"norms.unit_costs", d.Norms.UnitCosts, &p.unitCosts}} {
		for i := range list.vs {
			v := &list.vs[i]
			f := fmt.Sprintf("%s[%d]", list.name, i)
			var item NormItem
			if err := unmarshalKey(&item, v.Item); err != nil {
				return yearErr(f+".item", "unknown norm item "+strconv.Quote(v.Item), err)
			}
			if list.out[item].ok {
				return yearErr(f+".item", "norm item "+v.Item+" listed twice", nil)
			}
			e, err := entry(&v.valueJSON, f)
			if err != nil {
				return err
			}
			list.out[item] = e
		}
	}
	if d.Norms.PerCapita != nil {
		e, err := entry(d.Norms.PerCapita, "norms.per_capita")
		if err != nil {
			return err
		}
		p.perCapita = e
	}
	return nil
}

// canonicalDecimal writes a decimal read from a JSON number or string as a
// JSON string of the same digits, the form MarshalJSON writes.
func canonicalDecimal(raw json.RawMessage) json.RawMessage {
	s := string(bytes.TrimSpace(raw))
	if strings.HasPrefix(s, `"`) {
		return json.RawMessage(s)
	}
	return json.RawMessage(strconv.Quote(s))
}

// parseExclusion returns the exclusion with the stable key s.
func parseExclusion(s string) (Exclusion, error) {
	for e := Exclusion(1); int(e) < len(exclusionNames); e++ {
		if exclusionNames[e].key == s {
			return e, nil
		}
	}
	return 0, fmt.Errorf("program: unknown exclusion %q", s)
}

// The keys of enums in a year's data are read with either separator
// between words ("working-days" or "working_days"): the library's keys are
// moving to one spelling, and data written with either must keep loading.
// Anything else about a key is strict.

// keyed parses s with parse, trying the other separator on failure.
func keyed[T any](parse func(string) (T, error), s string) (T, error) {
	v, err := parse(s)
	if err == nil {
		return v, nil
	}
	if alt, ok := otherSeparator(s); ok {
		if v, err2 := parse(alt); err2 == nil {
			return v, nil
		}
	}
	return v, err
}

// unmarshalKey is keyed for a TextUnmarshaler.
func unmarshalKey(u encoding.TextUnmarshaler, s string) error {
	err := u.UnmarshalText([]byte(s))
	if err == nil {
		return nil
	}
	if alt, ok := otherSeparator(s); ok && u.UnmarshalText([]byte(alt)) == nil {
		return nil
	}
	return err
}

// otherSeparator swaps "-" and "_" in a key that uses one of them.
func otherSeparator(s string) (string, bool) {
	switch {
	case strings.Contains(s, "-") && !strings.Contains(s, "_"):
		return strings.ReplaceAll(s, "-", "_"), true
	case strings.Contains(s, "_") && !strings.Contains(s, "-"):
		return strings.ReplaceAll(s, "_", "-"), true
	}
	return "", false
}
