package main

import (
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/internal/msg"
)

// The JSON Lines report is written by hand: encoding/json spends most of a
// run reflecting over the same few types and re-validating the output of
// each MarshalJSON. renderJSON writes exactly what json.Marshal of a
// jsonResult writes (TestRenderJSONMatchesEncodingJSON holds it to that),
// several times faster (BenchmarkRenderJSON).

// jsonSafe marks the ASCII bytes a JSON string holds as they are: all
// printable ASCII but the quote, the backslash and the three that
// encoding/json escapes for HTML (<, > and &).
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// appendJSONString appends s as a JSON string, escaped as encoding/json
// escapes it (with its HTML escaping of <, > and &, U+2028 and U+2029
// escaped, and invalid UTF-8 as U+FFFD). Runs of safe bytes are copied
// whole: safe ASCII, and the two- and three-byte sequences of Cyrillic
// and of punctuation such as «» — and № are checked in place rather than
// decoded rune by rune.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf && jsonSafe[c]:
			i++
			continue
		case c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			i += 2 // Cyrillic, «», and the rest of U+0080–U+07FF
			continue
		case c < utf8.RuneSelf:
			b = append(b, s[start:i]...)
			b = appendEscapedASCII(b, c)
			i++
			start = i
			continue
		}
		if n := validMultibyte(s, i); n > 0 {
			i += n
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', "0123456789abcdef"[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// validMultibyte returns the length of the valid two- or three-byte UTF-8
// sequence at s[i] that needs no escaping, or 0 when the sequence is of
// another kind (four bytes, invalid, U+2028 or U+2029) and must be decoded.
func validMultibyte(s string, i int) int {
	c := s[i]
	switch {
	case c >= 0xC2 && c <= 0xDF:
		if i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			return 2
		}
	case c >= 0xE1 && c <= 0xEC || c == 0xEE || c == 0xEF:
		if i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 &&
			!(c == 0xE2 && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9)) {
			return 3
		}
	}
	return 0
}

// appendEscapedASCII appends the JSON escape of an ASCII byte that is not
// safe as it is.
func appendEscapedASCII(b []byte, c byte) []byte {
	const hex = "0123456789abcdef"
	switch c {
	case '"', '\\':
		return append(b, '\\', c)
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	}
	return append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
}

func appendKey(b []byte, key string) []byte {
	b = append(b, '"')
	b = append(b, key...)
	return append(b, '"', ':')
}

// appendRegion appends the two-digit code of a valid region, as
// oms.Region.Code writes it.
func appendRegion(b []byte, r oms.Region) []byte {
	if !r.IsValid() {
		return append(b, r.Code()...)
	}
	return append(b, byte('0'+r/10), byte('0'+r%10))
}

func appendCitation(b []byte, c oms.Citation) []byte {
	b = append(b, `{"act":`...)
	b = appendJSONString(b, c.Act)
	for _, f := range [...]struct{ key, v string }{
		{"article", c.Article}, {"part", c.Part}, {"point", c.Point}, {"title", c.Title}, {"url", c.URL},
	} {
		if f.v != "" {
			b = append(b, ',')
			b = appendKey(b, f.key)
			b = appendJSONString(b, f.v)
		}
	}
	return append(b, '}')
}

// A jsonWriter renders the JSON line of one application. With a table,
// each citation is written as its key and noted in cites, so that the
// report writer puts the citation's own line first; without, citations are
// written in full where they are used.
type jsonWriter struct {
	b     []byte
	table *citeTable  // nil: citations inline
	local *localCache // the worker's cache in front of table, if any
	cites []*citeEntry
}

// citation writes the "citation" member: the citation in full, or its
// key (none for a finding that cites nothing).
func (w *jsonWriter) citation(c oms.Citation) {
	switch {
	case w.table == nil:
		w.b = append(w.b, `,"citation":`...)
		w.b = appendCitation(w.b, c)
	case !c.IsZero():
		w.citeKey(w.table.get(c))
	}
}

// citeKey writes the "citation" member as the key of e, noting e in cites.
func (w *jsonWriter) citeKey(e *citeEntry) {
	w.cites = append(w.cites, e)
	w.b = append(w.b, `,"citation":"`...)
	w.b = append(w.b, e.key...)
	w.b = append(w.b, '"')
}

// finding writes the JSON object of f: with a worker's cache, as it was
// rendered the last time the same finding came (TestFragmentCacheAgrees;
// BenchmarkRenderJSON, table-local-cache against table).
func (w *jsonWriter) finding(f *oms.Finding) {
	switch {
	case w.local != nil:
		w.cached(f)
	case w.table != nil:
		msg, cite := w.table.message(f.Code, f.RU, f.EN), (*citeEntry)(nil)
		if !f.Citation.IsZero() {
			cite = w.table.get(f.Citation)
		}
		w.renderFinding(f, msg, cite)
		if msg != nil {
			w.cites = append(w.cites, msg)
		}
		if cite != nil {
			w.cites = append(w.cites, cite)
		}
	default:
		w.renderFinding(f, nil, nil)
	}
}

// renderFinding writes the JSON object of f, its message and citation by
// the keys of msg and cite where given (the citation in full without a
// table).
func (w *jsonWriter) renderFinding(f *oms.Finding, msg, cite *citeEntry) {
	w.b = append(w.b, `{"code":`...)
	w.b = appendJSONString(w.b, f.Code)
	w.b = append(w.b, `,"severity":"`...)
	w.b = append(w.b, f.Severity.String()...) // a name of letters only
	w.b = append(w.b, '"')
	if msg != nil {
		w.b = append(w.b, `,"message":"`...)
		w.b = append(w.b, msg.key...)
		w.b = append(w.b, '"')
	} else {
		w.b = append(w.b, `,"message_ru":`...)
		w.b = appendJSONString(w.b, f.RU)
		w.b = append(w.b, `,"message_en":`...)
		w.b = appendJSONString(w.b, f.EN)
	}
	switch {
	case w.table == nil:
		w.b = append(w.b, `,"citation":`...)
		w.b = appendCitation(w.b, f.Citation)
	case cite != nil:
		w.b = append(w.b, `,"citation":"`...)
		w.b = append(w.b, cite.key...)
		w.b = append(w.b, '"')
	}
	if f.Unconfirmed {
		w.b = append(w.b, `,"unconfirmed":true`...)
	}
	w.b = append(w.b, '}')
}

// decision writes a decision as oms.Decision.MarshalJSON does: ok, then
// the findings of all the sections given.
func (w *jsonWriter) decision(ok bool, ss []Section) {
	w.b = append(w.b, `{"ok":`...)
	w.b = strconv.AppendBool(w.b, ok)
	w.b = append(w.b, `,"findings":[`...)
	n := 0
	for _, s := range ss {
		// With a worker's cache, the findings of an area mostly come in
		// the order they came last time: the fragments of that order are
		// tried first, each by a comparison rather than a lookup.
		var seq *[]*fragment
		if w.local != nil {
			seq = w.local.sequence(s.Name)
		}
		j := 0
		for f := range s.Decision.All() {
			if n > 0 {
				w.b = append(w.b, ',')
			}
			if seq == nil {
				w.finding(&f)
			} else {
				w.sequenced(seq, j, &f)
			}
			n++
			j++
		}
		if seq != nil {
			*seq = (*seq)[:j]
		}
	}
	w.b = append(w.b, ']', '}')
}

// sequenced writes f, the j-th finding of an area whose last order of
// fragments is seq, and puts its fragment there.
func (w *jsonWriter) sequenced(seq *[]*fragment, j int, f *oms.Finding) {
	if j < len(*seq) && (*seq)[j].code == f.Code && (*seq)[j].matches(f) {
		fr := (*seq)[j]
		fr.uses++
		w.b = append(w.b, fr.b...)
		w.noteCites(fr)
		return
	}
	fr := w.cached(f)
	if j < len(*seq) {
		(*seq)[j] = fr
	} else {
		*seq = append(*seq, fr)
	}
}

// cached writes f from the worker's cache, rendering it there first if
// need be, and returns its fragment.
func (w *jsonWriter) cached(f *oms.Finding) *fragment {
	fr := w.local.finding(f)
	if len(fr.b) == 0 {
		start := len(w.b)
		w.renderFinding(f, fr.msg, fr.citeE)
		fr.b = append(fr.b, w.b[start:]...)
	} else {
		w.b = append(w.b, fr.b...)
	}
	w.noteCites(fr)
	return fr
}

// noteCites notes the entries fr refers to by key.
func (w *jsonWriter) noteCites(fr *fragment) {
	if fr.msg != nil {
		w.cites = append(w.cites, fr.msg)
	}
	if fr.citeE != nil {
		w.cites = append(w.cites, fr.citeE)
	}
}

func (w *jsonWriter) due(d *Due) {
	w.b = append(w.b, `{"step":`...)
	w.b = appendJSONString(w.b, d.Step)
	w.b = append(w.b, `,"step_ru":`...)
	w.b = appendJSONString(w.b, d.StepRU)
	w.b = append(w.b, `,"from":"`...)
	w.b = msg.AppendDate(w.b, d.From)
	w.b = append(w.b, `","period":`...)
	w.b = appendJSONString(w.b, d.Period)
	w.b = append(w.b, `,"last_day":"`...)
	w.b = msg.AppendDate(w.b, d.Last)
	w.b = append(w.b, `","ends_at":"`...)
	w.b = d.Instant.AppendFormat(w.b, time.RFC3339Nano)
	w.b = append(w.b, '"')
	w.citation(d.Citation)
	w.b = append(w.b, `,"status":`...)
	w.b = appendJSONString(w.b, d.Status)
	if d.Unconfirmed {
		w.b = append(w.b, `,"unconfirmed":true`...)
	}
	w.b = append(w.b, '}')
}

// result writes the JSON line of one application. With a citation table
// the merged "decision" is left out: it repeats every finding of the
// sections, and "pass" and "violations" say what it says.
func (w *jsonWriter) result(r *Result) {
	a := r.App
	w.b = append(w.b, `{"type":"application","id":`...)
	w.b = appendJSONString(w.b, a.ID)
	w.b = append(w.b, `,"line":`...)
	w.b = strconv.AppendInt(w.b, int64(a.Line), 10)
	w.b = append(w.b, `,"date":"`...)
	w.b = msg.AppendDate(w.b, a.Date)
	w.b = append(w.b, `","region":"`...)
	w.b = appendRegion(w.b, a.Region)
	w.b = append(w.b, '"')
	if r.Category != "" {
		w.b = append(w.b, `,"category":`...)
		w.b = appendJSONString(w.b, r.Category)
	}
	w.b = append(w.b, `,"pass":`...)
	w.b = strconv.AppendBool(w.b, r.pass())
	if w.table == nil {
		w.b = append(w.b, `,"decision":`...)
		w.decision(len(r.viol) == 0, r.Sections) // the law's findings alone, as Result.Decision
	}
	w.b = append(w.b, `,"sections":[`...)
	for i := range r.Sections {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.b = append(w.b, `{"area":`...)
		w.b = appendJSONString(w.b, r.Sections[i].Name)
		w.b = append(w.b, `,"decision":`...)
		w.decision(r.Sections[i].Decision.OK(), r.Sections[i:i+1])
		w.b = append(w.b, '}')
	}
	w.b = append(w.b, ']')
	if len(r.Deadlines) > 0 {
		w.b = append(w.b, `,"deadlines":[`...)
		for i := range r.Deadlines {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.due(&r.Deadlines[i])
		}
		w.b = append(w.b, ']')
	}
	if v := r.violations(); len(v) > 0 {
		w.b = append(w.b, `,"violations":[`...)
		for i, c := range v {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.b = appendJSONString(w.b, c)
		}
		w.b = append(w.b, ']')
	}
	if len(r.Problems) > 0 {
		w.problems(r.Problems)
	}
	w.b = append(w.b, '}', '\n')
}

// problems writes the "problems" member: the problems of the audit, as
// encoding/json writes a []Problem.
func (w *jsonWriter) problems(ps []Problem) {
	w.b = append(w.b, `,"problems":[`...)
	for i, p := range ps {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.b = append(w.b, `{"kind":`...)
		w.b = appendJSONString(w.b, string(p.Kind))
		w.b = append(w.b, `,"area":`...)
		w.b = appendJSONString(w.b, p.Area)
		w.b = append(w.b, `,"message_ru":`...)
		w.b = appendJSONString(w.b, p.RU)
		w.b = append(w.b, `,"message_en":`...)
		w.b = appendJSONString(w.b, p.EN)
		w.b = append(w.b, '}')
	}
	w.b = append(w.b, ']')
}

// renderJSON writes the JSON line of one application with its citations
// in full: the line encoding/json writes of a jsonResult.
func renderJSON(b []byte, r *Result) []byte {
	w := jsonWriter{b: b}
	w.result(r)
	return w.b
}
