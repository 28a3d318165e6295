package oms

import "slices"

// A DecisionBuilder collects findings for one Decision in linear time:
// adding a finding appends to one slice instead of copying every earlier
// finding, as Decision.With must to keep Decisions immutable.
//
// The zero DecisionBuilder is empty and ready to use. A builder is not
// safe for concurrent use; the Decision it returns is.
type DecisionBuilder struct {
	findings []Finding
}

// Add appends findings.
func (b *DecisionBuilder) Add(findings ...Finding) { b.findings = append(b.findings, findings...) }

// Grow makes room for n more findings, so that a check that knows roughly
// how many it makes allocates once.
func (b *DecisionBuilder) Grow(n int) { b.findings = slices.Grow(b.findings, n) }

// AddDecision appends the findings of d.
func (b *DecisionBuilder) AddDecision(d Decision) { b.findings = append(b.findings, d.findings...) }

// OK reports whether no finding added so far is a Violation, as
// Decision.OK will.
func (b *DecisionBuilder) OK() bool { return Decision{findings: b.findings}.OK() }

// Len returns the number of findings added so far.
func (b *DecisionBuilder) Len() int { return len(b.findings) }

// Decision returns the decision of the findings added so far and empties
// the builder; the builder's slice passes to the Decision without a copy,
// so later Adds cannot change it.
func (b *DecisionBuilder) Decision() Decision {
	fs := b.findings
	b.findings = nil
	if len(fs) == 0 {
		return Decision{}
	}
	return Decision{findings: fs[:len(fs):len(fs)]}
}
