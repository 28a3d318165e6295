package policy

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"pgregory.net/rapid"
)

// naiveHL7CheckDigit computes the check digit of a payload of any length
// literally by the Mod10 method of ISO/HL7 27931:2009 as law.md §3.1
// describes it, building strings at every step: the odd-position digits
// from the right as a number times two, the even-position digits prepended,
// the digit sum, and the distance to the next multiple of 10. It is the
// reference the fast Luhn code is checked and benchmarked against.
func naiveHL7CheckDigit(payload string) (byte, error) {
	payload = strings.ReplaceAll(strings.ReplaceAll(payload, " ", ""), "-", "")
	var odd, even string
	for i := len(payload) - 1; i >= 0; i-- {
		c := string(payload[i])
		if _, err := strconv.Atoi(c); err != nil {
			return 0, fmt.Errorf("not a digit: %q", c)
		}
		if (len(payload)-i)%2 == 1 {
			odd += c
		} else {
			even += c
		}
	}
	if odd == "" {
		odd = "0"
	}
	v, err := strconv.ParseUint(odd, 10, 64)
	if err != nil {
		return 0, err
	}
	s := even + strconv.FormatUint(v*2, 10)
	sum := 0
	for _, c := range s {
		d, _ := strconv.Atoi(string(c))
		sum += d
	}
	return byte((10 - sum%10) % 10), nil
}

// naiveValidENP is the string-building reference for ValidENP.
func naiveValidENP(s string) bool {
	digits := strings.ReplaceAll(strings.ReplaceAll(s, " ", ""), "-", "")
	if len(digits) != ENPDigits {
		return false
	}
	k, err := naiveHL7CheckDigit(digits[:15])
	if err != nil {
		return false
	}
	return strconv.Itoa(int(k)) == digits[15:]
}

func TestHL7ReferenceExamples(t *testing.T) {
	// The HL7 reference examples reproduced in law.md §3.1 (from the
	// atronah/firebird_utils comment citing rostov-tfoms.ru).
	for _, tc := range []struct {
		payload string
		want    byte
	}{{"12345", 5}, {"401", 0}, {"9999", 4}, {"99999999", 8}, {"123456789012345", 2}} {
		got, err := naiveHL7CheckDigit(tc.payload)
		if err != nil || got != tc.want {
			t.Errorf("naiveHL7CheckDigit(%s) = %d, %v; want %d", tc.payload, got, err, tc.want)
		}
		p, _ := strconv.ParseUint(tc.payload, 10, 64)
		if got := LuhnCheckDigit(p); got != tc.want {
			t.Errorf("LuhnCheckDigit(%s) = %d, want %d", tc.payload, got, tc.want)
		}
	}
}

func TestParseENP(t *testing.T) {
	// law.md §3.1 worked example: payload 123456789012345, K = 2.
	const worked = "1234567890123452"
	tests := []struct {
		in      string
		want    string
		wantErr error
	}{
		{worked, worked, nil},
		{"1234 5678 9012 3452", worked, nil},
		{"1234-5678-9012-3452", worked, nil},
		{"1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 2", worked, nil},
		{"0000000000000000", "0000000000000000", nil},
		{"1234567890123451", "", ErrCheckDigit},
		{"1234 5678 9012 3450", "", ErrCheckDigit},
		{"", "", ErrMalformed},
		{"123456789012345", "", ErrMalformed},
		{"12345678901234520", "", ErrMalformed},
		{" 1234567890123452", "", ErrMalformed},
		{"1234567890123452 ", "", ErrMalformed},
		{"1234  5678 9012 3452", "", ErrMalformed},
		{"1234 -5678 9012 3452", "", ErrMalformed},
		{"123456789012345a", "", ErrMalformed},
		{"１234567890123452", "", ErrMalformed}, // full-width digit
		{"1234567890123452\n", "", ErrMalformed},
		{strings.Repeat("1", 64), "", ErrMalformed},
	}
	for _, tc := range tests {
		got, err := ParseENP(tc.in)
		if tc.wantErr != nil {
			if !errors.Is(err, tc.wantErr) {
				t.Errorf("ParseENP(%q) error = %v, want %v", tc.in, err, tc.wantErr)
			}
			if tc.wantErr == ErrMalformed && errors.Is(err, ErrCheckDigit) {
				t.Errorf("ParseENP(%q): a malformed input must not be ErrCheckDigit", tc.in)
			}
			var pe *ENPError
			if !errors.As(err, &pe) || pe.Input != tc.in {
				t.Errorf("ParseENP(%q) error %v is not an *ENPError with the input", tc.in, err)
			}
			if !got.IsZero() {
				t.Errorf("ParseENP(%q) returned %v with an error", tc.in, got)
			}
			continue
		}
		if err != nil || got.String() != tc.want {
			t.Errorf("ParseENP(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}

func TestParseENPCheckDigitErrorCarriesNumber(t *testing.T) {
	_, err := ParseENP("1234567890123457")
	var pe *ENPError
	if !errors.As(err, &pe) || !errors.Is(err, ErrCheckDigit) {
		t.Fatalf("want *ENPError wrapping ErrCheckDigit, got %v", err)
	}
	if pe.ENP.String() != "1234567890123457" || pe.Want != 2 || pe.ENP.CheckDigitOK() {
		t.Errorf("ENPError = %+v; want the number, Want=2", pe)
	}
	if !strings.Contains(err.Error(), "1234567890123457") || !strings.HasPrefix(err.Error(), "policy: ") {
		t.Errorf("message %q should name the input and the package", err)
	}
	lax, err := ParseENPLax("1234-5678-9012-3457")
	if err != nil || lax != pe.ENP || lax.CheckDigitOK() {
		t.Errorf("ParseENPLax = %v, %v; want the legacy number with a failing check", lax, err)
	}
	if _, err := ParseENPLax("12345"); !errors.Is(err, ErrMalformed) {
		t.Errorf("ParseENPLax(12345) error = %v, want ErrMalformed", err)
	}
}

func TestENPAccessors(t *testing.T) {
	e := MustParseENP("7712345678901235")
	if !e.CheckDigitOK() {
		t.Fatalf("%v: check digit should be OK", e)
	}
	if e.RegionHint() != "77" || e.Payload() != 771234567890123 || e.CheckDigit() != 5 || e.Uint64() != 7712345678901235 {
		t.Errorf("accessors of %v: %q %d %d %d", e, e.RegionHint(), e.Payload(), e.CheckDigit(), e.Uint64())
	}
	z := MustParseENP("0512345678901232")
	if z.RegionHint() != "05" || z.String() != "0512345678901232" {
		t.Errorf("leading zero lost: %q %q", z.RegionHint(), z)
	}
	var zero ENP
	if !zero.IsZero() || zero.CheckDigitOK() || zero.String() != "" || zero.RegionHint() != "" {
		t.Errorf("zero ENP misbehaves: %v %v %q", zero.IsZero(), zero.CheckDigitOK(), zero)
	}
	if MustParseENP("0000000000000000").IsZero() {
		t.Error("0000000000000000 is a number, not the zero ENP")
	}
	if _, err := NewENP(maxPayload); !errors.Is(err, ErrMalformed) {
		t.Errorf("NewENP(10^15) error = %v", err)
	}
	defer func() {
		if recover() == nil {
			t.Error("MustParseENP of a bad number did not panic")
		}
	}()
	MustParseENP("1")
}

func TestENPText(t *testing.T) {
	type rec struct {
		ENP ENP `json:"enp"`
	}
	b, err := json.Marshal(rec{MustParseENP("1234567890123452")})
	if err != nil || string(b) != `{"enp":"1234567890123452"}` {
		t.Fatalf("Marshal = %s, %v", b, err)
	}
	var r rec
	if err := json.Unmarshal([]byte(`{"enp":"1234 5678 9012 3452"}`), &r); err != nil || r.ENP.String() != "1234567890123452" {
		t.Errorf("Unmarshal = %v, %v", r.ENP, err)
	}
	r.ENP = MustParseENP("1234567890123452")
	if err := json.Unmarshal([]byte(`{"enp":"1234567890123451"}`), &r); !errors.Is(err, ErrCheckDigit) || r.ENP.String() != "1234567890123452" {
		t.Errorf("Unmarshal of a bad check digit = %v, %v; want ErrCheckDigit and the value unchanged", r.ENP, err)
	}
	if err := json.Unmarshal([]byte(`{"enp":""}`), &r); err != nil || !r.ENP.IsZero() {
		t.Errorf("Unmarshal of empty = %v, %v; want the zero ENP", r.ENP, err)
	}
	b, _ = json.Marshal(rec{})
	if string(b) != `{"enp":""}` {
		t.Errorf("zero marshals to %s", b)
	}
}

// genENP draws a valid ЕНП by drawing a payload and computing its check
// digit.
func genENP() *rapid.Generator[ENP] {
	return rapid.Custom(func(t *rapid.T) ENP {
		e, err := NewENP(rapid.Uint64Range(0, maxPayload-1).Draw(t, "payload"))
		if err != nil {
			t.Fatal(err)
		}
		return e
	})
}

func TestPropValidENPPasses(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		e := genENP().Draw(t, "enp")
		s := e.String()
		if !e.CheckDigitOK() || !ValidENP(s) || !naiveValidENP(s) {
			t.Fatalf("%s: generated number fails its check", s)
		}
		got, err := ParseENP(s)
		if err != nil || got != e {
			t.Fatalf("ParseENP(%s) = %v, %v", s, got, err)
		}
		if got.String() != s {
			t.Fatalf("String round trip: %s != %s", got, s)
		}
	})
}

// The Luhn algorithm catches every change of a single digit: changing digit
// d at a position adds (d'-d) or the difference of the doubled-and-reduced
// values, which is never a multiple of 10 for d' != d. So every one of the
// 16×9 single-digit changes of a valid number must fail.
func TestPropSingleDigitChangeFails(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		e := genENP().Draw(t, "enp")
		pos := rapid.IntRange(0, ENPDigits-1).Draw(t, "pos")
		delta := rapid.IntRange(1, 9).Draw(t, "delta")
		b := []byte(e.String())
		b[pos] = byte('0' + (int(b[pos]-'0')+delta)%10)
		s := string(b)
		_, err := ParseENP(s)
		if !errors.Is(err, ErrCheckDigit) {
			t.Fatalf("%s (digit %d of %s changed) = %v; want ErrCheckDigit", s, pos, e, err)
		}
		if ValidENP(s) || naiveValidENP(s) {
			t.Fatalf("%s passes after a single-digit change", s)
		}
		lax, err := ParseENPLax(s)
		if err != nil || lax.CheckDigitOK() || lax.String() != s {
			t.Fatalf("ParseENPLax(%s) = %v, %v", s, lax, err)
		}
	})
}

// Exhaustive over all single-digit changes of one number, to make the
// claim above concrete for every position and every replacement digit.
func TestAllSingleDigitChangesOfWorkedExample(t *testing.T) {
	const worked = "1234567890123452"
	for pos := range ENPDigits {
		for d := byte('0'); d <= '9'; d++ {
			if worked[pos] == d {
				continue
			}
			b := []byte(worked)
			b[pos] = d
			if ValidENP(string(b)) {
				t.Errorf("%s passes", b)
			}
		}
	}
}

func TestPropLuhnEqualsHL7(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := rapid.Uint64Range(0, maxPayload-1).Draw(t, "payload")
		s := fmt.Sprintf("%015d", p)
		want, err := naiveHL7CheckDigit(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := LuhnCheckDigit(p); got != want {
			t.Fatalf("payload %s: Luhn %d, HL7 %d", s, got, want)
		}
	})
}

func TestPropParseAgreesWithNaive(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		// Strings of digits and separators near the accepted shape.
		s := rapid.StringOfN(rapid.SampledFrom([]rune("0123456789 -x")), 0, 34, -1).Draw(t, "s")
		_, err := ParseENP(s)
		if ValidENP(s) != (err == nil) {
			t.Fatalf("ValidENP(%q) = %v but ParseENP error = %v", s, ValidENP(s), err)
		}
		if err == nil && !naiveValidENP(s) {
			t.Fatalf("ParseENP accepts %q, the naive reference does not", s)
		}
	})
}

func TestParseENPAllocations(t *testing.T) {
	const s = "1234 5678 9012 3452"
	if n := testing.AllocsPerRun(100, func() {
		if _, err := ParseENP(s); err != nil {
			t.Fatal(err)
		}
		if !ValidENP(s) {
			t.Fatal("invalid")
		}
		_ = MustParseENP(s).RegionHint()
	}); n != 0 {
		t.Errorf("ParseENP/ValidENP allocate %v times, want 0", n)
	}
}

func FuzzParseENP(f *testing.F) {
	for _, s := range []string{
		"1234567890123452", "1234 5678 9012 3452", "1234-5678-9012-3452",
		"1234567890123451", "", " ", "-", "0000000000000000", "9999999999999995",
		"12345678901234520", "1234  5678", "１234567890123452",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, err := ParseENP(s)
		lax, laxErr := ParseENPLax(s)
		if (laxErr == nil) != (err == nil || errors.Is(err, ErrCheckDigit)) {
			t.Fatalf("%q: ParseENP %v, ParseENPLax %v disagree", s, err, laxErr)
		}
		if errors.Is(err, ErrCheckDigit) == errors.Is(err, ErrMalformed) && err != nil {
			t.Fatalf("%q: error %v must be exactly one of ErrCheckDigit, ErrMalformed", s, err)
		}
		if ValidENP(s) != (err == nil) {
			t.Fatalf("%q: ValidENP disagrees with ParseENP (%v)", s, err)
		}
		if laxErr != nil {
			return
		}
		if err == nil && e != lax {
			t.Fatalf("%q: ParseENP %v != ParseENPLax %v", s, e, lax)
		}
		// parse → String → parse is the identity.
		again, err2 := ParseENPLax(lax.String())
		if err2 != nil || again != lax || again.String() != lax.String() {
			t.Fatalf("%q: round trip %v -> %q -> %v, %v", s, lax, lax.String(), again, err2)
		}
		if (err == nil) != lax.CheckDigitOK() {
			t.Fatalf("%q: CheckDigitOK %v but ParseENP error %v", s, lax.CheckDigitOK(), err)
		}
		var u ENP
		text, _ := lax.MarshalText()
		if uerr := u.UnmarshalText(text); (uerr == nil) != (err == nil) || (uerr == nil && u != lax) {
			t.Fatalf("%q: text round trip %v, %v", s, u, uerr)
		}
	})
}

var sinkBool bool

// BenchmarkENPCheck compares the allocation-free single-pass Luhn check
// with the naive reference that builds strings by the HL7 Mod10 steps.
func BenchmarkENPCheck(b *testing.B) {
	inputs := []string{"1234567890123452", "1234 5678 9012 3452", "7712345678901235", "1234567890123451"}
	b.Run("fast", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			sinkBool = ValidENP(inputs[i%len(inputs)])
		}
	})
	b.Run("naive", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			sinkBool = naiveValidENP(inputs[i%len(inputs)])
		}
	})
}

var sinkENP ENP

// BenchmarkParseENP measures ParseENP on valid input (no allocation).
func BenchmarkParseENP(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkENP, _ = ParseENP("1234 5678 9012 3452")
	}
}

// The Luhn check catches a swap of two adjacent different digits, except
// the swap of 0 and 9 ("09" ↔ "90"): doubling maps 0→0 and 9→9, so the sum
// does not change. The test asserts both halves of that statement.
func TestPropAdjacentTransposition(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		e := genENP().Draw(t, "enp")
		i := rapid.IntRange(0, ENPDigits-2).Draw(t, "i")
		b := []byte(e.String())
		if b[i] == b[i+1] {
			t.Skip("equal digits")
		}
		pair09 := (b[i] == '0' && b[i+1] == '9') || (b[i] == '9' && b[i+1] == '0')
		b[i], b[i+1] = b[i+1], b[i]
		if ValidENP(string(b)) != pair09 {
			t.Fatalf("%s → %s: valid=%v, but only a 0/9 swap goes unnoticed", e, b, ValidENP(string(b)))
		}
	})
}

func TestZeroNineSwapGoesUnnoticed(t *testing.T) {
	e, _ := NewENP(123456709012345)
	s := e.String()
	swapped := strings.Replace(s, "09", "90", 1)
	if swapped == s || !ValidENP(swapped) {
		t.Errorf("%s → %s: the 0/9 swap should keep the Luhn sum", s, swapped)
	}
}
