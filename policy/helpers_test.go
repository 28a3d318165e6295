package policy

import (
	"testing"
	"time"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

func day(y int, m time.Month, d int) date.Date { return date.New(y, m, d) }

// finding returns the finding with the code or fails the test.
func finding(t testing.TB, dec oms.Decision, code string) oms.Finding {
	t.Helper()
	f, ok := dec.Find(code)
	if !ok {
		t.Fatalf("decision has no %q; has %v", code, dec.Codes())
	}
	if f.RU == "" || f.EN == "" {
		t.Errorf("finding %q lacks a message: %+v", code, f)
	}
	return f
}

// checkFindings asserts every finding of a decision has a code, a
// severity and both messages.
func checkFindings(t testing.TB, dec oms.Decision) {
	t.Helper()
	for _, f := range dec.Findings() {
		if f.Code == "" || f.RU == "" || f.EN == "" || f.Severity > oms.Violation {
			t.Errorf("incomplete finding %+v", f)
		}
	}
}
