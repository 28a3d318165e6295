package smo

import (
	"fmt"
	"slices"

	"github.com/rickb777/date"
)

// NoticeFor reports whether the insurer gave notice to work in ОМС in the
// region in year (326-ФЗ ст. 14 ч. 10). It is true for every year when
// NoticeYears is nil: notices are not tracked.
func (p Presence) NoticeFor(year int) bool {
	return p.NoticeYears == nil || slices.Contains(p.NoticeYears, year)
}

// selectableOn reports whether a person can choose the insurer on d under
// this stay: it is on the register and gave notice for the year of d.
func (p Presence) selectableOn(d date.Date) bool {
	return p.ActiveOn(d) && p.NoticeFor(d.Year())
}

// equal compares two stays, NoticeYears included (nil and empty differ:
// "not tracked" against "no notice in any year").
func (p Presence) equal(q Presence) bool {
	return p.Region == q.Region && p.Entered == q.Entered && p.Left == q.Left &&
		(p.NoticeYears == nil) == (q.NoticeYears == nil) &&
		slices.Equal(p.NoticeYears, q.NoticeYears)
}

// clonePresence copies stays deeply, so that an Insurer shares no slice
// with its caller.
func clonePresence(ps []Presence) []Presence {
	out := slices.Clone(ps)
	for i := range out {
		if out[i].NoticeYears != nil {
			out[i].NoticeYears = slices.Clone(out[i].NoticeYears)
		}
	}
	return out
}

// validateNotices rejects a year of notice outside 2011 (the first year of
// 326-ФЗ) to 9999.
func validateNotices(p Presence) error {
	for _, y := range p.NoticeYears {
		if y < 2011 || y > 9999 {
			return fmt.Errorf("%w: region %s: year of notice %d", ErrInvalid, p.Region.Code(), y)
		}
	}
	return nil
}
