package fhir

// Coding is a FHIR Coding.
type Coding struct {
	System  string `json:"system,omitempty"`
	Code    string `json:"code,omitempty"`
	Display string `json:"display,omitempty"`
}

// CodeableConcept is a FHIR CodeableConcept. TextExt holds the extensions
// of the text element (FHIR's "_text"), where the translation goes.
type CodeableConcept struct {
	Coding  []Coding          `json:"coding,omitempty"`
	Text    string            `json:"text,omitempty"`
	TextExt *ElementExtension `json:"_text,omitempty"`
}

// ElementExtension is the extension part of a primitive element.
type ElementExtension struct {
	Extension []Extension `json:"extension"`
}

// Extension is a FHIR Extension with the value types this package uses.
type Extension struct {
	URL          string      `json:"url"`
	ValueString  string      `json:"valueString,omitempty"`
	ValueCode    string      `json:"valueCode,omitempty"`
	ValueURI     string      `json:"valueUri,omitempty"`
	ValueBoolean *bool       `json:"valueBoolean,omitempty"`
	Extension    []Extension `json:"extension,omitempty"`
}

// Identifier is a FHIR Identifier.
type Identifier struct {
	Use      string           `json:"use,omitempty"`
	Type     *CodeableConcept `json:"type,omitempty"`
	System   string           `json:"system,omitempty"`
	Value    string           `json:"value,omitempty"`
	Period   *Period          `json:"period,omitempty"`
	Assigner *Reference       `json:"assigner,omitempty"`
}

// Reference is a FHIR Reference.
type Reference struct {
	Reference  string      `json:"reference,omitempty"`
	Identifier *Identifier `json:"identifier,omitempty"`
	Display    string      `json:"display,omitempty"`
}

// Period is a FHIR Period of days (YYYY-MM-DD).
type Period struct {
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
}

// OperationOutcome is a FHIR OperationOutcome.
type OperationOutcome struct {
	ResourceType string  `json:"resourceType"`
	Issue        []Issue `json:"issue"`
}

// Issue is an OperationOutcome.issue.
type Issue struct {
	Extension   []Extension      `json:"extension,omitempty"`
	Severity    string           `json:"severity"`
	Code        string           `json:"code"`
	Details     *CodeableConcept `json:"details,omitempty"`
	Diagnostics string           `json:"diagnostics,omitempty"`
}

// Coverage is a FHIR R4 Coverage.
type Coverage struct {
	ResourceType string           `json:"resourceType"`
	Identifier   []Identifier     `json:"identifier,omitempty"`
	Status       string           `json:"status"`
	Type         *CodeableConcept `json:"type,omitempty"`
	SubscriberID string           `json:"subscriberId,omitempty"`
	Beneficiary  Reference        `json:"beneficiary"`
	Relationship *CodeableConcept `json:"relationship,omitempty"`
	Period       *Period          `json:"period,omitempty"`
	Payor        []Reference      `json:"payor"`
}
