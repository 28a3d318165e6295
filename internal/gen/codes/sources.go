package main

import (
	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
)

// sources are the Codes functions of the packages that make findings: the
// catalogue lists every code they return. A package that starts making
// findings adds its Codes here.
var sources = []func() []oms.CodeInfo{
	calendar.Codes,
	// eligibility.Codes, policy.Codes, program.Codes and smo.Codes join
	// here as those packages gain codes.go.
}
