package eligibility

import (
	"errors"
	"strings"
	"testing"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

// The dated rules, version by version, with their sources (law.md §1.1,
// §1.2; law-addendum.md §3).
func TestDatedRules(t *testing.T) {
	type version struct {
		from        string
		value       any
		unconfirmed bool
	}
	check := func(name string, got []version, want []version) {
		t.Helper()
		if len(got) != len(want) {
			t.Fatalf("%s: %d versions, want %d", name, len(got), len(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("%s version %d: %+v, want %+v", name, i, got[i], want[i])
			}
		}
	}
	conv := func(from date.Date, v any, u bool, c oms.Citation) version {
		if c.IsZero() {
			t.Errorf("version from %s without citation", from)
		}
		return version{from.String(), v, u}
	}
	var got []version
	for _, v := range DefaultRules().HQS.Versions() {
		got = append(got, conv(v.From, v.Value, v.Unconfirmed, v.Citation))
	}
	check("HQSRule", got, []version{
		{"2011-01-01", HQSNotExcluded, true},              // inferred from the 2014 change
		{"2014-01-10", HQSAndFamilyExcluded, false},       // 390-ФЗ (garant, kodeks)
		{"2023-01-01", HQSNonWorkingFamilyExcluded, true}, // current text; date unconfirmed
	})
	got = nil
	for _, v := range DefaultRules().ForeignBranch.Versions() {
		got = append(got, conv(v.From, v.Value, v.Unconfirmed, v.Citation))
	}
	check("ForeignBranchRule", got, []version{{"2011-01-01", false, true}, {"2014-01-10", true, false}})
	got = nil
	for _, v := range DefaultRules().QualifyingYears.Versions() {
		got = append(got, conv(v.From, v.Value, v.Unconfirmed, v.Citation))
	}
	check("QualifyingYears", got, []version{{"2023-01-01", 3, false}, {"2026-01-01", 5, true}}) // odin.ru; 430-ФЗ
	got = nil
	for _, v := range DefaultRules().Newborn.Versions() {
		got = append(got, conv(v.From, v.Value, v.Unconfirmed, v.Citation))
	}
	check("Newborn", got, []version{{"2011-01-01", -1, false}, {"2016-07-15", 30, true}, {"2019-05-28", 30, false}}) // 158н p. 5; 326-ФЗ ст. 16 ч. 3 (286-ФЗ); 108н p. 5
	got = nil
	for _, v := range DefaultRules().EAEU.Versions() {
		got = append(got, conv(v.From, v.Value, v.Unconfirmed, v.Citation))
	}
	// 803н (consultant) from 2017, citing the EAEU Treaty art. 98 where the
	// point of the Rules is not known; 108н pp. 17–19, 41, 42 (rules-points.md).
	check("EAEURule", got, []version{{"2011-01-01", false, false}, {"2017-01-01", true, true}, {"2019-05-28", true, false}, {"2023-01-10", true, true}})
	got = nil
	for _, v := range DefaultRules().SNILSFrom14.Versions() {
		got = append(got, conv(v.From, v.Value, v.Unconfirmed, v.Citation))
	}
	check("SNILSFrom14", got, []version{{"2011-01-01", IfAvailable, false}, {"2019-05-28", Required, false}}) // 158н p. 9 subp. 2; 108н p. 14 subp. 2 (rules-points.md note 6)
	if _, err := DefaultRules().QualifyingYears.At(date.New(2022, 12, 31)); !errors.Is(err, oms.ErrNotInForce) {
		t.Fatal("art. 16 part 1.1 before 2023")
	}
}

func TestCategoryPredicates(t *testing.T) {
	for _, tc := range []struct {
		c                                                  Category
		citizen, resident, permanent, refugee, eaeu, valid bool
	}{
		{NotInsured, false, false, false, false, false, true},
		{CitizenUnder14, true, false, false, false, false, true},
		{Citizen14Plus, true, false, false, false, false, true},
		{ForeignPermanent, false, true, true, false, false, true},
		{StatelessPermanent, false, true, true, false, false, true},
		{ForeignTemporary, false, true, false, false, false, true},
		{StatelessTemporary, false, true, false, false, false, true},
		{Refugee, false, false, false, true, false, true},
		{RefugeePetitioner, false, false, false, true, false, true},
		{RefugeeAppellant, false, false, false, true, false, true},
		{TemporaryAsylum, false, false, false, true, false, true},
		{EAEUWorker, false, false, false, false, true, true},
		{EAEUOfficial, false, false, false, false, true, true},
		{StayingWorker, false, false, false, false, false, true},
		{Category(99), false, false, false, false, false, false},
	} {
		if tc.c.IsCitizen() != tc.citizen || tc.c.IsResident() != tc.resident || tc.c.IsPermanentResident() != tc.permanent ||
			tc.c.IsRefugeeLaw() != tc.refugee || tc.c.IsEAEU() != tc.eaeu || tc.c.IsValid() != tc.valid {
			t.Errorf("%v: predicates wrong", tc.c)
		}
		if tc.c.Insured() != (tc.valid && tc.c != NotInsured) {
			t.Errorf("%v: Insured", tc.c)
		}
	}
	if Category(99).NameRU() != "Category(99)" || Category(99).NameEN() != "Category(99)" {
		t.Fatal("invalid category names")
	}
	var c Category
	if err := c.UnmarshalText([]byte("x")); !errors.Is(err, ErrUnknownCategory) {
		t.Fatal("UnmarshalText unknown")
	}
}

func TestLookAlikeLetters(t *testing.T) {
	latin, cyr := "ABCEHKMOPTXYabcehkmoptxy", "АВСЕНКМОРТХУАВСЕНКМОРТХУ"
	cr := []rune(cyr)
	for i, r := range latin {
		got, ok := cyrillicLetter(r)
		if !ok || got != cr[i] {
			t.Errorf("cyrillicLetter(%q) = %q, %v", r, got, ok)
		}
	}
	for _, r := range "DFGQRSUVWZ1-" {
		if _, ok := cyrillicLetter(r); ok {
			t.Errorf("cyrillicLetter(%q) accepted", r)
		}
	}
	if got, _ := cyrillicLetter('ё'); got != 'Ё' {
		t.Error("ё")
	}
}

func TestErrorMessages(t *testing.T) {
	long := strings.Repeat("1", 100)
	_, err := ParseSNILS(long)
	if err == nil || !strings.Contains(err.Error(), "…") || len(err.Error()) > 200 {
		t.Fatalf("long input: %v", err)
	}
	_, err = ParseSNILS("001-038-888 07")
	if err == nil || !strings.Contains(err.Error(), "want 01") {
		t.Fatalf("pad2: %v", err)
	}
	for name, f := range map[string]func(){
		"MustParsePassport":         func() { MustParsePassport("x") },
		"MustParseBirthCertificate": func() { MustParseBirthCertificate("x") },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s did not panic", name)
				}
			}()
			f()
		}()
	}
	var p Passport
	if err := p.UnmarshalText([]byte("1")); !errors.Is(err, ErrFormat) {
		t.Fatal("Passport.UnmarshalText bad")
	}
}
