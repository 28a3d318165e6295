package program_test

import (
	"testing"

	"github.com/rickb777/date"

	"github.com/omsrules/oms/program"
)

// BenchmarkCheckClinicChoice measures one check of a portal request
// against a short history (a person's real one) and a long one (an audit
// replaying a decade of applications).
func BenchmarkCheckClinicChoice(b *testing.B) {
	req := program.ChoiceRequest{Date: accDay(2026, 10, 2), Subject: program.ChooseDoctor, Clinic: "B", DoctorKind: program.Therapist}
	for _, n := range []int{3, 200} {
		var h program.ChoiceHistory
		day := accDay(2016, 1, 11)
		for i := range n {
			day = day.Add(date.PeriodOfDays(3650 / n))
			e := accClinicEntry(day, []string{"A", "B"}[i%2], program.AtWill)
			if i%3 == 0 {
				e = accDoctorEntry(day, "B", "X")
			}
			h = append(h, e)
		}
		b.Run(map[int]string{3: "history=3", 200: "history=200"}[n], func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := program.CheckClinicChoice(h, req); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
