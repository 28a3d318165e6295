package program

import (
	"fmt"
	"slices"
	"time"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
)

// A Programme is one year's Programme of State Guarantees of free medical
// care (ПГГ), approved by a decree of the Government, and the base programme
// of ОМС inside it. Each decree approves a programme for one year and two
// planning years; the next year's decree replaces it, so the programme in
// force for a year is the one approved for that year.
//
// A Programme is built once from its data (program/data/*.json for the
// built-in years, LoadYear for others) and is immutable and safe for
// concurrent use; the values Base returns are shared. WithCoverageRules
// returns a modified copy.
type Programme struct {
	*programmeYear // the year's data, built once and shared by every view
	rules          CoverageRules
	oncologyFrom   Event // the event the oncology consultation counts from; 0: the data's
}

// A programmeYear is what a programme year's data builds: immutable, shared
// by the Programme values of that year (WithCoverageRules, Rules.Base).
type programmeYear struct {
	data       yearJSON // as loaded, normalised; MarshalJSON writes it
	year       int
	decree     oms.Citation
	adopted    date.Date
	amendments []Amendment
	sections   sectionsJSON
	classes    *classSet // the classes of section III and the exclusions of section IV
	care       *[kindEnd]careEntry
	activities [activityEnd]bool
	waits      [waitKindEnd]waitEntry
	volumes    [normItemEnd]normEntry
	unitCosts  [normItemEnd]normEntry
	perCapita  normEntry
	cover      []coverSegment // the answers of Covers under the default CoverageRules (coverIndex)
}

// An Amendment is a later decree that changed a programme during its year.
type Amendment struct {
	// Citation is the amending decree.
	Citation oms.Citation `json:"citation"`
	// From is the first day the change applies.
	From date.Date `json:"from"`
	// RU says what changed, in Russian.
	RU string `json:"ru"`
	// EN says what changed, in English.
	EN string `json:"en"`
	// Unconfirmed marks an amendment whose date or content the sources do not
	// settle; Note says what.
	Unconfirmed bool `json:"unconfirmed,omitempty"`
	// Note says what is unconfirmed.
	Note string `json:"note,omitempty"`
}

// ErrNoProgramme is returned (wrapped) by Base for a date whose year has no
// programme in the data: before 2019, or after the last year built in
// (2026) until that year is loaded with LoadYear and Catalog.With. It wraps
// oms.ErrNotInForce.
var ErrNoProgramme = fmt.Errorf("program: the programme of state guarantees for that year is not in the data: %w", oms.ErrNotInForce)

// FirstYear and LastYear are the programme years built into the library
// (program/data/*.json).
const (
	FirstYear = 2019
	LastYear  = 2026
)

// Base returns the built-in programme in force on asOf: the one approved
// for the calendar year of asOf. For a year the data does not have (before
// 2019, after 2026) it returns an error wrapping ErrNoProgramme (and
// oms.ErrNotInForce): the planning years of the last decree are not the
// programme of those years. Builtin().With adds a loaded year.
func Base(asOf date.Date) (*Programme, error) {
	return Builtin().Base(asOf)
}

// MustBase is like Base but panics on error; for examples and tests.
func MustBase(asOf date.Date) *Programme {
	p, err := Base(asOf)
	if err != nil {
		panic(err)
	}
	return p
}

// Programmes returns every built-in programme, oldest first.
func Programmes() []*Programme {
	return Builtin().Programmes()
}

// Year returns the programme year (the first year of the decree's period).
func (p *Programme) Year() int { return p.year }

// Period returns the years the decree covers: the programme year and the two
// planning years.
func (p *Programme) Period() (first, last int) { return p.year, p.year + 2 }

// InForce returns the first and last day the programme is the one in force:
// 1 January to 31 December of its year.
func (p *Programme) InForce() (from, to date.Date) {
	return date.New(p.year, time.January, 1), date.New(p.year, time.December, 31)
}

// Decree returns the citation of the decree that approved the programme.
func (p *Programme) Decree() oms.Citation { return p.decree }

// Adopted returns the date of the decree.
func (p *Programme) Adopted() date.Date { return p.adopted }

// Amendments returns the later decrees that changed the programme during its
// year, oldest first.
func (p *Programme) Amendments() []Amendment { return slices.Clone(p.amendments) }

// Unconfirmed returns what the library's sources do not settle about the
// decree itself (its number or date), or "".
func (p *Programme) Unconfirmed() string { return p.data.Unconfirmed }

// String returns "ПГГ 2026 (ПП РФ № 2188 от 29.12.2025)".
func (p *Programme) String() string {
	return fmt.Sprintf("ПГГ %d (%s)", p.year, p.decree.Act)
}

// section returns the citation of a section of the programme. The section is
// named in Title because a programme has sections, not articles. Section
// numbers are given only for the years the sources show them (the
// "sections" of the year's data; program.md §1.3, §3): II and III since
// 2019, IV (base ОМС) in 2023–2026, VII (waiting times) in 2024–2026;
// otherwise the section is named by its subject alone.
func (p *Programme) section(number string, title string) oms.Citation {
	c := p.decree
	if number != "" {
		c.Title = "Программа государственных гарантий, раздел " + number + ": " + title
	} else {
		c.Title = "Программа государственных гарантий: " + title
	}
	return c
}

func (p *Programme) sectionII() oms.Citation {
	return p.section(p.sections.CareTypes, "виды, условия и формы оказания медицинской помощи")
}

func (p *Programme) sectionIII() oms.Citation {
	return p.section(p.sections.Diseases, "перечень заболеваний и состояний, оказание медицинской помощи при которых осуществляется бесплатно")
}

func (p *Programme) sectionIV() oms.Citation {
	return p.section(p.sections.BaseProgramme, "базовая программа обязательного медицинского страхования")
}

func (p *Programme) sectionBudget() oms.Citation {
	return p.section(p.sections.Budget, "финансовое обеспечение за счет бюджетных ассигнований")
}

func (p *Programme) sectionWaiting() oms.Citation {
	return p.section(p.sections.WaitingTimes, "сроки ожидания медицинской помощи")
}

func (p *Programme) sectionNorms() oms.Citation {
	return p.section(p.sections.Norms, "средние нормативы объема медицинской помощи, финансовых затрат и подушевые нормативы")
}

// Citations of the federal laws the programme rests on.
var (
	citeArt35 = oms.Citation{Act: oms.Act326FZ, Article: "35", Part: "6",
		Title: "базовая программа обязательного медицинского страхования"}
	citeArt36 = oms.Citation{Act: oms.Act326FZ, Article: "36",
		Title: "территориальная программа обязательного медицинского страхования"}
	citeArt32 = oms.Citation{Act: oms.Act323FZ, Article: "32",
		Title: "виды, условия и формы оказания медицинской помощи"}
	citeArt32Conditions = oms.Citation{Act: oms.Act323FZ, Article: "32", Part: "3",
		Title: "условия оказания медицинской помощи"}
	citeArt32Forms = oms.Citation{Act: oms.Act323FZ, Article: "32", Part: "4",
		Title: "формы оказания медицинской помощи"}
	citeArt81 = oms.Citation{Act: oms.Act323FZ, Article: "81",
		Title: "территориальная программа государственных гарантий"}
)
