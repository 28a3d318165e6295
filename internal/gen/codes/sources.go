package main

import (
	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/eligibility"
	"github.com/omsrules/oms/nsi"
	"github.com/omsrules/oms/policy"
	"github.com/omsrules/oms/program"
	"github.com/omsrules/oms/smo"
)

// sources are the Codes functions of the packages that make findings: the
// catalogue lists every code they return. A package that starts making
// findings adds its Codes here.
var sources = []func() []oms.CodeInfo{
	calendar.Codes,
	eligibility.Codes,
	nsi.Codes,
	policy.Codes,
	program.Codes,
	smo.Codes,
}
