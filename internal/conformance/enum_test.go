package conformance

import (
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"pgregory.net/rapid"
)

var (
	stringer      = reflect.TypeFor[interface{ String() string }]()
	validator     = reflect.TypeFor[interface{ IsValid() bool }]()
	textUnmarshal = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// isEnum reports whether ty is an enumeration: an integer type with the
// methods internal/gen/enum writes.
func isEnum(ty reflect.Type) bool {
	switch ty.Kind() {
	case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int:
	default:
		return false
	}
	return ty.Implements(stringer) && ty.Implements(validator) && ty.Implements(textMarshaler) &&
		reflect.PointerTo(ty).Implements(textUnmarshal)
}

// enumMax is the largest value the checks try: every value of a one-byte
// type, and well past the last name of a wider one.
func enumMax(ty reflect.Type) uint64 {
	if ty.Size() == 1 {
		return 255
	}
	return 4095
}

// enumValues returns every value of ty up to enumMax.
func enumValues(ty reflect.Type) []reflect.Value {
	out := make([]reflect.Value, 0, enumMax(ty)+1)
	for i := uint64(0); i <= enumMax(ty); i++ {
		v := reflect.New(ty).Elem()
		if v.CanUint() {
			v.SetUint(i)
		} else {
			v.SetInt(int64(i))
		}
		out = append(out, v)
	}
	return out
}

// enums returns every enumeration type of every package, with its
// package.
func enums() (out []struct {
	pkg string
	ty  reflect.Type
}) {
	for _, p := range packages {
		for _, ty := range p.types {
			if _, skip := notEnums[ty]; !skip && isEnum(ty) {
				out = append(out, struct {
					pkg string
					ty  reflect.Type
				}{p.name, ty})
			}
		}
	}
	return out
}

// checkEnumValue checks the rules of internal/enum for one value: a valid
// value round-trips through its name, text and JSON; the zero value
// without a name marshals as "" and back; any other value does not
// marshal.
func checkEnumValue(v reflect.Value) string {
	ty := v.Type()
	x := v.Interface()
	valid := x.(interface{ IsValid() bool }).IsValid()
	text, err := x.(encoding.TextMarshaler).MarshalText()
	back := reflect.New(ty)
	switch {
	case valid && v.IsZero() && err == nil && len(text) == 0:
		// A zero meaning "none": it marshals as "" and back.
		if s := x.(interface{ String() string }).String(); s != "" {
			return "the zero value, valid and marshalled as \"\", has String " + s
		}
		if err := back.Interface().(encoding.TextUnmarshaler).UnmarshalText(nil); err != nil || !back.Elem().IsZero() {
			return `"" does not unmarshal to the zero value: ` + errString(err)
		}
	case valid:
		if err != nil || len(text) == 0 {
			return "valid but does not marshal: " + errString(err)
		}
		if s := x.(interface{ String() string }).String(); s != string(text) {
			return "String " + s + " differs from its text " + string(text)
		}
		if err := back.Interface().(encoding.TextUnmarshaler).UnmarshalText(text); err != nil || back.Elem().Interface() != x {
			return "text " + string(text) + " does not unmarshal to it: " + errString(err)
		}
		js, err := json.Marshal(x)
		if err != nil {
			return "does not marshal to JSON: " + err.Error()
		}
		back = reflect.New(ty)
		if err := json.Unmarshal(js, back.Interface()); err != nil || back.Elem().Interface() != x {
			return "JSON " + string(js) + " does not unmarshal to it: " + errString(err)
		}
	case v.IsZero():
		if err != nil || len(text) != 0 {
			return "the zero value, not valid, marshals as " + string(text) + ", " + errString(err) + `; want ""`
		}
		back.Elem().Set(reflect.ValueOf(x))
		if err := json.Unmarshal([]byte(`""`), back.Interface()); err != nil || !back.Elem().IsZero() {
			return `"" does not unmarshal to the zero value: ` + errString(err)
		}
	default:
		if err == nil {
			return "invalid but marshals as " + string(text)
		}
		n := fmt.Sprint(v.Interface())
		if want := ty.Name() + "("; !strings.HasPrefix(n, want) {
			return "invalid but String says " + n
		}
	}
	return ""
}

func errString(err error) string {
	if err == nil {
		return "no error"
	}
	return err.Error()
}

// Every value of every enumeration, drawn at random from its whole range,
// keeps the rules: valid values round-trip through text and JSON, the
// unnamed zero marshals as "", invalid values do not marshal.
func TestEnumsProperty(t *testing.T) {
	r := newReporter(t)
	defer r.done()
	for _, e := range enums() {
		failed := ""
		rapid.Check(t, func(rt *rapid.T) {
			n := rapid.Uint64Range(0, enumMax(e.ty)).Draw(rt, "value")
			v := enumValues(e.ty)[n]
			if msg := checkEnumValue(v); msg != "" && failed == "" {
				failed = fmt.Sprintf("%s(%d): %s", e.ty, n, msg)
			}
		})
		if failed != "" {
			r.errorf(e.pkg, "%s", failed)
		}
	}
}

// The same, for every value of every enumeration: the property above
// draws values, this walks them all, so a rule broken by one value is
// found whatever the draws.
func TestEnumsEveryValue(t *testing.T) {
	r := newReporter(t)
	defer r.done()
	for _, e := range enums() {
		for _, v := range enumValues(e.ty) {
			if msg := checkEnumValue(v); msg != "" {
				r.errorf(e.pkg, "%s value %s: %s", e.ty, valueNumber(v), msg)
				break
			}
		}
	}
}

// valueNumber writes the number of an enumeration value.
func valueNumber(v reflect.Value) string {
	if v.CanUint() {
		return fmt.Sprint(v.Uint())
	}
	return fmt.Sprint(v.Int())
}
