package nsi

import (
	"errors"
	"fmt"
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// ErrMask is returned (wrapped) for a mask that cannot be parsed and for
// text that does not match its mask.
var ErrMask = errors.New("nsi: mask")

// MaxMaskLen is the longest mask accepted, in characters. F011 gives masks
// of at most 10 (series) and 20 (number) characters.
const MaxMaskLen = 63

// A Mask is the format of a document series or number as the reference
// book F011 writes it (fields DocSer, DocNum; standards.md §1.3):
//
//	R  a Roman numeral: one or more of the Latin capitals I V X L C
//	Б  one Russian capital letter, А–Я or Ё
//	9  one digit
//	0  an optional digit
//	S  free text: any characters, none included
//
// Any other character (a space, a dash) stands for itself. The empty mask
// sets no format and matches any text.
//
// A Mask is a small immutable value, safe for concurrent use; matching
// does not allocate.
type Mask struct {
	text  string
	elems []maskElem
	fixed bool // every element reads exactly one character
}

type maskKind uint8

const (
	mLiteral maskKind = iota
	mRoman
	mCyrillic
	mDigit
	mOptDigit
	mFree
)

type maskElem struct {
	kind maskKind
	lit  rune
}

// ParseMask parses a mask in the F011 alphabet. A mask longer than
// MaxMaskLen characters, or holding invalid UTF-8 or a control character,
// is an error wrapping ErrMask.
func ParseMask(s string) (Mask, error) {
	if !utf8.ValidString(s) {
		return Mask{}, fmt.Errorf("%w %q: not valid UTF-8", ErrMask, s)
	}
	if n := utf8.RuneCountInString(s); n > MaxMaskLen {
		return Mask{}, fmt.Errorf("%w %q: %d characters, more than %d", ErrMask, s, n, MaxMaskLen)
	}
	var elems []maskElem
	for _, c := range s {
		e := maskElem{kind: mLiteral, lit: c}
		switch c {
		case 'R':
			e.kind = mRoman
		case 'Б':
			e.kind = mCyrillic
		case '9':
			e.kind = mDigit
		case '0':
			e.kind = mOptDigit
		case 'S':
			e.kind = mFree
		default:
			if unicode.IsControl(c) {
				return Mask{}, fmt.Errorf("%w %q: control character %U", ErrMask, s, c)
			}
		}
		elems = append(elems, e)
	}
	fixed := true
	for _, e := range elems {
		fixed = fixed && e.kind != mRoman && e.kind != mOptDigit && e.kind != mFree
	}
	return Mask{text: s, elems: elems, fixed: fixed}, nil
}

// MustParseMask is like ParseMask but panics on error; for literal tables.
func MustParseMask(s string) Mask {
	m, err := ParseMask(s)
	if err != nil {
		panic(err)
	}
	return m
}

// String returns the mask as F011 writes it.
func (m Mask) String() string { return m.text }

// IsZero reports whether m is the empty mask, which matches any text.
func (m Mask) IsZero() bool { return len(m.elems) == 0 }

// MarshalText implements encoding.TextMarshaler.
func (m Mask) MarshalText() ([]byte, error) { return []byte(m.text), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (m *Mask) UnmarshalText(text []byte) error {
	v, err := ParseMask(string(text))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// Match reports whether s has the format of m. It runs the mask as a
// nondeterministic automaton over a 64-bit set of positions: linear in
// len(s), no backtracking, no allocation.
func (m Mask) Match(s string) bool {
	if len(m.elems) == 0 {
		return true
	}
	if m.fixed {
		return m.matchFixed(s)
	}
	n := len(m.elems)
	cur := m.closure(1)
	for _, c := range s {
		var next uint64
		for set := cur &^ (1 << n); set != 0; set &= set - 1 {
			i := bits.TrailingZeros64(set)
			e := m.elems[i]
			switch e.kind {
			case mLiteral:
				if c == e.lit {
					next |= 1 << (i + 1)
				}
			case mRoman:
				if isRoman(c) {
					next |= 1<<i | 1<<(i+1)
				}
			case mCyrillic:
				if isCyrillicCapital(c) {
					next |= 1 << (i + 1)
				}
			case mDigit, mOptDigit:
				if '0' <= c && c <= '9' {
					next |= 1 << (i + 1)
				}
			case mFree:
				next |= 1 << i
			}
		}
		if next == 0 {
			return false
		}
		cur = m.closure(next)
	}
	return cur&(1<<n) != 0
}

// matchFixed matches a mask whose elements each read one character, the
// common case ("99 99", "999999", "ББ"), position by position.
func (m Mask) matchFixed(s string) bool {
	i := 0
	for _, c := range s {
		if i == len(m.elems) {
			return false
		}
		e := m.elems[i]
		switch e.kind {
		case mLiteral:
			if c != e.lit {
				return false
			}
		case mCyrillic:
			if !isCyrillicCapital(c) {
				return false
			}
		default: // mDigit
			if c < '0' || c > '9' {
				return false
			}
		}
		i++
	}
	return i == len(m.elems)
}

// closure adds the positions reachable without reading: past an optional
// digit or free text. The edges go forward, so one ascending pass does.
func (m Mask) closure(set uint64) uint64 {
	for rest := set; rest != 0; rest &= rest - 1 {
		i := bits.TrailingZeros64(rest)
		if i < len(m.elems) && (m.elems[i].kind == mOptDigit || m.elems[i].kind == mFree) {
			set |= 1 << (i + 1)
			rest |= 1 << (i + 1)
		}
	}
	return set
}

// Check returns nil when s matches m, otherwise an error wrapping ErrMask
// that quotes both.
func (m Mask) Check(s string) error {
	if m.Match(s) {
		return nil
	}
	return fmt.Errorf("%w: %q does not match %q", ErrMask, s, m.text)
}

func isRoman(c rune) bool {
	return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C'
}

func isCyrillicCapital(c rune) bool { return ('А' <= c && c <= 'Я') || c == 'Ё' }
