// Command enum writes the methods of a package's enumeration types: String,
// IsValid, MarshalText and UnmarshalText, and a function Parse<Type>, each
// a one-line call into internal/enum, with a doc comment that lists the
// type's names.
//
// A package declares each type, its constants and a table of names indexed
// by value, then runs the command once from a go:generate line, naming
// each type and its table:
//
//	//go:generate go run github.com/omsrules/oms/internal/gen/enum DayKind=kindNames Unit=unitNames,err=ErrInvalidPeriod
//
// An argument is Type=table, then options separated by commas:
//
//   - table.field: the table's elements are structs and field holds the
//     name (program's tables also hold Russian and English texts);
//     table.0: the elements are arrays and the name is at index 0;
//   - err=ErrX: errors of the type wrap the package's error ErrX;
//   - kind=words: the type in words for messages, when the split Go name
//     ("day kind" for DayKind) is not right;
//   - noparse: no Parse<Type> function (the package has its own);
//   - zerovalid: the zero value, if the table gives it no name, is a valid
//     value meaning "none" (no service, say), not "not set"; it still
//     marshals as empty text.
//
// The table is a composite literal of an array or slice of strings (or of
// structs), keyed by the type's constants or positional; "" or a missing
// index is a value without a name. The command reads the package with
// go/parser and go/types (without its imports: only the constants matter),
// refuses duplicate or missing names, and writes enums_gen.go, gofmt'd.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("gen/enum: ")
	out := flag.String("o", "enums_gen.go", "output file, in the current directory")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: enum [-o file] Type=table[.field][,err=ErrX][,kind=words][,noparse][,zerovalid] ...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	specs := make([]spec, 0, flag.NArg())
	for _, a := range flag.Args() {
		s, err := parseSpec(a)
		if err != nil {
			log.Fatal(err)
		}
		specs = append(specs, s)
	}
	src, err := generate(".", *out, specs)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
}
