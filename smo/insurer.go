package smo

import (
	"fmt"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

// Scope says whether an insurer works across the country through branches
// or in one region. It is descriptive: the right to choose depends only on
// the insurer being on the register of the person's region (see Registry),
// not on its scope.
type Scope uint8

const (
	// Federal is an insurer with branches in several regions.
	Federal Scope = iota + 1
	// Regional is an insurer that works in its own region.
	Regional
)

var scopeNames = [...]string{Federal: "federal", Regional: "regional"}

// A Presence is one stay of an insurer on the register of insurers of a
// region (реестр страховых медицинских организаций, kept by the territorial
// fund): the day it was entered and, if it has left, the day it was
// excluded.
//
// An insurer whose contract on financial support of ОМС (договор о
// финансовом обеспечении ОМС) ended, whose licence was revoked, or which
// was excluded from the register for any other reason has left: record the
// day it stopped as Left.
type Presence struct {
	// Region is the federal subject whose register the insurer is on.
	Region oms.Region `json:"region"`
	// Entered is the first day the insurer is on the register.
	Entered date.Date `json:"entered"`
	// Left is the day the insurer was excluded: the first day it is no
	// longer on the register; absent while it is on the register.
	Left oms.OptionalDate `json:"left"`
	// NoticeYears are the years for which the insurer gave the territorial
	// fund notice that it will work in ОМС in the region (уведомление, sent
	// by 1 September of the year before: 326-ФЗ ст. 14 ч. 10 — the article
	// and deadline as a territorial fund states them, tofoms.ru; the part
	// number is not checked against the text of the law; the insAdvice
	// groups of the ФФОМС register F002). Nil means notices are not
	// tracked and every year is allowed; when set, the insurer can be
	// chosen only in the years listed (see NoticeFor and Registry.WorksIn).
	NoticeYears []int `json:"notice_years"`
}

// ActiveOn reports whether the insurer is on the register on d:
// Entered ≤ d, and d < Left if it has left.
func (p Presence) ActiveOn(d date.Date) bool {
	left, has := p.Left.Get()
	return !d.Before(p.Entered) && (!has || d.Before(left))
}

func (p Presence) validate() error {
	if !p.Region.IsValid() {
		return fmt.Errorf("%w: region %d", oms.ErrUnknownRegion, uint8(p.Region))
	}
	if left, has := p.Left.Get(); has && !left.After(p.Entered) {
		return fmt.Errorf("%w: left %s is not after entered %s", ErrInvalid, left, p.Entered)
	}
	return validateNotices(p)
}

// An Insurer is a страховая медицинская организация (СМО) with the regions
// whose registers it has been on. An Insurer is an immutable value; build it
// with NewInsurer.
type Insurer struct {
	number, name, short string
	scope               Scope
	presence            []Presence // sorted by region, then entered
}

// MaxNumberLen is the longest registry number accepted.
const MaxNumberLen = 32

// ValidNumber reports whether s can be an insurer's registry number: 1 to
// MaxNumberLen characters, each an ASCII letter or digit, '-', '_' or '.'.
//
// The library does not check the structure of the number in the unified
// register of insurers (единый реестр СМО, ФФОМС): its format is not among
// the facts the library's sources confirm.
func ValidNumber(s string) bool {
	if len(s) == 0 || len(s) > MaxNumberLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9', c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c == '-', c == '_', c == '.':
		default:
			return false
		}
	}
	return true
}

// NewInsurer returns an insurer with the given registry number, full name,
// short name, scope and stays on regional registers. The number must satisfy
// ValidNumber, the full name must not be empty (an empty short name is
// replaced by the full name), and two stays in one region must not overlap.
func NewInsurer(number, name, shortName string, scope Scope, presence ...Presence) (Insurer, error) {
	if !ValidNumber(number) {
		return Insurer{}, fmt.Errorf("%w: registry number %q", ErrInvalid, number)
	}
	if name == "" {
		return Insurer{}, fmt.Errorf("%w: insurer %s has no name", ErrInvalid, number)
	}
	if shortName == "" {
		shortName = name
	}
	if err := validName(name); err != nil {
		return Insurer{}, fmt.Errorf("insurer %s: name: %w", number, err)
	}
	if err := validName(shortName); err != nil {
		return Insurer{}, fmt.Errorf("insurer %s: short name: %w", number, err)
	}
	if !scope.IsValid() {
		return Insurer{}, fmt.Errorf("%w: insurer %s: scope %d", ErrInvalid, number, uint8(scope))
	}
	ps := clonePresence(presence)
	for _, p := range ps {
		if err := p.validate(); err != nil {
			return Insurer{}, fmt.Errorf("insurer %s: %w", number, err)
		}
	}
	slices.SortFunc(ps, comparePresence)
	for i := 1; i < len(ps); i++ {
		a, b := ps[i-1], ps[i]
		if left, has := a.Left.Get(); a.Region == b.Region && (!has || b.Entered.Before(left)) {
			return Insurer{}, fmt.Errorf("%w: insurer %s: two stays in region %s overlap (entered %s and %s)",
				ErrOverlap, number, a.Region.Code(), a.Entered, b.Entered)
		}
	}
	return Insurer{number: number, name: name, short: shortName, scope: scope, presence: ps}, nil
}

// validName rejects text that would not survive a round trip through CSV
// and JSON: invalid UTF-8 and control characters.
func validName(s string) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("%w: %q is not valid UTF-8", ErrInvalid, s)
	}
	for _, c := range s {
		if unicode.IsControl(c) {
			return fmt.Errorf("%w: %q holds a control character", ErrInvalid, s)
		}
	}
	return nil
}

func comparePresence(a, b Presence) int {
	if a.Region != b.Region {
		return int(a.Region) - int(b.Region)
	}
	return int(a.Entered.Sub(b.Entered))
}

// Number returns the registry number.
func (i Insurer) Number() string { return i.number }

// Name returns the full name.
func (i Insurer) Name() string { return i.name }

// ShortName returns the short name.
func (i Insurer) ShortName() string { return i.short }

// Scope returns whether the insurer is federal or regional.
func (i Insurer) Scope() Scope { return i.scope }

// Presence returns a copy of the insurer's stays on regional registers,
// ordered by region and then by the day entered.
func (i Insurer) Presence() []Presence { return clonePresence(i.presence) }

// Regions returns the regions whose register the insurer has ever been on,
// in ascending order of code.
func (i Insurer) Regions() []oms.Region {
	var out []oms.Region
	for _, p := range i.presence {
		if len(out) == 0 || out[len(out)-1] != p.Region {
			out = append(out, p.Region)
		}
	}
	return out
}

// WorksIn reports whether the insurer is on the register of region r on d.
func (i Insurer) WorksIn(r oms.Region, d date.Date) bool {
	for _, p := range i.presence {
		if p.Region == r && p.ActiveOn(d) {
			return true
		}
	}
	return false
}

// LeftOn reports the day the insurer last left region r on or before d,
// and whether it did: the basis of the insured persons' right to choose
// another insurer outside the yearly limit. It reports false while the
// insurer is on the register on d.
func (i Insurer) LeftOn(r oms.Region, d date.Date) (date.Date, bool) {
	var last date.Date
	found := false
	for _, p := range i.presence {
		if p.Region != r {
			continue
		}
		if p.ActiveOn(d) {
			return date.Date{}, false
		}
		if left, has := p.Left.Get(); has && !left.After(d) {
			last, found = left, true
		}
	}
	return last, found
}

// Equal reports whether i and j have the same number, names, scope and
// stays.
func (i Insurer) Equal(j Insurer) bool {
	return i.number == j.number && i.name == j.name && i.short == j.short &&
		i.scope == j.scope && slices.EqualFunc(i.presence, j.presence, Presence.equal)
}

// String returns the short name with the registry number: "Пример-Мед (SAMPLE-001)".
func (i Insurer) String() string { return i.short + " (" + i.number + ")" }
