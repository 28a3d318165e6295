package nsi

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
	"github.com/omsrules/oms/smo"
)

var altai = oms.Region(22)

// The fixture holds the F002 sample record 22001 (standards.md §1.1,
// index id 40174611668) with a synthetic notice for 2025, and a synthetic
// Moscow insurer excluded on 01.07.2024.
func TestLoadF002(t *testing.T) {
	for _, name := range []string{"F002.zip", "F002.xml"} {
		f, err := LoadF002(open(t, name))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		recs := f.Records()
		if len(recs) != 2 {
			t.Fatalf("%s: %d records, want 2", name, len(recs))
		}
		r := recs[0]
		if r.Code != "22001" || r.Region != altai || r.ShortName != `АЛТАЙСКИЙ ФИЛИАЛ ООО "СМК РЕСО-МЕД"` ||
			r.INN != "5035000265" || r.OGRN != "1025004642519" || r.Org != 2 {
			t.Errorf("%s: record 1 = %+v", name, r)
		}
		if len(r.Notices) != 2 || r.Notices[0] != (Notice{Year: 2015, Given: day(2014, time.July, 16), Insured: 1481134}) {
			t.Errorf("%s: notices = %+v", name, r.Notices)
		}
		reg := f.Registry()
		in, ok := reg.Lookup("22001")
		if !ok || in.Scope() != smo.Federal {
			t.Errorf("%s: Lookup(22001) = %v, %v", name, in, ok)
		}
		checks := []struct {
			code string
			reg  oms.Region
			on   time.Time
			want bool
		}{
			{"22001", altai, time.Date(2015, 3, 1, 0, 0, 0, 0, time.UTC), true},
			{"22001", altai, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), true},
			{"22001", altai, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), false}, // no notice for 2026
			{"22001", altai, time.Date(2016, 3, 1, 0, 0, 0, 0, time.UTC), false},
			{"77999", oms.Moscow, time.Date(2024, 6, 30, 0, 0, 0, 0, time.UTC), true},
			{"77999", oms.Moscow, time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC), false}, // excluded
			{"77999", altai, time.Date(2024, 6, 30, 0, 0, 0, 0, time.UTC), false},
		}
		for _, c := range checks {
			d := day(c.on.Year(), c.on.Month(), c.on.Day())
			if got := reg.WorksIn(c.code, c.reg, d); got != c.want {
				t.Errorf("%s: WorksIn(%s, %s, %s) = %v, want %v", name, c.code, c.reg.Code(), d, got, c.want)
			}
		}
		left, ok := reg.LeftOn("77999", oms.Moscow, day(2025, time.January, 1))
		if !ok || left != day(2024, time.July, 1) {
			t.Errorf("%s: LeftOn = %s, %v", name, left, ok)
		}
	}
}

// The switch check refuses an insurer that gave no notice for the year.
func TestF002SwitchUsesNotice(t *testing.T) {
	f, err := LoadF002(open(t, "F002.zip"))
	if err != nil {
		t.Fatal(err)
	}
	req := smo.Request{Date: day(2026, time.March, 2), Insurer: "22001", Region: altai, Reason: smo.FirstChoice,
		Applicant: eligibility.Self, Born: day(1980, time.May, 17)}
	if d := smo.CheckSwitch(f.Registry(), smo.History{}, req); d.OK() || !d.Has(smo.CodeInsurerNotInRegion) {
		t.Errorf("2026 = %v, want %s", d, smo.CodeInsurerNotInRegion)
	}
	req.Date = day(2025, time.March, 3)
	if d := smo.CheckSwitch(f.Registry(), smo.History{}, req); !d.OK() {
		t.Errorf("2025 = %v, want OK", d)
	}
}

func TestLoadF002WithoutNotices(t *testing.T) {
	in := `<packet><insCompany><tf_okato>45000</tf_okato><smocod>77001</smocod><nam_smok>Т</nam_smok>` +
		`<insInclude><d_begin>01.01.2011</d_begin></insInclude></insCompany></packet>`
	f, err := LoadF002(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if !f.Registry().WorksIn("77001", oms.Moscow, day(2030, time.January, 1)) {
		t.Error("a register without insAdvice must not track notices")
	}
}

func TestLoadF002Errors(t *testing.T) {
	wrap := func(s string) string { return "<packet><insCompany>" + s + "</insCompany></packet>" }
	ok := `<tf_okato>45000</tf_okato><smocod>77001</smocod><nam_smok>Т</nam_smok>`
	inc := `<insInclude><d_begin>01.01.2011</d_begin></insInclude>`
	tests := []struct{ name, in, field string }{
		{"no smocod", wrap(`<nam_smok>Т</nam_smok>` + inc), "smocod"},
		{"bad smocod", wrap(`<smocod>7A001</smocod><nam_smok>Т</nam_smok>` + inc), "smocod"},
		{"no name", wrap(`<tf_okato>45000</tf_okato><smocod>77001</smocod>` + inc), "nam_smop"},
		{"no inclusion", wrap(ok), "insInclude"},
		{"bad d_begin", wrap(ok + `<insInclude><d_begin>2011</d_begin></insInclude>`), "insInclude/d_begin"},
		{"bad year", wrap(ok + inc + `<insAdvice><YEAR_WORK>20x5</YEAR_WORK></insAdvice>`), "insAdvice/YEAR_WORK"},
		{"old year", wrap(ok + inc + `<insAdvice><YEAR_WORK>1990</YEAR_WORK></insAdvice>`), "insAdvice/YEAR_WORK"},
		{"bad region", wrap(`<tf_okato>99999</tf_okato><smocod>00001</smocod><nam_smok>Т</nam_smok>` + inc), "tf_okato"},
		{"left before entered", wrap(ok + `<insInclude><d_begin>01.01.2011</d_begin><d_end>01.01.2011</d_end></insInclude>`), "insInclude"},
		{"duplicate", "<packet><insCompany>" + ok + inc + "</insCompany><insCompany>" + ok + inc + "</insCompany></packet>", "smocod"},
	}
	for _, tt := range tests {
		_, err := LoadF002(strings.NewReader(tt.in))
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Field != tt.field {
			t.Errorf("%s: err = %v, want a *ParseError on field %q", tt.name, err, tt.field)
		}
	}
}

func FuzzLoadF002(f *testing.F) {
	f.Add(fixture(f, "F002.zip"))
	f.Add(fixture(f, "F002.xml"))
	f.Fuzz(func(t *testing.T, in []byte) {
		r, err := LoadF002(bytes.NewReader(in))
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *ParseError", err)
			}
			return
		}
		if r.Registry().Len() != len(r.Records()) {
			t.Fatalf("registry of %d insurers from %d records", r.Registry().Len(), len(r.Records()))
		}
	})
}
