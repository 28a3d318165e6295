package smo

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

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
		_, err := LoadCSV(strings.NewReader(c.in))
		var pe *ParseError
		require.True(t, errors.As(err, &pe), "%q: %v", c.in, err)
		assert.Equal(t, "csv", pe.Format)
		assert.Equal(t, c.line, pe.Line, "%q: %v", c.in, err)
		assert.Equal(t, c.field, pe.Field, "%q: %v", c.in, err)
		assert.Contains(t, err.Error(), c.want)
		assert.True(t, strings.HasPrefix(err.Error(), "smo: csv"), err.Error())
	}
}

// FuzzLoadCSV: no input panics, and whatever LoadCSV accepts survives
// WriteCSV → LoadCSV unchanged.
func FuzzLoadCSV(f *testing.F) {
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
		reg, err := LoadCSV(strings.NewReader(in))
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
		back, err := LoadCSV(&buf)
		if err != nil {
			t.Fatalf("re-read: %v\n%s", err, buf.String())
		}
		if !reg.Equal(back) {
			t.Fatalf("round trip changed the registry:\n%s", buf.String())
		}
	})
}

func TestCSVByteOrderMark(t *testing.T) {
	reg, err := LoadCSV(strings.NewReader("\ufeffnumber,name,short_name,scope,region,entered,left\nA,n,,federal,77,2011-01-01,\n"))
	require.NoError(t, err)
	assert.Equal(t, 1, reg.Len())
}
