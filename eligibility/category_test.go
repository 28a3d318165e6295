package eligibility

import (
	"encoding/json"
	"errors"
	"testing"
)

func TestCategoryText(t *testing.T) {
	seen := map[string]bool{}
	for c := NotInsured; c < numCategories; c++ {
		s := c.String()
		if seen[s] {
			t.Fatalf("duplicate code %q", s)
		}
		seen[s] = true
		b, err := c.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Category
		if err := back.UnmarshalText(b); err != nil || back != c {
			t.Fatalf("%v: round trip gave %v, %v", c, back, err)
		}
		if c.NameRU() == "" || c.NameEN() == "" {
			t.Fatalf("%v: missing name", c)
		}
	}
	if _, err := ParseCategory("nope"); !errors.Is(err, ErrUnknownCategory) {
		t.Fatalf("ParseCategory(nope) = %v", err)
	}
	if _, err := Category(200).MarshalText(); err == nil {
		t.Fatal("invalid category marshalled")
	}
	if got := Category(200).String(); got != "Category(200)" {
		t.Fatalf("String = %q", got)
	}
	j, _ := json.Marshal(map[string]Category{"c": Citizen14Plus})
	if string(j) != `{"c":"citizen-14-plus"}` {
		t.Fatalf("json = %s", j)
	}
	if len(Categories()) != int(numCategories)-1 || Categories()[0] != CitizenUnder14 {
		t.Fatal("Categories()")
	}
}

// ParseCategory: parse → String → parse gives the same category; an
// unknown text is an error wrapping ErrUnknownCategory; nothing panics.
func FuzzParseCategory(f *testing.F) {
	for _, c := range Categories() {
		f.Add(c.String())
	}
	for _, s := range []string{"", "not-insured", "Citizen-14-plus", "citizen-14-plus ", "\x00", "Category(200)", "беженец"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCategory(s)
		if err != nil {
			if !errors.Is(err, ErrUnknownCategory) {
				t.Fatalf("%q: %v does not wrap ErrUnknownCategory", s, err)
			}
			return
		}
		if c.String() != s {
			t.Fatalf("%q parsed to %v, which prints as %q", s, c, c.String())
		}
		back, err := ParseCategory(c.String())
		if err != nil || back != c {
			t.Fatalf("%q: round trip gives %v, %v", s, back, err)
		}
		if _, err := c.MarshalText(); err != nil {
			t.Fatalf("%v: %v", c, err)
		}
	})
}
