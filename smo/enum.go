package smo

// The package's enumerations name their values in tables beside their
// constants; their String, IsValid, MarshalText and UnmarshalText methods
// and Parse functions are generated into enums_gen.go by internal/gen/enum.
// Names are stable: they are the enumerations' text and JSON.

//go:generate go run github.com/omsrules/oms/internal/gen/enum Scope=scopeNames,err=ErrInvalid Reason=reasonNames,err=ErrInvalid "DeadlineRule=deadlineRuleNames,err=ErrInvalid,kind=deadline rule"
