package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/omsrules/oms/program"
)

// clinicAnswer is the part of a ClinicChoiceResponse the tests read.
type clinicAnswer struct {
	Recorded  bool `json:"recorded"`
	AnswerDue struct {
		Code  string `json:"code"`
		Due   string `json:"due"`
		DueAt string `json:"due_at"`
	} `json:"answer_due"`
	TimeZone string `json:"time_zone"`
	Decision struct {
		OK       bool `json:"ok"`
		Findings []struct {
			Code string `json:"code"`
		} `json:"findings"`
	} `json:"decision"`
}

func (a clinicAnswer) has(code string) bool {
	for _, f := range a.Decision.Findings {
		if f.Code == code {
			return true
		}
	}
	return false
}

// clinicBody is an application of the person enp on day; extra holds
// further JSON members, such as `"doctor_kind":"therapist"`.
func clinicBody(enp, day, subject, clinic string, extra ...string) string {
	b := fmt.Sprintf(`{"enp":%q,"region":"77","date":%q,"subject":%q,"clinic":%q`, enp, day, subject, clinic)
	for _, e := range extra {
		b += "," + e
	}
	return b + "}"
}

// chooseClinic posts an application to h and decodes a 200 answer.
func chooseClinic(t testing.TB, h http.Handler, body string) clinicAnswer {
	t.Helper()
	rec := do(h, "POST", "/v1/clinic-choice", "application/json", body)
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s\n%s", rec.Code, rec.Body, body)
	}
	var a clinicAnswer
	if err := json.Unmarshal(rec.Body.Bytes(), &a); err != nil {
		t.Fatal(err)
	}
	return a
}

// fataler is what clinicHistoryOf needs of a *testing.T or a *rapid.T.
type fataler interface {
	Helper()
	Fatal(args ...any)
	Fatalf(format string, args ...any)
}

func clinicHistoryOf(t fataler, h http.Handler, enp string) []ClinicEntryJSON {
	t.Helper()
	rec := do(h, "POST", "/v1/clinic-history", "application/json", fmt.Sprintf(`{"enp":%q}`, enp))
	if rec.Code != http.StatusOK {
		t.Fatalf("clinic history: %d %s", rec.Code, rec.Body)
	}
	var r ClinicHistoryResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	return r.Entries
}

// TestClinicChoiceBadInput checks that every bad request is a 400 whose
// message names the field, and that nothing is recorded.
func TestClinicChoiceBadInput(t *testing.T) {
	h := newTestHandler(t)
	const enp = "7700000000000016"
	cases := []struct{ name, body, field string }{
		{"bad ЕНП", clinicBody("12345", "2026-02-02", "clinic", "A"), "enp:"},
		{"no region", `{"enp":"7700000000000016","date":"2026-02-02","subject":"clinic","clinic":"A"}`, "region:"},
		{"30 February", clinicBody(enp, "2026-02-30", "clinic", "A"), "date:"},
		{"no subject", clinicBody(enp, "2026-02-02", "", "A"), "subject: missing"},
		{"unknown subject", clinicBody(enp, "2026-02-02", "dentist", "A"), "subject:"},
		{"no clinic", clinicBody(enp, "2026-02-02", "clinic", " "), "clinic: missing"},
		{"clinic too long", clinicBody(enp, "2026-02-02", "clinic", strings.Repeat("М", 201)), "clinic: longer than 200"},
		{"control character", `{"enp":"7700000000000016","region":"77","date":"2026-02-02","subject":"clinic","clinic":"A\u0007"}`, "clinic: holds a control character"},
		{"unknown ground", clinicBody(enp, "2026-02-02", "clinic", "A", `"ground":"whim"`), "ground:"},
		{"relocation for a doctor", clinicBody(enp, "2026-02-02", "doctor", "A", `"ground":"relocation"`, `"doctor_kind":"therapist"`), "ground: relocation is a ground for a choice of clinic"},
		{"doctor for a clinic", clinicBody(enp, "2026-02-02", "clinic", "A", `"doctor":"X"`), "doctor: only for a choice of doctor"},
		{"no doctor kind", clinicBody(enp, "2026-02-02", "doctor", "A"), "doctor_kind: missing"},
		{"unknown doctor kind", clinicBody(enp, "2026-02-02", "doctor", "A", `"doctor_kind":"surgeon-general"`), "doctor_kind:"},
		{"unknown consent", clinicBody(enp, "2026-02-02", "doctor", "A", `"doctor_kind":"therapist"`, `"doctor_consent":"maybe"`), "doctor_consent:"},
		{"unknown channel", clinicBody(enp, "2026-02-02", "clinic", "A", `"channel":"fax"`), "channel:"},
		{"unknown applicant", clinicBody(enp, "2026-02-02", "clinic", "A", `"applicant":"neighbour"`), "applicant:"},
		{"unknown exclusion", clinicBody(enp, "2026-02-02", "clinic", "A", `"excluded":"pilot"`), "excluded:"},
		{"refusal without ground", clinicBody(enp, "2026-02-02", "clinic", "A", `"refusal":{"in_writing":true}`), "refusal.ground: missing"},
		{"unknown refusal ground", clinicBody(enp, "2026-02-02", "clinic", "A", `"refusal":{"ground":"mood"}`), "refusal.ground:"},
		{"born after the application", clinicBody(enp, "2026-02-02", "clinic", "A", `"birth_date":"2026-02-03"`), "birth_date: 2026-02-03 is after"},
		{"answered before the application", clinicBody(enp, "2026-02-02", "clinic", "A", `"answered":"2026-02-01"`), "answered: before the application's date"},
		{"bad as_of", clinicBody(enp, "2026-02-02", "clinic", "A", `"as_of":"soon"`), "as_of:"},
		// 323-ФЗ ст. 21 applies from 2012: no rule is in force before.
		{"before the rules", clinicBody(enp, "2011-12-30", "clinic", "A"), "date:"},
		{"unknown field", clinicBody(enp, "2026-02-02", "clinic", "A", `"colour":"red"`), `unknown field \"colour\"`},
		{"wrong JSON type", clinicBody(enp, "2026-02-02", "clinic", "A", `"check_only":"yes"`), "check_only: got a JSON string"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := do(h, "POST", "/v1/clinic-choice", "application/json", c.body)
			if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), c.field) {
				t.Errorf("status %d, want 400 naming %q: %s", rec.Code, c.field, rec.Body)
			}
			if strings.Contains(rec.Body.String(), enp) {
				t.Errorf("the error repeats the ЕНП: %s", rec.Body)
			}
		})
	}
	if got := clinicHistoryOf(t, h, enp); len(got) != 0 {
		t.Errorf("bad requests recorded %+v", got)
	}
	if rec := do(h, "POST", "/v1/clinic-history", "application/json", `{"enp":"77"}`); rec.Code != 400 || !strings.Contains(rec.Body.String(), "enp:") {
		t.Errorf("clinic history of a bad ЕНП: %d %s", rec.Code, rec.Body)
	}
}

// TestClinicChoiceStoredHistory walks one person through a year of
// choices (323-ФЗ ст. 21 ч. 2; the cases of access.md §1) and checks what
// each answer says and what the portal records.
func TestClinicChoiceStoredHistory(t *testing.T) {
	h := newTestHandler(t)
	enp := randomENP()
	step := func(name, body string, recorded bool, codes ...string) clinicAnswer {
		t.Helper()
		a := chooseClinic(t, h, body)
		if a.Recorded != recorded {
			t.Errorf("%s: recorded %v, want %v: %+v", name, a.Recorded, recorded, a)
		}
		for _, c := range codes {
			if !a.has(c) {
				t.Errorf("%s: no finding %s: %+v", name, c, a.Decision.Findings)
			}
		}
		return a
	}
	// 2 February 2026 is a Monday: two working days to answer, to 4 February.
	a := step("first clinic", clinicBody(enp, "2026-02-02", "clinic", "A", `"channel":"gosuslugi"`), true, program.CodeAccessClinicLimitOK, program.CodeAccessChannelOK)
	if a.AnswerDue.Due != "2026-02-04" || a.AnswerDue.DueAt != "2026-02-05T00:00:00+03:00" || a.TimeZone != "Europe/Moscow" || a.AnswerDue.Code != "program.access.choice-answer" {
		t.Errorf("answer duty %+v in %s, want due 2026-02-04, 24:00 Moscow time", a.AnswerDue, a.TimeZone)
	}
	step("check only", clinicBody(enp, "2026-02-03", "clinic", "B", `"check_only":true`), false, program.CodeAccessClinicLimit)
	step("second clinic at will", clinicBody(enp, "2026-02-03", "clinic", "B"), false, program.CodeAccessClinicLimit)
	step("the same clinic", clinicBody(enp, "2026-02-03", "clinic", "A"), false, program.CodeAccessClinicSame)
	// The first doctor after a change of clinic is outside the limit; the
	// clinic answered late (due 5 Feb), which is no bar to the choice.
	step("first doctor, answered late", clinicBody(enp, "2026-02-03", "doctor", "A", `"doctor":"X"`, `"doctor_kind":"district_therapist"`,
		`"answered":"2026-02-10"`, `"as_of":"2026-02-10"`), true, program.CodeAccessDoctorClinicChanged, "program.access.choice-answer.late")
	step("doctor refused consent", clinicBody(enp, "2026-02-04", "doctor", "A", `"doctor":"Y"`, `"doctor_kind":"therapist"`, `"doctor_consent":"refused"`),
		false, program.CodeAccessDoctorRefused)
	step("second doctor in the year", clinicBody(enp, "2026-02-04", "doctor", "A", `"doctor":"Y"`, `"doctor_kind":"therapist"`), false, program.CodeAccessDoctorLimit)
	step("a refused application", clinicBody(enp, "2026-02-05", "clinic", "C", `"ground":"relocation"`,
		`"refusal":{"ground":"over_norm","in_writing":true,"reasoned":true}`), false, program.CodeAccessRefusalGround)
	step("moving house", clinicBody(enp, "2026-06-01", "clinic", "C", `"ground":"relocation"`), true, program.CodeAccessClinicRelocation)
	// Same day, after the change of clinic: the history keeps the order.
	step("doctor in the new clinic, same day", clinicBody(enp, "2026-06-01", "doctor", "C", `"doctor":"Z"`, `"doctor_kind":"feldsher"`), true, program.CodeAccessDoctorClinicChanged)

	// Back-dated: a 409 when it would be recorded, an answer when only checked.
	rec := do(h, "POST", "/v1/clinic-choice", "application/json", clinicBody(enp, "2026-03-02", "clinic", "B"))
	if rec.Code != http.StatusConflict || !strings.Contains(rec.Body.String(), "date: 2026-03-02 is before") {
		t.Errorf("back-dated: %d %s", rec.Code, rec.Body)
	}
	step("back-dated, check only", clinicBody(enp, "2026-03-02", "clinic", "B", `"check_only":true`), false, program.CodeAccessClinicLimit)

	want := []ClinicEntryJSON{
		{Date: "2026-02-02", Subject: "clinic", Ground: "at_will", Clinic: "A"},
		{Date: "2026-02-03", Subject: "doctor", Ground: "at_will", Clinic: "A", Doctor: "X"},
		{Date: "2026-06-01", Subject: "clinic", Ground: "relocation", Clinic: "C"},
		{Date: "2026-06-01", Subject: "doctor", Ground: "at_will", Clinic: "C", Doctor: "Z"},
	}
	if got := clinicHistoryOf(t, h, enp); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("history\n got %+v\nwant %+v", got, want)
	}
	if got := historyOfPersonHandler(t, h, enp); len(got) != 0 {
		t.Errorf("choices of clinic reached the history of insurers: %+v", got)
	}
}

func historyOfPersonHandler(t *testing.T, h http.Handler, enp string) []EntryJSON {
	t.Helper()
	rec := do(h, "POST", "/v1/history", "application/json", fmt.Sprintf(`{"enp":%q}`, enp))
	var r HistoryResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	return r.Entries
}

// TestClinicChoiceRegionZone checks the answer duty in a region of its
// own calendar and time zone: Yakutia, UTC+9.
func TestClinicChoiceRegionZone(t *testing.T) {
	h := newTestHandler(t)
	body := strings.Replace(clinicBody(randomENP(), "2026-03-06", "clinic", "A"), `"region":"77"`, `"region":"14"`, 1)
	a := chooseClinic(t, h, body)
	// Friday 6 March 2026; 9 March is the holiday moved from 8 March
	// (a Sunday), so the two working days are 10 and 11 March.
	if a.TimeZone != "Asia/Yakutsk" || a.AnswerDue.Due != "2026-03-11" || a.AnswerDue.DueAt != "2026-03-12T00:00:00+09:00" {
		t.Errorf("answer duty %+v in %s", a.AnswerDue, a.TimeZone)
	}
}
