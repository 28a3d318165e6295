package smo

import (
	"testing"
	"time"

	"github.com/rickb777/date"
	"github.com/stretchr/testify/assert"
	"pgregory.net/rapid"
)

func TestMessageDates(t *testing.T) {
	d := day(2026, time.March, 2)
	assert.Equal(t, "с 02.03.2026.", withDate(false, "с ", d, "."))
	assert.Equal(t, "from 2026-03-02.", withDate(true, "from ", d, "."))
	assert.Equal(t, "0007-01-05", withDate(true, "", day(7, time.January, 5), ""))
	assert.Equal(t, day(-1, time.January, 1).String(), withDate(true, "", day(-1, time.January, 1), ""))
	assert.Equal(t, "1 0001-01-01 2", withDate(true, "1 ", day(1, time.January, 1), " 2"))
}

func TestUpperFirstAndEnglishDate(t *testing.T) {
	for in, want := range map[string]string{"до": "До", "before": "Before", "": "", "1 May": "1 May"} {
		if got := upperFirst(in); got != want {
			t.Errorf("upperFirst(%q) = %q, want %q", in, got, want)
		}
	}
	if got := englishDate(day(2027, time.January, 1)); got != "1 January 2027" {
		t.Errorf("englishDate = %q", got)
	}
}

// civil and newDate agree with the date package on any day of years
// -1000 to 3000 (the proleptic Gregorian calendar both use).
func TestCivilAgreesWithDate(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := date.NewOfDays(date.PeriodOfDays(rapid.IntRange(-1100000, 380000).Draw(t, "days")))
		y, m, dd := d.Date()
		cy, cm, cd := civil(d)
		if cy != y || cm != m || cd != dd {
			t.Fatalf("civil(%s) = %d-%d-%d, want %d-%d-%d", d, cy, cm, cd, y, m, dd)
		}
		if got := newDate(y, m, dd); got != d {
			t.Fatalf("newDate(%d, %d, %d) = %s, want %s", y, m, dd, got, d)
		}
	})
	assert.Equal(t, day(2026, time.November, 1), newDate(2026, time.November, 1))
	assert.Equal(t, day(2024, time.February, 29), newDate(2024, time.February, 29))
}
