package jsondate

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type event struct {
	Name string    `json:"name"`
	On   date.Date `json:"on"`
	Till date.Date `json:"till"`
}

func decode(data string) (event, error) {
	var e event
	err := Unmarshal("test", []byte(data), &e, map[string]*date.Date{"on": &e.On, "till": &e.Till})
	return e, err
}

func TestUnmarshal(t *testing.T) {
	e, err := decode(`{"name":"x","ON":"2024-02-29","till":null}`)
	require.NoError(t, err)
	assert.Equal(t, event{Name: "x", On: date.New(2024, time.February, 29)}, e)

	// What date.Date's own decoding rolls over or panics on.
	for _, bad := range []string{`{"on":"2019-02-30"}`, `{"on":"00000-00"}`, `{"on":"01.02.2019"}`, `{"on":5}`, `{"name":1}`, `[1]`} {
		_, err := decode(bad)
		assert.Error(t, err, bad)
	}
	_, err = decode(`{"on":"2019-02-30"}`)
	assert.True(t, errors.Is(err, oms.ErrBadDate), err)

	e, err = decode(`null`)
	require.NoError(t, err)
	assert.Equal(t, event{}, e)
}

func FuzzUnmarshal(f *testing.F) {
	for _, s := range []string{`{"name":"x","on":"2024-02-29"}`, `{"on":"00000-00"}`, `{"till":"9999-12-31"}`, `{}`, `null`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, err := decode(s)
		if err != nil {
			return
		}
		b, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		back, err := decode(string(b))
		if err != nil || back != e {
			t.Fatalf("round trip of %s: %v, %v", b, back, err)
		}
	})
}
