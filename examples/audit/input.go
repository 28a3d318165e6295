package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A row is one record of the input on its way to the workers: the raw
// fields, or the reason the record could not even be split into fields.
type row struct {
	line int
	f    *fields
	err  error // a *RowError: the record is malformed
}

// A source yields the rows of an input in order. Next returns false at the
// end of the input; Err then says why the input was not read whole (nil
// when it was read to its end).
type source interface {
	Next() (row, bool)
	Err() error
}

// errNotWhole marks an input that could not be read to its end: an I/O
// error, a header that cannot be understood, a quoted field that never
// ends.
var errNotWhole = errors.New("the input could not be read whole")

// csvColumns are the columns of the CSV format, in the order of the
// bundled sample; a file may give them in any order and leave out the
// optional ones.
var csvColumns = []string{
	"id", "date", "region", "birth_date", "citizenship", "country", "residence", "refugee",
	"service", "flags", "contribution_months", "status_until", "snils", "applicant", "documents", "representative_documents",
	"insurer", "reason", "history", "policy_form", "policy_issued", "enp", "events",
}

var requiredColumns = []string{"id", "date", "region", "birth_date", "citizenship"}

// setters store a CSV cell in its field.
var setters = map[string]func(f *fields, v string){
	"id":                       func(f *fields, v string) { f.ID = v },
	"date":                     func(f *fields, v string) { f.Date = v },
	"region":                   func(f *fields, v string) { f.Region = v },
	"birth_date":               func(f *fields, v string) { f.BirthDate = v },
	"citizenship":              func(f *fields, v string) { f.Citizenship = v },
	"country":                  func(f *fields, v string) { f.Country = v },
	"residence":                func(f *fields, v string) { f.Residence = v },
	"refugee":                  func(f *fields, v string) { f.Refugee = v },
	"service":                  func(f *fields, v string) { f.Service = v },
	"flags":                    func(f *fields, v string) { f.Flags = f.split(v) },
	"contribution_months":      func(f *fields, v string) { f.ContributionMonths = v },
	"status_until":             func(f *fields, v string) { f.StatusUntil = v },
	"snils":                    func(f *fields, v string) { f.SNILS = v },
	"applicant":                func(f *fields, v string) { f.Applicant = v },
	"documents":                func(f *fields, v string) { f.Documents = f.split(v) },
	"representative_documents": func(f *fields, v string) { f.RepDocuments = f.split(v) },
	"insurer":                  func(f *fields, v string) { f.Insurer = v },
	"reason":                   func(f *fields, v string) { f.Reason = v },
	"history":                  func(f *fields, v string) { f.History = f.split(v) },
	"policy_form":              func(f *fields, v string) { f.PolicyForm = v },
	"policy_issued":            func(f *fields, v string) { f.PolicyIssued = v },
	"enp":                      func(f *fields, v string) { f.ENP = v },
	"events":                   func(f *fields, v string) { f.Events = f.split(v) },
}

// csvSource reads the CSV format: a header line naming the columns, then
// one application per record. Lines starting with '#' are comments.
type csvSource struct {
	r       *csv.Reader
	tail    *tailReader // the input, its last bytes kept
	bom     int64       // bytes of the byte-order mark before what the CSV reader reads
	cols    []func(f *fields, v string)
	err     error
	done    bool
	header  bool
	pending *row // a row read ahead
	// slab is where the fields of the next rows are: allocated batchSize
	// at a time rather than one by one.
	slab []fields
}

// newFields returns zeroed fields for the next row.
func (s *csvSource) newFields() *fields {
	if len(s.slab) == 0 {
		s.slab = make([]fields, batchSize)
	}
	f := &s.slab[0]
	s.slab = s.slab[1:]
	return f
}

func newCSVSource(r io.Reader) *csvSource {
	tail := &tailReader{r: r}
	br := bufio.NewReaderSize(tail, 64<<10)
	// A mark before the header (or before the comment lines above it)
	// would make the first line neither a comment nor the header.
	bom := skipBOM(br)
	cr := csv.NewReader(br)
	cr.Comment = '#'
	cr.Comma = sniffDelimiter(br)
	cr.FieldsPerRecord = -1 // the count is checked here, so a short row is reported and skipped
	cr.ReuseRecord = true
	return &csvSource{r: cr, tail: tail, bom: int64(bom)}
}

func (s *csvSource) Err() error { return s.err }

// sniffDelimiter tells a comma-separated file from a semicolon-separated
// one, as Excel writes CSV in a Russian locale, by the first line that is
// not a comment: semicolons and no commas mean ';'. (List cells then come
// quoted, "a;b", as Excel quotes them.)
func sniffDelimiter(br *bufio.Reader) rune {
	head, _ := br.Peek(br.Size())
	for len(head) > 0 {
		line := head
		if i := bytes.IndexByte(head, '\n'); i >= 0 {
			line, head = head[:i], head[i+1:]
		} else {
			head = nil
		}
		if bytes.HasPrefix(line, []byte("#")) {
			continue
		}
		if bytes.IndexByte(line, ';') >= 0 && bytes.IndexByte(line, ',') < 0 {
			return ';'
		}
		break
	}
	return ','
}

func (s *csvSource) fail(err error) (row, bool) {
	s.err, s.done = fmt.Errorf("%w: %w", errNotWhole, err), true
	return row{}, false
}

func (s *csvSource) readHeader() error {
	head, err := s.r.Read()
	if err == io.EOF {
		return errors.New("line 1: empty input: no header line")
	}
	if err != nil {
		return fmt.Errorf("header: %w", err)
	}
	seen := map[string]bool{}
	for i, h := range head {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		set, ok := setters[h]
		if !ok {
			return fmt.Errorf("line 1: header column %d is %q, not a column of the format (%s)", i+1, h, strings.Join(csvColumns, ","))
		}
		if seen[h] {
			return fmt.Errorf("line 1: header names column %q twice", h)
		}
		seen[h] = true
		s.cols = append(s.cols, set)
	}
	for _, c := range requiredColumns {
		if !seen[c] {
			return fmt.Errorf("line 1: header has no column %q", c)
		}
	}
	return nil
}

func (s *csvSource) Next() (row, bool) {
	if s.pending != nil {
		r := *s.pending
		s.pending = nil
		return r, true
	}
	if s.done {
		return row{}, false
	}
	if !s.header {
		s.header = true
		if err := s.readHeader(); err != nil {
			return s.fail(err)
		}
	}
	start := s.r.InputOffset()
	rec, err := s.r.Read()
	if err == io.EOF {
		s.done = true
		return row{}, false
	}
	if pe := quoteError(err); pe != nil {
		// A quoted field that never closes swallows the rest of the file:
		// the reader stops at the end with this error. Look one record
		// ahead to tell it from a bad quote in the middle of the file, and
		// at the record's text to tell it from a bad quote on the last line.
		end := s.r.InputOffset()
		next, err2 := s.r.Read()
		if err2 == io.EOF {
			if s.unclosedQuote(start, end) {
				where := fmt.Sprintf("line %d", pe.StartLine)
				if pe.Line > pe.StartLine {
					where = fmt.Sprintf("lines %d–%d", pe.StartLine, pe.Line)
				}
				return s.fail(fmt.Errorf("%s: a quoted field opened on line %d never closes", where, pe.StartLine))
			}
			s.done = true
			return s.convert(rec, err)
		}
		r, ok := s.convert(next, err2)
		if !ok {
			return row{}, false
		}
		s.pending = &r
	}
	return s.convert(rec, err)
}

// quoteError returns err as a *csv.ParseError of a bad quote, or nil. (A
// function of its own: the variable errors.As fills escapes, and should
// not cost every record an allocation.)
func quoteError(err error) *csv.ParseError {
	if err == nil {
		return nil
	}
	var pe *csv.ParseError
	if errors.As(err, &pe) && errors.Is(pe.Err, csv.ErrQuote) {
		return pe
	}
	return nil
}

// unclosedQuote reports whether the input's text from start to end, its
// last record, ends inside a quoted field. A record too long to be kept
// whole is taken to be one: only a runaway quote makes one that long.
func (s *csvSource) unclosedQuote(start, end int64) bool {
	text, ok := s.tail.since(s.bom + start)
	if !ok {
		return true
	}
	if n := end - start; n >= 0 && n < int64(len(text)) {
		text = text[:n]
	}
	return endsInQuote(text, byte(s.r.Comma))
}

// convert makes a row of one record of the CSV reader, or of its error.
func (s *csvSource) convert(rec []string, err error) (row, bool) {
	if err != nil {
		var pe *csv.ParseError
		if !errors.As(err, &pe) {
			return s.fail(err)
		}
		return row{line: pe.StartLine, err: &RowError{Line: pe.StartLine, Err: pe.Err}}, true
	}
	line, _ := s.r.FieldPos(0)
	if len(rec) != len(s.cols) {
		return row{line: line, err: &RowError{Line: line, Err: fmt.Errorf("%w: %d columns, the header has %d", errBad, len(rec), len(s.cols))}}, true
	}
	f := s.newFields()
	for i, v := range rec {
		if !utf8.ValidString(v) {
			return row{line: line, err: &RowError{Line: line, Err: fmt.Errorf("%w: column %d is not valid UTF-8", errBad, i+1)}}, true
		}
		s.cols[i](f, strings.TrimSpace(v))
	}
	return row{line: line, f: f}, true
}

// maxJSONLine bounds one line of JSON Lines input.
const maxJSONLine = 1 << 20

// jsonApplication is one line of the JSON Lines format.
type jsonApplication struct {
	ID                 string         `json:"id"`
	Date               string         `json:"date"`
	Region             string         `json:"region"`
	BirthDate          string         `json:"birth_date"`
	Citizenship        string         `json:"citizenship"`
	Country            string         `json:"country,omitempty"`
	Residence          string         `json:"residence,omitempty"`
	Refugee            string         `json:"refugee,omitempty"`
	Service            string         `json:"service,omitempty"`
	Flags              []string       `json:"flags,omitempty"`
	ContributionMonths *int           `json:"contribution_months,omitempty"`
	StatusUntil        string         `json:"status_until,omitempty"`
	SNILS              string         `json:"snils,omitempty"`
	Applicant          string         `json:"applicant,omitempty"`
	Documents          []jsonDocument `json:"documents,omitempty"`
	RepDocuments       []jsonDocument `json:"representative_documents,omitempty"`
	Insurer            string         `json:"insurer,omitempty"`
	Reason             string         `json:"reason,omitempty"`
	History            []jsonEntry    `json:"history,omitempty"`
	PolicyForm         string         `json:"policy_form,omitempty"`
	PolicyIssued       string         `json:"policy_issued,omitempty"`
	ENP                string         `json:"enp,omitempty"`
	Events             []jsonEvent    `json:"events,omitempty"`
}

type jsonDocument struct {
	Kind    string `json:"kind"`
	Number  string `json:"number"`
	Expires string `json:"expires,omitempty"`
}

func (d jsonDocument) spec() string {
	if d.Expires != "" {
		return d.Kind + ":" + d.Number + "@" + d.Expires
	}
	return d.Kind + ":" + d.Number
}

type jsonEntry struct {
	Date    string `json:"date"`
	Reason  string `json:"reason"`
	Insurer string `json:"insurer"`
	Region  string `json:"region"`
}

type jsonEvent struct {
	Kind string `json:"kind"`
	Date string `json:"date"`
}

func (j *jsonApplication) fields() *fields {
	f := &fields{
		ID: j.ID, Date: j.Date, Region: j.Region, BirthDate: j.BirthDate, Citizenship: j.Citizenship,
		Country: j.Country, Residence: j.Residence, Refugee: j.Refugee, Service: j.Service, Flags: j.Flags,
		StatusUntil: j.StatusUntil, SNILS: j.SNILS, Applicant: j.Applicant, Insurer: j.Insurer,
		Reason: j.Reason, PolicyForm: j.PolicyForm, PolicyIssued: j.PolicyIssued, ENP: j.ENP,
	}
	if j.ContributionMonths != nil {
		f.ContributionMonths = strconv.Itoa(*j.ContributionMonths) // a negative number is rejected by build
	}
	for _, d := range j.Documents {
		f.Documents = append(f.Documents, d.spec())
	}
	for _, d := range j.RepDocuments {
		f.RepDocuments = append(f.RepDocuments, d.spec())
	}
	for _, e := range j.History {
		f.History = append(f.History, e.Date+" "+e.Reason+" "+e.Insurer+" "+e.Region)
	}
	for _, e := range j.Events {
		f.Events = append(f.Events, e.Kind+"@"+e.Date)
	}
	return f
}

// jsonlSource reads JSON Lines: one JSON object per line; blank lines are
// skipped. Unknown members are an error, so a misspelt member is reported
// rather than ignored.
type jsonlSource struct {
	r    *bufio.Reader
	line int
	err  error
	done bool
}

func newJSONLSource(r io.Reader) *jsonlSource {
	br := bufio.NewReaderSize(r, 64<<10)
	skipBOM(br) // else the first line is not JSON
	return &jsonlSource{r: br}
}

func (s *jsonlSource) Err() error { return s.err }

// readLine returns the next line without its newline; long reports a line
// longer than maxJSONLine, which is skipped to its end.
func (s *jsonlSource) readLine() (b []byte, long bool, err error) {
	var buf []byte
	for {
		chunk, err := s.r.ReadSlice('\n')
		if len(buf)+len(chunk) > maxJSONLine {
			long = true
		} else {
			buf = append(buf, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF && (len(buf) > 0 || long) {
			err = nil
		}
		return bytes.TrimRight(buf, "\r\n"), long, err
	}
}

func (s *jsonlSource) Next() (row, bool) {
	for !s.done {
		b, long, err := s.readLine()
		if err == io.EOF {
			s.done = true
			return row{}, false
		}
		if err != nil {
			s.err, s.done = fmt.Errorf("%w: line %d: %w", errNotWhole, s.line+1, err), true
			return row{}, false
		}
		s.line++
		if long {
			return row{line: s.line, err: &RowError{Line: s.line, Err: fmt.Errorf("%w: line longer than %d bytes", errBad, maxJSONLine)}}, true
		}
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		var j jsonApplication
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&j); err != nil {
			return row{line: s.line, err: &RowError{Line: s.line, Err: fmt.Errorf("%w: %v", errBad, err)}}, true
		}
		if dec.More() {
			return row{line: s.line, err: &RowError{Line: s.line, Err: fmt.Errorf("%w: more than one JSON value on the line", errBad)}}, true
		}
		return row{line: s.line, f: j.fields()}, true
	}
	return row{}, false
}
