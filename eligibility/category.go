package eligibility

import (
	"errors"
)

// A Category is the category of an insured person that the law and the
// Rules of ОМС distinguish: it decides whether the person is insured, which
// documents the application must carry (Правила ОМС, the list of documents
// in chapter II) and how long the right to ОМС lasts.
//
// The zero Category is NotInsured: a person who falls in no category of
// 326-ФЗ art. 10 or art. 16 part 1.1 (servicemen and the equated services,
// temporarily staying foreigners who do not qualify, and so on).
//
// Representatives (a parent or guardian, a person with a power of attorney)
// are not categories of the insured: they act for a person, see Applicant.
//
// Highly qualified specialists (ВКС) and their family members are not
// separate categories either: the Rules give them no document list of their
// own, and where the law insures them it is as foreigners residing in the
// RF (ВНЖ or РВП), so they take ForeignPermanent, ForeignTemporary or the
// stateless equivalents; Assess applies the dated exclusion of art. 10.
//
// Categories are small comparable values, usable as map keys; their text
// form (String, MarshalText) is a stable lower-case code.
type Category uint8

const (
	// NotInsured is the zero Category: the person is not subject to ОМС.
	NotInsured Category = iota

	// CitizenUnder14 is a child who is a citizen of the RF, from the state
	// registration of birth to the 14th birthday. Until 30 days after the
	// registration of birth (before mid-2016: until the registration) the
	// child is insured by the insurer of the mother or other legal
	// representative. 326-ФЗ art. 10; art. 16.
	CitizenUnder14
	// Citizen14Plus is a citizen of the RF aged 14 or more. A citizen under
	// 18 without full legal capacity still applies through a legal
	// representative (326-ФЗ art. 16). 326-ФЗ art. 10.
	Citizen14Plus

	// ForeignPermanent is a foreign citizen permanently residing in the RF:
	// the holder of a вид на жительство. 326-ФЗ art. 10.
	ForeignPermanent
	// StatelessPermanent is a stateless person permanently residing in the
	// RF (вид на жительство). 326-ФЗ art. 10.
	StatelessPermanent
	// ForeignTemporary is a foreign citizen temporarily residing in the RF:
	// the holder of a разрешение на временное проживание (РВП).
	// 326-ФЗ art. 10.
	ForeignTemporary
	// StatelessTemporary is a stateless person temporarily residing in the
	// RF (РВП). 326-ФЗ art. 10.
	StatelessTemporary

	// Refugee is a person recognised as a refugee (удостоверение беженца).
	// 326-ФЗ art. 10 (persons with rights under the Federal Law «О беженцах»).
	Refugee
	// RefugeePetitioner is a person whose petition for recognition as a
	// refugee is being considered on the merits (свидетельство о
	// рассмотрении ходатайства по существу). 326-ФЗ art. 10.
	RefugeePetitioner
	// RefugeeAppellant is a person who has appealed against being deprived
	// of refugee status, the appeal accepted for consideration by the
	// migration authority; the Rules list the copy of the appeal with the
	// mark of acceptance as the document of this person. 326-ФЗ art. 10.
	RefugeeAppellant
	// TemporaryAsylum is a person granted temporary asylum in the RF
	// (свидетельство о предоставлении временного убежища). 326-ФЗ art. 10.
	TemporaryAsylum

	// EAEUWorker is a worker from a member state of the Eurasian Economic
	// Union (Armenia, Belarus, Kazakhstan, Kyrgyzstan) temporarily staying
	// in the RF under a labour contract; insured since 1 January 2017
	// (EAEU Treaty of 29.05.2014 art. 98; the 2016 amendment of the Rules).
	// Family members are not included.
	EAEUWorker
	// EAEUOfficial is a member of the Board of the Eurasian Economic
	// Commission or an official or employee of a body of the EAEU,
	// temporarily staying in the RF; insured since 1 January 2017 by the
	// same amendment of the Rules as EAEUWorker.
	EAEUOfficial

	// StayingWorker is a foreign citizen or stateless person temporarily
	// staying (not residing) in the RF and working under a labour contract,
	// for whom the employer has paid ОМС contributions for the qualifying
	// period: 3 years from 1 January 2023, 5 years after 430-ФЗ of
	// 28.11.2025. 326-ФЗ art. 16 part 1.1.
	StayingWorker

	numCategories
)

type categoryInfo struct {
	code   string
	nameRU string
	nameEN string
}

var categoryTable = [numCategories]categoryInfo{
	NotInsured:         {"not_insured", "не подлежит ОМС", "not subject to compulsory medical insurance"},
	CitizenUnder14:     {"citizen_under_14", "ребёнок — гражданин РФ до 14 лет", "child citizen of the RF under 14"},
	Citizen14Plus:      {"citizen_14_plus", "гражданин РФ в возрасте 14 лет и старше", "citizen of the RF aged 14 or more"},
	ForeignPermanent:   {"foreign_permanent", "иностранный гражданин, постоянно проживающий в РФ", "foreign citizen permanently residing in the RF"},
	StatelessPermanent: {"stateless_permanent", "лицо без гражданства, постоянно проживающее в РФ", "stateless person permanently residing in the RF"},
	ForeignTemporary:   {"foreign_temporary", "иностранный гражданин, временно проживающий в РФ", "foreign citizen temporarily residing in the RF"},
	StatelessTemporary: {"stateless_temporary", "лицо без гражданства, временно проживающее в РФ", "stateless person temporarily residing in the RF"},
	Refugee:            {"refugee", "беженец", "refugee"},
	RefugeePetitioner:  {"refugee_petitioner", "лицо, ходатайство которого о признании беженцем рассматривается по существу", "person whose refugee petition is considered on the merits"},
	RefugeeAppellant:   {"refugee_appellant", "лицо, обжаловавшее решение о лишении статуса беженца", "person appealing the loss of refugee status"},
	TemporaryAsylum:    {"temporary_asylum", "лицо, получившее временное убежище в РФ", "person granted temporary asylum in the RF"},
	EAEUWorker:         {"eaeu_worker", "трудящийся государства — члена ЕАЭС, временно пребывающий в РФ", "EAEU worker temporarily staying in the RF"},
	EAEUOfficial:       {"eaeu_official", "член Коллегии ЕЭК, должностное лицо или сотрудник органа ЕАЭС", "EEC Board member, official or employee of an EAEU body"},
	StayingWorker:      {"staying_worker", "временно пребывающий в РФ работник со стажем уплаты страховых взносов", "temporarily staying worker with years of ОМС contributions"},
}

// ErrUnknownCategory is returned (wrapped) when a text names no Category.
var ErrUnknownCategory = errors.New("eligibility: unknown category")

// Categories returns the categories of insured persons, NotInsured
// excluded, in the order of the constants.
func Categories() []Category {
	out := make([]Category, 0, numCategories-1)
	for c := CitizenUnder14; c < numCategories; c++ {
		out = append(out, c)
	}
	return out
}

// Insured reports whether c is a category of insured persons, that is valid
// and not NotInsured.
func (c Category) Insured() bool { return c != NotInsured && c < numCategories }

// NameRU returns the name of the category in Russian.
func (c Category) NameRU() string {
	if c < numCategories {
		return categoryTable[c].nameRU
	}
	return c.String()
}

// NameEN returns the name of the category in English.
func (c Category) NameEN() string {
	if c < numCategories {
		return categoryTable[c].nameEN
	}
	return c.String()
}

// IsCitizen reports whether c is a category of citizens of the RF.
func (c Category) IsCitizen() bool { return c == CitizenUnder14 || c == Citizen14Plus }

// IsResident reports whether c is a category of foreigners or stateless
// persons residing in the RF, permanently (ВНЖ) or temporarily (РВП).
func (c Category) IsResident() bool { return c >= ForeignPermanent && c <= StatelessTemporary }

// IsPermanentResident reports whether c is ForeignPermanent or
// StatelessPermanent.
func (c Category) IsPermanentResident() bool {
	return c == ForeignPermanent || c == StatelessPermanent
}

// IsRefugeeLaw reports whether c is one of the categories with rights under
// the Federal Law «О беженцах».
func (c Category) IsRefugeeLaw() bool { return c >= Refugee && c <= TemporaryAsylum }

// IsEAEU reports whether c is EAEUWorker or EAEUOfficial.
func (c Category) IsEAEU() bool { return c == EAEUWorker || c == EAEUOfficial }
