package oms

// A CodeInfo describes one finding code for the library's catalogue of
// codes: what it means, how severe it usually is, and the provisions it
// rests on. Every package that makes findings exports its codes as
// constants and lists them with a function Codes() []oms.CodeInfo; the
// generator in internal/gen/codes writes the catalogue (CODES.md and
// codes.json) from those lists.
//
// The texts are summaries of the code's meaning: a Finding's own message
// adds the facts of the case (dates, names).
type CodeInfo struct {
	// Code is the finding code, such as "smo.switch.annual-limit".
	Code string `json:"code"`
	// Package is the import path of the package that makes the finding,
	// relative to the module: "smo", "policy", "calendar".
	Package string `json:"package"`
	// Severity is the severity findings of this code have.
	Severity Severity `json:"severity"`
	// Citations are the provisions the finding rests on, one for each
	// version of the rule (the Rules 158н and 108н, say), oldest first.
	Citations []Citation `json:"citations"`
	// RU summarises the meaning in Russian.
	RU string `json:"ru"`
	// EN summarises the meaning in English.
	EN string `json:"en"`
	// Unconfirmed is set when the rule behind the code, in some version,
	// is one the library's sources mark as uncertain.
	Unconfirmed bool `json:"unconfirmed,omitempty"`
}
