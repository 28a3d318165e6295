package oms

import (
	"encoding/json"
	"slices"
	"testing"
)

// Whatever ParseRegion accepts is a valid region whose code parses back to
// it; nothing panics.
func FuzzParseRegion(f *testing.F) {
	for _, s := range []string{"77", "7", "07", "RU-MOW", "ru-ta", " 91 ", "96", "", "RU-", "UA-43", "0", "-1", "1e2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRegion(s)
		if err != nil {
			return
		}
		if !r.IsValid() {
			t.Fatalf("ParseRegion(%q) = invalid %d", s, uint8(r))
		}
		back, err := ParseRegion(r.String())
		if err != nil || back != r {
			t.Fatalf("ParseRegion(%q) = %v, but its String %q parses to %v, %v", s, r, r.String(), back, err)
		}
	})
}

// A decision decoded from any JSON encodes back to JSON that decodes to the
// same decision; nothing panics.
func FuzzDecisionJSON(f *testing.F) {
	f.Add(`{"ok":true,"findings":[]}`)
	f.Add(`{"ok":false,"findings":[{"code":"a.b","severity":"violation","message_ru":"р","message_en":"e","citation":{"act":"326-ФЗ","article":"16"},"unconfirmed":true}]}`)
	f.Add(`{"ok":true,"findings":[{"code":"x","severity":"warning"}]}`)
	f.Add(`null`)
	f.Add(`{"findings":[{"severity":7}]}`)
	f.Add(`{"ok":true,"findings":[{"severity":7}]}`)
	f.Fuzz(func(t *testing.T, s string) {
		var d Decision
		if err := json.Unmarshal([]byte(s), &d); err != nil {
			return
		}
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatalf("re-encoding %q: %v", s, err)
		}
		var back Decision
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("decoding our own %s: %v", b, err)
		}
		if !slices.Equal(back.Findings(), d.Findings()) {
			t.Fatalf("round trip changed the findings: %s", b)
		}
	})
}
