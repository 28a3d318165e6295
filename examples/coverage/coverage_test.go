package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCoverage(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return out.String(), errb.String(), code
}

// block returns the part of the report about one code.
func block(out, head string) string {
	i := strings.Index(out, "\n"+head)
	if i < 0 {
		return ""
	}
	b := out[i+1:]
	if j := strings.Index(b, "\n\n"); j >= 0 {
		b = b[:j]
	}
	return b
}

// TestSample runs the bundled codes against the base programme of 2021
// (ПП РФ № 2299) and St Petersburg's territorial programme for 2021, whose
// law pays for tuberculosis from the city's budget.
func TestSample(t *testing.T) {
	out, errOut, code := runCoverage(t)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	cases := []struct{ head, want string }{
		{"J18.9  COVERED by ОМС (base programme)", "item 11 of section III"},
		{"K02.1  COVERED", "except dental prosthetics"},
		{"A15.0  NOT ОМС — free, paid from the regional budget", "[region 78] program.territorial.addition"},
		{"B90  COVERED", "program.coverage.doubtful-code"}, // a documented choice of the program package (CoverageRules)
		{"A51.0  NOT ОМС", "sexually transmitted diseases"},
		{"B20  NOT ОМС", "program.coverage.excluded"},
		{"F20.0  NOT ОМС", "mental and behavioural disorders"},
		{"Z00.0  COVERED", "program.coverage.activity"},
		{`K02.1  COVERED by ОМС (base programme)   [typed "k021"]`, "item 12"},
		{`A15.0  NOT ОМС — free, paid from the regional budget   [typed "А15.0"]`, "tuberculosis"},
	}
	for _, c := range cases {
		b := block(out, c.head)
		if b == "" {
			t.Errorf("no block %q in:\n%s", c.head, out)
			continue
		}
		if !strings.Contains(b, c.want) {
			t.Errorf("block %q lacks %q:\n%s", c.head, c.want, b)
		}
	}
	if !strings.Contains(out, "ПП РФ № 2299") || !strings.Contains(out, "Закон Санкт-Петербурга от 16.12.2020 № 620-134") {
		t.Error("the programmes' acts are not cited")
	}
}

func TestArgsAndErrors(t *testing.T) {
	// Base programme only, 2026: tuberculosis is outside ОМС, paid from the
	// budget (ПП РФ № 2188).
	out, _, code := runCoverage(t, "-date", "2026-03-01", "-territorial", "none", "A15.0", "XYZ", "I21")
	if code != 1 {
		t.Errorf("exit %d, want 1 for a bad code", code)
	}
	for _, w := range []string{"ПП РФ № 2188", "A15.0  NOT ОМС — free, paid from the regional budget", "XYZ — not an ICD-10 code", "I21  COVERED", "bad input 1"} {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
	if strings.Contains(out, "region 78") {
		t.Error("-territorial none still asks the region")
	}
	for _, args := range [][]string{
		{"-format", "xml"},
		{"-date", "2026-02-30"},
		{"-date", "2026-03-01"}, // the bundled territorial programme is for 2021
		{"-territorial", filepath.Join(t.TempDir(), "missing.json")},
		{"-codes", "x.txt", "K02"},
	} {
		if _, _, code := runCoverage(t, args...); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
	bad := filepath.Join(t.TempDir(), "t.json")
	os.WriteFile(bad, []byte(`{"region":"78","year":2021,"colour":"red"}`), 0o600)
	if _, errOut, code := runCoverage(t, "-territorial", bad, "K02"); code != 2 || !strings.Contains(errOut, "colour") {
		t.Errorf("unknown field: exit %d, %s", code, errOut)
	}
}

func TestJSON(t *testing.T) {
	out, _, code := runCoverage(t, "-format", "json", "K02.1", "A15")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var doc struct {
		Answers []struct {
			Code        string
			Verdict     string
			Base        struct{ OK bool }
			Territorial struct{ OK bool }
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Answers) != 2 || doc.Answers[0].Verdict != "covered" || !doc.Answers[0].Base.OK ||
		doc.Answers[1].Verdict != "budget" || doc.Answers[1].Base.OK || doc.Answers[1].Territorial.OK {
		t.Errorf("%+v", doc)
	}
}
