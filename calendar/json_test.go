package calendar

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

func TestDayInfoJSONRoundTrip(t *testing.T) {
	info, err := Federal().Day(date.New(2024, time.April, 27)) // a Saturday made working
	require.NoError(t, err)
	b, err := json.Marshal(info)
	require.NoError(t, err)
	var back DayInfo
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, info, back)

	var e Entry
	assert.True(t, errors.Is(json.Unmarshal([]byte(`{"date":"00000-00"}`), &e), oms.ErrBadDate))
	assert.True(t, errors.Is(json.Unmarshal([]byte(`{"date":"2019-02-30"}`), &back), oms.ErrBadDate))
}

// The calendar package has no ParseDay; the days it reads from text are
// those of Entry and DayInfo JSON (read strictly by internal/jsondate) and
// the kinds of ParseDayKind (FuzzParseDayKind). Whatever decodes must
// re-encode and decode to the same value, and no input panics.
func FuzzDayJSON(f *testing.F) {
	f.Add([]byte(`{"date":"2027-02-20","kind":"working_weekend","working":true,"shortened":true,"note":"ПП РФ № 1187"}`))
	f.Add([]byte(`{"date":"2024-02-29","kind":"holiday","line":7}`))
	f.Add([]byte(`{"DATE":"2026-12-31","kind":"day_off_transfer","regional":true}`))
	f.Add([]byte(`{"date":"2019-02-30","kind":"holiday"}`))
	f.Add([]byte(`{"date":"00000-00"}`))
	f.Add([]byte(`{"date":"9999-12-31","kind":"nonworking_decree"}`))
	f.Add([]byte(`{"date":null,"kind":"Holiday"}`))
	f.Add([]byte(`{"date":"0001-01-01","date":"2025-01-01"}`))
	f.Add([]byte(`[]`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var info DayInfo
		if err := json.Unmarshal(data, &info); err == nil {
			roundTrip(t, info)
		}
		var e Entry
		if err := json.Unmarshal(data, &e); err == nil {
			roundTrip(t, e)
		}
	})
}

// roundTrip checks that v encodes and decodes to itself; a value with an
// invalid (absent) kind must fail to encode instead.
func roundTrip[T DayInfo | Entry](t *testing.T, v T) {
	t.Helper()
	b, err := json.Marshal(v)
	var kind DayKind
	switch x := any(v).(type) {
	case DayInfo:
		kind = x.Kind
	case Entry:
		kind = x.Kind
	}
	if err != nil {
		if kind.IsValid() {
			t.Fatalf("Marshal(%+v): %v", v, err)
		}
		return
	}
	var back T
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("Unmarshal(%s): %v", b, err)
	}
	if back != v {
		t.Fatalf("%+v encoded as %s decoded as %+v", v, b, back)
	}
}
