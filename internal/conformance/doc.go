// Package conformance holds the tests that hold every package of the
// library to its one vocabulary: every exported type's zero value
// marshals to JSON, JSON names are snake_case with one spelling per
// concept across packages, and every enumeration round-trips through text
// and JSON by the rules of internal/enum. It has no code of its own
// outside its tests.
//
// The tests list a zero value of every exported type of each package,
// and check the lists against the packages' declarations read with
// go/parser: a new exported type without an entry fails them.
package conformance
