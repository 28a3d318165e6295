package fhir

import (
	"fmt"

	"github.com/omsrules/oms/eligibility"
	"github.com/omsrules/oms/nsi"
	"github.com/omsrules/oms/policy"
	"github.com/rickb777/date"
)

// Patient is a FHIR R4 Patient with the members this package fills.
type Patient struct {
	ResourceType string       `json:"resourceType"`
	Identifier   []Identifier `json:"identifier,omitempty"`
	Gender       string       `json:"gender,omitempty"`
	BirthDate    string       `json:"birthDate,omitempty"`
}

// A Person is what NewPatient renders. Zero members are left out.
type Person struct {
	SNILS    eligibility.SNILS
	ENP      policy.ENP
	Passport eligibility.Passport
	// Sex is the V005 code (nsi.V005Male, nsi.V005Female), 0 if unknown.
	Sex int
	// Born is the date of birth, when HasBorn.
	Born    date.Date
	HasBorn bool
}

// NewPatient renders a person's identifiers (СНИЛС, ЕНП, passport, in the
// systems of RuCoreIG's Core_Patient), sex and date of birth as a
// Patient. A V005 code other than 0, 1 and 2 is an error wrapping ErrInput.
func NewPatient(p Person) (Patient, error) {
	out := Patient{ResourceType: "Patient"}
	if p.SNILS.IsValid() {
		out.Identifier = append(out.Identifier, SNILSIdentifier(p.SNILS))
	}
	if !p.ENP.IsZero() {
		out.Identifier = append(out.Identifier, ENPIdentifier(p.ENP))
	}
	if p.Passport.IsValid() {
		out.Identifier = append(out.Identifier, PassportIdentifier(p.Passport))
	}
	if p.Sex != 0 {
		g, err := nsi.FHIRGender(p.Sex)
		if err != nil {
			return Patient{}, fmt.Errorf("%w: sex: %v", ErrInput, err)
		}
		out.Gender = g
	}
	if p.HasBorn {
		out.BirthDate = p.Born.String()
	}
	return out, nil
}

// ENP returns the ЕНП of a Coverage read from a FHIR client: the first
// identifier in any of the three spellings of the ЕНП system, else the
// subscriberId. The number must have a valid check digit.
func (c Coverage) ENP() (policy.ENP, error) {
	for _, id := range c.Identifier {
		if IsSystemOMS(id.System) {
			return policy.ParseENP(id.Value)
		}
	}
	if c.SubscriberID != "" {
		return policy.ParseENP(c.SubscriberID)
	}
	return policy.ENP{}, fmt.Errorf("%w: the Coverage has no ЕНП identifier", ErrInput)
}
