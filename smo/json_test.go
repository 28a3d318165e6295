package smo

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRequestJSONRoundTrip(t *testing.T) {
	r := Request{Date: day(2026, time.November, 2), Insurer: "SAMPLE-02", Region: oms.Moscow,
		Reason: Voluntary, Applicant: eligibility.Self, Born: day(1980, time.May, 17)}
	b, err := json.Marshal(r)
	require.NoError(t, err)
	var back Request
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, r, back)
}

// date.Date's own decoding panics on "00000-00" and reads 2019-02-30 as
// 2019-03-02; Request and Entry refuse both.
func TestJSONRejectsImpossibleDays(t *testing.T) {
	for _, s := range []string{`{"date":"00000-00"}`, `{"date":"2019-02-30"}`} {
		var r Request
		err := json.Unmarshal([]byte(s), &r)
		assert.True(t, errors.Is(err, oms.ErrBadDate), "%s: %v", s, err)
		var e Entry
		err = json.Unmarshal([]byte(s), &e)
		assert.True(t, errors.Is(err, oms.ErrBadDate), "%s: %v", s, err)
	}
}

func FuzzRequestJSON(f *testing.F) {
	f.Add(`{"date":"2026-11-02","insurer":"SAMPLE-02","region":"77","reason":"voluntary","born":"1980-05-17"}`)
	f.Add(`{"date":"00000-00"}`)
	f.Add(`[{"date":"2026-03-10","insurer":"SAMPLE-02","region":"16","reason":"insurer-exit"},{"date":"2020-01-01","insurer":"A","region":"77","reason":"first-choice"}]`)
	f.Add(`[{"date":"2026-03-10","insurer":"","region":"","reason":""}]`)
	f.Fuzz(func(t *testing.T, s string) {
		var r Request
		_ = json.Unmarshal([]byte(s), &r) // must not panic
		var e Entry
		_ = json.Unmarshal([]byte(s), &e)
		var h History
		if json.Unmarshal([]byte(s), &h) == nil {
			b, err := json.Marshal(h)
			if err != nil {
				t.Fatal(err)
			}
			var back History
			if err := json.Unmarshal(b, &back); err != nil || !slices.Equal(back.Entries(), h.Entries()) {
				t.Fatalf("%s → %s → %v, %v", s, b, back.Entries(), err)
			}
		}
	})
}

// A history marshals as its entries, oldest first, and back.
func TestHistoryJSON(t *testing.T) {
	h := MustHistory(
		Entry{Date: day(2026, time.March, 10), Insurer: "SAMPLE-02", Region: oms.Tatarstan, Reason: InsurerExit},
		Entry{Date: day(2020, time.January, 1), Insurer: "A", Region: oms.Moscow, Reason: FirstChoice},
	)
	b, err := json.Marshal(h)
	require.NoError(t, err)
	assert.JSONEq(t, `[{"date":"2020-01-01","insurer":"A","region":"77","reason":"first-choice"},{"date":"2026-03-10","insurer":"SAMPLE-02","region":"16","reason":"insurer-exit"}]`, string(b))
	var back History
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, h.Entries(), back.Entries())
	b, err = json.Marshal(History{})
	require.NoError(t, err)
	assert.Equal(t, "[]", string(b))
	assert.ErrorIs(t, json.Unmarshal([]byte(`[{"date":"2020-01-01","insurer":"A","region":"77","reason":""}]`), &back), ErrInvalid)
	pe, err := json.Marshal(&ParseError{Format: "csv", Line: 3, Field: "entered", Err: ErrInvalid})
	require.NoError(t, err)
	assert.JSONEq(t, `{"format":"csv","line":3,"field":"entered"}`, string(pe))
	assert.Equal(t, "smo: csv: invalid input", (&ParseError{Format: "csv"}).Error())
}

// Every zero value of the package's exported types marshals (BRIEF: zero
// values must marshal).
func TestZeroValuesMarshal(t *testing.T) {
	for _, v := range []any{Request{}, Entry{}, History{}, Insurer{}, Scope(0), Reason(0), VoluntaryLimit{},
		DeadlineRule(0), Rules{}, ParseError{}, &Registry{}, Checker{}} {
		_, err := json.Marshal(v)
		assert.NoError(t, err, "%T", v)
	}
	b, err := Scope(0).MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
}
