package eligibility

import "strconv"

// A Passport is the series and number of the passport of a citizen of the
// RF (the internal passport, паспорт гражданина РФ): a four-digit series
// and a six-digit number, written "45 06 123456".
//
// By the passport regulations the first two digits of the series are the
// ОКАТО code of the issuing region and the last two the year the blank was
// printed. ParsePassport does not check them: the library's sources give no
// rule for it, and blanks are issued in years after they are printed.
//
// The zero Passport is invalid and prints as "". Passports are comparable.
type Passport struct {
	v uint64 // series*1e6 + number + 1; zero is invalid
}

const passportWhat = "passport"

// ParsePassport parses the series and number of a passport of a citizen of
// the RF: ten digits, grouped 2+2+6 with the usual separators:
// "45 06 123456", "4506 123456", "4506123456", "45 06 № 123456",
// "4506-123456". A separator is a space, a no-break space or a hyphen;
// between the series and the number it may also be "№" with or without
// spaces around it. Spaces around the whole text are ignored. Errors wrap
// ErrFormat. ParsePassport does not allocate unless it returns an error.
func ParsePassport(s string) (Passport, error) {
	t := trimSpaces(s)
	var v uint64
	digits := 0
	for i := 0; i < len(t); {
		c := t[i]
		if c >= '0' && c <= '9' {
			if digits == 10 {
				return Passport{}, syntaxError(passportWhat, s, "more than 10 digits")
			}
			v = v*10 + uint64(c-'0')
			digits++
			i++
			continue
		}
		if digits != 2 && digits != 4 {
			if separatorWidth(t, i) > 0 || isNumeroSign(t, i) {
				return Passport{}, syntaxError(passportWhat, s, "separator after digit "+strconv.Itoa(digits)+"; the layout is 2+2+6 digits")
			}
			return Passport{}, syntaxError(passportWhat, s, "unexpected character "+strconv.QuoteRune(runeAt(t, i))+" at byte "+strconv.Itoa(i))
		}
		// A run of separators at a group boundary: at most one space or
		// hyphen, and after the series also "№" with optional spaces.
		n, ok := passportSeparator(t[i:], digits == 4)
		if !ok {
			return Passport{}, syntaxError(passportWhat, s, "bad separator at byte "+strconv.Itoa(i))
		}
		i += n
	}
	if digits != 10 {
		return Passport{}, syntaxError(passportWhat, s, strconv.Itoa(digits)+" digits, want 10 (4 of the series and 6 of the number)")
	}
	return Passport{v: v + 1}, nil
}

// passportSeparator returns the length of the separator at the start of s:
// one space, no-break space or hyphen; or, if numero is set, "№" with at
// most one space or no-break space on either side. It must be followed by
// a digit.
func passportSeparator(s string, numero bool) (int, bool) {
	i := 0
	if w := separatorWidth(s, 0); w > 0 {
		i = w
	}
	if numero && isNumeroSign(s, i) {
		i += len("№")
		if i < len(s) {
			if w := separatorWidth(s, i); w > 0 && s[i] != '-' {
				i += w
			}
		}
	}
	if i == 0 || i >= len(s) || s[i] < '0' || s[i] > '9' {
		return 0, false
	}
	return i, true
}

func isNumeroSign(s string, i int) bool {
	return i+3 <= len(s) && s[i] == 0xE2 && s[i+1] == 0x84 && s[i+2] == 0x96
}

// MustParsePassport is like ParsePassport but panics on error.
func MustParsePassport(s string) Passport {
	p, err := ParsePassport(s)
	if err != nil {
		panic(err)
	}
	return p
}

// IsValid reports whether p holds a passport number (it is not the zero
// value).
func (p Passport) IsValid() bool { return p.v != 0 }

// Series returns the four digits of the series, such as "4506", or "".
func (p Passport) Series() string {
	if p.v == 0 {
		return ""
	}
	s := p.String()
	return s[0:2] + s[3:5]
}

// Number returns the six digits of the number, such as "123456", or "".
func (p Passport) Number() string {
	if p.v == 0 {
		return ""
	}
	return p.String()[6:]
}

// String returns the canonical form "45 06 123456", or "" for the zero
// Passport.
func (p Passport) String() string {
	if p.v == 0 {
		return ""
	}
	var b [12]byte
	return string(p.appendTo(b[:0]))
}

func (p Passport) appendTo(b []byte) []byte {
	n := p.v - 1
	var d [10]byte
	for i := 9; i >= 0; i-- {
		d[i] = byte('0' + n%10)
		n /= 10
	}
	return append(b, d[0], d[1], ' ', d[2], d[3], ' ', d[4], d[5], d[6], d[7], d[8], d[9])
}

// AppendText implements encoding.TextAppender.
func (p Passport) AppendText(b []byte) ([]byte, error) {
	if p.v == 0 {
		return b, nil
	}
	return p.appendTo(b), nil
}

// MarshalText implements encoding.TextMarshaler; the zero Passport encodes
// as empty text.
func (p Passport) MarshalText() ([]byte, error) { return p.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler; empty text gives the
// zero Passport.
func (p *Passport) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*p = Passport{}
		return nil
	}
	v, err := ParsePassport(string(text))
	if err != nil {
		return err
	}
	*p = v
	return nil
}
