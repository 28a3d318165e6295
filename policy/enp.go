package policy

import (
	"errors"
	"fmt"
)

// An ENP is a единый номер полиса: the 16-digit number of a person's record
// in the unified register of insured persons (ЕРЗ), the number of the policy
// in every form since 2011. It is 15 payload digits and a check digit.
//
// The check digit is defined by the Mod10 method of ISO/HL7 27931:2009
// (HL7 v2.5), which gives exactly the Luhn check digit of the payload; the
// package checks it by the Luhn algorithm in one allocation-free pass.
//
// An ENP holds any 16 digits: ParseENPLax accepts a number whose check
// digit is wrong (real registers hold legacy numbers that fail the check),
// and CheckDigitOK tells such a number apart.
//
// The zero ENP is not a number (IsZero reports it); note that
// "0000000000000000" is a well-formed number with a correct check digit and
// is distinct from the zero ENP. ENPs are small comparable values, safe to
// use as map keys and from many goroutines.
type ENP struct {
	n   uint64 // the 16 digits as an integer
	set bool   // false only for the zero ENP
}

// Sentinel errors of the ЕНП parsers, tested with errors.Is.
var (
	// ErrCheckDigit means the input is 16 well-formed digits whose last
	// digit is not the Luhn check digit of the first 15. The *ENPError
	// carries the number anyway (ENPError.ENP).
	ErrCheckDigit = errors.New("policy: wrong ЕНП check digit")
	// ErrMalformed means the input is not 16 digits with optional single
	// spaces or hyphens between them. It is never ErrCheckDigit.
	ErrMalformed = errors.New("policy: malformed ЕНП")
)

// An ENPError describes why a text is not a valid ЕНП. Err is ErrMalformed
// or ErrCheckDigit (Unwrap returns it).
type ENPError struct {
	// Input is the text that was parsed.
	Input string `json:"input"`
	// Err is ErrMalformed or ErrCheckDigit.
	Err error `json:"-"`
	// Reason says in English what is wrong.
	Reason string `json:"reason"`
	// ENP is the number read despite a wrong check digit; it is the zero
	// ENP unless Err is ErrCheckDigit.
	ENP ENP `json:"enp"`
	// Want is the check digit the payload calls for, when Err is
	// ErrCheckDigit.
	Want byte `json:"want"`
}

// Error returns "policy: ЕНП "…": <reason>"; long inputs are shortened.
func (e *ENPError) Error() string {
	in := e.Input
	if len(in) > 40 {
		in = in[:40] + "…"
	}
	return fmt.Sprintf("policy: ЕНП %q: %s", in, e.Reason)
}

// Unwrap returns Err, so that errors.Is(err, ErrCheckDigit) works.
func (e *ENPError) Unwrap() error { return e.Err }

// ENPDigits is the number of digits in an ЕНП.
const ENPDigits = 16

// maxENPInput bounds the accepted text: 16 digits and at most 15 single
// separators between them.
const maxENPInput = 2*ENPDigits - 1

// scanENP reads s as 16 decimal digits, optionally separated by single
// ASCII spaces or hyphens (never at the start or the end, never two in a
// row), as people type a number copied from a card: "1234 5678 9012 3452".
// It returns the number and whether the Luhn sum is divisible by 10, or a
// non-empty reason. It does not allocate.
func scanENP(s string) (n uint64, luhnOK bool, reason string) {
	if len(s) == 0 {
		return 0, false, "empty input"
	}
	if len(s) > maxENPInput {
		return 0, false, "too long for 16 digits"
	}
	var sum uint64
	nd := 0
	prevSep := true // a separator may not come first
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if nd == ENPDigits {
				return 0, false, "more than 16 digits"
			}
			d := uint64(c - '0')
			n = n*10 + d
			// The k-th digit from the left (k from 0) is position 16-k
			// from the right; Luhn doubles even positions from the right
			// (the check digit is position 1), that is even k.
			if nd%2 == 0 {
				d *= 2
				if d > 9 {
					d -= 9
				}
			}
			sum += d
			nd++
			prevSep = false
		case c == ' ' || c == '-':
			if prevSep {
				if i == 0 {
					return 0, false, "starts with a separator"
				}
				return 0, false, "two separators in a row"
			}
			prevSep = true
		default:
			return 0, false, "has a character that is not a digit, space or hyphen"
		}
	}
	if prevSep {
		return 0, false, "ends with a separator"
	}
	if nd != ENPDigits {
		return 0, false, "has fewer than 16 digits"
	}
	return n, sum%10 == 0, ""
}

// ParseENP parses a 16-digit ЕНП and checks its check digit. It accepts the
// digits alone ("1234567890123452") or with single spaces or hyphens between
// them ("1234 5678 9012 3452"), because numbers are printed in groups on
// cards and typed that way; surrounding spaces, other characters and two
// separators in a row are rejected, so what is accepted is never ambiguous.
//
// A malformed input is an *ENPError wrapping ErrMalformed; 16 good digits
// with a wrong check digit is an *ENPError wrapping ErrCheckDigit, which
// carries the number. On success ParseENP does not allocate.
func ParseENP(s string) (ENP, error) {
	n, ok, reason := scanENP(s)
	if reason != "" {
		return ENP{}, &ENPError{Input: s, Err: ErrMalformed, Reason: reason}
	}
	e := ENP{n: n, set: true}
	if !ok {
		want := e.expectedCheckDigit()
		return ENP{}, &ENPError{
			Input:  s,
			Err:    ErrCheckDigit,
			Reason: fmt.Sprintf("check digit is %d, the Luhn (HL7 Mod10) check digit of the first 15 digits is %d", n%10, want),
			ENP:    e,
			Want:   want,
		}
	}
	return e, nil
}

// ParseENPLax parses a 16-digit ЕНП like ParseENP but accepts a wrong
// check digit: it is for reading registers that hold legacy numbers. Only a
// malformed input is an error (wrapping ErrMalformed); use CheckDigitOK on
// the result to tell legacy numbers apart.
func ParseENPLax(s string) (ENP, error) {
	n, _, reason := scanENP(s)
	if reason != "" {
		return ENP{}, &ENPError{Input: s, Err: ErrMalformed, Reason: reason}
	}
	return ENP{n: n, set: true}, nil
}

// MustParseENP is like ParseENP but panics on error. It is meant for
// constants in tests and examples.
func MustParseENP(s string) ENP {
	e, err := ParseENP(s)
	if err != nil {
		panic(err)
	}
	return e
}

// ValidENP reports whether s is an ЕНП that ParseENP accepts: well formed
// and with the right check digit. It does not allocate.
func ValidENP(s string) bool {
	_, ok, reason := scanENP(s)
	return reason == "" && ok
}

// maxPayload is the number of 15-digit payloads.
const maxPayload = 1_000_000_000_000_000

// NewENP returns the ЕНП with the given 15-digit payload (0 to
// 999 999 999 999 999) and its computed check digit.
func NewENP(payload uint64) (ENP, error) {
	if payload >= maxPayload {
		return ENP{}, fmt.Errorf("%w: payload %d has more than 15 digits", ErrMalformed, payload)
	}
	e := ENP{n: payload * 10, set: true}
	e.n += uint64(e.expectedCheckDigit())
	return e, nil
}

// LuhnCheckDigit returns the check digit of a 15-digit payload: the digit
// that makes the Luhn sum of all 16 digits divisible by 10. It equals the
// HL7 Mod10 check digit that defines the ЕНП check digit.
func LuhnCheckDigit(payload uint64) byte {
	var sum uint64
	// Position 1 from the right of the payload becomes position 2 of the
	// full number, so it is doubled.
	for i := 0; i < ENPDigits-1; i++ {
		d := payload % 10
		payload /= 10
		if i%2 == 0 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return byte((10 - sum%10) % 10)
}

func (e ENP) expectedCheckDigit() byte { return LuhnCheckDigit(e.n / 10) }

// IsZero reports whether e is the zero ENP, which holds no number.
func (e ENP) IsZero() bool { return !e.set }

// CheckDigitOK reports whether the last digit of e is the Luhn check digit
// of the first 15. It is false for the zero ENP.
func (e ENP) CheckDigitOK() bool {
	return e.set && byte(e.n%10) == e.expectedCheckDigit()
}

// Payload returns the first 15 digits as an integer.
func (e ENP) Payload() uint64 { return e.n / 10 }

// CheckDigit returns the last digit as written.
func (e ENP) CheckDigit() byte { return byte(e.n % 10) }

// Uint64 returns the 16 digits as an integer (leading zeros are lost).
func (e ENP) Uint64() uint64 { return e.n }

const twoDigits = "00010203040506070809" +
	"10111213141516171819" +
	"20212223242526272829" +
	"30313233343536373839" +
	"40414243444546474849" +
	"50515253545556575859" +
	"60616263646566676869" +
	"70717273747576777879" +
	"80818283848586878889" +
	"90919293949596979899"

// RegionHint returns the first two digits, such as "77" or "45", or "" for
// the zero ENP.
//
// It is an opaque hint only. Public software reads these digits as a
// region code, but no primary source says which code list (the OKATO
// prefix, under which Moscow is 45, or the ФНС/constitutional code, under
// which Moscow is 77), so the package does not map them to an oms.Region
// (spec/regions.md §2, unresolved). It does not allocate.
func (e ENP) RegionHint() string {
	if !e.set {
		return ""
	}
	p := e.n / 100_000_000_000_000
	return twoDigits[2*p : 2*p+2]
}

// AppendText implements encoding.TextAppender: it appends the 16 digits
// without separators, or nothing for the zero ENP.
func (e ENP) AppendText(b []byte) ([]byte, error) {
	if !e.set {
		return b, nil
	}
	var buf [ENPDigits]byte
	n := e.n
	for i := ENPDigits - 1; i >= 0; i-- {
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return append(b, buf[:]...), nil
}

// String returns the 16 digits without separators, such as
// "1234567890123452", or "" for the zero ENP.
func (e ENP) String() string {
	var buf [ENPDigits]byte
	b, _ := e.AppendText(buf[:0])
	return string(b)
}

// MarshalText implements encoding.TextMarshaler; the zero ENP gives an
// empty text.
func (e ENP) MarshalText() ([]byte, error) { return e.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler with ParseENP: a wrong
// check digit is an error (wrapping ErrCheckDigit) and leaves e unchanged.
// An empty text gives the zero ENP. To read legacy numbers, decode into a
// string and use ParseENPLax.
func (e *ENP) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*e = ENP{}
		return nil
	}
	v, err := ParseENP(string(text))
	if err != nil {
		return err
	}
	*e = v
	return nil
}
