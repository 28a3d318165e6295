package program

import (
	"fmt"

	"github.com/omsrules/oms"
)

// An Activity is a measure the programme pays for through its list of
// entitled categories and activities (section III) rather than its disease
// list: examinations, screenings, priority rights. Each is a dated feature
// of the programme years that have it. Source: program.md §1.2, which says
// what grew between 2019 and 2026; only the activities it dates are here.
type Activity uint8

// The activities.
const (
	// ActivityProphylacticExams: профилактические медицинские осмотры, every
	// year of the library.
	ActivityProphylacticExams Activity = iota + 1
	// ActivityDispensarisation: диспансеризация, every year of the library.
	ActivityDispensarisation
	// ActivityInDepthDispensarisation: углубленная диспансеризация of
	// people who had COVID-19, from the 2021 programme (news, H/M:
	// unconfirmed).
	ActivityInDepthDispensarisation
	// ActivityReproductiveDispensarisation: диспансеризация для оценки
	// репродуктивного здоровья, from the 2024 programme (news, H/M:
	// unconfirmed).
	ActivityReproductiveDispensarisation
	// ActivityVeteransPriority: priority care for combat veterans and
	// participants of the special military operation, from the 2025
	// programme (okolopolitiki.online on ПП 1940, M: unconfirmed).
	ActivityVeteransPriority
	// ActivityNIPT: non-invasive prenatal testing of fetal DNA for pregnant
	// women at medium or high risk of chromosomal anomalies after the
	// first-trimester screening, from the 2026 programme (Interfax
	// 19.01.2026, news.mail.ru/society/69376283).
	ActivityNIPT
	// ActivityPGT: pre-implantation genetic testing (ПГТ-М, ПГТ-СП) in IVF,
	// from the 2026 programme. Unconfirmed: the January 2026 statements say
	// it is paid by ОМС, a report on the draft said regional budgets.
	ActivityPGT
	activityEnd
)

var activityTable = [...]struct {
	key, ru, en string
	since       int
	unconfirmed bool
}{
	ActivityProphylacticExams: {"prophylactic-exams", "профилактические медицинские осмотры", "prophylactic medical examinations", FirstYear, false},
	ActivityDispensarisation:  {"dispensarisation", "диспансеризация", "dispensarisation", FirstYear, false},
	ActivityInDepthDispensarisation: {"in-depth-dispensarisation", "углубленная диспансеризация граждан, перенесших новую коронавирусную инфекцию (COVID-19)",
		"in-depth dispensarisation after COVID-19", 2021, true},
	ActivityReproductiveDispensarisation: {"reproductive-dispensarisation", "диспансеризация для оценки репродуктивного здоровья",
		"dispensarisation assessing reproductive health", 2024, true},
	ActivityVeteransPriority: {"veterans-priority", "приоритетное оказание медицинской помощи ветеранам боевых действий и участникам специальной военной операции",
		"priority care for combat veterans and participants of the special military operation", 2025, true},
	ActivityNIPT: {"nipt", "неинвазивное пренатальное тестирование (определение внеклеточной ДНК плода по крови матери)",
		"non-invasive prenatal testing of fetal DNA", 2026, false},
	ActivityPGT: {"pgt", "преимплантационное генетическое тестирование (ПГТ-М, ПГТ-СП) при ЭКО",
		"pre-implantation genetic testing in IVF", 2026, true},
}

// Activities returns every activity the package knows.
func Activities() []Activity {
	out := make([]Activity, 0, activityEnd-1)
	for a := Activity(1); a < activityEnd; a++ {
		out = append(out, a)
	}
	return out
}

func (a Activity) valid() bool { return a != 0 && a < activityEnd }

// NameRU returns the activity in Russian.
func (a Activity) NameRU() string {
	if !a.valid() {
		return ""
	}
	return activityTable[a].ru
}

// NameEN returns the activity in English.
func (a Activity) NameEN() string {
	if !a.valid() {
		return ""
	}
	return activityTable[a].en
}

// Since returns the first built-in programme year that has the activity.
func (a Activity) Since() int {
	if !a.valid() {
		return 0
	}
	return activityTable[a].since
}

// parseActivity returns the activity with the stable key s.
func parseActivity(s string) (Activity, error) {
	for a := Activity(1); a < activityEnd; a++ {
		if activityTable[a].key == s {
			return a, nil
		}
	}
	return 0, fmt.Errorf("program: unknown activity %q", s)
}

// String returns the stable key, such as "nipt".
func (a Activity) String() string {
	if !a.valid() {
		return fmt.Sprintf("Activity(%d)", uint8(a))
	}
	return activityTable[a].key
}

// Activities returns the activities of the programme's year.
func (p *Programme) Activities() []Activity {
	var out []Activity
	for a := Activity(1); a < activityEnd; a++ {
		if p.activities[a] {
			out = append(out, a)
		}
	}
	return out
}

// HasActivity says whether the programme of p's year pays for activity a
// (the year's data lists it, or, where the data gives no list, it is not
// newer than the year).
func (p *Programme) HasActivity(a Activity) oms.Decision {
	if !a.valid() {
		return oms.NewDecision(oms.Finding{Code: CodeActivityNotIn, Severity: oms.Violation,
			RU: "неизвестное мероприятие", EN: "unknown activity"})
	}
	i := activityTable[a]
	if !p.activities[a] {
		return oms.NewDecision(oms.Finding{Code: CodeActivityNotIn, Severity: oms.Violation,
			RU:       fmt.Sprintf("%s: в программе %d года нет (введено с %d года)", i.ru, p.year, i.since),
			EN:       fmt.Sprintf("%s: not in the %d programme (from %d)", i.en, p.year, i.since),
			Citation: p.sectionIII(), Unconfirmed: i.unconfirmed})
	}
	return oms.NewDecision(oms.Finding{Code: CodeActivityIn, Severity: oms.Info,
		RU: i.ru + ": входит в программу", EN: i.en + " is in the programme",
		Citation: p.sectionIII(), Unconfirmed: i.unconfirmed})
}
