package smo

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

// A Reason says why a person came to be insured by an insurer: by their
// own application (a first choice or one of the kinds of replacement), by
// assignment of the territorial fund, or as a newborn under the mother's
// insurer.
type Reason uint8

const (
	// FirstChoice is the first application for choice of an insurer
	// (заявление о выборе СМО); it is a choice, not a replacement, and does
	// not count towards the yearly limit (326-ФЗ ст. 16 ч. 1 п. 2).
	FirstChoice Reason = iota + 1
	// Voluntary is a replacement at the person's will: at most once a
	// calendar year, filed not later than 1 November (ст. 16 ч. 1 п. 3).
	Voluntary
	// Relocation is a replacement on change of place of residence, allowed
	// more than once a year (ст. 16 ч. 1 п. 3).
	Relocation
	// InsurerExit is a replacement because the insurer's contract on
	// financial support of ОМС ended or it left the region's register,
	// allowed more than once a year (ст. 16 ч. 1 п. 3).
	InsurerExit
	// FundAssignment is an assignment to an insurer by the territorial
	// fund (ТФОМС) of a person who did not choose after their insurer left.
	// It is not the person's application and counts towards no limit.
	FundAssignment
	// Newborn is the cover of a child, from birth, by the insurer of the
	// mother or other legal representative (see NewbornCover). It is not
	// an application and counts towards no limit.
	Newborn
)

var reasonNames = [...]string{
	FirstChoice:    "first_choice",
	Voluntary:      "voluntary",
	Relocation:     "relocation",
	InsurerExit:    "insurer_exit",
	FundAssignment: "fund_assignment",
	Newborn:        "newborn",
}

// IsApplication reports whether r is a person's own application (a choice
// or a replacement) rather than an assignment or the newborn cover.
func (r Reason) IsApplication() bool { return r >= FirstChoice && r <= InsurerExit }

// countsTowardLimit reports whether an entry for reason r that changes the
// insurer is a replacement at will: any application that is not on a
// change of residence or the insurer's exit. The fund's assignment follows
// an exit or a failure to choose, and the newborn cover is no application.
func (r Reason) countsTowardLimit() bool { return r == FirstChoice || r == Voluntary }

// An Entry is one event in a person's history of insurers: from Date the
// person is insured by Insurer while living in Region, for Reason.
//
// Its JSON form has the members date, insurer, region (the two-digit code)
// and reason; the zero Entry marshals, with an empty region and reason.
type Entry struct {
	// Date is the day the application was filed (or the assignment or
	// birth took effect).
	Date date.Date `json:"date"`
	// Insurer is the registry number of the insurer, or FundInsurer when
	// the territorial fund itself acts as insurer (from 2027).
	Insurer string `json:"insurer"`
	// Region is where the person lived on Date.
	Region oms.Region `json:"region"`
	// Reason says why.
	Reason Reason `json:"reason"`
}

// String returns "2026-03-10 voluntary SAMPLE-002 in 77".
func (e Entry) String() string {
	return e.Date.String() + " " + e.Reason.String() + " " + e.Insurer + " in " + e.Region.Code()
}

func (e Entry) validate() error {
	if !e.Reason.IsValid() {
		return fmt.Errorf("%w: reason %d", ErrInvalid, uint8(e.Reason))
	}
	if !e.Region.IsValid() {
		return fmt.Errorf("%w: region %d", oms.ErrUnknownRegion, uint8(e.Region))
	}
	if e.Insurer != FundInsurer && !ValidNumber(e.Insurer) {
		return fmt.Errorf("%w: registry number %q", ErrInvalid, e.Insurer)
	}
	return nil
}

// compareEntries is a total order on entries: by date, then reason, insurer
// and region, so that a history is the same whatever order it was given in.
func compareEntries(a, b Entry) int {
	if c := int(a.Date.Sub(b.Date)); c != 0 {
		return c
	}
	if a.Reason != b.Reason {
		return int(a.Reason) - int(b.Reason)
	}
	if c := strings.Compare(a.Insurer, b.Insurer); c != 0 {
		return c
	}
	return int(a.Region) - int(b.Region)
}

// A History is one person's entries, ordered by date. It is immutable and
// safe for concurrent use; the zero History is empty (the person has never
// chosen an insurer).
type History struct {
	entries []Entry
}

// NewHistory returns the history of the given entries in any order. An
// entry with an invalid reason, region or insurer number is an error
// wrapping ErrInvalid or oms.ErrUnknownRegion, naming the entry.
func NewHistory(entries ...Entry) (History, error) {
	es := slices.Clone(entries)
	for i, e := range es {
		if err := e.validate(); err != nil {
			return History{}, fmt.Errorf("smo: history entry %d (%s): %w", i, e.Date, err)
		}
	}
	slices.SortFunc(es, compareEntries)
	return History{entries: slices.Compact(es)}, nil
}

// MustHistory is like NewHistory but panics on error; for tests and
// examples.
func MustHistory(entries ...Entry) History {
	h, err := NewHistory(entries...)
	if err != nil {
		panic(err)
	}
	return h
}

// Len returns the number of entries.
func (h History) Len() int { return len(h.entries) }

// Entries returns a copy of the entries, oldest first.
func (h History) Entries() []Entry { return slices.Clone(h.entries) }

// With returns a new history with e added.
func (h History) With(e Entry) (History, error) {
	if err := e.validate(); err != nil {
		return History{}, fmt.Errorf("smo: history entry (%s): %w", e.Date, err)
	}
	i, found := slices.BinarySearchFunc(h.entries, e, compareEntries)
	if found {
		return h, nil
	}
	return History{entries: slices.Insert(slices.Clip(h.entries), i, e)}, nil
}

// upTo returns the entries dated on or before d.
func (h History) upTo(d date.Date) []Entry {
	i, _ := slices.BinarySearchFunc(h.entries, d, func(e Entry, d date.Date) int {
		if e.Date.After(d) {
			return 1
		}
		return -1
	})
	return h.entries[:i]
}

// Current returns the latest entry dated on or before d: who insures the
// person on d and where they lived; false when there is none.
func (h History) Current(d date.Date) (Entry, bool) {
	es := h.upTo(d)
	if len(es) == 0 {
		return Entry{}, false
	}
	return es[len(es)-1], true
}

// VoluntarySwitches returns the replacements at will in calendar year y
// under DefaultRules; see Rules.VoluntarySwitches.
func (h History) VoluntarySwitches(y int) []Entry { return DefaultRules().VoluntarySwitches(h, y) }

// VoluntarySwitches returns the replacements at will in calendar year y
// of history h: the entries that changed the person's insurer (they had
// one of their own before) for a reason other than a change of residence
// or the insurer's exit, whatever they are labelled (326-ФЗ ст. 16 ч. 1
// п. 3; Rules 158н p. 15, 108н p. 21). CheckSwitch checks each such
// application as a replacement at will, so the two agree:
//
//   - an entry labelled FirstChoice made while the person already had an
//     insurer counts;
//   - an entry labelled Relocation in the region the person already lived
//     in counts where VoluntaryLimit.MoveWithinRegion is false (from
//     28.05.2019 by default);
//   - an application to the insurer the person already had is not a
//     replacement, nor is one made while the person had no insurer of
//     their own (a first choice, even if labelled Voluntary); an
//     assignment by the territorial fund and the newborn cover are not
//     the person's applications.
func (r Rules) VoluntarySwitches(h History, y int) []Entry {
	var out []Entry
	h.eachVoluntary(r.VoluntaryLimit, y, func(e Entry) bool { out = append(out, e); return true })
	return out
}

// eachVoluntary calls f for each replacement at will of year y (see
// Rules.VoluntarySwitches), in date order, until f returns false.
func (h History) eachVoluntary(limit oms.Timeline[VoluntaryLimit], y int, f func(Entry) bool) {
	es := h.entries
	// Compare days, not years: Date.Year decodes the day each time.
	first, next := newDate(y, time.January, 1), newDate(y+1, time.January, 1)
	start, _ := slices.BinarySearchFunc(es, first, func(e Entry, first date.Date) int {
		if e.Date.Before(first) {
			return -1
		}
		return 1
	})
	// prev is the person's own (non-newborn) entry before i.
	prev, havePrev := lastOwn(es[:start])
	for i := start; i < len(es) && es[i].Date.Before(next); i++ {
		e := es[i]
		if e.Reason == Newborn {
			continue
		}
		counted := havePrev && prev.Insurer != e.Insurer &&
			(e.Reason.countsTowardLimit() || e.Reason == Relocation && e.Region == prev.Region && !moveWithinRegion(limit, e.Date))
		prev, havePrev = e, true
		if counted && !f(e) {
			return
		}
	}
}

// moveWithinRegion reports whether a move within the region is a ground
// for a replacement outside the limit on d; where no limit is in force,
// nothing counts toward it.
func moveWithinRegion(limit oms.Timeline[VoluntaryLimit], d date.Date) bool {
	v, err := limit.At(d)
	return err != nil || v.Value.MoveWithinRegion
}
