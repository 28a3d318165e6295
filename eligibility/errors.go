package eligibility

import (
	"errors"
	"strconv"
)

// ErrFormat is wrapped by every error about a malformed identifier or
// document number: a wrong length, a character out of place, a Roman
// numeral that is not one. It is never wrapped by a control number
// mismatch, so callers can tell a typo in the shape from a number that is
// well formed but fails its check.
var ErrFormat = errors.New("eligibility: malformed identifier")

// ErrControlNumber is wrapped by the error for a well-formed identifier
// whose control number does not match (see ControlNumberError).
var ErrControlNumber = errors.New("eligibility: control number does not match")

// A SyntaxError reports an identifier that is not well formed. It wraps
// ErrFormat.
type SyntaxError struct {
	// What names the identifier: "СНИЛС", "passport", "birth certificate".
	What string `json:"what"`
	// Input is the text that was parsed.
	Input string `json:"input"`
	// Reason says what is wrong, in English.
	Reason string `json:"reason"`
}

// Error returns "eligibility: invalid <what> <input>: <reason>".
func (e *SyntaxError) Error() string {
	return "eligibility: invalid " + e.What + " " + quoteInput(e.Input) + ": " + e.Reason
}

// Unwrap returns ErrFormat.
func (e *SyntaxError) Unwrap() error { return ErrFormat }

// A ControlNumberError reports a well-formed СНИЛС whose control number is
// not the one its nine digits give. It wraps ErrControlNumber.
type ControlNumberError struct {
	// Input is the text that was parsed.
	Input string `json:"input"`
	// Got is the control number written in the input.
	Got int `json:"got"`
	// Want is the control number the nine digits give.
	Want int `json:"want"`
}

// Error returns the input with the control number written and the one
// its digits give.
func (e *ControlNumberError) Error() string {
	return "eligibility: СНИЛС " + quoteInput(e.Input) + " has control number " +
		pad2(e.Got) + ", want " + pad2(e.Want)
}

// Unwrap returns ErrControlNumber.
func (e *ControlNumberError) Unwrap() error { return ErrControlNumber }

func pad2(n int) string {
	if n >= 0 && n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// quoteInput quotes s for an error message, shortening very long inputs.
func quoteInput(s string) string {
	const max = 64
	if len(s) > max {
		return strconv.Quote(s[:max]) + "…"
	}
	return strconv.Quote(s)
}

func syntaxError(what, input, reason string) error {
	return &SyntaxError{What: what, Input: input, Reason: reason}
}
