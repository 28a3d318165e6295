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

// options are the command's flags and arguments.
type options struct {
	date, territorial, codes, format string
	args                             []string
}

// A job is what the options name: the day of care, the programmes in
// force on it (no territorial one with -territorial none), the inputs.
type job struct {
	day    date.Date
	base   *program.Programme
	terr   *program.Territorial
	inputs []input
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("coverage", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.StringVar(&o.date, "date", "", "the date of care, YYYY-MM-DD (default: 1 June of the territorial programme's year, or today)")
	fs.StringVar(&o.territorial, "territorial", "", `territorial programme JSON file, or "none" (default: the bundled St Petersburg 2021)`)
	fs.StringVar(&o.codes, "codes", "", "file of codes, one per line (default: the arguments, or the bundled sample)")
	fs.StringVar(&o.format, "format", "text", "output: text or json (one document)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	o.args = fs.Args()
	j, err := setUp(o)
	if err != nil {
		fmt.Fprintf(stderr, "coverage: %v\n", err)
		return 2
	}
	answers, bad := answerAll(j.base, j.terr, j.inputs)
	if o.format == "json" {
		if err := writeJSON(stdout, j.day, j.base, j.terr, answers); err != nil {
			fmt.Fprintf(stderr, "coverage: %v\n", err)
			return 1
		}
	} else {
		writeText(stdout, j.day, j.base, j.terr, answers)
	}
	if bad > 0 {
		fmt.Fprintf(stderr, "coverage: %d of %d inputs are not ICD-10 codes\n", bad, len(j.inputs))
		return 1
	}
	return 0
}

// setUp checks the options and loads the job they name.
func setUp(o options) (job, error) {
	if o.format != "text" && o.format != "json" {
		return job{}, fmt.Errorf("-format %q: want text or json", o.format)
	}
	terr, err := loadTerritorial(o.territorial)
	if err != nil {
		return job{}, err
	}
	day, err := careDay(o.date, terr)
	if err != nil {
		return job{}, err
	}
	base, err := program.Base(day)
	if err != nil {
		return job{}, fmt.Errorf("no base programme for %s: %w", day, err)
	}
	if terr != nil && terr.Year() != day.Year() {
		return job{}, fmt.Errorf("the territorial programme is for %d, the date %s is not", terr.Year(), day)
	}
	inputs, err := readInputs(o)
	if err != nil {
		return job{}, err
	}
	return job{day, base, terr, inputs}, nil
}

// loadTerritorial loads the territorial programme the -territorial flag
// names: nil for "none", the bundled one for "".
func loadTerritorial(name string) (*program.Territorial, error) {
	switch name {
	case "none":
		return nil, nil
	case "":
		t, err := program.LoadTerritorial(sampleTerritorial)
		if err != nil {
			return nil, fmt.Errorf("bundled territorial programme: %w", err)
		}
		return t, nil
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	t, err := program.LoadTerritorial(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return t, nil
}

// careDay is the day of care: the -date flag, else 1 June of the
// territorial programme's year, else today in Moscow.
func careDay(flagValue string, terr *program.Territorial) (date.Date, error) {
	switch {
	case flagValue != "":
		t, err := time.Parse("2006-01-02", flagValue)
		if err != nil {
			return date.Date{}, fmt.Errorf("-date %q: want YYYY-MM-DD", flagValue)
		}
		return date.NewAt(t), nil
	case terr != nil:
		return date.New(terr.Year(), time.June, 1), nil
	}
	loc, err := oms.Moscow.Location()
	if err != nil {
		return date.Date{}, err
	}
	return date.TodayIn(loc), nil
}

// readInputs reads the codes from -codes, the arguments or the bundled
// sample.
func readInputs(o options) ([]input, error) {
	switch {
	case o.codes != "" && len(o.args) > 0:
		return nil, fmt.Errorf("give codes as arguments or with -codes, not both")
	case o.codes != "":
		data, err := os.ReadFile(o.codes)
		if err != nil {
			return nil, err
		}
		return readCodes(data), nil
	case len(o.args) > 0:
		inputs := make([]input, 0, len(o.args))
		for _, a := range o.args {
			inputs = append(inputs, input{text: a})
		}
		return inputs, nil
	}
	return readCodes(sampleCodes), nil
}

// answerAll answers every input and counts those that are not codes.
func answerAll(base *program.Programme, terr *program.Territorial, inputs []input) ([]Answer, int) {
	answers := make([]Answer, 0, len(inputs))
	bad := 0
	for _, in := range inputs {
		a := answer(base, terr, in)
		if a.Error != "" {
			bad++
		}
		answers = append(answers, a)
	}
	return answers, bad
}

// answer asks the programmes about one input and sums up their decisions
// in a verdict.
func answer(base *program.Programme, terr *program.Territorial, in input) Answer {
	a := Answer{Input: in.text, Line: in.line, Note: in.note}
	code, err := program.ParseICD10(in.text)
	if err != nil {
		a.Error = err.Error()
		return a
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
	return a
}

// writeJSON writes the answers as one JSON document.
func writeJSON(w io.Writer, day date.Date, base *program.Programme, terr *program.Territorial, answers []Answer) error {
	doc := struct {
		Date        date.Date `json:"date"`
		Base        string    `json:"base_programme"`
		Territorial string    `json:"territorial_programme,omitempty"`
		Answers     []Answer  `json:"answers"`
	}{Date: day, Base: base.String(), Answers: answers}
	if terr != nil {
		doc.Territorial = terr.String()
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
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
