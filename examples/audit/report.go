package main

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/internal/msg"
	"github.com/rickb777/date"
)

// A Result is the audit of one application: the decision of each area of
// the library, and the deadlines that follow from the application.
type Result struct {
	App      *Application
	Category string // the category's code, or "" when eligibility could not tell
	// CategoryRU and CategoryEN name the category.
	CategoryRU, CategoryEN string
	Sections               []Section
	Deadlines              []Due
	// Problems are what the audit notes that is not a finding of law: the
	// application dated after the audit day, a question the library could
	// not answer.
	Problems []Problem

	// sections holds the Sections of check: there are at most five
	// (eligibility, documents, insurer, policy, deadlines).
	sections [5]Section

	// Worked out once by finish, for the renderers and the summary.
	viol       []string // codes of the violations, in order
	unconf     bool     // a violation rests on an unconfirmed rule
	unanswered int      // problems that keep the application from passing
}

// A Section is the decision of one area: "eligibility", "documents",
// "switch", "policy", "deadlines".
type Section struct {
	Name     string       `json:"area"`
	Decision oms.Decision `json:"decision"`
}

// A Due is one deadline that follows from the application: the step, when
// its period started, when it ends (the last day, and the instant: 24:00 of
// that day in the region's time zone) and the provision behind it.
type Due struct {
	Step     string       `json:"step"`
	StepRU   string       `json:"step_ru"`
	From     date.Date    `json:"from"`
	Period   string       `json:"period"`
	Last     date.Date    `json:"last_day"`
	Instant  time.Time    `json:"ends_at"`
	Citation oms.Citation `json:"citation"`
	// Status is "met" (done by the last day), "late", "pending" (not yet
	// due on the as-of date) or "overdue" (not done and past due on the
	// as-of date).
	Status      string `json:"status"`
	Unconfirmed bool   `json:"unconfirmed,omitempty"`
}

// Decision merges the decisions of all sections.
func (r *Result) Decision() oms.Decision {
	ds := make([]oms.Decision, len(r.Sections))
	for i, s := range r.Sections {
		ds[i] = s.Decision
	}
	return oms.Decision{}.Merge(ds...)
}

// add adds the section of an area.
func (r *Result) add(name string, d oms.Decision) {
	r.Sections = append(r.Sections, Section{Name: name, Decision: d})
}

// addOr adds the section of an area, or, when the library could not make
// its check, the problem instead.
func (r *Result) addOr(name string, d oms.Decision, err error) {
	if err != nil {
		r.note(checkProblem(name, err))
		return
	}
	r.add(name, d)
}

// note adds a problem.
func (r *Result) note(p Problem) {
	r.Problems = append(r.Problems, p)
	if p.Kind.fails() {
		r.unanswered++
	}
}

// finish notes the violations of the sections.
func (r *Result) finish() {
	for i := range r.Sections {
		for f := range r.Sections[i].Decision.All() {
			if f.Severity == oms.Violation {
				r.viol = append(r.viol, f.Code)
				r.unconf = r.unconf || f.Unconfirmed
			}
		}
	}
}

// pass reports whether no section has a violation and every question was
// answered.
func (r *Result) pass() bool { return len(r.viol) == 0 && r.unanswered == 0 }

// problemKinds returns the kinds of the problems, for the summary.
func (r *Result) problemKinds() []ProblemKind {
	if len(r.Problems) == 0 {
		return nil
	}
	ks := make([]ProblemKind, len(r.Problems))
	for i, p := range r.Problems {
		ks[i] = p.Kind
	}
	return ks
}

// unconfirmedViolation reports whether a violation rests on a rule the
// library marks unconfirmed: such a failure deserves a second look.
func (r *Result) unconfirmedViolation() bool { return r.unconf }

// violations returns the codes of the violations, in order.
func (r *Result) violations() []string { return r.viol }

// severityMark is the mark a finding gets in the text report.
func severityMark(s oms.Severity) string {
	switch s {
	case oms.Violation:
		return "✗ violation"
	case oms.Warning:
		return "! warning  "
	}
	return "· info     "
}

// renderText writes the block of one application; t holds the text of
// the citations.
func renderText(b []byte, r *Result, t *citeTable) []byte {
	a := r.App
	w := func(s ...string) {
		for _, x := range s {
			b = append(b, x...)
		}
	}
	verdict := "PASS"
	switch {
	case len(r.viol) > 0 && r.unanswered > 0:
		verdict = "FAIL (" + plural(len(r.viol), "violation", "violations") + ", " + plural(r.unanswered, "question", "questions") + " unanswered)"
	case len(r.viol) > 0:
		verdict = "FAIL (" + plural(len(r.viol), "violation", "violations") + ")"
	case r.unanswered > 0:
		verdict = "FAIL (" + plural(r.unanswered, "question", "questions") + " unanswered)"
	}
	w("── ", a.ID, " · line ", strconv.Itoa(a.Line), " · ", a.Date.String(), " · ", a.Region.Code(), " ", a.Region.NameRU(), " ── ", verdict, "\n")
	if r.Category != "" {
		w("   category: ", r.Category, " — ", r.CategoryRU, " / ", r.CategoryEN, "\n")
	}
	if len(r.Problems) > 0 {
		w("   [problems of the audit, not findings of law]\n")
		for _, p := range r.Problems {
			w("   ? ", string(p.Kind), " (", p.Area, ")\n")
			w("       RU: ", p.RU, "\n")
			w("       EN: ", p.EN, "\n")
		}
	}
	for _, s := range r.Sections {
		if s.Decision.Len() == 0 {
			continue
		}
		w("   [", s.Name, "]\n")
		for f := range s.Decision.All() {
			w("   ", severityMark(f.Severity), " ", f.Code)
			if f.Unconfirmed {
				w(" (unconfirmed rule)")
			}
			w("\n")
			w("       RU: ", f.RU, "\n")
			w("       EN: ", f.EN, "\n")
			if !f.Citation.IsZero() {
				w("       law: ", t.get(f.Citation).text, "\n")
			}
		}
	}
	if len(r.Deadlines) > 0 {
		w("   [due dates]\n")
		for _, d := range r.Deadlines {
			w("   ", padRight(d.Status, 8), " ", d.Step, ": ", d.Period, " from ", d.From.String(),
				" → last day ", d.Last.String(), ", runs out ", d.Instant.Format("2006-01-02 15:04 MST"), " (", d.Instant.Location().String(), ")\n")
			w("            ", d.StepRU, "\n")
			if !d.Citation.IsZero() {
				w("            law: ", d.Citation.String())
				if d.Unconfirmed {
					w(" (unconfirmed rule)")
				}
				w("\n")
			}
		}
	}
	w("\n")
	return b
}

// renderPassLine writes the one line of a passing application.
func renderPassLine(b []byte, r *Result) []byte {
	a := r.App
	b = append(b, "── "...)
	b = append(b, a.ID...)
	b = append(b, " · line "...)
	b = strconv.AppendInt(b, int64(a.Line), 10)
	b = append(b, " · "...)
	b = msg.AppendDate(b, a.Date)
	b = append(b, " · "...)
	b = appendRegion(b, a.Region)
	b = append(b, ' ')
	b = append(b, a.Region.NameRU()...)
	b = append(b, " ── PASS"...)
	if r.Category != "" {
		b = append(b, " · "...)
		b = append(b, r.Category...)
	}
	return append(b, '\n')
}

// plural returns n and the noun: one for 1, many otherwise ("1 violation",
// "2 violations", "0 violations").
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

func padRight(s string, n int) string {
	if len(s) >= n {
		return s
	}
	return s + strings.Repeat(" ", n-len(s))
}

// renderMalformedText writes the block of a malformed row.
func renderMalformedText(b []byte, line int, err error) []byte {
	b = append(b, "── line "...)
	b = strconv.AppendInt(b, int64(line), 10)
	b = append(b, " ── MALFORMED, not checked\n   "...)
	b = append(b, err.Error()...)
	return append(b, "\n\n"...)
}

// The JSON Lines output: one object per line, each with a "type" member.

type jsonResult struct {
	Type       string       `json:"type"` // "application"
	ID         string       `json:"id"`
	Line       int          `json:"line"`
	Date       date.Date    `json:"date"`
	Region     oms.Region   `json:"region"`
	Category   string       `json:"category,omitempty"`
	Pass       bool         `json:"pass"`
	Decision   oms.Decision `json:"decision"`
	Sections   []Section    `json:"sections"`
	Deadlines  []Due        `json:"deadlines,omitempty"`
	Violations []string     `json:"violations,omitempty"`
	Problems   []Problem    `json:"problems,omitempty"`
}

type jsonMalformed struct {
	Type  string `json:"type"` // "malformed"
	Line  int    `json:"line"`
	Field string `json:"field,omitempty"`
	Error string `json:"error"`
}

// renderJSONReference is renderJSON through encoding/json: the reference
// the tests hold renderJSON to.
func renderJSONReference(b []byte, r *Result) []byte {
	v := jsonResult{
		Type: "application", ID: r.App.ID, Line: r.App.Line, Date: r.App.Date, Region: r.App.Region,
		Category: r.Category, Pass: r.pass(), Decision: r.Decision(), Sections: r.Sections,
		Deadlines: r.Deadlines, Violations: r.violations(), Problems: r.Problems,
	}
	return appendJSONLine(b, v)
}

func renderMalformedJSON(b []byte, line int, err error) []byte {
	v := jsonMalformed{Type: "malformed", Line: line, Error: err.Error()}
	if re, ok := err.(*RowError); ok {
		v.Field = re.Field
		v.Error = re.Err.Error()
	}
	return appendJSONLine(b, v)
}

func appendJSONLine(b []byte, v any) []byte {
	j, err := json.Marshal(v)
	if err != nil {
		// Every value here marshals; say so in the output rather than drop it.
		j, _ = json.Marshal(map[string]string{"type": "error", "error": err.Error()})
	}
	b = append(b, j...)
	return append(b, '\n')
}

// A summary counts the outcomes, in input order.
type summary struct {
	Type    string    `json:"type"` // "summary"
	Input   string    `json:"input"`
	AsOf    date.Date `json:"as_of"`
	Rows    int       `json:"rows"`
	Checked int       `json:"checked"`
	Passed  int       `json:"passed"`
	Failed  int       `json:"failed"`
	// FailedUnconfirmed counts the failed applications with a violation
	// that rests on a rule the library marks unconfirmed.
	FailedUnconfirmed int            `json:"failed_on_unconfirmed_rules"`
	Malformed         int            `json:"malformed"`
	BadLines          []int          `json:"malformed_lines"` // the first maxListedLines
	ByRule            []ruleCount    `json:"violations_by_rule"`
	ByCategory        map[string]int `json:"by_category"`
	// ByProblem counts the checked applications with a problem of each
	// kind (after_audit_day, unanswered, beyond_data): not findings of
	// law. Those with an unanswered question are among the failed.
	ByProblem map[ProblemKind]int `json:"problems_by_kind"`
	ReadWhole bool                `json:"read_whole"`
	ReadError string              `json:"read_error,omitempty"`
	byRule    map[string]int
}

// maxListedLines bounds the malformed lines the JSON summary lists;
// maxTextLines those the text summary lists.
const (
	maxListedLines = 1000
	maxTextLines   = 20
)

type ruleCount struct {
	Code  string `json:"code"`
	Count int    `json:"applications"`
}

func newSummary(input string, asOf date.Date) *summary {
	return &summary{Type: "summary", Input: input, AsOf: asOf, BadLines: []int{}, ByCategory: map[string]int{},
		ByProblem: map[ProblemKind]int{}, byRule: map[string]int{}}
}

func (s *summary) add(o outcome) {
	s.Rows++
	if o.malformed {
		s.Malformed++
		// The lines are listed up to a bound, so that the summary of a
		// huge garbled file stays small; the count is always whole.
		if len(s.BadLines) < maxListedLines {
			s.BadLines = append(s.BadLines, o.line)
		}
		return
	}
	s.Checked++
	if o.category != "" {
		s.ByCategory[o.category]++
	}
	for i, k := range o.problems {
		if !slices.Contains(o.problems[:i], k) {
			s.ByProblem[k]++
		}
	}
	if o.pass {
		s.Passed++
		return
	}
	s.Failed++
	if o.unconfirmed {
		s.FailedUnconfirmed++
	}
	for i, c := range o.violated {
		if !slices.Contains(o.violated[:i], c) { // a handful of codes: no map
			s.byRule[c]++
		}
	}
}

func (s *summary) finish(readErr error) {
	s.ReadWhole = readErr == nil
	if readErr != nil {
		s.ReadError = readErr.Error()
	}
	s.ByRule = s.ByRule[:0]
	for c, n := range s.byRule {
		s.ByRule = append(s.ByRule, ruleCount{c, n})
	}
	slices.SortFunc(s.ByRule, func(a, b ruleCount) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Code, b.Code)
	})
}

func (s *summary) writeText(w io.Writer) {
	fmt.Fprintf(w, "══ Summary: %s, as of %s\n", s.Input, s.AsOf)
	fmt.Fprintf(w, "   rows read:            %d\n", s.Rows)
	fmt.Fprintf(w, "   applications checked: %d — pass %d, fail %d\n", s.Checked, s.Passed, s.Failed)
	if s.FailedUnconfirmed > 0 {
		verb := "rest"
		if s.FailedUnconfirmed == 1 {
			verb = "rests"
		}
		fmt.Fprintf(w, "   of the failures, %d %s on a rule the library marks unconfirmed (see \"unconfirmed rule\" below)\n", s.FailedUnconfirmed, verb)
	}
	if s.Malformed > 0 {
		shown := s.BadLines[:min(len(s.BadLines), maxTextLines)]
		lines := make([]string, len(shown))
		for i, l := range shown {
			lines[i] = strconv.Itoa(l)
		}
		more := ""
		if s.Malformed > len(shown) {
			more = fmt.Sprintf(" and %d more", s.Malformed-len(shown))
		}
		word := "lines"
		if len(shown) == 1 {
			word = "line"
		}
		fmt.Fprintf(w, "   malformed rows:       %d, not checked (%s %s%s)\n", s.Malformed, word, strings.Join(lines, ", "), more)
	} else {
		fmt.Fprintf(w, "   malformed rows:       0\n")
	}
	if len(s.ByRule) > 0 {
		fmt.Fprintf(w, "   failed applications by rule:\n")
		for _, rc := range s.ByRule {
			fmt.Fprintf(w, "     %4d  %s\n", rc.Count, rc.Code)
		}
	}
	if len(s.ByCategory) > 0 {
		cats := make([]string, 0, len(s.ByCategory))
		for c := range s.ByCategory {
			cats = append(cats, c)
		}
		slices.Sort(cats)
		fmt.Fprintf(w, "   checked applications by category:\n")
		for _, c := range cats {
			fmt.Fprintf(w, "     %4d  %s\n", s.ByCategory[c], c)
		}
	}
	if len(s.ByProblem) > 0 {
		fmt.Fprintf(w, "   checked applications with problems of the audit (not findings of law):\n")
		for _, k := range problemKinds {
			if n := s.ByProblem[k]; n > 0 {
				fmt.Fprintf(w, "     %4d  %s\n", n, k)
			}
		}
	}
	if s.ReadWhole {
		fmt.Fprintf(w, "   input read whole: yes\n")
	} else {
		fmt.Fprintf(w, "   input read whole: NO — %s\n", s.ReadError)
	}
}
