package program

import (
	"encoding/json"
	"errors"
	"testing"

	"pgregory.net/rapid"
)

func TestParseICD10Forms(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"K02", "K02"},
		{"K02.1", "K02.1"},
		{"k02.1", "K02.1"},
		{"K021", "K02.1"},
		{"K02,1", "K02.1"},
		{" K02.1\t", "K02.1"},
		{"К02.1", "K02.1"}, // Cyrillic К
		{"к021", "K02.1"},  // Cyrillic к, no point
		{"А15", "A15"},     // Cyrillic А
		{"С50.9", "C50.9"}, // Cyrillic С
		{"Е11", "E11"},
		{"Н60", "H60"},
		{"М54.5", "M54.5"},
		{"О80", "O80"},
		{"Р07.3", "P07.3"},
		{"Т14", "T14"},
		{"Х59", "X59"},
		{"У07.1", "Y07.1"}, // У is Y's look-alike, not U
		{"в20", "B20"},
		{"z00.0", "Z00.0"},
		{"U07.1", "U07.1"},
		{"A00", "A00"},
		{"Z99.9", "Z99.9"},
	}
	for _, tt := range tests {
		c, err := ParseICD10(tt.in)
		if err != nil {
			t.Errorf("ParseICD10(%q): %v", tt.in, err)
			continue
		}
		if got := c.String(); got != tt.want {
			t.Errorf("ParseICD10(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestParseICD10Errors(t *testing.T) {
	for _, in := range []string{
		"", " ", "K", "K0", "K0.1", "02.1", "K02.", "K02.12", "K0212", "K02.1*", "K02+",
		"KK02", "K02-1", "Ж02", "Л02", "K02.a", "K 02", "K02..1", "\xff02", "K02.1 x", "Ｋ02",
	} {
		_, err := ParseICD10(in)
		if err == nil {
			t.Errorf("ParseICD10(%q) succeeded, want error", in)
			continue
		}
		var pe *ICD10Error
		if !errors.As(err, &pe) || pe.Input != in || !errors.Is(err, ErrInvalidICD10) {
			t.Errorf("ParseICD10(%q) error %v is not an *ICD10Error for the input", in, err)
		}
	}
}

func TestICD10Parts(t *testing.T) {
	c := MustParseICD10("K02.1")
	if c.Letter() != 'K' || c.Category() != MustParseICD10("K02") || c.IsCategory() {
		t.Errorf("K02.1 parts wrong: %c %s %v", c.Letter(), c.Category(), c.IsCategory())
	}
	if sub, ok := c.Subcategory(); !ok || sub != 1 {
		t.Errorf("K02.1 subcategory = %d, %v", sub, ok)
	}
	if _, ok := MustParseICD10("K02").Subcategory(); ok {
		t.Error("K02 has no subcategory")
	}
	var zero ICD10
	if zero.IsValid() || zero.Letter() != 0 || zero.Category() != 0 || zero.IsCategory() {
		t.Error("zero ICD10 must be invalid")
	}
	if b, err := zero.MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero ICD10 (none given) marshals as %q, %v; want empty text", b, err)
	}
	if _, err := ICD10(65535).MarshalText(); err == nil {
		t.Error("an invalid ICD10 marshals")
	}
	if zero.String() != "ICD10(0)" {
		t.Errorf("zero String = %q", zero.String())
	}
	// Order of the classification.
	order := []string{"A00", "A00.0", "A00.9", "A01", "K02", "K02.9", "K03", "Z99.9"}
	for i := 1; i < len(order); i++ {
		a, b := MustParseICD10(order[i-1]), MustParseICD10(order[i])
		if a.Compare(b) != -1 || b.Compare(a) != 1 || a.Compare(a) != 0 {
			t.Errorf("%s should sort before %s", a, b)
		}
	}
}

func TestICD10JSON(t *testing.T) {
	type rec struct {
		Code  ICD10      `json:"code"`
		Range ICD10Range `json:"range"`
	}
	var r rec
	if err := json.Unmarshal([]byte(`{"code":"к02,1","range":"A15–A19"}`), &r); err != nil {
		t.Fatal(err)
	}
	out, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != `{"code":"K02.1","range":"A15-A19"}` {
		t.Errorf("JSON = %s", out)
	}
	if err := json.Unmarshal([]byte(`{"code":"K02.12"}`), &r); !errors.Is(err, ErrInvalidICD10) {
		t.Errorf("bad code in JSON: %v", err)
	}
}

func TestICD10Range(t *testing.T) {
	tb := MustICD10Range("A15–A19") // ICD-10 block "Туберкулез"
	for _, s := range []string{"A15", "A15.0", "A17.9", "A19", "A19.9"} {
		if !tb.Contains(MustParseICD10(s)) {
			t.Errorf("A15–A19 should contain %s", s)
		}
	}
	for _, s := range []string{"A14.9", "A20", "A20.0", "B19"} {
		if tb.Contains(MustParseICD10(s)) {
			t.Errorf("A15–A19 should not contain %s", s)
		}
	}
	// A subcategory end is exact.
	r := MustICD10Range("B94.1-B94.9")
	if r.Contains(MustParseICD10("B94.0")) || r.Contains(MustParseICD10("B94")) || !r.Contains(MustParseICD10("B94.9")) {
		t.Error("B94.1–B94.9 ends are exact")
	}
	one := MustICD10Range("B90")
	if !one.Contains(MustParseICD10("B90.9")) || one.String() != "B90" {
		t.Errorf("single-code range %s", one)
	}
	for _, s := range []string{"A19-A15", "A15-", "-A19", "A15-X", "A15.5-A15.4"} {
		if _, err := ParseICD10Range(s); !errors.Is(err, ErrInvalidICD10) {
			t.Errorf("ParseICD10Range(%q) = %v, want error", s, err)
		}
	}
	if _, err := NewICD10Range(MustParseICD10("B20"), MustParseICD10("B24")); err != nil {
		t.Error(err)
	}
	if _, err := NewICD10Range(MustParseICD10("B24"), MustParseICD10("B20")); err == nil {
		t.Error("reversed range accepted")
	}
	if !tb.Overlaps(MustICD10Range("A19.2-A21")) || tb.Overlaps(MustICD10Range("A20-A21")) {
		t.Error("Overlaps wrong")
	}
	if b, err := (ICD10Range{}).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero range (none given) marshals as %q, %v; want empty text", b, err)
	}
	if _, err := (ICD10Range{First: MustParseICD10("B00"), Last: MustParseICD10("A00")}).MarshalText(); err == nil {
		t.Error("a reversed range marshals")
	}
}

// genICD10 draws any valid code.
func genICD10() *rapid.Generator[ICD10] {
	return rapid.Custom(func(t *rapid.T) ICD10 {
		return ICD10(rapid.IntRange(1, icdMaxOrd-1).Draw(t, "ord"))
	})
}

// Property: parse → String → parse is the identity, and every form a person
// types (lower case, no point, Cyrillic look-alike) parses to the same code.
func TestICD10RoundTripProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := genICD10().Draw(t, "code")
		s := c.String()
		back, err := ParseICD10(s)
		if err != nil || back != c {
			t.Fatalf("%d: %q parsed to %v, %v", c, s, back, err)
		}
		b, _ := c.AppendText(nil)
		if string(b) != s {
			t.Fatalf("AppendText %q != String %q", b, s)
		}
		var u ICD10
		if err := u.UnmarshalText(b); err != nil || u != c {
			t.Fatalf("UnmarshalText(%q) = %v, %v", b, u, err)
		}
		// The compact form without the point.
		compact := s[:3]
		if len(s) == 5 {
			compact += s[4:]
		}
		if v, err := ParseICD10(compact); err != nil || v != c {
			t.Fatalf("%q parsed to %v, %v", compact, v, err)
		}
		lower := string(s[0]+'a'-'A') + s[1:]
		if v, err := ParseICD10(lower); err != nil || v != c {
			t.Fatalf("%q parsed to %v, %v", lower, v, err)
		}
	})
}

// Property: a range of categories contains exactly the codes between its
// ends, subcategories of the last category included.
func TestICD10RangeProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a, b := genICD10().Draw(t, "a"), genICD10().Draw(t, "b")
		if b.lastSub() < a {
			a, b = b, a
		}
		r, err := NewICD10Range(a, b)
		if err != nil {
			t.Fatalf("NewICD10Range(%s, %s): %v", a, b, err)
		}
		c := genICD10().Draw(t, "c")
		want := a <= c && (c <= b || c.Category() == b)
		if got := r.Contains(c); got != want {
			t.Fatalf("%s contains %s = %v, want %v", r, c, got, want)
		}
		back, err := ParseICD10Range(r.String())
		if err != nil || back != r {
			t.Fatalf("range %s round trip: %v, %v", r, back, err)
		}
	})
}

func FuzzParseICD10(f *testing.F) {
	for _, s := range []string{"K02", "K02.1", "k02.1", "K021", "К02.1", "у07,1", "", "K02.12", "\xd0", "A15-A19", " z99 "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseICD10(s)
		if err != nil {
			if !errors.Is(err, ErrInvalidICD10) {
				t.Fatalf("error %v does not wrap ErrInvalidICD10", err)
			}
			return
		}
		if !c.IsValid() {
			t.Fatalf("ParseICD10(%q) returned invalid %d", s, c)
		}
		back, err := ParseICD10(c.String())
		if err != nil || back != c {
			t.Fatalf("ParseICD10(%q) = %s; reparse = %v, %v", s, c, back, err)
		}
		// A range parser must not panic either.
		if r, err := ParseICD10Range(s); err == nil {
			if back, err := ParseICD10Range(r.String()); err != nil || back != r {
				t.Fatalf("range %q: %v, %v", s, back, err)
			}
		}
	})
}

var sinkICD ICD10

func BenchmarkParseICD10(b *testing.B) {
	inputs := []string{"K02.1", "к021", "A15", "Z99.9"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		c, err := ParseICD10(inputs[i%len(inputs)])
		if err != nil {
			b.Fatal(err)
		}
		sinkICD = c
	}
}

func TestParseICD10ZeroAllocs(t *testing.T) {
	n := testing.AllocsPerRun(100, func() {
		sinkICD, _ = ParseICD10("к02.1")
	})
	if n != 0 {
		t.Errorf("ParseICD10 allocates %v times", n)
	}
	var buf [8]byte
	n = testing.AllocsPerRun(100, func() {
		_, _ = sinkICD.AppendText(buf[:0])
	})
	if n != 0 {
		t.Errorf("AppendText allocates %v times", n)
	}
}

// FuzzParseICD10Range: no input panics; a parsed range prints as text
// that parses back to the same range, and contains its first and last
// ordinal (a category as Last stands for its last subcode).
func FuzzParseICD10Range(f *testing.F) {
	for _, s := range []string{"A15-A19", "A15–A19", "A15 — A19", "B90", "a15.0-a15.9", "Z99-A00", "A15-", "-A19", "", "Q99.9–Q99.9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseICD10Range(s)
		if err != nil {
			return
		}
		back, err := ParseICD10Range(r.String())
		if err != nil || back != r {
			t.Fatalf("%q → %v → %q: %v, %v", s, r, r.String(), back, err)
		}
		if !r.Contains(r.lo()) || !r.Contains(r.hi()) {
			t.Fatalf("%v does not contain its ends", r)
		}
	})
}
