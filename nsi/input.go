package nsi

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// MaxInputSize is the largest file a loader reads (zipped, and again
// unzipped): 64 MiB, well above the fund's largest book of this package
// (F002 is a few megabytes).
const MaxInputSize = 64 << 20

// ErrTooLarge is returned (wrapped) for input over MaxInputSize.
var ErrTooLarge = errors.New("nsi: input too large")

// ErrFormat is returned (wrapped) for input that is not a reference book
// of the expected shape.
var ErrFormat = errors.New("nsi: malformed reference book")

// A ParseError reports where a reference book is wrong: the book ("F011",
// "F002", …), the 1-based record number and the input line where the
// record starts (0 when the fault is in the file as a whole), the field
// ("DocSer", "insInclude/d_begin"), and the reason, which it wraps.
type ParseError struct {
	// Book names the reference book: "F011", "F002", "МКБ-10", ….
	Book string `json:"book"`
	// Record is the 1-based record number, 0 for the file as a whole.
	Record int `json:"record"`
	// Line is the input line where the record starts, 0 when unknown.
	Line int `json:"line"`
	// Field names the field at fault, "" for the whole record.
	Field string `json:"field"`
	// Err is the reason.
	Err error `json:"-"`
}

// Error returns "nsi: F011 record 3 (line 5), field \"DATEBEG\": …".
func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString("nsi: ")
	b.WriteString(e.Book)
	if e.Record > 0 {
		fmt.Fprintf(&b, " record %d", e.Record)
	}
	if e.Line > 0 {
		fmt.Fprintf(&b, " (line %d)", e.Line)
	}
	if e.Field != "" {
		fmt.Fprintf(&b, ", field %q", e.Field)
	}
	b.WriteString(": ")
	if e.Err != nil {
		b.WriteString(strings.TrimPrefix(e.Err.Error(), "nsi: "))
	} else {
		b.WriteString("invalid")
	}
	return b.String()
}

// Unwrap returns the reason.
func (e *ParseError) Unwrap() error { return e.Err }

// readInput reads all of r (at most MaxInputSize bytes) and, when it is a
// zip archive, the one member the fund's archives hold: the first file
// whose name ends in .xml (any case), or the only file.
func readInput(r io.Reader, book string) ([]byte, error) {
	data, err := readCapped(r, MaxInputSize)
	if err != nil {
		return nil, &ParseError{Book: book, Err: err}
	}
	if !bytes.HasPrefix(data, []byte("PK\x03\x04")) && !bytes.HasPrefix(data, []byte("PK\x05\x06")) {
		return data, nil
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, &ParseError{Book: book, Err: fmt.Errorf("%w: zip: %v", ErrFormat, err)}
	}
	var member *zip.File
	for _, f := range zr.File {
		if strings.HasSuffix(strings.ToLower(f.Name), ".xml") {
			member = f
			break
		}
	}
	if member == nil && len(zr.File) == 1 {
		member = zr.File[0]
	}
	if member == nil {
		return nil, &ParseError{Book: book, Err: fmt.Errorf("%w: the zip archive holds no .xml file (%d files)", ErrFormat, len(zr.File))}
	}
	rc, err := member.Open()
	if err != nil {
		return nil, &ParseError{Book: book, Err: fmt.Errorf("%w: zip member %q: %v", ErrFormat, member.Name, err)}
	}
	defer rc.Close()
	data, err = readCapped(rc, MaxInputSize)
	if err != nil {
		return nil, &ParseError{Book: book, Err: fmt.Errorf("zip member %q: %w", member.Name, err)}
	}
	return data, nil
}

func readCapped(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	return data, nil
}
