package nsi

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/omsrules/oms"
	"golang.org/x/text/encoding/charmap"
)

// mzRow is one row of the Ministry's dictionary with its column names in
// upper case.
type mzRow map[string]string

// LoadICD10MZ reads the Ministry's МКБ-10 (1.2.643.5.1.13.13.11.1005) as
// its НСИ portal exports it, zipped or bare: JSON (an array of records, or
// an object whose "records", "data" or "list" member is one) or CSV with a
// header row (separated by ";" or ","); UTF-8, or windows-1251 when not valid UTF-8. Columns
// ID, MKB_CODE, MKB_NAME, ID_PARENT, ACTUAL and DATE are read, in any
// case; MKB_CODE and MKB_NAME are required. ACTUAL is 1/0 or true/false
// and, when absent, true.
func LoadICD10MZ(r io.Reader) (*ICD10Dict, error) {
	data, err := readInput(r, "МКБ-10")
	if err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		// Not UTF-8: the other encoding the Ministry's and the fund's files come in.
		if data, err = charmap.Windows1251.NewDecoder().Bytes(data); err != nil {
			return nil, &ParseError{Book: "МКБ-10", Err: fmt.Errorf("%w: %v", ErrFormat, err)}
		}
	}
	var rows []mzRow
	if t := bytes.TrimSpace(data); len(t) > 0 && (t[0] == '[' || t[0] == '{') {
		rows, err = mzJSON(t)
	} else {
		rows, err = mzCSV(data)
	}
	if err != nil {
		return nil, &ParseError{Book: "МКБ-10", Err: err}
	}
	return mzDict(rows)
}

// mzDict turns rows into a dictionary, resolving ID_PARENT to codes.
func mzDict(rows []mzRow) (*ICD10Dict, error) {
	byID := make(map[string]string, len(rows))
	for _, r := range rows {
		if id := r["ID"]; id != "" {
			byID[id] = normICD10(r["MKB_CODE"])
		}
	}
	es := make([]ICD10Entry, 0, len(rows))
	for i, r := range rows {
		fail := func(field string, err error) error {
			return &ParseError{Book: "МКБ-10", Record: i + 1, Field: field, Err: err}
		}
		e := ICD10Entry{Code: normICD10(r["MKB_CODE"]), Name: strings.TrimSpace(r["MKB_NAME"]), Actual: true, Span: Span{}}
		if e.Code == "" {
			return nil, fail("MKB_CODE", fmt.Errorf("%w: missing", ErrFormat))
		}
		if e.Name == "" {
			return nil, fail("MKB_NAME", fmt.Errorf("%w: missing", ErrFormat))
		}
		if p := r["ID_PARENT"]; p != "" {
			e.Parent = byID[p]
		}
		switch strings.ToLower(r["ACTUAL"]) {
		case "", "1", "true":
		case "0", "false":
			e.Actual = false
		default:
			return nil, fail("ACTUAL", fmt.Errorf("%w: %q (want 1 or 0)", ErrFormat, r["ACTUAL"]))
		}
		if v := r["DATE"]; v != "" {
			d, err := oms.ParseDate(firstWord(v))
			if err != nil {
				return nil, fail("DATE", err)
			}
			e.Span.From = d
		}
		es = append(es, e)
	}
	if len(es) == 0 {
		return nil, &ParseError{Book: "МКБ-10", Err: fmt.Errorf("%w: no record", ErrFormat)}
	}
	return newICD10Dict(es), nil
}

// firstWord cuts a time from a date: "2019-01-15 00:00:00.0" and
// "2019-01-15T00:00:00" both give the day.
func firstWord(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, " T"); i > 0 {
		return s[:i]
	}
	return s
}

func mzJSON(data []byte) ([]mzRow, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("%w: JSON: %v", ErrFormat, err)
	}
	list, ok := doc.([]any)
	if obj, isObj := doc.(map[string]any); isObj {
		for k, v := range obj {
			switch strings.ToLower(k) {
			case "records", "data", "list":
				list, ok = v.([]any)
			}
		}
	}
	if !ok {
		return nil, fmt.Errorf("%w: JSON: want an array of records or an object with \"records\"", ErrFormat)
	}
	rows := make([]mzRow, 0, len(list))
	for i, item := range list {
		obj, ok := item.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("%w: JSON record %d is not an object", ErrFormat, i+1)
		}
		row := make(mzRow, len(obj))
		for k, v := range obj {
			switch v := v.(type) {
			case string:
				row[strings.ToUpper(k)] = v
			case json.Number:
				row[strings.ToUpper(k)] = v.String()
			case bool:
				row[strings.ToUpper(k)] = fmt.Sprint(v)
			}
		}
		rows = append(rows, row)
	}
	return rows, nil
}

func mzCSV(data []byte) ([]mzRow, error) {
	cr := csv.NewReader(bytes.NewReader(data))
	head, _, _ := bytes.Cut(data, []byte("\n"))
	if bytes.Count(head, []byte(";")) > bytes.Count(head, []byte(",")) {
		cr.Comma = ';'
	}
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("%w: CSV header: %v", ErrFormat, err)
	}
	for i := range header {
		header[i] = strings.ToUpper(strings.TrimSpace(header[i]))
	}
	var rows []mzRow
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%w: CSV: %v", ErrFormat, err)
		}
		row := make(mzRow, len(header))
		for i, v := range rec {
			if i < len(header) {
				row[header[i]] = v
			}
		}
		rows = append(rows, row)
	}
}
