package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func runDeadlines(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return out.String(), errb.String(), code
}

// TestSample runs the default event: a move to Tatarstan on 6 October 2026.
// The month ends on 6 November, the Constitution Day of Tatarstan (a
// non-working day there), and 7–8 November are a weekend, so the period
// ends on Monday 9 November (ГК РФ ст. 192, 193), at 24:00 Moscow time
// (ст. 194).
func TestSample(t *testing.T) {
	out, errOut, code := runDeadlines(t)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"• choose an insurer in the new region",
		"last day: 2026-11-09 Mon; runs out 2026-11-10 00:00 MSK",
		"2026-11-06 is not a working day",
		"326-ФЗ, ст. 16, ч. 2, п. 4",
		"• notify the insurer of the change of the place of residence",
		"period: 30 days\n",                        // the 2016 rule: 30 days after the registration of birth
		"• enter the chosen insurer in the policy", // smo.Rules.EffectiveDate: the day of the application
		"care: specialist (from the patient's appeal",
		"ПП РФ № 2188",
		"runs out 2026-10-06 10:20 MSK", // ambulance, 20 minutes
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

func TestCases(t *testing.T) {
	cases := []struct {
		name   string
		args   []string
		code   int
		want   []string
		unwant []string
	}{
		// Yakutsk is UTC+9; 14 working days from Tuesday 10 March 2026 is
		// Monday 30 March (no holidays in between).
		{"sakha appeal", []string{"-region", "14", "-date", "2026-03-10", "-time", "09:30", "-event", "appeal"}, 0,
			[]string{"care: specialist", "last day: 2026-03-30 Mon; runs out 2026-03-31 00:00 +09", "runs out 2026-03-11 09:30 +09"},
			[]string{"ambulance", "notify"}},
		// A 2019 application: the temporary certificate existed.
		{"certificate era", []string{"-region", "77", "-date", "2019-04-01", "-event", "application"}, 0,
			[]string{"temporary certificate", "30 working days", "last day: 2019-05-20"}, nil},
		// A 2026 application: no certificate any more.
		{"digital era", []string{"-region", "77", "-date", "2026-04-01", "-event", "application"}, 0,
			[]string{"enter the chosen insurer in the policy", "last day: 2026-04-01"}, []string{"temporary certificate"}},
		// Registration of birth before the 2016 amendment: cover until the
		// registration (Rules 158н п. 5 as smo.NewbornCover reads it: the
		// eve of the registration is the last day).
		{"newborn 2015", []string{"-region", "77", "-date", "2015-05-05", "-event", "birth-registration"}, 0,
			[]string{"period: until the day of the event", "last day: 2015-05-04", "158н"}, nil},
		// One month from 15 December 2026 ends in 2027, which the
		// production calendar does not know yet: reported, exit 1.
		{"beyond the calendar", []string{"-region", "77", "-date", "2027-12-15", "-event", "change_name"}, 1,
			[]string{"not computed", "calendar"}, nil},
		// A loss starts no deadline to notify: said, not silently empty.
		{"loss", []string{"-region", "77", "-date", "2026-04-01", "-event", "loss"}, 0,
			[]string{"The law sets no time limit"}, []string{"• "}},
		{"bad region", []string{"-region", "99"}, 2, nil, nil},
		{"bad date", []string{"-date", "2026-02-30"}, 2, nil, nil},
		{"bad event", []string{"-event", "party"}, 2, nil, nil},
		{"bad time", []string{"-time", "25:00"}, 2, nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errOut, code := runDeadlines(t, c.args...)
			if code != c.code {
				t.Fatalf("exit %d, want %d\n%s%s", code, c.code, out, errOut)
			}
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			for _, w := range c.unwant {
				if strings.Contains(out, w) {
					t.Errorf("output has %q:\n%s", w, out)
				}
			}
		})
	}
}

func TestJSON(t *testing.T) {
	out, _, code := runDeadlines(t, "-format", "json", "-event", "relocation")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var r struct {
		Region string
		Steps  []struct {
			Code     string `json:"code"`
			Step     string `json:"step"`
			LastDay  string `json:"last_day"`
			RunsOut  string `json:"runs_out"`
			Citation struct{ Act, Article string }
			Why      struct {
				OK       bool `json:"ok"`
				Findings []struct{ Code string }
			} `json:"why"`
		}
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if r.Region != "16" || len(r.Steps) != 1 {
		t.Fatalf("%+v", r)
	}
	s := r.Steps[0]
	if s.Code != "smo.relocation" || s.LastDay != "2026-11-09" || s.RunsOut != "2026-11-10T00:00:00+03:00" || s.Citation.Act != "326-ФЗ" || len(s.Why.Findings) == 0 {
		t.Errorf("%+v", s)
	}
}
