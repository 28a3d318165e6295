package smo

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/omsrules/oms"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSampleRegistryQueries(t *testing.T) {
	reg := sample(t)
	require.Equal(t, 5, reg.Len())
	names := func(ins []Insurer) (out []string) {
		for _, in := range ins {
			out = append(out, in.Number())
		}
		return out
	}
	// SAMPLE-02 was off the Moscow register from 2019-01-01 to 2021-01-01.
	assert.Equal(t, []string{"SAMPLE-01", "SAMPLE-02", "SAMPLE-04"}, names(reg.Available(oms.Moscow, day(2026, time.March, 1))))
	assert.Equal(t, []string{"SAMPLE-01", "SAMPLE-04"}, names(reg.Available(oms.Moscow, day(2020, time.March, 1))))
	assert.Equal(t, 2, reg.CountAvailable(oms.Moscow, day(2020, time.March, 1)))
	// Left is exclusive: SAMPLE-01 left Saratov on 2024-07-01.
	assert.True(t, reg.WorksIn("SAMPLE-01", oms.Saratov, day(2024, time.June, 30)))
	assert.False(t, reg.WorksIn("SAMPLE-01", oms.Saratov, day(2024, time.July, 1)))
	left, ok := reg.LeftOn("SAMPLE-01", oms.Saratov, day(2024, time.December, 1))
	assert.True(t, ok)
	assert.Equal(t, day(2024, time.July, 1), left)
	_, ok = reg.LeftOn("SAMPLE-01", oms.Saratov, day(2024, time.June, 1))
	assert.False(t, ok)
	_, ok = reg.LeftOn("SAMPLE-02", oms.Moscow, day(2022, time.June, 1)) // came back in 2021
	assert.False(t, ok)
	_, ok = reg.LeftOn("NOPE", oms.Moscow, day(2022, time.June, 1))
	assert.False(t, ok)
	assert.Nil(t, reg.Available(oms.Crimea, day(2026, time.March, 1)))
	assert.Nil(t, reg.Available(oms.Region(0), day(2026, time.March, 1)))
	assert.False(t, reg.WorksIn("SAMPLE-01", oms.Region(0), day(2026, time.March, 1)))
	in, ok := reg.Lookup("SAMPLE-02")
	require.True(t, ok)
	assert.Equal(t, "Образец-ОМС (SAMPLE-02)", in.String())
	assert.Equal(t, Federal, in.Scope())
	assert.Equal(t, []oms.Region{oms.MoscowOblast, oms.Saratov, oms.Moscow}, in.Regions())
	assert.True(t, in.WorksIn(oms.Saratov, day(2012, time.January, 1)))
	l2, ok := in.LeftOn(oms.Moscow, day(2020, time.January, 1))
	assert.True(t, ok)
	assert.Equal(t, day(2019, time.January, 1), l2)
}

func TestNilRegistry(t *testing.T) {
	var r *Registry
	assert.Equal(t, 0, r.Len())
	assert.Nil(t, r.Insurers())
	assert.Nil(t, r.Available(oms.Moscow, day(2026, time.March, 1)))
	assert.False(t, r.WorksIn("X", oms.Moscow, day(2026, time.March, 1)))
	_, ok := r.Lookup("X")
	assert.False(t, ok)
	d := CheckSwitch(nil, History{}, Request{Date: day(2026, time.March, 1), Insurer: "X", Region: oms.Moscow, Reason: FirstChoice, Applicant: Self, Born: adult})
	assert.True(t, d.Has(CodeInsurerUnknown))
}

func TestNewInsurerErrors(t *testing.T) {
	p := func(r oms.Region, y int) Presence { return Presence{Region: r, Entered: day(y, time.January, 1)} }
	_, err := NewInsurer("", "n", "", Federal)
	assert.ErrorIs(t, err, ErrInvalid)
	_, err = NewInsurer("A B", "n", "", Federal)
	assert.ErrorIs(t, err, ErrInvalid)
	_, err = NewInsurer("A", "", "", Federal)
	assert.ErrorIs(t, err, ErrInvalid)
	_, err = NewInsurer("A", "bad\x01name", "", Federal)
	assert.ErrorIs(t, err, ErrInvalid)
	_, err = NewInsurer("A", "n", "", Scope(9))
	assert.ErrorIs(t, err, ErrInvalid)
	_, err = NewInsurer("A", "n", "", Federal, Presence{Region: 0})
	assert.ErrorIs(t, err, oms.ErrUnknownRegion)
	_, err = NewInsurer("A", "n", "", Federal, Presence{Region: oms.Moscow, Entered: day(2020, 1, 1), Left: day(2020, 1, 1), HasLeft: true})
	assert.ErrorIs(t, err, ErrInvalid)
	_, err = NewInsurer("A", "n", "", Federal, p(oms.Moscow, 2012), p(oms.Moscow, 2015))
	assert.ErrorIs(t, err, ErrOverlap)
	in, err := NewInsurer("A", "Full", "", Regional, p(oms.Moscow, 2012))
	require.NoError(t, err)
	assert.Equal(t, "Full", in.ShortName())
	_, err = NewRegistry(in, in)
	assert.ErrorIs(t, err, ErrDuplicate)
	_, err = NewRegistry(Insurer{})
	assert.ErrorIs(t, err, ErrInvalid)
	assert.Panics(t, func() { MustRegistry(in, in) })
}

func TestScopeText(t *testing.T) {
	for _, s := range []Scope{Federal, Regional} {
		b, err := s.MarshalText()
		require.NoError(t, err)
		var back Scope
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, s, back)
	}
	_, err := Scope(0).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "Scope(7)", Scope(7).String())
	var s Scope
	assert.ErrorIs(t, s.UnmarshalText([]byte("national")), ErrInvalid)
}

func TestCSVAndJSONAgree(t *testing.T) {
	f, err := os.Open("testdata/sample-registry.json")
	require.NoError(t, err)
	defer f.Close()
	fromJSON, err := ReadJSON(f)
	require.NoError(t, err)
	assert.True(t, sample(t).Equal(fromJSON))
}

func TestCSVRoundTrip(t *testing.T) {
	reg := sample(t)
	var buf bytes.Buffer
	require.NoError(t, reg.WriteCSV(&buf))
	back, err := ReadCSV(&buf)
	require.NoError(t, err)
	assert.True(t, reg.Equal(back))
	js, err := reg.MarshalJSON()
	require.NoError(t, err)
	back2, err := ReadJSON(bytes.NewReader(js))
	require.NoError(t, err)
	assert.True(t, reg.Equal(back2))
}

func TestCSVErrors(t *testing.T) {
	const head = "number,name,short_name,scope,region,entered,left\n"
	cases := []struct {
		in          string
		line        int
		field, want string
	}{
		{"", 1, "", "no header"},
		{"num,name,short_name,scope,region,entered,left\n", 1, "num", "column 1"},
		{head + "A,n,s,federal,77,2011-01-01\n", 2, "", "wrong number of fields"},
		{head + "A B,n,s,federal,77,2011-01-01,\n", 2, "number", "registry number"},
		{head + "A,n,s,galactic,77,2011-01-01,\n", 2, "scope", "scope"},
		{head + "A,n,s,federal,99,2011-01-01,\n", 2, "region", "unknown region"},
		{head + "A,n,s,federal,77,2011-1-01,\n", 2, "entered", "YYYY-MM-DD"},
		{head + "A,n,s,federal,77,2011-02-30,\n", 2, "entered", "real day"},
		{head + "A,n,s,federal,77,2011-01-01,2010-01-01\n", 2, "left", "not after"},
		{head + "A,n,s,federal,,2011-01-01,\n", 2, "region", "without a region"},
		{head + "A,n,s,federal,77,2011-01-01,\nA,m,s,federal,50,2011-01-01,\n", 3, "name", "line 2"},
		{head + "A,n,s,federal,77,2011-01-01,\nA,n,s,regional,50,2011-01-01,\n", 3, "scope", "line 2"},
		{head + "# comment\nA,n,s,federal,77,2011-01-01,\nA,n,s,federal,77,2012-01-01,\n", 3, "", "overlap"},
		{head + "A,\"n,s,federal,77,2011-01-01,\n", 2, "", "quote"},
	}
	for _, c := range cases {
		_, err := ReadCSV(strings.NewReader(c.in))
		var pe *ParseError
		require.True(t, errors.As(err, &pe), "%q: %v", c.in, err)
		assert.Equal(t, "csv", pe.Format)
		assert.Equal(t, c.line, pe.Line, "%q: %v", c.in, err)
		assert.Equal(t, c.field, pe.Field, "%q: %v", c.in, err)
		assert.Contains(t, err.Error(), c.want)
		assert.True(t, strings.HasPrefix(err.Error(), "smo: csv"), err.Error())
	}
}

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

// FuzzReadCSV: no input panics, and whatever ReadCSV accepts survives
// WriteCSV → ReadCSV unchanged.
func FuzzReadCSV(f *testing.F) {
	seed, err := os.ReadFile("testdata/sample-registry.csv")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(seed))
	f.Add("number,name,short_name,scope,region,entered,left\nA,\"a, \"\"b\"\"\",,regional,RU-MOW,2011-01-01,2012-02-29\n")
	f.Add("number,name,short_name,scope,region,entered,left\nA,n,,federal,,,\n")
	f.Add("number,name,short_name,scope,region,entered,left\n")
	f.Add("")
	f.Fuzz(func(t *testing.T, in string) {
		reg, err := ReadCSV(strings.NewReader(in))
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		var buf bytes.Buffer
		if err := reg.WriteCSV(&buf); err != nil {
			t.Fatal(err)
		}
		back, err := ReadCSV(&buf)
		if err != nil {
			t.Fatalf("re-read: %v\n%s", err, buf.String())
		}
		if !reg.Equal(back) {
			t.Fatalf("round trip changed the registry:\n%s", buf.String())
		}
	})
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
