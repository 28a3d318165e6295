package calendar

import (
	"fmt"
	"testing"

	"pgregory.net/rapid"
)

// TestPeriodStringAgreesWithFmt holds Period.String to the plain
// fmt.Sprintf of its number and word, singular for one.
func TestPeriodStringAgreesWithFmt(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := Period{N: rapid.IntRange(-5, 1000).Draw(t, "n"), Unit: Unit(rapid.IntRange(0, 9).Draw(t, "unit"))}
		var want string
		switch {
		case !p.Unit.IsValid():
			want = fmt.Sprintf("%d %s", p.N, p.Unit)
		case p.N == 1:
			want = fmt.Sprintf("1 %s", periodWords[p.Unit][0])
		default:
			want = fmt.Sprintf("%d %s", p.N, periodWords[p.Unit][1])
		}
		if got := p.String(); got != want {
			t.Fatalf("%#v: %q, want %q", p, got, want)
		}
	})
}
