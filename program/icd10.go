package program

import (
	"errors"
	"strconv"
	"unicode/utf8"
)

// An ICD10 is a code of the International Classification of Diseases, 10th
// revision (МКБ-10), at the level of a 3-character category ("K02") or a
// 4-character subcategory ("K02.1").
//
// It is stored as a 16-bit ordinal, so parsing, comparing and classifying
// codes allocate nothing. Ordinals follow the order of the classification:
// a category sorts before its subcategories, which sort before the next
// category (K02 < K02.0 < K02.9 < K03), so a < b compares codes.
//
// The zero ICD10 is not a code; IsValid reports false for it. ParseICD10
// checks the form of a code (a letter, two digits, an optional digit after
// the point), not whether WHO or the Russian edition uses that particular
// code: "K02.7" parses although it is not in the printed classification.
type ICD10 uint16

// Codes are ordinals 1 + ((letter*100 + number) * 11 + sub), where sub is 0
// for a category and 1..10 for subcategories .0 ... .9.
const (
	icdSubs    = 11
	icdMaxOrd  = 26*100*icdSubs + 1 // one past the largest ordinal
	icdLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
)

// ErrInvalidICD10 is wrapped by every error ParseICD10 returns.
var ErrInvalidICD10 = errors.New("program: invalid ICD-10 code")

// An ICD10Error reports input that is not an ICD-10 code. It wraps
// ErrInvalidICD10.
type ICD10Error struct {
	Input  string `json:"input"`  // the text as given
	Reason string `json:"reason"` // why it is not a code, in English
}

// Error returns `program: invalid ICD-10 code "<input>": <reason>`.
func (e *ICD10Error) Error() string {
	return "program: invalid ICD-10 code " + strconv.Quote(e.Input) + ": " + e.Reason
}

// Unwrap returns ErrInvalidICD10.
func (e *ICD10Error) Unwrap() error { return ErrInvalidICD10 }

// makeICD10 builds a code from its parts; letter is 0..25, number 0..99, sub
// -1 for a category or 0..9.
func makeICD10(letter, number, sub int) ICD10 {
	return ICD10(1 + (letter*100+number)*icdSubs + sub + 1)
}

// ParseICD10 parses a code in any of the forms people type: "K02", "K02.1",
// "k02.1", "K021", with the letter in Latin or as its Cyrillic look-alike
// (А В Е К М Н О Р С Т Х У, either case, "К02.1" with a Cyrillic К), and
// with spaces around it. A comma is accepted for the point ("K02,1"), as
// typed on Russian keyboards. Anything else, including a fifth character
// (national extensions such as "S72.00") and the dagger and asterisk
// marks, is an *ICD10Error.
//
// ParseICD10 allocates only when it returns an error.
func ParseICD10(s string) (ICD10, error) {
	c, reason := parseICD10(s)
	if reason != "" {
		return 0, &ICD10Error{Input: s, Reason: reason}
	}
	return c, nil
}

// MustParseICD10 is like ParseICD10 but panics on error. It is meant for
// constants in code and tests.
func MustParseICD10(s string) ICD10 {
	c, err := ParseICD10(s)
	if err != nil {
		panic(err)
	}
	return c
}

func parseICD10(s string) (ICD10, string) {
	// Trim ASCII spaces and tabs.
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t') {
		s = s[:len(s)-1]
	}
	if s == "" {
		return 0, "empty"
	}
	letter, size := icdLetter(s)
	if letter < 0 {
		return 0, "does not start with a letter A–Z"
	}
	s = s[size:]
	if len(s) < 2 || !isDigit(s[0]) || !isDigit(s[1]) {
		return 0, "the letter must be followed by two digits"
	}
	number := int(s[0]-'0')*10 + int(s[1]-'0')
	s = s[2:]
	switch {
	case len(s) == 0:
		return makeICD10(letter, number, -1), ""
	case len(s) == 1 && isDigit(s[0]):
		return makeICD10(letter, number, int(s[0]-'0')), ""
	case len(s) == 2 && (s[0] == '.' || s[0] == ',') && isDigit(s[1]):
		return makeICD10(letter, number, int(s[1]-'0')), ""
	case (s[0] == '.' || s[0] == ',') && len(s) == 1:
		return 0, "nothing after the point"
	case len(s) > 2 && (s[0] == '.' || s[0] == ',') && isDigit(s[1]) && isDigit(s[2]):
		return 0, "only one digit may follow the point (5-character national extensions are not supported)"
	case len(s) == 2 && isDigit(s[0]) && isDigit(s[1]):
		return 0, "only one digit may follow the category (5-character national extensions are not supported)"
	default:
		return 0, "unexpected characters after the category"
	}
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// icdLetter decodes the leading letter of s: Latin A–Z in either case, or a
// Cyrillic letter that looks like one. It returns the letter index 0..25
// and its length in bytes, or -1.
func icdLetter(s string) (int, int) {
	b := s[0]
	switch {
	case 'A' <= b && b <= 'Z':
		return int(b - 'A'), 1
	case 'a' <= b && b <= 'z':
		return int(b - 'a'), 1
	case b < utf8.RuneSelf:
		return -1, 0
	}
	r, size := utf8.DecodeRuneInString(s)
	if l := cyrillicLookAlike(r); l >= 0 {
		return l, size
	}
	return -1, 0
}

// cyrillicLookAlike maps the Cyrillic letters that are drawn like Latin
// ones to the Latin letter index. У is taken for Y, its look-alike.
func cyrillicLookAlike(r rune) int {
	var l byte
	switch r {
	case 'А', 'а':
		l = 'A'
	case 'В', 'в':
		l = 'B'
	case 'С', 'с':
		l = 'C'
	case 'Е', 'е':
		l = 'E'
	case 'Н', 'н':
		l = 'H'
	case 'К', 'к':
		l = 'K'
	case 'М', 'м':
		l = 'M'
	case 'О', 'о':
		l = 'O'
	case 'Р', 'р':
		l = 'P'
	case 'Т', 'т':
		l = 'T'
	case 'Х', 'х':
		l = 'X'
	case 'У', 'у':
		l = 'Y'
	default:
		return -1
	}
	return int(l - 'A')
}

// IsValid reports whether c is a code (not the zero value or out of range).
func (c ICD10) IsValid() bool { return c != 0 && c < icdMaxOrd }

func (c ICD10) parts() (letter, number, sub int) {
	o := int(c) - 1
	sub = o%icdSubs - 1
	o /= icdSubs
	return o / 100, o % 100, sub
}

// Letter returns the letter of the code, 'A' to 'Z', or 0 for an invalid code.
func (c ICD10) Letter() byte {
	if !c.IsValid() {
		return 0
	}
	l, _, _ := c.parts()
	return icdLetters[l]
}

// Category returns the 3-character category of c: K02 for K02.1 and for
// K02 itself. It returns 0 for an invalid code.
func (c ICD10) Category() ICD10 {
	if !c.IsValid() {
		return 0
	}
	l, n, _ := c.parts()
	return makeICD10(l, n, -1)
}

// IsCategory reports whether c is a 3-character category such as K02.
func (c ICD10) IsCategory() bool {
	if !c.IsValid() {
		return false
	}
	_, _, sub := c.parts()
	return sub < 0
}

// Subcategory returns the digit after the point and true, or 0 and false
// for a category.
func (c ICD10) Subcategory() (int, bool) {
	if !c.IsValid() {
		return 0, false
	}
	_, _, sub := c.parts()
	if sub < 0 {
		return 0, false
	}
	return sub, true
}

// lastSub returns the last code inside c: K02.9 for K02, c itself for a
// subcategory.
func (c ICD10) lastSub() ICD10 {
	if c.IsCategory() {
		return c + icdSubs - 1
	}
	return c
}

// AppendText appends the canonical form of c ("K02" or "K02.1") to b. It
// implements encoding.TextAppender and allocates nothing when b has room.
func (c ICD10) AppendText(b []byte) ([]byte, error) {
	if !c.IsValid() {
		return b, errors.New("program: cannot format an invalid ICD-10 code")
	}
	return c.appendTo(b), nil
}

func (c ICD10) appendTo(b []byte) []byte {
	l, n, sub := c.parts()
	b = append(b, icdLetters[l], byte('0'+n/10), byte('0'+n%10))
	if sub >= 0 {
		b = append(b, '.', byte('0'+sub))
	}
	return b
}

// String returns the canonical form: upper-case Latin letter, two digits,
// and for a subcategory a point and a digit ("K02", "K02.1"). An invalid
// code is rendered as "ICD10(n)".
func (c ICD10) String() string {
	if !c.IsValid() {
		return "ICD10(" + strconv.Itoa(int(c)) + ")"
	}
	var buf [5]byte
	return string(c.appendTo(buf[:0]))
}

// MarshalText implements encoding.TextMarshaler with the canonical form.
// The zero code (none given) is empty text, so that a zero struct holding
// a code marshals; another invalid code is an error.
func (c ICD10) MarshalText() ([]byte, error) {
	if c == 0 {
		return []byte{}, nil
	}
	return c.AppendText(make([]byte, 0, 5))
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts whatever
// ParseICD10 accepts, and empty text as the zero code.
func (c *ICD10) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = 0
		return nil
	}
	v, err := ParseICD10(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Compare returns -1, 0 or +1 as c sorts before, equal to or after d in the
// order of the classification.
func (c ICD10) Compare(d ICD10) int {
	switch {
	case c < d:
		return -1
	case c > d:
		return 1
	}
	return 0
}

// An ICD10Range is an inclusive range of codes, First to Last, as the
// classification and the programme write them: "A15–A19".
//
// The ends are inclusive at the level of detail they are written in: a
// range whose last end is a category takes in all of that category's
// subcategories, so A15–A19 contains A19.9, and a range whose first end is a
// category starts with the category itself. A range of one category, such
// as B90–B90, is the category and its subcategories.
type ICD10Range struct {
	First ICD10 `json:"first"` // the first code, included
	Last  ICD10 `json:"last"`  // the last code, included with its subcategories if a category
}

// NewICD10Range returns the range first–last. It is an error if either end is
// invalid or last sorts before first.
func NewICD10Range(first, last ICD10) (ICD10Range, error) {
	r := ICD10Range{First: first, Last: last}
	if reason := r.check(); reason != "" {
		return ICD10Range{}, &ICD10Error{Input: r.text(), Reason: reason}
	}
	return r, nil
}

// MustICD10Range parses "A15-A19" (or a single code) and panics on error;
// it is meant for the law tables of this package and tests.
func MustICD10Range(s string) ICD10Range {
	r, err := ParseICD10Range(s)
	if err != nil {
		panic(err)
	}
	return r
}

func (r ICD10Range) check() string {
	switch {
	case !r.First.IsValid() || !r.Last.IsValid():
		return "a range end is not a code"
	case r.Last.lastSub() < r.First:
		return "the range ends before it starts"
	}
	return ""
}

func (r ICD10Range) text() string {
	return r.First.String() + "-" + r.Last.String()
}

// ParseICD10Range parses "A15-A19", "A15–A19" (en dash), "A15—A19" (em
// dash), with spaces around the dash allowed, or a single code "B90",
// which stands for B90–B90. Each end is parsed by ParseICD10.
func ParseICD10Range(s string) (ICD10Range, error) {
	first, last := s, ""
	for i, r := range s {
		if r == '-' || r == '–' || r == '—' {
			first, last = s[:i], s[i+utf8.RuneLen(r):]
			break
		}
	}
	a, err := ParseICD10(first)
	if err != nil {
		return ICD10Range{}, err
	}
	if last == "" && len(first) == len(s) {
		return ICD10Range{First: a, Last: a}, nil
	}
	b, err := ParseICD10(last)
	if err != nil {
		return ICD10Range{}, err
	}
	r := ICD10Range{First: a, Last: b}
	if reason := r.check(); reason != "" {
		return ICD10Range{}, &ICD10Error{Input: s, Reason: reason}
	}
	return r, nil
}

// IsValid reports whether both ends are codes and Last does not sort
// before First.
func (r ICD10Range) IsValid() bool { return r.check() == "" }

// Contains reports whether c lies in the range, ends included (see the
// type's documentation for categories).
func (r ICD10Range) Contains(c ICD10) bool {
	return c.IsValid() && r.First <= c && c <= r.Last.lastSub()
}

// lo and hi are the first and last ordinal inside the range.
func (r ICD10Range) lo() ICD10 { return r.First }
func (r ICD10Range) hi() ICD10 { return r.Last.lastSub() }

// Overlaps reports whether r and s have a code in common.
func (r ICD10Range) Overlaps(s ICD10Range) bool {
	return r.lo() <= s.hi() && s.lo() <= r.hi()
}

// String returns "A15-A19" with an ASCII hyphen, or a single code when
// First and Last are the same.
func (r ICD10Range) String() string {
	if r.First == r.Last {
		return r.First.String()
	}
	return r.text()
}

// MarshalText implements encoding.TextMarshaler with String's form; the
// zero range (none given) is empty text.
func (r ICD10Range) MarshalText() ([]byte, error) {
	if r == (ICD10Range{}) {
		return []byte{}, nil
	}
	if reason := r.check(); reason != "" {
		return nil, &ICD10Error{Input: r.text(), Reason: reason}
	}
	return []byte(r.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; see ParseICD10Range.
// Empty text is the zero range.
func (r *ICD10Range) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*r = ICD10Range{}
		return nil
	}
	v, err := ParseICD10Range(string(text))
	if err != nil {
		return err
	}
	*r = v
	return nil
}
