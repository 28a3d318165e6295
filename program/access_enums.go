package program

import "fmt"

// accessEnum is the names table of one of this file's enums: index 0 is
// the zero value, which marshals as "" and means "not given".
type accessEnum struct {
	what  string   // the enum's name in errors: "choice subject"
	names []string // stable keys, names[0] == ""
}

func (e accessEnum) valid(v uint8) bool { return v != 0 && int(v) < len(e.names) }

func (e accessEnum) str(v uint8, typ string) string {
	if int(v) < len(e.names) && v != 0 {
		return e.names[v]
	}
	return fmt.Sprintf("%s(%d)", typ, v)
}

func (e accessEnum) marshal(v uint8) ([]byte, error) {
	if v == 0 {
		return []byte{}, nil
	}
	if !e.valid(v) {
		return nil, fmt.Errorf("program: invalid %s %d", e.what, v)
	}
	return []byte(e.names[v]), nil
}

func (e accessEnum) parse(text []byte) (uint8, error) {
	if len(text) == 0 {
		return 0, nil
	}
	for i := 1; i < len(e.names); i++ {
		if e.names[i] == string(text) {
			return uint8(i), nil
		}
	}
	return 0, fmt.Errorf("program: unknown %s %q (want one of %q)", e.what, text, e.names[1:])
}

// A ChoiceSubject is what a person chooses under 323-ФЗ ст. 21: the
// medical organisation for primary care, or the doctor inside it.
type ChoiceSubject uint8

const (
	// ChooseClinic is the choice of a medical organisation for primary
	// care (прикрепление), 323-ФЗ ст. 21 ч. 2, first sentence.
	ChooseClinic ChoiceSubject = iota + 1
	// ChooseDoctor is the choice, inside that organisation, of a
	// терапевт, педиатр, врач общей практики or фельдшер (ч. 2, second
	// sentence).
	ChooseDoctor
)

var choiceSubjectEnum = accessEnum{"choice subject", []string{"", "clinic", "doctor"}}

// IsValid reports whether s is ChooseClinic or ChooseDoctor.
func (s ChoiceSubject) IsValid() bool { return choiceSubjectEnum.valid(uint8(s)) }

// String returns "clinic" or "doctor".
func (s ChoiceSubject) String() string { return choiceSubjectEnum.str(uint8(s), "ChoiceSubject") }

// MarshalText implements encoding.TextMarshaler; the zero value is "".
func (s ChoiceSubject) MarshalText() ([]byte, error) { return choiceSubjectEnum.marshal(uint8(s)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *ChoiceSubject) UnmarshalText(b []byte) error {
	v, err := choiceSubjectEnum.parse(b)
	if err != nil {
		return err
	}
	*s = ChoiceSubject(v)
	return nil
}

// A ChoiceGround is why a choice is made: at will, or because the person
// moved (which lifts the clinic's yearly limit).
type ChoiceGround uint8

const (
	// AtWill is a choice the person makes because they want to: the first
	// application, or a change.
	AtWill ChoiceGround = iota + 1
	// Relocation is a choice of clinic because the place of residence or
	// of stay changed (323-ФЗ ст. 21 ч. 2: «за исключением случаев
	// изменения места жительства или места пребывания гражданина»).
	Relocation
)

var choiceGroundEnum = accessEnum{"choice ground", []string{"", "at-will", "relocation"}}

// IsValid reports whether g is AtWill or Relocation.
func (g ChoiceGround) IsValid() bool { return choiceGroundEnum.valid(uint8(g)) }

// String returns "at-will" or "relocation".
func (g ChoiceGround) String() string { return choiceGroundEnum.str(uint8(g), "ChoiceGround") }

// MarshalText implements encoding.TextMarshaler; the zero value is "".
func (g ChoiceGround) MarshalText() ([]byte, error) { return choiceGroundEnum.marshal(uint8(g)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (g *ChoiceGround) UnmarshalText(b []byte) error {
	v, err := choiceGroundEnum.parse(b)
	if err != nil {
		return err
	}
	*g = ChoiceGround(v)
	return nil
}

// A DoctorKind is the post of the doctor a person chooses. 323-ФЗ ст. 21
// ч. 2 lists the six posts a person chooses among for primary care;
// OtherDoctor is any other, whose choice this rule does not cover.
type DoctorKind uint8

const (
	Therapist             DoctorKind = iota + 1 // врач-терапевт
	DistrictTherapist                           // врач-терапевт участковый
	Paediatrician                               // врач-педиатр
	DistrictPaediatrician                       // врач-педиатр участковый
	GeneralPractitioner                         // врач общей практики (семейный врач)
	Feldsher                                    // фельдшер
	OtherDoctor                                 // any other post
)

var doctorKindEnum = accessEnum{"doctor kind", []string{"", "therapist", "district-therapist", "paediatrician",
	"district-paediatrician", "general-practitioner", "feldsher", "other"}}

// Listed reports whether k is one of the six posts of 323-ФЗ ст. 21 ч. 2.
func (k DoctorKind) Listed() bool { return k >= Therapist && k <= Feldsher }

// IsValid reports whether k is one of the defined kinds.
func (k DoctorKind) IsValid() bool { return doctorKindEnum.valid(uint8(k)) }

// String returns the stable key, such as "district-therapist".
func (k DoctorKind) String() string { return doctorKindEnum.str(uint8(k), "DoctorKind") }

// MarshalText implements encoding.TextMarshaler; the zero value is "".
func (k DoctorKind) MarshalText() ([]byte, error) { return doctorKindEnum.marshal(uint8(k)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *DoctorKind) UnmarshalText(b []byte) error {
	v, err := doctorKindEnum.parse(b)
	if err != nil {
		return err
	}
	*k = DoctorKind(v)
	return nil
}

// A DoctorConsent is what is known of the chosen doctor's consent, which
// the choice needs (323-ФЗ ст. 21 ч. 1: «с учетом согласия врача»). The
// zero value is "not known yet".
type DoctorConsent uint8

const (
	// ConsentGiven: the doctor agreed.
	ConsentGiven DoctorConsent = iota + 1
	// ConsentRefused: the doctor refused.
	ConsentRefused
)

var doctorConsentEnum = accessEnum{"doctor consent", []string{"", "given", "refused"}}

// IsValid reports whether c is ConsentGiven or ConsentRefused.
func (c DoctorConsent) IsValid() bool { return doctorConsentEnum.valid(uint8(c)) }

// String returns "given" or "refused".
func (c DoctorConsent) String() string { return doctorConsentEnum.str(uint8(c), "DoctorConsent") }

// MarshalText implements encoding.TextMarshaler; the zero value is "".
func (c DoctorConsent) MarshalText() ([]byte, error) { return doctorConsentEnum.marshal(uint8(c)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *DoctorConsent) UnmarshalText(b []byte) error {
	v, err := doctorConsentEnum.parse(b)
	if err != nil {
		return err
	}
	*c = DoctorConsent(v)
	return nil
}

// An ApplicationChannel is how an application for a choice is filed.
type ApplicationChannel uint8

const (
	// OnPaper is a written application filed at the medical organisation,
	// in person or through a representative.
	OnPaper ApplicationChannel = iota + 1
	// Gosuslugi is an application through the personal account on the
	// public-services portal (ЕПГУ).
	Gosuslugi
)

var channelEnum = accessEnum{"application channel", []string{"", "paper", "gosuslugi"}}

// IsValid reports whether c is OnPaper or Gosuslugi.
func (c ApplicationChannel) IsValid() bool { return channelEnum.valid(uint8(c)) }

// String returns "paper" or "gosuslugi".
func (c ApplicationChannel) String() string { return channelEnum.str(uint8(c), "ApplicationChannel") }

// MarshalText implements encoding.TextMarshaler; the zero value is "".
func (c ApplicationChannel) MarshalText() ([]byte, error) { return channelEnum.marshal(uint8(c)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *ApplicationChannel) UnmarshalText(b []byte) error {
	v, err := channelEnum.parse(b)
	if err != nil {
		return err
	}
	*c = ApplicationChannel(v)
	return nil
}

// A ChoiceApplicant is who files an application for a choice.
type ChoiceApplicant uint8

const (
	// ApplicantSelf is the person.
	ApplicantSelf ChoiceApplicant = iota + 1
	// ApplicantRepresentative is a representative under a power of
	// attorney.
	ApplicantRepresentative
	// ApplicantLegalRepresentative is a parent, adoptive parent, guardian
	// or trustee.
	ApplicantLegalRepresentative
)

var applicantEnum = accessEnum{"applicant", []string{"", "self", "representative", "legal-representative"}}

// IsValid reports whether a is one of the defined applicants.
func (a ChoiceApplicant) IsValid() bool { return applicantEnum.valid(uint8(a)) }

// String returns "self", "representative" or "legal-representative".
func (a ChoiceApplicant) String() string { return applicantEnum.str(uint8(a), "ChoiceApplicant") }

// MarshalText implements encoding.TextMarshaler; the zero value is "".
func (a ChoiceApplicant) MarshalText() ([]byte, error) { return applicantEnum.marshal(uint8(a)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (a *ChoiceApplicant) UnmarshalText(b []byte) error {
	v, err := applicantEnum.parse(b)
	if err != nil {
		return err
	}
	*a = ChoiceApplicant(v)
	return nil
}

// A ScopeExclusion is a group of people the procedure of choosing a
// medical organisation does not cover (406н п. 1, as copied on
// gist.github.com/b008546d90e8c707dd3a87013c4bce49 and in the commentary
// to 323-ФЗ ст. 21 on docs.cntd.ru; access.md §1.3). The zero value is a
// person the procedure covers.
type ScopeExclusion uint8

const (
	// Military is a serviceman or a person with equivalent medical
	// provision.
	Military ScopeExclusion = iota + 1
	// AlternativeService is a person in alternative civilian service.
	AlternativeService
	// Conscript is a person called up for military or alternative
	// service.
	Conscript
)

var scopeEnum = accessEnum{"scope exclusion", []string{"", "military", "alternative-service", "conscript"}}

// IsValid reports whether e is one of the defined exclusions.
func (e ScopeExclusion) IsValid() bool { return scopeEnum.valid(uint8(e)) }

// String returns "military", "alternative-service" or "conscript".
func (e ScopeExclusion) String() string { return scopeEnum.str(uint8(e), "ScopeExclusion") }

// MarshalText implements encoding.TextMarshaler; the zero value is "".
func (e ScopeExclusion) MarshalText() ([]byte, error) { return scopeEnum.marshal(uint8(e)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (e *ScopeExclusion) UnmarshalText(b []byte) error {
	v, err := scopeEnum.parse(b)
	if err != nil {
		return err
	}
	*e = ScopeExclusion(v)
	return nil
}

// A RefusalGround is the reason a medical organisation gives for refusing
// an application for attachment.
type RefusalGround uint8

const (
	// OverNorm: the organisation is over its norm of attached patients
	// (its doctors are overloaded).
	OverNorm RefusalGround = iota + 1
	// OutsideAreaNoPlaces: the applicant does not live in the
	// organisation's service area and its участки have no free places.
	OutsideAreaNoPlaces
	// OtherGround is any other reason.
	OtherGround
)

var refusalEnum = accessEnum{"refusal ground", []string{"", "over-norm", "outside-area-no-places", "other"}}

// IsValid reports whether g is one of the defined grounds.
func (g RefusalGround) IsValid() bool { return refusalEnum.valid(uint8(g)) }

// String returns "over-norm", "outside-area-no-places" or "other".
func (g RefusalGround) String() string { return refusalEnum.str(uint8(g), "RefusalGround") }

// MarshalText implements encoding.TextMarshaler; the zero value is "".
func (g RefusalGround) MarshalText() ([]byte, error) { return refusalEnum.marshal(uint8(g)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (g *RefusalGround) UnmarshalText(b []byte) error {
	v, err := refusalEnum.parse(b)
	if err != nil {
		return err
	}
	*g = RefusalGround(v)
	return nil
}

// A YearSpan says how "once a year" is measured.
type YearSpan uint8

const (
	// CalendarYear: at most one choice from 1 January to 31 December.
	CalendarYear YearSpan = iota + 1
	// TwelveMonths: a year must pass since the last choice (ГК РФ ст.
	// 192 п. 1 counting: the next choice may be made on the same month and
	// day a year later).
	TwelveMonths
)

var yearSpanEnum = accessEnum{"year span", []string{"", "calendar-year", "twelve-months"}}

// IsValid reports whether s is CalendarYear or TwelveMonths.
func (s YearSpan) IsValid() bool { return yearSpanEnum.valid(uint8(s)) }

// String returns "calendar-year" or "twelve-months".
func (s YearSpan) String() string { return yearSpanEnum.str(uint8(s), "YearSpan") }

// MarshalText implements encoding.TextMarshaler; the zero value is "".
func (s YearSpan) MarshalText() ([]byte, error) { return yearSpanEnum.marshal(uint8(s)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *YearSpan) UnmarshalText(b []byte) error {
	v, err := yearSpanEnum.parse(b)
	if err != nil {
		return err
	}
	*s = YearSpan(v)
	return nil
}
