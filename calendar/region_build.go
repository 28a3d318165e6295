package calendar

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

// RegionalRules choose which of a region's own days a regional calendar
// applies, and what it answers for a year whose regional days are not in
// the data. They are the package's configuration, one value as in the
// other packages (compare smo.Rules): the zero RegionalRules is the
// default, DefaultRegionalRules.
type RegionalRules struct {
	// Scopes are the scopes whose days apply. Nil means ScopeAllEmployers
	// alone, the days that bind every employer of the region; for
	// deadlines owed by a territorial fund (ТФОМС) or another regional
	// state body use ScopeAllEmployers and ScopeStateBodies.
	Scopes []Scope `json:"scopes,omitempty"`
	// Unconfirmed includes the days whose data has confidence C (inferred
	// or doubtful, such as the Tyva Shagaa dates of 2019–2022 assumed
	// equal to the Buryat ones, or Chechnya's 16 April). They are left out
	// by default.
	Unconfirmed bool `json:"unconfirmed,omitempty"`
	// FederalFallback accepts the federal days alone for the years in
	// which the region's own days are not known (before 2019, and after
	// 2026 unless given in Days), instead of ErrUnknownYear. The answers
	// for those years then miss the region's own days; use it only where
	// that is acceptable, such as for a rough count.
	FederalFallback bool `json:"federal_fallback,omitempty"`
	// Days are regional days to add to those the package ships, such as a
	// new year read with LoadRegionalCSV; rows of other regions are
	// ignored, so one file can serve every region. A row replaces the
	// package's row of the same region and date, and each year the
	// region's rows cover becomes a year the regional calendar knows;
	// years must join 2019–2026 without a gap (2027 after 2026). The scope
	// and confidence choices apply to these rows as to the package's. Bad
	// rows of the region make ForRegion return an error wrapping
	// ErrBadData, naming the line and the field.
	Days []RegionalDay `json:"days,omitempty"`
}

// DefaultRegionalRules returns the default: days of ScopeAllEmployers of
// confidence A or B, the shipped days only, no federal fallback.
func DefaultRegionalRules() RegionalRules { return RegionalRules{} }

// isDefault reports whether rr chooses what the zero value does, so that
// ForRegion may answer from its cache.
func (rr RegionalRules) isDefault() bool {
	return !rr.Unconfirmed && !rr.FederalFallback && len(rr.Days) == 0 &&
		(rr.Scopes == nil || slices.Equal(rr.Scopes, []Scope{ScopeAllEmployers}))
}

// scopeSet returns the scopes whose days apply, as a set.
func (rr RegionalRules) scopeSet() (set [len(scopeNames)]bool) {
	if rr.Scopes == nil {
		set[ScopeAllEmployers] = true
		return set
	}
	for _, x := range rr.Scopes {
		if int(x) < len(set) {
			set[x] = true
		}
	}
	return set
}

// applies reports whether d is applied under rr, given its scope set.
func (rr RegionalRules) applies(scopes *[len(scopeNames)]bool, d RegionalDay) bool {
	return int(d.Scope) < len(scopes) && scopes[d.Scope] && (d.Confidence != "C" || rr.Unconfirmed)
}

// ForRegion returns region r's calendar under rr: Federal().WithRegion(r,
// rr). The package-level ForRegion is DefaultRegionalRules().ForRegion.
func (rr RegionalRules) ForRegion(r oms.Region) (*Calendar, error) {
	if rr.isDefault() && r.IsValid() {
		return defaultRegional[r](), nil
	}
	return Federal().WithRegion(r, rr)
}

// WithRegion returns c with region r's own days applied under rr, as
// ForRegion describes; use it on a calendar extended by With. Regional
// days override c's days of the same date. The result's Region is r;
// applying a second region to a regional calendar is an error.
func (c *Calendar) WithRegion(r oms.Region, rr RegionalRules) (*Calendar, error) {
	if !r.IsValid() {
		return nil, fmt.Errorf("calendar: %w: %d", oms.ErrUnknownRegion, uint8(r))
	}
	if c == nil {
		return nil, fmt.Errorf("%w: nil calendar", ErrUnknownYear)
	}
	if c.region != 0 {
		return nil, fmt.Errorf("calendar: the calendar already has region %s's days; start from the federal calendar for region %s", c.region, r)
	}
	scopes := rr.scopeSet()
	rows, lo, hi, err := regionRows(r, rr.Days)
	if err != nil {
		return nil, err
	}
	var entries []Entry
	for _, d := range rows {
		if rr.applies(&scopes, d) {
			entries = append(entries, Entry{Date: d.Date, Kind: d.Kind, Note: d.Name, Line: d.Line})
		}
	}
	base, hint := c, ""
	if len(entries) > 0 && !rr.FederalFallback {
		first, last := max(c.first, lo), min(c.last, hi)
		hint = fmt.Sprintf(" (region %s's own days are known for %d–%d; add a year with RegionalRules.Days, or accept the federal days alone with RegionalRules.FederalFallback)", r, lo, hi)
		if first > last {
			return nil, fmt.Errorf("%w: the calendar knows %s%s", ErrUnknownYear, c.yearsText(), hint)
		}
		base = c.trim(first, last)
	}
	// A year the base does not know stays unknown.
	entries = slices.DeleteFunc(entries, func(e Entry) bool {
		y := e.Date.Year()
		return y < base.first || y > base.last
	})
	n, err := base.apply(entries, true)
	if err != nil {
		return nil, err
	}
	if n == c {
		cp := *c
		n = &cp
	}
	n.region, n.hint = r, hint
	return n, nil
}

// regionRows returns region r's rows, the package's with the caller's
// loaded ones in place of those of the same date, in date order, and the
// years they are known for.
func regionRows(r oms.Region, loaded []RegionalDay) (rows []RegionalDay, lo, hi int, err error) {
	shipped, err := RegionalDays(r)
	if err != nil {
		return nil, 0, 0, err
	}
	var own []RegionalDay
	for _, d := range loaded {
		if d.Region != r {
			continue
		}
		if err := checkRegionalDay(d); err != nil {
			return nil, 0, 0, err
		}
		own = append(own, d)
	}
	if err := checkRegionalConflicts(own); err != nil {
		return nil, 0, 0, err
	}
	lo, hi = RegionalFirstYear, RegionalLastYear
	years := map[int]bool{}
	replaced := map[date.Date]bool{}
	for _, d := range own {
		y := d.Date.Year()
		years[y], replaced[d.Date] = true, true
		lo, hi = min(lo, y), max(hi, y)
	}
	for y := lo; y <= hi; y++ {
		if !years[y] && (y < RegionalFirstYear || y > RegionalLastYear) {
			return nil, 0, 0, &ParseError{Field: "date", Text: fmt.Sprint(y),
				Reason: fmt.Sprintf("no regional days of region %s for %d: loaded years must join %d–%d without a gap", r, y, RegionalFirstYear, RegionalLastYear)}
		}
	}
	for _, d := range shipped {
		if !replaced[d.Date] {
			rows = append(rows, d)
		}
	}
	rows = append(rows, own...)
	slices.SortStableFunc(rows, func(a, b RegionalDay) int { return cmp.Compare(a.Date.DaysSinceEpoch(), b.Date.DaysSinceEpoch()) })
	return rows, lo, hi, nil
}

// trim returns a copy of c that knows only the years first to last, which
// must lie within c's.
func (c *Calendar) trim(first, last int) *Calendar {
	if first == c.first && last == c.last {
		return c
	}
	n := *c
	n.first, n.last = first, last
	n.epoch = int64(date.New(first, time.January, 1).DaysSinceEpoch())
	from := n.epoch - c.epoch
	to := int64(date.New(last, time.December, 31).DaysSinceEpoch()) - c.epoch + 1
	n.days = c.days[from:to:to]
	n.notes = make(map[int32]string)
	for k, v := range c.notes {
		if i := int64(k) - from; i >= 0 && i < int64(len(n.days)) {
			n.notes[int32(i)] = v
		}
	}
	n.build()
	return &n
}
