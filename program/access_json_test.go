package program_test

import (
	"encoding"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/program"
)

// Every zero value of the access types marshals (BRIEF: zero values must
// marshal).
func TestAccessZeroValuesMarshal(t *testing.T) {
	t.Parallel()
	for _, v := range []any{
		program.ChoiceCase{}, program.ChoiceRequest{}, program.ChoiceEntry{}, program.ChoiceHistory{}, program.ChoiceRefusal{},
		program.CareWhere{}, program.Documents{}, program.DocumentRule{}, program.Referral{},
		program.ComplaintStep{}, program.ComplaintPath{}, program.YearlyLimit{}, program.ChoiceProcedure{},
		program.PolicyScope{},
	} {
		if _, err := json.Marshal(v); err != nil {
			t.Errorf("%T: %v", v, err)
		}
	}
}

// A portal's JSON decodes into a ChoiceRequest and the check runs.
func TestChoiceRequestJSON(t *testing.T) {
	t.Parallel()
	const body = `{
		"history": [
			{"date": "2026-03-16", "subject": "clinic", "ground": "at_will", "clinic": "GP-12"},
			{"date": "2026-03-20", "subject": "doctor", "ground": "at_will", "clinic": "GP-12", "doctor": "Иванова"}
		],
		"request": {"date": "2026-10-02", "subject": "doctor", "clinic": "GP-12", "doctor": "Петров",
			"doctor_kind": "district_therapist", "doctor_consent": "given", "channel": "gosuslugi",
			"born": "1980-05-17", "answered": null, "as_of": "2026-10-07"}
	}`
	var in program.ChoiceCase
	if err := json.Unmarshal([]byte(body), &in); err != nil {
		t.Fatal(err)
	}
	dec, duty, err := program.CheckClinicChoice(in.History, in.Request)
	if err != nil {
		t.Fatal(err)
	}
	if dec.OK() || !dec.Has(program.CodeAccessDoctorLimit) || !dec.Has(program.CodeAccessChoiceAnswer+".overdue") {
		t.Errorf("decision:\n%s", dec)
	}
	out, err := json.Marshal(struct {
		Decision oms.Decision `json:"decision"`
		Due      any          `json:"due"`
	}{dec, duty})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), `"due":"2026-10-06"`) {
		t.Errorf("JSON: %s", out)
	}
	var w program.CareWhere
	if err := json.Unmarshal([]byte(`{"date":"2026-07-01","care_region":"78","insured_region":"77","above_base":true}`), &w); err != nil ||
		w.Date != accDay(2026, 7, 1) || w.CareRegion != oms.SaintPetersburg || !w.AboveBase {
		t.Errorf("CareWhere: %+v %v", w, err)
	}
	var ref program.Referral
	if err := json.Unmarshal([]byte(`{"prescribed":"2026-02-17","suspicion":"cancer","done":null}`), &ref); err != nil ||
		ref.Prescribed != accDay(2026, 2, 17) || ref.Suspicion != program.SuspectedCancer || ref.Done.IsSet() {
		t.Errorf("Referral: %+v %v", ref, err)
	}
	if err := json.Unmarshal([]byte(`{"prescribed":"00000-00"}`), &ref); err == nil {
		t.Error("Referral: bad day accepted")
	}
	// A round trip keeps the request.
	b, err := json.Marshal(in.Request)
	if err != nil {
		t.Fatal(err)
	}
	var back program.ChoiceRequest
	if err := json.Unmarshal(b, &back); err != nil || back != in.Request {
		t.Errorf("round trip: %+v, %v", back, err)
	}
	for _, bad := range []string{`{"subject": "polyclinic"}`, `{"doctor_kind": "surgeon"}`, `{"born": "2026-02-30"}`, `{"date": "00000-00"}`, `{"date": "2025-02-30"}`} {
		if err := json.Unmarshal([]byte(bad), &back); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}

type accTextEnum interface {
	encoding.TextMarshaler
	String() string
}

// Each enum marshals as its name, reads it back, and rejects other text.
func TestAccessEnumsText(t *testing.T) {
	t.Parallel()
	check := func(v accTextEnum, back encoding.TextUnmarshaler, get func() string) {
		b, err := v.MarshalText()
		if err != nil || string(b) != v.String() {
			t.Errorf("%T %v: %q %v", v, v, b, err)
			return
		}
		if err := back.UnmarshalText(b); err != nil || get() != v.String() {
			t.Errorf("%T %q: read back %q, %v", v, b, get(), err)
		}
		if err := back.UnmarshalText([]byte("nonsense")); err == nil {
			t.Errorf("%T: nonsense accepted", v)
		}
	}
	var s program.ChoiceSubject
	check(program.ChooseDoctor, &s, func() string { return s.String() })
	var g program.ChoiceGround
	check(program.Relocation, &g, func() string { return g.String() })
	var k program.DoctorKind
	check(program.Feldsher, &k, func() string { return k.String() })
	var c program.DoctorConsent
	check(program.ConsentRefused, &c, func() string { return c.String() })
	var ch program.ApplicationChannel
	check(program.Gosuslugi, &ch, func() string { return ch.String() })
	var e program.ScopeExclusion
	check(program.Conscript, &e, func() string { return e.String() })
	var rg program.RefusalGround
	check(program.OutsideAreaNoPlaces, &rg, func() string { return rg.String() })
	var ys program.YearSpan
	check(program.TwelveMonths, &ys, func() string { return ys.String() })
	var vd program.VisitDocument
	check(program.DocBirthCertificate, &vd, func() string { return vd.String() })
	var su program.Suspicion
	check(program.SuspectedCardio, &su, func() string { return su.String() })
	var ad program.ComplaintAddressee
	check(program.ToRoszdravnadzor, &ad, func() string { return ad.String() })
	if _, err := program.DoctorKind(99).MarshalText(); err == nil || program.DoctorKind(99).String() != "DoctorKind(99)" {
		t.Error("an invalid DoctorKind marshals")
	}
	if b, err := program.DoctorKind(0).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero DoctorKind: %q %v", b, err)
	}
	if program.OtherDoctor.Listed() || !program.Feldsher.Listed() {
		t.Error("Listed")
	}
}

// Every access code is in the catalogue once, every catalogue entry is
// complete, and every code constant of access_codes.go is used in a test.
func TestAccessCodes(t *testing.T) {
	t.Parallel()
	seen := map[string]bool{}
	for _, c := range program.AccessCodes() {
		if seen[c.Code] {
			t.Errorf("%s listed twice", c.Code)
		}
		seen[c.Code] = true
		if c.Package != "program" || c.RU == "" || c.EN == "" || len(c.Citations) == 0 || !strings.HasPrefix(c.Code, "program.access.") {
			t.Errorf("incomplete: %+v", c)
		}
		if b, err := json.Marshal(c); err != nil || len(b) == 0 {
			t.Errorf("%s: %v", c.Code, err)
		}
	}
	src, err := os.ReadFile("access_codes.go")
	if err != nil {
		t.Fatal(err)
	}
	tests, _ := filepath.Glob("access_*_test.go")
	var all strings.Builder
	for _, f := range tests {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		all.Write(b)
	}
	for _, line := range strings.Split(string(src), "\n") {
		f := strings.Fields(line)
		if len(f) < 3 || !strings.HasPrefix(f[0], "CodeAccess") || f[1] != "=" {
			continue
		}
		name, code := f[0], strings.Trim(f[2], `"`)
		if !seen[code] && !seen[code+".met"] {
			t.Errorf("%s (%s) is not in AccessCodes", name, code)
		}
		if !strings.Contains(all.String(), "program."+name) {
			t.Errorf("%s is used in no test", name)
		}
	}
	if !errors.Is(program.ErrInvalidChoice, program.ErrInvalidChoice) {
		t.Fatal("unreachable")
	}
}
