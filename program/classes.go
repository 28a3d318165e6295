package program

import (
	"fmt"
	"slices"
)

// A Class is one item of the list of diseases and conditions for which care
// is free, section III of the Programme of State Guarantees («Перечень
// заболеваний и состояний, оказание медицинской помощи при которых
// осуществляется бесплатно ...»). The list has had the same wording from
// 2019 to 2026.
//
// Items 1–20 are the same twenty groups as the list of insured events of
// 326-ФЗ art. 35 part 6; item 21 (mental and behavioural disorders) and item
// 22 (symptoms and signs) are the items the programme lists beyond them.
//
// The zero Class is not a class.
type Class uint8

// The classes of section III, numbered as in the programme.
const (
	ClassInfectious              Class = iota + 1 // 1. инфекционные и паразитарные болезни
	ClassNeoplasms                                // 2. новообразования
	ClassEndocrine                                // 3. болезни эндокринной системы
	ClassNutritionMetabolic                       // 4. расстройства питания и нарушения обмена веществ
	ClassNervous                                  // 5. болезни нервной системы
	ClassBlood                                    // 6. болезни крови, кроветворных органов
	ClassImmune                                   // 7. отдельные нарушения, вовлекающие иммунный механизм
	ClassEye                                      // 8. болезни глаза и его придаточного аппарата
	ClassEar                                      // 9. болезни уха и сосцевидного отростка
	ClassCirculatory                              // 10. болезни системы кровообращения
	ClassRespiratory                              // 11. болезни органов дыхания
	ClassDigestive                                // 12. болезни органов пищеварения ...
	ClassGenitourinary                            // 13. болезни мочеполовой системы
	ClassSkin                                     // 14. болезни кожи и подкожной клетчатки
	ClassMusculoskeletal                          // 15. болезни костно-мышечной системы и соединительной ткани
	ClassInjuries                                 // 16. травмы, отравления ...
	ClassCongenital                               // 17. врожденные аномалии (пороки развития)
	ClassDeformationsChromosomal                  // 18. деформации и хромосомные нарушения
	ClassPregnancy                                // 19. беременность, роды, послеродовой период и аборты
	ClassPerinatal                                // 20. отдельные состояния, возникающие у детей в перинатальный период
	ClassMental                                   // 21. психические расстройства и расстройства поведения
	ClassSymptoms                                 // 22. симптомы, признаки и отклонения от нормы ...

	classCount = int(ClassSymptoms)
)

type classInfo struct {
	key    string // stable text form
	nameRU string // exact wording of section III
	nameEN string
	art35  string // exact wording of the 326-ФЗ art. 35 part 6 list, "" if not there
	ranges []ICD10Range
	// unconfirmed says what the sources do not settle, "" if nothing.
	unconfirmed string
	// doubtful limits unconfirmed to these ranges; nil means the whole class.
	doubtful []ICD10Range
}

// classTable is indexed by Class. The ICD-10 ranges are the chapters and
// blocks of the classification (program.md §1.1); where two programme items
// share one chapter the split is this package's mapping, said in
// unconfirmed.
var classTable = [...]classInfo{
	ClassInfectious: {
		key: "infectious", nameRU: "инфекционные и паразитарные болезни",
		nameEN: "infectious and parasitic diseases",
		art35:  "инфекционные и паразитарные болезни, за исключением заболеваний, передаваемых половым путем, туберкулеза, ВИЧ-инфекции и синдрома приобретенного иммунодефицита",
		ranges: rs("A00-B99", "U07"), doubtful: rs("U07"),
		unconfirmed: "U07 (COVID-19, a code for special purposes) is counted as an infectious disease, " +
			"as program.md §1.1 recommends; the programme does not name it",
	},
	ClassNeoplasms: {key: "neoplasms", nameRU: "новообразования", nameEN: "neoplasms",
		art35: "новообразования", ranges: rs("C00-D48")},
	ClassEndocrine: {key: "endocrine", nameRU: "болезни эндокринной системы",
		nameEN: "diseases of the endocrine system", art35: "болезни эндокринной системы",
		ranges:      rs("E00-E35"),
		unconfirmed: "the split of ICD-10 chapter IV into E00–E35 and E40–E90 is this library's mapping (program.md §1.1, M)"},
	ClassNutritionMetabolic: {key: "nutrition-metabolism",
		nameRU: "расстройства питания и нарушения обмена веществ",
		nameEN: "nutritional and metabolic disorders",
		art35:  "расстройства питания и нарушения обмена веществ", ranges: rs("E40-E90"),
		unconfirmed: "the split of ICD-10 chapter IV into E00–E35 and E40–E90 is this library's mapping (program.md §1.1, M)"},
	ClassNervous: {key: "nervous", nameRU: "болезни нервной системы",
		nameEN: "diseases of the nervous system", art35: "болезни нервной системы", ranges: rs("G00-G99")},
	ClassBlood: {key: "blood", nameRU: "болезни крови, кроветворных органов",
		nameEN: "diseases of the blood and blood-forming organs",
		art35:  "болезни крови, кроветворных органов", ranges: rs("D50-D77")},
	ClassImmune: {key: "immune", nameRU: "отдельные нарушения, вовлекающие иммунный механизм",
		nameEN: "certain disorders involving the immune mechanism",
		art35:  "отдельные нарушения, вовлекающие иммунный механизм", ranges: rs("D80-D89")},
	ClassEye: {key: "eye", nameRU: "болезни глаза и его придаточного аппарата",
		nameEN: "diseases of the eye and adnexa",
		art35:  "болезни глаза и его придаточного аппарата", ranges: rs("H00-H59")},
	ClassEar: {key: "ear", nameRU: "болезни уха и сосцевидного отростка",
		nameEN: "diseases of the ear and mastoid process",
		art35:  "болезни уха и сосцевидного отростка", ranges: rs("H60-H95")},
	ClassCirculatory: {key: "circulatory", nameRU: "болезни системы кровообращения",
		nameEN: "diseases of the circulatory system",
		art35:  "болезни системы кровообращения", ranges: rs("I00-I99")},
	ClassRespiratory: {key: "respiratory", nameRU: "болезни органов дыхания",
		nameEN: "diseases of the respiratory system",
		art35:  "болезни органов дыхания", ranges: rs("J00-J99")},
	ClassDigestive: {key: "digestive",
		nameRU: "болезни органов пищеварения, в том числе болезни полости рта, слюнных желез и челюстей (за исключением зубного протезирования)",
		nameEN: "diseases of the digestive system, including diseases of the oral cavity, salivary glands and jaws (except dental prosthetics)",
		art35:  "болезни органов пищеварения", ranges: rs("K00-K93")},
	ClassGenitourinary: {key: "genitourinary", nameRU: "болезни мочеполовой системы",
		nameEN: "diseases of the genitourinary system",
		art35:  "болезни мочеполовой системы", ranges: rs("N00-N99")},
	ClassSkin: {key: "skin", nameRU: "болезни кожи и подкожной клетчатки",
		nameEN: "diseases of the skin and subcutaneous tissue",
		art35:  "болезни кожи и подкожной клетчатки", ranges: rs("L00-L99")},
	ClassMusculoskeletal: {key: "musculoskeletal",
		nameRU: "болезни костно-мышечной системы и соединительной ткани",
		nameEN: "diseases of the musculoskeletal system and connective tissue",
		art35:  "болезни костно-мышечной системы и соединительной ткани", ranges: rs("M00-M99")},
	ClassInjuries: {key: "injuries",
		nameRU: "травмы, отравления и некоторые другие последствия воздействия внешних причин",
		nameEN: "injuries, poisonings and certain other consequences of external causes",
		art35:  "травмы, отравления и некоторые другие последствия воздействия внешних причин",
		ranges: rs("S00-T98")},
	ClassCongenital: {key: "congenital", nameRU: "врожденные аномалии (пороки развития)",
		nameEN: "congenital malformations",
		art35:  "врожденные аномалии (пороки развития)", ranges: rs("Q00-Q64", "Q69-Q89"), doubtful: rs("Q65-Q68"),
		unconfirmed: "ICD-10 chapter XVII is split between items 17 and 18 by this library: the congenital " +
			"deformations Q65–Q68 go to item 18, the other malformations to item 17"},
	ClassDeformationsChromosomal: {key: "deformations-chromosomal",
		nameRU: "деформации и хромосомные нарушения",
		nameEN: "deformations and chromosomal abnormalities",
		art35:  "деформации и хромосомные нарушения", ranges: rs("Q65-Q68", "Q90-Q99"), doubtful: rs("Q65-Q68"),
		unconfirmed: "ICD-10 chapter XVII is split between items 17 and 18 by this library: the congenital " +
			"deformations Q65–Q68 and the chromosomal abnormalities Q90–Q99 go to item 18"},
	ClassPregnancy: {key: "pregnancy",
		nameRU: "беременность, роды, послеродовой период и аборты",
		nameEN: "pregnancy, childbirth, the puerperium and abortions",
		art35:  "беременность, роды, послеродовой период и аборты", ranges: rs("O00-O99")},
	ClassPerinatal: {key: "perinatal",
		nameRU: "отдельные состояния, возникающие у детей в перинатальный период",
		nameEN: "certain conditions arising in children in the perinatal period",
		art35:  "отдельные состояния, возникающие у детей в перинатальный период", ranges: rs("P00-P96")},
	ClassMental: {key: "mental", nameRU: "психические расстройства и расстройства поведения",
		nameEN: "mental and behavioural disorders", ranges: rs("F00-F99"),
		unconfirmed: "the federal wording of item 21 was not read; it is the wording of the base-programme " +
			"exclusion (program.md §1.3, H) and of 2026 news (M)"},
	ClassSymptoms: {key: "symptoms",
		nameRU: "симптомы, признаки и отклонения от нормы, не отнесенные к заболеваниям и состояниям",
		nameEN: "symptoms, signs and abnormal findings not classified as diseases or conditions",
		ranges: rs("R00-R99"),
		unconfirmed: "the federal wording of item 22 was not read in any stored copy (program.md §1.1, L); " +
			"it is in the base programme because the exclusions do not name it"},
}

func rs(ss ...string) []ICD10Range {
	out := make([]ICD10Range, len(ss))
	for i, s := range ss {
		out[i] = MustICD10Range(s)
	}
	return out
}

// Classes returns the 22 classes of section III in the programme's order.
func Classes() []Class {
	out := make([]Class, classCount)
	for i := range out {
		out[i] = Class(i + 1)
	}
	return out
}

// Art35Classes returns the 20 classes that are also the insured events of
// 326-ФЗ art. 35 part 6, in its order (which is the programme's order).
func Art35Classes() []Class {
	return Classes()[:ClassPerinatal]
}

func (c Class) info() *classInfo {
	if c == 0 || int(c) > classCount {
		return nil
	}
	return &classTable[c]
}

// IsValid reports whether c is one of the 22 classes.
func (c Class) IsValid() bool { return c.info() != nil }

// Number returns the item number in section III, 1 to 22.
func (c Class) Number() int {
	if !c.IsValid() {
		return 0
	}
	return int(c)
}

// NameRU returns the exact wording of the item in section III.
func (c Class) NameRU() string {
	if i := c.info(); i != nil {
		return i.nameRU
	}
	return ""
}

// NameEN returns an English rendering of the item.
func (c Class) NameEN() string {
	if i := c.info(); i != nil {
		return i.nameEN
	}
	return ""
}

// Art35Name returns the wording of the item in the list of 326-ФЗ art. 35
// part 6 (as reproduced from the 2010 text, law-addendum.md §2) and true, or
// "" and false for the two classes that list does not have. The infectious
// item there carries its own exception; the digestive item has no dental
// wording.
func (c Class) Art35Name() (string, bool) {
	if i := c.info(); i != nil && i.art35 != "" {
		return i.art35, true
	}
	return "", false
}

// Ranges returns the ICD-10 ranges of the class, in order.
func (c Class) Ranges() []ICD10Range {
	if i := c.info(); i != nil {
		return slices.Clone(i.ranges)
	}
	return nil
}

// Unconfirmed returns what the library's sources do not settle about the
// class (its wording or its ICD-10 mapping), or "".
func (c Class) Unconfirmed() string {
	if i := c.info(); i != nil {
		return i.unconfirmed
	}
	return ""
}

// String returns the stable key of the class, such as "infectious"; the
// same text MarshalText writes.
func (c Class) String() string {
	if i := c.info(); i != nil {
		return i.key
	}
	return fmt.Sprintf("Class(%d)", uint8(c))
}

// MarshalText implements encoding.TextMarshaler with the stable key.
func (c Class) MarshalText() ([]byte, error) {
	i := c.info()
	if i == nil {
		return nil, fmt.Errorf("program: invalid class %d", uint8(c))
	}
	return []byte(i.key), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts the keys
// String returns.
func (c *Class) UnmarshalText(text []byte) error {
	v, err := ParseClass(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// ParseClass returns the class with the given key ("infectious", ...).
func ParseClass(s string) (Class, error) {
	for i := 1; i <= classCount; i++ {
		if classTable[i].key == s {
			return Class(i), nil
		}
	}
	return 0, fmt.Errorf("program: unknown class %q", s)
}

// A classRange is one ICD-10 range of a class, as ordinals.
type classRange struct {
	lo, hi ICD10
	class  Class
}

// ClassOf returns the class of section III that code falls in under the
// built-in ICD-10 mapping, and false for a code in none of them (Z00–Z99,
// V01–Y98, most U codes, and codes outside the chapters). It is a binary
// search over the sorted ranges and allocates nothing.
func ClassOf(code ICD10) (Class, bool) {
	return builtinClasses.classOf(code)
}

func searchRanges(idx []classRange, code ICD10) (Class, bool) {
	// Find the last range with lo <= code.
	lo, hi := 0, len(idx)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if idx[m].lo <= code {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 || !code.IsValid() {
		return 0, false
	}
	if r := idx[lo-1]; code <= r.hi {
		return r.class, true
	}
	return 0, false
}

// classOfLinear is the naive reference for ClassOf: a scan over every range
// of every class. Tests and benchmarks compare the two.
func classOfLinear(code ICD10) (Class, bool) {
	for c := Class(1); int(c) <= classCount; c++ {
		for _, r := range classTable[c].ranges {
			if r.Contains(code) {
				return c, true
			}
		}
	}
	return 0, false
}
