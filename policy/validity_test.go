package policy

import (
	"errors"
	"testing"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
	"github.com/rickb777/date"
	"pgregory.net/rapid"
)

// The citations the validity cases expect.
const (
	r158 = "Правила ОМС (Приказ Минздравсоцразвития России от 28.02.2011 № 158н), п. "
	r108 = "Правила ОМС (Приказ Минздрава России от 28.02.2019 № 108н), п. "
	a45  = "326-ФЗ, ст. 45"
)

// validityCases are real cases of the term by category, each with the
// point it cites (rules-points.md row 3).
var validityCases = []struct {
	name        string
	p           Policy
	want        Period
	code        string // the finding that explains the end
	cite        string // the point it cites (rules-points.md row 3)
	unconfirmed bool
	ok          bool
}{
	// 158н p. 31: citizens, no time limit.
	{"citizen", Policy{Category: eligibility.Citizen14Plus, Issued: day(2015, 3, 2), BasisEnd: oms.NoDate},
		Period{From: day(2015, 3, 2), Open: true}, "policy.validity.indefinite", r158 + "31", false, true},
	// After 803н (2017) the 158н numbering was not read: unconfirmed.
	{"child citizen in the cap years", Policy{Category: eligibility.CitizenUnder14, Issued: day(2018, 3, 2)},
		Period{From: day(2018, 3, 2), Open: true}, "policy.validity.indefinite", r158 + "31", true, true},
	// 158н p. 31: permanently residing foreigners, no time limit.
	{"ВНЖ 2016", Policy{Category: eligibility.ForeignPermanent, Issued: day(2016, 5, 10)},
		Period{From: day(2016, 5, 10), Open: true}, "policy.validity.indefinite", r158 + "31", false, true},
	// No cap before the letter of 20.11.2017: the spec has none (the
	// 2017 cap of news reports is the opt-in Cap2017).
	{"ВНЖ 2017", Policy{Category: eligibility.ForeignPermanent, Issued: day(2017, 3, 1)},
		Period{From: day(2017, 3, 1), Open: true}, "policy.validity.indefinite", r158 + "31", true, true},
	{"ВНЖ 19.11.2017", Policy{Category: eligibility.StatelessPermanent, Issued: day(2017, 11, 19)},
		Period{From: day(2017, 11, 19), Open: true}, "policy.validity.indefinite", r158 + "31", true, true},
	// Letter ФОМС 08.11.2017 N 13057/91/и: applications from 20.11.2017
	// get a policy to the end of 2018. The point of 158н the letter applies
	// was not read: 326-ФЗ art. 45, unconfirmed.
	{"ВНЖ 20.11.2017", Policy{Category: eligibility.ForeignPermanent, Issued: day(2017, 11, 20)},
		Period{From: day(2017, 11, 20), Last: day(2018, 12, 31)}, "policy.validity.year-end-cap", "326-ФЗ, ст. 45", true, true},
	{"РВП 2018, permit longer", Policy{Category: eligibility.ForeignTemporary, Issued: day(2018, 2, 1), BasisEnd: oms.SomeDate(day(2020, 6, 30))},
		Period{From: day(2018, 2, 1), Last: day(2018, 12, 31)}, "policy.validity.year-end-cap", "326-ФЗ, ст. 45", true, true},
	// 158н p. 33: the term of the РВП.
	{"РВП 2018, permit shorter", Policy{Category: eligibility.StatelessTemporary, Issued: day(2018, 2, 1), BasisEnd: oms.SomeDate(day(2018, 7, 31))},
		Period{From: day(2018, 2, 1), Last: day(2018, 7, 31)}, "policy.validity.until-rvp", r158 + "33", true, true},
	// 108н p. 38: «бумажный полис со сроком действия до конца
	// календарного года».
	{"ВНЖ 2020", Policy{Category: eligibility.ForeignPermanent, Issued: day(2020, 3, 1)},
		Period{From: day(2020, 3, 1), Last: day(2020, 12, 31)}, "policy.validity.year-end-cap", r108 + "38", false, true},
	// 108н p. 43: applied for from 1 November, to the end of the next year.
	{"ВНЖ November 2020", Policy{Category: eligibility.StatelessPermanent, Issued: day(2020, 11, 2)},
		Period{From: day(2020, 11, 2), Last: day(2021, 12, 31)}, "policy.validity.year-end-cap", r108 + "43", false, true},
	{"ВНЖ 31 October 2020", Policy{Category: eligibility.StatelessPermanent, Issued: day(2020, 10, 31)},
		Period{From: day(2020, 10, 31), Last: day(2020, 12, 31)}, "policy.validity.year-end-cap", r108 + "38", false, true},
	// 108н p. 40: «до конца календарного года, но не более срока
	// действия разрешения на временное проживание».
	{"РВП 2021, permit longer", Policy{Category: eligibility.ForeignTemporary, Issued: day(2021, 6, 1), BasisEnd: oms.SomeDate(day(2023, 6, 1))},
		Period{From: day(2021, 6, 1), Last: day(2021, 12, 31)}, "policy.validity.year-end-cap", r108 + "40", false, true},
	{"РВП 2021, permit shorter", Policy{Category: eligibility.ForeignTemporary, Issued: day(2021, 6, 1), BasisEnd: oms.SomeDate(day(2021, 9, 1))},
		Period{From: day(2021, 6, 1), Last: day(2021, 9, 1)}, "policy.validity.until-rvp", r108 + "40", false, true},
	// 108н p. 39: refugees, the same cap.
	{"refugee December 2021", Policy{Category: eligibility.Refugee, Issued: day(2021, 12, 1), BasisEnd: oms.SomeDate(day(2024, 1, 1))},
		Period{From: day(2021, 12, 1), Last: day(2022, 12, 31)}, "policy.validity.year-end-cap", r108 + "43", false, true},
	// 108н p. 41: EAEU workers, not beyond the labour contract.
	{"EAEU worker 2019", Policy{Category: eligibility.EAEUWorker, Issued: day(2019, 6, 3), BasisEnd: oms.SomeDate(day(2021, 3, 31))},
		Period{From: day(2019, 6, 3), Last: day(2019, 12, 31)}, "policy.validity.year-end-cap", r108 + "41", false, true},
	// Before 108н the 2019 cap rests on news only (unconfirmed).
	{"EAEU worker April 2019", Policy{Category: eligibility.EAEUWorker, Issued: day(2019, 4, 1), BasisEnd: oms.SomeDate(day(2021, 3, 31))},
		Period{From: day(2019, 4, 1), Last: day(2019, 12, 31)}, "policy.validity.year-end-cap", a45, true, true},
	// 108н p. 42: EEC officials, the term of the powers, no year cap.
	{"EAEU official 2020", Policy{Category: eligibility.EAEUOfficial, Issued: day(2020, 2, 3), BasisEnd: oms.SomeDate(day(2024, 1, 31))},
		Period{From: day(2020, 2, 3), Last: day(2024, 1, 31)}, "policy.validity.until-powers", r108 + "42", false, true},
	// The digital policy: no cap (unconfirmed), permanent residents
	// indefinite; from 10.01.2023 the points are not known: 326-ФЗ art.
	// 45, unconfirmed.
	{"ВНЖ 2023", Policy{Category: eligibility.ForeignPermanent, Issued: day(2023, 2, 1)},
		Period{From: day(2023, 2, 1), Open: true}, "policy.validity.indefinite", a45, true, true},
	{"ВНЖ December 2022", Policy{Category: eligibility.ForeignPermanent, Issued: day(2022, 12, 5)},
		Period{From: day(2022, 12, 5), Open: true}, "policy.validity.indefinite", "326-ФЗ, ст. 45", true, true},
	{"citizen 2024", Policy{Category: eligibility.Citizen14Plus, Issued: day(2024, 2, 1)},
		Period{From: day(2024, 2, 1), Open: true}, "policy.validity.indefinite", a45, true, true},
	{"РВП 2024", Policy{Category: eligibility.ForeignTemporary, Issued: day(2024, 2, 1), BasisEnd: oms.SomeDate(day(2026, 10, 14))},
		Period{From: day(2024, 2, 1), Last: day(2026, 10, 14)}, "policy.validity.until-rvp", a45, true, true},
	{"refugee 2024", Policy{Category: eligibility.Refugee, Issued: day(2024, 5, 1), BasisEnd: oms.SomeDate(day(2027, 4, 30))},
		Period{From: day(2024, 5, 1), Last: day(2027, 4, 30)}, "policy.validity.until-stay", a45, true, true},
	{"asylum 2024", Policy{Category: eligibility.TemporaryAsylum, Issued: day(2024, 5, 1), BasisEnd: oms.SomeDate(day(2025, 4, 30))},
		Period{From: day(2024, 5, 1), Last: day(2025, 4, 30)}, "policy.validity.until-stay", a45, true, true},
	// EAEU workers from 01.01.2017 (803н); the 158н point 803н added is
	// not known: 326-ФЗ art. 45, unconfirmed. Before that day the category
	// is not insured: eligibility's rule, the EAEU Treaty art. 98 that
	// 803н implements (its point in the Rules not known, unconfirmed).
	{"EAEU worker 2017", Policy{Category: eligibility.EAEUWorker, Issued: day(2017, 1, 9), BasisEnd: oms.SomeDate(day(2017, 6, 30))},
		Period{From: day(2017, 1, 9), Last: day(2017, 6, 30)}, "policy.validity.until-contract", a45, true, true},
	{"EAEU official 2024", Policy{Category: eligibility.EAEUOfficial, Issued: day(2024, 1, 9), BasisEnd: oms.SomeDate(day(2028, 1, 31))},
		Period{From: day(2024, 1, 9), Last: day(2028, 1, 31)}, "policy.validity.until-powers", a45, true, true},
	{"EAEU worker 2016", Policy{Category: eligibility.EAEUWorker, Issued: day(2016, 12, 30), BasisEnd: oms.SomeDate(day(2017, 6, 30))},
		Period{From: day(2016, 12, 30), Last: day(2016, 12, 29)}, "policy.validity.category-not-yet-insured", "Договор о Евразийском экономическом союзе от 29.05.2014, ст. 98", true, false},
	// Art. 16 part 1.1 from 01.01.2023; end-date rule not found (unconfirmed).
	{"staying worker 2024", Policy{Category: eligibility.StayingWorker, Issued: day(2024, 3, 1), BasisEnd: oms.SomeDate(day(2025, 2, 28))},
		Period{From: day(2024, 3, 1), Last: day(2025, 2, 28)}, "policy.validity.until-contract", "326-ФЗ, ст. 16, ч. 1.1", true, true},
	// The start, 01.01.2023, is [S] (odin.ru): eligibility's version is
	// not unconfirmed, and policy reads it from there.
	{"staying worker 2022", Policy{Category: eligibility.StayingWorker, Issued: day(2022, 6, 1), BasisEnd: oms.SomeDate(day(2025, 2, 28))},
		Period{From: day(2022, 6, 1), Last: day(2022, 5, 31)}, "policy.validity.category-not-yet-insured", "326-ФЗ, ст. 16, ч. 1.1", false, false},
	{"refugee, basis unset", Policy{Category: eligibility.Refugee, Issued: day(2024, 5, 1)},
		Period{From: day(2024, 5, 1), Last: day(2024, 4, 30)}, "policy.validity.basis-ended", a45, true, false},
	{"refugee 2016, basis ended", Policy{Category: eligibility.Refugee, Issued: day(2016, 5, 1), BasisEnd: oms.SomeDate(day(2016, 4, 1))},
		Period{From: day(2016, 5, 1), Last: day(2016, 4, 30)}, "policy.validity.basis-ended", r158 + "32", false, false},
	{"not insured", Policy{Category: eligibility.NotInsured, Issued: day(2024, 5, 1)},
		Period{From: day(2024, 5, 1), Last: day(2024, 4, 30)}, "policy.validity.not-insured", "326-ФЗ, ст. 10", false, false},
}

func TestValidity(t *testing.T) {
	tests := validityCases
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, dec, err := Validity(tc.p)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("Validity = %v, want %v", got, tc.want)
			}
			f := finding(t, dec, tc.code)
			if f.Unconfirmed != tc.unconfirmed || dec.OK() != tc.ok || f.Citation.String() != tc.cite {
				t.Errorf("%s: unconfirmed=%v ok=%v cite=%q; want %v %v %q", tc.code, f.Unconfirmed, dec.OK(), f.Citation, tc.unconfirmed, tc.ok, tc.cite)
			}
			if got.IsEmpty() == tc.ok {
				t.Errorf("IsEmpty = %v with ok = %v", got.IsEmpty(), tc.ok)
			}
			checkFindings(t, dec)
		})
	}
	if _, _, err := Validity(Policy{Category: eligibility.Category(200), Issued: day(2024, 1, 1)}); !errors.Is(err, eligibility.ErrUnknownCategory) {
		t.Errorf("invalid category: %v", err)
	}
}

// The first day of the EAEU and staying_worker categories comes from
// package eligibility's rules (review 1b), overrides included.
func TestValiditySharesEligibilityRules(t *testing.T) {
	worker := Policy{Category: eligibility.EAEUWorker, Issued: day(2016, 12, 30), BasisEnd: oms.SomeDate(day(2017, 6, 30))}
	_, dec, _ := Validity(worker)
	f := finding(t, dec, "policy.validity.category-not-yet-insured")
	want, _ := eligibility.DefaultRules().EAEU.At(day(2017, 1, 1))
	if f.Citation != want.Citation || f.Unconfirmed != want.Unconfirmed || f.Citation.Act != oms.ActEAEUTreaty {
		t.Errorf("EAEU start cites %+v, want eligibility's %+v", f.Citation, want.Citation)
	}
	// A caller who dates the EAEU rule earlier, as with eligibility.WithEAEURule.
	r := DefaultRules()
	r.EAEU = eligibility.DefaultRules().EAEU.With(oms.Dated[bool]{From: day(2016, 12, 1), Value: true, Citation: citeArt10})
	if per, dec, _ := r.Validity(worker); !dec.OK() || per.Last != day(2017, 6, 30) {
		t.Errorf("EAEU rule from 2016-12-01: %v %v", per, dec.Codes())
	}
	// ... and the staying_worker rule, as with eligibility.WithQualifyingYears.
	staying := Policy{Category: eligibility.StayingWorker, Issued: day(2022, 6, 1), BasisEnd: oms.SomeDate(day(2025, 2, 28))}
	r.QualifyingYears = oms.MustTimeline(oms.Dated[int]{From: day(2022, 1, 1), Value: 3, Citation: citeArt10, Unconfirmed: true})
	// (to the end of 2022: the calendar_year cap of the 108н years)
	if per, dec, _ := r.Validity(staying); !dec.OK() || per.Last != day(2022, 12, 31) {
		t.Errorf("staying_worker rule from 2022: %v %v", per, dec.Codes())
	}
	r.QualifyingYears = eligibility.DefaultRules().QualifyingYears.With(oms.Dated[int]{From: day(2023, 1, 1), Value: 3, Citation: citeArt10, Unconfirmed: true})
	_, dec, _ = r.Validity(staying)
	if f := finding(t, dec, "policy.validity.category-not-yet-insured"); !f.Unconfirmed {
		t.Errorf("the flag of eligibility's version: %+v", f)
	}
	// A rule that never insures the category: no policy has a basis.
	r.EAEU = oms.MustTimeline(oms.Dated[bool]{From: day(2011, 1, 1), Value: false, Citation: citeArt10})
	if _, dec, _ := r.Validity(Policy{Category: eligibility.EAEUOfficial, Issued: day(2024, 1, 1), BasisEnd: oms.SomeDate(day(2025, 1, 1))}); dec.OK() {
		t.Error("EAEU never insured, yet OK")
	}
	// A zero Rules has no rule at all: still no panic.
	if _, _, err := (Rules{}).Validity(worker); err != nil {
		t.Error(err)
	}
}

// Cap2017 is the opt-in version of the news of 2017 (vladmedicina.ru,
// migrant.ru): a ВНЖ holder's policy of March 2017 to the end of 2017.
func TestCap2017(t *testing.T) {
	r := DefaultRules()
	r.YearEndCap = r.YearEndCap.With(Cap2017())
	per, dec, _ := r.Validity(Policy{Category: eligibility.ForeignPermanent, Issued: day(2017, 3, 1)})
	if per.Last != day(2017, 12, 31) || per.Open {
		t.Errorf("with Cap2017: %v", per)
	}
	if f := finding(t, dec, "policy.validity.year-end-cap"); !f.Unconfirmed || f.Citation.Act != oms.Act326FZ || f.Citation.Article != "45" {
		t.Errorf("Cap2017 finding: %+v", f)
	}
}

func TestValidityRulesOverride(t *testing.T) {
	// A caller who finds that the 108н years had no cap overrides it.
	r := DefaultRules()
	r.YearEndCap = r.YearEndCap.With(oms.Dated[YearEndCap]{From: day(2019, 1, 1), Value: YearEndCap{}, Citation: citeCap108}).
		With(oms.Dated[YearEndCap]{From: day108n, Value: YearEndCap{}, Citation: citeCap108})
	p := Policy{Category: eligibility.ForeignPermanent, Issued: day(2020, 3, 1)}
	got, _, err := r.Validity(p)
	if err != nil || !got.Open {
		t.Errorf("overridden rules: %v, %v; want open", got, err)
	}
	if got, _, _ := Validity(p); got.Open {
		t.Error("the override leaked into the default rules")
	}
}

func TestInForce(t *testing.T) {
	p := Policy{ENP: MustParseENP("1234567890123452"), Form: Paper, Category: eligibility.ForeignTemporary,
		Issued: day(2016, 3, 1), BasisEnd: oms.SomeDate(day(2018, 2, 28))}
	tests := []struct {
		on   date.Date
		code string
		ok   bool
	}{
		{day(2016, 2, 29), "policy.not-yet-issued", false},
		{day(2016, 3, 1), "policy.in-force", true},
		{day(2018, 2, 28), "policy.in-force", true},
		{day(2018, 3, 1), "policy.expired", false},
	}
	for _, tc := range tests {
		dec, err := InForce(p, tc.on)
		if err != nil {
			t.Fatal(err)
		}
		finding(t, dec, tc.code)
		if dec.OK() != tc.ok {
			t.Errorf("InForce(%s) OK = %v, want %v: %v", tc.on, dec.OK(), tc.ok, dec)
		}
	}
	// A legacy number with a wrong check digit is a Warning, not a failure.
	legacy, _ := ParseENPLax("1234567890123457")
	q := Policy{ENP: legacy, Form: Digital, Category: eligibility.Citizen14Plus, Issued: day(2023, 1, 20)}
	dec, err := InForce(q, day(2026, 1, 1))
	if f := finding(t, dec, "policy.enp.check-digit"); f.Citation != citeENPCheckDigit {
		t.Errorf("the check digit cites %s, not the HL7 Mod10 source (law.md §3.1)", f.Citation)
	}
	if err != nil || !dec.OK() || finding(t, dec, "policy.enp.check-digit").Severity != oms.Warning {
		t.Errorf("legacy ЕНП: %v, %v", dec, err)
	}
	// A form that did not exist on the day of issue fails the check.
	q.Form, q.Issued = Digital, day(2020, 1, 20)
	if dec, _ := InForce(q, day(2021, 1, 1)); dec.OK() || dec.Has("policy.in-force") {
		t.Errorf("a digital policy dated 2020: %v", dec)
	}
	if _, err := InForce(Policy{Category: 99}, day(2021, 1, 1)); err == nil {
		t.Error("invalid category: no error")
	}
}

func TestPeriodString(t *testing.T) {
	if s := (Period{From: day(2019, 3, 1), Last: day(2019, 12, 31)}).String(); s != "2019-03-01…2019-12-31" {
		t.Error(s)
	}
	if s := (Period{From: day(2019, 3, 1), Open: true}).String(); s != "2019-03-01…" {
		t.Error(s)
	}
}

// Invariants of Validity over random categories, issue dates and basis
// ends.
func TestPropValidity(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := rapid.SampledFrom(eligibility.Categories()).Draw(t, "category")
		issued := day(2011, 1, 1).Add(date.PeriodOfDays(rapid.IntRange(0, 16*365).Draw(t, "issued")))
		basis := issued.Add(date.PeriodOfDays(rapid.IntRange(-30, 6*365).Draw(t, "basis")))
		p := Policy{Category: c, Issued: issued, BasisEnd: oms.SomeDate(basis)}
		per, dec, err := Validity(p)
		if err != nil {
			t.Fatal(err)
		}
		if per.From != issued {
			t.Fatalf("period %v does not start on issue %s", per, issued)
		}
		if dec.OK() == per.IsEmpty() {
			t.Fatalf("OK=%v but period %v", dec.OK(), per)
		}
		if !dec.OK() {
			return
		}
		if !per.Contains(issued) {
			t.Fatalf("%v does not contain the issue day", per)
		}
		if c.IsCitizen() && !per.Open {
			t.Fatalf("citizen policy with an end: %v", per)
		}
		if term := DefaultRules().termOf(c); !term.indefinite && (per.Open || per.Last.After(basis)) {
			t.Fatalf("%v: period %v runs past the basis end %s", c, per, basis)
		}
		if !per.Open && per.Last.Year() > issued.Year()+6 {
			t.Fatalf("implausible end %v", per)
		}
		if dec.Has("policy.validity.year-end-cap") && (per.Last.Month() != time.December || per.Last.Day() != 31) {
			t.Fatalf("a capped period does not end on 31 December: %v", per)
		}
		// InForce agrees with the period.
		d := issued.Add(date.PeriodOfDays(rapid.IntRange(-10, 7*365).Draw(t, "on")))
		in, err := InForce(p, d)
		if err != nil {
			t.Fatal(err)
		}
		if in.OK() != per.Contains(d) {
			t.Fatalf("InForce(%s) = %v but period %v", d, in.OK(), per)
		}
	})
}
