package smo

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

// csvHeader is the header line of the registry CSV format.
var csvHeader = []string{"number", "name", "short_name", "scope", "region", "entered", "left"}

// LoadCSV reads a registry from CSV with the header
//
//	number,name,short_name,scope,region,entered,left
//
// one row per stay of an insurer on a regional register. The insurer's
// number, names and scope repeat on each of its rows and must agree; region
// is the two-digit code (or the ISO 3166-2 code, see oms.ParseRegion);
// entered and left are dates as YYYY-MM-DD, left empty while the insurer is
// on the register. An insurer with no stays has one row with region,
// entered and left empty. Lines starting with '#' are comments.
//
// Errors are *ParseError values naming the line and the column.
func LoadCSV(r io.Reader) (*Registry, error) {
	cr := csv.NewReader(r)
	cr.Comment = '#'
	cr.FieldsPerRecord = len(csvHeader)
	cr.ReuseRecord = true
	if err := readCSVHeader(cr); err != nil {
		return nil, err
	}
	var ds csvDrafts
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvReadError(err)
		}
		if err := ds.add(cr, rec); err != nil {
			return nil, err
		}
	}
	return ds.registry()
}

// csvReadError wraps an error of the CSV reader as a *ParseError.
func csvReadError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &ParseError{Format: "csv", Line: pe.Line, Err: pe.Err}
	}
	return &ParseError{Format: "csv", Err: err}
}

// readCSVHeader reads and checks the header line.
func readCSVHeader(cr *csv.Reader) error {
	head, err := cr.Read()
	if err == io.EOF {
		return &ParseError{Format: "csv", Line: 1, Err: fmt.Errorf("%w: no header line", ErrInvalid)}
	}
	if err != nil {
		return csvReadError(err)
	}
	if len(head) > 0 {
		head[0] = strings.TrimPrefix(head[0], "\ufeff") // a byte-order mark from spreadsheet exports
	}
	for i, h := range head {
		if h != csvHeader[i] {
			line, _ := cr.FieldPos(i)
			return &ParseError{Format: "csv", Line: line, Field: h, Err: fmt.Errorf("%w: column %d is %q, want %q", ErrInvalid, i+1, h, csvHeader[i])}
		}
	}
	return nil
}

// A csvDraft is an insurer being read from its rows.
type csvDraft struct {
	number, name, short string
	scope               Scope
	presence            []Presence
	line                int
}

// csvDrafts are the insurers read so far, in order of first appearance.
type csvDrafts struct {
	list     []*csvDraft
	byNumber map[string]*csvDraft
}

// add reads one row: the insurer's number, names and scope (which must
// agree with its earlier rows) and one stay, if the row has a region.
func (ds *csvDrafts) add(cr *csv.Reader, rec []string) error {
	line, _ := cr.FieldPos(0)
	fail := func(i int, err error) error {
		l, _ := cr.FieldPos(i)
		return &ParseError{Format: "csv", Line: l, Field: csvHeader[i], Err: err}
	}
	number := rec[0]
	if !ValidNumber(number) {
		return fail(0, fmt.Errorf("%w: registry number %q", ErrInvalid, number))
	}
	scope, err := ParseScope(rec[3])
	if err != nil {
		return fail(3, err)
	}
	d := ds.byNumber[number]
	if d == nil {
		d = &csvDraft{number: number, name: rec[1], short: rec[2], scope: scope, line: line}
		if ds.byNumber == nil {
			ds.byNumber = map[string]*csvDraft{}
		}
		ds.byNumber[number] = d
		ds.list = append(ds.list, d)
	} else {
		for i, v := range [...]string{d.name, d.short} {
			if rec[1+i] != v {
				return fail(1+i, fmt.Errorf("%w: insurer %s has %q here but %q on line %d", ErrInvalid, number, rec[1+i], v, d.line))
			}
		}
		if scope != d.scope {
			return fail(3, fmt.Errorf("%w: insurer %s is %s here but %s on line %d", ErrInvalid, number, scope, d.scope, d.line))
		}
	}
	if rec[4] == "" {
		if rec[5] != "" || rec[6] != "" {
			return fail(4, fmt.Errorf("%w: dates given without a region", ErrInvalid))
		}
		return nil
	}
	reg, err := oms.ParseRegion(rec[4])
	if err != nil {
		return fail(4, err)
	}
	p := Presence{Region: reg}
	if p.Entered, err = parseDate(rec[5]); err != nil {
		return fail(5, err)
	}
	if rec[6] != "" {
		left, err := parseDate(rec[6])
		if err != nil {
			return fail(6, err)
		}
		p.Left = oms.SomeDate(left)
	}
	if err := p.validate(); err != nil {
		return fail(6, err)
	}
	d.presence = append(d.presence, p)
	return nil
}

// registry builds the registry of the insurers read.
func (ds *csvDrafts) registry() (*Registry, error) {
	ins := make([]Insurer, 0, len(ds.list))
	for _, d := range ds.list {
		in, err := NewInsurer(d.number, d.name, d.short, d.scope, d.presence...)
		if err != nil {
			return nil, &ParseError{Format: "csv", Line: d.line, Err: err}
		}
		ins = append(ins, in)
	}
	reg, err := NewRegistry(ins...)
	if err != nil {
		return nil, &ParseError{Format: "csv", Err: err}
	}
	return reg, nil
}

// WriteCSV writes the registry in the format LoadCSV reads, insurers in
// order of registry number, each insurer's stays in order of region and
// day entered.
func (r *Registry) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, in := range r.Insurers() {
		row := []string{in.number, in.name, in.short, in.scope.String(), "", "", ""}
		if len(in.presence) == 0 {
			if err := cw.Write(row); err != nil {
				return err
			}
		}
		for _, p := range in.presence {
			row[4], row[5], row[6] = p.Region.Code(), p.Entered.String(), p.Left.String()
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// parseDate parses exactly YYYY-MM-DD, the form the registry files use.
func parseDate(s string) (date.Date, error) {
	if len(s) != 10 || s[4] != '-' {
		return date.Date{}, fmt.Errorf("%w: date %q (want YYYY-MM-DD)", ErrInvalid, s)
	}
	d, err := oms.ParseDate(s)
	if err != nil {
		return date.Date{}, fmt.Errorf("%w: date %q (want a real day as YYYY-MM-DD)", ErrInvalid, s)
	}
	return d, nil
}
