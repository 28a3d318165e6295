package main

import (
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/omsrules/oms"
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
		if c < utf8.RuneSelf {
			if jsonSafe[c] {
				i++
				continue
			}
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

func appendFinding(b []byte, f *oms.Finding) []byte {
	b = append(b, `{"code":`...)
	b = appendJSONString(b, f.Code)
	b = append(b, `,"severity":`...)
	b = appendJSONString(b, f.Severity.String())
	b = append(b, `,"message_ru":`...)
	b = appendJSONString(b, f.RU)
	b = append(b, `,"message_en":`...)
	b = appendJSONString(b, f.EN)
	b = append(b, `,"citation":`...)
	b = appendCitation(b, f.Citation)
	if f.Unconfirmed {
		b = append(b, `,"unconfirmed":true`...)
	}
	return append(b, '}')
}

// appendDecision writes a decision with findings fs as
// oms.Decision.MarshalJSON does.
func appendDecision(b []byte, ok bool, fs []oms.Finding) []byte {
	b = append(b, `{"ok":`...)
	b = strconv.AppendBool(b, ok)
	b = append(b, `,"findings":[`...)
	for i := range fs {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendFinding(b, &fs[i])
	}
	return append(b, ']', '}')
}

// appendSections writes the decision that merges the sections'.
func appendSections(b []byte, ok bool, ss []Section) []byte {
	b = append(b, `{"ok":`...)
	b = strconv.AppendBool(b, ok)
	b = append(b, `,"findings":[`...)
	n := 0
	for _, s := range ss {
		fs := s.findings
		for i := range fs {
			if n > 0 {
				b = append(b, ',')
			}
			b = appendFinding(b, &fs[i])
			n++
		}
	}
	return append(b, ']', '}')
}

func appendDue(b []byte, d *Due) []byte {
	b = append(b, `{"step":`...)
	b = appendJSONString(b, d.Step)
	b = append(b, `,"step_ru":`...)
	b = appendJSONString(b, d.StepRU)
	b = append(b, `,"from":"`...)
	b = append(b, d.From.String()...)
	b = append(b, `","period":`...)
	b = appendJSONString(b, d.Period)
	b = append(b, `,"last_day":"`...)
	b = append(b, d.Last.String()...)
	b = append(b, `","ends_at":"`...)
	b = d.Instant.AppendFormat(b, time.RFC3339Nano)
	b = append(b, `","citation":`...)
	b = appendCitation(b, d.Citation)
	b = append(b, `,"status":`...)
	b = appendJSONString(b, d.Status)
	if d.Unconfirmed {
		b = append(b, `,"unconfirmed":true`...)
	}
	return append(b, '}')
}

// renderJSON writes the JSON line of one application.
func renderJSON(b []byte, r *Result) []byte {
	a := r.App
	b = append(b, `{"type":"application","id":`...)
	b = appendJSONString(b, a.ID)
	b = append(b, `,"line":`...)
	b = strconv.AppendInt(b, int64(a.Line), 10)
	b = append(b, `,"date":"`...)
	b = append(b, a.Date.String()...)
	b = append(b, `","region":"`...)
	b = append(b, a.Region.Code()...)
	b = append(b, '"')
	if r.Category != "" {
		b = append(b, `,"category":`...)
		b = appendJSONString(b, r.Category)
	}
	b = append(b, `,"pass":`...)
	b = strconv.AppendBool(b, r.pass())
	b = append(b, `,"decision":`...)
	b = appendSections(b, r.pass(), r.Sections)
	b = append(b, `,"sections":[`...)
	for i, s := range r.Sections {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"area":`...)
		b = appendJSONString(b, s.Name)
		b = append(b, `,"decision":`...)
		b = appendDecision(b, s.Decision.OK(), s.findings)
		b = append(b, '}')
	}
	b = append(b, ']')
	if len(r.Deadlines) > 0 {
		b = append(b, `,"deadlines":[`...)
		for i := range r.Deadlines {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendDue(b, &r.Deadlines[i])
		}
		b = append(b, ']')
	}
	if v := r.violations(); len(v) > 0 {
		b = append(b, `,"violations":[`...)
		for i, c := range v {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, c)
		}
		b = append(b, ']')
	}
	return append(b, '}', '\n')
}
