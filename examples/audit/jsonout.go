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

// appendJSONString appends s as a JSON string, escaped as encoding/json
// escapes it (with its HTML escaping of <, > and &, and invalid UTF-8 as
// U+FFFD).
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
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
