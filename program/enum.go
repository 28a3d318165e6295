package program

// The package's enumerations name their values in tables beside their
// constants (with their Russian and English texts); their String, IsValid,
// MarshalText and UnmarshalText methods and Parse functions are generated
// by internal/gen/enum: into enums_gen.go for the programme's, and into
// access_enums_gen.go for those of access to care. Names are stable: they are the
// enumerations' text and JSON.

//go:generate go run github.com/omsrules/oms/internal/gen/enum Activity=activityTable.key "CareType=careTypeNames.key,kind=care type" Funding=fundingNames.key "CareKind=kindTable.key,kind=care kind" Condition=conditionNames.key "Form=formNames.key,kind=care form" Class=classTable.key Exclusion=exclusionNames.key "NormItem=normItemTable.key,kind=norm item" "WaitUnit=waitUnitNames.key,kind=wait unit" "Event=eventNames.key,kind=waiting event" "WaitKind=waitKindNames.key,kind=wait kind" "FactorsRule=factorsRuleNames,kind=factors rule"
//go:generate go run github.com/omsrules/oms/internal/gen/enum -o access_enums_gen.go "ComplaintAddressee=addresseeNames,kind=complaint addressee" Suspicion=suspicionNames "VisitDocument=visitDocumentNames,kind=visit document" "ChoiceSubject=choiceSubjectNames,kind=choice subject" "ChoiceGround=choiceGroundNames,kind=choice ground" "DoctorKind=doctorKindNames,kind=doctor kind" "DoctorConsent=doctorConsentNames,kind=doctor consent" "ApplicationChannel=channelNames,kind=application channel" "ScopeExclusion=scopeNames,kind=scope exclusion" "RefusalGround=refusalNames,kind=refusal ground" "YearSpan=yearSpanNames,kind=year span"
