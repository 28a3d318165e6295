package policy

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
)

func TestJSONRoundTrips(t *testing.T) {
	values := []any{
		&Policy{ENP: MustParseENP("1234567890123452"), Form: Paper, Category: eligibility.ForeignTemporary, Issued: day(2018, 2, 1), BasisEnd: oms.SomeDate(day(2020, 6, 30))},
		&Period{From: day(2018, 2, 1), Last: day(2018, 12, 31)},
		&Period{From: day(2018, 2, 1), Open: true},
		&Certificate{Issued: day(2019, 4, 26), PolicyReceived: oms.SomeDate(day(2019, 5, 20))},
		&Certificate{Issued: day(2019, 4, 26)},
		&ReissueRequest{Reason: Loss, Current: Plastic, Changed: day(2020, 1, 9), Applied: day(2020, 1, 10)},
		&Notice{Required: true, Duty: mustNotice(t).Duty},
		&Notice{},
		&ReissueOutcome{Form: Digital, Notice: mustNotice(t)},
		&Transition{On: day(2020, 5, 15), Event: EventSuspend, From: Issued, To: Suspended, Service: eligibility.MilitaryService},
	}
	for _, v := range values {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		got := reflect.New(reflect.TypeOf(v).Elem()).Interface()
		if err := json.Unmarshal(b, got); err != nil || !reflect.DeepEqual(got, v) {
			t.Errorf("%T: %s round trips to %+v, %v", v, b, got, err)
		}
	}
	var p Policy
	for _, bad := range []string{
		`{"issued":"00000-00"}`, `{"issued":"2019-02-30"}`, `{"ISSUED":"2019-02-3x"}`, `{"issued":5}`,
		`{"enp":"1234567890123451"}`, `{"category":"martian"}`, `[1]`,
	} {
		if err := json.Unmarshal([]byte(bad), &p); err == nil {
			t.Errorf("Policy accepted %s", bad)
		}
	}
	p = Policy{Issued: day(2020, 1, 1)}
	if err := json.Unmarshal([]byte(`{"issued":null,"form":"digital"}`), &p); err != nil || p.Issued != day(2020, 1, 1) || p.Form != Digital {
		t.Errorf("null day: %+v %v", p, err)
	}
	if err := json.Unmarshal([]byte(`null`), &p); err != nil || p.Form != Digital {
		t.Errorf("null: %+v %v", p, err)
	}
}

// FuzzJSON decodes arbitrary text into every type of the package with days
// in it: nothing may panic, and what decodes re-encodes to the same value.
func FuzzJSON(f *testing.F) {
	f.Add(`{"enp":"1234567890123452","form":"paper","category":"foreign-temporary","issued":"2018-02-01","basis_end":"2020-06-30"}`)
	f.Add(`{"issued":"00000-00","policy_received":"2019-05-20","has_policy":true}`)
	f.Add(`{"reason":"loss","current":"plastic","changed":"2020-01-09","applied":"2020-01-10"}`)
	f.Add(`{"on":"2020-05-15","event":"suspend","from":"issued","to":"suspended","service":"military"}`)
	f.Add(`{"from":"2018-02-01","last":"2018-12-31","open":true,"deadline":"2024-02-29"}`)
	f.Add(`{"required":true,"duty":{"code":"policy.notify-change","start":"00000-00","due":"2019-02-30"}}`)
	f.Fuzz(func(t *testing.T, s string) {
		for _, newV := range []func() any{
			func() any { return new(Policy) }, func() any { return new(Period) }, func() any { return new(Certificate) },
			func() any { return new(ReissueRequest) }, func() any { return new(Notice) }, func() any { return new(Transition) },
		} {
			v := newV()
			if err := json.Unmarshal([]byte(s), v); err != nil {
				continue
			}
			b, err := json.Marshal(v)
			if err != nil {
				continue // an invalid enum value decoded as a number, say
			}
			w := newV()
			if err := json.Unmarshal(b, w); err != nil || !reflect.DeepEqual(v, w) {
				t.Fatalf("%T: %s → %s → %+v, %v", v, s, b, w, err)
			}
		}
	})
}

func mustNotice(t *testing.T) Notice {
	t.Helper()
	n, _, err := NotifyDeadline(ChangeResidence, day(2024, 1, 29), nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// A Notice's duties read their days strictly: no panic, no rolled-over day.
func TestNoticeJSONStrict(t *testing.T) {
	for _, bad := range []string{
		`{"duty":{"start":"00000-00"}}`, `{"duty":{"due":"2019-02-30"}}`, `{"duty":{"due":"x"}}`, `{"required":"yes"}`, `{"duty":5}`,
	} {
		var n Notice
		if err := json.Unmarshal([]byte(bad), &n); err == nil {
			t.Errorf("Notice accepted %s", bad)
		}
	}
	var n Notice
	if err := json.Unmarshal([]byte(`{"required":false,"duty":null}`), &n); err != nil || n.Required {
		t.Errorf("null duty: %v", err)
	}
}
