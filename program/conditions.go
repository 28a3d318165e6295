package program

import "fmt"

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
