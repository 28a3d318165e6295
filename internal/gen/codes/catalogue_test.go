package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/omsrules/oms"
)

// moduleRoot is the directory of go.mod, three levels up.
var moduleRoot = filepath.Join("..", "..", "..")

// The committed CODES.md and codes.json are what the generator writes
// now; CI checks the same by running go generate.
func TestCatalogueIsCurrent(t *testing.T) {
	md, js, err := render()
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string][]byte{"CODES.md": md, "codes.json": js} {
		got, err := os.ReadFile(filepath.Join(moduleRoot, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale: run go generate in the module root", name)
		}
	}
}

func TestBuildRejects(t *testing.T) {
	ok := oms.CodeInfo{Code: "smo.switch.annual-limit", Package: "smo", Severity: oms.Violation, RU: "р", EN: "e"}
	with := func(f func(*oms.CodeInfo)) oms.CodeInfo { c := ok; f(&c); return c }
	for _, c := range []struct {
		list []oms.CodeInfo
		want string
	}{
		{[]oms.CodeInfo{ok, ok}, "listed twice"},
		{[]oms.CodeInfo{with(func(c *oms.CodeInfo) { c.Code = "smo.Switch" })}, "not dotted lower-case"},
		{[]oms.CodeInfo{with(func(c *oms.CodeInfo) { c.Code = "smo" })}, "not dotted lower-case"},
		{[]oms.CodeInfo{with(func(c *oms.CodeInfo) { c.Code = "smo..x" })}, "not dotted lower-case"},
		{[]oms.CodeInfo{with(func(c *oms.CodeInfo) { c.Code = "smo.a_b" })}, "not dotted lower-case"},
		{[]oms.CodeInfo{with(func(c *oms.CodeInfo) { c.Code = "policy.x" })}, `package's name "smo."`},
		{[]oms.CodeInfo{with(func(c *oms.CodeInfo) { c.Package = "" })}, "has no package"},
		{[]oms.CodeInfo{with(func(c *oms.CodeInfo) { c.Severity = 9 })}, "invalid severity"},
		{[]oms.CodeInfo{with(func(c *oms.CodeInfo) { c.EN = " " })}, "English text"},
		{[]oms.CodeInfo{with(func(c *oms.CodeInfo) { c.Citations = []oms.Citation{{Article: "1"}} })}, "without an act"},
	} {
		_, err := build(c.list)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: error %v, want %q", c.list, err, c.want)
		}
	}
	b := with(func(c *oms.CodeInfo) { c.Code = "smo.a" })
	got, err := build([]oms.CodeInfo{ok}, []oms.CodeInfo{b})
	if err != nil || len(got) != 2 || got[0].Code != "smo.a" {
		t.Errorf("build = %v, %v; want sorted by code", got, err)
	}
}

func TestMarkdownEscapes(t *testing.T) {
	md := string(writeMarkdown([]oms.CodeInfo{{
		Code: "smo.x", Package: "smo", RU: "a | b", EN: "line\nbreak",
		Citations: []oms.Citation{{Act: "326-ФЗ", Article: "16", URL: "https://www.consultant.ru/document/cons_doc_LAW_107289/"}, {Act: "[x]"}},
	}}))
	for _, want := range []string{`a \| b`, "line break", "[326-ФЗ, ст. 16](https://www.consultant.ru/document/cons_doc_LAW_107289/); [x]"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
}
