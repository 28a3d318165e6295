package eligibility

import "strconv"

// A SNILS is a страховой номер индивидуального лицевого счёта: the
// 11-digit personal insurance account number of the Social Fund (formerly
// the Pension Fund), written NNN-NNN-NNN CC, where the last two digits are
// the control number of the first nine.
//
// The zero SNILS is invalid (IsValid reports false) and prints as "".
// SNILS values are comparable and may be used as map keys.
type SNILS struct {
	v uint64 // the 11-digit number plus one, so that the zero value is invalid
}

// snilsUnchecked is the largest nine-digit body whose control number is not
// checked: the instruction checks only numbers greater than 001-001-998.
const snilsUnchecked = 1001998

const snilsWhat = "СНИЛС"

// ParseSNILS parses a СНИЛС written as 11 digits, with or without the usual
// separators: "112-233-445 95", "112-233-445-95", "112 233 445 95",
// "11223344595". A separator is one hyphen, space or no-break space, and
// only between the groups (after the 3rd, 6th and 9th digit); spaces around
// the whole number are ignored.
//
// The control number is checked by the algorithm of the Pension Fund
// instruction (see SNILSControl) for numbers above 001-001-998; a mismatch
// is a *ControlNumberError, which wraps ErrControlNumber. Any other problem
// is a *SyntaxError, which wraps ErrFormat. ParseSNILS does not allocate
// unless it returns an error.
func ParseSNILS(s string) (SNILS, error) {
	n, err := scanSNILS(s)
	if err != nil {
		return SNILS{}, err
	}
	body, ctl := n/100, int(n%100)
	if body > snilsUnchecked {
		if want := snilsControl(body); ctl != want {
			return SNILS{}, &ControlNumberError{Input: s, Got: ctl, Want: want}
		}
	}
	return SNILS{v: n + 1}, nil
}

// MustParseSNILS is like ParseSNILS but panics on error. It is meant for
// constants in tests and examples.
func MustParseSNILS(s string) SNILS {
	v, err := ParseSNILS(s)
	if err != nil {
		panic(err)
	}
	return v
}

// ValidSNILS reports whether s is a well-formed СНИЛС with a matching
// control number, as ParseSNILS accepts it. It never allocates.
func ValidSNILS(s string) bool {
	n, ok := scanSNILSFast(s)
	if !ok {
		return false
	}
	body := n / 100
	return body <= snilsUnchecked || int(n%100) == snilsControl(body)
}

// NewSNILS returns the СНИЛС with the given nine-digit number (0 to
// 999 999 999) and the control number the algorithm gives it.
func NewSNILS(number int) (SNILS, error) {
	if number < 0 || number > 999_999_999 {
		return SNILS{}, syntaxError(snilsWhat, strconv.Itoa(number), "the number must have at most nine digits")
	}
	body := uint64(number)
	return SNILS{v: body*100 + uint64(snilsControl(body)) + 1}, nil
}

// SNILSControl returns the control number of a nine-digit СНИЛС number by
// the algorithm of the Pension Fund instruction on personified accounting
// («Алгоритм формирования контрольного числа Страхового номера»): each
// digit is multiplied by its position counted from the end (9, 8, …, 1 from
// the left) and the products are added up; a sum below 100 is the control
// number; 100 and 101 give 00; a larger sum is taken modulo 101, and a
// remainder of 100 gives 00.
//
// The control number is defined for every nine-digit number, but it is
// checked only for numbers above 001-001-998. SNILSControl returns -1 for a
// number outside 0..999 999 999.
func SNILSControl(number int) int {
	if number < 0 || number > 999_999_999 {
		return -1
	}
	return snilsControl(uint64(number))
}

func snilsControl(body uint64) int {
	sum := 0
	for w := 1; w <= 9; w++ {
		sum += w * int(body%10)
		body /= 10
	}
	switch {
	case sum < 100:
		return sum
	case sum <= 101:
		return 0
	}
	if r := sum % 101; r != 100 {
		return r
	}
	return 0
}

// scanSNILS reads the 11 digits of s; see ParseSNILS for the accepted
// layout.
func scanSNILS(s string) (uint64, error) {
	n, ok := scanSNILSFast(s)
	if ok {
		return n, nil
	}
	return 0, snilsSyntax(s)
}

// scanSNILSFast is scanSNILS without the error value.
func scanSNILSFast(s string) (uint64, bool) {
	s = trimSpaces(s)
	var n uint64
	digits := 0
	sep := false
	for i := 0; i < len(s); {
		c := s[i]
		if c >= '0' && c <= '9' {
			if digits == 11 {
				return 0, false
			}
			n = n*10 + uint64(c-'0')
			digits++
			sep = false
			i++
			continue
		}
		w := separatorWidth(s, i)
		if w == 0 || sep || (digits != 3 && digits != 6 && digits != 9) {
			return 0, false
		}
		sep = true
		i += w
	}
	return n, digits == 11 && !sep
}

// snilsSyntax explains why s is not a СНИЛС; it runs only on the error
// path.
func snilsSyntax(s string) error {
	t := trimSpaces(s)
	digits := 0
	sep := false
	for i := 0; i < len(t); {
		c := t[i]
		if c >= '0' && c <= '9' {
			digits++
			if digits > 11 {
				return syntaxError(snilsWhat, s, "more than 11 digits")
			}
			sep = false
			i++
			continue
		}
		w := separatorWidth(t, i)
		switch {
		case w == 0:
			return syntaxError(snilsWhat, s, "unexpected character "+strconv.QuoteRune(runeAt(t, i))+" at byte "+strconv.Itoa(i))
		case sep:
			return syntaxError(snilsWhat, s, "two separators in a row at byte "+strconv.Itoa(i))
		case digits != 3 && digits != 6 && digits != 9:
			return syntaxError(snilsWhat, s, "separator after digit "+strconv.Itoa(digits)+"; separators go only after the 3rd, 6th and 9th digit")
		}
		sep = true
		i += w
	}
	if sep {
		return syntaxError(snilsWhat, s, "ends with a separator")
	}
	return syntaxError(snilsWhat, s, strconv.Itoa(digits)+" digits, want 11")
}

// separatorWidth returns the byte width of the separator at s[i] (hyphen,
// space or U+00A0 no-break space), or 0.
func separatorWidth(s string, i int) int {
	switch {
	case s[i] == '-' || s[i] == ' ':
		return 1
	case s[i] == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0:
		return 2
	}
	return 0
}

func trimSpaces(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t') {
		s = s[:len(s)-1]
	}
	return s
}

func runeAt(s string, i int) rune {
	for _, r := range s[i:] {
		return r
	}
	return 0
}

// IsValid reports whether v holds a СНИЛС (it is not the zero value).
func (v SNILS) IsValid() bool { return v.v != 0 }

// Number returns the nine-digit number without the control number, or -1
// for the zero SNILS.
func (v SNILS) Number() int {
	if v.v == 0 {
		return -1
	}
	return int((v.v - 1) / 100)
}

// Control returns the two-digit control number, or -1 for the zero SNILS.
func (v SNILS) Control() int {
	if v.v == 0 {
		return -1
	}
	return int((v.v - 1) % 100)
}

// Checked reports whether the control number of v is checked: true for
// numbers above 001-001-998.
func (v SNILS) Checked() bool { return v.v != 0 && (v.v-1)/100 > snilsUnchecked }

// String returns the canonical form "NNN-NNN-NNN CC", or "" for the zero
// SNILS.
func (v SNILS) String() string {
	if v.v == 0 {
		return ""
	}
	var b [14]byte
	return string(v.appendTo(b[:0]))
}

// AppendText implements encoding.TextAppender: it appends the canonical
// form (nothing for the zero SNILS).
func (v SNILS) AppendText(b []byte) ([]byte, error) {
	if v.v == 0 {
		return b, nil
	}
	return v.appendTo(b), nil
}

func (v SNILS) appendTo(b []byte) []byte {
	n := v.v - 1
	var d [11]byte
	for i := 10; i >= 0; i-- {
		d[i] = byte('0' + n%10)
		n /= 10
	}
	b = append(b, d[0], d[1], d[2], '-', d[3], d[4], d[5], '-', d[6], d[7], d[8], ' ', d[9], d[10])
	return b
}

// MarshalText implements encoding.TextMarshaler. The zero SNILS encodes as
// empty text.
func (v SNILS) MarshalText() ([]byte, error) { return v.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler. Empty text gives the
// zero SNILS; anything else must be accepted by ParseSNILS.
func (v *SNILS) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*v = SNILS{}
		return nil
	}
	p, err := ParseSNILS(string(text))
	if err != nil {
		return err
	}
	*v = p
	return nil
}
