package calendar

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/omsrules/oms"
)

// regionalHeader is the required first line of regional CSV data, the
// columns of data/ru-regional-holidays.csv.
var regionalHeader = []string{"region_iso", "region_code", "date", "weekday", "name", "kind", "scope", "confidence", "basis", "source_url", "note"}

// LoadRegionalCSV reads regions' own days in the format of the module's
// data/ru-regional-holidays.csv: the header line
//
//	region_iso,region_code,date,weekday,name,kind,scope,confidence,basis,source_url,note
//
// then one row per day. region_code is the two-digit FNS code ("16");
// region_iso, if not empty, must be that region's ISO 3166-2 code;
// weekday, if not empty, must be the date's weekday as Mon…Sun; kind is
// holiday, day_off_transfer or working_weekend; scope is one of the texts
// of the data ("all employers", "republic state bodies…", "state bodies;
// …", "employers may…", "as reported…"); confidence is A, B or C. The
// other columns are free text. A file may hold several regions.
//
// Pass the result as RegionalRules.Days to RegionalRules.ForRegion: a year of a region's
// days so loaded becomes a year the regional calendar knows. Errors are
// *ParseError values naming the line and the column; they wrap ErrBadData.
func LoadRegionalCSV(r io.Reader) ([]RegionalDay, error) {
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	if err := readHeader(cr, regionalHeader); err != nil {
		return nil, err
	}
	var out []RegionalDay
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, csvError(err, 0)
		}
		// FieldPos is valid only after a successful Read.
		line, _ := cr.FieldPos(0)
		d, err := parseRegionalRow(rec, line)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	if err := checkRegionalConflicts(out); err != nil {
		return nil, err
	}
	return out, nil
}

// parseRegionalRow parses one record of regional data; rec is reused by
// the reader, so nothing of it is kept but copies.
func parseRegionalRow(rec []string, line int) (RegionalDay, error) {
	bad := func(field, text, reason string) error {
		return &ParseError{Line: line, Field: field, Text: text, Reason: reason}
	}
	reg, err := oms.ParseRegion(rec[1])
	if err != nil || reg.Code() != rec[1] {
		return RegionalDay{}, bad("region_code", rec[1], "want the two-digit FNS code of a region, such as 16")
	}
	if rec[0] != "" && rec[0] != reg.ISO() {
		return RegionalDay{}, bad("region_iso", rec[0], fmt.Sprintf("region %s is %q", reg, reg.ISO()))
	}
	e, err := parseRow([]string{rec[2], rec[5], rec[4]}, line)
	if err != nil {
		return RegionalDay{}, err
	}
	if wd := e.Date.Weekday().String()[:3]; rec[3] != "" && rec[3] != wd {
		return RegionalDay{}, bad("weekday", rec[3], fmt.Sprintf("%s is a %s", e.Date, wd))
	}
	sc, ok := scopeOf(rec[6])
	if !ok {
		return RegionalDay{}, bad("scope", rec[6], "unknown scope; want \"all employers\", \"… state bodies …\", \"employers may …\" or \"as reported …\"")
	}
	d := RegionalDay{
		Region: reg, Date: e.Date, Kind: e.Kind, Name: e.Note,
		Scope: sc, ScopeText: strings.Clone(rec[6]), Confidence: strings.Clone(rec[7]),
		Basis: strings.Clone(rec[8]), SourceURL: strings.Clone(rec[9]), Note: strings.Clone(rec[10]),
		Line: line,
	}
	return d, checkRegionalDay(d)
}

// checkRegionalDay checks the rules that hold for one regional day by
// itself, whether read from CSV or built by a caller.
func checkRegionalDay(d RegionalDay) error {
	bad := func(field, text, reason string) error {
		return &ParseError{Line: d.Line, Date: d.Date, Field: field, Text: text, Reason: reason}
	}
	if !d.Region.IsValid() {
		return bad("region_code", fmt.Sprint(uint8(d.Region)), "unknown region")
	}
	switch d.Kind {
	case Holiday, TransferredDayOff, WorkingWeekend:
	default:
		return bad("kind", d.Kind.String(), "regional kind must be holiday, day_off_transfer or working_weekend")
	}
	if err := checkEntry(Entry{Date: d.Date, Kind: d.Kind, Line: d.Line}); err != nil {
		return err
	}
	if d.Scope < ScopeAllEmployers || int(d.Scope) >= len(scopeNames) {
		return bad("scope", d.Scope.String(), "invalid scope")
	}
	switch d.Confidence {
	case "A", "B", "C":
	default:
		return bad("confidence", d.Confidence, "confidence must be A, B or C")
	}
	return nil
}

// checkRegionalConflicts rejects two rows of one region for one date.
func checkRegionalConflicts(days []RegionalDay) error {
	byRegion := map[oms.Region][]Entry{}
	for _, d := range days {
		byRegion[d.Region] = append(byRegion[d.Region], Entry{Date: d.Date, Kind: d.Kind, Line: d.Line})
	}
	for _, r := range slices.Sorted(maps.Keys(byRegion)) {
		if err := checkConflicts(byRegion[r]); err != nil {
			return err
		}
	}
	return nil
}
