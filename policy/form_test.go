package policy

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

func TestNewPolicyForm(t *testing.T) {
	// Sources: law.md §1.4 (forms table: old_style before 326-ФЗ, uniform
	// from 01.05.2011, digital from 01.12.2022); law-addendum.md §1(g), §5
	// (last blanks 30.11.2022).
	tests := []struct {
		on          date.Date
		want        Form
		unconfirmed bool
	}{
		{day(2005, time.March, 1), OldStyle, true},
		{day(2011, time.April, 30), OldStyle, true}, // 326-ФЗ in force, uniform policy not yet
		{day(2011, time.May, 1), Paper, false},
		{day(2016, time.June, 1), Paper, false},
		{day(2022, time.November, 30), Paper, false},
		// 01.12.2022: the number and basis of the law are [U]
		// (law-addendum.md §5).
		{day(2022, time.December, 1), Digital, true},
		{day(2026, time.November, 28), Digital, true},
	}
	for _, tc := range tests {
		got, dec, err := NewPolicyForm(tc.on)
		if err != nil || got != tc.want {
			t.Errorf("NewPolicyForm(%s) = %v, %v; want %v", tc.on, got, err, tc.want)
			continue
		}
		f := finding(t, dec, "policy.form.new")
		if f.Unconfirmed != tc.unconfirmed || f.Citation.IsZero() {
			t.Errorf("NewPolicyForm(%s) finding %+v; want unconfirmed=%v with a citation", tc.on, f, tc.unconfirmed)
		}
		checkFindings(t, dec)
	}
	if _, _, err := NewPolicyForm(day(1990, time.January, 1)); !errors.Is(err, oms.ErrNotInForce) {
		t.Errorf("NewPolicyForm(1990) error = %v; want ErrNotInForce", err)
	}
	_, dec, _ := NewPolicyForm(day(2015, time.June, 1))
	if n := len(dec.Findings()); n != 3 || !dec.Has("policy.form.alternative") {
		t.Errorf("2015: want the paper policy and two alternatives (plastic, УЭК), got %v", dec.Codes())
	}
}

func TestFormsIssued(t *testing.T) {
	tests := []struct {
		on   date.Date
		want []Form
	}{
		{day(1990, time.January, 1), nil},
		{day(2010, time.January, 1), []Form{OldStyle}},
		{day(2012, time.June, 1), []Form{Paper}},
		{day(2013, time.June, 1), []Form{Paper, UEK}},          // УЭК from 2013 (210-ФЗ)
		{day(2015, time.June, 1), []Form{Paper, Plastic, UEK}}, // plastic from about 2014 [U]
		{day(2017, time.January, 1), []Form{Paper, Plastic}},   // УЭК issue ended 01.01.2017 (471-ФЗ)
		{day(2022, time.December, 1), []Form{Digital}},         // the digital policy
		{day(2022, time.November, 30), []Form{Paper, Plastic}}, // the last blanks
	}
	for _, tc := range tests {
		if got := FormsIssued(tc.on); !slices.Equal(got, tc.want) {
			t.Errorf("FormsIssued(%s) = %v, want %v", tc.on, got, tc.want)
		}
	}
}

func TestReissueForm(t *testing.T) {
	tests := []struct {
		current     Form
		on          date.Date
		want        Form
		code        string
		cite        string
		unconfirmed bool
	}{
		// Rules p. 30 (789н, from 10.01.2023): no new blank on re-issue or loss.
		{Paper, day(2023, time.January, 10), Digital, "policy.reissue.no-new-blank", "Правила ОМС (Приказ Минздрава России от 28.02.2019 № 108н), п. 30", false},
		{Plastic, day(2025, time.May, 5), Digital, "policy.reissue.no-new-blank", "Правила ОМС (Приказ Минздрава России от 28.02.2019 № 108н), п. 30", false},
		// 01.12.2022–09.01.2023: blanks no longer issued, p. 30 not yet in force.
		{Paper, day(2023, time.January, 9), Digital, "policy.reissue.digital", "326-ФЗ, ст. 45", true},
		// Before the digital policy a new blank was made.
		{Plastic, day(2020, time.February, 3), Plastic, "policy.reissue.new-blank", "326-ФЗ, ст. 45", false},
		{Paper, day(2020, time.February, 3), Paper, "policy.reissue.new-blank", "326-ФЗ, ст. 45", false},
		{UEK, day(2018, time.February, 3), Paper, "policy.reissue.new-blank", "326-ФЗ, ст. 45", false},
		// 326-ФЗ art. 51 part 2: an old_style policy is replaced by a uniform one.
		{OldStyle, day(2012, time.March, 1), Paper, "policy.reissue.new-blank", "326-ФЗ, ст. 51, ч. 2", false},
		{OldStyle, day(2011, time.February, 1), OldStyle, "policy.reissue.new-blank", "Закон РФ от 28.06.1991 № 1499-1, ст. 5", true},
	}
	for _, tc := range tests {
		got, dec, err := ReissueForm(tc.current, tc.on)
		if err != nil || got != tc.want {
			t.Errorf("ReissueForm(%v, %s) = %v, %v; want %v", tc.current, tc.on, got, err, tc.want)
			continue
		}
		f := finding(t, dec, tc.code)
		if f.Citation.String() != tc.cite || f.Unconfirmed != tc.unconfirmed {
			t.Errorf("ReissueForm(%v, %s): %s cites %q unconfirmed=%v; want %q, %v", tc.current, tc.on, tc.code, f.Citation, f.Unconfirmed, tc.cite, tc.unconfirmed)
		}
	}
	if _, _, err := ReissueForm(0, day(2020, time.January, 1)); !errors.Is(err, ErrUnknownForm) {
		t.Errorf("ReissueForm(0) error = %v", err)
	}
	if _, _, err := ReissueForm(Paper, day(1980, time.January, 1)); !errors.Is(err, oms.ErrNotInForce) {
		t.Errorf("ReissueForm(1980) error = %v", err)
	}
}

func TestCheckForm(t *testing.T) {
	tests := []struct {
		form         Form
		issued, asOf date.Date
		code         string
		sev          oms.Severity
		unconfirmed  bool
		ok           bool
	}{
		{Paper, day(2010, time.June, 1), day(2010, time.June, 2), "policy.form.not-issued-then", oms.Violation, false, false},
		{Plastic, day(2012, time.June, 1), day(2013, time.June, 1), "policy.form.not-issued-then", oms.Warning, true, true},
		{Paper, day(2022, time.December, 15), day(2023, time.June, 1), "policy.form.not-issued-then", oms.Warning, true, true},
		// УЭК: issue ended 01.01.2017 (471-ФЗ, secondary) or in 2018
		// (law.md §1.4 [S]): a Warning in 2017–2018, a Violation after.
		{UEK, day(2017, time.June, 1), day(2017, time.June, 1), "policy.form.not-issued-then", oms.Warning, true, true},
		{UEK, day(2018, time.December, 31), day(2019, time.June, 1), "policy.form.not-issued-then", oms.Warning, true, true},
		{UEK, day(2019, time.January, 1), day(2019, time.June, 1), "policy.form.not-issued-then", oms.Violation, false, false},
		{Digital, day(2022, time.November, 1), day(2023, time.June, 1), "policy.form.not-issued-then", oms.Violation, false, false},
		// Rules p. 29: blank policies stay valid after the digital policy.
		{Paper, day(2015, time.June, 1), day(2026, time.January, 12), "policy.form.blank-stays-valid", oms.Info, false, true},
		{Plastic, day(2019, time.June, 1), day(2026, time.January, 12), "policy.form.blank-stays-valid", oms.Info, false, true},
		// 326-ФЗ art. 51 part 2: old_style policies valid until replaced.
		{OldStyle, day(2005, time.June, 1), day(2026, time.January, 12), "policy.form.valid-until-replaced", oms.Info, false, true},
		{UEK, day(2014, time.June, 1), day(2016, time.January, 12), "policy.form.uek-legacy", oms.Warning, true, true},
		{Form(9), day(2014, time.June, 1), day(2016, time.January, 12), "policy.form.invalid", oms.Violation, false, false},
	}
	for _, tc := range tests {
		dec := CheckForm(tc.form, tc.issued, tc.asOf)
		f := finding(t, dec, tc.code)
		if f.Severity != tc.sev || f.Unconfirmed != tc.unconfirmed || dec.OK() != tc.ok {
			t.Errorf("CheckForm(%v, %s, %s): %+v ok=%v; want %v unconfirmed=%v ok=%v", tc.form, tc.issued, tc.asOf, f, dec.OK(), tc.sev, tc.unconfirmed, tc.ok)
		}
	}
	if dec := CheckForm(Digital, day(2023, time.March, 1), day(2026, time.March, 1)); dec.Len() != 0 {
		t.Errorf("a digital policy issued in 2023 needs no remark: %v", dec)
	}
}

func TestFormText(t *testing.T) {
	wantERZ := map[Form]rune{OldStyle: 'С', Paper: 'П', Plastic: 'Э', UEK: 'К', Digital: 'Ц'}
	for _, f := range Forms() {
		b, err := f.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var g Form
		if err := g.UnmarshalText(b); err != nil || g != f {
			t.Errorf("%v: text round trip gives %v, %v", f, g, err)
		}
		if f.ERZCode() != wantERZ[f] {
			t.Errorf("%v: ЕРЗ code %q, want %q", f, f.ERZCode(), wantERZ[f])
		}
		if g, err := FormOfERZCode(f.ERZCode()); err != nil || g != f {
			t.Errorf("FormOfERZCode(%q) = %v, %v", f.ERZCode(), g, err)
		}
		if f.NameRU() == "" || f.NameEN() == "" {
			t.Errorf("%v lacks a name", f)
		}
		first, last, open := f.IssuedBetween()
		if !f.IssuedOn(first) || f.IssuedOn(first.Add(-1)) || (!open && (!f.IssuedOn(last) || f.IssuedOn(last.Add(1)))) {
			t.Errorf("%v: IssuedOn disagrees with IssuedBetween %s %s %v", f, first, last, open)
		}
	}
	if _, err := FormOfERZCode('В'); !errors.Is(err, ErrUnknownForm) {
		t.Errorf("В is the temporary certificate, not a form: %v", err)
	}
	var f Form
	if err := f.UnmarshalText([]byte("Paper")); !errors.Is(err, ErrUnknownForm) {
		t.Errorf("UnmarshalText(Paper) = %v", err)
	}
	// The zero Form (unknown) marshals as "" and back; an invalid one fails.
	if b, err := Form(0).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("the zero Form: %q %v", b, err)
	}
	if err := f.UnmarshalText(nil); err != nil || f != 0 {
		t.Errorf("empty text: %v %v", f, err)
	}
	if _, err := Form(99).MarshalText(); err == nil {
		t.Error("Form(99) marshals")
	}
	if Form(0).String() != "Form(0)" || Form(0).ERZCode() != 0 || Form(0).IssuedOn(day(2020, 1, 1)) || Form(0).NameRU() != "Form(0)" || Form(0).NameEN() != "Form(0)" {
		t.Error("the zero Form misbehaves")
	}
	if Paper.IsBlank() != true || Digital.IsBlank() || OldStyle.IsBlank() {
		t.Error("IsBlank")
	}
	if f, l, o := Form(0).IssuedBetween(); o || f != l {
		t.Error("IssuedBetween of the zero Form")
	}
}

func FuzzParseForm(f *testing.F) {
	for _, s := range []string{"paper", "digital", "old_style", "uek", "plastic", "", "Paper", "П"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fm, err := ParseForm(s)
		if err != nil {
			if !errors.Is(err, ErrUnknownForm) {
				t.Fatalf("%q: error %v does not wrap ErrUnknownForm", s, err)
			}
			return
		}
		if fm.String() != s {
			t.Fatalf("%q parsed to %v", s, fm)
		}
		again, err := ParseForm(fm.String())
		if err != nil || again != fm {
			t.Fatalf("%q: round trip %v, %v", s, again, err)
		}
	})
}

// Every version of every default rule carries a citation, and the
// versions the spec marks uncertain say so.
func TestDefaultRulesCited(t *testing.T) {
	r := DefaultRules()
	check := func(name string, n int, cite func(i int) (oms.Citation, date.Date)) {
		if n == 0 {
			t.Errorf("%s has no versions", name)
		}
		for i := range n {
			c, from := cite(i)
			if c.IsZero() || c.Act == "" {
				t.Errorf("%s version from %s has no citation", name, from)
			}
		}
	}
	nf, nb, yc, ce, ni := r.NewForm.Versions(), r.NoNewBlank.Versions(), r.YearEndCap.Versions(), r.Certificate.Versions(), r.NotifyItems.Versions()
	check("NewForm", len(nf), func(i int) (oms.Citation, date.Date) { return nf[i].Citation, nf[i].From })
	check("NoNewBlank", len(nb), func(i int) (oms.Citation, date.Date) { return nb[i].Citation, nb[i].From })
	check("YearEndCap", len(yc), func(i int) (oms.Citation, date.Date) { return yc[i].Citation, yc[i].From })
	check("Certificate", len(ce), func(i int) (oms.Citation, date.Date) { return ce[i].Citation, ce[i].From })
	check("NotifyItems", len(ni), func(i int) (oms.Citation, date.Date) { return ni[i].Citation, ni[i].From })
	// Rules p. 30 is primary text read by the spec: not unconfirmed.
	if v, _ := r.NoNewBlank.At(day(2023, 1, 10)); !v.Value || v.Unconfirmed || v.Citation.Point != "30" {
		t.Errorf("p. 30 version: %+v", v)
	}
	// The 2018 cap of the letter 13057/91/и applies the Rules 158н as
	// amended in 2016–2017, whose point was not read: it cites 326-ФЗ
	// art. 45 and is unconfirmed, as are the years around it.
	if v, _ := r.YearEndCap.At(day(2018, 6, 1)); !v.Unconfirmed || v.Value.NotBeforeYear != 2018 || v.Citation.Article != "45" || !strings.Contains(v.Citation.Title, "13057/91/и") {
		t.Errorf("2018 cap: %+v", v)
	}
	for _, d := range []date.Date{day(2019, 3, 1), day(2024, 6, 1)} {
		if v, _ := r.YearEndCap.At(d); !v.Unconfirmed {
			t.Errorf("cap version at %s should be unconfirmed: %+v", d, v)
		}
	}
	// The 108н cap is read in the Rules' own text (pp. 38–43).
	if v, _ := r.YearEndCap.At(day(2020, 6, 1)); v.Unconfirmed || !v.Value.NextYearFromNov1 || !v.Value.ExceptOfficials || v.Citation.Act != oms.ActRules108n {
		t.Errorf("108н cap: %+v", v)
	}
	// No cap before the letter unless the caller applies Cap2017 (the spec
	// has none; news of 2017 report one).
	if v, _ := r.YearEndCap.At(day(2017, 6, 1)); v.Value.Applies {
		t.Errorf("default cap in 2017: %+v", v)
	}
	if c := Cap2017(); !c.Unconfirmed || !c.Value.Applies || c.From != day(2017, 1, 1) || c.Citation.Article != "45" {
		t.Errorf("Cap2017: %+v", c)
	}
	// 108н came into force on 28.05.2019: its version starts then; the
	// months before have no known point of 158н and cite 326-ФЗ art. 45,
	// unconfirmed (rules-points.md: every finding cites its point, or the
	// article).
	if v, _ := r.YearEndCap.At(day(2019, 5, 27)); v.Citation.Act != oms.Act326FZ || v.Citation.Article != "45" || !v.Unconfirmed {
		t.Errorf("cap on 27.05.2019 cites %s", v.Citation)
	}
	if v, _ := r.YearEndCap.At(day(2019, 5, 28)); v.Citation.Act != oms.ActRules108n {
		t.Errorf("cap on 28.05.2019 cites %s", v.Citation)
	}
	// Versions from 01.12.2022 cite the law, not p. 28 (in force from
	// 10.01.2023; review 3c).
	for _, v := range []oms.Dated[bool]{mustAt(t, r.Certificate, dayDigital)} {
		if v.Citation.Point == "28" {
			t.Errorf("certificate version of 01.12.2022 cites p. 28")
		}
	}
	if v, _ := r.YearEndCap.At(dayDigital); v.Citation.Point == "28" {
		t.Errorf("cap version of 01.12.2022 cites p. 28")
	}
	if _, _, _, _, _, cite := formSpanOf(Digital); cite.Point == "28" {
		t.Errorf("the digital form from 01.12.2022 cites p. 28")
	}
	// The notify list: each version its own title (review 3d, 4a).
	first, second := ni[0], ni[1]
	if !first.Unconfirmed || first.Citation.Title == second.Citation.Title {
		t.Errorf("notify versions: %+v / %+v", first, second)
	}
}

func mustAt[T any](t *testing.T, tl oms.Timeline[T], d date.Date) oms.Dated[T] {
	t.Helper()
	v, err := tl.At(d)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func formSpanOf(f Form) (from, last date.Date, open, fromU, lastU bool, cite oms.Citation) {
	s := formTable[f]
	return s.from, s.last, s.open, s.fromUnconfirmed, s.lastUnconfirmed, s.cite
}

// An old_style policy stays valid until replaced: 326-ФЗ art. 51 part 2,
// repeated by 108н p. 36 (rules-points.md row 3) for days under 108н.
func TestOldStylePoint(t *testing.T) {
	for _, tc := range []struct {
		asOf date.Date
		want string
	}{
		{day(2015, 1, 1), "326-ФЗ, ст. 51, ч. 2"},
		{day(2020, 1, 1), "Правила ОМС (Приказ Минздрава России от 28.02.2019 № 108н), п. 36"},
		{day(2024, 1, 1), "326-ФЗ, ст. 51, ч. 2"},
	} {
		f := finding(t, CheckForm(OldStyle, day(2010, 6, 1), tc.asOf), CodeFormValidUntilReplaced)
		if f.Citation.String() != tc.want {
			t.Errorf("%s: %s", tc.asOf, f.Citation)
		}
	}
}
