package eligibility

import (
	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

// A Person holds the facts about a person that decide whether the person
// is insured under ОМС and in which Category. Assess reads it.
//
// Dates use github.com/rickb777/date, whose zero value is a real day
// (1970-01-01); the optional day of registration is an oms.OptionalDate.
type Person struct {
	// BirthDate is the date of birth. Required.
	BirthDate date.Date `json:"birth_date"`
	// BirthRegistration is the date of the state registration of birth, if
	// known. It decides how long a newborn is insured by the insurer of the
	// mother (326-ФЗ art. 16 part 3; see NewbornCover).
	BirthRegistration oms.OptionalDate `json:"birth_registration,omitzero"`

	// Citizenship is the person's citizenship. Required.
	Citizenship Citizenship `json:"citizenship"`
	// Country is the ISO 3166-1 alpha-2 code of a foreign citizen's state,
	// such as "KZ"; it decides EAEU membership.
	Country string `json:"country,omitempty"`
	// Residence is the status of a foreign citizen or stateless person in
	// the RF; ignored for citizens of the RF.
	Residence Residence `json:"residence,omitempty"`
	// Refugee is the status under the Federal Law «О беженцах», if any.
	Refugee RefugeeStatus `json:"refugee,omitempty"`

	// LabourContract says the person works in the RF under a labour
	// contract (трудовой договор) with an employer in the RF.
	LabourContract bool `json:"labour_contract,omitempty"`
	// EAEUOfficial says the person is a member of the Board of the
	// Eurasian Economic Commission or an official or employee of an EAEU
	// body.
	EAEUOfficial bool `json:"eaeu_official,omitempty"`
	// EAEUFamilyMember says the person stays in the RF as a family member
	// of an EAEU worker.
	EAEUFamilyMember bool `json:"eaeu_family_member,omitempty"`
	// HighlyQualified says the person is a highly qualified specialist
	// (ВКС) under art. 13.2 of Federal Law 115-ФЗ.
	HighlyQualified bool `json:"highly_qualified,omitempty"`
	// HQSFamilyMember says the person is a family member of a highly
	// qualified specialist.
	HQSFamilyMember bool `json:"hqs_family_member,omitempty"`
	// Working says the person works (for family members of a ВКС, whose
	// exclusion since the later edition of art. 10 covers only those who
	// do not work).
	Working bool `json:"working,omitempty"`
	// ForeignBranchStaff says the person works in the RF under art. 13.5 of
	// Federal Law 115-ФЗ: staff of branches, representative offices and
	// subsidiaries of foreign companies.
	ForeignBranchStaff bool `json:"foreign_branch_staff,omitempty"`
	// ContributionMonths is the number of months for which employers have
	// paid ОМС contributions for a temporarily staying foreign worker
	// (326-ФЗ art. 16 part 1.1 counts years of contributions).
	ContributionMonths int `json:"contribution_months,omitempty"`

	// Service is the service whose members are not insured under ОМС, if
	// the person serves in one.
	Service Service `json:"service,omitempty"`

	// FullCapacity says a person under 18 has acquired full legal capacity
	// (by marriage or emancipation) and so acts for themselves.
	FullCapacity bool `json:"full_capacity,omitempty"`
}

// Citizenship is the citizenship of a Person. The zero value is not a
// valid citizenship: a Person must say which it is.
type Citizenship uint8

const (
	// CitizenRF is a citizen of the Russian Federation.
	CitizenRF Citizenship = iota + 1
	// Foreign is a citizen of a foreign state.
	Foreign
	// Stateless is a stateless person (лицо без гражданства).
	Stateless
)

var citizenshipText = enumText{"Citizenship", []string{"", "rf", "foreign", "stateless"}}

// String returns "rf", "foreign" or "stateless" ("" for the zero value).
func (c Citizenship) String() string { return citizenshipText.string(uint8(c)) }

// MarshalText implements encoding.TextMarshaler.
func (c Citizenship) MarshalText() ([]byte, error) { return citizenshipText.marshal(uint8(c)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Citizenship) UnmarshalText(text []byte) error {
	v, err := citizenshipText.unmarshal(text)
	*c = Citizenship(v)
	return err
}

// Residence is the status of a foreign citizen or stateless person in the
// RF under Federal Law 115-ФЗ. The zero value, NoResidence, means none is
// given.
type Residence uint8

const (
	// NoResidence: no status in the RF is given.
	NoResidence Residence = iota
	// PermanentResidence: permanently residing, with a вид на жительство.
	PermanentResidence
	// TemporaryResidence: temporarily residing, with a разрешение на
	// временное проживание (РВП).
	TemporaryResidence
	// TemporaryStay: temporarily staying (временно пребывающий), on a visa
	// or a migration card, without ВНЖ or РВП.
	TemporaryStay
)

var residenceText = enumText{"Residence", []string{"", "permanent", "temporary", "stay"}}

// String returns "permanent", "temporary", "stay" ("" for NoResidence).
func (r Residence) String() string { return residenceText.string(uint8(r)) }

// MarshalText implements encoding.TextMarshaler.
func (r Residence) MarshalText() ([]byte, error) { return residenceText.marshal(uint8(r)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *Residence) UnmarshalText(text []byte) error {
	v, err := residenceText.unmarshal(text)
	*r = Residence(v)
	return err
}

// RefugeeStatus is a status under the Federal Law «О беженцах». The zero
// value, NoRefugeeStatus, is none.
type RefugeeStatus uint8

const (
	// NoRefugeeStatus: the person has no status under the law «О беженцах».
	NoRefugeeStatus RefugeeStatus = iota
	// RecognisedRefugee: recognised as a refugee (удостоверение беженца).
	RecognisedRefugee
	// PetitionUnderConsideration: the petition for refugee status is being
	// considered on the merits.
	PetitionUnderConsideration
	// AppealAgainstDeprivation: the person has appealed against the loss of
	// refugee status and the appeal was accepted for consideration.
	AppealAgainstDeprivation
	// TemporaryAsylumGranted: the person was granted temporary asylum.
	TemporaryAsylumGranted
)

var refugeeText = enumText{"RefugeeStatus", []string{"", "refugee", "petition", "appeal", "temporary-asylum"}}

// String returns the code of the status ("" for NoRefugeeStatus).
func (s RefugeeStatus) String() string { return refugeeText.string(uint8(s)) }

// MarshalText implements encoding.TextMarshaler.
func (s RefugeeStatus) MarshalText() ([]byte, error) { return refugeeText.marshal(uint8(s)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *RefugeeStatus) UnmarshalText(text []byte) error {
	v, err := refugeeText.unmarshal(text)
	*s = RefugeeStatus(v)
	return err
}

// category returns the Category of the status.
func (s RefugeeStatus) category() Category {
	switch s {
	case RecognisedRefugee:
		return Refugee
	case PetitionUnderConsideration:
		return RefugeePetitioner
	case AppealAgainstDeprivation:
		return RefugeeAppellant
	case TemporaryAsylumGranted:
		return TemporaryAsylum
	}
	return NotInsured
}

// A Service is a service whose members get medical care from the service
// itself and are not insured under ОМС while they serve; their policy is
// suspended (приостановление действия полиса) for the period of service.
// The list follows a territorial fund's explanation (tfoms37.ru, [S] in
// the library's sources, law.md §1.1); the article of law behind it
// (regional sources say "ст. 49.1") is unconfirmed, so Assess marks its
// finding Unconfirmed. It is the one list of these services in the
// library: package policy suspends a policy's Lifecycle with it.
//
// The codes (String, MarshalText) are stable. The zero value, NoService,
// is none.
type Service uint8

const (
	// NoService: the person serves in none of these services.
	NoService Service = iota
	// MilitaryService: servicemen (военнослужащие), mobilised persons
	// included. Mobilised citizens do military service, and the library's
	// sources give their policy the same consequence as other servicemen
	// (it stops working while they serve, law.md §1.1, [S]), so they are
	// not a separate value.
	MilitaryService
	// InternalAffairs: officers of the internal affairs bodies (police).
	InternalAffairs
	// Penitentiary: staff of the penal system (УИС).
	Penitentiary
	// Bailiffs: officers of the compulsory enforcement bodies (ФССП).
	Bailiffs
	// FireService: staff of the federal fire service.
	FireService
	// Customs: customs officers.
	Customs
	// CourierService: commanding staff of the federal courier service.
	CourierService
	// Rosgvardia: servicemen of Rosgvardia holding special police ranks.
	Rosgvardia
	numServices
)

var serviceText = enumText{"Service", []string{"", "military", "internal-affairs", "penitentiary", "bailiffs",
	"fire-service", "customs", "courier-service", "rosgvardia"}}

var serviceNames = [numServices][2]string{
	NoService:       {"", ""},
	MilitaryService: {"военнослужащий", "serviceman"},
	InternalAffairs: {"сотрудник органов внутренних дел", "officer of the internal affairs bodies"},
	Penitentiary:    {"сотрудник уголовно-исполнительной системы", "officer of the penal system"},
	Bailiffs:        {"сотрудник органов принудительного исполнения", "officer of the compulsory enforcement bodies"},
	FireService:     {"сотрудник федеральной противопожарной службы", "officer of the federal fire service"},
	Customs:         {"сотрудник таможенных органов", "customs officer"},
	CourierService:  {"лицо начальствующего состава федеральной фельдъегерской связи", "commanding officer of the federal courier service"},
	Rosgvardia:      {"военнослужащий или сотрудник Росгвардии, имеющий специальное звание полиции", "Rosgvardia officer with a special police rank"},
}

// Services returns the services whose members are not insured, NoService
// excluded, in the order of the constants.
func Services() []Service {
	out := make([]Service, 0, numServices-1)
	for s := MilitaryService; s < numServices; s++ {
		out = append(out, s)
	}
	return out
}

// IsValid reports whether s is one of the defined constants (NoService
// included).
func (s Service) IsValid() bool { return s < numServices }

// String returns the code of the service ("" for NoService), such as
// "military"; an invalid value gives "Service(N)".
func (s Service) String() string { return serviceText.string(uint8(s)) }

// NameRU returns the Russian name of a member of the service ("" for
// NoService; the code for an invalid value).
func (s Service) NameRU() string {
	if s < numServices {
		return serviceNames[s][0]
	}
	return s.String()
}

// NameEN returns the English name of a member of the service ("" for
// NoService; the code for an invalid value).
func (s Service) NameEN() string {
	if s < numServices {
		return serviceNames[s][1]
	}
	return s.String()
}

// Citation returns the source for the rule that members of the service
// are not insured and their policy is suspended while they serve; the
// article of law is unconfirmed (see Service).
func (s Service) Citation() oms.Citation { return citeServices }

// MarshalText implements encoding.TextMarshaler.
func (s Service) MarshalText() ([]byte, error) { return serviceText.marshal(uint8(s)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Service) UnmarshalText(text []byte) error {
	v, err := serviceText.unmarshal(text)
	*s = Service(v)
	return err
}

// eaeuStates are the member states of the Eurasian Economic Union other
// than Russia (ISO 3166-1 alpha-2): Armenia and Kyrgyzstan joined in 2015,
// before the ОМС rule for EAEU workers began in 2017.
var eaeuStates = [...]string{"AM", "BY", "KZ", "KG"}

// IsEAEUState reports whether the ISO 3166-1 alpha-2 code (either case)
// names a member state of the EAEU other than Russia.
func IsEAEUState(country string) bool {
	if len(country) != 2 {
		return false
	}
	up := [2]byte{country[0] &^ 0x20, country[1] &^ 0x20}
	for _, c := range eaeuStates {
		if c[0] == up[0] && c[1] == up[1] {
			return true
		}
	}
	return false
}
