package program

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
)

// The decree of each programme year, program.md §0.
func TestBaseByYear(t *testing.T) {
	want := map[int]string{
		2019: "ПП РФ № 1506 от 10.12.2018",
		2020: "ПП РФ № 1610 от 07.12.2019",
		2021: "ПП РФ № 2299 от 28.12.2020",
		2022: "ПП РФ № 2505 от 28.12.2021",
		2023: "ПП РФ № 2497 от 29.12.2022",
		2024: "ПП РФ № 2353 от 28.12.2023",
		2025: "ПП РФ № 1940 от 27.12.2024",
		2026: "ПП РФ № 2188 от 29.12.2025",
	}
	for y, act := range want {
		for _, d := range []date.Date{date.New(y, time.January, 1), date.New(y, time.July, 15), date.New(y, time.December, 31)} {
			p, err := Base(d)
			if err != nil {
				t.Fatalf("Base(%s): %v", d, err)
			}
			if p.Year() != y || p.Decree().Act != act {
				t.Errorf("Base(%s) = %s, want %s", d, p, act)
			}
			from, to := p.InForce()
			if d.Before(from) || d.After(to) {
				t.Errorf("%s not inside InForce %s–%s", d, from, to)
			}
		}
	}
	p := MustBase(date.New(2025, time.March, 1))
	if a := p.Amendments(); len(a) != 1 || a[0].Citation.Act != "ПП РФ № 1365 от 04.09.2025" {
		t.Errorf("2025 amendments = %v", a)
	}
	if f, l := p.Period(); f != 2025 || l != 2027 {
		t.Errorf("Period = %d–%d", f, l)
	}
	if p.Adopted() != date.New(2024, time.December, 27) {
		t.Errorf("Adopted = %s", p.Adopted())
	}
	if MustBase(date.New(2023, time.May, 1)).Unconfirmed() == "" {
		t.Error("2023 decree should be marked unconfirmed (program.md §0, L)")
	}
	if len(Programmes()) != LastYear-FirstYear+1 {
		t.Error("Programmes length")
	}
}

func TestBaseOutside(t *testing.T) {
	for _, d := range []date.Date{date.New(2018, time.December, 31), date.New(2027, time.January, 1), date.Date{}} {
		_, err := Base(d)
		if !errors.Is(err, ErrNoProgramme) || !errors.Is(err, oms.ErrNotInForce) {
			t.Errorf("Base(%s) error = %v", d, err)
		}
	}
}

func TestSectionCitations(t *testing.T) {
	p := MustBase(date.New(2026, time.June, 1))
	if c := p.sectionIV(); c.Act != "ПП РФ № 2188 от 29.12.2025" || c.Title == "" {
		t.Errorf("section IV citation %+v", c)
	}
	// Section numbers only where the sources show them.
	if c := MustBase(date.New(2019, time.June, 1)).sectionIV(); c.Title != "Программа государственных гарантий: базовая программа обязательного медицинского страхования" {
		t.Errorf("2019 section IV title %q", c.Title)
	}
}

// Finding codes are stable, dotted and lower-case, and distinct.
func TestFindingCodes(t *testing.T) {
	codes := []string{CodeInvalid, CodeClass, CodeBase, CodeExcluded, CodeActivity, CodeExternalCause, CodeSpecial,
		CodeUnlisted, CodeDoubtful, CodeBudget, CodeInsuredEvent, CodeCareInvalid, CodeCareBase, CodeCareExcluded,
		CodeCareNotYet, CodeCareCondition, CodeCareForm, CodeActivityIn, CodeActivityNotIn,
		CodeTerritorialMeetsBase, CodeTerritorialClassRemoved, CodeTerritorialCareRemoved, CodeTerritorialWaitLonger,
		CodeTerritorialWaitUnits, CodeTerritorialWaitShorter, CodeTerritorialPerCapitaLower, CodeTerritorialVolumeLower,
		CodeTerritorialUnitCostLower, CodeTerritorialAddition, CodeTerritorialCategories}
	seen := map[string]bool{}
	for _, c := range codes {
		if seen[c] || !strings.HasPrefix(c, "program.") || strings.ToLower(c) != c || strings.ContainsAny(c, " _") {
			t.Errorf("bad or duplicate code %q", c)
		}
		seen[c] = true
	}
}
