package nsi

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestICD10Loaders(t *testing.T) {
	load := map[string]func() (*ICD10Dict, error){
		"M001.zip":       func() (*ICD10Dict, error) { return LoadM001(open(t, "M001.zip")) },
		"mkb10.json":     func() (*ICD10Dict, error) { return LoadICD10MZ(open(t, "mkb10.json")) },
		"mkb10_json.zip": func() (*ICD10Dict, error) { return LoadICD10MZ(open(t, "mkb10_json.zip")) },
		"mkb10.csv":      func() (*ICD10Dict, error) { return LoadICD10MZ(open(t, "mkb10.csv")) },
	}
	on := day(2024, time.May, 1)
	for name, fn := range load {
		d, err := fn()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		e, ok := d.Lookup("a00.0") // lower case and Latin: normalised
		if !ok || e.Name != "Холера, вызванная холерным вибрионом 01, биовар cholerae" {
			t.Errorf("%s: Lookup(A00.0) = %+v, %v", name, e, ok)
		}
		if !d.CurrentOn("А00.0", on) { // Cyrillic А
			t.Errorf("%s: A00.0 with a Cyrillic А is not current", name)
		}
		if d.Exists("Z99.9") {
			t.Errorf("%s: Z99.9 exists", name)
		}
		if strings.HasPrefix(name, "mkb10") && e.Parent != "A00" {
			t.Errorf("%s: parent of A00.0 = %q, want A00", name, e.Parent)
		}
	}
	mz, _ := LoadICD10MZ(open(t, "mkb10.json"))
	if !mz.Exists("U07.3") || mz.CurrentOn("U07.3", on) {
		t.Error("U07.3 (ACTUAL 0) must exist and not be current")
	}
	if mz.CurrentOn("U07.1", day(2019, time.December, 31)) {
		t.Error("U07.1 is current before its DATE 2020-02-01")
	}
	m001, _ := LoadM001(open(t, "M001.zip"))
	if m001.CurrentOn("X59.0", on) || !m001.CurrentOn("X59.0", day(2015, time.December, 31)) {
		t.Error("X59.0 (DATEEND 31.12.2015) is wrong")
	}
}

func TestICD10Check(t *testing.T) {
	d, err := LoadM001(open(t, "M001.zip"))
	if err != nil {
		t.Fatal(err)
	}
	on := day(2024, time.May, 1)
	tests := []struct {
		dict *ICD10Dict
		code string
		want string
	}{
		{d, "J18.9", CodeICD10Current},
		{d, "J18.8", CodeICD10Unknown},
		{d, "X59.0", CodeICD10NotActual},
		{d, "J18.", CodeICD10Syntax},
		{nil, "J18.8", CodeICD10SyntaxOK}, // no dictionary: syntax only
		{nil, "Ж18", CodeICD10Syntax},
	}
	for _, tt := range tests {
		got := tt.dict.Check(tt.code, on)
		if !got.Has(tt.want) {
			t.Errorf("Check(%q) = %v, want %s", tt.code, got, tt.want)
		}
	}
}

func TestICD10Errors(t *testing.T) {
	tests := []struct{ name, in, field string }{
		{"no code", `[{"MKB_NAME": "x"}]`, "MKB_CODE"},
		{"no name", `[{"MKB_CODE": "A00"}]`, "MKB_NAME"},
		{"bad actual", `[{"MKB_CODE": "A00", "MKB_NAME": "x", "ACTUAL": "maybe"}]`, "ACTUAL"},
		{"bad date", `[{"MKB_CODE": "A00", "MKB_NAME": "x", "DATE": "2019-13-01"}]`, "DATE"},
		{"not records", `{"x": 1}`, ""},
		{"empty", `[]`, ""},
		{"bad json", `[{`, ""},
		{"csv no rows", "MKB_CODE;MKB_NAME\n", ""},
	}
	for _, tt := range tests {
		_, err := LoadICD10MZ(strings.NewReader(tt.in))
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Field != tt.field {
			t.Errorf("%s: err = %v, want a *ParseError on %q", tt.name, err, tt.field)
		}
	}
}

func FuzzLoadICD10MZ(f *testing.F) {
	f.Add(fixture(f, "mkb10.json"))
	f.Add(fixture(f, "mkb10.csv"))
	f.Add(fixture(f, "mkb10_json.zip"))
	f.Fuzz(func(t *testing.T, in []byte) {
		d, err := LoadICD10MZ(bytes.NewReader(in))
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *ParseError", err)
			}
			return
		}
		for _, e := range d.entries {
			if !d.Exists(e.Code) {
				t.Fatalf("entry %q is not found by its own code", e.Code)
			}
		}
	})
}

func FuzzLoadM001(f *testing.F) {
	f.Add(fixture(f, "M001.zip"))
	f.Fuzz(func(t *testing.T, in []byte) {
		if _, err := LoadM001(bytes.NewReader(in)); err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *ParseError", err)
			}
		}
	})
}
