package main

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// A pkgInfo is what the generator knows of the package it writes for.
type pkgInfo struct {
	name  string
	files []*ast.File
	info  *types.Info
	pkg   *types.Package
}

// An enumInfo is one type to generate for, with its names.
type enumInfo struct {
	spec
	recv      string   // receiver name, as the type's other methods have it
	names     []string // names[v] is the name of value v, "" for none
	consts    []string // consts[v] is the constant of value v, "" for none
	tableExpr string   // Go expression of the names as a []string
}

// loadPackage parses the package in dir, without its test files and the
// generator's own output, and type-checks it without its imports.
func loadPackage(dir, out string) (*pkgInfo, error) {
	fset := token.NewFileSet()
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	p := &pkgInfo{}
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") || n == out {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, n), nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		if p.name != "" && f.Name.Name != p.name {
			continue // a file of another package, such as package main with a build tag
		}
		p.name = f.Name.Name
		p.files = append(p.files, f)
	}
	if len(p.files) == 0 {
		return nil, fmt.Errorf("no Go files in %s", dir)
	}
	p.info = &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{}}
	conf := types.Config{
		// The imports are not needed: constants of the package's own types
		// do not depend on them. Errors from the missing imports are ignored.
		Importer: emptyImporter{},
		Error:    func(error) {},
	}
	p.pkg, _ = conf.Check(p.name, fset, p.files, p.info)
	return p, nil
}

type emptyImporter struct{}

func (emptyImporter) Import(importPath string) (*types.Package, error) {
	pkg := types.NewPackage(importPath, path.Base(importPath))
	pkg.MarkComplete()
	return pkg, nil
}

// load finds the type and table of s in p and reads the names.
func (p *pkgInfo) load(s spec) (*enumInfo, error) {
	obj, ok := p.pkg.Scope().Lookup(s.typ).(*types.TypeName)
	if !ok {
		return nil, fmt.Errorf("%s: no type %s", p.name, s.typ)
	}
	basic, ok := obj.Type().Underlying().(*types.Basic)
	if !ok || basic.Info()&types.IsInteger == 0 {
		return nil, fmt.Errorf("%s: type %s is not an integer type", p.name, s.typ)
	}
	lit, err := p.tableLiteral(s.table)
	if err != nil {
		return nil, err
	}
	e := &enumInfo{spec: s, recv: p.receiver(s.typ)}
	if err := e.readTable(p, lit); err != nil {
		return nil, fmt.Errorf("%s: table %s: %w", p.name, s.table, err)
	}
	e.readConsts(p, obj.Type())
	// The names, written out: a table made by slicing the package's array
	// or reading its fields would be initialised dynamically (see
	// internal/enum.Table).
	e.tableExpr = namesLiteral(e.names)
	return e, nil
}

// namesLiteral writes names as a []string literal, keyed where a value
// has no name.
func namesLiteral(names []string) string {
	var items []string
	keyed := false
	for i, n := range names {
		if n == "" {
			keyed = true
			continue
		}
		item := strconv.Quote(n)
		if keyed {
			item = fmt.Sprintf("%d: %s", i, item)
			keyed = false
		}
		items = append(items, item)
	}
	one := "[]string{" + strings.Join(items, ", ") + "}"
	if len(one) <= 60 {
		return one
	}
	// Long lists wrap, a few names a line, for gofmt to indent.
	var b strings.Builder
	b.WriteString("[]string{\n")
	line := 0
	for _, it := range items {
		if line > 0 && line+len(it) > 76 {
			b.WriteString("\n")
			line = 0
		}
		if line > 0 {
			b.WriteString(" ")
		}
		b.WriteString(it + ",")
		line += len(it) + 2
	}
	b.WriteString("\n}")
	return b.String()
}

// tableLiteral returns the composite literal a package variable is set to.
func (p *pkgInfo) tableLiteral(name string) (*ast.CompositeLit, error) {
	for _, f := range p.files {
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.VAR {
				continue
			}
			for _, sp := range g.Specs {
				vs := sp.(*ast.ValueSpec)
				for i, id := range vs.Names {
					if id.Name != name || i >= len(vs.Values) {
						continue
					}
					if lit, ok := vs.Values[i].(*ast.CompositeLit); ok {
						return lit, nil
					}
					return nil, fmt.Errorf("%s: %s is not set to a composite literal", p.name, name)
				}
			}
		}
	}
	return nil, fmt.Errorf("%s: no variable %s", p.name, name)
}

// readTable fills e.names from the table's literal.
func (e *enumInfo) readTable(p *pkgInfo, lit *ast.CompositeLit) error {
	next := int64(0)
	seen := map[string]int64{}
	for _, el := range lit.Elts {
		val := el
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			c := p.info.Types[kv.Key].Value
			if c == nil || c.Kind() != constant.Int {
				return fmt.Errorf("key %s is not a constant integer", types.ExprString(kv.Key))
			}
			next, _ = constant.Int64Val(c)
			val = kv.Value
		}
		name, err := e.nameOf(p, val)
		if err != nil {
			return err
		}
		if next < 0 || next > 1<<16 {
			return fmt.Errorf("index %d out of range", next)
		}
		for int64(len(e.names)) <= next {
			e.names = append(e.names, "")
		}
		if name != "" {
			if v, dup := seen[name]; dup {
				return fmt.Errorf("name %q is given to %d and %d", name, v, next)
			}
			seen[name] = next
		}
		e.names[next] = name
		next++
	}
	if len(seen) == 0 {
		return fmt.Errorf("no names")
	}
	return nil
}

// nameOf returns the name an element of the table gives.
func (e *enumInfo) nameOf(p *pkgInfo, val ast.Expr) (string, error) {
	if e.field == "" {
		return stringConst(p, val)
	}
	lit, ok := val.(*ast.CompositeLit)
	if !ok {
		return "", fmt.Errorf("element %s is not a composite literal", types.ExprString(val))
	}
	if isIndex(e.field) {
		return e.indexed(p, lit)
	}
	st, ok := p.info.Types[lit].Type.Underlying().(*types.Struct)
	if !ok {
		return "", fmt.Errorf("element %s is not a struct literal", types.ExprString(val))
	}
	for i, el := range lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == e.field {
				return stringConst(p, kv.Value)
			}
			continue
		}
		if i < st.NumFields() && st.Field(i).Name() == e.field {
			return stringConst(p, el)
		}
	}
	return "", nil
}

// indexed returns the name at index e.field of an array literal.
func (e *enumInfo) indexed(p *pkgInfo, lit *ast.CompositeLit) (string, error) {
	want, _ := strconv.Atoi(e.field)
	next := 0
	for _, el := range lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			c := p.info.Types[kv.Key].Value
			if c == nil || c.Kind() != constant.Int {
				return "", fmt.Errorf("key %s is not a constant integer", types.ExprString(kv.Key))
			}
			n, _ := constant.Int64Val(c)
			next, el = int(n), kv.Value
		}
		if next == want {
			return stringConst(p, el)
		}
		next++
	}
	return "", nil
}

func stringConst(p *pkgInfo, x ast.Expr) (string, error) {
	c := p.info.Types[x].Value
	if c == nil || c.Kind() != constant.String {
		return "", fmt.Errorf("%s is not a constant string", types.ExprString(x))
	}
	return constant.StringVal(c), nil
}

// readConsts fills e.consts with the package's constants of type t, the
// first declared for each value.
func (e *enumInfo) readConsts(p *pkgInfo, t types.Type) {
	e.consts = make([]string, len(e.names))
	type named struct {
		name string
		pos  token.Pos
		v    int64
	}
	var all []named
	for id, obj := range p.info.Defs {
		c, ok := obj.(*types.Const)
		if !ok || !types.Identical(c.Type(), t) || !id.IsExported() || c.Parent() != p.pkg.Scope() {
			continue
		}
		if v, ok := constant.Int64Val(c.Val()); ok {
			all = append(all, named{id.Name, id.Pos(), v})
		}
	}
	slices.SortFunc(all, func(a, b named) int { return int(a.pos - b.pos) })
	for _, c := range all {
		if c.v >= 0 && c.v < int64(len(e.consts)) && e.consts[c.v] == "" {
			e.consts[c.v] = c.name
		}
	}
}

// receiver returns the receiver name the type's methods use, or its
// initial.
func (p *pkgInfo) receiver(typ string) string {
	for _, f := range p.files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || len(fd.Recv.List) != 1 || len(fd.Recv.List[0].Names) != 1 {
				continue
			}
			t := fd.Recv.List[0].Type
			if st, ok := t.(*ast.StarExpr); ok {
				t = st.X
			}
			if id, ok := t.(*ast.Ident); ok && id.Name == typ && fd.Recv.List[0].Names[0].Name != "_" {
				return fd.Recv.List[0].Names[0].Name
			}
		}
	}
	return strings.ToLower(typ[:1])
}

// quoted returns the names, quoted, in value order.
func (e *enumInfo) quoted() []string {
	var out []string
	for _, n := range e.names {
		if n != "" {
			out = append(out, strconv.Quote(n))
		}
	}
	return out
}
