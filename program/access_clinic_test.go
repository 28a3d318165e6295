package program_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/eligibility"
	"github.com/omsrules/oms/program"
)

func accDay(y int, m time.Month, day int) date.Date { return date.New(y, m, day) }

func accClinicEntry(day date.Date, clinic string, g program.ChoiceGround) program.ChoiceEntry {
	return program.ChoiceEntry{Date: day, Subject: program.ChooseClinic, Ground: g, Clinic: clinic}
}

func accDoctorEntry(day date.Date, clinic, doctor string) program.ChoiceEntry {
	return program.ChoiceEntry{Date: day, Subject: program.ChooseDoctor, Ground: program.AtWill, Clinic: clinic, Doctor: doctor}
}

func accClinicReq(day date.Date, clinic string) program.ChoiceRequest {
	return program.ChoiceRequest{Date: day, Subject: program.ChooseClinic, Clinic: clinic}
}

func accDoctorReq(day date.Date, clinic string, k program.DoctorKind) program.ChoiceRequest {
	return program.ChoiceRequest{Date: day, Subject: program.ChooseDoctor, Clinic: clinic, Doctor: "D", DoctorKind: k}
}

func withReq(r program.ChoiceRequest, f func(*program.ChoiceRequest)) program.ChoiceRequest {
	f(&r)
	return r
}

type accClinicCase struct {
	name    string
	history program.ChoiceHistory
	req     program.ChoiceRequest
	ok      bool
	has     []string
	due     date.Date
}

var accClinicCases = []accClinicCase{
	// 323-ФЗ ст. 21 ч. 2 as restated by С. Леонов (360.ru, 27.01.2026):
	// once a year; more often on moving.
	{"second change at will in a year", program.ChoiceHistory{accClinicEntry(accDay(2026, 3, 16), "A", program.AtWill)},
		accClinicReq(accDay(2026, 10, 2), "B"), false, []string{program.CodeAccessClinicLimit}, accDay(2026, 10, 6)},
	{"change on moving house", program.ChoiceHistory{accClinicEntry(accDay(2026, 3, 16), "A", program.AtWill)},
		withReq(accClinicReq(accDay(2026, 10, 2), "B"), func(r *program.ChoiceRequest) { r.Ground = program.Relocation }),
		true, []string{program.CodeAccessClinicRelocation}, accDay(2026, 10, 6)},
	{"next calendar year", program.ChoiceHistory{accClinicEntry(accDay(2025, 12, 30), "A", program.AtWill)},
		accClinicReq(accDay(2026, 1, 12), "B"), true, []string{program.CodeAccessClinicLimitOK}, accDay(2026, 1, 14)},
	{"a refused application is no choice", program.ChoiceHistory{{Date: accDay(2026, 2, 2), Subject: program.ChooseClinic, Ground: program.AtWill, Clinic: "A", Refused: true}},
		accClinicReq(accDay(2026, 2, 20), "B"), true, []string{program.CodeAccessClinicLimitOK}, accDay(2026, 2, 25)},
	{"the same clinic again", program.ChoiceHistory{accClinicEntry(accDay(2026, 2, 2), "A", program.AtWill)},
		accClinicReq(accDay(2026, 5, 5), "A"), true, []string{program.CodeAccessClinicSame}, accDay(2026, 5, 7)},
	{"a relocation earlier in the year is not counted, withReq a warning", program.ChoiceHistory{accClinicEntry(accDay(2026, 2, 2), "A", program.Relocation)},
		accClinicReq(accDay(2026, 5, 5), "B"), true, []string{program.CodeAccessClinicLimitOK, program.CodeAccessExemptNotCounted}, accDay(2026, 5, 7)},
	{"history after the request is ignored", program.ChoiceHistory{accClinicEntry(accDay(2026, 6, 1), "A", program.AtWill)},
		accClinicReq(accDay(2026, 5, 5), "B"), true, []string{program.CodeAccessClinicLimitOK}, accDay(2026, 5, 7)},
	// 406н era; 28.12.2024 was a working Saturday and 31.12.2024–08.01.2025
	// days off (ПП РФ от 04.10.2024 № 1335).
	{"406н, paper, across the New Year", nil, accClinicReq(accDay(2024, 12, 27), "A"), true,
		[]string{program.CodeAccessChannelOK, program.CodeAccessClinicLimitOK}, accDay(2025, 1, 9)},
	{"Gosuslugi before 01.09.2025 is a warning", nil,
		withReq(accClinicReq(accDay(2025, 8, 29), "A"), func(r *program.ChoiceRequest) { r.Channel = program.Gosuslugi }),
		true, []string{program.CodeAccessChannelEarly}, accDay(2025, 9, 2)},
	// 360.ru 22.09.2025 (Нижегородская область): from 01.09.2025 through
	// Gosuslugi, decision within two working days.
	{"Gosuslugi from 01.09.2025", nil,
		withReq(accClinicReq(accDay(2025, 9, 19), "A"), func(r *program.ChoiceRequest) { r.Channel = program.Gosuslugi }),
		true, []string{program.CodeAccessChannelOK}, accDay(2025, 9, 23)},
	// A child's application (access.md §1.3: children through their
	// representatives).
	{"a child's application by the child", nil,
		withReq(accClinicReq(accDay(2026, 4, 1), "A"), func(r *program.ChoiceRequest) { r.Born = oms.SomeDate(accDay(2012, 4, 2)) }),
		false, []string{program.CodeAccessApplicantNotLegalRep}, accDay(2026, 4, 3)},
	{"a child's application by a parent", nil,
		withReq(accClinicReq(accDay(2026, 4, 1), "A"), func(r *program.ChoiceRequest) {
			r.Born, r.Applicant = oms.SomeDate(accDay(2012, 4, 2)), eligibility.ByLegalRepresentative
		}), true, []string{program.CodeAccessApplicantOK}, accDay(2026, 4, 3)},
	{"18 today applies alone", nil,
		withReq(accClinicReq(accDay(2026, 4, 2), "A"), func(r *program.ChoiceRequest) { r.Born = oms.SomeDate(accDay(2008, 4, 2)) }),
		true, []string{program.CodeAccessApplicantOK}, accDay(2026, 4, 6)},
	// 406н п. 1 (scope): servicemen are outside the procedure.
	{"a serviceman", nil, withReq(accClinicReq(accDay(2024, 3, 1), "A"), func(r *program.ChoiceRequest) { r.Excluded = program.Military }),
		true, []string{program.CodeAccessOutOfScope}, accDay(2024, 3, 5)},
	{"outside the home region", nil, withReq(accClinicReq(accDay(2024, 3, 1), "A"), func(r *program.ChoiceRequest) { r.OutsideHomeRegion = true }),
		true, []string{program.CodeAccessOutsideHomeRegion}, accDay(2024, 3, 5)},
	// Novosibirsk health ministry (news.mail.ru/society/67476888): a
	// clinic may refuse when overloaded, in writing withReq reasons.
	{"lawful refusal in writing", nil, withReq(accClinicReq(accDay(2025, 10, 1), "A"), func(r *program.ChoiceRequest) {
		r.Refusal = program.ChoiceRefusal{Ground: program.OutsideAreaNoPlaces, InWriting: true, Reasoned: true}
	}), true, []string{program.CodeAccessRefusalGround}, accDay(2025, 10, 3)},
	{"oral refusal on another ground", nil, withReq(accClinicReq(accDay(2025, 10, 1), "A"), func(r *program.ChoiceRequest) {
		r.Refusal = program.ChoiceRefusal{Ground: program.OtherGround}
	}), false, []string{program.CodeAccessRefusalUnlawful, program.CodeAccessRefusalForm}, accDay(2025, 10, 3)},
	// Doctors: 323-ФЗ ст. 21 ч. 2 — once a year, except on a change of
	// clinic; ч. 1 — withReq the doctor's consent.
	{"second doctor in a year", program.ChoiceHistory{accClinicEntry(accDay(2024, 1, 15), "A", program.AtWill), accDoctorEntry(accDay(2025, 2, 3), "A", "X")},
		accDoctorReq(accDay(2025, 11, 5), "A", program.Paediatrician), false, []string{program.CodeAccessDoctorLimit}, accDay(2025, 11, 7)},
	{"doctor after a change of clinic", program.ChoiceHistory{accDoctorEntry(accDay(2025, 2, 3), "A", "X"), accClinicEntry(accDay(2025, 6, 2), "B", program.AtWill)},
		accDoctorReq(accDay(2025, 6, 10), "B", program.GeneralPractitioner), true, []string{program.CodeAccessDoctorClinicChanged, program.CodeAccessDoctorConsent}, accDay(2025, 6, 16)},
	{"a second doctor in the new clinic", program.ChoiceHistory{accDoctorEntry(accDay(2025, 2, 3), "A", "X"), accClinicEntry(accDay(2025, 6, 2), "B", program.AtWill), accDoctorEntry(accDay(2025, 6, 10), "B", "Y")},
		accDoctorReq(accDay(2025, 7, 1), "B", program.Feldsher), false, []string{program.CodeAccessDoctorLimit}, accDay(2025, 7, 3)},
	{"a doctor in the year after", program.ChoiceHistory{accClinicEntry(accDay(2024, 1, 15), "A", program.AtWill), accDoctorEntry(accDay(2024, 2, 3), "A", "X")},
		accDoctorReq(accDay(2025, 1, 13), "A", program.Paediatrician), true, []string{program.CodeAccessDoctorLimitOK}, accDay(2025, 1, 15)},
	{"a cardiologist is not a choice under ст. 21 ч. 2", nil, accDoctorReq(accDay(2025, 7, 1), "B", program.OtherDoctor),
		false, []string{program.CodeAccessDoctorNotListed}, accDay(2025, 7, 3)},
	{"doctor in another clinic", program.ChoiceHistory{accClinicEntry(accDay(2024, 1, 15), "A", program.AtWill)},
		accDoctorReq(accDay(2025, 7, 1), "B", program.Therapist), true, []string{program.CodeAccessDoctorOtherClinic}, accDay(2025, 7, 3)},
	// klerk.ru 31.10.2025: the doctor may refuse.
	{"doctor refuses", nil, withReq(accDoctorReq(accDay(2025, 11, 5), "A", program.DistrictTherapist), func(r *program.ChoiceRequest) { r.Consent = program.ConsentRefused }),
		false, []string{program.CodeAccessDoctorRefused}, accDay(2025, 11, 7)},
	{"answer late", nil, withReq(accClinicReq(accDay(2025, 9, 19), "A"), func(r *program.ChoiceRequest) {
		r.Answered, r.AsOf = oms.SomeDate(accDay(2025, 9, 25)), oms.SomeDate(accDay(2025, 9, 30))
	}), false, []string{program.CodeAccessChoiceAnswer + ".late"}, accDay(2025, 9, 23)},
	{"answer pending", nil, withReq(accClinicReq(accDay(2025, 9, 19), "A"), func(r *program.ChoiceRequest) { r.AsOf = oms.SomeDate(accDay(2025, 9, 22)) }),
		true, []string{program.CodeAccessChoiceAnswer + ".pending"}, accDay(2025, 9, 23)},
	{"answer met", nil, withReq(accClinicReq(accDay(2025, 9, 19), "A"), func(r *program.ChoiceRequest) {
		r.Answered, r.AsOf = oms.SomeDate(accDay(2025, 9, 23)), oms.SomeDate(accDay(2025, 9, 30))
	}), true, []string{program.CodeAccessChoiceAnswer + ".met"}, accDay(2025, 9, 23)},
	{"answer overdue", nil, withReq(accClinicReq(accDay(2025, 9, 19), "A"), func(r *program.ChoiceRequest) { r.AsOf = oms.SomeDate(accDay(2025, 9, 24)) }),
		false, []string{program.CodeAccessChoiceAnswer + ".overdue"}, accDay(2025, 9, 23)},
}

func TestCheckClinicChoiceCases(t *testing.T) {
	t.Parallel()
	cases := accClinicCases
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dec, duty, err := program.CheckClinicChoice(c.history, c.req)
			if err != nil {
				t.Fatal(err)
			}
			if dec.OK() != c.ok {
				t.Errorf("OK = %v, want %v\n%s", dec.OK(), c.ok, dec)
			}
			for _, code := range c.has {
				if !dec.Has(code) {
					t.Errorf("missing %s in\n%s", code, dec)
				}
			}
			if duty.Due != c.due {
				t.Errorf("answer due %s, want %s", duty.Due, c.due)
			}
		})
	}
}

func TestCheckClinicChoiceTwelveMonths(t *testing.T) {
	t.Parallel()
	r := program.DefaultAccessRules()
	r.ClinicLimit = r.ClinicLimit.With(oms.Dated[program.YearlyLimit]{From: accDay(2012, 1, 1),
		Value: program.YearlyLimit{PerYear: 1, Span: program.TwelveMonths}})
	h := program.ChoiceHistory{accClinicEntry(accDay(2024, 2, 29), "A", program.AtWill)}
	for _, c := range []struct {
		day date.Date
		ok  bool
	}{{accDay(2025, 1, 10), false}, {accDay(2025, 2, 27), false}, {accDay(2025, 2, 28), true}, {accDay(2025, 6, 1), true}} {
		dec, _, err := r.CheckClinicChoice(nil, h, program.ChoiceRequest{Date: c.day, Subject: program.ChooseClinic, Clinic: "B"})
		if err != nil {
			t.Fatal(err)
		}
		if dec.OK() != c.ok {
			t.Errorf("%s: OK = %v, want %v", c.day, dec.OK(), c.ok)
		}
	}
	// The default counts calendar years: 10.01.2025 is allowed.
	dec, _, _ := program.CheckClinicChoice(h, program.ChoiceRequest{Date: accDay(2025, 1, 10), Subject: program.ChooseClinic, Clinic: "B"})
	if !dec.OK() {
		t.Errorf("calendar year: %s", dec)
	}
}

func TestCheckClinicChoiceErrors(t *testing.T) {
	t.Parallel()
	ok := program.ChoiceRequest{Date: accDay(2025, 3, 3), Subject: program.ChooseClinic, Clinic: "A"}
	cases := []struct {
		name  string
		h     program.ChoiceHistory
		req   program.ChoiceRequest
		field string
	}{
		{"no subject", nil, program.ChoiceRequest{Date: accDay(2025, 3, 3), Clinic: "A"}, "request.subject"},
		{"no clinic", nil, program.ChoiceRequest{Date: accDay(2025, 3, 3), Subject: program.ChooseClinic}, "request.clinic"},
		{"doctor without kind", nil, program.ChoiceRequest{Date: accDay(2025, 3, 3), Subject: program.ChooseDoctor, Clinic: "A"}, "request.doctor_kind"},
		{"doctor on relocation", nil, program.ChoiceRequest{Date: accDay(2025, 3, 3), Subject: program.ChooseDoctor, Clinic: "A", DoctorKind: program.Therapist, Ground: program.Relocation}, "request.ground"},
		{"born later", nil, program.ChoiceRequest{Date: accDay(2025, 3, 3), Subject: program.ChooseClinic, Clinic: "A", Born: oms.SomeDate(accDay(2025, 4, 1))}, "request.born"},
		{"answered earlier", nil, program.ChoiceRequest{Date: accDay(2025, 3, 3), Subject: program.ChooseClinic, Clinic: "A", Answered: oms.SomeDate(accDay(2025, 3, 1))}, "request.answered"},
		{"bad enum", nil, program.ChoiceRequest{Date: accDay(2025, 3, 3), Subject: program.ChooseClinic, Clinic: "A", Channel: 9}, "request.channel"},
		{"bad refusal", nil, program.ChoiceRequest{Date: accDay(2025, 3, 3), Subject: program.ChooseClinic, Clinic: "A", Refusal: program.ChoiceRefusal{Ground: 7}}, "request.refusal.ground"},
		{"history without ground", program.ChoiceHistory{{Date: accDay(2024, 1, 1), Subject: program.ChooseClinic, Clinic: "A"}}, ok, "history[0].ground"},
		{"history without clinic", program.ChoiceHistory{accClinicEntry(accDay(2024, 1, 1), "A", program.AtWill), {Date: accDay(2024, 1, 1), Subject: program.ChooseDoctor, Ground: program.AtWill}}, ok, "history[1].clinic"},
	}
	for _, c := range cases {
		_, _, err := program.CheckClinicChoice(c.h, c.req)
		if !errors.Is(err, program.ErrInvalidChoice) || !accContains(err.Error(), c.field) {
			t.Errorf("%s: err = %v, want ErrInvalidChoice naming %s", c.name, err, c.field)
		}
	}
	_, _, err := program.CheckClinicChoice(nil, program.ChoiceRequest{Date: accDay(2011, 6, 1), Subject: program.ChooseClinic, Clinic: "A"})
	if !errors.Is(err, oms.ErrNotInForce) {
		t.Errorf("2011: err = %v, want ErrNotInForce", err)
	}
	_, _, err = program.CheckClinicChoice(nil, program.ChoiceRequest{Date: accDay(2030, 6, 1), Subject: program.ChooseClinic, Clinic: "A"})
	if !errors.Is(err, calendar.ErrUnknownYear) {
		t.Errorf("2030: err = %v, want calendar.ErrUnknownYear", err)
	}
}

func accContains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

// The history is a set: its order does not change the decision.
func TestCheckClinicChoiceHistoryOrder(t *testing.T) {
	t.Parallel()
	h := program.ChoiceHistory{
		accDoctorEntry(accDay(2025, 2, 3), "A", "X"), accClinicEntry(accDay(2025, 6, 2), "B", program.AtWill),
		accClinicEntry(accDay(2024, 1, 15), "A", program.AtWill), accDoctorEntry(accDay(2025, 6, 10), "B", "Y"),
	}
	req := program.ChoiceRequest{Date: accDay(2025, 8, 1), Subject: program.ChooseDoctor, Clinic: "B", DoctorKind: program.Therapist}
	want, _, _ := program.CheckClinicChoice(h, req)
	rev := slices.Clone(h)
	slices.Reverse(rev)
	got, _, _ := program.CheckClinicChoice(rev, req)
	if !slices.Equal(want.Codes(), got.Codes()) {
		t.Errorf("reversed history: %v, want %v", got.Codes(), want.Codes())
	}
}
