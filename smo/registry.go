package smo

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

var (
	// ErrInvalid is returned (wrapped) for a value that breaks a rule of
	// form: an empty name, a malformed registry number, a bad date.
	ErrInvalid = errors.New("smo: invalid value")
	// ErrOverlap is returned (wrapped) when two stays of one insurer on the
	// register of one region overlap.
	ErrOverlap = errors.New("smo: overlapping stays on a regional register")
	// ErrDuplicate is returned (wrapped) when a registry holds two insurers
	// with one registry number.
	ErrDuplicate = errors.New("smo: duplicate registry number")
)

// A ParseError reports where a registry file is wrong: the format, the line
// (CSV) or the path of the member (JSON), and the reason. It wraps the
// underlying error, so errors.Is(err, ErrInvalid) and similar work.
type ParseError struct {
	// Format is "csv" or "json".
	Format string `json:"format"`
	// Line is the 1-based line of the input, or 0 when unknown.
	Line int `json:"line,omitzero"`
	// Field names the column (CSV) or the member path (JSON), such as
	// "entered" or "insurers[2].regions[0].entered"; empty when the whole
	// record or document is at fault.
	Field string `json:"field,omitempty"`
	// Err is the reason; in JSON, the message Error returns stands for it.
	Err error `json:"-"`
}

// Error returns "smo: csv line 3, field \"entered\": …".
func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString("smo: ")
	b.WriteString(e.Format)
	if e.Line > 0 {
		fmt.Fprintf(&b, " line %d", e.Line)
	}
	if e.Field != "" {
		fmt.Fprintf(&b, ", field %q", e.Field)
	}
	b.WriteString(": ")
	if e.Err == nil {
		b.WriteString("invalid input")
	} else {
		b.WriteString(strings.TrimPrefix(e.Err.Error(), "smo: "))
	}
	return b.String()
}

// Unwrap returns the reason.
func (e *ParseError) Unwrap() error { return e.Err }

// A Registry is a set of insurers with their stays on regional registers,
// indexed for the questions a choice of insurer asks: is this insurer on
// the register of this region on this day, and which insurers can a person
// living in a region choose on a day.
//
// A Registry is immutable and safe for concurrent use. Build one with
// NewRegistry, LoadCSV or LoadJSON. A nil *Registry is empty.
type Registry struct {
	insurers []Insurer       // sorted by number
	byNumber map[string]int  // number → index in insurers
	byRegion [100][]regEntry // region code → stays, sorted by insurer index, then entered
}

type regEntry struct {
	insurer int32
	p       Presence
}

// NewRegistry returns a registry of the given insurers. Two insurers with
// one registry number are an error wrapping ErrDuplicate; an invalid
// Insurer (its zero value) is an error wrapping ErrInvalid.
func NewRegistry(insurers ...Insurer) (*Registry, error) {
	ins := slices.Clone(insurers)
	slices.SortFunc(ins, func(a, b Insurer) int { return strings.Compare(a.number, b.number) })
	r := &Registry{insurers: ins, byNumber: make(map[string]int, len(ins))}
	for i, in := range ins {
		if !ValidNumber(in.number) {
			return nil, fmt.Errorf("%w: insurer %d has no registry number (zero Insurer?)", ErrInvalid, i)
		}
		if i > 0 && ins[i-1].number == in.number {
			return nil, fmt.Errorf("%w: %s", ErrDuplicate, in.number)
		}
		r.byNumber[in.number] = i
		for _, p := range in.presence {
			r.byRegion[p.Region] = append(r.byRegion[p.Region], regEntry{insurer: int32(i), p: p})
		}
	}
	return r, nil
}

// MustRegistry is like NewRegistry but panics on error; it is meant for
// registries written in source code, such as in tests and examples.
func MustRegistry(insurers ...Insurer) *Registry {
	r, err := NewRegistry(insurers...)
	if err != nil {
		panic(err)
	}
	return r
}

// Len returns the number of insurers.
func (r *Registry) Len() int {
	if r == nil {
		return 0
	}
	return len(r.insurers)
}

// Insurers returns a copy of the insurers, ordered by registry number.
func (r *Registry) Insurers() []Insurer {
	if r == nil {
		return nil
	}
	return slices.Clone(r.insurers)
}

// Lookup returns the insurer with the given registry number.
func (r *Registry) Lookup(number string) (Insurer, bool) {
	if r == nil {
		return Insurer{}, false
	}
	i, ok := r.byNumber[number]
	if !ok {
		return Insurer{}, false
	}
	return r.insurers[i], true
}

// stays returns the stays of insurer index i in region reg.
func (r *Registry) stays(i int, reg oms.Region) []regEntry {
	es := r.byRegion[reg]
	lo, _ := slices.BinarySearchFunc(es, int32(i), func(e regEntry, t int32) int { return int(e.insurer - t) })
	hi := lo
	for hi < len(es) && es[hi].insurer == int32(i) {
		hi++
	}
	return es[lo:hi]
}

// WorksIn reports whether the insurer with the given registry number is on
// the register of region reg on d and, where notices are tracked, gave
// notice to work in the year of d (Presence.NoticeYears).
func (r *Registry) WorksIn(number string, reg oms.Region, d date.Date) bool {
	_, works := r.knownAndWorksIn(number, reg, d)
	return works
}

// LeftOn reports the day the insurer with the given number last left the
// register of region reg on or before d, and whether it did. It reports
// false while the insurer is on that register on d, and for an unknown
// insurer.
func (r *Registry) LeftOn(number string, reg oms.Region, d date.Date) (date.Date, bool) {
	if r == nil || !reg.IsValid() {
		return date.Date{}, false
	}
	i, ok := r.byNumber[number]
	if !ok {
		return date.Date{}, false
	}
	var last date.Date
	found := false
	for _, e := range r.stays(i, reg) {
		if e.p.ActiveOn(d) {
			return date.Date{}, false
		}
		if left, has := e.p.Left.Get(); has && !left.After(d) {
			last, found = left, true
		}
	}
	return last, found
}

// Available returns the insurers on the register of region reg on d (with
// notice for the year of d where notices are tracked), ordered by registry
// number: those a person living in reg can choose on d
// (326-ФЗ ст. 16 ч. 1 п. 2). It returns nil for an invalid region.
func (r *Registry) Available(reg oms.Region, d date.Date) []Insurer {
	if r == nil || !reg.IsValid() {
		return nil
	}
	n := r.CountAvailable(reg, d)
	if n == 0 {
		return nil
	}
	out := make([]Insurer, 0, n)
	for _, e := range r.byRegion[reg] {
		if e.p.selectableOn(d) {
			out = append(out, r.insurers[e.insurer])
		}
	}
	return out
}

// CountAvailable returns len(r.Available(reg, d)) without allocating.
func (r *Registry) CountAvailable(reg oms.Region, d date.Date) int {
	if r == nil || !reg.IsValid() {
		return 0
	}
	n := 0
	for _, e := range r.byRegion[reg] {
		if e.p.selectableOn(d) {
			n++
		}
	}
	return n
}

// Equal reports whether r and s hold the same insurers.
func (r *Registry) Equal(s *Registry) bool {
	if r.Len() != s.Len() {
		return false
	}
	for i := 0; i < r.Len(); i++ {
		if !r.insurers[i].Equal(s.insurers[i]) {
			return false
		}
	}
	return true
}
