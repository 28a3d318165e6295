package oms

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// Russian law counts 89 subjects since the admission of four in October 2022
// (Constitution art. 65 as amended).
func TestRegionsAre89Unique(t *testing.T) {
	rs := Regions()
	require.Len(t, rs, 89)
	seen := map[Region]bool{}
	iso := map[string]bool{}
	for _, r := range rs {
		assert.True(t, r.IsValid(), r)
		assert.False(t, seen[r], "duplicate %s", r)
		seen[r] = true
		if r.ISO() != "" {
			assert.False(t, iso[r.ISO()], "duplicate ISO %s", r.ISO())
			iso[r.ISO()] = true
		}
		loc, err := r.Location()
		require.NoError(t, err, r)
		assert.NotNil(t, loc)
	}
	assert.Len(t, iso, 83, "ISO 3166-2 lists 83 subjects under RU")
}

// The generated table must say what the module's copy of the CSV says, and
// that copy must equal the shared source where it is present.
func TestRegionTableMatchesCSV(t *testing.T) {
	raw, err := os.ReadFile("data/ru-regions.csv")
	require.NoError(t, err)
	if shared, err := os.ReadFile("../shared/data/ru-regions.csv"); err == nil {
		assert.True(t, bytes.Equal(raw, shared), "data/ru-regions.csv differs from ../shared/data/ru-regions.csv")
	}
	rows, err := csv.NewReader(bytes.NewReader(raw)).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 90)
	for _, row := range rows[1:] {
		code, err := strconv.Atoi(row[4])
		require.NoError(t, err)
		r, err := RegionOf(code)
		require.NoError(t, err)
		assert.Equal(t, row[0], r.NameRU())
		assert.Equal(t, row[1], r.NameEN())
		assert.Equal(t, row[2], r.ISO())
		assert.Equal(t, row[3], r.OKATOPrefix())
		assert.Equal(t, row[5], r.TimeZone())
		assert.Equal(t, row[7], r.Capital())
		assert.Equal(t, row[9], r.Kind())
		assert.Equal(t, row[10], r.OKATO())
	}
}

func TestParseRegion(t *testing.T) {
	tests := []struct {
		in   string
		want Region
	}{
		{"77", Moscow}, {"RU-MOW", Moscow}, {"ru-mow", Moscow}, {" 16 ", Tatarstan},
		{"02", Bashkortostan}, {"2", Bashkortostan}, {"91", Crimea}, {"93", 93},
	}
	for _, tt := range tests {
		got, err := ParseRegion(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
	for _, bad := range []string{"", "0", "00", "96", "100", "077", "RU-XXX", "UA-43", "+7", "7a"} {
		_, err := ParseRegion(bad)
		assert.True(t, errors.Is(err, ErrUnknownRegion), "%q: %v", bad, err)
	}
	assert.Equal(t, "Region(0)", Region(0).String())
	assert.Equal(t, "", Region(96).Code())
}

func TestRegionTextRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := rapid.SampledFrom(Regions()).Draw(t, "region")
		b, err := json.Marshal(map[Region]Region{r: r})
		if err != nil {
			t.Fatal(err)
		}
		var back map[Region]Region
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if back[r] != r {
			t.Fatalf("%s became %v via %s", r, back, b)
		}
		if p, err := ParseRegion(r.String()); err != nil || p != r {
			t.Fatalf("ParseRegion(%q) = %v, %v", r.String(), p, err)
		}
	})
	// The zero Region (none given) marshals as empty text and back; other
	// invalid regions fail.
	b, err := Region(0).MarshalText()
	assert.NoError(t, err)
	assert.Empty(t, b)
	var r Region = Moscow
	assert.NoError(t, r.UnmarshalText(nil))
	assert.Equal(t, Region(0), r)
	_, err = Region(96).MarshalText()
	assert.ErrorIs(t, err, ErrUnknownRegion)
}

// Volgograd was on UTC+4 from 28 Oct 2018 to 27 Dec 2020 (tzdata), and on
// UTC+3 before and after; Saratov moved to UTC+4 on 4 Dec 2016.
func TestRegionLocationHistoricOffsets(t *testing.T) {
	offset := func(r Region, y int, m time.Month, d int) int {
		loc, err := r.Location()
		require.NoError(t, err)
		_, off := time.Date(y, m, d, 12, 0, 0, 0, loc).Zone()
		return off / 3600
	}
	assert.Equal(t, 3, offset(Volgograd, 2018, time.January, 10))
	assert.Equal(t, 4, offset(Volgograd, 2019, time.June, 1))
	assert.Equal(t, 3, offset(Volgograd, 2021, time.June, 1))
	assert.Equal(t, 3, offset(Saratov, 2016, time.June, 1))
	assert.Equal(t, 4, offset(Saratov, 2017, time.June, 1))
	assert.Equal(t, []string{"Asia/Yakutsk", "Asia/Khandyga", "Asia/Ust-Nera", "Asia/Srednekolymsk"}, Sakha.TimeZones())
}

// An invalid region answers every question with the zero value, never a
// panic.
func TestInvalidRegionAccessors(t *testing.T) {
	for _, r := range []Region{0, 96, 255} {
		assert.False(t, r.IsValid())
		assert.Empty(t, r.NameRU()+r.NameEN()+r.ISO()+r.OKATO()+r.OKATOPrefix()+r.Capital()+r.Kind()+r.Note()+r.TimeZone())
		assert.Zero(t, r.AddedIn())
		assert.Nil(t, r.TimeZones())
		_, err := r.Location()
		assert.ErrorIs(t, err, ErrUnknownRegion)
		var back Region
		assert.ErrorIs(t, back.UnmarshalText([]byte(r.String())), ErrUnknownRegion)
	}
	// The subjects admitted in 2014 and 2022 (Constitution art. 65 as amended).
	assert.Equal(t, 2014, Crimea.AddedIn())
	assert.Equal(t, 2022, MustParseRegion("93").AddedIn())
	assert.Zero(t, Moscow.AddedIn())
	assert.Contains(t, MustParseRegion("93").Note(), "Europe/Kyiv")
	assert.Panics(t, func() { MustParseRegion("RU-XXX") })
}
