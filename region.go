package oms

//go:generate go run ./internal/gen/regions

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
)

// A Region is a subject of the Russian Federation, identified by its
// two-digit code: the code of the tax service (ФНС), which is also the
// region prefix of КЛАДР/ФИАС and, for the original subjects, the number
// used by art. 65 of the Constitution. It is the only code that is filled
// and unique for all 89 subjects counted by Russian law since 2022: the
// ISO 3166-2 code is missing for six of them and the two-digit OKATO prefix
// is shared by autonomous okrugs and their oblasts.
//
// The zero Region is invalid: it means no region was given, and marshals
// as empty text. Region values are comparable and may be used
// as map keys.
type Region uint8

type regionInfo struct {
	code      uint8
	nameRU    string
	nameEN    string
	iso       string
	okato2    string
	okato     string
	zones     []string
	utcOffset int
	capitalRU string
	added     int
	kind      string
	note      string
}

// regionIndex maps a code 1..99 to its index in regionTable plus one.
var regionIndex = func() (idx [100]uint8) {
	for i, r := range regionTable {
		idx[r.code] = uint8(i + 1)
	}
	return idx
}()

// Some well-known regions, for examples and tests.
const (
	Moscow          Region = 77
	SaintPetersburg Region = 78
	MoscowOblast    Region = 50
	Tatarstan       Region = 16
	Bashkortostan   Region = 2
	Sakha           Region = 14
	Crimea          Region = 91
	Sevastopol      Region = 92
	Volgograd       Region = 34
	Saratov         Region = 64
)

// ErrUnknownRegion is returned (wrapped) for a region code that names no
// federal subject.
var ErrUnknownRegion = errors.New("oms: unknown region")

// Regions returns the 89 federal subjects in the order of art. 65 of the
// Constitution.
func Regions() []Region {
	out := make([]Region, len(regionTable))
	for i, r := range regionTable {
		out[i] = Region(r.code)
	}
	return out
}

// RegionOf returns the region with the given two-digit code.
func RegionOf(code int) (Region, error) {
	if code <= 0 || code >= len(regionIndex) || regionIndex[code] == 0 {
		return 0, fmt.Errorf("%w: code %d", ErrUnknownRegion, code)
	}
	return Region(code), nil
}

// ParseRegion parses a region from its two-digit code ("77", also "7" for
// 07) or its ISO 3166-2 code ("RU-MOW", case-insensitive).
func ParseRegion(s string) (Region, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return 0, fmt.Errorf("%w: empty region", ErrUnknownRegion)
	}
	if t[0] >= '0' && t[0] <= '9' {
		if len(t) > 2 {
			return 0, fmt.Errorf("%w: %q is not a two-digit code", ErrUnknownRegion, s)
		}
		n, err := strconv.Atoi(t)
		if err != nil {
			return 0, fmt.Errorf("%w: %q is not a two-digit code", ErrUnknownRegion, s)
		}
		r, err := RegionOf(n)
		if err != nil {
			return 0, fmt.Errorf("%w: %q", ErrUnknownRegion, s)
		}
		return r, nil
	}
	for _, r := range regionTable {
		if r.iso != "" && strings.EqualFold(r.iso, t) {
			return Region(r.code), nil
		}
	}
	return 0, fmt.Errorf("%w: %q", ErrUnknownRegion, s)
}

// MustParseRegion is like ParseRegion but panics on error; for constants in
// tests and examples.
func MustParseRegion(s string) Region {
	r, err := ParseRegion(s)
	if err != nil {
		panic(err)
	}
	return r
}

func (r Region) info() *regionInfo {
	if int(r) >= len(regionIndex) || regionIndex[r] == 0 {
		return nil
	}
	return &regionTable[regionIndex[r]-1]
}

// IsValid reports whether r is one of the 89 subjects.
func (r Region) IsValid() bool { return r.info() != nil }

// Code returns the two-digit code, such as "77", or "" for an invalid region.
func (r Region) Code() string {
	if !r.IsValid() {
		return ""
	}
	return fmt.Sprintf("%02d", uint8(r))
}

// String returns the two-digit code, or "Region(N)" for an invalid one.
func (r Region) String() string {
	if !r.IsValid() {
		return "Region(" + strconv.Itoa(int(r)) + ")"
	}
	return r.Code()
}

// NameRU returns the official Russian name, such as "г. Москва".
func (r Region) NameRU() string {
	if i := r.info(); i != nil {
		return i.nameRU
	}
	return ""
}

// NameEN returns the English name.
func (r Region) NameEN() string {
	if i := r.info(); i != nil {
		return i.nameEN
	}
	return ""
}

// ISO returns the ISO 3166-2 code, such as "RU-MOW", or "" where ISO has
// none (Crimea, Sevastopol and the four subjects added in 2022).
func (r Region) ISO() string {
	if i := r.info(); i != nil {
		return i.iso
	}
	return ""
}

// OKATO returns the full OKATO code of the subject, or "" where it is not
// known (the four subjects added in 2022).
func (r Region) OKATO() string {
	if i := r.info(); i != nil {
		return i.okato
	}
	return ""
}

// OKATOPrefix returns the two-digit OKATO prefix. It is not unique: the
// Nenets okrug shares 11 with Arkhangelsk oblast, and the Khanty-Mansi and
// Yamal-Nenets okrugs share 71 with Tyumen oblast.
func (r Region) OKATOPrefix() string {
	if i := r.info(); i != nil {
		return i.okato2
	}
	return ""
}

// Capital returns the administrative centre, in Russian.
func (r Region) Capital() string {
	if i := r.info(); i != nil {
		return i.capitalRU
	}
	return ""
}

// Kind returns the kind of subject: "republic", "krai", "oblast",
// "federal_city", "autonomous_oblast" or "autonomous_okrug".
func (r Region) Kind() string {
	if i := r.info(); i != nil {
		return i.kind
	}
	return ""
}

// AddedIn returns the year a subject was admitted (2014 for Crimea and
// Sevastopol, 2022 for the four newest), or 0 for the original subjects.
func (r Region) AddedIn() int {
	if i := r.info(); i != nil {
		return i.added
	}
	return 0
}

// Note returns the data note on the region (time zones, missing codes).
func (r Region) Note() string {
	if i := r.info(); i != nil {
		return i.note
	}
	return ""
}

// TimeZone returns the IANA time zone of the region's capital, such as
// "Europe/Moscow". For the subjects added in 2022, which tzdata models as
// Europe/Kyiv, it is Europe/Moscow, the time used there.
func (r Region) TimeZone() string {
	if i := r.info(); i != nil {
		return i.zones[0]
	}
	return ""
}

// TimeZones returns every IANA zone used in the region, the capital's first.
// Only Sakha (three offsets) and Sakhalin (two zones, one offset) have more
// than one.
func (r Region) TimeZones() []string {
	if i := r.info(); i != nil {
		return append([]string(nil), i.zones...)
	}
	return nil
}

// Location returns the time zone of the region's capital. The module
// imports time/tzdata, so this works on machines without system zoneinfo,
// and past offsets (Volgograd, Saratov) are those of tzdata. Each zone is
// loaded once and shared: a *time.Location is safe for concurrent use.
func (r Region) Location() (*time.Location, error) {
	if !r.IsValid() {
		return nil, fmt.Errorf("%w: %d", ErrUnknownRegion, uint8(r))
	}
	return regionLocations[regionIndex[r]-1]()
}

// regionLocations loads each region's zone on first use; time.LoadLocation
// parses the zone data anew on every call.
var regionLocations = func() (out [len(regionTable)]func() (*time.Location, error)) {
	for i := range regionTable {
		zone := regionTable[i].zones[0]
		out[i] = sync.OnceValues(func() (*time.Location, error) { return time.LoadLocation(zone) })
	}
	return out
}()

// MarshalText implements encoding.TextMarshaler: the two-digit code, such
// as "77"; empty text for the zero Region (no region given), so that the
// zero value of a struct holding a Region marshals; an error for any other
// invalid region.
func (r Region) MarshalText() ([]byte, error) {
	if r == 0 {
		return []byte{}, nil
	}
	if !r.IsValid() {
		return nil, fmt.Errorf("%w: %d", ErrUnknownRegion, uint8(r))
	}
	return []byte(r.Code()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts what
// ParseRegion accepts, and empty text as the zero Region.
func (r *Region) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*r = 0
		return nil
	}
	v, err := ParseRegion(string(text))
	if err != nil {
		return err
	}
	*r = v
	return nil
}
