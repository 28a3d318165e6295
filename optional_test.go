package oms_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

func TestOptionalDateJSON(t *testing.T) {
	type rec struct {
		Done oms.OptionalDate `json:"done"`
	}
	b, err := json.Marshal(rec{})
	require.NoError(t, err)
	require.JSONEq(t, `{"done":null}`, string(b))

	b, err = json.Marshal(rec{Done: oms.SomeDate(date.New(2026, time.November, 1))})
	require.NoError(t, err)
	require.JSONEq(t, `{"done":"2026-11-01"}`, string(b))

	for _, tc := range []struct {
		in   string
		want oms.OptionalDate
	}{
		{`{"done":null}`, oms.NoDate},
		{`{"done":""}`, oms.NoDate},
		{`{}`, oms.NoDate},
		{`{"done":"01.11.2026"}`, oms.SomeDate(date.New(2026, time.November, 1))},
	} {
		var r rec
		require.NoError(t, json.Unmarshal([]byte(tc.in), &r), tc.in)
		require.Equal(t, tc.want, r.Done, tc.in)
	}
	for _, bad := range []string{`{"done":"2019-02-30"}`, `{"done":20190228}`, `{"done":"00000-00"}`} {
		var r rec
		err := json.Unmarshal([]byte(bad), &r)
		require.Error(t, err, bad)
		if bad != `{"done":20190228}` {
			require.True(t, errors.Is(err, oms.ErrBadDate), bad)
		}
	}
}

func TestOptionalDateAccessors(t *testing.T) {
	d := date.New(2020, time.February, 29)
	require.False(t, oms.NoDate.IsSet())
	require.True(t, oms.NoDate.IsZero())
	require.Equal(t, d, oms.NoDate.Or(d))
	require.Equal(t, "", oms.NoDate.String())
	s := oms.SomeDate(d)
	got, ok := s.Get()
	require.True(t, ok)
	require.Equal(t, d, got)
	require.Equal(t, d, s.Or(date.Date{}))
	require.Equal(t, "2020-02-29", s.String())
}

// An OptionalDate survives JSON and text round trips, present or absent.
func TestOptionalDateRoundTripProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var o oms.OptionalDate
		if rapid.Bool().Draw(t, "set") {
			o = oms.SomeDate(date.New(rapid.IntRange(1, 9999).Draw(t, "y"), time.January, 1).
				Add(date.PeriodOfDays(rapid.IntRange(0, 364).Draw(t, "d"))))
		}
		b, err := json.Marshal(o)
		if err != nil {
			t.Fatal(err)
		}
		var back oms.OptionalDate
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if back != o {
			t.Fatalf("JSON %s: got %v, want %v", b, back, o)
		}
		txt, _ := o.MarshalText()
		var back2 oms.OptionalDate
		if err := back2.UnmarshalText(txt); err != nil || back2 != o {
			t.Fatalf("text %q: got %v (%v), want %v", txt, back2, err, o)
		}
	})
}

func FuzzOptionalDateJSON(f *testing.F) {
	for _, s := range []string{`null`, `""`, `"2026-11-30"`, `"30.11.2026"`, `"2019-02-30"`, `"`, `1`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var o oms.OptionalDate
		if err := json.Unmarshal([]byte(s), &o); err != nil {
			return
		}
		b, err := json.Marshal(o)
		if err != nil {
			t.Fatal(err)
		}
		var back oms.OptionalDate
		if err := json.Unmarshal(b, &back); err != nil || back != o {
			t.Fatalf("%s → %s → %v (%v)", s, b, back, err)
		}
	})
}

func TestDecisionBuilder(t *testing.T) {
	var b oms.DecisionBuilder
	require.True(t, b.Decision().OK())
	info := oms.Finding{Code: "a", Severity: oms.Info}
	bad := oms.Finding{Code: "b", Severity: oms.Violation}
	b.Add(info)
	b.AddDecision(oms.NewDecision(bad))
	require.Equal(t, 2, b.Len())
	d := b.Decision()
	require.Equal(t, 0, b.Len())
	require.False(t, d.OK())
	require.Equal(t, []string{"a", "b"}, d.Codes())
	// The builder reused after Decision must not change the decision made.
	b.Add(oms.Finding{Code: "c"})
	require.Equal(t, []string{"a", "b"}, d.Codes())
	d2 := d.With(oms.Finding{Code: "d"})
	require.Equal(t, []string{"a", "b"}, d.Codes())
	require.Equal(t, []string{"a", "b", "d"}, d2.Codes())
}

// A builder's decision equals the one NewDecision makes of the same
// findings, whatever the findings.
func TestDecisionBuilderProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		codes := rapid.SliceOf(rapid.StringMatching(`[a-z]{1,3}`)).Draw(t, "codes")
		var fs []oms.Finding
		var b oms.DecisionBuilder
		for i, c := range codes {
			f := oms.Finding{Code: c, Severity: oms.Severity(i % 3)}
			fs = append(fs, f)
			b.Add(f)
		}
		got, want := b.Decision(), oms.NewDecision(fs...)
		if got.String() != want.String() || got.OK() != want.OK() {
			t.Fatalf("builder %v, NewDecision %v", got, want)
		}
	})
}

// Grow reserves room without adding findings.
func TestDecisionBuilderGrow(t *testing.T) {
	var b oms.DecisionBuilder
	b.Grow(4)
	require.Equal(t, 0, b.Len())
	require.True(t, b.Decision().OK())
	b.Grow(2)
	b.Add(oms.Finding{Code: "a", Severity: oms.Violation})
	require.Equal(t, []string{"a"}, b.Decision().Codes())
}
