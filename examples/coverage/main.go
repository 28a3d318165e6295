// Command coverage says whether care for each of a list of ICD-10 codes
// (the main diagnosis) is paid by compulsory medical insurance: under the
// base programme of ОМС of the Programme of State Guarantees in force on a
// date, and under a region's territorial programme, with the reasons —
// the class of section III the code falls in, the exclusions (tuberculosis,
// HIV, sexually transmitted infections, mental disorders: free but paid
// from the region's budget), the doubtful codes the library settles by a
// documented choice, and what the region adds.
//
// Usage:
//
//	go run ./examples/coverage                       # the bundled codes, St Petersburg 2021
//	go run ./examples/coverage K02.1 A15.0 F20.0     # codes from the command line
//	go run ./examples/coverage -date 2026-03-01 -territorial none J18.9
//	go run ./examples/coverage -territorial my-region.json -codes codes.txt
//	go run ./examples/coverage -format json K02.1
//
// Codes are read from the arguments, or from the file given by -codes (one
// per line, text after the code is a note, '#' starts a comment), or, with
// neither, from the bundled testdata/codes.txt. They are parsed by
// program.ParseICD10, which accepts "K02.1", "k021", "К02.1" with a
// Cyrillic letter. The territorial programme is JSON in the program
// package's format (program.LoadTerritorial); the bundled one,
// testdata/territorial-78-2021.json, is St Petersburg's programme for 2021
// as the program package's tests carry it. With -territorial none only the
// base programme is asked. The programme year must match the date's.
//
// Exit status: 0 when every code was read; 1 when some were not ICD-10
// codes (each is reported with its line); 2 for bad flags or files.
package main

import "os"

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }
