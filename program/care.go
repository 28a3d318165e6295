package program

import (
	"fmt"
	"slices"
	"time"

	"github.com/rickb777/date"
)

// A CareType is one of the four types (виды) of free medical care of
// section II of the programme (323-ФЗ art. 32 part 2). The list is
// qualified as a whole by «за исключением медицинской помощи, оказываемой в
// рамках клинической апробации». Source: docs.cntd.ru/document/1304475562/titles/7DC0K7
// (2024–2026 ПГГ, section II, verbatim; program.md §2.1, H).
type CareType uint8

// The types of care, in the order of section II.
const (
	TypePrimary     CareType = iota + 1 // первичная медико-санитарная помощь
	TypeSpecialised                     // специализированная, в том числе высокотехнологичная
	TypeAmbulance                       // скорая, в том числе скорая специализированная
	TypePalliative                      // паллиативная
)

var careTypeNames = [...]struct{ key, ru, en string }{
	TypePrimary: {"primary",
		"первичная медико-санитарная помощь, в том числе первичная доврачебная, первичная врачебная и первичная специализированная медицинская помощь",
		"primary health care, including primary pre-medical, primary medical and primary specialised care"},
	TypeSpecialised: {"specialised",
		"специализированная, в том числе высокотехнологичная, медицинская помощь",
		"specialised care, including high-tech care"},
	TypeAmbulance: {"ambulance",
		"скорая, в том числе скорая специализированная, медицинская помощь",
		"emergency (ambulance) care, including specialised emergency care"},
	TypePalliative: {"palliative",
		"паллиативная медицинская помощь, в том числе паллиативная первичная медицинская помощь, включая доврачебную и врачебную медицинскую помощь, а также паллиативная специализированная медицинская помощь",
		"palliative care, including primary palliative care (pre-medical and medical) and specialised palliative care"},
}

// CareTypes returns the four types of care in the order of section II.
func CareTypes() []CareType {
	return []CareType{TypePrimary, TypeSpecialised, TypeAmbulance, TypePalliative}
}

func (t CareType) valid() bool { return t != 0 && int(t) < len(careTypeNames) }

// NameRU returns the exact wording of section II.
func (t CareType) NameRU() string {
	if !t.valid() {
		return ""
	}
	return careTypeNames[t].ru
}

// NameEN returns the type in English.
func (t CareType) NameEN() string {
	if !t.valid() {
		return ""
	}
	return careTypeNames[t].en
}

// String returns the stable key: "primary", "specialised", "ambulance", "palliative".
func (t CareType) String() string {
	if !t.valid() {
		return fmt.Sprintf("CareType(%d)", uint8(t))
	}
	return careTypeNames[t].key
}

// A Funding says who pays for a kind of care.
type Funding uint8

const (
	// FundingOMS: the base programme of ОМС (or, in a territorial
	// programme, its ТП ОМС above the base programme).
	FundingOMS Funding = iota + 1
	// FundingRegionalBudget: the budget of the federal subject.
	FundingRegionalBudget
	// FundingFederalBudget: the federal budget.
	FundingFederalBudget
)

var fundingNames = [...]struct{ key, ru, en string }{
	FundingOMS:            {"oms", "средства обязательного медицинского страхования", "compulsory medical insurance (ОМС)"},
	FundingRegionalBudget: {"regional-budget", "бюджет субъекта Российской Федерации", "the budget of the federal subject"},
	FundingFederalBudget:  {"federal-budget", "федеральный бюджет", "the federal budget"},
}

// String returns the stable key: "oms", "regional-budget", "federal-budget".
func (f Funding) String() string {
	if f == 0 || int(f) >= len(fundingNames) {
		return fmt.Sprintf("Funding(%d)", uint8(f))
	}
	return fundingNames[f].key
}

// NameRU returns who pays, in Russian.
func (f Funding) NameRU() string {
	if f == 0 || int(f) >= len(fundingNames) {
		return ""
	}
	return fundingNames[f].ru
}

// MarshalText implements encoding.TextMarshaler with the stable key.
func (f Funding) MarshalText() ([]byte, error) {
	if f == 0 || int(f) >= len(fundingNames) {
		return nil, fmt.Errorf("program: invalid funding %d", uint8(f))
	}
	return []byte(fundingNames[f].key), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (f *Funding) UnmarshalText(b []byte) error {
	for i := 1; i < len(fundingNames); i++ {
		if fundingNames[i].key == string(b) {
			*f = Funding(i)
			return nil
		}
	}
	return fmt.Errorf("program: unknown funding %q (want oms, regional-budget or federal-budget)", b)
}

// A CareKind is a kind of care finer than a type: the sub-types the
// programme names, and the kinds the base programme treats differently
// (air-ambulance evacuation, the two sections of the high-tech care list,
// medical rehabilitation, clinical approbation). Source: program.md §2.
type CareKind uint8

// The kinds of care.
const (
	KindPrimaryPreMedical           CareKind = iota + 1 // первичная доврачебная медико-санитарная помощь
	KindPrimaryMedical                                  // первичная врачебная медико-санитарная помощь
	KindPrimarySpecialised                              // первичная специализированная медико-санитарная помощь
	KindSpecialised                                     // специализированная (кроме высокотехнологичной) медицинская помощь
	KindHighTechOMS                                     // ВМП раздела I перечня (за счет ОМС)
	KindHighTechOther                                   // ВМП раздела II перечня (не за счет ОМС)
	KindAmbulance                                       // скорая медицинская помощь
	KindAmbulanceSpecialised                            // скорая специализированная медицинская помощь
	KindAirAmbulance                                    // санитарно-авиационная эвакуация
	KindPalliativePreMedical                            // паллиативная первичная доврачебная медицинская помощь
	KindPalliativeMedical                               // паллиативная первичная врачебная медицинская помощь
	KindPalliativeSpecialised                           // паллиативная специализированная медицинская помощь
	KindRehabilitation                                  // медицинская реабилитация
	KindClinicalApprobation                             // медицинская помощь в рамках клинической апробации
	KindLowMobilityDispensarisation                     // госпитализация маломобильных граждан для диспансеризации (с 04.09.2025)
	kindEnd
)

// palliativeWhy explains why palliative care is outside the base
// programme. Unconfirmed: the base-programme wordings seen (326-ФЗ art. 35
// as of 2010, its current paraphrase, section IV of the programme) do not
// name palliative care, and section II lists it among the types of free
// care, so it is read as free under the programme from budgets but not
// under the base programme (law-addendum.md §2, [S/U]; law.md §1.3, [U];
// program.md §2.4 rests the same reading on news and ФФОМС statements).
// Art. 35 itself was not read, so the finding cites section IV, not art. 35;
// CoverageRules.PalliativeInBase is the other reading.
const palliativeWhy = "паллиативная медицинская помощь не названа в базовой программе ОМС (раздел IV) и финансируется из бюджетов " +
	"(субъект может включить ее в ТП ОМС сверх базовой программы); текст ст. 35 326-ФЗ не проверен"

type kindInfo struct {
	key, ru, en string
	types       []CareType
	// funding in the base programme: FundingOMS means included.
	funding Funding
	// since is the first day the kind is in the base programme when
	// hasSince is set; otherwise it always was.
	since    date.Date
	hasSince bool
	// conditions and forms the programme delivers the kind in; nil means no
	// constraint is encoded.
	conditions []Condition
	forms      []Form
	// why says why the kind is in or out, with its source.
	why         string
	unconfirmed bool
}

// palliative reports whether the kind is palliative care, whose place
// outside the base programme rests on the programme's wording, not on the
// text of art. 35 (see palliativeWhy).
func (i *kindInfo) palliative() bool { return slices.Contains(i.types, TypePalliative) }

var (
	phcConditions  = []Condition{ConditionOutpatient, ConditionDayHospital}
	phcForms       = []Form{FormUrgent, FormPlanned}
	specConditions = []Condition{ConditionDayHospital, ConditionInpatient}
	ambConditions  = []Condition{ConditionOutsideMO, ConditionOutpatient, ConditionInpatient}
	ambForms       = []Form{FormEmergency, FormUrgent}
	rehConditions  = []Condition{ConditionOutpatient, ConditionDayHospital, ConditionInpatient}
)

var kindTable = [...]kindInfo{
	KindPrimaryPreMedical: {key: "primary-pre-medical", ru: "первичная доврачебная медико-санитарная помощь",
		en: "primary pre-medical health care", types: []CareType{TypePrimary}, funding: FundingOMS,
		conditions: phcConditions, forms: phcForms,
		why: "первичная медико-санитарная помощь, включая профилактическую помощь, входит в базовую программу"},
	KindPrimaryMedical: {key: "primary-medical", ru: "первичная врачебная медико-санитарная помощь",
		en: "primary medical health care", types: []CareType{TypePrimary}, funding: FundingOMS,
		conditions: phcConditions, forms: phcForms,
		why: "первичная медико-санитарная помощь, включая профилактическую помощь, входит в базовую программу"},
	KindPrimarySpecialised: {key: "primary-specialised", ru: "первичная специализированная медико-санитарная помощь",
		en: "primary specialised health care", types: []CareType{TypePrimary}, funding: FundingOMS,
		conditions: phcConditions, forms: phcForms,
		why: "первичная медико-санитарная помощь, включая профилактическую помощь, входит в базовую программу"},
	KindSpecialised: {key: "specialised", ru: "специализированная (за исключением высокотехнологичной) медицинская помощь",
		en: "specialised care other than high-tech care", types: []CareType{TypeSpecialised}, funding: FundingOMS,
		conditions: specConditions,
		why:        "специализированная медицинская помощь входит в базовую программу"},
	KindHighTechOMS: {key: "high-tech-oms",
		ru:    "высокотехнологичная медицинская помощь, включенная в перечень видов высокотехнологичной медицинской помощи, финансовое обеспечение которых осуществляется за счет средств обязательного медицинского страхования",
		en:    "high-tech care on the list financed by ОМС (section I of the list)",
		types: []CareType{TypeSpecialised}, funding: FundingOMS, conditions: specConditions,
		why: "в базовую программу входит ВМП из раздела I перечня видов ВМП, финансируемых за счет средств ОМС"},
	KindHighTechOther: {key: "high-tech-other",
		ru:    "высокотехнологичная медицинская помощь, не включенная в базовую программу обязательного медицинского страхования",
		en:    "high-tech care not in the base programme (section II of the list)",
		types: []CareType{TypeSpecialised}, funding: FundingFederalBudget, conditions: specConditions,
		why: "ВМП раздела II перечня финансируется за счет федерального бюджета, не ОМС"},
	KindAmbulance: {key: "ambulance", ru: "скорая медицинская помощь", en: "emergency (ambulance) care",
		types: []CareType{TypeAmbulance}, funding: FundingOMS, conditions: ambConditions, forms: ambForms,
		why: "скорая медицинская помощь (за исключением санитарно-авиационной эвакуации) входит в базовую программу"},
	KindAmbulanceSpecialised: {key: "ambulance-specialised", ru: "скорая специализированная медицинская помощь",
		en: "specialised emergency (ambulance) care", types: []CareType{TypeAmbulance}, funding: FundingOMS,
		conditions: ambConditions, forms: ambForms,
		why: "скорая, в том числе скорая специализированная, медицинская помощь (за исключением санитарно-авиационной эвакуации) входит в базовую программу; " +
			"психиатрические и наркологические бригады и помощь незастрахованным финансируются из бюджета субъекта"},
	KindAirAmbulance: {key: "air-ambulance", ru: "санитарно-авиационная эвакуация", en: "air-ambulance evacuation",
		types: []CareType{TypeAmbulance}, funding: FundingRegionalBudget, conditions: []Condition{ConditionOutsideMO}, forms: ambForms,
		why: "санитарно-авиационная эвакуация исключена из базовой программы и финансируется из бюджета субъекта"},
	KindPalliativePreMedical: {key: "palliative-pre-medical", ru: "паллиативная первичная доврачебная медицинская помощь",
		en: "primary pre-medical palliative care", types: []CareType{TypePalliative}, funding: FundingRegionalBudget,
		why: palliativeWhy, unconfirmed: true},
	KindPalliativeMedical: {key: "palliative-medical", ru: "паллиативная первичная врачебная медицинская помощь",
		en: "primary medical palliative care", types: []CareType{TypePalliative}, funding: FundingRegionalBudget,
		why: palliativeWhy, unconfirmed: true},
	KindPalliativeSpecialised: {key: "palliative-specialised", ru: "паллиативная специализированная медицинская помощь",
		en: "specialised palliative care", types: []CareType{TypePalliative}, funding: FundingRegionalBudget,
		why: palliativeWhy, unconfirmed: true},
	KindRehabilitation: {key: "rehabilitation", ru: "медицинская реабилитация", en: "medical rehabilitation",
		types: []CareType{TypePrimary, TypeSpecialised}, funding: FundingOMS, conditions: rehConditions,
		why: "медицинская реабилитация оказывается в рамках первичной медико-санитарной и специализированной помощи в базовой программе, " +
			"с отдельными нормативами объема (не отдельный вид помощи)",
		unconfirmed: true},
	KindClinicalApprobation: {key: "clinical-approbation", ru: "медицинская помощь, оказываемая в рамках клинической апробации",
		en: "care within clinical approbation", funding: FundingFederalBudget,
		why: "медицинская помощь в рамках клинической апробации исключена из перечня видов помощи раздела II и финансируется из федерального бюджета"},
	KindLowMobilityDispensarisation: {key: "low-mobility-dispensarisation",
		ru:    "госпитализация лиц со стойкими нарушениями функций организма для проведения диспансеризации",
		en:    "hospitalisation of people with persistent functional impairments for dispensarisation",
		types: []CareType{TypePrimary}, funding: FundingOMS, since: date.New(2025, time.September, 4), hasSince: true,
		conditions:  []Condition{ConditionInpatient},
		why:         "право на госпитализацию маломобильных граждан для диспансеризации за счет ОМС добавлено в раздел IV (ПП РФ № 1365 от 04.09.2025)",
		unconfirmed: true},
}

// CareKinds returns every kind of care the package knows.
func CareKinds() []CareKind {
	out := make([]CareKind, 0, kindEnd-1)
	for k := CareKind(1); k < kindEnd; k++ {
		out = append(out, k)
	}
	return out
}

func (k CareKind) info() *kindInfo {
	if k == 0 || k >= kindEnd {
		return nil
	}
	return &kindTable[k]
}

// IsValid reports whether k is a known kind.
func (k CareKind) IsValid() bool { return k.info() != nil }

// NameRU returns the kind in the programme's words.
func (k CareKind) NameRU() string {
	if i := k.info(); i != nil {
		return i.ru
	}
	return ""
}

// NameEN returns the kind in English.
func (k CareKind) NameEN() string {
	if i := k.info(); i != nil {
		return i.en
	}
	return ""
}

// Types returns the types of care of section II the kind belongs to:
// medical rehabilitation is delivered within both primary and specialised
// care; clinical approbation is outside the four types.
func (k CareKind) Types() []CareType {
	if i := k.info(); i != nil {
		return slices.Clone(i.types)
	}
	return nil
}

// String returns the stable key, such as "air-ambulance".
func (k CareKind) String() string {
	if i := k.info(); i != nil {
		return i.key
	}
	return fmt.Sprintf("CareKind(%d)", uint8(k))
}

// MarshalText implements encoding.TextMarshaler with the stable key.
func (k CareKind) MarshalText() ([]byte, error) {
	i := k.info()
	if i == nil {
		return nil, fmt.Errorf("program: invalid care kind %d", uint8(k))
	}
	return []byte(i.key), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *CareKind) UnmarshalText(b []byte) error {
	for i := CareKind(1); i < kindEnd; i++ {
		if kindTable[i].key == string(b) {
			*k = i
			return nil
		}
	}
	return fmt.Errorf("program: unknown care kind %q", b)
}
