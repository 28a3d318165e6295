package eligibility

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

func TestPersonJSONRoundTrip(t *testing.T) {
	p := Person{BirthDate: date.New(2008, time.February, 29), Citizenship: CitizenRF,
		BirthRegistration: oms.SomeDate(date.New(2008, time.March, 11))}
	b, err := json.Marshal(p)
	require.NoError(t, err)
	var back Person
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, p, back)
}

// date.Date's own decoding panics on "00000-00" and reads 2019-02-30 as
// 2019-03-02; the package's types refuse both.
func TestJSONRejectsImpossibleDays(t *testing.T) {
	for _, s := range []string{`{"birth_date":"00000-00"}`, `{"birth_date":"2019-02-30"}`, `{"birth_date":"2019-01-01","birth_registration":"2019-02-30"}`} {
		var p Person
		err := json.Unmarshal([]byte(s), &p)
		assert.True(t, errors.Is(err, oms.ErrBadDate), "%s: %v", s, err)
	}
	var d Document
	assert.Error(t, json.Unmarshal([]byte(`{"kind":"snils","expires":"00000-00"}`), &d))
	var a Assessment
	assert.Error(t, json.Unmarshal([]byte(`{"mother_insurer_until":"2023-02-29"}`), &a))
}

func FuzzPersonJSON(f *testing.F) {
	f.Add(`{"birth_date":"2008-02-29","citizenship":"rf"}`)
	f.Add(`{"birth_date":"00000-00"}`)
	f.Add(`{"birth_registration":"2019-02-30"}`)
	f.Fuzz(func(t *testing.T, s string) {
		var p Person
		_ = json.Unmarshal([]byte(s), &p) // must not panic
		var d Document
		_ = json.Unmarshal([]byte(s), &d)
	})
}
