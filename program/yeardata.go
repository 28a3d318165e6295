package program

import (
	"encoding/json"
	"strings"

	"github.com/omsrules/oms"
)

// The data form of a programme year: the shape of program/data/*.json and
// of LoadYear. Enums are their stable keys, days "YYYY-MM-DD", numbers of
// the norms decimal strings. Every list but waiting_times may be left out:
// classes, exclusions and care then keep the package's built-in tables
// (the wording of sections III and IV has not changed since 2019), and
// activities those whose first year is not after the programme's.
type yearJSON struct {
	// Year is the programme year, the first of the decree's three.
	Year int `json:"year"`
	// Decree is the decree that approved the programme.
	Decree oms.Citation `json:"decree"`
	// Adopted is the day of the decree.
	Adopted string `json:"adopted"`
	// Unconfirmed says what the sources do not settle about the decree.
	Unconfirmed string `json:"unconfirmed,omitempty"`
	// Amendments are the later decrees that changed the programme in its year.
	Amendments []amendmentJSON `json:"amendments,omitempty"`
	// Sections are the numbers of the programme's sections the findings cite.
	Sections sectionsJSON `json:"sections"`
	// Classes replace the built-in ICD-10 ranges of the classes of section III.
	Classes []classJSON `json:"classes,omitempty"`
	// Exclusions replace the built-in ranges section IV leaves to budgets.
	Exclusions []exclusionJSON `json:"exclusions,omitempty"`
	// Care replaces who pays for kinds of care under the base programme.
	Care []careJSON `json:"care,omitempty"`
	// Activities replace the activities of section III paid by the programme.
	Activities []string `json:"activities,omitempty"`
	// WaitingTimes are the programme's waiting-time norms; a kind not
	// listed is not set by the programme.
	WaitingTimes []waitTimeJSON `json:"waiting_times"`
	// Norms are the average norms the library has values for.
	Norms normsJSON `json:"norms"`
}

type amendmentJSON struct {
	Citation    oms.Citation `json:"citation"`
	From        string       `json:"from"`
	RU          string       `json:"ru"`
	EN          string       `json:"en"`
	Unconfirmed bool         `json:"unconfirmed,omitempty"`
	Note        string       `json:"note,omitempty"`
}

// sectionsJSON holds the number of each section the findings cite ("II",
// "VII"), or "" where the sources do not show the number: the citation
// then names the section by its subject alone.
type sectionsJSON struct {
	CareTypes     string `json:"care_types"`
	Diseases      string `json:"diseases"`
	BaseProgramme string `json:"base_programme"`
	Budget        string `json:"budget"`
	WaitingTimes  string `json:"waiting_times"`
	Norms         string `json:"norms"`
}

type classJSON struct {
	Class       string   `json:"class"`
	Ranges      []string `json:"ranges"`
	Unconfirmed string   `json:"unconfirmed,omitempty"`
	// Doubtful limits Unconfirmed to these ranges; empty means the whole class.
	Doubtful []string `json:"doubtful,omitempty"`
}

type exclusionJSON struct {
	Exclusion string   `json:"exclusion"`
	Ranges    []string `json:"ranges"`
}

type careJSON struct {
	Kind    string `json:"kind"`
	Funding string `json:"funding"`
	// From is the first day the kind is in the base programme, when that
	// is inside the programme year; "" means the whole year.
	From        string `json:"from,omitempty"`
	Unconfirmed bool   `json:"unconfirmed,omitempty"`
}

type waitTimeJSON struct {
	Kind  string `json:"kind"`
	Limit int    `json:"limit"`
	Unit  string `json:"unit"`
	Event string `json:"event"`
	// Citation, when given, replaces the citation of the waiting-times
	// section, to name the point of the programme.
	Citation    *oms.Citation `json:"citation,omitempty"`
	Unconfirmed bool          `json:"unconfirmed,omitempty"`
	// Source says where the value comes from and why it is unconfirmed.
	Source string `json:"source,omitempty"`
}

type normsJSON struct {
	Volumes   []normJSON `json:"volumes,omitempty"`
	UnitCosts []normJSON `json:"unit_costs,omitempty"`
	PerCapita *valueJSON `json:"per_capita,omitempty"`
}

type normJSON struct {
	Item string `json:"item"`
	valueJSON
}

type valueJSON struct {
	// Value is a decimal number, written as a JSON string to keep its
	// digits; a JSON number is read too.
	Value       json.RawMessage `json:"value"`
	Unconfirmed bool            `json:"unconfirmed,omitempty"`
	Source      string          `json:"source,omitempty"`
}

// isRoman reports whether s is "" or a section number in Roman numerals.
func isRoman(s string) bool {
	return len(s) <= 8 && strings.Trim(s, "IVXLC") == ""
}
