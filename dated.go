package oms

import (
	"errors"
	"fmt"
	"slices"

	"github.com/rickb777/date"
)

// A Dated value is one version of a rule of law: the value in force from a
// date, with the provision that set it.
type Dated[T any] struct {
	// From is the first day the value is in force.
	From date.Date `json:"from"`
	// Value is what the law fixes from that day.
	Value T `json:"value"`
	// Citation is the provision that sets the value.
	Citation Citation `json:"citation"`
	// Unconfirmed marks a value that the library's sources do not settle;
	// the rule that uses it says why in its documentation, and callers may
	// replace it with Timeline.With.
	Unconfirmed bool `json:"unconfirmed,omitempty"`
}

// ErrNotInForce is returned (wrapped) when a question is asked for a date
// on which no version of a rule is in force: before the first version, or
// after the rule was repealed.
var ErrNotInForce = errors.New("oms: no version of the rule is in force on that date")

// A Timeline is the history of one rule: its versions ordered by the date
// each came into force, and optionally the last day the rule was in force at
// all. Each version holds until the next one starts.
//
// The zero Timeline has no versions; At reports nothing in force for any
// date. A Timeline is immutable and safe for concurrent use.
type Timeline[T any] struct {
	versions []Dated[T]
	last     date.Date // last day in force, if ended
	ended    bool
}

// NewTimeline returns a timeline of the given versions, sorted by From. Two
// versions starting on the same day are an error.
func NewTimeline[T any](versions ...Dated[T]) (Timeline[T], error) {
	vs := slices.Clone(versions)
	slices.SortStableFunc(vs, func(a, b Dated[T]) int { return int(a.From.Sub(b.From)) })
	for i := 1; i < len(vs); i++ {
		if vs[i].From == vs[i-1].From {
			return Timeline[T]{}, fmt.Errorf("oms: two versions of a rule start on %s", vs[i].From)
		}
	}
	return Timeline[T]{versions: vs}, nil
}

// MustTimeline is like NewTimeline but panics on error. It is meant for
// package-level tables of law written in source code, where an error is a
// programming mistake caught by the package's tests.
func MustTimeline[T any](versions ...Dated[T]) Timeline[T] {
	t, err := NewTimeline(versions...)
	if err != nil {
		panic(err)
	}
	return t
}

// At returns the version in force on d. The error wraps ErrNotInForce when
// d is before the first version or after the rule ended.
func (t Timeline[T]) At(d date.Date) (Dated[T], error) {
	if t.ended && d.After(t.last) {
		return Dated[T]{}, fmt.Errorf("%w: %s is after the rule ended on %s", ErrNotInForce, d, t.last)
	}
	// i is the number of versions whose From is on or before d, so the one
	// in force is i-1.
	i, hi := 0, len(t.versions)
	for i < hi {
		m := int(uint(i+hi) >> 1)
		if t.versions[m].From.After(d) {
			hi = m
		} else {
			i = m + 1
		}
	}
	if i == 0 {
		if len(t.versions) == 0 {
			return Dated[T]{}, fmt.Errorf("%w: the rule has no versions", ErrNotInForce)
		}
		return Dated[T]{}, fmt.Errorf("%w: %s is before the rule began on %s", ErrNotInForce, d, t.versions[0].From)
	}
	return t.versions[i-1], nil
}

// Value returns the value in force on d; see At.
func (t Timeline[T]) Value(d date.Date) (T, error) {
	v, err := t.At(d)
	return v.Value, err
}

// Versions returns a copy of the versions, oldest first.
func (t Timeline[T]) Versions() []Dated[T] { return slices.Clone(t.versions) }

// Len returns the number of versions.
func (t Timeline[T]) Len() int { return len(t.versions) }

// End returns the last day the rule was in force, if it has ended.
func (t Timeline[T]) End() (last date.Date, ended bool) { return t.last, t.ended }

// Until returns a copy of t that ends after the day last: asked for any
// later date, At reports the rule not in force.
func (t Timeline[T]) Until(last date.Date) Timeline[T] {
	t.last, t.ended = last, true
	return t
}

// With returns a copy of t with v added; a version of t that starts on the
// same day is replaced. This is how a caller overrides a rule the library
// marks unconfirmed, or adds a version the library does not yet know.
func (t Timeline[T]) With(v Dated[T]) Timeline[T] {
	vs := make([]Dated[T], 0, len(t.versions)+1)
	for _, old := range t.versions {
		if old.From != v.From {
			vs = append(vs, old)
		}
	}
	vs = append(vs, v)
	slices.SortStableFunc(vs, func(a, b Dated[T]) int { return int(a.From.Sub(b.From)) })
	t.versions = vs
	return t
}

// Citations returns the citation of each version, oldest first, for a
// catalogue of the provisions a rule has rested on.
func (t Timeline[T]) Citations() []Citation {
	out := make([]Citation, len(t.versions))
	for i, v := range t.versions {
		out[i] = v.Citation
	}
	return out
}

// AnyUnconfirmed reports whether some version is unconfirmed.
func (t Timeline[T]) AnyUnconfirmed() bool {
	for _, v := range t.versions {
		if v.Unconfirmed {
			return true
		}
	}
	return false
}
