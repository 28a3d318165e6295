package main

import (
	"fmt"
	"io"
	"strings"
)

var weekdays = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func writeText(w io.Writer, r *Report) {
	fmt.Fprintf(w, "Event %q on %s %s %s in %s %s (%s; the region's production calendar)\n\n",
		r.Event, r.Date, weekdays[r.Date.Weekday()], r.Time, r.Region.Code(), r.Region.NameRU(), r.TimeZone)
	for _, s := range r.Steps {
		fmt.Fprintf(w, "• %s\n  %s\n", s.Step, s.StepRU)
		fmt.Fprintf(w, "  who: %s; period: %s\n", s.Who, s.Period)
		fmt.Fprintf(w, "  last day: %s %s; runs out %s\n", s.LastDay, weekdays[s.LastDay.Weekday()], s.RunsOut.Format("2006-01-02 15:04 MST"))
		if !s.Citation.IsZero() {
			fmt.Fprintf(w, "  law: %s", s.Citation)
			if s.Citation.Title != "" {
				fmt.Fprintf(w, " — %s", s.Citation.Title)
			}
			if s.Unconfirmed {
				fmt.Fprint(w, " (unconfirmed rule)")
			}
			fmt.Fprintln(w)
		}
		for _, f := range s.Why.Findings() {
			if strings.HasPrefix(f.Code, "calendar.period.") {
				fmt.Fprintf(w, "    · %s (%s)\n", f.EN, f.Citation)
			}
		}
		fmt.Fprintln(w)
	}
	for _, n := range r.Notes {
		fmt.Fprintf(w, "· %s\n  %s\n  law: %s\n\n", n.EN, n.RU, n.Citation)
	}
	for _, p := range r.Problems {
		fmt.Fprintf(w, "✗ %s: not computed: %s\n", p.Step, p.Error)
	}
}
