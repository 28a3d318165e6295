package eligibility

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"pgregory.net/rapid"
)

func TestParsePassport(t *testing.T) {
	for _, in := range []string{
		"45 06 123456", "4506 123456", "4506123456", "45 06 № 123456", "4506 №123456",
		"4506№123456", "4506-123456", "45-06-123456", " 45 06 123456 ", "45\u00a006\u00a0123456",
	} {
		p, err := ParsePassport(in)
		if err != nil {
			t.Errorf("ParsePassport(%q): %v", in, err)
			continue
		}
		if p.String() != "45 06 123456" || p.Series() != "4506" || p.Number() != "123456" {
			t.Errorf("ParsePassport(%q) = %q %q %q", in, p, p.Series(), p.Number())
		}
	}
	for _, tc := range []struct{ in, reason string }{
		{"", "0 digits"},
		{"45 06 12345", "9 digits"},
		{"45 06 1234567", "more than 10"},
		{"450 6 123456", "separator after digit 3"},
		{"45 № 06 123456", "bad separator"},
		{"4506  123456", "bad separator"},
		{"4506 № -123456", "bad separator"},
		{"4506 12345x", "unexpected character 'x'"},
		{"4506 123456 ", ""}, // trailing space is trimmed: valid
	} {
		_, err := ParsePassport(tc.in)
		if tc.reason == "" {
			if err != nil {
				t.Errorf("ParsePassport(%q): %v", tc.in, err)
			}
			continue
		}
		if !errors.Is(err, ErrFormat) || !strings.Contains(err.Error(), tc.reason) {
			t.Errorf("ParsePassport(%q) = %v, want %q", tc.in, err, tc.reason)
		}
	}
	var z Passport
	if z.IsValid() || z.String() != "" || z.Series() != "" || z.Number() != "" {
		t.Fatal("zero Passport")
	}
	var back Passport
	if err := back.UnmarshalText([]byte("4506123456")); err != nil || back != MustParsePassport("45 06 123456") {
		t.Fatal("UnmarshalText")
	}
	if err := back.UnmarshalText(nil); err != nil || back.IsValid() {
		t.Fatal("empty UnmarshalText")
	}
	if b, _ := z.MarshalText(); len(b) != 0 {
		t.Fatal("zero MarshalText")
	}
}

func TestPassportRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.StringMatching(`[0-9]{2}( |-|)[0-9]{2}( |-| № | №|№|)[0-9]{6}`).Draw(t, "s")
		p, err := ParsePassport(s)
		if err != nil {
			t.Fatalf("ParsePassport(%q): %v", s, err)
		}
		b, _ := p.MarshalText()
		var q Passport
		if err := q.UnmarshalText(b); err != nil || q != p {
			t.Fatalf("round trip %q → %q → %v, %v", s, b, q, err)
		}
		digits := strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, s)
		if p.Series()+p.Number() != digits {
			t.Fatalf("%q: digits %q", s, p.Series()+p.Number())
		}
	})
}

func FuzzParsePassport(f *testing.F) {
	for _, s := range []string{"45 06 123456", "4506№123456", "4506 № 123456", "", "45", "4506 №", "\xe2\x84"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePassport(s)
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("error %v does not wrap ErrFormat", err)
			}
			return
		}
		q, err := ParsePassport(p.String())
		if err != nil || q != p {
			t.Fatalf("%q → %v → %v, %v", s, p, q, err)
		}
	})
}

func TestPassportZeroAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { _, _ = ParsePassport("45 06 № 123456") }); n != 0 {
		t.Fatalf("ParsePassport allocates %v times", n)
	}
}

var naivePassportRE = regexp.MustCompile(`^\s*(\d{2})[ \-\x{00a0}]?(\d{2})(?:[ \-\x{00a0}]|\s?№\s?)?(\d{6})\s*$`)

// naiveParsePassport is the usual regexp-and-Sprintf reference.
func naiveParsePassport(s string) (string, bool) {
	m := naivePassportRE.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	return fmt.Sprintf("%s %s %s", m[1], m[2], m[3]), true
}

func TestNaivePassportAgrees(t *testing.T) {
	for _, s := range []string{"45 06 123456", "4506123456", "4506 № 123456", "45-06-123456", "4506 12345", "x"} {
		p, err := ParsePassport(s)
		n, ok := naiveParsePassport(s)
		if (err == nil) != ok || (ok && n != p.String()) {
			t.Errorf("%q: fast %v %v, naive %q %v", s, p, err, n, ok)
		}
	}
}

var sinkString string

func BenchmarkPassport(b *testing.B) {
	in := []string{"45 06 123456", "4506123456", "4506 № 123456"}
	b.Run("fast", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			p, _ := ParsePassport(in[i%len(in)])
			sinkBool = p.IsValid()
		}
	})
	b.Run("naive", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			sinkString, sinkBool = naiveParsePassport(in[i%len(in)])
		}
	})
}

func BenchmarkBirthCertificate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		c, _ := ParseBirthCertificate("LXXXVIII-МЮ № 123456")
		sinkBool = c.IsValid()
	}
}
