package main

import (
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/omsrules/oms/calendar"
)

// dutySuffixes are what calendar.Duty.Check appends to a duty's code: a
// dot and the name of each status.
var dutySuffixes = func() (out []string) {
	for s := calendar.Pending; s.IsValid(); s++ {
		out = append(out, "."+s.String())
	}
	return out
}()

// Every code in the catalogue occurs in some test of the module: its
// string value, or the constant that holds it (in the package's own tests
// by name, elsewhere qualified by the package), or for a duty's four
// codes the duty's code or constant. A code no test mentions is a finding
// no test shows the library making.
func TestEveryCodeIsTested(t *testing.T) {
	tests := readTests(t)
	consts := map[string]map[string][]string{} // package → value → constant names
	var untested []string
	n := 0
	for _, codes := range sources {
		for _, ci := range codes() {
			n++
			if consts[ci.Package] == nil {
				consts[ci.Package] = stringConsts(t, pkgDir(ci.Package))
			}
			if !mentioned(ci.Code, ci.Package, consts[ci.Package], tests) {
				untested = append(untested, ci.Code)
			}
		}
	}
	slices.Sort(untested)
	if len(untested) > 0 {
		t.Errorf("%d of %d codes occur in no test (neither the code nor its constant):\n\t%s",
			len(untested), n, strings.Join(untested, "\n\t"))
	}
}

// mentioned reports whether some test names code: as a string literal;
// by a constant that holds it; by a constant that holds its start plus a
// literal rest (CodeDocumentMissing + "snils"); or, for a duty's finding,
// by any of these for the duty's own code. A constant is written bare in
// the package's own tests and qualified by the package elsewhere.
func mentioned(code, pkg string, consts map[string][]string, tests map[string]string) bool {
	candidates := []string{code}
	for _, s := range dutySuffixes {
		if base, ok := strings.CutSuffix(code, s); ok {
			candidates = append(candidates, base)
		}
	}
	dir := pkgDir(pkg)
	alias := pkg[strings.LastIndex(pkg, "/")+1:]
	var local, qualified []pattern
	var literals []string
	for _, c := range candidates {
		literals = append(literals, strconv.Quote(c))
		for value, names := range consts {
			rest, ok := strings.CutPrefix(c, value)
			if !ok || value == "" {
				continue
			}
			tail := ""
			if rest != "" {
				tail = `\s*\+\s*` + regexp.QuoteMeta(strconv.Quote(rest))
			}
			for _, name := range names {
				local = append(local, pattern{name, regexp.MustCompile(`\b` + name + `\b` + tail)})
				qualified = append(qualified, pattern{alias + "." + name, regexp.MustCompile(`\b` + alias + `\.` + name + `\b` + tail)})
			}
		}
	}
	for file, src := range tests {
		for _, l := range literals {
			if strings.Contains(src, l) {
				return true
			}
		}
		ps := qualified
		if filepath.Dir(file) == dir {
			ps = local
		}
		for _, p := range ps {
			if strings.Contains(src, p.name) && p.re.MatchString(src) {
				return true
			}
		}
	}
	return false
}

// A pattern is a constant's name, as a test would write it, and the
// regular expression that finds it used; the name alone rules out most
// files faster than the expression, which starts with \b and so has no
// literal prefix to scan for.
type pattern struct {
	name string
	re   *regexp.Regexp
}

// pkgDir is the directory of a package named as CodeInfo.Package does.
func pkgDir(pkg string) string {
	if pkg == "oms" {
		return filepath.Clean(moduleRoot)
	}
	return filepath.Join(moduleRoot, filepath.FromSlash(pkg))
}

// readTests returns the module's test files by path, but this package's
// own: a test that lists the codes must not count as testing them.
func readTests(t *testing.T) map[string]string {
	out := map[string]string{}
	self, _ := filepath.Abs(".")
	err := filepath.WalkDir(moduleRoot, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			abs, _ := filepath.Abs(path)
			if abs == self || d.Name() == "testdata" || (strings.HasPrefix(d.Name(), ".") && path != moduleRoot) {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(path, "_test.go") {
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			out[path] = string(b)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// stringConsts returns the package-level string constants of the package
// in dir by value (its non-test files).
func stringConsts(t *testing.T, dir string) map[string][]string {
	fset := token.NewFileSet()
	out := map[string][]string{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, e.Name()), nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			for _, sp := range g.Specs {
				vs := sp.(*ast.ValueSpec)
				for i, id := range vs.Names {
					if i >= len(vs.Values) {
						continue
					}
					lit, ok := vs.Values[i].(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING {
						continue
					}
					v := constant.StringVal(constant.MakeFromLiteral(lit.Value, lit.Kind, 0))
					out[v] = append(out[v], id.Name)
				}
			}
		}
	}
	return out
}

func TestMentioned(t *testing.T) {
	consts := map[string][]string{"smo.switch.annual-limit": {"CodeSwitchAnnualLimit"}, "smo.exit-notice": {"DutyExitNotice"}, "smo.docs.missing.": {"CodeDocsMissing"}}
	smoDir := pkgDir("smo")
	for _, c := range []struct {
		code, file, src string
		want            bool
	}{
		{"smo.switch.annual-limit", filepath.Join(smoDir, "a_test.go"), `dec.Has(CodeSwitchAnnualLimit)`, true},
		{"smo.switch.annual-limit", filepath.Join(smoDir, "a_test.go"), `dec.Has(CodeSwitchAnnualLimitX)`, false},
		{"smo.switch.annual-limit", "examples/x_test.go", `dec.Has(CodeSwitchAnnualLimit)`, false}, // another package's constant
		{"smo.switch.annual-limit", "examples/x_test.go", `dec.Has(smo.CodeSwitchAnnualLimit)`, true},
		{"smo.switch.annual-limit", "examples/x_test.go", `dec.Has("smo.switch.annual-limit")`, true},
		{"smo.switch.annual-limit", "examples/x_test.go", `"smo.switch.annual-limit.more"`, false},
		{"smo.exit-notice.late", "examples/x_test.go", `smo.DutyExitNotice`, true}, // a duty's code
		{"smo.exit-notice.late", "examples/x_test.go", `"smo.exit-notice"`, true},
		{"smo.exit-notice.later", "examples/x_test.go", `"smo.exit-notice"`, false},
		{"smo.docs.missing.snils", filepath.Join(smoDir, "a_test.go"), `dec.Has(CodeDocsMissing + "snils")`, true}, // a constant start and a literal rest
		{"smo.docs.missing.snils", filepath.Join(smoDir, "a_test.go"), `dec.Has(CodeDocsMissing + "identity")`, false},
		{"smo.docs.missing.snils", "examples/x_test.go", `smo.CodeDocsMissing + "snils"`, true},
		{"smo.docs.missing.snils", "examples/x_test.go", `CodeDocsMissing + "snils"`, false},
	} {
		if got := mentioned(c.code, "smo", consts, map[string]string{c.file: c.src}); got != c.want {
			t.Errorf("%s in %s %q: %v, want %v", c.code, c.file, c.src, got, c.want)
		}
	}
}
