package eligibility

import (
	"strconv"
	"unicode/utf8"
)

// A BirthCertificate is the series and number of a Russian birth
// certificate (свидетельство о рождении): a series of a Roman numeral, a
// hyphen and two Cyrillic capital letters, then a six-digit number, written
// "IV-МЮ 123456".
//
// The zero BirthCertificate is invalid and prints as "". Values are
// comparable.
type BirthCertificate struct {
	roman  uint16 // value of the Roman numeral, 1..399; 0 for the zero value
	a, b   rune   // the two Cyrillic capital letters
	number uint32 // 0..999999
}

const birthCertWhat = "birth certificate"

// ParseBirthCertificate parses the series and number of a birth
// certificate, such as "IV-МЮ 123456".
//
// The Roman numeral is written with I, V, X, L and C, in either case; the
// look-alikes people type are accepted too: Cyrillic І, Х and С (either
// case), the digit 1 for I, and the Unicode Roman numeral characters
// Ⅰ…Ⅻ, Ⅼ, Ⅽ. The numeral must be well formed (IV, not IIII), 1 to 399.
// The two letters are Cyrillic capitals А–Я or Ё; lower case and the Latin
// look-alikes A B C E H K M O P T X Y are accepted and read as Cyrillic.
// Between the numeral and the letters: a hyphen, an en dash, a space or
// nothing; between the letters and the number: spaces, "№" or nothing.
// Spaces around the whole text are ignored. String gives the canonical
// form. Errors wrap ErrFormat. ParseBirthCertificate does not allocate
// unless it returns an error.
func ParseBirthCertificate(s string) (BirthCertificate, error) {
	t := trimSpaces(s)
	// The number: the last six bytes, all digits.
	if len(t) < 6 {
		return BirthCertificate{}, syntaxError(birthCertWhat, s, "too short")
	}
	var num uint32
	for i := len(t) - 6; i < len(t); i++ {
		c := t[i]
		if c < '0' || c > '9' {
			return BirthCertificate{}, syntaxError(birthCertWhat, s, "the number must be six digits at the end")
		}
		num = num*10 + uint32(c-'0')
	}
	t = t[:len(t)-6]
	if len(t) > 0 && t[len(t)-1] >= '0' && t[len(t)-1] <= '9' {
		return BirthCertificate{}, syntaxError(birthCertWhat, s, "the number has more than six digits")
	}
	// Separators before the number: spaces and one "№".
	numero := false
	for len(t) > 0 {
		if t[len(t)-1] == ' ' {
			t = t[:len(t)-1]
		} else if len(t) >= 2 && t[len(t)-2] == 0xC2 && t[len(t)-1] == 0xA0 {
			t = t[:len(t)-2]
		} else if !numero && len(t) >= 3 && isNumeroSign(t, len(t)-3) {
			t, numero = t[:len(t)-3], true
		} else {
			break
		}
	}
	// The two letters.
	var letters [2]rune
	for k := 1; k >= 0; k-- {
		r, w := utf8.DecodeLastRuneInString(t)
		if w == 0 {
			return BirthCertificate{}, syntaxError(birthCertWhat, s, "missing the two Cyrillic letters of the series")
		}
		c, ok := cyrillicLetter(r)
		if !ok {
			return BirthCertificate{}, syntaxError(birthCertWhat, s, "series letter "+strconv.QuoteRune(r)+" is not a Cyrillic letter")
		}
		letters[k] = c
		t = t[:len(t)-w]
	}
	// The separator between the numeral and the letters.
	if r, w := utf8.DecodeLastRuneInString(t); r == '-' || r == '–' || r == ' ' {
		t = t[:len(t)-w]
	}
	if t == "" {
		return BirthCertificate{}, syntaxError(birthCertWhat, s, "missing the Roman numeral of the series")
	}
	roman, reason := parseRoman(t)
	if reason != "" {
		return BirthCertificate{}, syntaxError(birthCertWhat, s, reason)
	}
	return BirthCertificate{roman: roman, a: letters[0], b: letters[1], number: num}, nil
}

// MustParseBirthCertificate is like ParseBirthCertificate but panics on
// error.
func MustParseBirthCertificate(s string) BirthCertificate {
	v, err := ParseBirthCertificate(s)
	if err != nil {
		panic(err)
	}
	return v
}

// cyrillicLetter maps r to a Cyrillic capital letter, reading lower case
// and Latin look-alikes.
func cyrillicLetter(r rune) (rune, bool) {
	switch {
	case r >= 'А' && r <= 'Я', r == 'Ё':
		return r, true
	case r >= 'а' && r <= 'я':
		return r - 'а' + 'А', true
	case r == 'ё':
		return 'Ё', true
	}
	if r >= 'a' && r <= 'z' {
		r -= 'a' - 'A'
	}
	switch r {
	case 'A':
		return 'А', true
	case 'B':
		return 'В', true
	case 'C':
		return 'С', true
	case 'E':
		return 'Е', true
	case 'H':
		return 'Н', true
	case 'K':
		return 'К', true
	case 'M':
		return 'М', true
	case 'O':
		return 'О', true
	case 'P':
		return 'Р', true
	case 'T':
		return 'Т', true
	case 'X':
		return 'Х', true
	case 'Y':
		return 'У', true
	}
	return 0, false
}

// romanDigit maps one character of a Roman numeral, with its look-alikes,
// to its value; Unicode numeral characters that stand for several letters
// (Ⅳ, Ⅻ) are expanded by parseRoman.
func romanDigit(r rune) int {
	switch r {
	case 'I', 'i', 'І', 'і', '1':
		return 1
	case 'V', 'v':
		return 5
	case 'X', 'x', 'Х', 'х':
		return 10
	case 'L', 'l':
		return 50
	case 'C', 'c', 'С', 'с':
		return 100
	}
	return 0
}

// romanForms are the canonical numerals of the Unicode characters
// U+2160 (Ⅰ) to U+216D (Ⅽ).
var romanForms = [...]string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "L", "C"}

// parseRoman reads a Roman numeral made of I, V, X, L, C and look-alikes
// and returns its value; it must be the canonical numeral of that value.
// The reason is empty on success.
func parseRoman(s string) (uint16, string) {
	// Normalise into a small buffer of Latin letters.
	var buf [16]byte
	n := 0
	for _, r := range s {
		var form string
		if r >= 0x2160 && r <= 0x216D {
			form = romanForms[r-0x2160]
		} else if r >= 0x2170 && r <= 0x217D {
			form = romanForms[r-0x2170]
		} else {
			switch romanDigit(r) {
			case 1:
				form = "I"
			case 5:
				form = "V"
			case 10:
				form = "X"
			case 50:
				form = "L"
			case 100:
				form = "C"
			default:
				if r == utf8.RuneError {
					return 0, "invalid UTF-8 in the series"
				}
				return 0, "series character " + strconv.QuoteRune(r) + " is not a Roman numeral"
			}
		}
		if n+len(form) > len(buf) {
			return 0, "the Roman numeral is too long"
		}
		n += copy(buf[n:], form)
	}
	v := 0
	for i := 0; i < n; i++ {
		d := romanValue(buf[i])
		if i+1 < n && d < romanValue(buf[i+1]) {
			v -= d
		} else {
			v += d
		}
	}
	if v <= 0 || v > 399 {
		return 0, "the Roman numeral is out of range"
	}
	var canon [16]byte
	c := appendRoman(canon[:0], v)
	if string(c) != string(buf[:n]) {
		return 0, "the Roman numeral is not well formed (write " + string(c) + ")"
	}
	return uint16(v), ""
}

func romanValue(c byte) int {
	switch c {
	case 'I':
		return 1
	case 'V':
		return 5
	case 'X':
		return 10
	case 'L':
		return 50
	}
	return 100
}

// appendRoman appends the canonical Roman numeral of v, 1 ≤ v ≤ 399.
func appendRoman(b []byte, v int) []byte {
	for ; v >= 100; v -= 100 {
		b = append(b, 'C')
	}
	b = append(b, romanUnits[v/10]...)
	b = append(b, romanOnes[v%10]...)
	return b
}

var (
	romanUnits = [...]string{"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"}
	romanOnes  = [...]string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}
)

// IsValid reports whether c holds a birth certificate number (it is not
// the zero value).
func (c BirthCertificate) IsValid() bool { return c.roman != 0 }

// Roman returns the value of the Roman numeral of the series (4 for "IV"),
// or 0 for the zero value.
func (c BirthCertificate) Roman() int { return int(c.roman) }

// Series returns the canonical series, such as "IV-МЮ", or "".
func (c BirthCertificate) Series() string {
	if c.roman == 0 {
		return ""
	}
	var b [24]byte
	return string(c.appendSeries(b[:0]))
}

// Number returns the six digits of the number, such as "123456", or "".
func (c BirthCertificate) Number() string {
	if c.roman == 0 {
		return ""
	}
	var b [6]byte
	return string(appendDigits(b[:0], uint64(c.number), 6))
}

func (c BirthCertificate) appendSeries(b []byte) []byte {
	b = appendRoman(b, int(c.roman))
	b = append(b, '-')
	b = utf8.AppendRune(b, c.a)
	return utf8.AppendRune(b, c.b)
}

func appendDigits(b []byte, v uint64, width int) []byte {
	var d [20]byte
	for i := width - 1; i >= 0; i-- {
		d[i] = byte('0' + v%10)
		v /= 10
	}
	return append(b, d[:width]...)
}

// String returns the canonical form "IV-МЮ 123456", or "" for the zero
// value.
func (c BirthCertificate) String() string {
	if c.roman == 0 {
		return ""
	}
	var b [32]byte
	out, _ := c.AppendText(b[:0])
	return string(out)
}

// AppendText implements encoding.TextAppender.
func (c BirthCertificate) AppendText(b []byte) ([]byte, error) {
	if c.roman == 0 {
		return b, nil
	}
	b = c.appendSeries(b)
	b = append(b, ' ')
	return appendDigits(b, uint64(c.number), 6), nil
}

// MarshalText implements encoding.TextMarshaler; the zero value encodes as
// empty text.
func (c BirthCertificate) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text gives the
// zero value.
func (c *BirthCertificate) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = BirthCertificate{}
		return nil
	}
	v, err := ParseBirthCertificate(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
