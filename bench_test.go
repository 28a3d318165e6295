package oms

import (
	"testing"
	"time"

	"github.com/rickb777/date"
)

// atLinear is the naive reference for Timeline.At: a scan of every version.
func atLinear[T any](vs []Dated[T], d date.Date) (Dated[T], bool) {
	var best Dated[T]
	found := false
	for _, v := range vs {
		if !v.From.After(d) && (!found || v.From.After(best.From)) {
			best, found = v, true
		}
	}
	return best, found
}

// A rule with one version a year, 2011–2026, as the yearly programmes are.
func BenchmarkTimelineAt(b *testing.B) {
	var vs []Dated[int]
	for y := 2011; y <= 2026; y++ {
		vs = append(vs, Dated[int]{From: date.New(y, time.January, 1), Value: y})
	}
	tl := MustTimeline(vs...)
	q := date.New(2019, time.June, 1)
	b.Run("fast", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := tl.At(q); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("naive", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, ok := atLinear(vs, q); !ok {
				b.Fatal("not found")
			}
		}
	})
}

// Region lookup by code against a scan of the table.
func BenchmarkParseRegion(b *testing.B) {
	b.Run("fast", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := ParseRegion("95"); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("naive", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			found := false
			for i := range regionTable {
				if regionTable[i].code == 95 {
					found = true
					break
				}
			}
			if !found {
				b.Fatal("not found")
			}
		}
	})
}

// Region.Location against loading the zone anew, as time.LoadLocation does.
func BenchmarkRegionLocation(b *testing.B) {
	b.Run("fast", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := Volgograd.Location(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("naive", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := time.LoadLocation(Volgograd.TimeZone()); err != nil {
				b.Fatal(err)
			}
		}
	})
}
