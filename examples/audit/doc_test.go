package main

import (
	"go/parser"
	"go/token"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// TestDocumentedNamesAreRead holds the package documentation's input
// format to the readers: every snake_case name in its "Input" section is
// a CSV column and a JSON Lines member the program accepts.
func TestDocumentedNamesAreRead(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "main.go", nil, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		t.Fatal(err)
	}
	doc := f.Doc.Text()
	_, input, ok := strings.Cut(doc, "\n# Input\n")
	input, _, ok2 := strings.Cut(input, "\n# Output\n")
	if !ok || !ok2 {
		t.Fatalf("no Input section before an Output section in the package doc:\n%s", doc)
	}
	members := map[string]bool{}
	typ := reflect.TypeFor[jsonApplication]()
	for i := range typ.NumField() {
		name, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
		members[name] = true
	}
	names := regexp.MustCompile(`\b[a-z]+(?:_[a-z]+)+\b`).FindAllString(input, -1)
	if len(names) < 8 {
		t.Fatalf("only %d snake_case names in the Input section: %v", len(names), names)
	}
	for _, n := range names {
		if _, ok := setters[n]; !ok {
			t.Errorf("the doc names %q, which is not a CSV column", n)
		}
		if !members[n] {
			t.Errorf("the doc names %q, which is not a JSON Lines member", n)
		}
	}
}
