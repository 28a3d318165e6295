// Command codes writes the library's catalogue of finding codes, CODES.md
// (a Markdown table) and codes.json, in the current directory, from the
// Codes function of every package that makes findings (see sources.go).
// It refuses a code listed twice or not dotted lower-case.
//
// Run it with go generate from the module root; CI checks that the files
// are current, and a test in this package that every code in them occurs
// in some test.
package main

import (
	"log"
	"os"

	"github.com/omsrules/oms"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("gen/codes: ")
	md, js, err := render()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("CODES.md", md, 0o644); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("codes.json", js, 0o644); err != nil {
		log.Fatal(err)
	}
}

// render builds the catalogue from sources and returns both files.
func render() (md, js []byte, err error) {
	lists := make([][]oms.CodeInfo, len(sources))
	for i, codes := range sources {
		lists[i] = codes()
	}
	all, err := build(lists...)
	if err != nil {
		return nil, nil, err
	}
	js, err = writeJSON(all)
	if err != nil {
		return nil, nil, err
	}
	return writeMarkdown(all), js, nil
}
