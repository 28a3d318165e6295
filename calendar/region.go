package calendar

import (
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

// regionalCSV is a byte-for-byte copy of the module's
// data/ru-regional-holidays.csv (a test checks it): the regions' own
// non-working days 2019–2026, with scope and confidence; see
// spec/regions.md and data/SOURCES-regions.md.
//
//go:embed data/ru-regional-holidays.csv
var regionalCSV []byte

// RegionalFirstYear and RegionalLastYear bound the years for which the
// package has regional non-working days. The regions' days of other years
// were not collected, not absent: a regional calendar that has days of its
// own therefore does not know those years (ErrUnknownYear) unless the
// caller loads them (RegionalRules.Days) or accepts the federal days alone
// for them (RegionalRules.FederalFallback).
const (
	RegionalFirstYear = 2019
	RegionalLastYear  = 2026
)

// A Scope says whom a regional non-working day binds. Regions declare
// some days for their own state bodies only, or let employers keep
// working; a deadline owed by a private employer and one owed by a
// territorial fund (ТФОМС) can therefore differ.
type Scope uint8

const (
	// ScopeAllEmployers: the day is off for every employer of the region.
	ScopeAllEmployers Scope = iota + 1
	// ScopeStateBodies: the day binds the region's state bodies and state
	// institutions (Sakha: incl. the ТФОМС, by a 2017 decree; Krasnodar:
	// state bodies, a recommendation to others). Deadlines owed by a
	// territorial fund should include these days.
	ScopeStateBodies
	// ScopeOptional: employers may keep working and give another day off
	// (Karachay-Cherkessia).
	ScopeOptional
	// ScopeUnverified: a one-off day reported in the press whose act and
	// scope were not checked (Radonitsa in Stavropol, Penza, Saratov and
	// others in 2019 and 2021).
	ScopeUnverified
)

var scopeNames = [...]string{
	ScopeAllEmployers: "all_employers",
	ScopeStateBodies:  "state_bodies",
	ScopeOptional:     "optional",
	ScopeUnverified:   "unverified",
}

// scopeOf classifies the free-text scope column of the regional data.
func scopeOf(text string) (Scope, bool) {
	switch {
	case text == "all employers":
		return ScopeAllEmployers, true
	case strings.Contains(text, "state bodies"):
		return ScopeStateBodies, true
	case strings.HasPrefix(text, "employers may"):
		return ScopeOptional, true
	case strings.HasPrefix(text, "as reported"):
		return ScopeUnverified, true
	}
	return 0, false
}

// A RegionalDay is one row of the regional data: a region's own
// non-working day, a day off moved from it, or a weekend made working,
// with whom it binds and where it comes from.
type RegionalDay struct {
	Region oms.Region `json:"region"`
	Date   date.Date  `json:"date"`
	// Kind is Holiday, TransferredDayOff or WorkingWeekend.
	Kind DayKind `json:"kind"`
	// Name is the holiday's name, or what the transfer moved.
	Name  string `json:"name"`
	Scope Scope  `json:"scope"`
	// ScopeText is the scope as the source states it.
	ScopeText string `json:"scope_text"`
	// Confidence is "A" (seen in a source about that year), "B" (a
	// fixed-date law plus the region's weekday rule, or the date of a
	// neighbouring republic) or "C" (inferred or doubtful).
	Confidence string `json:"confidence"`
	// Basis names the regional act.
	Basis string `json:"basis"`
	// SourceURL is where the date was seen.
	SourceURL string `json:"source_url,omitempty"`
	// Note is the data note, if any.
	Note string `json:"note,omitempty"`
	// Line is the line of the CSV input the row came from, or 0.
	Line int `json:"line,omitempty"`
}

// regional parses the embedded regional data once.
var regional = sync.OnceValues(func() ([]RegionalDay, error) {
	return LoadRegionalCSV(bytes.NewReader(regionalCSV))
})

// RegionalDays returns the region's own days in the package's data, in
// date order, whatever their scope or confidence: for auditors who want
// to see what ForRegion could apply and on what basis.
func RegionalDays(r oms.Region) ([]RegionalDay, error) {
	if !r.IsValid() {
		return nil, fmt.Errorf("calendar: regional days: %w: %d", oms.ErrUnknownRegion, uint8(r))
	}
	all, err := regional()
	if err != nil {
		return nil, err
	}
	var out []RegionalDay
	for _, d := range all {
		if d.Region == r {
			out = append(out, d)
		}
	}
	return out, nil
}

// ForRegion returns the production calendar of a region: the federal
// calendar with the region's own non-working days of 2019–2026 added, and
// the days off moved from them by the region's own transfer rule (each
// region has one; see spec/regions.md) and weekends the region made
// working. It is DefaultRegionalRules().ForRegion(r); use a RegionalRules
// value to choose otherwise.
//
// By default only days that bind all employers of the region apply, and
// only those of confidence A or B; RegionalRules.Scopes and Unconfirmed
// change that. A region that has days of its own under these choices
// knows only the years of its days, 2019–2026 and any given in
// RegionalRules.Days: another year is an error wrapping ErrUnknownYear,
// because the federal days alone would silently miss the region's
// (Ураза-байрам in Tatarstan, say). RegionalRules.FederalFallback accepts
// the federal days for such years instead. A region without days of its
// own has the federal days in every federal year. The Note of a regional
// day (see Calendar.Day) is its name.
func ForRegion(r oms.Region) (*Calendar, error) {
	return DefaultRegionalRules().ForRegion(r)
}

// defaultRegional holds, per region code, ForRegion's answer without
// options, built on first use and then shared.
var defaultRegional = func() (a [100]func() *Calendar) {
	for i := range a {
		r := oms.Region(i)
		a[i] = sync.OnceValue(func() *Calendar {
			c, err := Federal().WithRegion(r, RegionalRules{})
			if err != nil {
				panic("calendar: embedded regional data: " + err.Error()) // a test keeps this unreachable
			}
			return c
		})
	}
	return a
}()
