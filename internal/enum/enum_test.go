package enum

import (
	"errors"
	"testing"

	"pgregory.net/rapid"
)

type color uint8

var colorNames = [...]string{1: "red", 2: "green", 4: "blue"}

var colors = Table[color]{Pkg: "paint", Type: "color", Kind: "colour", Names: colorNames[:]}

type level int8

var levels = Table[level]{Pkg: "log", Type: "level", Kind: "level", Names: []string{"debug", "info"}, Wrap: &errSentinel}

var errSentinel = errors.New("log: bad level")

func TestTable(t *testing.T) {
	cases := []struct {
		v           color
		str, text   string
		valid, fail bool
	}{
		{0, "color(0)", "", false, false}, // unnamed zero: not set
		{1, "red", "red", true, false},
		{3, "color(3)", "", false, true}, // a gap in the table
		{4, "blue", "blue", true, false},
		{9, "color(9)", "", false, true}, // past the table
	}
	for _, c := range cases {
		if got := colors.String(c.v); got != c.str {
			t.Errorf("String(%d) = %q, want %q", c.v, got, c.str)
		}
		if got := colors.IsValid(c.v); got != c.valid {
			t.Errorf("IsValid(%d) = %v", c.v, got)
		}
		b, err := colors.MarshalText(c.v)
		if (err != nil) != c.fail || string(b) != c.text {
			t.Errorf("MarshalText(%d) = %q, %v", c.v, b, err)
		}
	}
}

func TestZero(t *testing.T) {
	c := color(2)
	if err := colors.UnmarshalText(&c, nil); err != nil || c != 0 {
		t.Errorf("empty text = %v, %v; want the zero color", c, err)
	}
	if _, err := colors.Parse(""); err == nil {
		t.Error(`Parse("") succeeded`)
	}
	// A named zero is a value like the others: empty text is not it.
	l := level(1)
	if err := levels.UnmarshalText(&l, []byte{}); err == nil {
		t.Errorf("empty text unmarshalled to %v for a table whose zero has a name", l)
	}
	if b, err := levels.MarshalText(0); err != nil || string(b) != "debug" {
		t.Errorf("MarshalText(0) = %q, %v", b, err)
	}
	if levels.String(-1) != "level(-1)" || levels.IsValid(-1) {
		t.Error("a negative value has a name")
	}
}

// A table whose unnamed zero is valid: a value meaning "none".
func TestZeroOK(t *testing.T) {
	none := colors
	none.ZeroOK = true
	if !none.IsValid(0) || none.String(0) != "" || none.IsValid(3) {
		t.Errorf("ZeroOK: IsValid(0) = %v, String(0) = %q, IsValid(3) = %v", none.IsValid(0), none.String(0), none.IsValid(3))
	}
	if b, err := none.MarshalText(0); err != nil || len(b) != 0 {
		t.Errorf("MarshalText(0) = %q, %v", b, err)
	}
	c := color(1)
	if err := none.UnmarshalText(&c, nil); err != nil || c != 0 {
		t.Errorf("empty text = %v, %v", c, err)
	}
}

func TestErrors(t *testing.T) {
	_, err := colors.Parse("purple")
	if err == nil || err.Error() != `paint: unknown colour "purple" (want "red", "green" or "blue")` {
		t.Errorf("Parse error = %v", err)
	}
	if _, err := colors.MarshalText(7); err == nil || err.Error() != "paint: invalid colour 7" {
		t.Errorf("MarshalText error = %v", err)
	}
	if _, err := levels.Parse("trace"); !errors.Is(err, errSentinel) {
		t.Errorf("error %v does not wrap the sentinel", err)
	}
	letters := make([]string, 12)
	for i := range letters {
		letters[i] = string(rune('a' + i))
	}
	many := Table[uint8]{Pkg: "p", Type: "T", Kind: "t", Names: letters}
	_, err = many.Parse("z")
	if err == nil || err.Error() != `p: unknown t "z" (want "a", "b", "c", "d", "e", "f", "g", "h", …)` {
		t.Errorf("long list error = %v", err)
	}
}

// Every value of a table either has a name that parses back to it, or
// does not marshal (the unnamed zero aside, which marshals as "").
func TestRoundTripProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		names := rapid.SliceOfN(rapid.StringMatching(`[a-z_]{0,6}`), 0, 20).Draw(t, "names")
		seen := map[string]bool{}
		for i, n := range names {
			if seen[n] {
				names[i] = "" // names are unique in a real table
			}
			seen[n] = true
		}
		tab := Table[uint16]{Pkg: "p", Type: "T", Kind: "t", Names: names}
		v := rapid.Uint16Range(0, 30).Draw(t, "v")
		b, err := tab.MarshalText(v)
		switch {
		case tab.IsValid(v):
			back, perr := tab.Parse(string(b))
			if err != nil || perr != nil || back != v || tab.String(v) != string(b) {
				t.Fatalf("%d: %q, %v; back %d, %v", v, b, err, back, perr)
			}
		case v == 0:
			var back uint16 = 7
			if err != nil || len(b) != 0 || tab.UnmarshalText(&back, b) != nil || back != 0 {
				t.Fatalf("unnamed zero: %q, %v; back %d", b, err, back)
			}
		default:
			if err == nil {
				t.Fatalf("%d has no name but marshalled as %q", v, b)
			}
		}
	})
}

func FuzzParse(f *testing.F) {
	for _, n := range colorNames {
		f.Add(n)
	}
	f.Add("Red")
	f.Add("red ")
	f.Fuzz(func(t *testing.T, s string) {
		v, err := colors.Parse(s)
		if err != nil {
			if v != 0 {
				t.Fatalf("Parse(%q) failed but returned %d", s, v)
			}
			return
		}
		if colors.String(v) != s || !colors.IsValid(v) {
			t.Fatalf("Parse(%q) = %d, named %q", s, v, colors.String(v))
		}
	})
}
