package policy

import (
	"encoding/json"
	"testing"
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
