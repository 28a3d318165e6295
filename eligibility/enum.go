package eligibility

// The package's enumerations name their values in tables beside their
// constants; their String, IsValid, MarshalText and UnmarshalText methods
// and Parse functions are generated into enums_gen.go by internal/gen/enum.
// Names are stable: they are the enumerations' text and JSON.

//go:generate go run github.com/omsrules/oms/internal/gen/enum Role=roleText LeapDayRule=leapDayText Category=categoryTable.code,err=ErrUnknownCategory DocumentKind=documentKindInfo.0 Party=partyText Need=needText Citizenship=citizenshipText Residence=residenceText,zerovalid RefugeeStatus=refugeeText,zerovalid Service=serviceText,zerovalid HQSExclusion=hqsText SNILSReading=snilsReadingText
