package main

import (
	"encoding/hex"
	"hash/fnv"
	"sync"

	"github.com/omsrules/oms"
)

// A citeTable interns the citations of one run, and the messages that are
// the same for every application: each is rendered once (its key, its
// JSON line, a citation's text form) however many findings use it. It is
// safe for concurrent use by the workers.
type citeTable struct {
	mu       sync.RWMutex
	m        map[oms.Citation]*citeEntry
	messages map[[2]string]*citeEntry // by the Russian and English text
	// byCode is the first message interned for a finding's code: most codes
	// always have the same message, and comparing it is cheaper than
	// hashing the texts.
	byCode map[string]*citeEntry
}

// maxMessages bounds the interned messages, so that memory stays flat
// whatever the input; past it, messages are written in full. Only a
// message with no digit is interned (one with a date or a number is
// seldom repeated), and the library's templates make a few hundred; an
// input that reached the bound (error texts quoting odd input, say) would
// have its report's form, not its content, depend on the order the
// workers met the messages in.
const maxMessages = 1 << 14

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
	// ru and en are the texts of a message.
	ru, en string
}

func newCiteTable() *citeTable {
	return &citeTable{m: map[oms.Citation]*citeEntry{}, messages: map[[2]string]*citeEntry{}, byCode: map[string]*citeEntry{}}
}

// message returns the entry of the message (ru, en) of a finding with
// the given code, or nil when the message is written in full: it has a
// digit, or the table is full.
func (t *citeTable) message(code, ru, en string) *citeEntry {
	t.mu.RLock()
	e := t.byCode[code]
	t.mu.RUnlock()
	if e != nil && e.ru == ru && e.en == en {
		return e
	}
	if hasDigit(ru) || hasDigit(en) {
		return nil
	}
	k := [2]string{ru, en}
	t.mu.RLock()
	e, n := t.messages[k], len(t.messages)
	t.mu.RUnlock()
	if e == nil && n >= maxMessages {
		return nil
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if e = t.messages[k]; e == nil && len(t.messages) < maxMessages {
		e = newMessageEntry(ru, en)
		t.messages[k] = e
	}
	if _, ok := t.byCode[code]; !ok && e != nil && len(t.byCode) < maxMessages {
		t.byCode[code] = e // the first message only: no lock taken over and again
	}
	return e
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

func newMessageEntry(ru, en string) *citeEntry {
	e := &citeEntry{key: "m" + hashKey(ru, en), ru: ru, en: en}
	b := append([]byte(`{"type":"message","key":"`), e.key...)
	b = append(b, `","message_ru":`...)
	b = appendJSONString(b, ru)
	b = append(b, `,"message_en":`...)
	b = appendJSONString(b, en)
	e.line = append(b, '}', '\n')
	return e
}

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
	return "c" + hashKey(c.Act, c.Article, c.Part, c.Point, c.Title, c.URL)
}

// hashKey is the first 12 hex digits of the FNV-1a hash of the texts.
func hashKey(texts ...string) string {
	h := fnv.New64a()
	for _, f := range texts {
		h.Write([]byte(f))
		h.Write([]byte{0})
	}
	sum := h.Sum(nil)
	return hex.EncodeToString(sum[:6])
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

// A localCache is one worker's cache in front of a citeTable: by a
// finding's code, the last few variants of the finding it came with (its
// message, citation, severity and mark), each with its message's and
// citation's entries and its JSON object as rendered. Most findings repeat
// one of the last few of their code byte for byte, and comparing them
// (strings of the library's own tables, often equal by pointer) is cheaper
// than hashing them under the table's lock and escaping them again. Not
// safe for concurrent use.
type localCache struct {
	table  *citeTable
	byCode map[string]*codeCache
	// sequences are, by area, the fragments of the findings the area had
	// last, in order; a worker meets a few areas only.
	sequences []areaSequence
}

type areaSequence struct {
	area string
	frs  []*fragment
}

// sequence returns the last order of fragments of area.
func (l *localCache) sequence(area string) *[]*fragment {
	for i := range l.sequences {
		if l.sequences[i].area == area {
			return &l.sequences[i].frs
		}
	}
	if len(l.sequences) == cap(l.sequences) {
		return nil // not an area of the audit's; not kept
	}
	l.sequences = append(l.sequences, areaSequence{area: area})
	return &l.sequences[len(l.sequences)-1].frs
}

// fragVariants is how many variants of a finding a worker keeps per code:
// a code's message varies with a few categories, reasons and citations.
// A miss replaces the variant used least lately, so that a message with a
// date in it, new each time, displaces only its like.
const fragVariants = 8

type codeCache struct {
	variants [fragVariants]fragment
	misses   int // since the uses were last aged
}

// victim returns the variant a miss replaces: the one used least, the
// uses halved every few misses so that the counts follow the input.
func (cc *codeCache) victim() *fragment {
	if cc.misses++; cc.misses == 2*fragVariants {
		cc.misses = 0
		for i := range cc.variants {
			cc.variants[i].uses /= 2
		}
	}
	v := &cc.variants[0]
	for i := 1; i < fragVariants && v.uses > 0; i++ {
		if cc.variants[i].uses < v.uses {
			v = &cc.variants[i]
		}
	}
	return v
}

// A fragment is one variant of a finding and its JSON object.
type fragment struct {
	code   string
	ru, en string
	cite   oms.Citation
	sev    oms.Severity
	unconf bool
	msg    *citeEntry // nil: the message is written in full
	citeE  *citeEntry // nil: the finding cites nothing
	b      []byte     // the JSON object; empty until rendered
	uses   uint32     // times it was written, aged by codeCache.victim
}

func (fr *fragment) matches(f *oms.Finding) bool {
	return len(fr.b) > 0 && fr.sev == f.Severity && fr.unconf == f.Unconfirmed &&
		fr.ru == f.RU && fr.en == f.EN && fr.cite == f.Citation
}

func newLocalCache(t *citeTable) *localCache {
	// sequences never grows past its capacity, so the pointers sequence
	// returns stay good.
	return &localCache{table: t, byCode: map[string]*codeCache{}, sequences: make([]areaSequence, 0, 16)}
}

// finding returns the fragment of f: a cached one with its JSON object
// (len(b) > 0), or a new one with the entries of f's message and citation
// and an empty b, for the caller to render f into.
func (l *localCache) finding(f *oms.Finding) *fragment {
	cc := l.byCode[f.Code]
	if cc != nil {
		for i := range cc.variants {
			if fr := &cc.variants[i]; fr.matches(f) {
				fr.uses++
				return fr
			}
		}
	}
	var fr *fragment
	switch {
	case cc != nil:
		fr = cc.victim()
	case len(l.byCode) < maxMessages:
		cc = &codeCache{}
		l.byCode[f.Code] = cc
		fr = &cc.variants[0]
	default:
		fr = new(fragment) // the cache is full: not kept
	}
	*fr = fragment{code: f.Code, ru: f.RU, en: f.EN, cite: f.Citation, sev: f.Severity, unconf: f.Unconfirmed,
		msg: l.message(f), citeE: l.citationOf(cc, f.Citation), b: fr.b[:0]}
	return fr
}

// citationOf is the entry of citation c of a finding whose code has the
// cache cc: that of a variant with the same citation (a message with a
// date in it varies, its citation seldom), else the table's.
func (l *localCache) citationOf(cc *codeCache, c oms.Citation) *citeEntry {
	if cc != nil {
		for i := range cc.variants {
			if v := &cc.variants[i]; v.citeE != nil && v.cite == c {
				return v.citeE
			}
		}
	}
	return l.citation(c)
}

// message is the table's entry of f's message; a message with a digit,
// never interned, is told without the table's lock.
func (l *localCache) message(f *oms.Finding) *citeEntry {
	if hasDigit(f.RU) || hasDigit(f.EN) {
		return nil
	}
	return l.table.message(f.Code, f.RU, f.EN)
}

func (l *localCache) citation(c oms.Citation) *citeEntry {
	if c.IsZero() {
		return nil
	}
	return l.table.get(c)
}
