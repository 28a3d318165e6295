package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

// options are the command's flags.
type options struct {
	region, date, time, event, format string
}

// A query is the question the options ask: an event at a local time in a
// region.
type query struct {
	region oms.Region
	day    date.Date
	clock  time.Time
	event  string
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("deadlines", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.StringVar(&o.region, "region", "16", "the region: its two-digit code or ISO 3166-2 code")
	fs.StringVar(&o.date, "date", "2026-10-06", "the day of the event, YYYY-MM-DD")
	fs.StringVar(&o.time, "time", "10:00", "the local time of the event, HH:MM (for waiting times in hours and minutes)")
	fs.StringVar(&o.event, "event", "all", "the event: "+strings.Join(allEvents(), ", "))
	fs.StringVar(&o.format, "format", "text", "output: text or json")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "deadlines: unexpected arguments %q\n", fs.Args())
		return 2
	}
	q, err := o.query()
	if err == nil {
		var rep *Report
		if rep, err = compute(q); err == nil {
			return write(stdout, stderr, rep, o.format)
		}
	}
	fmt.Fprintf(stderr, "deadlines: %v\n", err)
	return 2
}

// query checks the options and returns the question they ask.
func (o options) query() (query, error) {
	region, err := oms.ParseRegion(o.region)
	if err != nil {
		return query{}, fmt.Errorf("-region: %w", err)
	}
	day, err := parseDay(o.date)
	if err != nil {
		return query{}, fmt.Errorf("-date: %w", err)
	}
	clock, err := time.Parse("15:04", o.time)
	if err != nil {
		return query{}, fmt.Errorf("-time %q: want HH:MM", o.time)
	}
	known := false
	for _, e := range allEvents() {
		known = known || e == o.event
	}
	if !known {
		return query{}, fmt.Errorf("-event %q: want one of %s", o.event, strings.Join(allEvents(), ", "))
	}
	if o.format != "text" && o.format != "json" {
		return query{}, fmt.Errorf("-format %q: want text or json", o.format)
	}
	return query{region: region, day: day, clock: clock, event: o.event}, nil
}

// write writes the report in the format and returns the exit status: 1
// when some step could not be computed.
func write(stdout, stderr io.Writer, rep *Report, format string) int {
	if format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			fmt.Fprintf(stderr, "deadlines: %v\n", err)
			return 1
		}
	} else {
		writeText(stdout, rep)
	}
	if len(rep.Problems) > 0 {
		return 1
	}
	return 0
}

// parseDay parses YYYY-MM-DD strictly: time.Parse rejects 30 February,
// which date.ParseISO would roll over to March.
func parseDay(s string) (date.Date, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return date.Date{}, fmt.Errorf("%q is not a date YYYY-MM-DD", s)
	}
	return date.NewAt(t), nil
}
