package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// problemRows are applications the audit has a problem with that is not a
// finding of law (issue 10: the example keeps no law of its own):
//
//   - P-1, filed before 326-ФЗ came into force on 1 January 2011: the
//     library cannot assess the person (oms.ErrNotInForce), a question
//     unanswered, so the application does not pass;
//   - P-2, filed on 2026-12-01, after the audit day 2026-11-27: noted,
//     judged by the law of its day all the same, and passes;
//   - P-3, filed after the audit day too, on a change of 15 December
//     2027, whose month ends in 2028, a year the production calendar does
//     not know: beyond the library's data, not a fault of the
//     application, which passes.
const problemRows = "id,date,region,birth_date,citizenship,snils,documents,events\n" +
	"P-1,2005-03-10,77,1985-04-12,rf,112-233-445 95,russian_passport:4506 123456,\n" +
	"P-2,2026-12-01,77,1985-04-12,rf,112-233-445 95,russian_passport:4506 123456,\n" +
	"P-3,2027-12-20,77,1985-04-12,rf,112-233-445 95,russian_passport:4506 123456,change_name@2027-12-15\n"

func writeProblemRows(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "p.csv")
	if err := os.WriteFile(p, []byte(problemRows), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestProblemsJSON checks that each problem is in the application's
// "problems" list with its kind and area, that no finding carries a code
// of the audit's own, that an unanswered question fails the application
// and the other kinds do not, and that the summary counts them by kind.
func TestProblemsJSON(t *testing.T) {
	for _, citations := range []string{"table", "inline"} {
		out, stderr, code := runAudit(t, "-format", "json", "-citations", citations, "-asof", asOf, writeProblemRows(t))
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		want := map[string]struct {
			pass  bool
			kinds string // kind@area, …
		}{
			"P-1": {false, "unanswered@eligibility"},
			"P-2": {true, "after_audit_day@application"},
			"P-3": {true, "after_audit_day@application beyond_data@deadlines"},
		}
		var sum struct {
			Passed, Failed int
			ByProblem      map[string]int          `json:"problems_by_kind"`
			ByRule         []struct{ Code string } `json:"violations_by_rule"`
		}
		for line := range strings.SplitSeq(strings.TrimSpace(out), "\n") {
			if strings.Contains(line, `"code":"audit.`) {
				t.Errorf("a finding of the audit's own: %s", line)
			}
			var v struct {
				Type, ID   string
				Pass       bool
				Violations []string
				Problems   []Problem
			}
			if err := json.Unmarshal([]byte(line), &v); err != nil {
				t.Fatalf("%v: %s", err, line)
			}
			switch v.Type {
			case "summary":
				if err := json.Unmarshal([]byte(line), &sum); err != nil {
					t.Fatal(err)
				}
				continue
			case "application":
			default:
				continue
			}
			w := want[v.ID]
			var kinds []string
			for _, p := range v.Problems {
				kinds = append(kinds, string(p.Kind)+"@"+p.Area)
				if p.RU == "" || p.EN == "" {
					t.Errorf("%s: problem without its messages: %+v", v.ID, p)
				}
			}
			if got := strings.Join(kinds, " "); v.Pass != w.pass || got != w.kinds {
				t.Errorf("%s (-citations %s): pass %v, problems %s; want pass %v, %s", v.ID, citations, v.Pass, got, w.pass, w.kinds)
			}
			if len(v.Violations) > 0 {
				t.Errorf("%s: violations %v", v.ID, v.Violations)
			}
		}
		if sum.Passed != 2 || sum.Failed != 1 || len(sum.ByRule) != 0 ||
			sum.ByProblem["unanswered"] != 1 || sum.ByProblem["after_audit_day"] != 2 || sum.ByProblem["beyond_data"] != 1 {
			t.Errorf("summary: %+v", sum)
		}
	}
}

// TestProblemsText checks the text report: each problem on its line under
// the application, which is written in full even when it passes, the
// verdict of the unanswered one, and the summary's count by kind.
func TestProblemsText(t *testing.T) {
	out, stderr, code := runAudit(t, "-asof", asOf, writeProblemRows(t))
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	bs := blocks(out)
	for id, want := range map[string][]string{
		"P-1": {"── FAIL (1 question unanswered)", "? unanswered (eligibility)", "RU: Проверка не выполнена: ", "EN: The check could not be made: "},
		"P-2": {"── PASS\n", "? after_audit_day (application)", "after the audit day 2026-11-27"},
		"P-3": {"── PASS\n", "? beyond_data (deadlines)", "calendar"},
	} {
		for _, w := range want {
			if !strings.Contains(bs[id], w) {
				t.Errorf("%s: no %q in\n%s", id, w, bs[id])
			}
		}
	}
	for _, w := range []string{"checked applications with problems of the audit (not findings of law):",
		"        2  after_audit_day\n        1  unanswered\n        1  beyond_data\n"} {
		if !strings.Contains(out, w) {
			t.Errorf("no %q in the summary:\n%s", w, out)
		}
	}
	if strings.Contains(out, " audit.") {
		t.Errorf("a finding of the audit's own:\n%s", out)
	}
}

// TestNoAuditCodes runs the sample with an audit day before some of its
// applications and checks that no finding has a code of the audit's own:
// every code is one of the library's packages.
func TestNoAuditCodes(t *testing.T) {
	out, _, _ := runAudit(t, "-format", "json", "-citations", "inline", "-asof", "2026-03-01")
	if !strings.Contains(out, `"kind":"after_audit_day"`) {
		t.Fatal("no application of the sample is after the audit day 2026-03-01")
	}
	dec := json.NewDecoder(bytes.NewReader([]byte(out)))
	for dec.More() {
		var v struct {
			Decision struct{ Findings []struct{ Code string } }
		}
		if err := dec.Decode(&v); err != nil {
			t.Fatal(err)
		}
		for _, f := range v.Decision.Findings {
			pkg, _, _ := strings.Cut(f.Code, ".")
			switch pkg {
			case "eligibility", "smo", "policy", "program", "calendar", "oms":
			default:
				t.Errorf("finding code %q is not of a library package", f.Code)
			}
		}
	}
}

// TestRenderJSONMatchesEncodingJSONWithProblems holds the hand-written
// renderer to encoding/json on applications with problems too.
func TestRenderJSONMatchesEncodingJSONWithProblems(t *testing.T) {
	opts := testOptions(t, 1, "json")
	chk := newChecker(opts.registry, opts.asOf)
	src := newCSVSource(strings.NewReader(problemRows))
	n := 0
	for r, ok := src.Next(); ok; r, ok = src.Next() {
		a, err := r.f.build(r.line)
		if err != nil {
			t.Fatal(err)
		}
		res := chk.check(a)
		n += len(res.Problems)
		if fast, ref := renderJSON(nil, res), renderJSONReference(nil, res); !bytes.Equal(fast, ref) {
			t.Errorf("%s:\nfast: %s\nref:  %s", a.ID, fast, ref)
		}
	}
	if n != 4 {
		t.Errorf("%d problems, want 4", n)
	}
}

// TestProblemKindsDocumented checks that the package doc and the README
// name every kind of problem.
func TestProblemKindsDocumented(t *testing.T) {
	for _, file := range []string{"main.go", "../../README.md"} {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range problemKinds {
			if !bytes.Contains(b, []byte(string(k))) {
				t.Errorf("%s does not name the problem kind %s", file, k)
			}
		}
	}
}
