package smo

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/omsrules/oms"
)

// The JSON form of a registry:
//
//	{
//	  "note": "free text, ignored",
//	  "insurers": [
//	    {"number": "SAMPLE-001", "name": "…", "short_name": "…", "scope": "federal",
//	     "regions": [{"region": "77", "entered": "2011-01-01", "left": "2020-07-01"}]}
//	  ]
//	}
//
// "left" is omitted (or null) while the insurer is on the register.
type jsonRegistry struct {
	Note     string        `json:"note,omitempty"`
	Insurers []jsonInsurer `json:"insurers"`
}

type jsonInsurer struct {
	Number    string         `json:"number"`
	Name      string         `json:"name"`
	ShortName string         `json:"short_name"`
	Scope     string         `json:"scope"`
	Regions   []jsonPresence `json:"regions"`
}

type jsonPresence struct {
	Region  string  `json:"region"`
	Entered string  `json:"entered"`
	Left    *string `json:"left,omitempty"`
}

// LoadJSON reads a registry in the JSON form that MarshalJSON writes:
// an object with "insurers", each with "number", "name", "short_name",
// "scope" ("federal" or "regional") and "regions", a list of stays with
// "region" (two-digit code), "entered" and optionally "left" (YYYY-MM-DD).
// Unknown members are an error, so that a misspelt "left" is not silently
// taken for an insurer still on the register.
//
// Errors are *ParseError values naming the member, such as
// "insurers[2].regions[0].entered", and the line where the reader can tell.
func LoadJSON(r io.Reader) (*Registry, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &ParseError{Format: "json", Err: err}
	}
	return parseJSON(data)
}

func parseJSON(data []byte) (*Registry, error) {
	fail := func(off int64, field string, err error) (*Registry, error) {
		line := 0
		if off >= 0 && off <= int64(len(data)) {
			line = 1 + bytes.Count(data[:off], []byte{'\n'})
		}
		return nil, &ParseError{Format: "json", Line: line, Field: field, Err: err}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var doc jsonRegistry
	if err := dec.Decode(&doc); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			return fail(se.Offset, "", fmt.Errorf("%w: %v", ErrInvalid, se))
		case errors.As(err, &te):
			return fail(te.Offset, te.Field, fmt.Errorf("%w: %s where %s is expected", ErrInvalid, te.Value, te.Type))
		case strings.HasPrefix(err.Error(), "json: unknown field "):
			return fail(dec.InputOffset(), strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`), fmt.Errorf("%w: unknown member", ErrInvalid))
		}
		return fail(dec.InputOffset(), "", fmt.Errorf("%w: %v", ErrInvalid, err))
	}
	if _, err := dec.Token(); err != io.EOF {
		return fail(dec.InputOffset(), "", fmt.Errorf("%w: data after the registry object", ErrInvalid))
	}
	if doc.Insurers == nil {
		return fail(-1, "insurers", fmt.Errorf("%w: missing", ErrInvalid))
	}
	// Offsets of each insurer and each stay, so that errors found after
	// decoding can name their line.
	insSpans := elementSpans(data, 0, "insurers")
	ins := make([]Insurer, 0, len(doc.Insurers))
	for i, ji := range doc.Insurers {
		var sp span
		var regSpans []span
		if i < len(insSpans) {
			sp = insSpans[i]
			regSpans = elementSpans(data[:sp.end], sp.start, "regions")
		} else {
			sp = span{-1, -1}
		}
		in, off, field, err := ji.insurer(fmt.Sprintf("insurers[%d]", i), sp.start, regSpans)
		if err != nil {
			return fail(off, field, err)
		}
		ins = append(ins, in)
	}
	reg, err := NewRegistry(ins...)
	if err != nil {
		return fail(-1, "insurers", err)
	}
	return reg, nil
}

// insurer builds the insurer at path, which starts at offset at of the
// document and whose stays start at regSpans. An error comes with the
// offset and the member to name.
func (ji jsonInsurer) insurer(path string, at int64, regSpans []span) (Insurer, int64, string, error) {
	scope, err := ParseScope(ji.Scope)
	if err != nil {
		return Insurer{}, at, path + ".scope", err
	}
	ps := make([]Presence, 0, len(ji.Regions))
	for k, jp := range ji.Regions {
		regAt := int64(-1)
		if k < len(regSpans) {
			regAt = regSpans[k].start
		}
		p, field, err := jp.presence()
		if err != nil {
			return Insurer{}, regAt, fmt.Sprintf("%s.regions[%d].%s", path, k, field), err
		}
		ps = append(ps, p)
	}
	in, err := NewInsurer(ji.Number, ji.Name, ji.ShortName, scope, ps...)
	if err != nil {
		field := path
		switch {
		case !ValidNumber(ji.Number):
			field += ".number"
		case ji.Name == "" || validName(ji.Name) != nil:
			field += ".name"
		case validName(ji.ShortName) != nil:
			field += ".short_name"
		case errors.Is(err, ErrOverlap):
			field += ".regions"
		}
		return Insurer{}, at, field, err
	}
	return in, at, "", nil
}

// presence builds one stay; an error names its member.
func (jp jsonPresence) presence() (Presence, string, error) {
	reg, err := oms.ParseRegion(jp.Region)
	if err != nil {
		return Presence{}, "region", err
	}
	p := Presence{Region: reg}
	if p.Entered, err = parseDate(jp.Entered); err != nil {
		return Presence{}, "entered", err
	}
	if jp.Left != nil {
		left, err := parseDate(*jp.Left)
		if err != nil {
			return Presence{}, "left", err
		}
		p.Left = oms.SomeDate(left)
	}
	if err := p.validate(); err != nil {
		return Presence{}, "left", err
	}
	return p, "", nil
}

// MarshalJSON encodes the registry in the form LoadJSON reads, insurers in
// order of registry number.
func (r *Registry) MarshalJSON() ([]byte, error) {
	doc := jsonRegistry{Insurers: make([]jsonInsurer, 0, r.Len())}
	for _, in := range r.Insurers() {
		ji := jsonInsurer{Number: in.number, Name: in.name, ShortName: in.short,
			Scope: in.scope.String(), Regions: make([]jsonPresence, 0, len(in.presence))}
		for _, p := range in.presence {
			jp := jsonPresence{Region: p.Region.Code(), Entered: p.Entered.String()}
			if p.Left.IsSet() {
				s := p.Left.String()
				jp.Left = &s
			}
			ji.Regions = append(ji.Regions, jp)
		}
		doc.Insurers = append(doc.Insurers, ji)
	}
	return json.Marshal(doc)
}

// A span is the byte range of one element of a JSON array.
type span struct{ start, end int64 }

// elementSpans finds, in the JSON object that starts at data[base:], the
// array under key and returns the byte ranges of its elements (offsets in
// data). It returns nil if the document does not have that shape; it is
// used only to put line numbers on errors.
func elementSpans(data []byte, base int64, key string) []span {
	dec := json.NewDecoder(bytes.NewReader(data[base:]))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil
	}
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return nil
		}
		if k != key {
			var skip json.RawMessage
			if dec.Decode(&skip) != nil {
				return nil
			}
			continue
		}
		if t, err := dec.Token(); err != nil || t != json.Delim('[') {
			return nil
		}
		var out []span
		for dec.More() {
			start := dec.InputOffset()
			var raw json.RawMessage
			if dec.Decode(&raw) != nil {
				return out
			}
			end := dec.InputOffset()
			// The element starts after the separator and white space.
			for start < end && (data[base+start] == ',' || data[base+start] == ' ' || data[base+start] == '\n' || data[base+start] == '\r' || data[base+start] == '\t') {
				start++
			}
			out = append(out, span{base + start, base + end})
		}
		return out
	}
	return nil
}
