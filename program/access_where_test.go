package program_test

import (
	"errors"
	"testing"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/program"
)

func TestCoversWhereCases(t *testing.T) {
	t.Parallel()
	day := d(2026, 5, 12)
	cases := []struct {
		name string
		q    program.CareWhere
		ok   bool
		code string
	}{
		// 326-ФЗ ст. 45 ч. 1: the base programme throughout the RF.
		{"Muscovite in Kazan, base programme", program.CareWhere{Date: day, CareRegion: oms.Tatarstan, InsuredRegion: oms.Moscow}, true, program.CodeAccessWhereBase},
		// insur-info.ru 06.10.2021: a person living away from home is served
		// under the base programme whatever the passport says.
		{"Novosibirsk policy, care in Moscow, 2021", program.CareWhere{Date: d(2021, 10, 6), CareRegion: oms.Moscow, InsuredRegion: oms.Region(54)}, true, program.CodeAccessWhereBase},
		// 326-ФЗ ст. 16 ч. 1 п. 1; regional fund budget laws: settlement
		// between funds for base-programme care only.
		{"Moscow addition in Moscow", program.CareWhere{Date: day, CareRegion: oms.Moscow, InsuredRegion: oms.Moscow, AboveBase: true}, true, program.CodeAccessWhereTerritorial},
		{"Moscow addition in Kazan", program.CareWhere{Date: day, CareRegion: oms.Tatarstan, InsuredRegion: oms.Moscow, AboveBase: true}, false, program.CodeAccessWhereElsewhere},
		// smolokb.ru (Smolensk programme): no policy and no documents is no
		// ground to refuse emergency care.
		{"emergency without a policy", program.CareWhere{Date: day, CareRegion: oms.Region(67), Emergency: true}, true, program.CodeAccessWhereEmergency},
		{"planned care without a policy", program.CareWhere{Date: day, CareRegion: oms.Region(67)}, false, program.CodeAccessWhereUninsured},
	}
	for _, c := range cases {
		dec, err := program.CoversWhere(c.q)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if dec.OK() != c.ok || !dec.Has(c.code) {
			t.Errorf("%s: got %v %v, want %v %s", c.name, dec.OK(), dec.Codes(), c.ok, c.code)
		}
		for _, f := range dec.Findings() {
			if f.Citation.IsZero() {
				t.Errorf("%s: %s has no citation", c.name, f.Code)
			}
		}
	}
	if _, err := program.CoversWhere(program.CareWhere{Date: day}); err == nil || !containsStr(err.Error(), "care_region") {
		t.Errorf("no care region: err = %v", err)
	}
	if _, err := program.CoversWhere(program.CareWhere{Date: day, CareRegion: oms.Moscow, InsuredRegion: 250}); err == nil || !containsStr(err.Error(), "insured_region") {
		t.Errorf("bad insured region: err = %v", err)
	}
	if _, err := program.CoversWhere(program.CareWhere{Date: d(2010, 5, 1), CareRegion: oms.Moscow}); !errors.Is(err, oms.ErrNotInForce) {
		t.Errorf("2010: err = %v", err)
	}
}

func TestDocumentsAtCases(t *testing.T) {
	t.Parallel()
	adult := oms.SomeDate(d(1980, 5, 17))
	child := oms.SomeDate(d(2013, 1, 10))
	cases := []struct {
		name      string
		day       date.Date
		born      oms.OptionalDate
		emergency bool
		want      []program.VisitDocument
	}{
		// 326-ФЗ ст. 16 ч. 2 п. 1, old wording (testhelp.link; fomsrt.ru).
		{"2019, the policy", d(2019, 3, 1), adult, false, []program.VisitDocument{program.DocPolicy}},
		{"30.11.2022, still the policy", d(2022, 11, 30), adult, false, []program.VisitDocument{program.DocPolicy}},
		// kamadm.ru prosecutor's note 07.12.2022: the policy or an ID, a birth
		// certificate under 14.
		{"07.12.2022, adult", d(2022, 12, 7), adult, false, []program.VisitDocument{program.DocPolicy, program.DocIdentity}},
		{"07.12.2022, child of 9", d(2022, 12, 7), child, false, []program.VisitDocument{program.DocPolicy, program.DocBirthCertificate}},
		{"the day before the 14th birthday", d(2027, 1, 9), child, false, []program.VisitDocument{program.DocPolicy, program.DocBirthCertificate}},
		{"14th birthday", d(2027, 1, 10), child, false, []program.VisitDocument{program.DocPolicy, program.DocIdentity}},
		{"age unknown", d(2026, 1, 10), oms.NoDate, false, []program.VisitDocument{program.DocPolicy, program.DocIdentity, program.DocBirthCertificate}},
		{"emergency, 2019", d(2019, 3, 1), adult, true, []program.VisitDocument{}},
		{"emergency, 2026", d(2026, 3, 1), oms.NoDate, true, []program.VisitDocument{}},
	}
	for _, c := range cases {
		docs, err := program.DocumentsAt(c.day, c.born, c.emergency)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if len(docs.AnyOf) != len(c.want) {
			t.Errorf("%s: %v, want %v", c.name, docs.AnyOf, c.want)
			continue
		}
		for i := range c.want {
			if docs.AnyOf[i] != c.want[i] {
				t.Errorf("%s: %v, want %v", c.name, docs.AnyOf, c.want)
			}
		}
		if docs.Citation.Article != "16" || !docs.Unconfirmed || docs.RU == "" || docs.EN == "" {
			t.Errorf("%s: citation %v, unconfirmed %v", c.name, docs.Citation, docs.Unconfirmed)
		}
	}
	if _, err := program.DocumentsAt(d(2010, 1, 1), oms.NoDate, false); !errors.Is(err, oms.ErrNotInForce) {
		t.Errorf("2010: err = %v", err)
	}
}

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
		{"2026 general", d(2026, 2, 17), 0, program.CodeAccessCTMRI, calendar.Period{N: 14, Unit: calendar.WorkingDays}, d(2026, 3, 11), false},
		{"2026 cancer", d(2026, 2, 17), program.SuspectedCancer, program.CodeAccessCTMRIOncology, calendar.Period{N: 7, Unit: calendar.WorkingDays}, d(2026, 2, 27), false},
		// ПП 2188 (2026): 7 working days on suspected cardiovascular disease.
		{"2026 cardio", d(2026, 2, 17), program.SuspectedCardio, program.CodeAccessCTMRICardio, calendar.Period{N: 7, Unit: calendar.WorkingDays}, d(2026, 2, 27), false},
		// Before 2026 no cardiovascular limit: the general one applies;
		// 31.12.2025 and 01–11.01.2026 are days off.
		{"2025 cardio", d(2025, 12, 25), program.SuspectedCardio, program.CodeAccessCTMRI, calendar.Period{N: 14, Unit: calendar.WorkingDays}, d(2026, 1, 26), false},
		// program.md §3.2: 30 calendar days in 2019 (L); 05.05.2019 is a
		// Sunday, so ГК ст. 193 moves the end to 06.05.
		{"2019 general", d(2019, 4, 5), 0, program.CodeAccessCTMRI, calendar.Period{N: 30, Unit: calendar.Days}, d(2019, 5, 6), true},
		{"2020 general, 09.03 off", d(2020, 3, 2), 0, program.CodeAccessCTMRI, calendar.Period{N: 14, Unit: calendar.WorkingDays}, d(2020, 3, 23), true},
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
		if duty.Event != program.EventTestPrescribed || duty.Citation.Act == "" {
			t.Errorf("%s: event %q citation %v", c.name, duty.Event, duty.Citation)
		}
	}
	if _, err := program.DiagnosticsDue(nil, d(2027, 1, 11), 0); !errors.Is(err, oms.ErrNotInForce) {
		t.Errorf("2027: err = %v", err)
	}
	if _, err := program.DiagnosticsDue(nil, d(2026, 1, 12), 7); err == nil {
		t.Error("bad suspicion: no error")
	}
}

func TestCheckReferral(t *testing.T) {
	t.Parallel()
	ref := program.Referral{Prescribed: d(2026, 2, 17)}
	for _, c := range []struct {
		done oms.OptionalDate
		asOf date.Date
		code string
		ok   bool
	}{
		{oms.NoDate, d(2026, 3, 2), program.CodeAccessCTMRI + ".pending", true},
		{oms.SomeDate(d(2026, 3, 11)), d(2026, 3, 12), program.CodeAccessCTMRI + ".met", true},
		{oms.SomeDate(d(2026, 3, 12)), d(2026, 3, 20), program.CodeAccessCTMRI + ".late", false},
		{oms.NoDate, d(2026, 3, 12), program.CodeAccessCTMRI + ".overdue", false},
	} {
		ref.Done = c.done
		dec, duty, err := program.CheckReferral(nil, ref, c.asOf)
		if err != nil {
			t.Fatal(err)
		}
		if !dec.Has(c.code) || dec.OK() != c.ok || duty.Due != d(2026, 3, 11) {
			t.Errorf("done %v as of %s: %v", c.done, c.asOf, dec.Codes())
		}
	}
	ref.Done = oms.SomeDate(d(2026, 2, 1))
	if _, _, err := program.CheckReferral(nil, ref, d(2026, 3, 1)); err == nil || !containsStr(err.Error(), "referral.done") {
		t.Errorf("done before prescribed: err = %v", err)
	}
}

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
		{nil, d(2025, 6, 4), d(2025, 6, 9)},
		{tat, d(2025, 6, 4), d(2025, 6, 10)},
		{nil, d(2026, 3, 6), d(2026, 3, 12)},
	} {
		duty, err := program.DefaultAccessRules().DoctorReplacementDue(c.cal, c.day)
		if err != nil {
			t.Fatal(err)
		}
		if duty.Due != c.want || duty.Code != program.CodeAccessDoctorReplacement || duty.Period.N != 3 {
			t.Errorf("%s (%v): due %s, want %s", c.day, c.cal, duty.Due, c.want)
		}
	}
	if _, err := program.DoctorReplacementDue(nil, d(2011, 1, 1)); !errors.Is(err, oms.ErrNotInForce) {
		t.Errorf("2011: err = %v", err)
	}
}

func TestComplaintPath(t *testing.T) {
	t.Parallel()
	// ТФОМС Челябинской области (news.mail.ru/society/68983322, 05.12.2025):
	// the clinic, then the insurer's representative, then the fund; then
	// the health authority or Росздравнадзор (ugoria-dent.ru).
	p, err := program.ComplaintPathAt(d(2025, 12, 5))
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
	if n := p.Next(program.ToClinic); len(n) != 1 || n[0].Addressee != program.ToInsurer || !containsStr(n[0].RU, "Страховой представитель") {
		t.Errorf("after the clinic: %v", n)
	}
	if n := p.Next(program.ToFund); len(n) != 2 {
		t.Errorf("after the fund: %v", n)
	}
	if n := p.Next(program.ToRoszdravnadzor); len(n) != 0 {
		t.Errorf("after the last: %v", n)
	}
	old, _ := program.ComplaintPathAt(d(2014, 1, 1))
	if containsStr(old[1].RU, "Страховой представитель") {
		t.Errorf("2014 names insurance representatives: %s", old[1].RU)
	}
	p[0].Level = 99 // a copy: the rules are not changed
	if q, _ := program.ComplaintPathAt(d(2025, 12, 5)); q[0].Level != 1 {
		t.Error("ComplaintPathAt shares its slice")
	}

	r := program.DefaultAccessRules()
	// 59-ФЗ ст. 12: 30 days, 60 when extended; 01.05.2025 and 02–04.05 are
	// days off, so ГК ст. 193 moves the first to 05.05; the 60th day,
	// 31.05.2025, is a Saturday.
	for _, c := range []struct {
		ext  bool
		want date.Date
	}{{false, d(2025, 5, 5)}, {true, d(2025, 6, 2)}} {
		duty, err := r.ComplaintDue(nil, program.ToInsurer, d(2025, 4, 1), c.ext)
		if err != nil {
			t.Fatal(err)
		}
		if duty.Due != c.want {
			t.Errorf("extended %v: due %s", c.ext, duty.Due)
		}
	}
	reg, err := r.ComplaintRegistrationDue(nil, d(2025, 12, 29))
	if err != nil || reg.Due != d(2026, 1, 12) || reg.Code != program.CodeAccessComplaintRegistration {
		t.Errorf("registration: %v %v", reg.Due, err)
	}
	if _, err := r.ComplaintDue(nil, 0, d(2025, 4, 1), false); err == nil {
		t.Error("no addressee: no error")
	}
	if _, err := program.ComplaintPathAt(d(2010, 4, 1)); !errors.Is(err, oms.ErrNotInForce) {
		t.Errorf("2010: err = %v", err)
	}
}
