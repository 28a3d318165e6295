package program

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
)

// TestYearRoundTrip marshals every built-in year and loads it back: the
// data and every answer are the same.
func TestYearRoundTrip(t *testing.T) {
	for _, p := range Programmes() {
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("%d: %v", p.Year(), err)
		}
		q, err := LoadYear(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%d: %v", p.Year(), err)
		}
		if !reflect.DeepEqual(p.data, q.data) {
			t.Errorf("%d: data differs after a round trip", p.Year())
		}
		if !reflect.DeepEqual(normalise(t, answersOf(p)), normalise(t, answersOf(q))) {
			t.Errorf("%d: answers differ after a round trip", p.Year())
		}
		b2, _ := json.Marshal(q)
		if !bytes.Equal(b, b2) {
			t.Errorf("%d: JSON differs after a round trip", p.Year())
		}
	}
}

// TestBuiltinFilesAreTheirYears checks each data file is named for its year
// and the years are contiguous.
func TestBuiltinFilesAreTheirYears(t *testing.T) {
	ps := Programmes()
	if len(ps) != LastYear-FirstYear+1 {
		t.Fatalf("%d built-in years, want %d", len(ps), LastYear-FirstYear+1)
	}
	for i, p := range ps {
		if p.Year() != FirstYear+i {
			t.Errorf("programme %d is for %d", i, p.Year())
		}
		b, err := os.ReadFile("data/" + date.New(p.Year(), 1, 1).Format("2006") + ".json")
		if err != nil {
			t.Fatal(err)
		}
		q, err := LoadYear(bytes.NewReader(b))
		if err != nil || q.Year() != p.Year() {
			t.Errorf("data/%d.json: year %d, %v", p.Year(), q.Year(), err)
		}
	}
	first := Builtin()
	if again := Builtin(); again != first {
		t.Error("Builtin is rebuilt per call")
	}
	a, _ := Base(date.New(2026, time.March, 1))
	b, _ := Base(date.New(2026, time.October, 1))
	if a != b {
		t.Error("Base returns a new Programme per call")
	}
}

func load2026(t *testing.T) yearJSON {
	t.Helper()
	b, err := os.ReadFile("data/2026.json")
	if err != nil {
		t.Fatal(err)
	}
	var d yearJSON
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	return d
}

// TestLoadYearNext loads a programme year 2027 as a caller would when the
// decree is out, and combines it with the built-in years.
func TestLoadYearNext(t *testing.T) {
	asOf := date.New(2027, time.March, 1)
	_, err := Base(asOf)
	if !errors.Is(err, ErrNoProgramme) || !errors.Is(err, oms.ErrNotInForce) || !strings.Contains(err.Error(), "not in the data") {
		t.Fatalf("Base(2027) before loading: %v", err)
	}
	d := load2026(t)
	d.Year, d.Adopted = 2027, "2026-12-29"
	d.Decree = oms.Citation{Act: "ПП РФ № 9999 от 29.12.2026", Title: "тестовая программа"}
	d.WaitingTimes[2].Limit = 10 // specialist: a shorter limit
	d.Norms.PerCapita = &valueJSON{Value: json.RawMessage(`26500.5`)}
	d.Exclusions = []exclusionJSON{{Exclusion: "tuberculosis", Ranges: []string{"A15-A19", "B90"}}}
	b, _ := json.Marshal(d)
	p, err := LoadYear(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	cat, err := Builtin().With(p)
	if err != nil {
		t.Fatal(err)
	}
	got, err := cat.Base(asOf)
	if err != nil || got != p {
		t.Fatalf("catalog Base(2027) = %v, %v", got, err)
	}
	if _, err := Base(asOf); err == nil {
		t.Fatal("With changed the built-in catalog")
	}
	w, _ := got.Wait(WaitSpecialist)
	if w.Value.Limit != 10 || w.Citation.Act != "ПП РФ № 9999 от 29.12.2026" {
		t.Errorf("2027 specialist wait = %+v", w)
	}
	pc, _ := got.PerCapita()
	if pc.Value.String() != "26500.5" {
		t.Errorf("per capita = %s", pc.Value)
	}
	if got.Covers(MustParseICD10("B90.9")).OK() || !MustBase(date.New(2026, 1, 1)).Covers(MustParseICD10("B90.9")).OK() {
		t.Error("the loaded exclusions do not apply to 2027 alone")
	}
	if tl := cat.WaitTimeline(WaitSpecialist); tl.Len() != 9 {
		t.Errorf("timeline has %d versions, want 9", tl.Len())
	}
	if ps := cat.Programmes(); len(ps) != 9 || ps[8] != p {
		t.Errorf("catalog has %d programmes", len(ps))
	}
	// A corrected built-in year replaces the old one.
	d.Year, d.Adopted = 2026, "2025-12-29"
	b, _ = json.Marshal(d)
	p26, err := LoadYear(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	cat2, err := cat.With(p26)
	if err != nil || len(cat2.Programmes()) != 9 || cat2.Programmes()[7] != p26 {
		t.Fatalf("replacing 2026: %v", err)
	}
	if _, err := cat.With(p26, p26); !errors.Is(err, ErrYearData) {
		t.Errorf("two programmes of a year: %v", err)
	}
	if _, err := cat.With(nil); !errors.Is(err, ErrYearData) {
		t.Errorf("nil programme: %v", err)
	}
}

// TestLoadYearErrors checks that every error names the field at fault.
func TestLoadYearErrors(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(m map[string]any)
		field string
	}{
		{"unknown top field", func(m map[string]any) { m["extra"] = 1 }, "extra"},
		{"year type", func(m map[string]any) { m["year"] = "2027" }, "year"},
		{"year range", func(m map[string]any) { m["year"] = 1812 }, "year"},
		{"no decree", func(m map[string]any) { m["decree"] = map[string]any{"act": ""} }, "decree.act"},
		{"decree unknown field", func(m map[string]any) {
			m["decree"].(map[string]any)["point"] = "1"
			m["decree"].(map[string]any)["pointe"] = "1"
		}, "decree.pointe"},
		{"bad adopted", func(m map[string]any) { m["adopted"] = "2025-02-30" }, "adopted"},
		{"adopted far", func(m map[string]any) { m["adopted"] = "2020-01-01" }, "adopted"},
		{"section", func(m map[string]any) { m["sections"].(map[string]any)["waiting_times"] = "7" }, "sections.waiting_times"},
		{"limit type", func(m map[string]any) { wt(m, 3)["limit"] = "14" }, "waiting_times[3].limit"},
		{"limit zero", func(m map[string]any) { wt(m, 3)["limit"] = 0 }, "waiting_times[3].limit"},
		{"unit", func(m map[string]any) { wt(m, 1)["unit"] = "weeks" }, "waiting_times[1].unit"},
		{"event", func(m map[string]any) { wt(m, 4)["event"] = "whim" }, "waiting_times[4].event"},
		{"kind", func(m map[string]any) { wt(m, 0)["kind"] = "dentist" }, "waiting_times[0].kind"},
		{"kind twice", func(m map[string]any) { wt(m, 1)["kind"] = wt(m, 0)["kind"] }, "waiting_times[1].kind"},
		{"wait unknown field", func(m map[string]any) { wt(m, 5)["days"] = 3 }, "waiting_times[5].days"},
		{"wait citation field", func(m map[string]any) { wt(m, 2)["citation"] = map[string]any{"act": "x", "para": "1"} }, "waiting_times[2].citation.para"},
		{"wait citation act", func(m map[string]any) { wt(m, 2)["citation"] = map[string]any{"point": "1"} }, "waiting_times[2].citation.act"},
		{"norm value", func(m map[string]any) { norms(m, "volumes", 0)["value"] = "abc" }, "norms.volumes[0].value"},
		{"norm negative", func(m map[string]any) { norms(m, "volumes", 0)["value"] = -1 }, "norms.volumes[0].value"},
		{"norm item", func(m map[string]any) { norms(m, "volumes", 0)["item"] = "beds" }, "norms.volumes[0].item"},
		{"per capita", func(m map[string]any) { m["norms"].(map[string]any)["per_capita"] = map[string]any{"value": true} }, "norms.per_capita.value"},
		{"class", func(m map[string]any) { m["classes"] = []any{map[string]any{"class": "x", "ranges": []any{}}} }, "classes[0].class"},
		{"class range", func(m map[string]any) {
			m["classes"] = []any{map[string]any{"class": "neoplasms", "ranges": []any{"C00-D48", "Q"}}}
		}, "classes[0].ranges[1]"},
		{"class overlap", func(m map[string]any) {
			m["classes"] = []any{map[string]any{"class": "neoplasms", "ranges": []any{"C00-D48"}},
				map[string]any{"class": "blood", "ranges": []any{"D40-D77"}}}
		}, "classes"},
		{"exclusion", func(m map[string]any) {
			m["exclusions"] = []any{map[string]any{"exclusion": "leprosy", "ranges": []any{"A30"}}}
		}, "exclusions[0].exclusion"},
		{"care funding", func(m map[string]any) { m["care"] = []any{map[string]any{"kind": "ambulance", "funding": "tax"}} }, "care[0].funding"},
		{"care from", func(m map[string]any) {
			m["care"] = []any{map[string]any{"kind": "ambulance", "funding": "oms", "from": "2019-01-01"}}
		}, "care[0].from"},
		{"activity", func(m map[string]any) { m["activities"] = []any{"nipt", "yoga"} }, "activities[1]"},
		{"amendment from", func(m map[string]any) {
			m["amendments"] = []any{map[string]any{"citation": map[string]any{"act": "ПП"}, "from": "2026-13-01", "ru": "x", "en": "x"}}
		}, "amendments[0].from"},
		{"amendment citation", func(m map[string]any) {
			m["amendments"] = []any{map[string]any{"citation": map[string]any{"act": "ПП", "z": 1}, "from": "2026-03-01", "ru": "x", "en": "x"}}
		}, "amendments[0].citation.z"},
	}
	base, _ := os.ReadFile("data/2026.json")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m map[string]any
			if err := json.Unmarshal(base, &m); err != nil {
				t.Fatal(err)
			}
			tt.edit(m)
			b, _ := json.Marshal(m)
			_, err := LoadYear(bytes.NewReader(b))
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Field != tt.field || !errors.Is(err, ErrYearData) || errors.Is(err, ErrTerritorial) {
				t.Fatalf("error %v, want field %q", err, tt.field)
			}
			if !strings.Contains(err.Error(), "programme year: "+tt.field) {
				t.Errorf("message %q does not name %s", err, tt.field)
			}
		})
	}
	for _, doc := range []string{"", "{", "[]", `{"year": 2026} {}`, "null x"} {
		if _, err := LoadYear(strings.NewReader(doc)); !errors.Is(err, ErrYearData) {
			t.Errorf("LoadYear(%q) = %v", doc, err)
		}
	}
}

func wt(m map[string]any, i int) map[string]any {
	return m["waiting_times"].([]any)[i].(map[string]any)
}

func norms(m map[string]any, list string, i int) map[string]any {
	return m["norms"].(map[string]any)[list].([]any)[i].(map[string]any)
}

// TestPathAtOffset checks the paths of type errors deep in a document.
func TestPathAtOffset(t *testing.T) {
	doc := []byte(`{"a": [1, {"b": [true, "x"]}], "c": {"d": 2}}`)
	for _, tt := range []struct {
		after string
		want  string
	}{{`"x"`, "a[1].b[1]"}, {`true`, "a[1].b[0]"}, {`2}`, "c.d"}, {`1`, "a[0]"}} {
		off := int64(bytes.Index(doc, []byte(tt.after)) + len(strings.TrimSuffix(tt.after, "}")))
		if got := pathAtOffset(doc, off); got != tt.want {
			t.Errorf("after %s: %q, want %q", tt.after, got, tt.want)
		}
	}
}

// FuzzLoadYear feeds LoadYear arbitrary documents: it must return a
// programme or an error naming a field, never panic; a programme it returns
// marshals and loads back the same.
func FuzzLoadYear(f *testing.F) {
	for y := FirstYear; y <= LastYear; y++ {
		b, err := builtinData.ReadFile("data/" + date.New(y, 1, 1).Format("2006") + ".json")
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	deep := []string{
		`{"year":2027,"decree":{"act":"ПП"},"adopted":"2026-12-29","sections":{"care_types":"II","diseases":"III","base_programme":"IV","budget":"","waiting_times":"VII","norms":""},` +
			`"waiting_times":[{"kind":"specialist","limit":14,"unit":"working-days","event":"appeal","citation":{"act":"ПП","point":"5"}}],` +
			`"norms":{"volumes":[{"item":"ambulance","value":0.29}],"unit_costs":[{"item":"ambulance","value":"1e3"}],"per_capita":{"value":"1"}},` +
			`"classes":[{"class":"neoplasms","ranges":["C00-D48"],"doubtful":["D10"],"unconfirmed":"x"}],"exclusions":[{"exclusion":"hiv","ranges":["B20-B24"]}],` +
			`"care":[{"kind":"palliative-medical","funding":"oms","from":"2027-06-01"}],"activities":["nipt"],` +
			`"amendments":[{"citation":{"act":"ПП"},"from":"2027-02-01","ru":"x","en":"y"}]}`,
		`{"year":2027,"waiting_times":[{"kind":"specialist","limit":"x"}]}`,
		`{"year":2027,"norms":{"volumes":[{"item":"ambulance","value":"1e400"}]}}`,
		`{"classes":[{"class":"neoplasms","ranges":["C00-D48"]},{"class":"blood","ranges":["D40"]}]}`,
	}
	for _, s := range deep {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := LoadYear(bytes.NewReader(data))
		if err != nil {
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Field == "" || !errors.Is(err, ErrYearData) {
				t.Fatalf("error %v is not a FieldError naming a field", err)
			}
			return
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		q, err := LoadYear(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("reload: %v", err)
		}
		if !reflect.DeepEqual(p.data, q.data) {
			t.Fatal("round trip changed the data")
		}
		for _, k := range WaitKinds() {
			if _, err := p.DueBy(k, time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC), nil); err != nil && !errors.Is(err, ErrNoWait) && !strings.Contains(err.Error(), "working days") {
				t.Fatalf("DueBy %s: %v", k, err)
			}
		}
		p.Covers(MustParseICD10("D10"))
	})
}

// TestLoadYearKeySpellings: a year's data loads with "-" or "_" between the
// words of its keys, and nothing looser.
func TestLoadYearKeySpellings(t *testing.T) {
	b, _ := os.ReadFile("data/2026.json")
	alt := strings.NewReplacer(`"working-days"`, `"working_days"`, `"planned-specialised"`, `"planned_specialised"`,
		`"histology-or-diagnosis"`, `"histology_or_diagnosis"`).Replace(string(b))
	p, err := LoadYear(strings.NewReader(alt))
	if err != nil {
		t.Fatal(err)
	}
	w, _ := p.Wait(WaitPlannedSpecialised)
	if w.Value.Unit != WorkingDays || w.Value.Limit != 14 {
		t.Errorf("planned_specialised = %+v", w)
	}
	bad := strings.Replace(string(b), `"working-days"`, `"working days"`, 1)
	if _, err := LoadYear(strings.NewReader(bad)); err == nil {
		t.Error(`"working days" accepted`)
	}
}

// TestLoadYearChangedLists: a year whose data changes the classes, who
// pays for a kind of care and the activities answers with its own lists.
func TestLoadYearChangedLists(t *testing.T) {
	d := load2026(t)
	d.Year, d.Adopted = 2028, "2027-12-28"
	d.Classes = []classJSON{{Class: "neoplasms", Ranges: []string{"C00-D48"}}, {Class: "mental", Ranges: []string{"F00-F99"}}}
	d.Care = []careJSON{{Kind: "palliative-medical", Funding: "oms", From: "2028-07-01", Unconfirmed: true}}
	d.Activities = []string{"nipt"}
	b, _ := json.Marshal(d)
	p, err := LoadYear(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if c, ok := p.ClassOf(MustParseICD10("C50.1")); !ok || c != ClassNeoplasms {
		t.Errorf("C50.1 in %s", c)
	}
	if _, ok := p.ClassOf(MustParseICD10("I21.0")); ok {
		t.Error("I21.0 in a class the year does not list")
	}
	if p.Covers(MustParseICD10("I21.0")).OK() || !p.Covers(MustParseICD10("C50.1")).OK() {
		t.Error("Covers does not follow the year's classes")
	}
	if x, ok := p.ExclusionOf(MustParseICD10("F32.1")); !ok || x != ExclusionMental {
		t.Error("the built-in exclusions are not kept")
	}
	if p.BaseFunding(KindPalliativeMedical) != FundingOMS || !p.IncludesCare(Care{Kind: KindPalliativeMedical}).Has(CodeCareNotYet) {
		t.Error("the year's care is not applied")
	}
	if acts := p.Activities(); len(acts) != 1 || acts[0] != ActivityNIPT || p.HasActivity(ActivityDispensarisation).OK() {
		t.Errorf("activities = %v", acts)
	}
	cat, _ := Builtin().With(p)
	if _, err := cat.Base(date.New(2027, time.May, 1)); err == nil || !strings.Contains(err.Error(), "2019, 2020") {
		t.Errorf("a gap year: %v", err)
	}
	if y, ok := cat.Year(2028); !ok || y != p {
		t.Error("Year(2028)")
	}
	if tl := cat.WaitTimeline(WaitSpecialist); tl.Len() != 9 {
		t.Errorf("timeline of %d versions", tl.Len())
	}
}
