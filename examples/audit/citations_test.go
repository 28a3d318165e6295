package main

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/omsrules/oms"
)

// TestCitationKeyStable pins the key of a citation: the JSON report's
// keys must be the same in every run and every version of the program
// for the same citation, or reports cannot be joined.
func TestCitationKeyStable(t *testing.T) {
	c := oms.Citation{Act: "326-ФЗ", Article: "10", Title: "Застрахованные лица", URL: "https://zakonrf.info/doc-32037907/gl3-st10/"}
	if got, want := citationKey(c), "ce4f782395469"; got != want {
		t.Errorf("citationKey = %s, want %s", got, want)
	}
	// Text moved from one field to the next is another citation.
	a, b := oms.Citation{Act: "326-ФЗ", Article: "16", Part: "1"}, oms.Citation{Act: "326-ФЗ", Article: "161"}
	if citationKey(a) == citationKey(b) {
		t.Errorf("%v and %v have one key", a, b)
	}
	if e := newCiteTable().get(c); e.key != citationKey(c) || !strings.Contains(string(e.line), `"key":"ce4f782395469","citation":{"act":"326-ФЗ"`) {
		t.Errorf("entry %s: %s", e.key, e.line)
	}
}

// TestMessageTableBounded checks that the message table stops growing at
// maxMessages, so that memory stays flat whatever the input, and that a
// message with a digit is never interned.
func TestMessageTableBounded(t *testing.T) {
	tab := newCiteTable()
	if tab.message("x", "Полис выдан 01.02.2026", "Issued on 2026-02-01") != nil {
		t.Error("a message with a digit is interned")
	}
	letters := func(i int) string { // i written in letters: no digit
		return strings.Map(func(r rune) rune { return 'a' + (r - '0') }, fmt.Sprint(i))
	}
	for i := range maxMessages + 10 {
		e := tab.message("code."+letters(i), "сообщение "+letters(i), "message "+letters(i))
		if (e != nil) != (i < maxMessages) {
			t.Fatalf("message %d: interned %v", i, e != nil)
		}
	}
	if len(tab.messages) != maxMessages || len(tab.byCode) > maxMessages {
		t.Errorf("%d messages, %d codes: the bound is %d", len(tab.messages), len(tab.byCode), maxMessages)
	}
	if e := tab.message("code.a", "сообщение a", "message a"); e == nil || e.ru != "сообщение a" {
		t.Error("an interned message is not found again")
	}
}

// TestFragmentCacheAgrees renders the sample's applications, over and over
// in a shuffled order so that each code's variants churn, through a
// worker's fragment cache and without one: the same bytes and the same
// citation and message entries.
func TestFragmentCacheAgrees(t *testing.T) {
	rs := sampleResults(t)
	rd := &renderer{json: true, table: newCiteTable()}
	w := rd.worker()
	for i := range 20 * len(rs) {
		r := rs[(i*7919)%len(rs)]
		var cached, plain rendered
		w.result(&cached, r)
		rd.result(&plain, r)
		if !bytes.Equal(cached.b, plain.b) {
			t.Fatalf("%s:\ncached: %s\nplain:  %s", r.App.ID, cached.b, plain.b)
		}
		if len(cached.cites) != len(plain.cites) {
			t.Fatalf("%s: %d entries cached, %d plain", r.App.ID, len(cached.cites), len(plain.cites))
		}
		for j := range cached.cites {
			if cached.cites[j] != plain.cites[j] {
				t.Fatalf("%s: entry %d differs", r.App.ID, j)
			}
		}
	}
}
