package smo

import (
	"bytes"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
	"github.com/rickb777/date"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
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
	d := CheckSwitch(nil, History{}, Request{Date: day(2026, time.March, 1), Insurer: "X", Region: oms.Moscow, Reason: FirstChoice, Applicant: eligibility.Self, Born: adult})
	assert.True(t, d.Has(CodeInsurerUnknown))
}

func TestCSVAndJSONAgree(t *testing.T) {
	f, err := os.Open("testdata/sample-registry.json")
	require.NoError(t, err)
	defer f.Close()
	fromJSON, err := LoadJSON(f)
	require.NoError(t, err)
	assert.True(t, sample(t).Equal(fromJSON))
}

func TestCSVRoundTrip(t *testing.T) {
	reg := sample(t)
	var buf bytes.Buffer
	require.NoError(t, reg.WriteCSV(&buf))
	back, err := LoadCSV(&buf)
	require.NoError(t, err)
	assert.True(t, reg.Equal(back))
	js, err := reg.MarshalJSON()
	require.NoError(t, err)
	back2, err := LoadJSON(bytes.NewReader(js))
	require.NoError(t, err)
	assert.True(t, reg.Equal(back2))
}

// The indexed queries agree with scans of every insurer's stays.
func TestRegistryQueriesAgreeWithScan(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		reg := genRegistry(t)
		r := rapid.SampledFrom(propRegions).Draw(t, "region")
		d := propFirst.Add(date.PeriodOfDays(rapid.IntRange(-30, int(propLast.Sub(propFirst))+30).Draw(t, "day")))
		var want []string
		for _, in := range reg.Insurers() {
			works := false
			var left date.Date
			hasLeft := false
			for _, p := range in.Presence() {
				if p.Region != r {
					continue
				}
				if !d.Before(p.Entered) && (!p.Left.IsSet() || d.Before(p.Left.Or(d))) {
					works = true
				}
				if pl, has := p.Left.Get(); has && !pl.After(d) && pl.After(left) {
					left, hasLeft = pl, true
				}
			}
			if works {
				want = append(want, in.Number())
				hasLeft = false
			}
			if reg.WorksIn(in.Number(), r, d) != works {
				t.Fatalf("WorksIn(%s, %s, %s) = %v", in.Number(), r.Code(), d, !works)
			}
			gotLeft, gotHas := reg.LeftOn(in.Number(), r, d)
			if gotHas != hasLeft || (hasLeft && gotLeft != left) {
				t.Fatalf("LeftOn(%s, %s, %s) = %s %v, want %s %v", in.Number(), r.Code(), d, gotLeft, gotHas, left, hasLeft)
			}
		}
		var got []string
		for _, in := range reg.Available(r, d) {
			got = append(got, in.Number())
		}
		if !slices.Equal(got, want) {
			t.Fatalf("Available(%s, %s) = %v, want %v", r.Code(), d, got, want)
		}
		if reg.CountAvailable(r, d) != len(want) {
			t.Fatalf("CountAvailable = %d, want %d", reg.CountAvailable(r, d), len(want))
		}
	})
}

// Any registry built in Go survives CSV and JSON unchanged.
func TestRegistryRoundTripProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		reg := genRegistry(t)
		var buf bytes.Buffer
		if err := reg.WriteCSV(&buf); err != nil {
			t.Fatal(err)
		}
		back, err := LoadCSV(&buf)
		if err != nil || !reg.Equal(back) {
			t.Fatalf("CSV round trip: %v", err)
		}
		js, err := reg.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		back, err = LoadJSON(bytes.NewReader(js))
		if err != nil || !reg.Equal(back) {
			t.Fatalf("JSON round trip: %v", err)
		}
	})
}
