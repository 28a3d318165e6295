// Package fhir renders the library's decisions and ОМС policies as HL7
// FHIR R4 JSON, in the identifier systems of the Russian core guide
// (RuCoreIG, HL7 FHIR Россия) and the code systems of the Ministry of
// Health's НСИ:
//
//   - an oms.Decision as an OperationOutcome (NewOperationOutcome),
//   - a policy with its insurer as a Coverage (NewCoverage),
//   - a person's СНИЛС, ЕНП and passport as Patient identifiers
//     (SNILSIdentifier, ENPIdentifier, PassportIdentifier) and, with sex
//     (V005) and birth date, a Patient (NewPatient).
//
// On input, Coverage.ENP and ParseENPIdentifier accept the three spellings
// of the ЕНП system found in RuCoreIG (IsSystemOMS).
//
// The structs are small and hand-written over encoding/json: the package
// depends on no FHIR model library. Member names are FHIR's own
// (camelCase, "resourceType"), not the snake_case of the rest of the
// library: a FHIR client accepts no other.
//
// RuCoreIG is written for FHIR R5; this package emits R4 (the version of
// the deployed regional services and of the model libraries its tests
// check against), so Coverage carries no R5 "kind".
//
// WantsFHIR and WriteOperationOutcome let an HTTP handler answer in FHIR
// when the client asks for application/fhir+json.
package fhir
