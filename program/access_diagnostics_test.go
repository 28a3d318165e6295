package program_test

import (
	"errors"
	"testing"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/program"
)

func TestDiagnosticsDueCases(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name        string
		day         date.Date
		s           program.Suspicion
		code        string
		period      calendar.Period
		due         date.Date
		unconfirmed bool
	}{
		// TASS 17.02.2026 quoting ПП 2188: 14 working days from the
		// prescription; 23.02 and 09.03.2026 are holidays.
		{"2026 general", accDay(2026, 2, 17), 0, program.CodeAccessCTMRI, calendar.Period{N: 14, Unit: calendar.WorkingDays}, accDay(2026, 3, 11), false},
		{"2026 cancer", accDay(2026, 2, 17), program.SuspectedCancer, program.CodeAccessCTMRIOncology, calendar.Period{N: 7, Unit: calendar.WorkingDays}, accDay(2026, 2, 27), false},
		// ПП 2188 (2026): 7 working days on suspected cardiovascular disease.
		{"2026 cardio", accDay(2026, 2, 17), program.SuspectedCardio, program.CodeAccessCTMRICardio, calendar.Period{N: 7, Unit: calendar.WorkingDays}, accDay(2026, 2, 27), false},
		// Before 2026 no cardiovascular limit: the general one applies;
		// 31.12.2025 and 01–11.01.2026 are days off.
		{"2025 cardio", accDay(2025, 12, 25), program.SuspectedCardio, program.CodeAccessCTMRI, calendar.Period{N: 14, Unit: calendar.WorkingDays}, accDay(2026, 1, 26), false},
		// program.md §3.2: 30 calendar days in 2019 (L); 05.05.2019 is a
		// Sunday, so ГК ст. 193 moves the end to 06.05.
		{"2019 general", accDay(2019, 4, 5), 0, program.CodeAccessCTMRI, calendar.Period{N: 30, Unit: calendar.Days}, accDay(2019, 5, 6), true},
		{"2020 general, 09.03 off", accDay(2020, 3, 2), 0, program.CodeAccessCTMRI, calendar.Period{N: 14, Unit: calendar.WorkingDays}, accDay(2020, 3, 23), true},
	}
	for _, c := range cases {
		duty, err := program.DiagnosticsDue(nil, c.day, c.s)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if duty.Code != c.code || duty.Period != c.period || duty.Due != c.due || duty.Unconfirmed != c.unconfirmed {
			t.Errorf("%s: %s %v due %s unconfirmed %v, want %s %v due %s %v", c.name, duty.Code, duty.Period, duty.Due, duty.Unconfirmed,
				c.code, c.period, c.due, c.unconfirmed)
		}
		if duty.Event != program.AccessEventTestPrescribed || duty.Citation.Act == "" {
			t.Errorf("%s: event %q citation %v", c.name, duty.Event, duty.Citation)
		}
	}
	if _, err := program.DiagnosticsDue(nil, accDay(2027, 1, 11), 0); !errors.Is(err, oms.ErrNotInForce) {
		t.Errorf("2027: err = %v", err)
	}
	if _, err := program.DiagnosticsDue(nil, accDay(2026, 1, 12), 7); err == nil {
		t.Error("bad suspicion: no error")
	}
}

func TestCheckReferral(t *testing.T) {
	t.Parallel()
	ref := program.Referral{Prescribed: accDay(2026, 2, 17)}
	for _, c := range []struct {
		done oms.OptionalDate
		asOf date.Date
		code string
		ok   bool
	}{
		{oms.NoDate, accDay(2026, 3, 2), program.CodeAccessCTMRI + ".pending", true},
		{oms.SomeDate(accDay(2026, 3, 11)), accDay(2026, 3, 12), program.CodeAccessCTMRI + ".met", true},
		{oms.SomeDate(accDay(2026, 3, 12)), accDay(2026, 3, 20), program.CodeAccessCTMRI + ".late", false},
		{oms.NoDate, accDay(2026, 3, 12), program.CodeAccessCTMRI + ".overdue", false},
	} {
		ref.Done = c.done
		dec, duty, err := program.CheckReferral(nil, ref, c.asOf)
		if err != nil {
			t.Fatal(err)
		}
		if !dec.Has(c.code) || dec.OK() != c.ok || duty.Due != accDay(2026, 3, 11) {
			t.Errorf("done %v as of %s: %v", c.done, c.asOf, dec.Codes())
		}
	}
	ref.Done = oms.SomeDate(accDay(2026, 2, 1))
	if _, _, err := program.CheckReferral(nil, ref, accDay(2026, 3, 1)); err == nil || !accContains(err.Error(), "referral.done") {
		t.Errorf("done before prescribed: err = %v", err)
	}
}
