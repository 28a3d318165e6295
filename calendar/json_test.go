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
