package eligibility

import (
	"testing"
	"time"

	"github.com/rickb777/date"
	"pgregory.net/rapid"
)

func d(y int, m time.Month, day int) date.Date { return date.New(y, m, day) }

func TestAgeAroundBirthdays(t *testing.T) {
	for _, tc := range []struct {
		birth, on date.Date
		rule      LeapDayRule
		want      int
	}{
		{d(2012, 5, 10), d(2026, 5, 9), LeapDayMarch1, 13},  // the day before the 14th birthday
		{d(2012, 5, 10), d(2026, 5, 10), LeapDayMarch1, 14}, // the 14th birthday
		{d(2012, 5, 10), d(2026, 5, 11), LeapDayMarch1, 14},
		{d(2012, 2, 29), d(2026, 2, 28), LeapDayMarch1, 13}, // 29 Feb birth, common year
		{d(2012, 2, 29), d(2026, 3, 1), LeapDayMarch1, 14},
		{d(2012, 2, 29), d(2026, 2, 28), LeapDayFeb28, 14},
		{d(2012, 2, 29), d(2026, 2, 27), LeapDayFeb28, 13},
		{d(2012, 2, 29), d(2028, 2, 28), LeapDayMarch1, 15}, // leap year: the birthday is 29 Feb
		{d(2012, 2, 29), d(2028, 2, 29), LeapDayMarch1, 16},
		{d(2012, 2, 29), d(2028, 2, 28), LeapDayFeb28, 15},
		{d(2012, 2, 29), d(2012, 2, 29), LeapDayMarch1, 0},
		{d(2012, 2, 29), d(2012, 2, 28), LeapDayMarch1, -1},
		{d(1999, 12, 31), d(2000, 1, 1), LeapDayMarch1, 0},
		{d(1999, 12, 31), d(2017, 12, 31), LeapDayMarch1, 18},
	} {
		if got := tc.rule.Age(tc.birth, tc.on); got != tc.want {
			t.Errorf("%v.Age(%s, %s) = %d, want %d", tc.rule, tc.birth, tc.on, got, tc.want)
		}
	}
	if Age(d(2012, 2, 29), d(2026, 3, 1)) != 14 {
		t.Fatal("Age default rule")
	}
	if got := LeapDayMarch1.Reached(d(2012, 2, 29), 14); got != d(2026, 3, 1) {
		t.Fatalf("Reached = %s", got)
	}
	if LeapDayMarch1.String() != "march_1" || LeapDayFeb28.String() != "feb_28" || LeapDayRule(9).String() != "LeapDayRule(9)" {
		t.Fatal("LeapDayRule.String")
	}
}

func genDate(lo, hi int) *rapid.Generator[date.Date] {
	return rapid.Custom(func(t *rapid.T) date.Date {
		return date.New(lo, time.January, 1).Add(date.PeriodOfDays(rapid.IntRange(0, (hi-lo)*366).Draw(t, "days")))
	})
}

// The March 1 rule agrees with Go's time.AddDate, which normalises
// 29 February plus a common number of years to 1 March: an independent
// reference.
func TestAgeMatchesTimeAddDate(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		birth := rapid.OneOf(genDate(1930, 2026), rapid.Just(d(2000, 2, 29)), rapid.Just(d(2012, 2, 29))).Draw(t, "birth")
		on := genDate(1930, 2060).Draw(t, "on")
		want := -1
		if !on.Before(birth) {
			want = 0
			for !birth.UTC().AddDate(want+1, 0, 0).After(on.UTC()) {
				want++
			}
		}
		if got := Age(birth, on); got != want {
			t.Fatalf("Age(%s, %s) = %d, want %d", birth, on, got, want)
		}
	})
}

// Around any birthday: the age steps up by one exactly on it, and the age
// never falls or jumps from one day to the next.
func TestAgeStepsOnBirthdays(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		rule := LeapDayRule(rapid.IntRange(0, 1).Draw(t, "rule"))
		birth := genDate(1930, 2026).Draw(t, "birth")
		n := rapid.IntRange(1, 100).Draw(t, "n")
		bd := rule.Reached(birth, n)
		if rule.Age(birth, bd) != n || rule.Age(birth, bd.Add(-1)) != n-1 {
			t.Fatalf("%v: birth %s, birthday %d on %s: ages %d, %d", rule, birth, n, bd, rule.Age(birth, bd.Add(-1)), rule.Age(birth, bd))
		}
		on := genDate(1930, 2126).Draw(t, "on")
		if diff := rule.Age(birth, on.Add(1)) - rule.Age(birth, on); diff < 0 || diff > 1 {
			t.Fatalf("age jumps by %d after %s", diff, on)
		}
	})
}
