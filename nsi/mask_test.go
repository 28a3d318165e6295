package nsi

import (
	"errors"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"pgregory.net/rapid"
)

func TestMaskMatch(t *testing.T) {
	tests := []struct {
		mask, s string
		want    bool
	}{
		// Passport of a citizen of the RF, F011 14 (standards.md §1.3).
		{"99 99", "45 06", true},
		{"99 99", "4506", false},
		{"999999", "123456", true},
		{"999999", "12345", false},
		// Birth certificate, F011 3: series "IVXL-АБ" is the N3 example
		// (standards.md §3.2), number 744233 likewise.
		{"R-ББ", "IVXL-АБ", true},
		{"R-ББ", "IV-АБ", true},
		{"R-ББ", "-АБ", false},
		{"R-ББ", "IV-AB", false}, // Latin A, B are not Russian letters
		{"R-ББ", "IV-аб", false}, // lower case
		{"R-ББ", "IV-ЁЯ", true},
		{"999999", "744233", true},
		// USSR foreign passport, F011 2: S / 00000009 (1 to 8 digits).
		{"S", "", true},
		{"S", "любой текст", true},
		{"00000009", "1", true},
		{"00000009", "12345678", true},
		{"00000009", "123456789", false},
		{"00000009", "", false},
		// Military ID, 999999(9) in the portal's mask table: 6 or 7 digits.
		{"9999990", "123456", true},
		{"9999990", "1234567", true},
		{"9999990", "12345", false},
		{"", "anything", true},
		{"SЯ", "abcЯ", true},
		{"SЯ", "abc", false},
	}
	for _, tt := range tests {
		m := MustParseMask(tt.mask)
		if got := m.Match(tt.s); got != tt.want {
			t.Errorf("Mask(%q).Match(%q) = %v, want %v", tt.mask, tt.s, got, tt.want)
		}
		if err := m.Check(tt.s); (err == nil) != tt.want || (err != nil && !errors.Is(err, ErrMask)) {
			t.Errorf("Mask(%q).Check(%q) = %v", tt.mask, tt.s, err)
		}
	}
}

func TestParseMaskErrors(t *testing.T) {
	for _, s := range []string{"\xff", strings.Repeat("9", MaxMaskLen+1), "99\x0099"} {
		if _, err := ParseMask(s); !errors.Is(err, ErrMask) {
			t.Errorf("ParseMask(%q) = %v, want ErrMask", s, err)
		}
	}
	var m Mask
	if err := m.UnmarshalText([]byte("R-ББ")); err != nil || m.String() != "R-ББ" {
		t.Errorf("UnmarshalText: %v, %q", err, m)
	}
}

// maskGen draws masks over the whole alphabet with space and dash
// literals.
var maskAlphabet = []rune{'R', 'Б', '9', '0', 'S', ' ', '-'}

func drawMask(t *rapid.T, free bool) Mask {
	n := rapid.IntRange(0, 20).Draw(t, "len")
	var b strings.Builder
	for i := 0; i < n; i++ {
		c := rapid.SampledFrom(maskAlphabet).Draw(t, "c")
		if c == 'S' && !free {
			c = '9'
		}
		b.WriteRune(c)
	}
	return MustParseMask(b.String())
}

// drawMatching builds a string the mask describes.
func drawMatching(t *rapid.T, m Mask) string {
	var b strings.Builder
	for _, e := range m.elems {
		switch e.kind {
		case mLiteral:
			b.WriteRune(e.lit)
		case mRoman:
			for k := rapid.IntRange(1, 4).Draw(t, "roman"); k > 0; k-- {
				b.WriteRune(rapid.SampledFrom([]rune("IVXLC")).Draw(t, "r"))
			}
		case mCyrillic:
			b.WriteRune(rapid.SampledFrom([]rune("АБВЁЖЯ")).Draw(t, "б"))
		case mDigit:
			b.WriteRune(rapid.RuneFrom([]rune("0123456789")).Draw(t, "9"))
		case mOptDigit:
			if rapid.Bool().Draw(t, "opt") {
				b.WriteRune(rapid.RuneFrom([]rune("0123456789")).Draw(t, "0"))
			}
		case mFree:
			b.WriteString(rapid.String().Draw(t, "s"))
		}
	}
	return b.String()
}

// Property: a mask accepts every string generated from it.
func TestMaskAcceptsGenerated(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := drawMask(t, true)
		s := drawMatching(t, m)
		if !m.Match(s) {
			t.Fatalf("Mask(%q) rejects %q, generated from it", m, s)
		}
		if re := naiveRegexp(m); !re.MatchString(s) {
			t.Fatalf("the regexp reference %s rejects %q", re, s)
		}
	})
}

// Property: in a mask without free text, changing any one character to
// one no element accepts ('Z': not a digit, Roman numeral, Russian letter
// or literal) is rejected, and the regexp reference agrees.
func TestMaskRejectsOneChange(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := drawMask(t, false)
		s := []rune(drawMatching(t, m))
		if len(s) == 0 {
			return
		}
		i := rapid.IntRange(0, len(s)-1).Draw(t, "i")
		s[i] = 'Z'
		if m.Match(string(s)) {
			t.Fatalf("Mask(%q) accepts %q", m, string(s))
		}
		if naiveRegexp(m).MatchString(string(s)) {
			t.Fatalf("regexp reference accepts %q", string(s))
		}
	})
}

// Property: Match agrees with the regexp reference on any input.
func TestMaskAgreesWithRegexp(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := drawMask(t, true)
		s := rapid.StringOf(rapid.SampledFrom([]rune("0123456789IVXАБЯ -Z"))).Draw(t, "s")
		if got, want := m.Match(s), naiveRegexp(m).MatchString(s); got != want {
			t.Fatalf("Mask(%q).Match(%q) = %v, regexp %v", m, s, got, want)
		}
	})
}

// naiveRegexp is the reference: the mask translated to a regular
// expression.
func naiveRegexp(m Mask) *regexp.Regexp {
	if m.IsZero() {
		return regexp.MustCompile(`(?s:.*)`) // the empty mask sets no format
	}
	var b strings.Builder
	b.WriteString(`^`)
	for _, e := range m.elems {
		switch e.kind {
		case mLiteral:
			b.WriteString(regexp.QuoteMeta(string(e.lit)))
		case mRoman:
			b.WriteString(`[IVXLC]+`)
		case mCyrillic:
			b.WriteString(`[А-ЯЁ]`)
		case mDigit:
			b.WriteString(`[0-9]`)
		case mOptDigit:
			b.WriteString(`[0-9]?`)
		case mFree:
			b.WriteString(`(?s:.*)`)
		}
	}
	b.WriteString(`$`)
	return regexp.MustCompile(b.String())
}

func FuzzParseMask(f *testing.F) {
	f.Add("R-ББ", "IV-АБ")
	f.Add("99 99", "45 06")
	f.Add("00000009", "12")
	f.Add("S", "")
	f.Add("9999990", "1234567")
	f.Fuzz(func(t *testing.T, mask, s string) {
		m, err := ParseMask(mask)
		if err != nil {
			return
		}
		got := m.Match(s)
		if utf8.ValidString(s) {
			if want := naiveRegexp(m).MatchString(s); got != want {
				t.Fatalf("Mask(%q).Match(%q) = %v, regexp %v", mask, s, got, want)
			}
		}
	})
}

var benchInputs = []struct{ mask, s string }{
	{"99 99", "45 06"}, {"999999", "123456"}, {"R-ББ", "XVII-АБ"}, {"00000009", "1234567"}, {"R-ББ", "IV-AB"},
}

func BenchmarkMaskMatch(b *testing.B) {
	ms := make([]Mask, len(benchInputs))
	for i, in := range benchInputs {
		ms[i] = MustParseMask(in.mask)
	}
	b.ReportAllocs()
	for b.Loop() {
		for i, in := range benchInputs {
			ms[i].Match(in.s)
		}
	}
}

func BenchmarkMaskMatchNaiveRegexp(b *testing.B) {
	res := make([]*regexp.Regexp, len(benchInputs))
	for i, in := range benchInputs {
		res[i] = naiveRegexp(MustParseMask(in.mask))
	}
	b.ReportAllocs()
	for b.Loop() {
		for i, in := range benchInputs {
			res[i].MatchString(in.s)
		}
	}
}
