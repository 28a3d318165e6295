package main

import (
	"fmt"
	"go/token"
	"strings"
	"unicode"
)

// A spec is one command-line argument: a type and where its names are.
type spec struct {
	typ     string // Go type name: "DayKind"
	table   string // the table variable: "kindNames"
	field   string // the struct field holding the name, or the index in an array element, or ""
	err     string // the package's error to wrap, or ""
	kind    string // the type in words: "day kind"
	noParse bool
	// zeroValid makes the unnamed zero a valid value meaning "none".
	zeroValid bool
}

// isIndex reports whether s is a decimal index, such as "0".
func isIndex(s string) bool {
	if s == "" || len(s) > 3 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// parseSpec parses "Type=table[.field][,err=ErrX][,kind=words][,noparse][,zerovalid]".
func parseSpec(arg string) (spec, error) {
	head, opts, _ := strings.Cut(arg, ",")
	typ, table, ok := strings.Cut(head, "=")
	if !ok || !token.IsIdentifier(typ) {
		return spec{}, fmt.Errorf("argument %q: want Type=table", arg)
	}
	s := spec{typ: typ}
	s.table, s.field, _ = strings.Cut(table, ".")
	if !token.IsIdentifier(s.table) || (s.field != "" && !token.IsIdentifier(s.field) && !isIndex(s.field)) {
		return spec{}, fmt.Errorf("argument %q: bad table %q", arg, table)
	}
	if opts != "" {
		for _, o := range strings.Split(opts, ",") {
			k, v, _ := strings.Cut(o, "=")
			switch {
			case k == "err" && token.IsIdentifier(v):
				s.err = v
			case k == "kind" && v != "":
				s.kind = v
			case o == "noparse":
				s.noParse = true
			case o == "zerovalid":
				s.zeroValid = true
			default:
				return spec{}, fmt.Errorf("argument %q: unknown option %q", arg, o)
			}
		}
	}
	if s.kind == "" {
		s.kind = words(typ)
	}
	return s, nil
}

// words splits a Go name into lower-case words, keeping acronyms:
// "DutyStatus" → "duty status", "SNILSReading" → "SNILS reading".
func words(name string) string {
	r := []rune(name)
	var parts []string
	start := 0
	for i := 1; i <= len(r); i++ {
		if i < len(r) && !boundary(r, i) {
			continue
		}
		w := string(r[start:i])
		if !isUpperWord(w) || len([]rune(w)) == 1 {
			w = strings.ToLower(w)
		}
		parts = append(parts, w)
		start = i
	}
	return strings.Join(parts, " ")
}

// boundary reports whether a new word starts at r[i].
func boundary(r []rune, i int) bool {
	up := unicode.IsUpper(r[i])
	prevUp := unicode.IsUpper(r[i-1])
	nextLow := i+1 < len(r) && unicode.IsLower(r[i+1])
	return up && (!prevUp || nextLow)
}

func isUpperWord(w string) bool {
	for _, c := range w {
		if !unicode.IsUpper(c) && !unicode.IsDigit(c) {
			return false
		}
	}
	return true
}
