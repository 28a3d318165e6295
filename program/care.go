package program

import (
	"fmt"
	"slices"
	"time"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
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

// A Condition is where care is given (условия оказания), 323-ФЗ art. 32
// part 3. The numeric values are the codes of the FFOMS reference book V006
// as program.md §2.2 gives them; they are unconfirmed (open question 6).
type Condition uint8

// The conditions of care, numbered as in V006.
const (
	ConditionInpatient   Condition = 1 // стационарно
	ConditionDayHospital Condition = 2 // в дневном стационаре
	ConditionOutpatient  Condition = 3 // амбулаторно
	ConditionOutsideMO   Condition = 4 // вне медицинской организации
)

var conditionNames = [...]struct{ key, ru, def, en string }{
	ConditionInpatient: {"inpatient", "стационарно",
		"в условиях, обеспечивающих круглосуточное медицинское наблюдение и лечение", "inpatient"},
	ConditionDayHospital: {"day-hospital", "в дневном стационаре",
		"в условиях, предусматривающих медицинское наблюдение и лечение в дневное время, но не требующих круглосуточного медицинского наблюдения и лечения",
		"day hospital"},
	ConditionOutpatient: {"outpatient", "амбулаторно",
		"в условиях, не предусматривающих круглосуточного медицинского наблюдения и лечения, в том числе на дому при вызове медицинского работника",
		"outpatient"},
	ConditionOutsideMO: {"outside-mo", "вне медицинской организации",
		"по месту вызова бригады скорой, в том числе скорой специализированной, медицинской помощи, а также в транспортном средстве при медицинской эвакуации",
		"outside a medical organisation"},
}

// Conditions returns the four conditions of care.
func Conditions() []Condition {
	return []Condition{ConditionOutsideMO, ConditionOutpatient, ConditionDayHospital, ConditionInpatient}
}

func (c Condition) valid() bool { return c != 0 && int(c) < len(conditionNames) }

// NameRU returns the name of the condition ("амбулаторно").
func (c Condition) NameRU() string {
	if !c.valid() {
		return ""
	}
	return conditionNames[c].ru
}

// DefinitionRU returns the definition of 323-ФЗ art. 32 part 3.
func (c Condition) DefinitionRU() string {
	if !c.valid() {
		return ""
	}
	return conditionNames[c].def
}

// NameEN returns the condition in English.
func (c Condition) NameEN() string {
	if !c.valid() {
		return ""
	}
	return conditionNames[c].en
}

// String returns the stable key, such as "day-hospital".
func (c Condition) String() string {
	if !c.valid() {
		return fmt.Sprintf("Condition(%d)", uint8(c))
	}
	return conditionNames[c].key
}

// A Form is the form of care (форма оказания), 323-ФЗ art. 32 part 4. The
// numeric values are the codes of the FFOMS reference book V014 as
// program.md §2.3 gives them; they are unconfirmed.
type Form uint8

// The forms of care, numbered as in V014.
const (
	FormEmergency Form = 1 // экстренная
	FormUrgent    Form = 2 // неотложная
	FormPlanned   Form = 3 // плановая
)

var formNames = [...]struct{ key, ru, def, en string }{
	FormEmergency: {"emergency", "экстренная",
		"при внезапных острых заболеваниях, состояниях, обострении хронических заболеваний, представляющих угрозу жизни пациента", "emergency"},
	FormUrgent: {"urgent", "неотложная",
		"при внезапных острых заболеваниях, состояниях, обострении хронических заболеваний без явных признаков угрозы жизни пациента", "urgent"},
	FormPlanned: {"planned", "плановая",
		"при проведении профилактических мероприятий, при заболеваниях и состояниях, не сопровождающихся угрозой жизни пациента, не требующих экстренной и неотложной медицинской помощи, отсрочка оказания которой на определенное время не повлечет за собой ухудшения состояния пациента, угрозу его жизни и здоровью",
		"planned"},
}

// Forms returns the three forms of care.
func Forms() []Form { return []Form{FormEmergency, FormUrgent, FormPlanned} }

func (f Form) valid() bool { return f != 0 && int(f) < len(formNames) }

// NameRU returns the name of the form ("плановая").
func (f Form) NameRU() string {
	if !f.valid() {
		return ""
	}
	return formNames[f].ru
}

// DefinitionRU returns the definition of 323-ФЗ art. 32 part 4.
func (f Form) DefinitionRU() string {
	if !f.valid() {
		return ""
	}
	return formNames[f].def
}

// NameEN returns the form in English.
func (f Form) NameEN() string {
	if !f.valid() {
		return ""
	}
	return formNames[f].en
}

// String returns the stable key: "emergency", "urgent", "planned".
func (f Form) String() string {
	if !f.valid() {
		return fmt.Sprintf("Form(%d)", uint8(f))
	}
	return formNames[f].key
}

// Care describes a case of care to check against the programme: its kind,
// and optionally its condition and form (zero: not given).
type Care struct {
	Kind      CareKind  // the kind of care; required
	Condition Condition // where it is given; 0 if not given
	Form      Form      // its form; 0 if not given
}

// BaseFunding returns who pays for kind k under the programme: FundingOMS
// for the kinds in the base programme.
func (p *Programme) BaseFunding(k CareKind) Funding {
	i := k.info()
	if i == nil {
		return 0
	}
	if p.rules.PalliativeInBase && slices.Contains(i.types, TypePalliative) {
		return FundingOMS
	}
	e := p.careOf(k)
	if e.funding == FundingOMS && e.hasSince {
		_, to := p.InForce()
		if to.Before(e.since) {
			return FundingRegionalBudget
		}
	}
	return e.funding
}

// A careEntry is who pays for a kind of care under a programme's base
// programme, and from which day when that is inside the year.
type careEntry struct {
	funding     Funding
	since       date.Date
	hasSince    bool
	unconfirmed bool
	set         bool // given by the year's data; otherwise kindTable holds
}

// careOf returns the programme's entry for kind k: the year's data where it
// lists the kind, else the built-in kindTable.
func (p *Programme) careOf(k CareKind) careEntry {
	if p.care != nil && p.care[k].set {
		return p.care[k]
	}
	i := k.info()
	return careEntry{funding: i.funding, since: i.since, hasSince: i.hasSince, unconfirmed: i.unconfirmed}
}

// IncludesCare says whether the base programme includes care c: the kind
// (ambulance except air-ambulance evacuation; high-tech care only from
// section I of the list, financed by ОМС; palliative care and clinical
// approbation outside; medical rehabilitation inside), with citations of
// 326-ФЗ art. 35 and the programme; palliative care, whose exclusion rests
// on the programme's wording and not on the text of art. 35, cites section
// IV and is Unconfirmed (see CoverageRules.PalliativeInBase). A condition or form in which the
// programme does not deliver the kind gives a Warning: the sources for
// where each type is delivered are secondary (program.md §2.1, M).
func (p *Programme) IncludesCare(c Care) oms.Decision {
	i := c.Kind.info()
	if i == nil {
		return oms.NewDecision(oms.Finding{Code: CodeCareInvalid, Severity: oms.Violation,
			RU: "вид медицинской помощи не задан или неизвестен", EN: "the kind of care is missing or unknown"})
	}
	var fs []oms.Finding
	funding := p.BaseFunding(c.Kind)
	e := p.careOf(c.Kind)
	switch {
	case funding == FundingOMS && i.palliative(): // CoverageRules.PalliativeInBase
		fs = append(fs, oms.Finding{Code: CodeCareBase, Severity: oms.Info,
			RU:       i.ru + ": входит в базовую программу по выбору CoverageRules.PalliativeInBase",
			EN:       i.en + " is in the base ОМС programme by the choice CoverageRules.PalliativeInBase",
			Citation: p.sectionIV(), Unconfirmed: true})
	case funding == FundingOMS:
		fs = append(fs, oms.Finding{Code: CodeCareBase, Severity: oms.Info,
			RU:       i.ru + ": " + i.why,
			EN:       i.en + " is in the base ОМС programme",
			Citation: citeArt35, Unconfirmed: e.unconfirmed})
		if e.hasSince {
			fs = append(fs, oms.Finding{Code: CodeCareNotYet, Severity: oms.Warning,
				RU:       "входит в базовую программу только с " + e.since.Format("02.01.2006"),
				EN:       "in the base programme only from " + e.since.String(),
				Citation: p.sectionIV(), Unconfirmed: e.unconfirmed})
		}
	case e.funding == FundingOMS: // not yet in force in this programme year
		fs = append(fs, oms.Finding{Code: CodeCareExcluded, Severity: oms.Violation,
			RU:       i.ru + ": в базовую программу " + fmt.Sprint(p.year) + " года не входит (включено с " + e.since.Format("02.01.2006") + ")",
			EN:       i.en + " is not in the " + fmt.Sprint(p.year) + " base programme (added from " + e.since.String() + ")",
			Citation: p.sectionIV(), Unconfirmed: e.unconfirmed})
	default:
		cite := citeArt35
		if i.palliative() {
			cite = p.sectionIV()
		}
		fs = append(fs, oms.Finding{Code: CodeCareExcluded, Severity: oms.Violation,
			RU:       i.ru + ": " + i.why + "; источник финансирования: " + funding.NameRU(),
			EN:       i.en + " is outside the base ОМС programme; paid from " + fundingNames[funding].en,
			Citation: cite, Unconfirmed: e.unconfirmed})
	}
	fs = append(fs, oms.Finding{Code: CodeCareProgramme, Severity: oms.Info,
		RU: "виды медицинской помощи программы", EN: "types of care of the programme", Citation: p.sectionII()})
	if c.Condition != 0 && i.conditions != nil && !slices.Contains(i.conditions, c.Condition) {
		fs = append(fs, oms.Finding{Code: CodeCareCondition, Severity: oms.Warning,
			RU:       fmt.Sprintf("%s обычно не оказывается в условиях «%s»", i.ru, c.Condition.NameRU()),
			EN:       fmt.Sprintf("%s is not usually given in the condition %q", i.en, c.Condition.NameEN()),
			Citation: citeArt32Conditions, Unconfirmed: true})
	}
	if c.Form != 0 && i.forms != nil && !slices.Contains(i.forms, c.Form) {
		fs = append(fs, oms.Finding{Code: CodeCareForm, Severity: oms.Warning,
			RU:       fmt.Sprintf("%s обычно не оказывается в %s форме", i.ru, c.Form.NameRU()),
			EN:       fmt.Sprintf("%s is not usually given in the %s form", i.en, c.Form.NameEN()),
			Citation: citeArt32Forms, Unconfirmed: true})
	}
	if (c.Condition != 0 && !c.Condition.valid()) || (c.Form != 0 && !c.Form.valid()) {
		fs = append(fs, oms.Finding{Code: CodeCareInvalid, Severity: oms.Violation,
			RU: "неизвестные условия или форма оказания медицинской помощи", EN: "unknown condition or form of care",
			Citation: citeArt32})
	}
	return oms.NewDecision(fs...)
}

// BaseCare returns the kinds of care the base programme of p includes.
func (p *Programme) BaseCare() []CareKind {
	var out []CareKind
	for k := CareKind(1); k < kindEnd; k++ {
		if p.BaseFunding(k) == FundingOMS {
			out = append(out, k)
		}
	}
	return out
}
