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
