package program

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

var choiceSubjectNames = [...]string{"", "clinic", "doctor"}

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

var choiceGroundNames = [...]string{"", "at_will", "relocation"}

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

var doctorKindNames = [...]string{"", "therapist", "district_therapist", "paediatrician",
	"district_paediatrician", "general_practitioner", "feldsher", "other"}

// Listed reports whether k is one of the six posts of 323-ФЗ ст. 21 ч. 2.
func (k DoctorKind) Listed() bool { return k >= Therapist && k <= Feldsher }

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

var doctorConsentNames = [...]string{"", "given", "refused"}

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

var channelNames = [...]string{"", "paper", "gosuslugi"}

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

var scopeNames = [...]string{"", "military", "alternative_service", "conscript"}

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

var refusalNames = [...]string{"", "over_norm", "outside_area_no_places", "other"}

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

var yearSpanNames = [...]string{"", "calendar_year", "twelve_months"}
