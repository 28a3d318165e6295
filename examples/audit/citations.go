package main

import (
	"encoding/hex"
	"hash/fnv"
	"sync"

	"github.com/omsrules/oms"
)

// A citeTable interns the citations of one run: each distinct citation is
// rendered once (its key, its JSON line, its text form) however many
// findings cite it. It is safe for concurrent use by the workers.
type citeTable struct {
	mu sync.RWMutex
	m  map[oms.Citation]*citeEntry
}

// A citeEntry is one interned citation.
type citeEntry struct {
	// key is the citation's stable id: "c" and the first 12 hex digits of
	// the FNV-1a hash of its fields, so that the same citation has the
	// same key in every run and every file.
	key string
	// text is the citation as the text report writes it: the reference,
	// then its title.
	text string
	// line is its {"type":"citation",…} line of the JSON report.
	line []byte
	// emitted is set by the writer once line is in the report; only the
	// writer's goroutine touches it.
	emitted bool
}

func newCiteTable() *citeTable { return &citeTable{m: map[oms.Citation]*citeEntry{}} }

// get returns the entry of c, making it on first use.
func (t *citeTable) get(c oms.Citation) *citeEntry {
	t.mu.RLock()
	e := t.m[c]
	t.mu.RUnlock()
	if e != nil {
		return e
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if e = t.m[c]; e == nil {
		e = newCiteEntry(c)
		t.m[c] = e
	}
	return e
}

// citationKey is the stable key of c: a hash of all its fields, each
// ended by a NUL (which no field holds), so that no two different
// citations are alike to the hash by moving text between fields.
func citationKey(c oms.Citation) string {
	h := fnv.New64a()
	for _, f := range [...]string{c.Act, c.Article, c.Part, c.Point, c.Title, c.URL} {
		h.Write([]byte(f))
		h.Write([]byte{0})
	}
	sum := h.Sum(nil)
	return "c" + hex.EncodeToString(sum[:6])
}

func newCiteEntry(c oms.Citation) *citeEntry {
	e := &citeEntry{key: citationKey(c)}
	if !c.IsZero() {
		e.text = c.String()
		if c.Title != "" {
			e.text += " — " + c.Title
		}
	}
	b := append([]byte(`{"type":"citation","key":"`), e.key...)
	b = append(b, `","citation":`...)
	b = appendCitation(b, c)
	e.line = append(b, '}', '\n')
	return e
}
