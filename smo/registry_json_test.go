package smo

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/omsrules/oms"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestJSONErrors(t *testing.T) {
	cases := []struct {
		in, field, want string
		line            int
	}{
		{`{"insurers": [}`, "", "invalid character", 1},
		{`{"insurers": 5}`, "insurers", "number where", 1},
		{`{}`, "insurers", "missing", 0},
		{`{"insurers": [], "extra": 1}`, "extra", "unknown member", 1},
		{`{"insurers": []} {}`, "", "data after", 1},
		{"{\"insurers\": [\n{\"number\": \"A\", \"name\": \"n\", \"scope\": \"x\"}]}", "insurers[0].scope", "scope", 0},
		{`{"insurers": [{"number": "A B", "name": "n", "scope": "federal"}]}`, "insurers[0].number", "registry number", 0},
		{`{"insurers": [{"number": "A", "name": "", "scope": "federal"}]}`, "insurers[0].name", "no name", 0},
		{`{"insurers": [{"number": "A", "name": "n", "scope": "federal", "regions": [{"region": "1000", "entered": "2011-01-01"}]}]}`, "insurers[0].regions[0].region", "unknown region", 0},
		{`{"insurers": [{"number": "A", "name": "n", "scope": "federal", "regions": [{"region": "77", "entered": "2011"}]}]}`, "insurers[0].regions[0].entered", "YYYY-MM-DD", 0},
		{`{"insurers": [{"number": "A", "name": "n", "scope": "federal", "regions": [{"region": "77", "entered": "2011-01-01", "left": "x"}]}]}`, "insurers[0].regions[0].left", "YYYY-MM-DD", 0},
		{`{"insurers": [{"number": "A", "name": "n", "scope": "federal", "regions": [{"region": "77", "entered": "2011-01-01", "left": "2011-01-01"}]}]}`, "insurers[0].regions[0].left", "not after", 0},
		{`{"insurers": [{"number": "A", "name": "n", "scope": "federal", "regions": [{"region": "77", "entered": "2011-01-01"}, {"region": "77", "entered": "2012-01-01"}]}]}`, "insurers[0].regions", "overlap", 0},
		{`{"insurers": [{"number": "A", "name": "n", "scope": "federal"}, {"number": "A", "name": "n", "scope": "federal"}]}`, "insurers", "duplicate", 0},
	}
	for _, c := range cases {
		_, err := ReadJSON(strings.NewReader(c.in))
		var pe *ParseError
		require.True(t, errors.As(err, &pe), "%q: %v", c.in, err)
		assert.Equal(t, "json", pe.Format)
		assert.Equal(t, c.field, pe.Field, "%q: %v", c.in, err)
		assert.Equal(t, c.line, pe.Line, "%q: %v", c.in, err)
		assert.Contains(t, err.Error(), c.want)
		assert.True(t, errors.Is(err, ErrInvalid) || errors.Is(err, oms.ErrUnknownRegion) || errors.Is(err, ErrOverlap) || errors.Is(err, ErrDuplicate), "%v", err)
	}
}

// FuzzReadJSON: no input panics, and whatever ReadJSON accepts survives
// MarshalJSON → ReadJSON unchanged.
func FuzzReadJSON(f *testing.F) {
	seed, err := os.ReadFile("testdata/sample-registry.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(seed))
	f.Add(`{"insurers": []}`)
	f.Add(`{"insurers": [{"number": "A", "name": "n", "short_name": "", "scope": "regional", "regions": [{"region": "RU-TA", "entered": "2011-01-01", "left": null}]}]}`)
	f.Add(`{"insurers": null}`)
	f.Add(`[`)
	f.Fuzz(func(t *testing.T, in string) {
		reg, err := ReadJSON(strings.NewReader(in))
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		js, err := reg.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		back, err := ReadJSON(bytes.NewReader(js))
		if err != nil {
			t.Fatalf("re-read: %v\n%s", err, js)
		}
		if !reg.Equal(back) {
			t.Fatalf("round trip changed the registry:\n%s", js)
		}
	})
}
