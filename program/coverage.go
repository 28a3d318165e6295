package program

import (
	"fmt"
	"reflect"
	"slices"

	"github.com/omsrules/oms"
)

// An Exclusion is one group of diseases that is in the Programme of State
// Guarantees (care is free) but outside the base programme of ОМС: care for
// it is paid from the budget of the federal subject. The wording of section
// IV: «за исключением заболеваний, передаваемых половым путем, вызванных
// вирусом иммунодефицита человека, синдрома приобретенного иммунодефицита,
// туберкулеза, психических расстройств и расстройств поведения»
// (program.md §1.3, H).
type Exclusion uint8

// The exclusions from the base programme.
const (
	ExclusionSTD          Exclusion = iota + 1 // заболевания, передаваемые половым путем: A50–A64
	ExclusionTuberculosis                      // туберкулез: A15–A19 (and B90 if CoverageRules.ExcludeB90)
	ExclusionHIV                               // ВИЧ-инфекция и СПИД: B20–B24 (and Z21, R75 if the rules exclude them)
	ExclusionMental                            // психические расстройства и расстройства поведения: F00–F99
)

var exclusionNames = [...]struct{ key, ru, en string }{
	ExclusionSTD:          {"std", "заболевания, передаваемые половым путем", "sexually transmitted diseases"},
	ExclusionTuberculosis: {"tuberculosis", "туберкулез", "tuberculosis"},
	ExclusionHIV: {"hiv", "заболевания, вызванные вирусом иммунодефицита человека, синдром приобретенного иммунодефицита",
		"diseases caused by the human immunodeficiency virus, acquired immunodeficiency syndrome"},
	ExclusionMental: {"mental", "психические расстройства и расстройства поведения, в том числе связанные с употреблением психоактивных веществ",
		"mental and behavioural disorders, including those due to psychoactive substance use"},
}

// NameRU returns the wording of the exclusion in the programme.
func (e Exclusion) NameRU() string {
	if e == 0 || int(e) >= len(exclusionNames) {
		return ""
	}
	return exclusionNames[e].ru
}

// NameEN returns the exclusion in English.
func (e Exclusion) NameEN() string {
	if e == 0 || int(e) >= len(exclusionNames) {
		return ""
	}
	return exclusionNames[e].en
}

// The doubtful codes of program.md §1.3 and open question 5.
var (
	codeB90 = MustICD10Range("B90") // последствия туберкулеза
	codeZ21 = MustICD10Range("Z21") // бессимптомный инфекционный статус, вызванный ВИЧ
	codeR75 = MustICD10Range("R75") // лабораторное обнаружение ВИЧ
	rangeZ  = MustICD10Range("Z00-Z99")
	rangeVY = MustICD10Range("V01-Y98")
	rangeU  = MustICD10Range("U00-U99")
)

// A doubtfulCode is a code the base programme covers by default that a
// source would exclude with one of the four groups: what the code is, the
// group, and the source of the optional exclusion, for the Warning Covers
// gives.
type doubtfulCode struct {
	r       ICD10Range
	excl    Exclusion
	option  string // the CoverageRules field that excludes it
	ru, en  string // what the code is
	whyRU   string // the source of the optional exclusion
	whyEN   string
	exclude func(CoverageRules) bool
}

// The sources of the optional exclusions (program.md §1.3): for B90 a
// regional list (M); for Z21 and R75 only the spec's note to consider them
// (L), which the messages say plainly.
var doubtfulCodes = [...]doubtfulCode{
	{codeB90, ExclusionTuberculosis, "ExcludeB90", "последствия туберкулеза", "sequelae of tuberculosis",
		"так поступает перечень блоков МКБ-10, оплачиваемых по ОМС, Карачаево-Черкесской Республики 2009 г., в котором нет B90–B92 (kchr-gov.ru/doc/4443); федеральный текст последствия туберкулеза не называет",
		"the 2009 Karachay-Cherkessia list of ICD-10 blocks paid by ОМС does so, leaving out B90–B92 (kchr-gov.ru/doc/4443); the federal text does not name sequelae of tuberculosis",
		func(r CoverageRules) bool { return r.ExcludeB90 }},
	{codeZ21, ExclusionHIV, "ExcludeZ21", "бессимптомный инфекционный статус, вызванный ВИЧ", "asymptomatic HIV infection status",
		"статус означает инфицирование ВИЧ, но ни федеральный текст, ни другие источники библиотеки не исключают этот код явно",
		"the status is an HIV infection, but neither the federal text nor the library's other sources exclude this code explicitly",
		func(r CoverageRules) bool { return r.ExcludeZ21 }},
	{codeR75, ExclusionHIV, "ExcludeR75", "лабораторное обнаружение ВИЧ", "laboratory evidence of HIV",
		"код относится к ВИЧ, но ни федеральный текст, ни другие источники библиотеки не исключают его явно",
		"the code concerns HIV, but neither the federal text nor the library's other sources exclude it explicitly",
		func(r CoverageRules) bool { return r.ExcludeR75 }},
}

// doubtfulOf returns the doubtful code that contains code, or nil.
func doubtfulOf(code ICD10) *doubtfulCode {
	for i := range doubtfulCodes {
		if doubtfulCodes[i].r.Contains(code) {
			return &doubtfulCodes[i]
		}
	}
	return nil
}

// CoverageRules are the choices the sources do not settle about which codes
// the base programme covers. The zero value holds the library's defaults,
// each the best-supported reading; a caller who reads the law otherwise sets
// the field and passes the rules to Programme.WithCoverageRules.
//
// The library rule of program.md §1.3 is: the base programme covers the
// diseases of section III "minus {A15–A19, A50–A64, B20–B24, F00–F99}
// (optionally B90, Z21, R75)". The three optional exclusions are therefore
// off by default: B90, Z21 and R75 are covered, and Covers adds an
// unconfirmed Warning "program.coverage.doubtful-code" that names the
// exclusion a caller may choose and its source.
type CoverageRules struct {
	// ExcludeB90 excludes B90 (sequelae of tuberculosis) from the base
	// programme with tuberculosis. Default false (covered): section IV
	// names tuberculosis, not its sequelae; the exclusion rests on the 2009
	// Karachay-Cherkessia list of ОМС-funded ICD-10 blocks, which leaves
	// out B90–B92 (program.md §1.3, M for B90).
	ExcludeB90 bool `json:"exclude_b90"`
	// ExcludeZ21 excludes Z21 (asymptomatic HIV infection status) with
	// HIV. Default false (covered): the sources only suggest considering it
	// (program.md §1.3, L).
	ExcludeZ21 bool `json:"exclude_z21"`
	// ExcludeR75 excludes R75 (laboratory evidence of HIV) with HIV.
	// Default false (covered): the sources only suggest considering it
	// (program.md §1.3, L).
	ExcludeR75 bool `json:"exclude_r75"`
	// Factors says how Z00–Z99 (factors influencing health status) are
	// answered. Default FactorsAsActivities.
	Factors FactorsRule `json:"factors"`
	// PalliativeInBase counts palliative care as part of the base programme.
	// Default false: palliative care is outside the base programme and paid
	// from budgets (program.md §2.4). Unconfirmed: the wordings of the base
	// programme seen do not name it, but art. 35 itself was not read
	// (law.md §1.3 [U], law-addendum.md §2 [S/U] ask for this to be
	// configurable), so IncludesCare marks the answer Unconfirmed and cites
	// section IV of the programme, not art. 35.
	PalliativeInBase bool `json:"palliative_in_base"`
}

// A FactorsRule says how Covers answers for Z00–Z99, which section III does
// not name as a disease: the programme pays for these encounters
// (prophylactic examinations, dispensarisation, pregnancy supervision,
// donors) through its list of activities and entitled categories instead.
type FactorsRule uint8

const (
	// FactorsAsActivities (the default): the code is covered as an activity
	// of the programme; Covers is OK with a Warning that coverage depends on
	// the activity, not on the disease list (program.md §1.1).
	FactorsAsActivities FactorsRule = iota
	// FactorsCovered: the code is covered; Covers is OK with an Info.
	FactorsCovered
	// FactorsNotCovered: the code is not on the disease list; Covers
	// reports a Violation.
	FactorsNotCovered
)

var factorsRuleNames = [...]string{FactorsAsActivities: "as_activities", FactorsCovered: "covered", FactorsNotCovered: "not_covered"}

// WithCoverageRules returns a copy of p that answers Covers with rules r.
// The copy shares p's data.
func (p *Programme) WithCoverageRules(r CoverageRules) *Programme {
	q := *p
	q.rules = r
	return &q
}

// CoverageRules returns the rules p answers Covers with.
func (p *Programme) CoverageRules() CoverageRules { return p.rules }

// ExclusionOf returns the exclusion from the base programme that code falls
// under with rules r, in the built-in ICD-10 mapping (Programme.ExclusionOf
// uses the programme's), and false when none applies. It allocates nothing.
func ExclusionOf(code ICD10, r CoverageRules) (Exclusion, bool) {
	return builtinClasses.exclusionOf(code, r)
}

// Covers says whether care for a patient whose main diagnosis is code is
// inside the base programme of ОМС, and in which class of section III.
//
// The decision is OK when the base programme covers the code. It holds:
//   - an Info "program.coverage.class" naming the class of section III;
//   - an Info "program.coverage.base" when the base programme covers it;
//   - a Violation "program.coverage.excluded" for the exclusions (STDs,
//     tuberculosis, HIV/AIDS, mental disorders): care is free under the
//     programme but paid from the budget of the federal subject, not ОМС;
//   - for codes outside the disease list: Z00–Z99 per CoverageRules.Factors;
//     V01–Y98 (external causes, secondary codes only) and undefined codes a
//     Violation; U codes other than U07 a Warning.
//
// Exclusion follows the main diagnosis: a patient with tuberculosis treated
// for a fracture is covered, because the case is coded S/T (program.md §1.3).
//
// The answers are computed once per programme year and shared: Covers is a
// binary search that allocates nothing. Under CoverageRules other than the
// defaults, the codes those rules touch (Z00–Z99, B90, Z21, R75) are
// answered per call.
func (p *Programme) Covers(code ICD10) oms.Decision {
	if !code.IsValid() {
		return invalidCodeDecision
	}
	if p.rules != (CoverageRules{}) && (rangeZ.Contains(code) || doubtfulOf(code) != nil) {
		// The index holds the answers under the default rules; these codes
		// are the only ones the rules change.
		return p.coversUncached(code)
	}
	idx := p.cover
	// Find the last segment with lo <= code; the first starts at the first code.
	lo, hi := 0, len(idx)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if idx[m].lo <= code {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return idx[lo-1].dec
}

var invalidCodeDecision = oms.NewDecision(oms.Finding{
	Code: CodeInvalid, Severity: oms.Violation,
	RU: "код МКБ-10 не задан или неверен", EN: "the ICD-10 code is missing or invalid",
})

// A coverSegment is a run of ICD-10 codes, from lo to the next segment's
// lo, that Covers answers alike.
type coverSegment struct {
	lo  ICD10
	dec oms.Decision
}

// coverIndex computes the answer of Covers for every code once: the code
// space splits at every bound of a class, an exclusion, a doubtful code and
// the unlisted chapters, and inside each piece coversUncached answers alike
// (its texts name classes, groups and ranges, never the code asked). Equal
// neighbours are merged. Built when a programme is built, so that Covers is
// a binary search returning a shared, immutable Decision.
func coverIndex(p *Programme) []coverSegment {
	p = p.WithCoverageRules(CoverageRules{})
	cuts := []ICD10{1, icdMaxOrd}
	add := func(lo, hi ICD10) { cuts = append(cuts, lo, hi+1) }
	for _, r := range p.classes.index {
		add(r.lo, r.hi)
	}
	for _, r := range p.classes.excl {
		add(r.lo, r.hi)
	}
	for c := Class(1); int(c) <= classCount; c++ {
		for _, r := range p.classes.classes[c].doubtful {
			add(r.lo(), r.hi())
		}
	}
	for _, r := range []ICD10Range{rangeZ, rangeVY, rangeU} {
		add(r.lo(), r.hi())
	}
	for i := range doubtfulCodes {
		add(doubtfulCodes[i].r.lo(), doubtfulCodes[i].r.hi())
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	var out []coverSegment
	for _, lo := range cuts[:len(cuts)-1] {
		d := p.coversUncached(lo)
		if n := len(out); n > 0 && reflect.DeepEqual(out[n-1].dec.Findings(), d.Findings()) {
			continue
		}
		out = append(out, coverSegment{lo: lo, dec: d})
	}
	return out
}

// coversUncached computes Covers for one code; coverIndex calls it once a
// segment, and tests compare it with Covers.
func (p *Programme) coversUncached(code ICD10) oms.Decision {
	if !code.IsValid() {
		return invalidCodeDecision
	}
	class, inList := p.classes.classOf(code)
	ex, excluded := p.classes.exclusionOf(code, p.rules)
	dc := doubtfulOf(code)
	doubtful := dc != nil
	if !inList && !excluded {
		d := p.coversUnlisted(code)
		if doubtful {
			d = d.With(p.doubtfulFinding(dc, false))
		}
		return d
	}
	var fs []oms.Finding
	if inList {
		fs = append(fs, oms.Finding{
			Code: CodeClass, Severity: oms.Info,
			RU:          fmt.Sprintf("п. %d раздела III: %s", class.Number(), class.NameRU()),
			EN:          fmt.Sprintf("item %d of section III: %s", class.Number(), class.NameEN()),
			Citation:    p.sectionIII(),
			Unconfirmed: p.classes.unconfirmedFor(class, code),
		})
	}
	if excluded {
		fs = append(fs, oms.Finding{
			Code: CodeExcluded, Severity: oms.Violation,
			RU: fmt.Sprintf("%s: не входит в базовую программу ОМС; медицинская помощь оказывается бесплатно за счет бюджетных ассигнований бюджета субъекта РФ",
				ex.NameRU()),
			EN: fmt.Sprintf("%s: outside the base ОМС programme; care is free but paid from the budget of the federal subject, not by ОМС",
				ex.NameEN()),
			Citation:    p.sectionIV(),
			Unconfirmed: doubtful,
		}, oms.Finding{
			Code: CodeBudget, Severity: oms.Info,
			RU: "финансирование за счет бюджета субъекта РФ", EN: "funded from the budget of the federal subject",
			Citation: p.sectionBudget(),
		})
	} else {
		fs = append(fs, oms.Finding{
			Code: CodeBase, Severity: oms.Info,
			RU:          "входит в базовую программу ОМС",
			EN:          "covered by the base ОМС programme",
			Citation:    p.sectionIV(),
			Unconfirmed: p.classes.unconfirmedFor(class, code) || doubtful,
		}, oms.Finding{
			Code: CodeInsuredEvent, Severity: oms.Info,
			RU: "страховые случаи базовой программы", EN: "insured events of the base programme",
			Citation: citeArt35,
		})
	}
	if doubtful {
		fs = append(fs, p.doubtfulFinding(dc, excluded))
	}
	return oms.NewDecision(fs...)
}

// doubtfulFinding is the Warning on B90, Z21 and R75: by default covered,
// naming the optional exclusion and its source; excluded, naming the
// caller's choice.
func (p *Programme) doubtfulFinding(dc *doubtfulCode, excluded bool) oms.Finding {
	s := dc.r.String()
	f := oms.Finding{Code: CodeDoubtful, Severity: oms.Warning, Citation: p.sectionIV(), Unconfirmed: true}
	if excluded {
		f.RU = fmt.Sprintf("%s (%s) исключен из базовой программы ОМС вместе с группой «%s» по выбору CoverageRules.%s: %s.",
			s, dc.ru, dc.excl.NameRU(), dc.option, dc.whyRU)
		f.EN = fmt.Sprintf("%s (%s) is excluded from the base ОМС programme with %s by the choice CoverageRules.%s: %s.",
			s, dc.en, dc.excl.NameEN(), dc.option, dc.whyEN)
		return f
	}
	f.RU = fmt.Sprintf("%s (%s) входит в базовую программу ОМС по правилу библиотеки: раздел IV исключает группы заболеваний, и федеральный текст этот код к ним прямо не относит. Возможно исключение вместе с группой «%s» (CoverageRules.%s): %s.",
		s, dc.ru, dc.excl.NameRU(), dc.option, dc.whyRU)
	f.EN = fmt.Sprintf("%s (%s) is covered by the base ОМС programme under the library's rule: section IV excludes groups of diseases, and the federal text does not put this code in one of them outright. It may be excluded with %s (CoverageRules.%s): %s.",
		s, dc.en, dc.excl.NameEN(), dc.option, dc.whyEN)
	return f
}

func (p *Programme) coversUnlisted(code ICD10) oms.Decision {
	switch {
	case rangeZ.Contains(code):
		s := "Z00–Z99"
		switch p.rules.Factors {
		case FactorsCovered:
			return oms.NewDecision(oms.Finding{
				Code: CodeActivity, Severity: oms.Info,
				RU:       s + ": фактор, влияющий на состояние здоровья; обращение оплачивается как мероприятие программы",
				EN:       s + ": a factor influencing health status; the encounter is paid as an activity of the programme",
				Citation: p.sectionIII(),
			})
		case FactorsNotCovered:
			return oms.NewDecision(oms.Finding{
				Code: CodeUnlisted, Severity: oms.Violation,
				RU:       s + ": факторы, влияющие на состояние здоровья, не названы в перечне заболеваний раздела III",
				EN:       s + ": factors influencing health status are not named in the disease list of section III",
				Citation: p.sectionIII(),
			})
		}
		return oms.NewDecision(oms.Finding{
			Code: CodeActivity, Severity: oms.Warning,
			RU: s + ": не заболевание из перечня раздела III; оплачивается по ОМС, если обращение — мероприятие программы " +
				"(профилактический осмотр, диспансеризация, наблюдение беременности, донорство)",
			EN: s + ": not a disease of the section III list; covered when the encounter is an activity of the programme " +
				"(prophylactic examination, dispensarisation, pregnancy supervision, donation)",
			Citation:    p.sectionIII(),
			Unconfirmed: true,
		})
	case rangeVY.Contains(code):
		return oms.NewDecision(oms.Finding{
			Code: CodeExternalCause, Severity: oms.Violation,
			RU:       "V01–Y98: внешняя причина (класс XX МКБ-10) — дополнительный код; покрытие определяется основным диагнозом (травма, отравление)",
			EN:       "V01–Y98: an external cause (ICD-10 chapter XX) is a secondary code; coverage follows the main diagnosis (the injury or poisoning)",
			Citation: p.sectionIII(),
		})
	case rangeU.Contains(code):
		return oms.NewDecision(oms.Finding{
			Code: CodeSpecial, Severity: oms.Warning,
			RU:          "U00–U99: код для особых целей (класс U) не назван в перечне; покрытие определяется состоянием, которое он обозначает",
			EN:          "U00–U99: a code for special purposes (U) is not named in the list; coverage follows the condition it stands for",
			Citation:    p.sectionIII(),
			Unconfirmed: true,
		})
	}
	return oms.NewDecision(oms.Finding{
		Code: CodeUnlisted, Severity: oms.Violation,
		RU:       "код вне классов МКБ-10, перечисленных в разделе III",
		EN:       "the code is outside the ICD-10 chapters listed in section III",
		Citation: p.sectionIII(),
	})
}
