package smo_test

import (
	"fmt"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/smo"
	"github.com/rickb777/date"
)

// An insurer that gave notice to work in 2025 only (the register's
// insAdvice) is on the register in 2026 but cannot be chosen then.
func ExamplePresence_NoticeFor() {
	p := smo.Presence{Region: oms.Moscow, Entered: date.New(2011, time.January, 1), NoticeYears: []int{2025}}
	in, _ := smo.NewInsurer("77001", "Пример-Мед", "", smo.Regional, p)
	reg := smo.MustRegistry(in)
	for _, y := range []int{2025, 2026} {
		d := date.New(y, time.March, 2)
		fmt.Println(y, p.ActiveOn(d), p.NoticeFor(y), reg.WorksIn("77001", oms.Moscow, d))
	}
	// Output:
	// 2025 true true true
	// 2026 true false false
}
