package smo

import (
	"testing"
	"time"

	"github.com/omsrules/oms"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

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
	_, err = NewInsurer("A", "n", "", Federal, Presence{Region: oms.Moscow, Entered: day(2020, 1, 1), Left: oms.SomeDate(day(2020, 1, 1))})
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
	_, err := Scope(9).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "Scope(7)", Scope(7).String())
	var s Scope
	assert.ErrorIs(t, s.UnmarshalText([]byte("national")), ErrInvalid)
}

func TestInsurerAccessors(t *testing.T) {
	reg := sample(t)
	a, _ := reg.Lookup("SAMPLE-01")
	b, _ := reg.Lookup("SAMPLE-02")
	assert.Equal(t, "ООО «Страховая компания Пример-Мед» (образец)", a.Name())
	assert.Equal(t, "Пример-Мед", a.ShortName())
	assert.True(t, a.Equal(a))
	assert.False(t, a.Equal(b))
	assert.False(t, a.WorksIn(oms.Crimea, day(2020, time.January, 1)))
	ps := a.Presence()
	ps[0].Region = oms.Crimea // a copy: the insurer does not change
	assert.NotEqual(t, oms.Crimea, a.Presence()[0].Region)
	one := MustRegistry(a)
	assert.False(t, reg.Equal(one))
	assert.False(t, one.Equal(MustRegistry(b)))
	assert.True(t, one.Equal(MustRegistry(a)))
}
