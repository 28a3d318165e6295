package program_test

import (
	"errors"
	"testing"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/program"
)

func TestComplaintPath(t *testing.T) {
	t.Parallel()
	// ТФОМС Челябинской области (news.mail.ru/society/68983322, 05.12.2025):
	// the clinic, then the insurer's representative, then the fund; then
	// the health authority or Росздравнадзор (ugoria-dent.ru).
	p, err := program.ComplaintPathAt(accDay(2025, 12, 5))
	if err != nil {
		t.Fatal(err)
	}
	order := []program.ComplaintAddressee{program.ToClinic, program.ToInsurer, program.ToFund, program.ToHealthAuthority, program.ToRoszdravnadzor}
	for i, a := range order {
		if p[i].Addressee != a || p[i].Answer.Code != program.CodeAccessComplaintAnswer || p[i].Extended.Code != program.CodeAccessComplaintExtended || p[i].Answer.Period != (calendar.Period{N: 30, Unit: calendar.Days}) ||
			p[i].Extended.Period.N != 60 || p[i].Source == "" || !p[i].Unconfirmed {
			t.Errorf("step %d: %+v", i, p[i])
		}
	}
	if n := p.Next(0); len(n) != 1 || n[0].Addressee != program.ToClinic {
		t.Errorf("first: %v", n)
	}
	if n := p.Next(program.ToClinic); len(n) != 1 || n[0].Addressee != program.ToInsurer || !accContains(n[0].RU, "Страховой представитель") {
		t.Errorf("after the clinic: %v", n)
	}
	if n := p.Next(program.ToFund); len(n) != 2 {
		t.Errorf("after the fund: %v", n)
	}
	if n := p.Next(program.ToRoszdravnadzor); len(n) != 0 {
		t.Errorf("after the last: %v", n)
	}
	old, _ := program.ComplaintPathAt(accDay(2014, 1, 1))
	if accContains(old[1].RU, "Страховой представитель") {
		t.Errorf("2014 names insurance representatives: %s", old[1].RU)
	}
	p[0].Level = 99 // a copy: the rules are not changed
	if q, _ := program.ComplaintPathAt(accDay(2025, 12, 5)); q[0].Level != 1 {
		t.Error("ComplaintPathAt shares its slice")
	}

	r := program.DefaultAccessRules()
	// 59-ФЗ ст. 12: 30 days, 60 when extended; 01.05.2025 and 02–04.05 are
	// days off, so ГК ст. 193 moves the first to 05.05; the 60th day,
	// 31.05.2025, is a Saturday.
	for _, c := range []struct {
		ext  bool
		want date.Date
	}{{false, accDay(2025, 5, 5)}, {true, accDay(2025, 6, 2)}} {
		duty, err := r.ComplaintDue(nil, program.ToInsurer, accDay(2025, 4, 1), c.ext)
		if err != nil {
			t.Fatal(err)
		}
		if duty.Due != c.want {
			t.Errorf("extended %v: due %s", c.ext, duty.Due)
		}
	}
	reg, err := r.ComplaintRegistrationDue(nil, accDay(2025, 12, 29))
	if err != nil || reg.Due != accDay(2026, 1, 12) || reg.Code != program.CodeAccessComplaintRegistration {
		t.Errorf("registration: %v %v", reg.Due, err)
	}
	if _, err := r.ComplaintDue(nil, 0, accDay(2025, 4, 1), false); err == nil {
		t.Error("no addressee: no error")
	}
	if _, err := program.ComplaintPathAt(accDay(2010, 4, 1)); !errors.Is(err, oms.ErrNotInForce) {
		t.Errorf("2010: err = %v", err)
	}
}
