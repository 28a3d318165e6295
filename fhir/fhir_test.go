package fhir

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
	"github.com/omsrules/oms/nsi"
	"github.com/omsrules/oms/policy"
	"github.com/omsrules/oms/smo"
	"github.com/rickb777/date"
	samply "github.com/samply/golang-fhir-models/fhir-models/fhir"
	"pgregory.net/rapid"
)

// strictDecode decodes data into v, refusing members the model does not
// know: a check that every member written is one FHIR R4 defines.
func strictDecode(t testing.TB, data []byte, v any) {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		t.Fatalf("the FHIR model rejects %s: %v", data, err)
	}
}

// stripPrimitiveExtensions removes "_text" members (the extensions of a
// primitive, which the model library does not hold) and returns how many.
func stripPrimitiveExtensions(v any) int {
	n := 0
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if k == "_text" {
				delete(v, k)
				n++
				continue
			}
			n += stripPrimitiveExtensions(x)
		}
	case []any:
		for _, x := range v {
			n += stripPrimitiveExtensions(x)
		}
	}
	return n
}

// roundTrip checks that the model library reads data and writes back the
// same document (less primitive extensions), and returns the model value.
func roundTrip[T any](t testing.TB, resourceType string, data []byte) T {
	t.Helper()
	var generic map[string]any
	if err := json.Unmarshal(data, &generic); err != nil {
		t.Fatal(err)
	}
	if generic["resourceType"] != resourceType {
		t.Fatalf("resourceType = %v, want %s", generic["resourceType"], resourceType)
	}
	delete(generic, "resourceType") // the model writes it but holds no field for it
	stripPrimitiveExtensions(generic)
	clean, _ := json.Marshal(generic)
	var m T
	strictDecode(t, clean, &m)
	back, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	var again map[string]any
	if err := json.Unmarshal(back, &again); err != nil {
		t.Fatal(err)
	}
	if again["resourceType"] != resourceType {
		t.Fatalf("the model writes resourceType %v", again["resourceType"])
	}
	delete(again, "resourceType")
	if !reflect.DeepEqual(generic, again) {
		t.Fatalf("round trip through the model changed the document:\n%s\n%s", clean, back)
	}
	return m
}

func switchDecision(t testing.TB) oms.Decision {
	in, err := smo.NewInsurer("22001", "Алтайский филиал ООО «СМК РЕСО-Мед»", "", smo.Federal,
		smo.Presence{Region: oms.Region(22), Entered: date.New(2011, time.January, 1), NoticeYears: []int{2025}})
	if err != nil {
		t.Fatal(err)
	}
	req := smo.Request{Date: date.New(2026, time.March, 2), Insurer: "22001", Region: oms.Region(22),
		Reason: smo.FirstChoice, Applicant: eligibility.Self, Born: date.New(1980, time.May, 17)}
	return smo.CheckSwitch(smo.MustRegistry(in), smo.History{}, req)
}

func TestOperationOutcomeValidates(t *testing.T) {
	d := switchDecision(t).Merge(nsi.DefaultF011().CheckDocument(7, "АБ", "12", date.New(2026, time.March, 2)))
	data, err := json.Marshal(NewOperationOutcome(d))
	if err != nil {
		t.Fatal(err)
	}
	oo := roundTrip[samply.OperationOutcome](t, "OperationOutcome", data)
	if len(oo.Issue) != d.Len() {
		t.Fatalf("%d issues for %d findings", len(oo.Issue), d.Len())
	}
	for i, f := range d.Findings() {
		is := oo.Issue[i]
		wantSev := map[oms.Severity]samply.IssueSeverity{oms.Violation: samply.IssueSeverityError,
			oms.Warning: samply.IssueSeverityWarning, oms.Info: samply.IssueSeverityInformation}[f.Severity]
		if is.Severity != wantSev {
			t.Errorf("issue %d severity %v, want %v", i, is.Severity, wantSev)
		}
		if is.Details == nil || is.Details.Coding[0].Code == nil || *is.Details.Coding[0].Code != f.Code ||
			*is.Details.Coding[0].System != SystemFinding || *is.Details.Text != f.RU {
			t.Errorf("issue %d details = %+v", i, is.Details)
		}
		if is.Diagnostics == nil || !strings.HasPrefix(*is.Diagnostics, f.RU) {
			t.Errorf("issue %d diagnostics = %v", i, is.Diagnostics)
		}
		if !f.Citation.IsZero() && (len(is.Extension) == 0 || is.Extension[0].Url != ExtCitation ||
			*is.Extension[0].ValueString != f.Citation.String()) {
			t.Errorf("issue %d has no citation extension: %+v", i, is.Extension)
		}
	}
	// The English text is in the translation extension of details.text.
	var raw struct {
		Issue []struct {
			Details struct {
				TextExt ElementExtension `json:"_text"`
			} `json:"details"`
		} `json:"issue"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	tr := raw.Issue[0].Details.TextExt.Extension[0]
	if tr.URL != ExtTranslation || tr.Extension[0].ValueCode != "en" || tr.Extension[1].ValueString != d.Findings()[0].EN {
		t.Errorf("translation extension = %+v", tr)
	}
}

func TestEmptyDecisionHasAnIssue(t *testing.T) {
	data, _ := json.Marshal(NewOperationOutcome(oms.Decision{}))
	oo := roundTrip[samply.OperationOutcome](t, "OperationOutcome", data)
	if len(oo.Issue) != 1 || oo.Issue[0].Severity != samply.IssueSeverityInformation {
		t.Errorf("empty decision = %s", data)
	}
}

// Property: any decision renders to an OperationOutcome the model accepts,
// one issue per finding, and OK decisions have no "error" issue.
func TestOperationOutcomeProperty(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		n := rapid.IntRange(0, 5).Draw(rt, "n")
		var fs []oms.Finding
		for i := 0; i < n; i++ {
			fs = append(fs, oms.Finding{
				Code:        rapid.StringMatching(`[a-z]+\.[a-z-]+`).Draw(rt, "code"),
				Severity:    oms.Severity(rapid.IntRange(0, 2).Draw(rt, "sev")),
				RU:          rapid.String().Draw(rt, "ru"),
				EN:          rapid.String().Draw(rt, "en"),
				Citation:    oms.Citation{Act: rapid.SampledFrom([]string{"", oms.Act326FZ}).Draw(rt, "act")},
				Unconfirmed: rapid.Bool().Draw(rt, "u"),
			})
		}
		d := oms.NewDecision(fs...)
		data, err := json.Marshal(NewOperationOutcome(d))
		if err != nil {
			rt.Fatal(err)
		}
		var oo samply.OperationOutcome
		if err := json.Unmarshal(data, &oo); err != nil {
			rt.Fatalf("model rejects %s: %v", data, err)
		}
		if len(oo.Issue) != max(n, 1) {
			rt.Fatalf("%d issues for %d findings", len(oo.Issue), n)
		}
		hasError := false
		for _, is := range oo.Issue {
			hasError = hasError || is.Severity == samply.IssueSeverityError
		}
		if hasError == d.OK() {
			rt.Fatalf("OK %v but error issue %v", d.OK(), hasError)
		}
	})
}

// The RuCoreIG example Coverage (Core_Examples_full.fsh, standards.md
// §3.1): ЕНП 1234567890123456 is not a valid ЕНП, so a valid one is used.
func TestCoverageValidates(t *testing.T) {
	in, _ := smo.NewInsurer("22001", "Алтайский филиал ООО «СМК РЕСО-Мед»", `АЛТАЙСКИЙ ФИЛИАЛ ООО "СМК РЕСО-МЕД"`, smo.Federal,
		smo.Presence{Region: oms.Region(22), Entered: date.New(2011, time.January, 1)})
	enp := validENP(t)
	c, err := NewCoverage(Policy{ENP: enp, F008: nsi.F008OfForm(policy.Digital), Insurer: in,
		From: date.New(2024, time.January, 1), Until: oms.SomeDate(date.New(2024, time.December, 31))})
	if err != nil {
		t.Fatal(err)
	}
	data, _ := json.Marshal(c)
	m := roundTrip[samply.Coverage](t, "Coverage", data)
	if m.Status != samply.FinancialResourceStatusCodesActive || *m.SubscriberId != enp.String() ||
		*m.Period.Start != "2024-01-01" || *m.Period.End != "2024-12-31" {
		t.Errorf("coverage = %s", data)
	}
	if len(m.Payor) != 1 || *m.Payor[0].Identifier.System != SystemInsurerF002 || *m.Payor[0].Identifier.Value != "22001" {
		t.Errorf("payor = %+v", m.Payor)
	}
	id := m.Identifier[0]
	if *id.System != SystemOMS || *id.Type.Coding[1].System != SystemPolicyTypeMZ || *id.Type.Coding[1].Code != "3" {
		t.Errorf("identifier = %s", data)
	}
	back, err := ParseENPIdentifier(Identifier{System: *id.System, Value: *id.Value})
	if err != nil || back != enp {
		t.Errorf("ParseENPIdentifier = %v, %v", back, err)
	}
}

func TestCoverageErrors(t *testing.T) {
	in, _ := smo.NewInsurer("22001", "x", "", smo.Regional)
	day := date.New(2024, time.January, 1)
	for name, p := range map[string]Policy{
		"no ENP":      {F008: 3, Insurer: in, From: day},
		"bad F008":    {ENP: validENP(t), F008: 4, Insurer: in, From: day},
		"no insurer":  {ENP: validENP(t), F008: 3, From: day},
		"ends before": {ENP: validENP(t), F008: 3, Insurer: in, From: day, Until: oms.SomeDate(day.Add(-1))},
	} {
		if _, err := NewCoverage(p); err == nil {
			t.Errorf("%s: nil error", name)
		}
	}
}

func validENP(t testing.TB) policy.ENP {
	e, err := policy.NewENP(123456789012345)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// The three spellings of the ЕНП system in RuCoreIG (standards.md §3.1).
func TestSystemOMSSpellings(t *testing.T) {
	for _, s := range []string{"https://fhir.ru/ig/core/systems/oms", "https://fhir.ru/ig/core/systems/OMS",
		"http://fhir.ru/ig/core/systems/oms", "https://fhir.ru/ig/core/systems/oms/"} {
		if !IsSystemOMS(s) {
			t.Errorf("IsSystemOMS(%q) = false", s)
		}
	}
	for _, s := range []string{"http://fhir.ru/ig/RuSEMD/systems/OMS", "urn:oid:1.2.643.2.69.1.1.1.6.228", ""} {
		if IsSystemOMS(s) {
			t.Errorf("IsSystemOMS(%q) = true", s)
		}
	}
}

func TestPatientIdentifiers(t *testing.T) {
	// Real valid СНИЛС from kdmatrosov/validation-codes#1 (standards.md §1.5).
	sn, err := eligibility.ParseSNILS("134 940 005 39")
	if err != nil {
		t.Fatal(err)
	}
	pp := eligibility.MustParsePassport("45 06 123456")
	ids := []Identifier{SNILSIdentifier(sn), ENPIdentifier(validENP(t)), PassportIdentifier(pp)}
	data, _ := json.Marshal(ids)
	var m []samply.Identifier
	strictDecode(t, data, &m)
	if *m[0].System != SystemSNILS || *m[0].Value != "13494000539" {
		t.Errorf("СНИЛС = %s", data)
	}
	if *m[2].System != SystemIdentityDocument || *m[2].Type.Coding[0].Code != "1" || *m[2].Value != "45 06 123456" {
		t.Errorf("passport = %s", data)
	}
}

func TestWantsFHIR(t *testing.T) {
	tests := []struct {
		accept, query string
		want          bool
	}{
		{"application/fhir+json", "", true},
		{"application/fhir+json; fhirVersion=4.0", "", true},
		{"text/html, application/FHIR+json;q=0.9", "", true},
		{"application/fhir+json;q=0", "", false},
		{"application/json", "", false},
		{"", "_format=json", true},
		{"", "", false},
	}
	for _, tt := range tests {
		r := httptest.NewRequest("GET", "/check?"+tt.query, nil)
		if tt.accept != "" {
			r.Header.Set("Accept", tt.accept)
		}
		if got := WantsFHIR(r); got != tt.want {
			t.Errorf("WantsFHIR(Accept %q, %q) = %v", tt.accept, tt.query, got)
		}
	}
}

// A real HTTP server answers in FHIR when asked, and a FHIR model reads
// the answer.
func TestWriteOperationOutcomeOverHTTP(t *testing.T) {
	d := switchDecision(t)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if WantsFHIR(r) {
			_ = WriteOperationOutcome(w, http.StatusUnprocessableEntity, d)
			return
		}
		_ = json.NewEncoder(w).Encode(d)
	}))
	defer srv.Close()
	req, _ := http.NewRequest("GET", srv.URL, nil)
	req.Header.Set("Accept", MediaType)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusUnprocessableEntity || !strings.HasPrefix(resp.Header.Get("Content-Type"), MediaType) {
		t.Fatalf("status %d, content type %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	oo, err := samply.UnmarshalOperationOutcome(body)
	if err != nil || len(oo.Issue) != d.Len() {
		t.Fatalf("answer %s: %v", body, err)
	}
}

func TestPatientValidates(t *testing.T) {
	sn, _ := eligibility.ParseSNILS("914-561-751 11") // kdmatrosov/validation-codes#1
	p, err := NewPatient(Person{SNILS: sn, ENP: validENP(t), Passport: eligibility.MustParsePassport("4506 123456"),
		Sex: nsi.V005Female, Born: date.New(1980, time.May, 17), HasBorn: true})
	if err != nil {
		t.Fatal(err)
	}
	data, _ := json.Marshal(p)
	m := roundTrip[samply.Patient](t, "Patient", data)
	if len(m.Identifier) != 3 || *m.Gender != samply.AdministrativeGenderFemale || *m.BirthDate != "1980-05-17" {
		t.Errorf("patient = %s", data)
	}
	if _, err := NewPatient(Person{Sex: 3}); err == nil {
		t.Error("V005 3 accepted")
	}
}

// A Coverage from a client in any of the three spellings gives its ЕНП.
func TestCoverageENPFromClient(t *testing.T) {
	enp := validENP(t)
	for _, sys := range omsSpellings {
		doc := `{"resourceType":"Coverage","status":"active","identifier":[{"system":"` + sys + `","value":"` +
			enp.String() + `"}],"beneficiary":{"reference":"Patient/1"},"payor":[{"display":"x"}]}`
		var c Coverage
		if err := json.Unmarshal([]byte(doc), &c); err != nil {
			t.Fatal(err)
		}
		got, err := c.ENP()
		if err != nil || got != enp {
			t.Errorf("%s: ENP = %v, %v", sys, got, err)
		}
	}
	if _, err := (Coverage{}).ENP(); err == nil {
		t.Error("empty Coverage gives an ЕНП")
	}
}

// FuzzParseENPIdentifier: no identifier panics; an accepted one names the
// ЕНП system in one of its spellings, and the ЕНП it gives renders back
// to an identifier that parses to the same number.
func FuzzParseENPIdentifier(f *testing.F) {
	for _, sp := range omsSpellings {
		f.Add(sp, "1234567890123452")
		f.Add(sp+"/", "1234 5678 9012 3452")
	}
	f.Add("urn:oid:1.2.643.5.1.13.13.99.2.183", "1234567890123452")
	f.Add(SystemOMS, "1234567890123451")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, system, value string) {
		e, err := ParseENPIdentifier(Identifier{System: system, Value: value})
		if err != nil {
			return
		}
		if !IsSystemOMS(system) {
			t.Fatalf("accepted system %q", system)
		}
		back, err := ParseENPIdentifier(ENPIdentifier(e))
		if err != nil || back != e {
			t.Fatalf("%v → %v: %v", e, back, err)
		}
	})
}
