package policy

// The package's enumerations name their values in tables beside their
// constants; their String, IsValid, MarshalText and UnmarshalText methods
// and Parse functions are generated into enums_gen.go by internal/gen/enum.
// Names are stable: they are the enumerations' text and JSON.

//go:generate go run github.com/omsrules/oms/internal/gen/enum "Form=formTable.code,err=ErrUnknownForm,kind=policy form" "Reason=reasonTable.code,err=ErrUnknownReason,kind=re-issue reason" State=stateNames Event=eventNames "EndReason=endNames,kind=end reason"
