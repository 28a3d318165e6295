package smo

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestMessageDates(t *testing.T) {
	d := day(2026, time.March, 2)
	assert.Equal(t, "с 02.03.2026.", msg(false, "с ", d, "."))
	assert.Equal(t, "from 2026-03-02.", msg(true, "from ", d, "."))
	assert.Equal(t, "0007-01-05/2026-03-02", msg2(true, "", day(7, time.January, 5), "/", d, ""))
	assert.Equal(t, day(-1, time.January, 1).String(), msg(true, "", day(-1, time.January, 1), ""))
	assert.Equal(t, "1 0001-01-01 2", msg(true, "1 ", day(1, time.January, 1), " 2"))
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
