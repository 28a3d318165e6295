package calendar

import (
	"fmt"
	"testing"

	"github.com/rickb777/date"
)

var (
	sinkDate date.Date
	sinkInt  int
)

// benchStarts are spread over the calendar so that no single date is
// favoured; with n = 5000 every start still has an answer (2000 + ~20 years).
func benchStarts() []date.Date {
	var s []date.Date
	for y := 2000; y <= 2005; y++ {
		for m := 1; m <= 12; m++ {
			s = append(s, date.New(y, 0, 0).AddDate(0, m, 3*m))
		}
	}
	return s
}

func BenchmarkAddWorkingDays(b *testing.B) {
	cal := Federal()
	starts := benchStarts()
	for _, n := range []int{10, 250, 5000} {
		b.Run(fmt.Sprintf("n=%d/fast", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				sinkDate, _ = cal.AddWorkingDays(starts[i%len(starts)], n)
			}
		})
		b.Run(fmt.Sprintf("n=%d/naive", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				sinkDate, _ = naiveAdd(cal, starts[i%len(starts)], n)
			}
		})
	}
}

func BenchmarkWorkingDaysBetween(b *testing.B) {
	cal := Federal()
	starts := benchStarts()
	for _, n := range []int{10, 250, 5000} {
		ends := make([]date.Date, len(starts))
		for i, s := range starts {
			ends[i], _ = cal.AddWorkingDays(s, n)
		}
		b.Run(fmt.Sprintf("n=%d/fast", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				j := i % len(starts)
				sinkInt, _ = cal.WorkingDaysBetween(starts[j], ends[j])
			}
		})
		b.Run(fmt.Sprintf("n=%d/naive", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				j := i % len(starts)
				sinkInt, _ = naiveBetween(cal, starts[j], ends[j])
			}
		})
	}
}

func BenchmarkDeadline(b *testing.B) {
	cal := Federal()
	starts := benchStarts()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sinkDate, _ = cal.Deadline(starts[i%len(starts)], Period{N: 3, Unit: Months})
	}
}

func BenchmarkIsWorkingDay(b *testing.B) {
	cal := Federal()
	starts := benchStarts()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		ok, _ := cal.IsWorkingDay(starts[i%len(starts)])
		if ok {
			sinkInt++
		}
	}
}

// BenchmarkRegionalAddWorkingDays is AddWorkingDays on Tatarstan's
// calendar, trimmed to the years of its own days, from starts in 2019–2024.
func BenchmarkRegionalAddWorkingDays(b *testing.B) {
	cal, err := ForRegion(16)
	if err != nil {
		b.Fatal(err)
	}
	var starts []date.Date
	for _, s := range benchStarts() {
		starts = append(starts, s.AddDate(19, 0, 0))
	}
	for _, n := range []int{10, 250} {
		b.Run(fmt.Sprintf("n=%d/fast", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				sinkDate, _ = cal.AddWorkingDays(starts[i%len(starts)], n)
			}
		})
		b.Run(fmt.Sprintf("n=%d/naive", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				sinkDate, _ = naiveAdd(cal, starts[i%len(starts)], n)
			}
		})
	}
}
