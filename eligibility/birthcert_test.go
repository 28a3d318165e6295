package eligibility

import (
	"errors"
	"strings"
	"testing"

	"pgregory.net/rapid"
)

func TestParseBirthCertificate(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"IV-МЮ 123456", "IV-МЮ 123456"},
		{"IV-МЮ123456", "IV-МЮ 123456"},
		{"IV МЮ 123456", "IV-МЮ 123456"},
		{"IVМЮ 123456", "IV-МЮ 123456"},
		{"iv-мю 123456", "IV-МЮ 123456"},
		{"IV–МЮ № 123456", "IV-МЮ 123456"},
		{"ⅠⅤ-МЮ 123456", "IV-МЮ 123456"},   // Unicode Ⅰ Ⅴ
		{"Ⅳ-МЮ 123456", "IV-МЮ 123456"},    // one Unicode character
		{"ІV-МЮ 123456", "IV-МЮ 123456"},   // Cyrillic І
		{"1V-МЮ 123456", "IV-МЮ 123456"},   // digit one for I
		{"ХІІ-ТМ 000001", "XII-ТМ 000001"}, // Cyrillic Х and І
		{"XII-TM 000001", "XII-ТМ 000001"}, // Latin look-alikes of Т and М
		{"СXL-АЁ 999999", "CXL-АЁ 999999"}, // Cyrillic С
		{"LXXXVIII-ЯЯ 654321", "LXXXVIII-ЯЯ 654321"},
		{" I-АА 111111 ", "I-АА 111111"},
	} {
		c, err := ParseBirthCertificate(tc.in)
		if err != nil {
			t.Errorf("ParseBirthCertificate(%q): %v", tc.in, err)
			continue
		}
		if c.String() != tc.want {
			t.Errorf("ParseBirthCertificate(%q) = %q, want %q", tc.in, c, tc.want)
		}
		if c.Series()+" "+c.Number() != tc.want {
			t.Errorf("Series/Number of %q: %q %q", tc.in, c.Series(), c.Number())
		}
	}
	if c := MustParseBirthCertificate("IV-МЮ 123456"); c.Roman() != 4 {
		t.Fatal("Roman()")
	}
	for _, tc := range []struct{ in, reason string }{
		{"", "too short"},
		{"IV-МЮ 12345", "six digits"},
		{"IV-МЮ 1234567", "more than six"},
		{"IIII-МЮ 123456", "not well formed (write IV)"},
		{"VX-МЮ 123456", "not well formed"},
		{"CD-МЮ 123456", "not a Roman numeral"},
		{"CCCC-МЮ 123456", "out of range"},
		{"IV-М 123456", "not a Cyrillic letter"},
		{"МЮ 123456", "missing the Roman numeral"},
		{"IV-Mж1 123456", "series letter '1'"},
		{"IV-ЖQ 123456", "not a Cyrillic letter"},
		{"IV-\xffЖ 123456", "not a Cyrillic letter"},
		{"\xffV-ЖЖ 123456", "invalid UTF-8"},
		{"XXXXXXXXXXXXXXXXX-ЖЖ 123456", "too long"},
		{"Ж 123456", "missing the two"},
	} {
		_, err := ParseBirthCertificate(tc.in)
		if !errors.Is(err, ErrFormat) || !strings.Contains(err.Error(), tc.reason) {
			t.Errorf("ParseBirthCertificate(%q) = %v, want %q", tc.in, err, tc.reason)
		}
	}
	var z BirthCertificate
	if z.IsValid() || z.String() != "" || z.Series() != "" || z.Number() != "" || z.Roman() != 0 {
		t.Fatal("zero BirthCertificate")
	}
	if b, _ := z.MarshalText(); len(b) != 0 {
		t.Fatal("zero MarshalText")
	}
	var back BirthCertificate
	if err := back.UnmarshalText([]byte("iv-мю 123456")); err != nil || back.String() != "IV-МЮ 123456" {
		t.Fatal("UnmarshalText")
	}
	if err := back.UnmarshalText(nil); err != nil || back.IsValid() {
		t.Fatal("empty UnmarshalText")
	}
	if err := back.UnmarshalText([]byte("x")); err == nil {
		t.Fatal("bad UnmarshalText")
	}
}

// Every value 1..399 has exactly one accepted Latin spelling, and it round
// trips.
func TestRomanNumerals(t *testing.T) {
	for v := 1; v <= 399; v++ {
		r := string(appendRoman(nil, v))
		got, reason := parseRoman(r)
		if reason != "" || int(got) != v {
			t.Fatalf("parseRoman(%q) = %d, %q", r, got, reason)
		}
	}
}

func genBirthCertificate() *rapid.Generator[BirthCertificate] {
	return rapid.Custom(func(t *rapid.T) BirthCertificate {
		letter := func(l string) rune {
			return rune(rapid.SampledFrom([]rune("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")).Draw(t, l))
		}
		return BirthCertificate{
			roman:  uint16(rapid.IntRange(1, 399).Draw(t, "roman")),
			a:      letter("a"),
			b:      letter("b"),
			number: uint32(rapid.IntRange(0, 999999).Draw(t, "number")),
		}
	})
}

func TestBirthCertificateRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := genBirthCertificate().Draw(t, "c")
		s := c.String()
		p, err := ParseBirthCertificate(s)
		if err != nil || p != c {
			t.Fatalf("ParseBirthCertificate(%q) = %v, %v", s, p, err)
		}
		// The lower-case, no-separator spelling reads the same.
		loose := strings.ToLower(strings.NewReplacer("-", "", " ", "").Replace(s))
		if p2, err := ParseBirthCertificate(loose); err != nil || p2 != c {
			t.Fatalf("ParseBirthCertificate(%q) = %v, %v", loose, p2, err)
		}
	})
}

func FuzzParseBirthCertificate(f *testing.F) {
	for _, s := range []string{"IV-МЮ 123456", "ⅫМЮ№000000", "I-АА 000000", "", "123456", "ХІ-ЁЁ 1", "\xff\xfe123456"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseBirthCertificate(s)
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("error %v does not wrap ErrFormat", err)
			}
			return
		}
		p, err := ParseBirthCertificate(c.String())
		if err != nil || p != c {
			t.Fatalf("%q → %v → %v, %v", s, c, p, err)
		}
	})
}

func TestBirthCertificateZeroAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { _, _ = ParseBirthCertificate("LXXXVIII-МЮ № 123456") }); n != 0 {
		t.Fatalf("ParseBirthCertificate allocates %v times", n)
	}
}
