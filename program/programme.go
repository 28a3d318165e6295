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
// A Programme is immutable and safe for concurrent use; the values Base
// returns are shared. WithCoverageRules returns a modified copy.
type Programme struct {
	year        int
	decree      oms.Citation
	adopted     date.Date
	unconfirmed string
	amendments  []Amendment
	rules       CoverageRules
}

// An Amendment is a later decree that changed a programme during its year.
type Amendment struct {
	// Citation is the amending decree.
	Citation oms.Citation
	// From is the first day the change applies.
	From date.Date
	// RU and EN say what changed.
	RU, EN string
	// Unconfirmed marks an amendment whose date or content the sources do not
	// settle; Note says what.
	Unconfirmed bool
	// Note says what is unconfirmed.
	Note string
}

// ErrNoProgramme is returned (wrapped) by Base for a date outside the years
// the library has (2019–2026). It wraps oms.ErrNotInForce.
var ErrNoProgramme = fmt.Errorf("program: no programme of state guarantees in the library for that date: %w", oms.ErrNotInForce)

// FirstYear and LastYear are the programme years the library holds.
const (
	FirstYear = 2019
	LastYear  = 2026
)

func decree(no, day string, url string) oms.Citation {
	return oms.Citation{
		Act:   "ПП РФ № " + no + " от " + day,
		Title: "Программа государственных гарантий бесплатного оказания гражданам медицинской помощи",
		URL:   url,
	}
}

// programmes holds one programme per year, FirstYear to LastYear, in order.
// Sources: program.md §0.
var programmes = [...]Programme{
	{year: 2019, decree: decree("1506", "10.12.2018", ""), adopted: date.New(2018, time.December, 10),
		unconfirmed: "decree number and date from secondary sources; the text was not read (program.md §0, M)"},
	{year: 2020, decree: decree("1610", "07.12.2019", "https://docs.cntd.ru/document/561724289"),
		adopted:     date.New(2019, time.December, 7),
		unconfirmed: "decree number from secondary sources (program.md §0, M)"},
	{year: 2021, decree: decree("2299", "28.12.2020", ""), adopted: date.New(2020, time.December, 28)},
	{year: 2022, decree: decree("2505", "28.12.2021", ""), adopted: date.New(2021, time.December, 28)},
	{year: 2023, decree: decree("2497", "29.12.2022", ""), adopted: date.New(2022, time.December, 29),
		unconfirmed: "decree number and date not confirmed by any stored source (program.md §0, L)"},
	{year: 2024, decree: decree("2353", "28.12.2023", "https://docs.cntd.ru/document/1304475562"),
		adopted:     date.New(2023, time.December, 28),
		unconfirmed: "decree number from secondary sources; the text is docs.cntd.ru 1304475562 (program.md §0, M)"},
	{year: 2025, decree: decree("1940", "27.12.2024", "https://r-19.ru/documents/10872/177096.html"),
		adopted: date.New(2024, time.December, 27),
		amendments: []Amendment{{
			Citation:    oms.Citation{Act: "ПП РФ № 1365 от 04.09.2025", Title: "изменения в Программу на 2025 год (раздел IV)"},
			From:        date.New(2025, time.September, 4),
			RU:          "в базовую программу включена госпитализация лиц со стойкими нарушениями функций (маломобильных) для проведения диспансеризации",
			EN:          "base programme covers hospitalisation of people with persistent functional impairments (low mobility) for dispensarisation",
			Unconfirmed: true,
			Note:        "the day the amendment took effect is taken as the decree's date; the publication date was not read (abakan-gazeta.ru 29.12.2025)",
		}}},
	{year: 2026, decree: decree("2188", "29.12.2025", "https://artramedica.ru/postanovlenie-2188-gosgarantii-2026-2028"),
		adopted: date.New(2025, time.December, 29)},
}

// Base returns the programme in force on asOf: the one approved for the
// calendar year of asOf. For a date before 2019 or after 2026 it returns an
// error wrapping ErrNoProgramme (and oms.ErrNotInForce): the planning years
// of the last decree are not the programme of those years.
func Base(asOf date.Date) (*Programme, error) {
	y := asOf.Year()
	if y < FirstYear || y > LastYear {
		return nil, fmt.Errorf("program: %s: the library has programmes for %d–%d: %w", asOf, FirstYear, LastYear, ErrNoProgramme)
	}
	return &programmes[y-FirstYear], nil
}

// MustBase is like Base but panics on error; for examples and tests.
func MustBase(asOf date.Date) *Programme {
	p, err := Base(asOf)
	if err != nil {
		panic(err)
	}
	return p
}

// Programmes returns every programme the library holds, oldest first.
func Programmes() []*Programme {
	out := make([]*Programme, len(programmes))
	for i := range programmes {
		out[i] = &programmes[i]
	}
	return out
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
func (p *Programme) Unconfirmed() string { return p.unconfirmed }

// String returns "ПГГ 2026 (ПП РФ № 2188 от 29.12.2025)".
func (p *Programme) String() string {
	return fmt.Sprintf("ПГГ %d (%s)", p.year, p.decree.Act)
}

// section returns the citation of a section of the programme. The section is
// named in Title because a programme has sections, not articles. Section
// numbers are given only for the years the sources show them
// (program.md §1.3, §3): II and III since 2019, IV (base ОМС) in 2023–2026,
// VII (waiting times) in 2024–2026; otherwise the section is named by its
// subject alone.
func (p *Programme) section(number string, since int, title string) oms.Citation {
	c := p.decree
	if number != "" && p.year >= since {
		c.Title = "Программа государственных гарантий, раздел " + number + ": " + title
	} else {
		c.Title = "Программа государственных гарантий: " + title
	}
	return c
}

func (p *Programme) sectionII() oms.Citation {
	return p.section("II", 2019, "виды, условия и формы оказания медицинской помощи")
}

func (p *Programme) sectionIII() oms.Citation {
	return p.section("III", 2019, "перечень заболеваний и состояний, оказание медицинской помощи при которых осуществляется бесплатно")
}

func (p *Programme) sectionIV() oms.Citation {
	return p.section("IV", 2023, "базовая программа обязательного медицинского страхования")
}

func (p *Programme) sectionBudget() oms.Citation {
	return p.section("", 0, "финансовое обеспечение за счет бюджетных ассигнований")
}

func (p *Programme) sectionWaiting() oms.Citation {
	return p.section("VII", 2024, "сроки ожидания медицинской помощи")
}

func (p *Programme) sectionNorms() oms.Citation {
	return p.section("", 0, "средние нормативы объема медицинской помощи, финансовых затрат и подушевые нормативы")
}

// Citations of the federal laws the programme rests on.
var (
	citeArt35 = oms.Citation{Act: oms.Act326FZ, Article: "35", Part: "6",
		Title: "базовая программа обязательного медицинского страхования"}
	citeArt36 = oms.Citation{Act: oms.Act326FZ, Article: "36",
		Title: "территориальная программа обязательного медицинского страхования"}
	citeArt32 = oms.Citation{Act: oms.Act323FZ, Article: "32",
		Title: "виды, условия и формы оказания медицинской помощи"}
	citeArt81 = oms.Citation{Act: oms.Act323FZ, Article: "81",
		Title: "территориальная программа государственных гарантий"}
)
