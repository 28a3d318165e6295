// Package enum holds the one implementation of the library's enumerations:
// small integer types whose values have stable text names.
//
// A package declares its type, its constants and a table of names indexed
// by value; the generator in internal/gen/enum then writes the type's
// String, IsValid, MarshalText and UnmarshalText methods and its Parse
// function, each a one-line call into a Table. The rules are the same for
// every enumeration in the library:
//
//   - a value with a name in the table is valid; it marshals as its name,
//     and its name parses and unmarshals back to it;
//   - the zero value, when the table gives it no name, means "not set": it
//     is not valid, yet it marshals as empty text and empty text unmarshals
//     to it, so that the zero value of every struct marshals; Parse refuses
//     empty text;
//   - a table may instead make its unnamed zero a valid value, meaning
//     "none" (no service, say): it still marshals as empty text;
//   - any other value is invalid: String writes it as "Type(N)" and
//     MarshalText fails.
package enum

import (
	"fmt"
	"strconv"
	"strings"
)

// An Int is an integer type an enumeration may be built on.
type Int interface {
	~uint8 | ~uint16 | ~uint32 | ~int8 | ~int16 | ~int32 | ~int
}

// A Table names the values of an enumeration type T. Generated code
// declares each table as a composite literal of constants, so that the
// compiler initialises it statically: a package may decode JSON in its
// own initialisation (through UnmarshalText, a call the initialisation
// order of variables does not see) and find the table ready.
//
// A Table is immutable once declared and safe for concurrent use.
type Table[T Int] struct {
	// Pkg is the package, for error messages: "calendar".
	Pkg string
	// Type is the Go type name, for String of invalid values: "DayKind".
	Type string
	// Kind is the type in words, for error messages: "day kind".
	Kind string
	// Names holds the name of each value, "" for a value without one.
	Names []string
	// Wrap points to an error the package wraps its errors of this type
	// in, or is nil.
	Wrap *error
	// ZeroOK makes an unnamed zero valid: a value meaning "none".
	ZeroOK bool
}

// name returns the name of v and whether it has one.
func (t *Table[T]) name(v T) (string, bool) {
	if v < 0 || uint64(v) >= uint64(len(t.Names)) {
		return "", false
	}
	n := t.Names[v]
	return n, n != ""
}

// IsValid reports whether v has a name, or is a valid zero.
func (t *Table[T]) IsValid(v T) bool {
	_, ok := t.name(v)
	return ok || v == 0 && t.ZeroOK
}

// String returns the name of v, "" for a valid unnamed zero, or "Type(N)"
// for a value without a name.
func (t *Table[T]) String(v T) string {
	if n, ok := t.name(v); ok {
		return n
	}
	if v == 0 && t.ZeroOK {
		return ""
	}
	return t.Type + "(" + strconv.FormatInt(int64(v), 10) + ")"
}

// MarshalText returns the name of v; empty text for an unnamed zero value;
// an error for any other value.
func (t *Table[T]) MarshalText(v T) ([]byte, error) {
	if n, ok := t.name(v); ok {
		return []byte(n), nil
	}
	if v == 0 {
		return []byte{}, nil
	}
	return nil, t.errorf("invalid %s %d", t.Kind, int64(v))
}

// UnmarshalText sets *p to the value named text, or to zero for empty
// text when zero has no name.
func (t *Table[T]) UnmarshalText(p *T, text []byte) error {
	if len(text) == 0 {
		if _, ok := t.name(0); !ok {
			*p = 0
			return nil
		}
	}
	v, err := t.Parse(string(text))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// Parse returns the value named s. Names are matched exactly.
func (t *Table[T]) Parse(s string) (T, error) {
	if s != "" {
		for i, n := range t.Names {
			if n == s {
				return T(i), nil
			}
		}
	}
	return 0, t.errorf("unknown %s %q (want %s)", t.Kind, s, t.want())
}

// maxListed is the most names an error message lists.
const maxListed = 8

// want lists the names for an error message: "a, b or c", or the first
// few and "…".
func (t *Table[T]) want() string {
	var names [maxListed + 1]string // the first names, quoted; one more says there are more
	n := 0
	for _, name := range t.Names {
		if name != "" {
			names[n] = strconv.Quote(name)
			if n++; n == len(names) {
				break
			}
		}
	}
	switch {
	case n == 0:
		return "no names"
	case n == 1:
		return names[0]
	case n > maxListed:
		return strings.Join(names[:maxListed], ", ") + ", …"
	}
	return strings.Join(names[:n-1], ", ") + " or " + names[n-1]
}

func (t *Table[T]) errorf(format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	if t.Wrap != nil && *t.Wrap != nil {
		return fmt.Errorf("%w: %s", *t.Wrap, msg)
	}
	return fmt.Errorf("%s: %s", t.Pkg, msg)
}
