package fhir

import (
	"strings"

	"github.com/omsrules/oms/nsi"
)

// Identifier and code systems.
const (
	// SystemOMS is the ЕНП (policy number) as RuCoreIG's NamingSystem
	// spells it; the package emits this form. IsSystemOMS accepts the
	// other two spellings of the guide.
	SystemOMS = "https://fhir.ru/ig/core/systems/oms"
	// SystemSNILS is the СНИЛС in RuCoreIG.
	SystemSNILS = "https://fhir.ru/ig/core/systems/snils"
	// SystemIdentityDocument is an identity document in RuCoreIG; its type
	// is coded in SystemDocTypeMZ.
	SystemIdentityDocument = "https://fhir.ru/ig/core/systems/identity_document"
	// SystemDocTypeMZ is the Ministry's dictionary of identity documents
	// 1.2.643.5.1.13.13.99.2.48 (a passport of a citizen of the RF is 1).
	SystemDocTypeMZ = "urn:oid:" + nsi.OIDDocTypesMZ
	// SystemPolicyTypeMZ is the Ministry's «Типы полисов ОМС»
	// 1.2.643.5.1.13.13.99.2.245 (1 old_style, 2 temporary certificate,
	// 3 uniform), the mirror of F008.
	SystemPolicyTypeMZ = "urn:oid:" + nsi.OIDPolicyTypesMZ
	// SystemFinancingSource is «Источники финансирования»
	// 1.2.643.5.1.13.2.1.1.153, the Coverage.type of RuCoreIG (1 = ОМС).
	SystemFinancingSource = "urn:oid:1.2.643.5.1.13.2.1.1.153"
	// SystemInsurerF002 identifies an insurer by its F002 code (smocod):
	// the register as published in the Ministry's НСИ.
	SystemInsurerF002 = "urn:oid:" + nsi.OIDInsurersF002
	// SystemV2IdentifierType is HL7 v2 table 0203 (SB, PPN, …).
	SystemV2IdentifierType = "http://terminology.hl7.org/CodeSystem/v2-0203"
	// SystemSubscriberRelationship is FHIR's subscriber relationship.
	SystemSubscriberRelationship = "http://terminology.hl7.org/CodeSystem/subscriber-relationship"
	// SystemFinding is the code system of the library's finding codes
	// ("smo.switch.annual-limit", …), named by the documentation of
	// oms.Finding.
	SystemFinding = "https://pkg.go.dev/github.com/omsrules/oms#Finding"
)

// Extensions the package writes.
const (
	// ExtTranslation is FHIR's core translation extension, carrying the
	// English text of a finding on details.text.
	ExtTranslation = "http://hl7.org/fhir/StructureDefinition/translation"
	// ExtCitation carries the provision of law a finding rests on, as
	// oms.Citation.String writes it.
	ExtCitation = "https://pkg.go.dev/github.com/omsrules/oms#Citation"
	// ExtUnconfirmed marks a finding whose rule the library's sources mark
	// as uncertain.
	ExtUnconfirmed = "https://pkg.go.dev/github.com/omsrules/oms#Finding.Unconfirmed"
)

// omsSpellings are the three spellings of the ЕНП system in RuCoreIG
// (standards.md §3.1): the NamingSystem's, Patient's upper-case "OMS" and
// Coverage's "http://".
var omsSpellings = [...]string{
	SystemOMS,
	"https://fhir.ru/ig/core/systems/OMS",
	"http://fhir.ru/ig/core/systems/oms",
}

// IsSystemOMS reports whether system is one of the three spellings of the
// ЕНП system in use: https://…/oms, https://…/OMS and http://…/oms. A
// trailing slash is ignored.
func IsSystemOMS(system string) bool {
	s := strings.TrimSuffix(system, "/")
	for _, sp := range omsSpellings {
		if s == sp {
			return true
		}
	}
	return false
}
