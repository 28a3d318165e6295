package calendar

import (
	"slices"
	"testing"

	"github.com/omsrules/oms"
	"pgregory.net/rapid"
)

// Every finding ExplainDeadline makes is in the catalogue, with the
// catalogue's severity, one of its citations, and Unconfirmed only where
// the catalogue says so.
func TestExplainDeadlineFindingsAreCatalogued(t *testing.T) {
	byCode := map[string]oms.CodeInfo{}
	for _, ci := range Codes() {
		if _, dup := byCode[ci.Code]; dup {
			t.Fatalf("%s listed twice", ci.Code)
		}
		byCode[ci.Code] = ci
	}
	c := Federal()
	rapid.Check(t, func(t *rapid.T) {
		start, p := genDate(t, "start"), genPeriod(t)
		_, dec, err := c.ExplainDeadline(start, p)
		if err != nil {
			t.Skip(err) // past the calendar's years
		}
		for _, f := range dec.Findings() {
			ci, ok := byCode[f.Code]
			switch {
			case !ok:
				t.Fatalf("%s is not in Codes()", f.Code)
			case ci.Severity != f.Severity:
				t.Fatalf("%s: severity %s, catalogue %s", f.Code, f.Severity, ci.Severity)
			case !slices.Contains(ci.Citations, f.Citation):
				t.Fatalf("%s cites %s, not in the catalogue's %v", f.Code, f.Citation, ci.Citations)
			case f.Unconfirmed && !ci.Unconfirmed:
				t.Fatalf("%s is unconfirmed, but not in the catalogue", f.Code)
			}
		}
	})
}
