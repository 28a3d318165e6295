package program_test

import (
	"errors"
	"testing"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/program"
)

func TestDoctorReplacementDue(t *testing.T) {
	t.Parallel()
	tat, err := calendar.ForRegion(oms.Tatarstan)
	if err != nil {
		t.Fatal(err)
	}
	// 407н: three working days. Курбан-байрам, Friday 6 June 2025, is a
	// day off in Tatarstan only (ru-regional-holidays.csv).
	for _, c := range []struct {
		cal  *calendar.Calendar
		day  date.Date
		want date.Date
	}{
		{nil, accDay(2025, 6, 4), accDay(2025, 6, 9)},
		{tat, accDay(2025, 6, 4), accDay(2025, 6, 10)},
		{nil, accDay(2026, 3, 6), accDay(2026, 3, 12)},
	} {
		duty, err := program.DefaultAccessRules().DoctorReplacementDue(c.cal, c.day)
		if err != nil {
			t.Fatal(err)
		}
		if duty.Due != c.want || duty.Code != program.CodeAccessDoctorReplacement || duty.Period.N != 3 {
			t.Errorf("%s (%v): due %s, want %s", c.day, c.cal, duty.Due, c.want)
		}
	}
	if _, err := program.DoctorReplacementDue(nil, accDay(2011, 1, 1)); !errors.Is(err, oms.ErrNotInForce) {
		t.Errorf("2011: err = %v", err)
	}
}
