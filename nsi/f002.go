package nsi

import (
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/smo"
	"github.com/rickb777/date"
)

// An InsurerRecord is one insCompany of F002, the unified register of
// insurers (единый реестр СМО) kept by the federal fund: one insurer or
// branch working in one region.
type InsurerRecord struct {
	// Code is smocod, five digits whose first two are the region's code.
	Code string `json:"code"`
	// OKATO is tf_okato, the ОКАТО of the region.
	OKATO string `json:"okato"`
	// Region is the region of tf_okato, or of the first two digits of
	// smocod where tf_okato names none.
	Region oms.Region `json:"region"`
	// Name and ShortName are nam_smop and nam_smok.
	Name      string `json:"name"`
	ShortName string `json:"short_name"`
	// INN, OGRN and KPP are the tax identifiers.
	INN  string `json:"inn,omitempty"`
	OGRN string `json:"ogrn,omitempty"`
	KPP  string `json:"kpp,omitempty"`
	// Org is 1 for a head organisation, 2 for a branch [U], 0 if absent.
	Org int `json:"org,omitempty"`
	// Inclusions are the insInclude groups: stays on the register.
	Inclusions []Inclusion `json:"inclusions"`
	// Notices are the insAdvice groups.
	Notices []Notice `json:"notices"`
}

// An Inclusion is a stay of an insurer on the register: d_begin, and
// d_end (the day of exclusion) with its reason name_e when it has left.
type Inclusion struct {
	Begin date.Date `json:"begin"`
	// End is d_end, the day of exclusion; absent while on the register.
	End    oms.OptionalDate `json:"end"`
	Reason string           `json:"reason,omitempty"`
}

// A Notice is an insAdvice group: the insurer's notice that it will work
// in ОМС in Year (YEAR_WORK), given on Given (DUVED), with the number of
// its insured (kol_zl, 0 if absent).
type Notice struct {
	Year    int       `json:"year"`
	Given   date.Date `json:"given,omitzero"`
	Insured int       `json:"insured,omitempty"`
}

// F002 is a loaded register of insurers: its records, and the smo.Registry
// built from them. It is immutable.
type F002 struct {
	records  []InsurerRecord
	registry *smo.Registry
}

// Records returns a copy of the records in file order.
func (f *F002) Records() []InsurerRecord {
	out := make([]InsurerRecord, len(f.records))
	for i, r := range f.records {
		r.Inclusions = append([]Inclusion(nil), r.Inclusions...)
		r.Notices = append([]Notice(nil), r.Notices...)
		out[i] = r
	}
	return out
}

// Registry returns the registry of insurers built from the records, which
// smo.CheckSwitch and smo.NewChecker take.
func (f *F002) Registry() *smo.Registry { return f.registry }

// LoadF002 reads the F002 register as the fund publishes it — a zip
// holding one XML file, or the XML itself, windows-1251 or UTF-8, root
// <packet> with one <insCompany> per insurer and region — and builds an
// smo.Registry from it:
//
//   - each record is an smo.Insurer numbered by smocod, named nam_smop
//     (short name nam_smok), with one smo.Presence per insInclude in the
//     record's region (Entered d_begin, Left d_end);
//   - its scope is smo.Federal for a branch (org 2) and smo.Regional
//     otherwise: F002 has no scope, and the meaning of org is [U];
//   - the insAdvice years become Presence.NoticeYears, so that an insurer
//     without notice for a year cannot be chosen in it. When no record of
//     the file has an insAdvice group, notices are not tracked (nil) and
//     every year is allowed.
//
// Bad input is a *ParseError naming the record and field.
func LoadF002(r io.Reader) (*F002, error) {
	data, err := readInput(r, "F002")
	if err != nil {
		return nil, err
	}
	var recs []InsurerRecord
	err = records(data, "F002", []string{"insCompany"}, func(r *rowReader) {
		recs = append(recs, readInsurer(r))
	})
	if err != nil {
		return nil, err
	}
	tracked := false
	for _, rec := range recs {
		tracked = tracked || len(rec.Notices) > 0
	}
	insurers := make([]smo.Insurer, 0, len(recs))
	for i, rec := range recs {
		in, err := rec.insurer(tracked)
		if err != nil {
			return nil, &ParseError{Book: "F002", Record: i + 1, Field: "insInclude", Err: err}
		}
		insurers = append(insurers, in)
	}
	reg, err := smo.NewRegistry(insurers...)
	if err != nil {
		return nil, &ParseError{Book: "F002", Field: "smocod", Err: err}
	}
	return &F002{records: recs, registry: reg}, nil
}

// readInsurer reads one insCompany.
func readInsurer(r *rowReader) InsurerRecord {
	rec := InsurerRecord{
		Code: r.text("smocod", true), OKATO: r.text("tf_okato", false),
		Name: r.text("nam_smop", false), ShortName: r.text("nam_smok", false),
		INN: r.text("inn", false), OGRN: r.text("Ogrn", false), KPP: r.text("KPP", false),
	}
	if rec.Name == "" && rec.ShortName == "" {
		r.fail("nam_smop", fmt.Errorf("%w: neither nam_smop nor nam_smok is given", ErrFormat))
	}
	if len(rec.Code) != 5 || !allDigits(rec.Code) {
		r.fail("smocod", fmt.Errorf("%w: %q is not five digits", ErrFormat, rec.Code))
		return rec
	}
	if v, _ := r.n.field("org"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > 9 {
			r.fail("org", fmt.Errorf("%w: %q", ErrFormat, v))
		}
		rec.Org = n
	}
	rec.Region = insurerRegion(rec.OKATO, rec.Code)
	if !rec.Region.IsValid() {
		r.fail("tf_okato", fmt.Errorf("%w: neither tf_okato %q nor smocod %q names a region", oms.ErrUnknownRegion, rec.OKATO, rec.Code))
	}
	for _, g := range r.n.children("insInclude") {
		sub := &rowReader{book: r.book, index: r.index, n: g}
		in := Inclusion{Reason: sub.text("name_e", false)}
		in.Begin, _ = sub.day("d_begin", true)
		if end, ok := sub.day("d_end", false); ok {
			in.End = oms.SomeDate(end)
		}
		if sub.err != nil {
			prefixField(sub.err, "insInclude/")
			r.fail("", sub.err)
		}
		rec.Inclusions = append(rec.Inclusions, in)
	}
	if len(rec.Inclusions) == 0 {
		r.fail("insInclude", fmt.Errorf("%w: no insInclude group (the day the insurer entered the register)", ErrFormat))
	}
	for _, g := range r.n.children("insAdvice") {
		sub := &rowReader{book: r.book, index: r.index, n: g}
		n := Notice{Year: sub.int("YEAR_WORK")}
		n.Given, _ = sub.day("DUVED", false)
		if v := sub.text("kol_zl", false); v != "" {
			k, err := strconv.Atoi(v)
			if err != nil || k < 0 {
				sub.fail("kol_zl", fmt.Errorf("%w: %q is not a count", ErrFormat, v))
			}
			n.Insured = k
		}
		if sub.err == nil && (n.Year < 2011 || n.Year > 9999) {
			sub.fail("YEAR_WORK", fmt.Errorf("%w: year %d", ErrFormat, n.Year))
		}
		if sub.err != nil {
			prefixField(sub.err, "insAdvice/")
			r.fail("", sub.err)
		}
		rec.Notices = append(rec.Notices, n)
	}
	return rec
}

// prefixField puts the group's name before the field of a ParseError.
func prefixField(err error, prefix string) {
	var pe *ParseError
	if errors.As(err, &pe) {
		pe.Field = prefix + pe.Field
	}
}

// insurerRegion finds the region of a record: by tf_okato, the first five
// digits of the region's ОКАТО ("01000" Алтайский край; two digits alone
// are shared by some okrugs and their oblast), else by the first two
// digits of smocod (the region's code, KOD_TF).
func insurerRegion(okato, code string) oms.Region {
	if len(okato) == 5 {
		for _, reg := range oms.Regions() {
			if o := reg.OKATO(); len(o) >= 5 && o[:5] == okato {
				return reg
			}
		}
	}
	if n, err := strconv.Atoi(code[:2]); err == nil {
		if reg, err := oms.RegionOf(n); err == nil {
			return reg
		}
	}
	return 0
}

// insurer builds the smo.Insurer of a record.
func (rec InsurerRecord) insurer(tracked bool) (smo.Insurer, error) {
	var years []int
	if tracked {
		years = make([]int, 0, len(rec.Notices))
		for _, n := range rec.Notices {
			years = append(years, n.Year)
		}
	}
	ps := make([]smo.Presence, 0, len(rec.Inclusions))
	for _, in := range rec.Inclusions {
		ps = append(ps, smo.Presence{Region: rec.Region, Entered: in.Begin, Left: in.End, NoticeYears: years})
	}
	scope := smo.Regional
	if rec.Org == 2 {
		scope = smo.Federal
	}
	name := rec.Name
	if name == "" {
		name = rec.ShortName
	}
	return smo.NewInsurer(rec.Code, name, rec.ShortName, scope, ps...)
}
