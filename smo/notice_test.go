package smo

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
	"pgregory.net/rapid"
)

// An insurer that gave notice for 2025 only (the register's insAdvice,
// standards.md §1.1) can be chosen in 2025 and not in 2026, though it stays
// on the register.
func TestNoticeYearsLimitChoice(t *testing.T) {
	in, err := NewInsurer("22001", "Алтайский филиал ООО «СМК РЕСО-Мед»", "", Federal,
		Presence{Region: altai, Entered: day(2011, time.January, 1), NoticeYears: []int{2025}})
	if err != nil {
		t.Fatal(err)
	}
	reg := MustRegistry(in)
	if !reg.WorksIn("22001", altai, day(2025, time.June, 1)) {
		t.Error("WorksIn 2025 = false, want true: notice given for 2025")
	}
	if reg.WorksIn("22001", altai, day(2026, time.June, 1)) {
		t.Error("WorksIn 2026 = true, want false: no notice for 2026")
	}
	if n := reg.CountAvailable(altai, day(2026, time.June, 1)); n != 0 {
		t.Errorf("CountAvailable 2026 = %d, want 0", n)
	}
	if got := reg.Available(altai, day(2025, time.June, 1)); len(got) != 1 {
		t.Errorf("Available 2025 = %v, want the insurer", got)
	}
	req := Request{Date: day(2026, time.March, 2), Insurer: "22001", Region: altai, Reason: FirstChoice, Applicant: eligibility.Self, Born: adult}
	if d := CheckSwitch(reg, History{}, req); d.OK() || !d.Has(CodeInsurerNotInRegion) {
		t.Errorf("CheckSwitch 2026 without notice = %v, want %s", d, CodeInsurerNotInRegion)
	}
	req.Date = day(2025, time.March, 3)
	if d := CheckSwitch(reg, History{}, req); !d.OK() {
		t.Errorf("CheckSwitch 2025 with notice = %v, want OK", d)
	}
}

func TestNoticeYearsValidatedAndCopied(t *testing.T) {
	_, err := NewInsurer("A", "n", "", Regional, Presence{Region: oms.Moscow, Entered: day(2011, 1, 1), NoticeYears: []int{1999}})
	if !errors.Is(err, ErrInvalid) {
		t.Errorf("year 1999: err = %v, want ErrInvalid", err)
	}
	years := []int{2025}
	in, err := NewInsurer("A", "n", "", Regional, Presence{Region: oms.Moscow, Entered: day(2011, 1, 1), NoticeYears: years})
	if err != nil {
		t.Fatal(err)
	}
	years[0] = 2030
	in.Presence()[0].NoticeYears[0] = 2031
	if got := in.Presence()[0].NoticeYears; !slices.Equal(got, []int{2025}) {
		t.Errorf("NoticeYears = %v after the caller's slices changed, want [2025]", got)
	}
	other, _ := NewInsurer("A", "n", "", Regional, Presence{Region: oms.Moscow, Entered: day(2011, 1, 1)})
	if in.Equal(other) {
		t.Error("an insurer with notices tracked equals one without")
	}
}

// Property: with notices not tracked the registry answers as before
// (WorksIn = on the register); with notices tracked, WorksIn = on the
// register and notice given for the year.
func TestNoticeProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		entered := day(rapid.IntRange(2011, 2030).Draw(t, "entered"), time.January, 1)
		asked := day(rapid.IntRange(2011, 2032).Draw(t, "asked"), time.Month(rapid.IntRange(1, 12).Draw(t, "m")), 1)
		var years []int
		if rapid.Bool().Draw(t, "tracked") {
			years = rapid.SliceOfDistinct(rapid.IntRange(2011, 2032), rapid.ID[int]).Draw(t, "years")
			if years == nil {
				years = []int{}
			}
		}
		p := Presence{Region: oms.Moscow, Entered: entered, NoticeYears: years}
		reg := MustRegistry(mustInsurer(t, p))
		want := p.ActiveOn(asked) && (years == nil || slices.Contains(years, asked.Year()))
		if got := reg.WorksIn("X", oms.Moscow, asked); got != want {
			t.Fatalf("WorksIn(%s) = %v, want %v (years %v)", asked, got, want, years)
		}
		if got := reg.CountAvailable(oms.Moscow, asked) == 1; got != want {
			t.Fatalf("CountAvailable(%s) == 1 is %v, want %v", asked, got, want)
		}
	})
}

func mustInsurer(t *rapid.T, p Presence) Insurer {
	in, err := NewInsurer("X", "x", "", Regional, p)
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// altai is Алтайский край, the region of the F002 sample record 22001.
var altai = oms.Region(22)
