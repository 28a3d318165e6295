package conformance

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// moduleRoot is the directory of go.mod.
var moduleRoot = filepath.Join("..", "..")

// reporter reports a problem of a package: an error, or for a pending
// package a log line, collected so that the test shows how much is left.
type reporter struct {
	t       *testing.T
	pending map[string][]string
}

func newReporter(t *testing.T) *reporter { return &reporter{t: t, pending: map[string][]string{}} }

func (r *reporter) errorf(pkg, format string, args ...any) {
	r.t.Helper()
	msg := fmt.Sprintf(format, args...)
	if pending[pkg] {
		r.pending[pkg] = append(r.pending[pkg], msg)
		return
	}
	r.t.Errorf("%s: %s", pkg, msg)
}

// done logs the pending packages' problems.
func (r *reporter) done() {
	pkgs := make([]string, 0, len(r.pending))
	for p := range r.pending {
		pkgs = append(pkgs, p)
	}
	slices.Sort(pkgs)
	for _, p := range pkgs {
		r.t.Logf("pending %s (%d):\n\t%s", p, len(r.pending[p]), strings.Join(r.pending[p], "\n\t"))
	}
}

// exportedTypes returns the exported type names a package declares in
// its non-test files, aliases aside (they are checked where they are
// declared).
func exportedTypes(dir string) ([]string, error) {
	fset := token.NewFileSet()
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, n), nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.TYPE {
				continue
			}
			for _, s := range g.Specs {
				ts := s.(*ast.TypeSpec)
				if ts.Name.IsExported() && !ts.Assign.IsValid() {
					out = append(out, ts.Name.Name)
				}
			}
		}
	}
	slices.Sort(out)
	return out, nil
}

// Every exported type of every package is in the lists of types_test.go,
// and every listed type is declared: the checks below see all types.
func TestTypeListsAreComplete(t *testing.T) {
	for _, p := range packages {
		declared, err := exportedTypes(filepath.Join(moduleRoot, p.dir))
		if err != nil {
			t.Fatal(err)
		}
		var listed []string
		for _, ty := range p.types {
			name, _, _ := strings.Cut(ty.Name(), "[")
			listed = append(listed, name)
		}
		slices.Sort(listed)
		for _, d := range declared {
			if _, ok := slices.BinarySearch(listed, d); !ok {
				t.Errorf("%s: exported type %s is missing from the list in types_test.go", p.name, d)
			}
		}
		for _, l := range listed {
			if _, ok := slices.BinarySearch(declared, l); !ok {
				t.Errorf("%s: listed type %s is not declared in %s", p.name, l, p.dir)
			}
		}
	}
}
