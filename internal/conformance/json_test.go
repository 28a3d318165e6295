package conformance

import (
	"encoding"
	"encoding/json"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// snake is the form of a JSON name: lower-case words of letters and
// digits joined by underscores.
var snake = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)

// notData reports whether values of ty are not data: functions, channels,
// interfaces. Such types (options, mostly) are not marshalled.
func notData(ty reflect.Type) bool {
	switch ty.Kind() {
	case reflect.Func, reflect.Chan, reflect.Interface, reflect.UnsafePointer:
		return true
	}
	return false
}

var (
	jsonMarshaler = reflect.TypeFor[json.Marshaler]()
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
)

// marshalsItself reports whether ty (or *ty) chooses its own JSON form.
func marshalsItself(ty reflect.Type) bool {
	for _, x := range []reflect.Type{ty, reflect.PointerTo(ty)} {
		if x.Implements(jsonMarshaler) || x.Implements(textMarshaler) {
			return true
		}
	}
	return false
}

// The zero value of every exported type marshals, and what it marshals
// to unmarshals again, so that a struct a caller leaves partly empty can
// be logged, stored and read back.
func TestZeroValuesMarshal(t *testing.T) {
	r := newReporter(t)
	defer r.done()
	for _, p := range packages {
		for _, ty := range p.types {
			if notData(ty) {
				continue
			}
			out, err := json.Marshal(reflect.Zero(ty).Interface())
			if err != nil {
				r.errorf(p.name, "zero %s does not marshal: %v", ty, err)
				continue
			}
			if err := json.Unmarshal(out, reflect.New(ty).Interface()); err != nil {
				r.errorf(p.name, "zero %s marshals to %s, which does not unmarshal: %v", ty, out, err)
			}
			if marshalsItself(ty) {
				// Its tags do not say its names: read them from the output.
				var v any
				if err := json.Unmarshal(out, &v); err == nil {
					if bad := slices.DeleteFunc(objectKeys(v), snake.MatchString); len(bad) > 0 {
						r.errorf(p.name, "zero %s marshals with names not snake_case %q: %s", ty, bad, out)
					}
				}
			}
		}
	}
}

// objectKeys returns every key of every JSON object inside v.
func objectKeys(v any) []string {
	var out []string
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			out = append(out, k)
			out = append(out, objectKeys(e)...)
		}
	case []any:
		for _, e := range x {
			out = append(out, objectKeys(e)...)
		}
	}
	return out
}

// A jsonName is a name in JSON: a field's, or an enumeration value's.
type jsonName struct {
	pkg, where, name string
}

// fieldNames returns the JSON names of the fields of ty and of the types
// it holds, as encoding/json derives them from the struct tags, for the
// types that do not marshal themselves.
func fieldNames(pkg string, ty reflect.Type, seen map[reflect.Type]bool) []jsonName {
	for ty.Kind() == reflect.Pointer || ty.Kind() == reflect.Slice || ty.Kind() == reflect.Array || ty.Kind() == reflect.Map {
		ty = ty.Elem()
	}
	if seen[ty] || ty.Kind() != reflect.Struct || marshalsItself(ty) {
		return nil
	}
	seen[ty] = true
	var out []jsonName
	for i := range ty.NumField() {
		f := ty.Field(i)
		tag := f.Tag.Get("json")
		name, _, _ := strings.Cut(tag, ",")
		if !f.IsExported() && !f.Anonymous || name == "-" && !strings.HasPrefix(tag, "-,") {
			continue
		}
		if f.Anonymous && name == "" {
			out = append(out, fieldNames(pkg, f.Type, seen)...) // promoted fields
			continue
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name // encoding/json's default: the Go name
		}
		out = append(out, jsonName{pkg, ty.Name() + "." + f.Name, name})
		out = append(out, fieldNames(pkg, f.Type, seen)...)
	}
	return out
}

// enumNames returns the names of the values of an enumeration type, or
// nil for another type.
func enumNames(pkg string, ty reflect.Type) []jsonName {
	if _, skip := notEnums[ty]; skip || !isEnum(ty) {
		return nil
	}
	var out []jsonName
	for _, v := range enumValues(ty) {
		b, err := v.Interface().(encoding.TextMarshaler).MarshalText()
		if err == nil && len(b) > 0 {
			out = append(out, jsonName{pkg, ty.Name() + " value", string(b)})
		}
	}
	return out
}

// allNames returns every JSON name of every listed type.
func allNames() []jsonName {
	var out []jsonName
	for _, p := range packages {
		seen := map[reflect.Type]bool{}
		for _, ty := range p.types {
			out = append(out, fieldNames(p.name, ty, seen)...)
			out = append(out, enumNames(p.name, ty)...)
		}
	}
	return out
}

// Every JSON name, of a field or of an enumeration value, is snake_case.
func TestJSONNamesAreSnakeCase(t *testing.T) {
	r := newReporter(t)
	defer r.done()
	for _, n := range allNames() {
		if !snake.MatchString(n.name) {
			r.errorf(n.pkg, "%s is named %q in JSON, not snake_case", n.where, n.name)
		}
	}
}

// concept folds a name to the concept it spells: lower case, without
// separators, so that "working_days", "working_days" and "workingDays"
// are one.
func concept(name string) string {
	return strings.NewReplacer("_", "", "-", "", " ", "").Replace(strings.ToLower(name))
}

// One concept has one spelling across the library: not "working_days" in
// one package and "working_days" in another.
func TestOneSpellingPerConcept(t *testing.T) {
	r := newReporter(t)
	defer r.done()
	spellings := map[string]map[string][]jsonName{}
	for _, n := range allNames() {
		c := concept(n.name)
		if spellings[c] == nil {
			spellings[c] = map[string][]jsonName{}
		}
		spellings[c][n.name] = append(spellings[c][n.name], n)
	}
	concepts := make([]string, 0, len(spellings))
	for c := range spellings {
		concepts = append(concepts, c)
	}
	slices.Sort(concepts)
	for _, c := range concepts {
		if len(spellings[c]) < 2 {
			continue
		}
		var parts []string
		var pkgs []string
		for s, ns := range spellings[c] {
			parts = append(parts, s+" ("+ns[0].pkg+" "+ns[0].where+")")
			for _, n := range ns {
				pkgs = append(pkgs, n.pkg)
			}
		}
		slices.Sort(parts)
		// The problem is the pending package's if one is involved.
		pkg := pkgs[0]
		for _, p := range pkgs {
			if pending[p] {
				pkg = p
			}
		}
		r.errorf(pkg, "one concept, %d spellings: %s", len(parts), strings.Join(parts, ", "))
	}
}
