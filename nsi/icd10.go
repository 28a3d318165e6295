package nsi

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/program"
	"github.com/rickb777/date"
)

// An ICD10Entry is one row of an МКБ-10 dictionary: the Ministry's
// 1.2.643.5.1.13.13.11.1005 (MKB_CODE, MKB_NAME, ID_PARENT, ACTUAL, DATE)
// or the fund's M001 (IDDS, DSNAME, DATEBEG, DATEEND).
type ICD10Entry struct {
	// Code is the code as the dictionary writes it, in canonical form
	// where it is a valid ICD-10 code ("A00.0"), else as given ("A00-B99"
	// for a class, a national five-character code).
	Code string `json:"code"`
	// Name is the Russian name.
	Name string `json:"name"`
	// Parent is the code of the parent row (the Ministry's ID_PARENT), or
	// "" at the top and in M001.
	Parent string `json:"parent,omitempty"`
	// Actual is the Ministry's ACTUAL flag; true for every M001 row.
	Actual bool `json:"actual"`
	// Span is when the row is in force: M001's DATEBEG–DATEEND; for the
	// Ministry's rows from DATE (read as the day the row took effect [U])
	// with no end.
	Span Span `json:"span"`
}

// An ICD10Dict is a loaded МКБ-10 dictionary, for asking whether a code
// exists and is current on a day, not only whether its syntax is right.
// It is immutable and safe for concurrent use. A nil *ICD10Dict knows no
// code, and its Check falls back to syntax alone.
type ICD10Dict struct {
	entries []ICD10Entry // sorted by code, then Span.From
}

func newICD10Dict(es []ICD10Entry) *ICD10Dict {
	slices.SortStableFunc(es, func(a, b ICD10Entry) int {
		if c := strings.Compare(a.Code, b.Code); c != 0 {
			return c
		}
		return int(a.Span.From.Sub(b.Span.From))
	})
	return &ICD10Dict{entries: es}
}

// Len returns the number of rows.
func (d *ICD10Dict) Len() int {
	if d == nil {
		return 0
	}
	return len(d.entries)
}

// normICD10 returns the key of a code: the canonical form of a valid
// ICD-10 code (program.ParseICD10 accepts Cyrillic look-alikes and lower
// case), else the trimmed upper-case text.
func normICD10(code string) string {
	if c, err := program.ParseICD10(code); err == nil {
		return c.String()
	}
	return strings.ToUpper(strings.TrimSpace(code))
}

// rows returns the rows of code, oldest first.
func (d *ICD10Dict) rows(code string) []ICD10Entry {
	if d == nil {
		return nil
	}
	return d.rowsOf(normICD10(code))
}

// rowsOf returns the rows whose code is key (a normICD10 form).
func (d *ICD10Dict) rowsOf(key string) []ICD10Entry {
	lo, _ := slices.BinarySearchFunc(d.entries, key, func(e ICD10Entry, k string) int { return strings.Compare(e.Code, k) })
	hi := lo
	for hi < len(d.entries) && d.entries[hi].Code == key {
		hi++
	}
	return d.entries[lo:hi]
}

// Lookup returns the latest row of a code.
func (d *ICD10Dict) Lookup(code string) (ICD10Entry, bool) {
	rs := d.rows(code)
	if len(rs) == 0 {
		return ICD10Entry{}, false
	}
	return rs[len(rs)-1], true
}

// Exists reports whether the dictionary has the code at all.
func (d *ICD10Dict) Exists(code string) bool { return len(d.rows(code)) > 0 }

// CurrentOn reports whether the code has a row that is actual and in force
// on day.
func (d *ICD10Dict) CurrentOn(code string, day date.Date) bool { return currentIn(d.rows(code), day) }

// currentIn reports whether one of rs is actual and in force on day.
func currentIn(rs []ICD10Entry, day date.Date) bool {
	for _, e := range rs {
		if e.Actual && e.Span.InForce(day) {
			return true
		}
	}
	return false
}

// Finding codes of ICD10Dict.Check.
const (
	CodeICD10Syntax    = "nsi.icd10.syntax"     // violation: not an ICD-10 code by its form
	CodeICD10Unknown   = "nsi.icd10.unknown"    // violation: not in the dictionary
	CodeICD10NotActual = "nsi.icd10.not-actual" // violation: in the dictionary, not current on the day
	CodeICD10Current   = "nsi.icd10.current"    // info: in the dictionary and current
	CodeICD10SyntaxOK  = "nsi.icd10.syntax-ok"  // info: valid form; no dictionary to ask
)

var citeMKB = oms.Citation{Act: oms.ActDictICD10, Title: "Международная статистическая классификация болезней и проблем, связанных со здоровьем (МКБ-10)"}

// Check checks a diagnosis code for day on: its syntax always, and with a
// dictionary (d not nil) that it exists and is current.
func (d *ICD10Dict) Check(code string, on date.Date) oms.Decision {
	f := func(id string, s oms.Severity, ru, en string) oms.Decision {
		return oms.NewDecision(oms.Finding{Code: id, Severity: s, RU: ru, EN: en, Citation: citeMKB})
	}
	c, err := program.ParseICD10(code)
	if err != nil {
		return f(CodeICD10Syntax, oms.Violation,
			fmt.Sprintf("«%s» не является кодом МКБ-10.", code), fmt.Sprintf("%q is not an ICD-10 code: %v.", code, err))
	}
	if d == nil {
		return f(CodeICD10SyntaxOK, oms.Info,
			fmt.Sprintf("Код %s записан верно; справочник МКБ-10 не загружен.", code),
			fmt.Sprintf("Code %s is well formed; no ICD-10 dictionary is loaded.", code))
	}
	// The code parsed, so its key is its canonical form: parse and search once.
	rs := d.rowsOf(c.String())
	switch {
	case len(rs) == 0:
		return f(CodeICD10Unknown, oms.Violation,
			fmt.Sprintf("Кода %s нет в справочнике МКБ-10.", code), fmt.Sprintf("Code %s is not in the ICD-10 dictionary.", code))
	case !currentIn(rs, on):
		return f(CodeICD10NotActual, oms.Violation,
			fmt.Sprintf("Код %s не действует на %s.", code, on.Format("02.01.2006")),
			fmt.Sprintf("Code %s is not current on %s.", code, on))
	}
	return f(CodeICD10Current, oms.Info,
		fmt.Sprintf("Код %s есть в справочнике МКБ-10 и действует на %s.", code, on.Format("02.01.2006")),
		fmt.Sprintf("Code %s is in the ICD-10 dictionary and current on %s.", code, on))
}

// LoadM001 reads the fund's M001 (IDDS, DSNAME, DATEBEG, DATEEND) in any of
// the shapes LoadF011 reads.
func LoadM001(r io.Reader) (*ICD10Dict, error) {
	data, err := readInput(r, "M001")
	if err != nil {
		return nil, err
	}
	var es []ICD10Entry
	err = records(data, "M001", []string{"zap"}, func(r *rowReader) {
		es = append(es, ICD10Entry{Code: normICD10(r.text("IDDS", true)), Name: r.text("DSNAME", true),
			Actual: true, Span: r.span("DATEBEG", "DATEEND")})
	})
	if err != nil {
		return nil, err
	}
	return newICD10Dict(es), nil
}
