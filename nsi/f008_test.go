package nsi

import (
	"bytes"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/omsrules/oms/policy"
	"pgregory.net/rapid"
)

// F008 rows as chipcom/2.x getf008 gives them (standards.md §1.2).
func TestLoadF008(t *testing.T) {
	b, err := LoadF008(open(t, "F008.zip"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := b.All(), DefaultF008().All(); !slices.Equal(got, want) {
		t.Errorf("loaded F008 = %+v, want the shipped rows %+v", got, want)
	}
	if p, _ := b.Lookup(3); p.Name != "Полис ОМС единого образца" || p.Span.From != day(2011, time.January, 1) || p.MZ != 3 {
		t.Errorf("Lookup(3) = %+v", p)
	}
}

func TestF008Forms(t *testing.T) {
	forms, cert, ok := FormsOfF008(1)
	if !ok || cert || !slices.Equal(forms, []policy.Form{policy.OldStyle}) {
		t.Errorf("FormsOfF008(1) = %v, %v, %v", forms, cert, ok)
	}
	if _, cert, ok := FormsOfF008(2); !ok || !cert {
		t.Error("FormsOfF008(2) is not the temporary certificate")
	}
	if _, _, ok := FormsOfF008(4); ok {
		t.Error("F008 4 is not confirmed and must not map")
	}
	// ЕРЗ letters (standards.md §2.2): С→1, В/Е→2, П/Э/К/Ц→3; Х, М none.
	for letter, want := range map[rune]int{'С': 1, 'В': 2, 'Е': 2, 'П': 3, 'Э': 3, 'К': 3, 'Ц': 3} {
		if got, err := F008OfERZCode(letter); err != nil || got != want {
			t.Errorf("F008OfERZCode(%c) = %d, %v, want %d", letter, got, err, want)
		}
	}
	for _, letter := range []rune{'Х', 'М', 'C'} {
		if _, err := F008OfERZCode(letter); err == nil {
			t.Errorf("F008OfERZCode(%c) = nil error", letter)
		}
	}
}

// Property: F008OfForm and FormsOfF008 are inverse: every form is among
// the forms of its code.
func TestF008FormRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		f := rapid.SampledFrom(policy.Forms()).Draw(t, "form")
		forms, _, ok := FormsOfF008(F008OfForm(f))
		if !ok || !slices.Contains(forms, f) {
			t.Fatalf("form %s → F008 %d → %v", f, F008OfForm(f), forms)
		}
	})
}

func FuzzLoadF008(f *testing.F) {
	f.Add(fixture(f, "F008.zip"))
	f.Add([]byte(`<packet><zap><IDDOC>1</IDDOC><DOCNAME>x</DOCNAME><DATEBEG>01.01.2011</DATEBEG></zap></packet>`))
	f.Fuzz(func(t *testing.T, in []byte) {
		if _, err := LoadF008(bytes.NewReader(in)); err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *ParseError", err)
			}
		}
	})
}

func TestLoadO001(t *testing.T) {
	b, err := LoadO001(open(t, "O001.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if c, ok := b.Lookup(CodeRussia); !ok || c.Alpha3 != "RUS" || c.Name != "Россия" {
		t.Errorf("Lookup(643) = %+v, %v", c, ok)
	}
	if _, err := LoadO001(bytes.NewReader([]byte(`<packet><zap KOD="64" NAME11="x"/></packet>`))); err == nil {
		t.Error("a two-digit KOD is accepted")
	}
}

func FuzzLoadO001(f *testing.F) {
	f.Add(fixture(f, "O001.xml"))
	f.Fuzz(func(t *testing.T, in []byte) {
		if _, err := LoadO001(bytes.NewReader(in)); err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *ParseError", err)
			}
		}
	})
}

func TestV005(t *testing.T) {
	for code, g := range map[int]string{1: "male", 2: "female"} {
		if got, err := FHIRGender(code); err != nil || got != g {
			t.Errorf("FHIRGender(%d) = %q, %v", code, got, err)
		}
		if back, err := V005OfFHIRGender(g); err != nil || back != code {
			t.Errorf("V005OfFHIRGender(%q) = %d, %v", g, back, err)
		}
	}
	if _, err := FHIRGender(3); err == nil {
		t.Error("FHIRGender(3) = nil error")
	}
	if _, err := V005OfFHIRGender("other"); err == nil {
		t.Error(`V005OfFHIRGender("other") = nil error`)
	}
}

// V005 in the fund's element shape (zglv, then zap records), windows-1251:
// IDPOL 1 мужской, 2 женский (standards.md §1.4).
func TestLoadV005(t *testing.T) {
	b, err := LoadV005(open(t, "V005.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := b.All(), DefaultV005().All(); !slices.Equal(got, want) {
		t.Errorf("loaded %v, shipped %v", got, want)
	}
	if s, ok := b.Lookup(V005Female); !ok || s.Name != "женский" {
		t.Errorf("Lookup(2) = %+v, %v", s, ok)
	}
	if _, ok := b.Lookup(3); ok {
		t.Error("Lookup(3) found a row")
	}
	for _, bad := range []string{
		`<packet><zap IDPOL="1" POLNAME="м"/><zap IDPOL="1" POLNAME="м"/></packet>`,
		`<packet><zap IDPOL="x" POLNAME="м"/></packet>`,
		`<packet><zap IDPOL="1"/></packet>`,
	} {
		_, err := LoadV005(bytes.NewReader([]byte(bad)))
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("%s: error %v is not a *ParseError", bad, err)
		}
	}
	var nilBook *Sexes
	if _, ok := nilBook.Lookup(1); ok || nilBook.All() != nil {
		t.Error("a nil book answers")
	}
}

func FuzzLoadV005(f *testing.F) {
	f.Add(fixture(f, "V005.xml"))
	f.Add([]byte(`<packet><zap IDPOL="1" POLNAME="мужской"/></packet>`))
	f.Fuzz(func(t *testing.T, in []byte) {
		b, err := LoadV005(bytes.NewReader(in))
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *ParseError", err)
			}
			return
		}
		for _, s := range b.All() {
			if got, ok := b.Lookup(s.Code); !ok || got != s {
				t.Fatalf("Lookup(%d) = %+v, %v", s.Code, got, ok)
			}
		}
	})
}
