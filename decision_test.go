package oms

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

var cite193 = Citation{Act: "ГК РФ", Article: "193"}

func genFinding() *rapid.Generator[Finding] {
	return rapid.Custom(func(t *rapid.T) Finding {
		return Finding{
			Code:        rapid.StringMatching(`[a-z]{1,8}(\.[a-z-]{1,8}){0,3}`).Draw(t, "code"),
			Severity:    Severity(rapid.IntRange(0, 2).Draw(t, "severity")),
			RU:          rapid.String().Draw(t, "ru"),
			EN:          rapid.String().Draw(t, "en"),
			Citation:    Citation{Act: rapid.String().Draw(t, "act"), Article: rapid.StringMatching(`[0-9]{0,3}`).Draw(t, "art")},
			Unconfirmed: rapid.Bool().Draw(t, "unconfirmed"),
		}
	})
}

func TestDecisionZeroIsOK(t *testing.T) {
	var d Decision
	assert.True(t, d.OK())
	assert.Equal(t, 0, d.Len())
	assert.Empty(t, d.Violations())
	b, err := json.Marshal(d)
	require.NoError(t, err)
	assert.JSONEq(t, `{"ok":true,"findings":[]}`, string(b))
}

func TestDecisionOKIffNoViolation(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		fs := rapid.SliceOf(genFinding()).Draw(t, "findings")
		d := NewDecision(fs...)
		want := !slices.ContainsFunc(fs, func(f Finding) bool { return f.Severity == Violation })
		if d.OK() != want {
			t.Fatalf("OK() = %v, want %v for %v", d.OK(), want, fs)
		}
		if len(d.Violations()) == 0 != want {
			t.Fatalf("Violations() disagrees with OK()")
		}
	})
}

func TestDecisionIsImmutable(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		fs := rapid.SliceOfN(genFinding(), 1, 5).Draw(t, "findings")
		d := NewDecision(fs...)
		before := d.Findings()
		fs[0].Code = "mutated.input"
		got := d.Findings()
		got[0].Code = "mutated.output"
		_ = d.With(Finding{Code: "added", Severity: Violation})
		_ = d.Merge(NewDecision(Finding{Code: "merged", Severity: Violation}))
		if !slices.Equal(before, d.Findings()) {
			t.Fatalf("decision changed: %v -> %v", before, d.Findings())
		}
	})
}

func TestDecisionMergeKeepsOrder(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := rapid.SliceOf(genFinding()).Draw(t, "a")
		b := rapid.SliceOf(genFinding()).Draw(t, "b")
		m := NewDecision(a...).Merge(NewDecision(b...))
		w := NewDecision(a...).With(b...)
		want := append(slices.Clone(a), b...)
		if !slices.Equal(m.Findings(), want) || !slices.Equal(w.Findings(), want) {
			t.Fatalf("merge lost order or findings")
		}
		if m.OK() != (NewDecision(a...).OK() && NewDecision(b...).OK()) {
			t.Fatalf("merge OK is not the conjunction")
		}
	})
}

func TestDecisionJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		fs := rapid.SliceOf(genFinding()).Draw(t, "findings")
		d := NewDecision(fs...)
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		var back Decision
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		if !slices.Equal(back.Findings(), d.Findings()) || back.OK() != d.OK() {
			t.Fatalf("round trip changed %v into %v", d, back)
		}
	})
}

func TestDecisionJSONRejectsInconsistentOK(t *testing.T) {
	var d Decision
	err := json.Unmarshal([]byte(`{"ok":true,"findings":[{"code":"x","severity":"violation","message_ru":"","message_en":"","citation":{"act":""}}]}`), &d)
	assert.Error(t, err)
	err = json.Unmarshal([]byte(`{"ok":true,"findings":[{"code":"x","severity":"fatal"}]}`), &d)
	assert.Error(t, err)
	// A number is not a severity the package knows unless it is one.
	err = json.Unmarshal([]byte(`{"ok":true,"findings":[{"code":"x","severity":7}]}`), &d)
	assert.Error(t, err)
	// null leaves the decision as it was, as encoding/json does for values.
	d = NewDecision(Finding{Code: "kept", Severity: Violation})
	require.NoError(t, json.Unmarshal([]byte(`null`), &d))
	assert.True(t, d.Has("kept"))
}

func TestDecisionFind(t *testing.T) {
	d := NewDecision(
		Finding{Code: "calendar.deadline.moved", Severity: Info, Citation: cite193},
		Finding{Code: "smo.switch.annual-limit", Severity: Violation},
	)
	f, ok := d.Find("calendar.deadline.moved")
	require.True(t, ok)
	assert.Equal(t, cite193, f.Citation)
	assert.True(t, d.Has("smo.switch.annual-limit"))
	assert.False(t, d.Has("nope"))
	assert.Equal(t, []string{"calendar.deadline.moved", "smo.switch.annual-limit"}, d.Codes())
	assert.False(t, d.OK())
	assert.Equal(t, "NOT OK\n  info calendar.deadline.moved:  (ГК РФ, ст. 193)\n  violation smo.switch.annual-limit: ", d.String())
}

func TestSeverityText(t *testing.T) {
	for _, s := range []Severity{Info, Warning, Violation} {
		b, err := s.MarshalText()
		require.NoError(t, err)
		var back Severity
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, s, back)
		assert.Equal(t, string(b), s.String())
	}
	_, err := Severity(9).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "Severity(9)", Severity(9).String())
}

// TestDecisionAllAndAtAgreeWithFindings checks the copy-free accessors
// against Findings, and that breaking out of All stops it.
func TestDecisionAllAndAtAgreeWithFindings(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		fs := rapid.SliceOf(genFinding()).Draw(t, "findings")
		d := NewDecision(fs...)
		if got := slices.Collect(d.All()); !slices.Equal(got, d.Findings()) {
			t.Fatalf("All() = %v, want %v", got, d.Findings())
		}
		for i, f := range d.Findings() {
			if d.At(i) != f {
				t.Fatalf("At(%d) = %v, want %v", i, d.At(i), f)
			}
		}
		n := 0
		for range d.All() {
			n++
			break
		}
		if n != min(1, len(fs)) {
			t.Fatalf("All() yielded %d findings after break", n)
		}
	})
}

func BenchmarkDecisionRead(b *testing.B) {
	var db DecisionBuilder
	for range 8 {
		db.Add(Finding{Code: "x", Citation: cite193})
	}
	d := db.Decision()
	b.Run("all", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for f := range d.All() {
				_ = f.Citation
			}
		}
	})
	b.Run("findings-copy", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, f := range d.Findings() {
				_ = f.Citation
			}
		}
	})
}
