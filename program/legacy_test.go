package program

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"reflect"
	"testing"
	"time"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
)

var updateLegacy = flag.Bool("update-legacy", false, "rewrite testdata/legacy-answers.json from the current code")

// yearAnswers is every answer a programme year gives through the package's
// API: the golden file testdata/legacy-answers.json holds them as the
// year-switch code of waiting.go and norms.go gave them before the years
// moved into program/data, so the data is checked to answer exactly as
// that code did.
type yearAnswers struct {
	Year        int
	Decree      any
	Adopted     string
	Unconfirmed string
	Amendments  any
	Waits       map[string]any
	Timelines   map[string]any
	Volumes     map[string]any
	UnitCosts   map[string]any
	PerCapita   any
	Activities  any
	HasActivity map[string]any
	BaseCare    any
	Care        map[string]any
	Covers      map[string]any
}

func answerOrErr[T any](v T, err error) any {
	if errors.Is(err, ErrNoWait) {
		return "ErrNoWait"
	}
	if errors.Is(err, ErrNoNorm) {
		return "ErrNoNorm"
	}
	if err != nil {
		return "error: " + err.Error()
	}
	return v
}

var legacyCodes = []string{"A00", "A15.0", "A19.9", "A50", "A64", "B20.1", "B24", "B90.9", "C50.1", "D50", "D89", "E10.9",
	"E66", "F10.2", "F32.1", "G40", "H25", "H66", "I21.0", "J18", "K02.1", "L40", "M54", "N18", "O80", "P07",
	"Q21", "Q66", "Q90", "R75", "R50", "S72.0", "T98", "U07.1", "U09", "V01", "Y98", "Z00.0", "Z21", "Z34"}

func answersOf(p *Programme) yearAnswers {
	a := yearAnswers{Year: p.Year(), Decree: p.Decree(), Adopted: p.Adopted().String(), Unconfirmed: p.Unconfirmed(),
		Amendments: p.Amendments(), Waits: map[string]any{}, Timelines: map[string]any{}, Volumes: map[string]any{},
		UnitCosts: map[string]any{}, HasActivity: map[string]any{}, Care: map[string]any{}, Covers: map[string]any{}}
	for _, k := range WaitKinds() {
		a.Waits[k.String()] = answerOrErr(p.Wait(k))
		if p.Year() == FirstYear {
			a.Timelines[k.String()] = WaitTimeline(k).Versions()
		}
	}
	for _, i := range NormItems() {
		a.Volumes[i.String()] = answerOrErr(p.Volume(i))
		a.UnitCosts[i.String()] = answerOrErr(p.UnitCost(i))
	}
	a.PerCapita = answerOrErr(p.PerCapita())
	a.Activities = p.Activities()
	for _, x := range Activities() {
		a.HasActivity[x.String()] = compact(p.HasActivity(x))
	}
	a.BaseCare = p.BaseCare()
	for _, k := range CareKinds() {
		a.Care[k.String()] = compact(p.IncludesCare(Care{Kind: k}))
	}
	for _, s := range legacyCodes {
		a.Covers[s] = compact(p.Covers(MustParseICD10(s)))
	}
	return a
}

// compact writes a decision as its findings' codes, severities, flags and
// citations: what the year's data decides (the texts are checked by the
// tests of Covers, IncludesCare and HasActivity).
func compact(d oms.Decision) []string {
	var out []string
	for _, f := range d.Findings() {
		out = append(out, fmt.Sprintf("%s|%s|%t|%s|%s|%s", f.Code, f.Severity, f.Unconfirmed, f.Citation, f.Citation.Title, f.Citation.URL))
	}
	return out
}

// normalise passes the answers through JSON so that they compare with the
// golden file as plain values.
func normalise(t *testing.T, v any) any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestBuiltinYearsAnswerAsLegacy checks that every built-in programme year
// answers exactly as the year-switch code did (testdata/legacy-answers.json
// was written by that code with -update-legacy before it was removed). Each
// later, deliberate change of an answer (texts of Covers, citations without
// regional URLs, JSON names) rewrote the file in a commit that says so.
func TestBuiltinYearsAnswerAsLegacy(t *testing.T) {
	const golden = "testdata/legacy-answers.json"
	var got []yearAnswers
	for y := FirstYear; y <= LastYear; y++ {
		got = append(got, answersOf(MustBase(date.New(y, time.June, 1))))
	}
	if *updateLegacy {
		// One year a line, so that a diff of the file names the year.
		b := []byte("[\n")
		for i, a := range got {
			line, err := json.Marshal(a)
			if err != nil {
				t.Fatal(err)
			}
			if i > 0 {
				b = append(b, ",\n"...)
			}
			b = append(b, line...)
		}
		b = append(b, "\n]\n"...)
		if err := os.WriteFile(golden, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	b, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	var want any
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	have := normalise(t, got)
	if reflect.DeepEqual(want, have) {
		return
	}
	ws, hs := want.([]any), have.([]any)
	if len(ws) != len(hs) {
		t.Fatalf("%d years, the legacy code had %d", len(hs), len(ws))
	}
	for i := range ws {
		w, h := ws[i].(map[string]any), hs[i].(map[string]any)
		for k := range w {
			if !reflect.DeepEqual(w[k], h[k]) {
				wb, _ := json.Marshal(w[k])
				hb, _ := json.Marshal(h[k])
				t.Errorf("year %v, %s:\nlegacy %s\nnow    %s", w["Year"], k, wb, hb)
			}
		}
	}
}
