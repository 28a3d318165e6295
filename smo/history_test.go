package smo

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/omsrules/oms"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReasonText(t *testing.T) {
	for r := FirstChoice; r <= Newborn; r++ {
		b, err := r.MarshalText()
		require.NoError(t, err)
		var back Reason
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, r, back)
	}
	assert.True(t, Relocation.IsApplication())
	assert.False(t, FundAssignment.IsApplication())
	assert.False(t, Newborn.IsApplication())
	_, err := Reason(9).MarshalText()
	assert.ErrorIs(t, err, ErrInvalid)
	b, err := Reason(0).MarshalText() // the zero Reason is empty text, and back
	require.NoError(t, err)
	assert.Empty(t, b)
	r := Voluntary
	require.NoError(t, r.UnmarshalText(b))
	assert.Equal(t, Reason(0), r)
	assert.ErrorIs(t, r.UnmarshalText([]byte("whim")), ErrInvalid)
	assert.Equal(t, "Reason(9)", Reason(9).String())
}

func TestNewHistory(t *testing.T) {
	_, err := NewHistory(Entry{Date: day(2020, 1, 1), Insurer: "A", Region: oms.Moscow})
	assert.ErrorIs(t, err, ErrInvalid)
	_, err = NewHistory(Entry{Date: day(2020, 1, 1), Insurer: "A", Region: 0, Reason: Voluntary})
	assert.ErrorIs(t, err, oms.ErrUnknownRegion)
	_, err = NewHistory(Entry{Date: day(2020, 1, 1), Insurer: "", Region: oms.Moscow, Reason: Voluntary})
	assert.ErrorIs(t, err, ErrInvalid)
	assert.Panics(t, func() { MustHistory(Entry{}) })

	a := Entry{Date: day(2020, 1, 1), Insurer: "A", Region: oms.Moscow, Reason: FirstChoice}
	b := Entry{Date: day(2021, 1, 1), Insurer: "B", Region: oms.Moscow, Reason: Voluntary}
	h := MustHistory(b, a, a) // duplicates collapse, order is by date
	assert.Equal(t, []Entry{a, b}, h.Entries())
	cur, ok := h.Current(day(2020, 6, 1))
	assert.True(t, ok)
	assert.Equal(t, a, cur)
	_, ok = h.Current(day(2019, 6, 1))
	assert.False(t, ok)

	c := Entry{Date: day(2020, 6, 1), Insurer: "C", Region: oms.MoscowOblast, Reason: Relocation}
	h2, err := h.With(c)
	require.NoError(t, err)
	assert.Equal(t, []Entry{a, c, b}, h2.Entries())
	assert.Equal(t, 2, h.Len(), "With must not change the receiver")
	h3, err := h2.With(c)
	require.NoError(t, err)
	assert.Equal(t, 3, h3.Len())
	_, err = h.With(Entry{})
	assert.Error(t, err)
	assert.Equal(t, "2020-06-01 relocation C in 50", c.String())
}

func TestEntryJSON(t *testing.T) {
	e := Entry{Date: day(2026, 3, 10), Insurer: "SAMPLE-02", Region: oms.Tatarstan, Reason: InsurerExit}
	b, err := json.Marshal(e)
	require.NoError(t, err)
	assert.JSONEq(t, `{"date":"2026-03-10","insurer":"SAMPLE-02","region":"16","reason":"insurer-exit"}`, string(b))
	var back Entry
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, e, back)
}

// The mother's insurer covers a newborn until the day of registration of
// birth under the Rules 158н p. 5 and for 30 days after it since the 2016
// change (326-ФЗ ст. 16 ч. 3; 108н p. 5, read verbatim); smo answers with
// eligibility's rule, so a caller sets it once, in Rules.Eligibility.
func TestNewbornCover(t *testing.T) {
	d, err := NewbornCover(day(2026, time.January, 20))
	require.NoError(t, err)
	assert.Equal(t, day(2026, time.February, 19), d.Due)
	// Until the day of registration: the day before it is the last one.
	d, err = NewbornCover(day(2015, time.March, 3))
	require.NoError(t, err)
	assert.Equal(t, day(2015, time.March, 2), d.Due)
	assert.Equal(t, oms.ActRules158n+", п. 5", d.Citation.String())
	_, err = NewbornCover(day(2010, time.March, 3))
	assert.ErrorIs(t, err, oms.ErrNotInForce)

	// A caller who dates the +30 days from 04.07.2016 (publication of the
	// Federal Law of 03.07.2016, an unconfirmed reading, law.md §1.2).
	r := DefaultRules()
	r.Eligibility.Newborn = r.Eligibility.Newborn.With(oms.Dated[int]{From: day(2016, time.July, 4), Value: 30,
		Citation: oms.Citation{Act: "caller's reading"}})
	d, err = r.NewbornCover(day(2016, time.July, 10))
	require.NoError(t, err)
	assert.Equal(t, day(2016, time.August, 9), d.Due)
	e, err := r.Eligibility.NewbornCover(day(2016, time.July, 10))
	require.NoError(t, err)
	assert.Equal(t, e, d) // the same duty as package eligibility's
	d, err = NewbornCover(day(2016, time.July, 10))
	require.NoError(t, err)
	assert.Equal(t, day(2016, time.July, 9), d.Due)
}
