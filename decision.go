package oms

import (
	"encoding/json"
	"fmt"
	"iter"
	"slices"
	"strings"
)

// Severity says how a Finding bears on its Decision.
type Severity uint8

const (
	// Info explains an outcome (which class a code falls in, which rule
	// applied) and never fails a decision.
	Info Severity = iota
	// Warning flags something a person should look at, such as a rule whose
	// source is unconfirmed or a document that is optional; it does not
	// fail a decision.
	Warning
	// Violation is a breach of a rule: a decision with one is not OK.
	Violation
)

var severityNames = [...]string{Info: "info", Warning: "warning", Violation: "violation"}

// String returns "info", "warning" or "violation".
func (s Severity) String() string {
	if int(s) < len(severityNames) {
		return severityNames[s]
	}
	return fmt.Sprintf("Severity(%d)", uint8(s))
}

// MarshalText implements encoding.TextMarshaler.
func (s Severity) MarshalText() ([]byte, error) {
	if int(s) >= len(severityNames) {
		return nil, fmt.Errorf("oms: invalid severity %d", uint8(s))
	}
	return []byte(severityNames[s]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Severity) UnmarshalText(text []byte) error {
	for i, n := range severityNames {
		if string(text) == n {
			*s = Severity(i)
			return nil
		}
	}
	return fmt.Errorf("oms: unknown severity %q", text)
}

// A Finding is one observation of a rule check: a stable machine code, a
// message in Russian and in English, the severity, and the provision of law
// it rests on.
//
// Codes are dotted, lower-case and stable across releases, for example
// "smo.switch.annual-limit"; callers may switch on them. Messages may be
// reworded.
type Finding struct {
	// Code identifies the rule and outcome, such as "smo.switch.annual-limit".
	Code string `json:"code"`
	// Severity says whether the finding fails its decision.
	Severity Severity `json:"severity"`
	// RU is the message in Russian.
	RU string `json:"message_ru"`
	// EN is the message in English.
	EN string `json:"message_en"`
	// Citation is the provision of law the finding rests on.
	Citation Citation `json:"citation"`
	// Unconfirmed is set when the rule behind the finding is one the
	// library's sources mark as uncertain; see the rule's documentation.
	Unconfirmed bool `json:"unconfirmed,omitempty"`
}

// String returns a one-line English rendering for logs:
// "violation smo.switch.annual-limit: … (326-ФЗ, ст. 16, ч. 1, п. 3)".
func (f Finding) String() string {
	s := f.Severity.String() + " " + f.Code + ": " + f.EN
	if !f.Citation.IsZero() {
		s += " (" + f.Citation.String() + ")"
	}
	return s
}

// A Decision is the result of a rule check: every finding at once, not only
// the first. It is OK when no finding is a Violation.
//
// A Decision is immutable; methods that add findings return a new value.
// The zero Decision has no findings and is OK.
type Decision struct {
	findings []Finding
}

// NewDecision returns a decision holding a copy of findings, in order.
func NewDecision(findings ...Finding) Decision {
	return Decision{findings: slices.Clone(findings)}
}

// OK reports whether no finding is a Violation.
func (d Decision) OK() bool {
	for i := range d.findings {
		if d.findings[i].Severity == Violation {
			return false
		}
	}
	return true
}

// Len returns the number of findings.
func (d Decision) Len() int { return len(d.findings) }

// Findings returns a copy of all findings, in the order they were made.
// To read them without the copy, use All or At.
func (d Decision) Findings() []Finding { return slices.Clone(d.findings) }

// All returns an iterator over the findings, in the order they were made,
// without copying them.
func (d Decision) All() iter.Seq[Finding] {
	return func(yield func(Finding) bool) {
		for i := range d.findings {
			if !yield(d.findings[i]) {
				return
			}
		}
	}
}

// At returns the finding at index i, 0 ≤ i < Len(); it panics otherwise,
// as indexing a slice does.
func (d Decision) At(i int) Finding { return d.findings[i] }

// Violations returns the findings that fail the decision.
func (d Decision) Violations() []Finding {
	var out []Finding
	for _, f := range d.findings {
		if f.Severity == Violation {
			out = append(out, f)
		}
	}
	return out
}

// Has reports whether a finding with the given code is present.
func (d Decision) Has(code string) bool {
	_, ok := d.Find(code)
	return ok
}

// Find returns the first finding with the given code.
func (d Decision) Find(code string) (Finding, bool) {
	for _, f := range d.findings {
		if f.Code == code {
			return f, true
		}
	}
	return Finding{}, false
}

// Codes returns the codes of all findings, in order.
func (d Decision) Codes() []string {
	out := make([]string, len(d.findings))
	for i, f := range d.findings {
		out[i] = f.Code
	}
	return out
}

// With returns a new decision with findings appended after those of d.
func (d Decision) With(findings ...Finding) Decision {
	out := make([]Finding, 0, len(d.findings)+len(findings))
	out = append(out, d.findings...)
	return Decision{findings: append(out, findings...)}
}

// Merge returns a new decision with the findings of d followed by those of
// each of others.
func (d Decision) Merge(others ...Decision) Decision {
	n := len(d.findings)
	for _, o := range others {
		n += len(o.findings)
	}
	out := make([]Finding, 0, n)
	out = append(out, d.findings...)
	for _, o := range others {
		out = append(out, o.findings...)
	}
	return Decision{findings: out}
}

// String renders the decision on several lines: "OK" or "NOT OK", then one
// line per finding.
func (d Decision) String() string {
	var b strings.Builder
	if d.OK() {
		b.WriteString("OK")
	} else {
		b.WriteString("NOT OK")
	}
	for _, f := range d.findings {
		b.WriteString("\n  ")
		b.WriteString(f.String())
	}
	return b.String()
}

type decisionJSON struct {
	OK       bool      `json:"ok"`
	Findings []Finding `json:"findings"`
}

// MarshalJSON encodes the decision as {"ok": bool, "findings": [...]}.
func (d Decision) MarshalJSON() ([]byte, error) {
	fs := d.findings
	if fs == nil {
		fs = []Finding{}
	}
	return json.Marshal(decisionJSON{OK: d.OK(), Findings: fs})
}

// UnmarshalJSON decodes what MarshalJSON encodes. The "ok" member is
// recomputed from the findings; a document whose "ok" disagrees with its
// findings is an error.
func (d *Decision) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil // the convention of encoding/json: null leaves the value as it is
	}
	var v decisionJSON
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	for i, f := range v.Findings {
		if int(f.Severity) >= len(severityNames) {
			return fmt.Errorf("oms: finding %d of the decision JSON has invalid severity %d", i, uint8(f.Severity))
		}
	}
	nd := Decision{findings: v.Findings}
	if len(nd.findings) == 0 {
		nd.findings = nil
	}
	if nd.OK() != v.OK {
		return fmt.Errorf("oms: decision JSON says ok=%v but its findings say %v", v.OK, nd.OK())
	}
	*d = nd
	return nil
}
