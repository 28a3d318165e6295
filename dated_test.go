package oms

import (
	"errors"
	"testing"
	"time"

	"github.com/rickb777/date"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// The term for the temporary residence share of art. 16 p. 1.1 of 326-ФЗ is
// a real example of a rule with two versions (3 years from 2023, 5 years
// later); the dates here only exercise the type.
func TestTimelineAt(t *testing.T) {
	v1 := Dated[int]{From: date.New(2023, time.January, 1), Value: 3, Citation: Citation{Act: "326-ФЗ", Article: "10"}}
	v2 := Dated[int]{From: date.New(2025, time.March, 1), Value: 5, Citation: Citation{Act: "430-ФЗ"}, Unconfirmed: true}
	tl, err := NewTimeline(v2, v1)
	require.NoError(t, err)
	assert.Equal(t, 2, tl.Len())

	_, err = tl.At(date.New(2022, time.December, 31))
	assert.ErrorIs(t, err, ErrNotInForce)
	got, err := tl.At(date.New(2023, time.January, 1))
	require.NoError(t, err)
	assert.Equal(t, v1, got)
	n, err := tl.Value(date.New(2025, time.February, 28))
	require.NoError(t, err)
	assert.Equal(t, 3, n)
	got, err = tl.At(date.New(2030, time.January, 1))
	require.NoError(t, err)
	assert.Equal(t, v2, got)

	ended := tl.Until(date.New(2026, time.December, 31))
	_, err = ended.At(date.New(2027, time.January, 1))
	assert.ErrorIs(t, err, ErrNotInForce)
	_, err = tl.At(date.New(2027, time.January, 1))
	assert.NoError(t, err, "Until must not change the original")

	_, err = NewTimeline(v1, v1)
	assert.Error(t, err)
	_, err = Timeline[int]{}.At(date.New(2020, 1, 1))
	assert.True(t, errors.Is(err, ErrNotInForce))
}

func TestTimelineWithOverrides(t *testing.T) {
	base := MustTimeline(Dated[string]{From: date.New(2011, 1, 1), Value: "a"}, Dated[string]{From: date.New(2022, 12, 1), Value: "b"})
	over := base.With(Dated[string]{From: date.New(2022, 12, 1), Value: "c"})
	v, _ := over.Value(date.New(2023, 1, 1))
	assert.Equal(t, "c", v)
	v, _ = base.Value(date.New(2023, 1, 1))
	assert.Equal(t, "b", v, "With must not change the original")
	assert.Equal(t, 2, over.Len())
}

// At agrees with a linear scan for every date and every set of versions.
func TestTimelineAtMatchesLinearScan(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		days := rapid.SliceOfNDistinct(rapid.IntRange(0, 2000), 0, 8, rapid.ID[int]).Draw(t, "days")
		var vs []Dated[int]
		for i, d := range days {
			vs = append(vs, Dated[int]{From: date.New(2000, 1, 1).Add(date.PeriodOfDays(d)), Value: i})
		}
		tl, err := NewTimeline(vs...)
		if err != nil {
			t.Fatal(err)
		}
		q := date.New(2000, 1, 1).Add(date.PeriodOfDays(rapid.IntRange(-10, 2010).Draw(t, "q")))
		var want *Dated[int]
		for i := range vs {
			if !vs[i].From.After(q) && (want == nil || vs[i].From.After(want.From)) {
				want = &vs[i]
			}
		}
		got, err := tl.At(q)
		if want == nil {
			if !errors.Is(err, ErrNotInForce) {
				t.Fatalf("At(%s) = %v, %v; want ErrNotInForce", q, got, err)
			}
			return
		}
		if err != nil || got != *want {
			t.Fatalf("At(%s) = %v, %v; want %v", q, got, err, *want)
		}
	})
}

func TestTimelineAccessors(t *testing.T) {
	v := Dated[int]{From: date.New(2011, 1, 1), Value: 1}
	tl := MustTimeline(v)
	assert.Equal(t, []Dated[int]{v}, tl.Versions())
	_, ended := tl.End()
	assert.False(t, ended)
	last, ended := tl.Until(date.New(2020, 12, 31)).End()
	assert.True(t, ended)
	assert.Equal(t, date.New(2020, 12, 31), last)
	vs := tl.Versions()
	vs[0].Value = 9
	assert.Equal(t, 1, tl.Versions()[0].Value, "Versions returns a copy")
	assert.Panics(t, func() { MustTimeline(v, v) })
	assert.Equal(t, date.New(2026, 11, 1), MustParseDate("01.11.2026"))
	assert.Panics(t, func() { MustParseDate("2026-02-30") })
}
