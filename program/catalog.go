package program

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"sync"
	"time"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
)

// The built-in programme years, one file a year, in the form LoadYear reads.
//
//go:embed data/*.json
var builtinData embed.FS

// A Catalog is a set of programme years, at most one a year: the built-in
// ones (Builtin) and any a caller loads with LoadYear and adds with With.
// It answers which programme is in force on a day. A Catalog is immutable
// and safe for concurrent use; With returns a new one.
type Catalog struct {
	first  int          // year of byYear[0]
	byYear []*Programme // nil for a year without a programme
}

// Builtin returns the catalog of the programme years built into the
// library, 2019–2026, read once from program/data and shared.
func Builtin() *Catalog { return builtinCatalog() }

var builtinCatalog = sync.OnceValue(func() *Catalog {
	var ps []*Programme
	files, err := fs.Glob(builtinData, "data/*.json")
	if err != nil {
		panic(err)
	}
	for _, name := range files {
		b, err := builtinData.ReadFile(name)
		if err != nil {
			panic(err)
		}
		p, err := parseYear(b)
		if err != nil {
			// The embedded data is part of the source; its tests load it.
			panic(fmt.Sprintf("program: built-in %s: %v", name, err))
		}
		ps = append(ps, p)
	}
	c, err := (&Catalog{}).With(ps...)
	if err != nil {
		panic(err)
	}
	return c
})

// With returns a catalog holding c's programmes and ps: a programme of a
// year c already has replaces it (to correct a built-in year), others are
// added. A nil programme, or two of ps for one year, is an error wrapping
// ErrYearData.
//
//	p2027, err := program.LoadYear(f)
//	cat, err := program.Builtin().With(p2027)
//	p, err := cat.Base(date.New(2027, time.March, 1))
func (c *Catalog) With(ps ...*Programme) (*Catalog, error) {
	all := c.Programmes()
	for i, p := range ps {
		if p == nil {
			return nil, fmt.Errorf("program: catalog: programme %d is nil: %w", i, ErrYearData)
		}
		for _, q := range ps[:i] {
			if q.year == p.year {
				return nil, fmt.Errorf("program: catalog: two programmes for %d: %w", p.year, ErrYearData)
			}
		}
		all = slices.DeleteFunc(all, func(q *Programme) bool { return q.year == p.year })
		all = append(all, p)
	}
	if len(all) == 0 {
		return &Catalog{}, nil
	}
	slices.SortFunc(all, func(a, b *Programme) int { return a.year - b.year })
	first, last := all[0].year, all[len(all)-1].year
	out := &Catalog{first: first, byYear: make([]*Programme, last-first+1)}
	for _, p := range all {
		out.byYear[p.year-first] = p
	}
	return out, nil
}

// Year returns the programme of year y and true, or nil and false.
func (c *Catalog) Year(y int) (*Programme, bool) {
	if c == nil || y < c.first || y-c.first >= len(c.byYear) {
		return nil, false
	}
	p := c.byYear[y-c.first]
	return p, p != nil
}

// Base returns the programme in force on asOf: the one approved for the
// calendar year of asOf. For a year the catalog does not hold it returns an
// error wrapping ErrNoProgramme (and oms.ErrNotInForce) that says the
// programme is not in the data.
func (c *Catalog) Base(asOf date.Date) (*Programme, error) {
	y := asOf.Year()
	if p, ok := c.Year(y); ok {
		return p, nil
	}
	return nil, fmt.Errorf("program: %s: the programme for %d is not in the data (%s); load it with LoadYear and add it with Catalog.With: %w",
		asOf, y, c.describe(), ErrNoProgramme)
}

// describe says which years the catalog holds: "2019–2026".
func (c *Catalog) describe() string {
	ps := c.Programmes()
	switch {
	case len(ps) == 0:
		return "no years"
	case ps[len(ps)-1].year-ps[0].year+1 == len(ps):
		return fmt.Sprintf("years %d–%d", ps[0].year, ps[len(ps)-1].year)
	}
	s := "years"
	for i, p := range ps {
		if i > 0 {
			s += ","
		}
		s += fmt.Sprintf(" %d", p.year)
	}
	return s
}

// Programmes returns the catalog's programmes, oldest first.
func (c *Catalog) Programmes() []*Programme {
	if c == nil {
		return nil
	}
	out := make([]*Programme, 0, len(c.byYear))
	for _, p := range c.byYear {
		if p != nil {
			out = append(out, p)
		}
	}
	return out
}

// WaitTimeline returns the history of norm k across the catalog's
// programmes: one version per year that sets it, from 1 January of that
// year, each with its decree; the timeline ends on 31 December of the last
// year. A year between two that set the norm but not setting it itself is
// not a gap in the timeline (no programme year of the data is such). It is
// empty for an unknown kind.
func (c *Catalog) WaitTimeline(k WaitKind) oms.Timeline[Wait] {
	if !k.valid() {
		return oms.Timeline[Wait]{}
	}
	var vs []oms.Dated[Wait]
	ps := c.Programmes()
	for _, p := range ps {
		if p.waits[k].ok {
			vs = append(vs, p.waits[k].dated)
		}
	}
	if len(vs) == 0 {
		return oms.Timeline[Wait]{}
	}
	tl, err := oms.NewTimeline(vs...) // one version a year: the Froms differ
	if err != nil {
		return oms.Timeline[Wait]{}
	}
	return tl.Until(date.New(ps[len(ps)-1].year, time.December, 31))
}
