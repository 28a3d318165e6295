package nsi

import (
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

// A DocType is one row of F011, the fund's classifier of identity
// documents (типы документов, удостоверяющих личность): the code used in
// the DOCTYPE field of every exchange file, the name, and the masks of
// the series and number.
type DocType struct {
	// Code is IDDoc, such as 14 for the passport of a citizen of the RF.
	Code int `json:"code"`
	// Name is DocName.
	Name string `json:"name"`
	// Series is the mask of the series (DocSer).
	Series Mask `json:"series_mask"`
	// Number is the mask of the number (DocNum).
	Number Mask `json:"number_mask"`
	// Span is DATEBEG–DATEEND.
	Span Span `json:"span"`
	// Source says where a shipped row comes from; empty for a loaded one.
	Source string `json:"source,omitempty"`
	// Unconfirmed is set on a shipped row whose name or dates no source
	// quoted in the spec confirms (only its code and masks are seen).
	Unconfirmed bool `json:"unconfirmed,omitempty"`
}

// DocTypes is a loaded or shipped F011: the document types by code. It is
// immutable and safe for concurrent use.
type DocTypes struct {
	rows []DocType // sorted by code
}

// NewDocTypes returns a book of the given rows; two rows with one code are
// an error.
func NewDocTypes(rows ...DocType) (*DocTypes, error) {
	rs := slices.Clone(rows)
	slices.SortFunc(rs, func(a, b DocType) int { return a.Code - b.Code })
	for i := 1; i < len(rs); i++ {
		if rs[i].Code == rs[i-1].Code {
			return nil, fmt.Errorf("%w: F011 code %d appears twice", ErrFormat, rs[i].Code)
		}
	}
	return &DocTypes{rows: rs}, nil
}

// Lookup returns the document type with the given code.
func (b *DocTypes) Lookup(code int) (DocType, bool) {
	if b == nil {
		return DocType{}, false
	}
	i, ok := slices.BinarySearchFunc(b.rows, code, func(t DocType, c int) int { return t.Code - c })
	if !ok {
		return DocType{}, false
	}
	return b.rows[i], true
}

// All returns a copy of the rows, ordered by code.
func (b *DocTypes) All() []DocType {
	if b == nil {
		return nil
	}
	return slices.Clone(b.rows)
}

// Len returns the number of document types.
func (b *DocTypes) Len() int {
	if b == nil {
		return 0
	}
	return len(b.rows)
}

// LoadF011 reads F011 as the fund publishes it: a zip holding one XML file,
// or the XML itself, in windows-1251 or UTF-8, in the attribute-centric
// shape <PACKET><ZAP IDDoc="1" DocName="…" DocSer="R-ББ" DocNum="999999"
// DATEBEG="01.01.2011" DATEEND=""/></PACKET> or the element-centric one
// (<packet><zglv>…</zglv><zap><IDDoc>1</IDDoc>…</zap></packet>). Field
// names match in any case. Bad input is a *ParseError.
func LoadF011(r io.Reader) (*DocTypes, error) {
	data, err := readInput(r, "F011")
	if err != nil {
		return nil, err
	}
	var rows []DocType
	err = records(data, "F011", []string{"zap"}, func(r *rowReader) {
		t := DocType{Code: r.int("IDDoc"), Name: r.text("DocName", true)}
		var err error
		if t.Series, err = ParseMask(r.text("DocSer", false)); err != nil {
			r.fail("DocSer", err)
		}
		if t.Number, err = ParseMask(r.text("DocNum", false)); err != nil {
			r.fail("DocNum", err)
		}
		t.Span = r.span("DATEBEG", "DATEEND")
		rows = append(rows, t)
	})
	if err != nil {
		return nil, err
	}
	b, err := NewDocTypes(rows...)
	if err != nil {
		return nil, &ParseError{Book: "F011", Field: "IDDoc", Err: err}
	}
	return b, nil
}

// Finding codes of CheckDocument.
const (
	CodeDocTypeUnknown    = "nsi.f011.unknown-type"  // violation: no such code in F011
	CodeDocTypeNotInForce = "nsi.f011.not-in-force"  // violation: the type is not in force on the day
	CodeDocSeriesFormat   = "nsi.f011.series-format" // violation: the series does not match DocSer
	CodeDocNumberFormat   = "nsi.f011.number-format" // violation: the number does not match DocNum
	CodeDocFormatOK       = "nsi.f011.format-ok"     // info: series and number match
)

// citeF011 cites the classifier itself: it is a reference book of the
// federal fund, not an act; its masks are data.
var citeF011 = oms.Citation{Act: oms.ActBookF011, Title: "Классификатор типов документов, удостоверяющих личность"}

// CheckDocument checks a document's series and number against the masks
// of its F011 type, for a document presented on day on. The series and
// number are matched as given: "45 06" matches the passport mask "99 99",
// "4506" does not.
func (b *DocTypes) CheckDocument(code int, series, number string, on date.Date) oms.Decision {
	t, ok := b.Lookup(code)
	if !ok {
		return oms.NewDecision(docFinding(CodeDocTypeUnknown, oms.Violation,
			fmt.Sprintf("Тип документа %d отсутствует в справочнике F011.", code),
			fmt.Sprintf("Document type %d is not in F011.", code)))
	}
	var fs []oms.Finding
	if !t.Span.InForce(on) {
		fs = append(fs, docFinding(CodeDocTypeNotInForce, oms.Violation,
			fmt.Sprintf("Тип документа %d («%s») не действует на %s.", code, t.Name, on.Format("02.01.2006")),
			fmt.Sprintf("Document type %d (%s) is not in force on %s.", code, t.Name, on)))
	}
	if !t.Series.Match(series) {
		fs = append(fs, docFinding(CodeDocSeriesFormat, oms.Violation,
			fmt.Sprintf("Серия «%s» не соответствует маске «%s» типа %d.", series, t.Series, code),
			fmt.Sprintf("Series %q does not match mask %q of type %d.", series, t.Series, code)))
	}
	if !t.Number.Match(number) {
		fs = append(fs, docFinding(CodeDocNumberFormat, oms.Violation,
			fmt.Sprintf("Номер «%s» не соответствует маске «%s» типа %d.", number, t.Number, code),
			fmt.Sprintf("Number %q does not match mask %q of type %d.", number, t.Number, code)))
	}
	if len(fs) == 0 {
		fs = append(fs, docFinding(CodeDocFormatOK, oms.Info,
			fmt.Sprintf("Серия и номер соответствуют маскам типа %d («%s»).", code, t.Name),
			fmt.Sprintf("Series and number match the masks of type %d (%s).", code, t.Name)))
	}
	for i := range fs {
		fs[i].Unconfirmed = t.Unconfirmed
	}
	return oms.NewDecision(fs...)
}

func docFinding(code string, sev oms.Severity, ru, en string) oms.Finding {
	return oms.Finding{Code: code, Severity: sev, RU: ru, EN: en, Citation: citeF011}
}

var f011From = date.New(2011, time.January, 1)

// Sources of the shipped F011 rows (standards.md §1.3).
const (
	srcF011Sample = "F011 sample records, C# loader comment (standards.md §1.3, index id 39795416736)"
	srcF011Portal = "portal mask switch keyed on F011 codes (standards.md §1.3, index id 42354081728)"
)

// DefaultF011 returns the F011 rows the library ships: only codes whose
// masks a source shows. Rows 1–3 are the fund's own sample records; the
// others come from a portal's mask table keyed on F011 codes, which writes
// an optional digit as "(9)" (here the F011 "0"). The portal names 14 and
// 15; the names of 4, 6, 7, 8, 16, 17 and 25 are from the spec's
// unconfirmed list, and those rows carry Unconfirmed. Every row is dated
// from 01.01.2011 as the sample rows are; for the portal's rows that date
// is an assumption. Load the current F011 with LoadF011 for every code.
func DefaultF011() *DocTypes { return defaultF011 }

var defaultF011 = mustDocTypes(
	shipped(1, "Паспорт гражданина СССР", "R-ББ", "999999", srcF011Sample, false),
	shipped(2, "Загранпаспорт гражданина СССР", "S", "00000009", srcF011Sample, false),
	shipped(3, "Свидетельство о рождении, выданное в Российской Федерации", "R-ББ", "999999", srcF011Sample, false),
	shipped(4, "Удостоверение личности офицера", "ББ", "9999999", srcF011Portal, true),
	shipped(6, "Паспорт Минморфлота", "ББ", "999999", srcF011Portal, true),
	shipped(7, "Военный билет", "ББ", "9999990", srcF011Portal, true),
	shipped(8, "Дипломатический паспорт гражданина Российской Федерации", "99", "9999999", srcF011Portal, true),
	shipped(14, "Паспорт гражданина Российской Федерации", "99 99", "999999", srcF011Portal, false),
	shipped(15, "Загранпаспорт гражданина Российской Федерации", "99", "9999999", srcF011Portal, false),
	shipped(16, "Паспорт моряка", "ББ", "999990", srcF011Portal, true),
	shipped(17, "Военный билет офицера запаса", "ББ", "999999", srcF011Portal, true),
	shipped(25, "Свидетельство о предоставлении временного убежища на территории Российской Федерации", "99", "9999999", srcF011Portal, true),
)

func shipped(code int, name, ser, num, src string, unconfirmed bool) DocType {
	return DocType{Code: code, Name: name, Series: MustParseMask(ser), Number: MustParseMask(num),
		Span: Span{From: f011From}, Source: src, Unconfirmed: unconfirmed}
}

func mustDocTypes(rows ...DocType) *DocTypes {
	b, err := NewDocTypes(rows...)
	if err != nil {
		panic(err)
	}
	return b
}
