package oms_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
	"pgregory.net/rapid"
)

func TestTimelineJSON(t *testing.T) {
	cite := oms.Citation{Act: oms.ActCivilCode, Article: "193"}
	tl := oms.MustTimeline(
		oms.Dated[int]{From: date.New(2011, time.January, 1), Value: 30, Citation: cite},
		oms.Dated[int]{From: date.New(2019, time.June, 7), Value: 10, Unconfirmed: true},
	).Until(date.New(2025, time.December, 31))
	b, err := json.Marshal(tl)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"versions":[{"from":"2011-01-01","value":30,"citation":{"act":"ГК РФ","article":"193"}},` +
		`{"from":"2019-06-07","value":10,"citation":{"act":""},"unconfirmed":true}],"last_day":"2025-12-31"}`
	if string(b) != want {
		t.Errorf("JSON = %s\nwant   %s", b, want)
	}
	var back oms.Timeline[int]
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if last, ended := back.End(); !ended || last != date.New(2025, time.December, 31) || back.Len() != 2 {
		t.Errorf("back = %+v", back)
	}
	if b, err := json.Marshal(oms.Timeline[string]{}); err != nil || string(b) != `{"versions":[]}` {
		t.Errorf("zero Timeline = %s, %v", b, err)
	}
	for _, bad := range []string{
		`{"versions":[{"from":"2019-01-01"},{"from":"2019-01-01"}]}`, // two versions on one day
		`{"versions":[{"from":"2019-02-30"}]}`,                       // no such day
		`{"versions":[{"value":1}]}`,                                 // no from
		`{"versions":[{"from":"2019-01-01"}],"last_day":"2019-13-01"}`,
	} {
		if err := json.Unmarshal([]byte(bad), &back); err == nil {
			t.Errorf("%s decoded", bad)
		}
	}
}

// A timeline round-trips through JSON whatever its versions and end.
func TestTimelineJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		days := rapid.SliceOfNDistinct(rapid.IntRange(0, 40000), 0, 6, rapid.ID).Draw(t, "days")
		var vs []oms.Dated[string]
		for _, d := range days {
			vs = append(vs, oms.Dated[string]{
				From:        date.NewOfDays(date.PeriodOfDays(d)),
				Value:       rapid.StringMatching(`[a-zа-я ]{0,8}`).Draw(t, "value"),
				Unconfirmed: rapid.Bool().Draw(t, "unconfirmed"),
			})
		}
		tl := oms.MustTimeline(vs...)
		if rapid.Bool().Draw(t, "ended") {
			tl = tl.Until(date.NewOfDays(date.PeriodOfDays(rapid.IntRange(0, 40000).Draw(t, "last"))))
		}
		b, err := json.Marshal(tl)
		if err != nil {
			t.Fatal(err)
		}
		var back oms.Timeline[string]
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		again, _ := json.Marshal(back)
		if string(again) != string(b) {
			t.Fatalf("round trip changed %s to %s", b, again)
		}
	})
}

func FuzzTimelineJSON(f *testing.F) {
	f.Add(`{"versions":[{"from":"2019-01-01","value":1}],"last_day":"2020-01-01"}`)
	f.Add(`{"versions":[]}`)
	f.Add(`{"versions":[{"from":"00000-00"}]}`)
	f.Fuzz(func(t *testing.T, s string) {
		var tl oms.Timeline[int]
		if err := json.Unmarshal([]byte(s), &tl); err != nil {
			return
		}
		b, err := json.Marshal(tl)
		if err != nil {
			t.Fatalf("decoded %q but cannot encode it: %v", s, err)
		}
		if !strings.HasPrefix(string(b), `{"versions":`) {
			t.Fatalf("encoded as %s", b)
		}
	})
}
