package calendar

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
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
// package has regional non-working days. In other years a regional
// calendar has the federal days only: the regions' days of those years
// were not collected, not absent.
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

// String returns "all_employers", "state_bodies", "optional" or
// "unverified", or "Scope(N)" for an invalid scope.
func (s Scope) String() string {
	if s >= ScopeAllEmployers && int(s) < len(scopeNames) {
		return scopeNames[s]
	}
	return fmt.Sprintf("Scope(%d)", uint8(s))
}

// MarshalText implements encoding.TextMarshaler; it returns String for a
// valid scope and an error for an invalid one.
func (s Scope) MarshalText() ([]byte, error) {
	if s < ScopeAllEmployers || int(s) >= len(scopeNames) {
		return nil, fmt.Errorf("calendar: invalid scope %d", uint8(s))
	}
	return []byte(scopeNames[s]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts what
// ParseScope accepts.
func (s *Scope) UnmarshalText(text []byte) error {
	v, err := ParseScope(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseScope parses a scope name as String writes it, such as
// "state_bodies".
func ParseScope(text string) (Scope, error) {
	for i := ScopeAllEmployers; int(i) < len(scopeNames); i++ {
		if scopeNames[i] == text {
			return i, nil
		}
	}
	return 0, fmt.Errorf("calendar: unknown scope %q", text)
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
}

var regionalHeader = []string{"region_iso", "region_code", "date", "weekday", "name", "kind", "scope", "confidence", "basis", "source_url", "note"}

// regional parses the embedded regional data once.
var regional = sync.OnceValues(func() ([]RegionalDay, error) {
	return parseRegional(bytes.NewReader(regionalCSV))
})

func parseRegional(r io.Reader) ([]RegionalDay, error) {
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		return nil, csvError(err, 1)
	}
	if !slices.Equal(header, regionalHeader) {
		return nil, &ParseError{Line: 1, Text: strings.Join(header, ","), Reason: "unexpected header of regional data"}
	}
	var out []RegionalDay
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, csvError(err, 0)
		}
		// FieldPos is valid only after a successful Read.
		line, _ := cr.FieldPos(0)
		e, err := parseRow([]string{rec[2], rec[5], rec[4]}, line)
		if err != nil {
			return nil, err
		}
		reg, err := oms.ParseRegion(rec[1])
		if err != nil {
			return nil, &ParseError{Line: line, Text: rec[1], Reason: err.Error()}
		}
		sc, ok := scopeOf(rec[6])
		if !ok {
			return nil, &ParseError{Line: line, Text: rec[6], Reason: "unknown scope"}
		}
		switch rec[7] {
		case "A", "B", "C":
		default:
			return nil, &ParseError{Line: line, Text: rec[7], Reason: "confidence must be A, B or C"}
		}
		switch e.Kind {
		case Holiday, TransferredDayOff, WorkingWeekend:
		default:
			return nil, &ParseError{Line: line, Text: rec[5], Reason: "regional kind must be holiday, day_off_transfer or working_weekend"}
		}
		out = append(out, RegionalDay{
			Region: reg, Date: e.Date, Kind: e.Kind, Name: e.Note,
			Scope: sc, ScopeText: rec[6], Confidence: rec[7],
			Basis: rec[8], SourceURL: rec[9], Note: rec[10],
		})
	}
}

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

// regionOptions are the choices made by RegionOptions.
type regionOptions struct {
	scopes      [len(scopeNames)]bool
	unconfirmed bool
}

// A RegionOption changes which of a region's days ForRegion applies.
type RegionOption func(*regionOptions)

// WithScopes sets the scopes whose days apply, replacing the default
// (ScopeAllEmployers alone). For deadlines owed by a territorial fund
// (ТФОМС) or another regional state body use
// WithScopes(ScopeAllEmployers, ScopeStateBodies).
func WithScopes(s ...Scope) RegionOption {
	return func(o *regionOptions) {
		o.scopes = [len(scopeNames)]bool{}
		for _, x := range s {
			if int(x) < len(o.scopes) {
				o.scopes[x] = true
			}
		}
	}
}

// WithUnconfirmed includes the days whose data has confidence C (inferred
// or doubtful, such as the Tyva Shagaa dates of 2019–2022 assumed equal to
// the Buryat ones, or Chechnya's 16 April). They are left out by default.
func WithUnconfirmed() RegionOption {
	return func(o *regionOptions) { o.unconfirmed = true }
}

// ForRegion returns the production calendar of a region: the federal
// calendar with the region's own non-working days of 2019–2026 added, and
// the days off moved from them by the region's own transfer rule (each
// region has one; see spec/regions.md) and weekends the region made
// working. It is Federal().WithRegion(r, opts...).
//
// By default only days that bind all employers of the region apply, and
// only those of confidence A or B; WithScopes and WithUnconfirmed change
// that. A region without days of its own, and every region outside
// 2019–2026, has the federal days only. The Note of a regional day (see
// Calendar.Day) is its name.
func ForRegion(r oms.Region, opts ...RegionOption) (*Calendar, error) {
	if len(opts) == 0 && r.IsValid() {
		return defaultRegional[r](), nil
	}
	return Federal().WithRegion(r, opts...)
}

// defaultRegional holds, per region code, ForRegion's answer without
// options, built on first use and then shared.
var defaultRegional = func() (a [100]func() *Calendar) {
	for i := range a {
		r := oms.Region(i)
		a[i] = sync.OnceValue(func() *Calendar {
			c, err := Federal().WithRegion(r)
			if err != nil {
				panic("calendar: embedded regional data: " + err.Error()) // a test keeps this unreachable
			}
			return c
		})
	}
	return a
}()

// WithRegion returns c with region r's own days applied, as ForRegion
// describes; use it on a calendar extended by With. Regional days override
// c's days of the same date. The result's Region is r; applying a second
// region to a regional calendar is an error.
func (c *Calendar) WithRegion(r oms.Region, opts ...RegionOption) (*Calendar, error) {
	if !r.IsValid() {
		return nil, fmt.Errorf("calendar: %w: %d", oms.ErrUnknownRegion, uint8(r))
	}
	if c == nil {
		return nil, fmt.Errorf("%w: nil calendar", ErrUnknownYear)
	}
	if c.region != 0 {
		return nil, fmt.Errorf("calendar: the calendar already has region %s's days; start from the federal calendar for region %s", c.region, r)
	}
	o := regionOptions{}
	o.scopes[ScopeAllEmployers] = true
	for _, opt := range opts {
		if opt != nil {
			opt(&o)
		}
	}
	days, err := RegionalDays(r)
	if err != nil {
		return nil, err
	}
	var entries []Entry
	for _, d := range days {
		if !o.scopes[d.Scope] || (d.Confidence == "C" && !o.unconfirmed) {
			continue
		}
		if y := d.Date.Year(); y < c.first || y > c.last {
			continue // a year c does not know stays unknown
		}
		entries = append(entries, Entry{Date: d.Date, Kind: d.Kind, Note: d.Name})
	}
	if err := checkConflicts(entries); err != nil {
		return nil, err
	}
	n, err := c.apply(entries, true)
	if err != nil {
		return nil, err
	}
	if n == c {
		cp := *c
		n = &cp
	}
	n.region = r
	return n, nil
}
