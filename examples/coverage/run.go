package main

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/program"
	"github.com/rickb777/date"
)

//go:embed testdata/codes.txt
var sampleCodes []byte

//go:embed testdata/territorial-78-2021.json
var sampleTerritorial []byte

// An Answer is the coverage of one code.
type Answer struct {
	Input string `json:"input"`
	Line  int    `json:"line,omitempty"`
	Note  string `json:"note,omitempty"`
	Code  string `json:"code,omitempty"`
	Error string `json:"error,omitempty"`
	// Base is the base programme's decision; OK means covered by ОМС.
	Base *oms.Decision `json:"base,omitempty"`
	// Territorial is the territorial programme's decision, if one was
	// given: the base findings, changed where the region pays under ОМС,
	// and what the region adds.
	Territorial *oms.Decision `json:"territorial,omitempty"`
	// Verdict sums it up: "covered", "covered_territorial" (by the region
	// above the base programme), "budget" (free, paid from the regional
	// budget, not ОМС), "not_covered".
	Verdict string `json:"verdict,omitempty"`
}

type input struct {
	text, note string
	line       int
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("coverage", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dateFlag := fs.String("date", "", "the date of care, YYYY-MM-DD (default: 1 June of the territorial programme's year, or today)")
	terrFlag := fs.String("territorial", "", `territorial programme JSON file, or "none" (default: the bundled St Petersburg 2021)`)
	codesFlag := fs.String("codes", "", "file of codes, one per line (default: the arguments, or the bundled sample)")
	format := fs.String("format", "text", "output: text or json (one document)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	usage := func(f string, a ...any) int {
		fmt.Fprintf(stderr, "coverage: "+f+"\n", a...)
		return 2
	}
	if *format != "text" && *format != "json" {
		return usage("-format %q: want text or json", *format)
	}

	var terr *program.Territorial
	switch *terrFlag {
	case "none":
	case "":
		t, err := program.LoadTerritorial(sampleTerritorial)
		if err != nil {
			return usage("bundled territorial programme: %v", err)
		}
		terr = t
	default:
		data, err := os.ReadFile(*terrFlag)
		if err != nil {
			return usage("%v", err)
		}
		t, err := program.LoadTerritorial(data)
		if err != nil {
			return usage("%s: %v", *terrFlag, err)
		}
		terr = t
	}

	var day date.Date
	switch {
	case *dateFlag != "":
		t, err := time.Parse("2006-01-02", *dateFlag)
		if err != nil {
			return usage("-date %q: want YYYY-MM-DD", *dateFlag)
		}
		day = date.NewAt(t)
	case terr != nil:
		day = date.New(terr.Year(), time.June, 1)
	default:
		loc, err := oms.Moscow.Location()
		if err != nil {
			return usage("%v", err)
		}
		day = date.TodayIn(loc)
	}
	base, err := program.Base(day)
	if err != nil {
		return usage("no base programme for %s: %v", day, err)
	}
	if terr != nil && terr.Year() != day.Year() {
		return usage("the territorial programme is for %d, the date %s is not", terr.Year(), day)
	}

	var inputs []input
	switch {
	case *codesFlag != "" && fs.NArg() > 0:
		return usage("give codes as arguments or with -codes, not both")
	case *codesFlag != "":
		data, err := os.ReadFile(*codesFlag)
		if err != nil {
			return usage("%v", err)
		}
		inputs = readCodes(data)
	case fs.NArg() > 0:
		for _, a := range fs.Args() {
			inputs = append(inputs, input{text: a})
		}
	default:
		inputs = readCodes(sampleCodes)
	}

	answers := make([]Answer, 0, len(inputs))
	bad := 0
	for _, in := range inputs {
		a := Answer{Input: in.text, Line: in.line, Note: in.note}
		code, err := program.ParseICD10(in.text)
		if err != nil {
			a.Error = err.Error()
			bad++
			answers = append(answers, a)
			continue
		}
		a.Code = code.String()
		b := base.Covers(code)
		a.Base = &b
		a.Verdict = "not_covered"
		if b.OK() {
			a.Verdict = "covered"
		}
		if terr != nil {
			t := terr.Covers(code)
			a.Territorial = &t
			switch {
			case t.OK() && !b.OK():
				a.Verdict = "covered_territorial"
			case !t.OK() && budget(t):
				a.Verdict = "budget"
			case !t.OK():
				a.Verdict = "not_covered"
			}
		} else if !b.OK() && b.Has(program.CodeBudget) {
			a.Verdict = "budget"
		}
		answers = append(answers, a)
	}

	if *format == "json" {
		doc := struct {
			Date        date.Date `json:"date"`
			Base        string    `json:"base_programme"`
			Territorial string    `json:"territorial_programme,omitempty"`
			Answers     []Answer  `json:"answers"`
		}{Date: day, Base: base.String(), Answers: answers}
		if terr != nil {
			doc.Territorial = terr.String()
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(doc); err != nil {
			fmt.Fprintf(stderr, "coverage: %v\n", err)
			return 1
		}
	} else {
		writeText(stdout, day, base, terr, answers)
	}
	if bad > 0 {
		fmt.Fprintf(stderr, "coverage: %d of %d inputs are not ICD-10 codes\n", bad, len(inputs))
		return 1
	}
	return 0
}

// budget reports whether the decision says the care is free but paid from
// the regional budget: a base exclusion, or a territorial addition funded
// by the budget.
func budget(d oms.Decision) bool {
	return d.Has(program.CodeBudget) || d.Has(program.CodeTerritorialAddition)
}

// readCodes reads one code per line; text after the code is a note.
func readCodes(data []byte) []input {
	var out []input
	sc := bufio.NewScanner(bytes.NewReader(data))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		code, note, _ := strings.Cut(line, " ")
		out = append(out, input{text: code, note: strings.TrimSpace(note), line: n})
	}
	return out
}

var verdictText = map[string]string{
	"covered":             "COVERED by ОМС (base programme)",
	"covered_territorial": "COVERED by ОМС (the territorial programme, above the base)",
	"budget":              "NOT ОМС — free, paid from the regional budget",
	"not_covered":         "NOT COVERED by ОМС",
}

func writeText(w io.Writer, day date.Date, base *program.Programme, terr *program.Territorial, answers []Answer) {
	fmt.Fprintf(w, "ICD-10 coverage on %s\n  base programme: %s\n", day, base)
	if terr != nil {
		fmt.Fprintf(w, "  territorial programme: %s\n", terr)
	}
	fmt.Fprintln(w)
	counts := map[string]int{}
	for _, a := range answers {
		where := a.Input
		if a.Line > 0 {
			where = fmt.Sprintf("%s (line %d)", a.Input, a.Line)
		}
		if a.Error != "" {
			fmt.Fprintf(w, "%s — not an ICD-10 code: %s\n\n", where, a.Error)
			counts["bad input"]++
			continue
		}
		counts[a.Verdict]++
		fmt.Fprintf(w, "%s  %s", a.Code, verdictText[a.Verdict])
		if a.Code != a.Input {
			fmt.Fprintf(w, "   [typed %q]", a.Input)
		}
		fmt.Fprintln(w)
		if a.Note != "" {
			fmt.Fprintf(w, "  note: %s\n", a.Note)
		}
		writeFindings(w, "base", a.Base.Findings())
		if a.Territorial != nil {
			// The territorial decision repeats the base findings first.
			fs := a.Territorial.Findings()
			if n := a.Base.Len(); n <= len(fs) {
				fs = fs[n:]
			}
			writeFindings(w, fmt.Sprintf("region %s", terr.Region().Code()), fs)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "Summary: %d codes", len(answers))
	for _, k := range []string{"covered", "covered_territorial", "budget", "not_covered", "bad input"} {
		if counts[k] > 0 {
			fmt.Fprintf(w, "; %s %d", k, counts[k])
		}
	}
	fmt.Fprintln(w)
}

func writeFindings(w io.Writer, label string, fs []oms.Finding) {
	for _, f := range fs {
		mark := "·"
		switch f.Severity {
		case oms.Violation:
			mark = "✗"
		case oms.Warning:
			mark = "!"
		}
		fmt.Fprintf(w, "  %s [%s] %s: %s\n", mark, label, f.Code, f.EN)
		fmt.Fprintf(w, "      %s\n", f.RU)
		if !f.Citation.IsZero() {
			fmt.Fprintf(w, "      law: %s", f.Citation)
			if f.Unconfirmed {
				fmt.Fprint(w, " (unconfirmed rule)")
			}
			fmt.Fprintln(w)
		}
	}
}
