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
		{"{\"insurers\": [\n{\"number\": \"A\", \"name\": \"n\", \"scope\": \"x\"}]}", "insurers[0].scope", "scope", 2},
		{`{"insurers": [{"number": "A B", "name": "n", "scope": "federal"}]}`, "insurers[0].number", "registry number", 1},
		{`{"insurers": [{"number": "A", "name": "", "scope": "federal"}]}`, "insurers[0].name", "no name", 1},
		{`{"insurers": [{"number": "A", "name": "n", "scope": "federal", "regions": [{"region": "1000", "entered": "2011-01-01"}]}]}`, "insurers[0].regions[0].region", "unknown region", 1},
		{`{"insurers": [{"number": "A", "name": "n", "scope": "federal", "regions": [{"region": "77", "entered": "2011"}]}]}`, "insurers[0].regions[0].entered", "YYYY-MM-DD", 1},
		{`{"insurers": [{"number": "A", "name": "n", "scope": "federal", "regions": [{"region": "77", "entered": "2011-01-01", "left": "x"}]}]}`, "insurers[0].regions[0].left", "YYYY-MM-DD", 1},
		{`{"insurers": [{"number": "A", "name": "n", "scope": "federal", "regions": [{"region": "77", "entered": "2011-01-01", "left": "2011-01-01"}]}]}`, "insurers[0].regions[0].left", "not after", 1},
		{`{"insurers": [{"number": "A", "name": "n", "scope": "federal", "regions": [{"region": "77", "entered": "2011-01-01"}, {"region": "77", "entered": "2012-01-01"}]}]}`, "insurers[0].regions", "overlap", 1},
		{`{"insurers": [{"number": "A", "name": "n", "scope": "federal"}, {"number": "A", "name": "n", "scope": "federal"}]}`, "insurers", "duplicate", 0},
	}
	for _, c := range cases {
		_, err := LoadJSON(strings.NewReader(c.in))
		var pe *ParseError
		require.True(t, errors.As(err, &pe), "%q: %v", c.in, err)
		assert.Equal(t, "json", pe.Format)
		assert.Equal(t, c.field, pe.Field, "%q: %v", c.in, err)
		assert.Equal(t, c.line, pe.Line, "%q: %v", c.in, err)
		assert.Contains(t, err.Error(), c.want)
		assert.True(t, errors.Is(err, ErrInvalid) || errors.Is(err, oms.ErrUnknownRegion) || errors.Is(err, ErrOverlap) || errors.Is(err, ErrDuplicate), "%v", err)
	}
}

// FuzzLoadJSON: no input panics, and whatever LoadJSON accepts survives
// MarshalJSON → LoadJSON unchanged.
func FuzzLoadJSON(f *testing.F) {
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
		reg, err := LoadJSON(strings.NewReader(in))
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
		back, err := LoadJSON(bytes.NewReader(js))
		if err != nil {
			t.Fatalf("re-read: %v\n%s", err, js)
		}
		if !reg.Equal(back) {
			t.Fatalf("round trip changed the registry:\n%s", js)
		}
	})
}

// In a pretty-printed file the error names the line of the stay at fault.
func TestJSONErrorLine(t *testing.T) {
	data, err := os.ReadFile("testdata/sample-registry.json")
	require.NoError(t, err)
	// The fourth stay of the second insurer gets a bad day.
	bad := strings.Replace(string(data), `"entered": "2021-01-01"`, `"entered": "2021-02-30"`, 1)
	require.NotEqual(t, string(data), bad)
	want := 0
	for i, l := range strings.Split(bad, "\n") {
		if strings.Contains(l, "2021-02-30") {
			want = i // the line before: the stay's opening brace
		}
	}
	_, err = LoadJSON(strings.NewReader(bad))
	var pe *ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "insurers[1].regions[3].entered", pe.Field)
	assert.Equal(t, want, pe.Line, "%v", err)
}
