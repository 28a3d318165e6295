package policy

import (
	"encoding/json"
	"testing"

	"github.com/omsrules/oms/eligibility"
)

// Every exported type's zero value marshals to JSON.
func TestZeroValuesMarshal(t *testing.T) {
	for _, v := range []any{
		Certificate{}, ENP{}, Transition{}, Lifecycle{}, Notice{}, ReissueRequest{}, ReissueOutcome{},
		Rules{}, YearEndCap{}, RegisterChain{}, Period{}, Policy{}, Form(0), State(0), Event(0), EndReason(0), Reason(0), ReasonSet(0),
	} {
		if _, err := json.Marshal(v); err != nil {
			t.Errorf("%T: %v", v, err)
		}
	}
}

// The zero Rules has no versions: it answers, with errors or violations,
// and never panics.
func TestZeroRules(t *testing.T) {
	var r Rules
	for _, c := range eligibility.Categories() {
		if _, _, err := r.Validity(Policy{Category: c, Issued: day(2020, 1, 9)}); err != nil {
			t.Errorf("%v: %v", c, err)
		}
	}
	if _, err := r.CertificateDeadline(day(2020, 1, 9), nil); err == nil {
		t.Error("CertificateDeadline: no error")
	}
	if _, err := r.RegisterSteps(day(2020, 1, 9), nil); err == nil {
		t.Error("RegisterSteps: no error")
	}
	if _, _, err := r.Reissue(ReissueRequest{Reason: Loss, Current: Paper, Changed: day(2020, 1, 9), Applied: day(2020, 1, 9)}, nil); err == nil {
		t.Error("Reissue: no error")
	}
}
