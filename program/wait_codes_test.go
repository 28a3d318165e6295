package program

import (
	"strings"
	"testing"
	"time"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

// Each duty of a day-based waiting time makes its four findings: met,
// late, pending and overdue, each asserted by its code, for every such
// norm the catalogue lists. The days are those of the 2026 programme
// (ПП РФ № 2188), the year that has all of them.
func TestEveryWaitDutyCodeMade(t *testing.T) {
	p := MustBase(date.New(2026, time.June, 1))
	start := date.New(2026, time.March, 2)
	listed := map[string]bool{}
	for _, c := range Codes() {
		listed[c.Code] = true
	}
	for _, base := range []string{
		"program.wait.specialist",
		"program.wait.specialist-oncology",
		"program.wait.specialist-cardio",
		"program.wait.diagnostics",
		"program.wait.ct-mri",
		"program.wait.diagnostics-oncology",
		"program.wait.diagnostics-cardio",
		"program.wait.oncology-dispensary",
		"program.wait.planned-specialised",
		"program.wait.planned-specialised-oncology",
		"program.wait.planned-specialised-cardio",
	} {
		k, err := ParseWaitKind(strings.ReplaceAll(strings.TrimPrefix(base, "program.wait."), "-", "_"))
		if err != nil {
			t.Fatal(err)
		}
		duty, err := p.Duty(k, start, nil)
		if err != nil {
			t.Fatalf("%s: %v", base, err)
		}
		if duty.Code != base {
			t.Fatalf("%s: the duty's code is %s", base, duty.Code)
		}
		after := duty.Due.Add(1)
		for status, dec := range map[string]oms.Decision{
			".met":     duty.Check(oms.SomeDate(start), after),
			".late":    duty.Check(oms.SomeDate(after), after),
			".pending": duty.Check(oms.NoDate, start),
			".overdue": duty.Check(oms.NoDate, after),
		} {
			if !dec.Has(base + status) {
				t.Errorf("%s%s not made: %v", base, status, dec.Codes())
			}
			if !listed[base+status] {
				t.Errorf("%s%s is made but not in Codes()", base, status)
			}
		}
	}
}
