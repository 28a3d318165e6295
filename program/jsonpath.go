package program

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// decodeStrict decodes one JSON value of data into v, refusing unknown
// fields and trailing data. Its errors name the JSON path of the field at
// fault, such as "waiting_times[3].limit", through mk.
func decodeStrict(data []byte, v any, mk func(field, reason string, err error) error) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var te *json.UnmarshalTypeError
		var se *json.SyntaxError
		switch {
		case errors.As(err, &te):
			return mk(pathAtOffset(data, te.Offset), "expected "+jsonKind(te.Type)+", got JSON "+te.Value, err)
		case errors.As(err, &se):
			return mk("(document)", "JSON syntax error at byte "+strconv.FormatInt(se.Offset, 10)+": "+se.Error(), err)
		}
		if name, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
			path := pathKey(strings.Trim(name, `"`))
			var generic any
			if json.Unmarshal(data, &generic) == nil {
				if p, found := unknownField(generic, reflect.TypeOf(v).Elem(), ""); found {
					path = p
				}
			}
			return mk(path, "unknown field", err)
		}
		return mk("(document)", err.Error(), err)
	}
	if dec.More() {
		return mk("(document)", "more than one JSON value", nil)
	}
	return nil
}

// pathKey writes a key of a JSON path: as it is, or quoted when it is
// empty or holds characters of a path.
func pathKey(k string) string {
	if k == "" || strings.ContainsAny(k, ".[]\" \t\n") {
		return strconv.Quote(k)
	}
	return k
}

// jsonKind names what a Go type takes in JSON.
func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "an integer"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct, reflect.Map:
		return "an object"
	}
	return t.String()
}

// pathAtOffset returns the JSON path of the innermost value that starts
// before byte offset off of data and is still open there, or ends there:
// the value encoding/json reports a type error for, whose offset is where
// the decoder stopped reading it.
func pathAtOffset(data []byte, off int64) string {
	type frame struct {
		array   bool
		index   int    // current element of an array
		key     string // current key of an object
		wantKey bool   // an object expects a key (or its end) next
	}
	var stack []frame
	path := func() string {
		var b strings.Builder
		for i, f := range stack {
			switch {
			case f.array:
				b.WriteString("[" + strconv.Itoa(f.index) + "]")
			case i > 0:
				b.WriteString("." + pathKey(f.key))
			default:
				b.WriteString(pathKey(f.key))
			}
		}
		return b.String()
	}
	valueDone := func() {
		if n := len(stack); n > 0 && !stack[n-1].array {
			stack[n-1].wantKey = true
		}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	best := "(document)"
	for {
		start := dec.InputOffset()
		tok, err := dec.Token()
		if err != nil || start >= off {
			return best
		}
		n := len(stack)
		if n > 0 && stack[n-1].wantKey {
			if k, ok := tok.(string); ok {
				stack[n-1].key, stack[n-1].wantKey = k, false
				continue
			}
		}
		if tok == json.Delim('}') || tok == json.Delim(']') {
			stack = stack[:n-1]
			valueDone()
			continue
		}
		if n > 0 {
			if stack[n-1].array {
				stack[n-1].index++
			}
			best = path()
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, frame{wantKey: true})
		case json.Delim('['):
			stack = append(stack, frame{array: true, index: -1})
		default:
			valueDone()
		}
	}
}

// unknownField finds the first key of the decoded JSON value v that the Go
// type t has no field for, and returns its path.
func unknownField(v any, t reflect.Type, path string) (string, bool) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == reflect.TypeFor[json.RawMessage]() {
		return "", false
	}
	switch x := v.(type) {
	case map[string]any:
		if t.Kind() != reflect.Struct {
			return "", false
		}
		fields := jsonFields(t)
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			p := pathKey(k)
			if path != "" {
				p = path + "." + pathKey(k)
			}
			ft, ok := fields[k]
			if !ok {
				return p, true
			}
			if q, found := unknownField(x[k], ft, p); found {
				return q, true
			}
		}
	case []any:
		if t.Kind() != reflect.Slice && t.Kind() != reflect.Array {
			return "", false
		}
		for i, e := range x {
			if q, found := unknownField(e, t.Elem(), path+"["+strconv.Itoa(i)+"]"); found {
				return q, true
			}
		}
	}
	return "", false
}

// jsonFields maps the JSON names of a struct's fields, embedded ones
// included, to their types.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			for k, v := range jsonFields(f.Type) {
				out[k] = v
			}
			continue
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		out[name] = f.Type
	}
	return out
}
