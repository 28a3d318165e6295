package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden file")

func TestGenerateGolden(t *testing.T) {
	var specs []spec
	for _, a := range []string{"Color=colorNames", "Level=levelNames,noparse", "Finish=finishTable.key,err=ErrPaint,kind=paint finish", "SNILSReading=readingNames", "Coat=coatNames,zerovalid", "Brush=brushInfo.0"} {
		s, err := parseSpec(a)
		if err != nil {
			t.Fatal(err)
		}
		specs = append(specs, s)
	}
	dir := filepath.Join("testdata", "paint")
	got, err := generate(dir, "enums_gen.go", specs)
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join(dir, "enums_gen.golden")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (go test -update to accept):\n%s", golden, got)
	}
	// Generating again gives the same bytes: go generate leaves no diff.
	again, _ := generate(dir, "enums_gen.go", specs)
	if !bytes.Equal(got, again) {
		t.Error("output is not stable")
	}
}

func TestGenerateErrors(t *testing.T) {
	dir := filepath.Join("testdata", "paint")
	for arg, want := range map[string]string{
		"Colour=colorNames":  "no type Colour",
		"Color=colourNames":  "no variable colourNames",
		"Color=ErrPaint":     "not set to a composite literal",
		"Finish=finishTable": "is not a constant string",
		"Color=colorNames,x": "unknown option",
		"Color":              "want Type=table",
		"Color=a.b.c":        "bad table",
	} {
		s, err := parseSpec(arg)
		if err == nil {
			_, err = generate(dir, "enums_gen.go", []spec{s})
		}
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %v, want %q", arg, err, want)
		}
	}
}

func TestDuplicateName(t *testing.T) {
	dir := t.TempDir()
	src := "package p\n\ntype T uint8\n\nvar names = [...]string{1: \"a\", 2: \"b\", 3: \"a\"}\n"
	if err := os.WriteFile(filepath.Join(dir, "p.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := generate(dir, "enums_gen.go", []spec{{typ: "T", table: "names", kind: "t"}})
	if err == nil || !strings.Contains(err.Error(), `name "a" is given to 1 and 3`) {
		t.Errorf("error = %v", err)
	}
}

func TestWords(t *testing.T) {
	for in, want := range map[string][2]string{
		"DayKind":      {"day kind", "dayKind"},
		"SNILSReading": {"SNILS reading", "snilsReading"},
		"Unit":         {"unit", "unit"},
		"HQSExclusion": {"HQS exclusion", "hqsExclusion"},
		"ENP":          {"ENP", "enp"},
	} {
		if got := words(in); got != want[0] {
			t.Errorf("words(%q) = %q, want %q", in, got, want[0])
		}
		if got := lowerFirstWord(in); got != want[1] {
			t.Errorf("lowerFirstWord(%q) = %q, want %q", in, got, want[1])
		}
	}
}
