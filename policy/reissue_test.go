package policy

import (
	"errors"
	"slices"
	"testing"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/rickb777/date"
	"pgregory.net/rapid"
)

func TestNotifyDeadline(t *testing.T) {
	tests := []struct {
		reason      Reason
		changed     date.Date
		required    bool
		due         date.Date
		unconfirmed bool
	}{
		// ГК РФ ст. 192 п. 3: a month from 31.01.2024 ends on the last day
		// of February, 29.02.2024, a Thursday.
		// Name and residence are in every version of the list: certain.
		{ChangeName, day(2024, 1, 31), true, day(2024, 2, 29), false},
		// 12.06.2024 is Russia Day (ТК РФ ст. 112): ГК ст. 193 moves the
		// end to 13.06.2024.
		{ChangeResidence, day(2024, 5, 12), true, day(2024, 6, 13), false},
		// 01.04.2023 is a Saturday: the end moves to Monday 03.04.2023.
		{ChangeName, day(2023, 3, 1), true, day(2023, 4, 3), false},
		// Identity-document data: in the law by 13.08.2018 at the latest
		// (ТФОМС Челябинской области), unconfirmed before.
		{ChangeIdentityDocument, day(2019, 3, 11), true, day(2019, 4, 11), true},
		// ... and before it the item's absence is unconfirmed too: the date
		// it came in is not known (law-addendum.md §1(f) [U]).
		{ChangeIdentityDocument, day(2015, 3, 10), false, date.Date{}, true},
		// The 2011 wording: surname, name, patronymic and residence.
		{ChangeName, day(2015, 3, 10), true, day(2015, 4, 10), false},
		// Not in any version of the list.
		{ChangeBirthDate, day(2024, 1, 31), false, date.Date{}, false},
		{Loss, day(2024, 1, 31), false, date.Date{}, false},
	}
	for _, tc := range tests {
		n, dec, err := NotifyDeadline(tc.reason, tc.changed, nil)
		if err != nil {
			t.Fatalf("%v %s: %v", tc.reason, tc.changed, err)
		}
		if n.Required != tc.required || (tc.required && n.Duty.Due != tc.due) {
			t.Errorf("NotifyDeadline(%v, %s) = %+v; want required=%v by %s", tc.reason, tc.changed, n, tc.required, tc.due)
		}
		code := "policy.notify.none"
		if tc.required {
			code = "policy.notify.deadline"
			if finding(t, dec, "policy.notify.month-period").Citation.String() != "ГК РФ, ст. 192, п. 3" {
				t.Error("the month rule should cite ГК РФ ст. 192 п. 3")
			}
		}
		f := finding(t, dec, code)
		if f.Unconfirmed != tc.unconfirmed || f.Citation.String() != "326-ФЗ, ст. 16, ч. 2, п. 3" {
			t.Errorf("%v %s: %s %+v; want unconfirmed=%v citing art. 16 part 2 item 3", tc.reason, tc.changed, code, f, tc.unconfirmed)
		}
		if dec.Has("policy.notify.choose-smo") != (tc.reason == ChangeResidence) {
			t.Errorf("%v: choose-smo finding %v", tc.reason, dec.Has("policy.notify.choose-smo"))
		}
	}
	if _, _, err := NotifyDeadline(ChangeName, day(2010, 5, 1), nil); !errors.Is(err, oms.ErrNotInForce) {
		t.Errorf("2010: %v", err)
	}
	if _, _, err := NotifyDeadline(ChangeName, day(2027, 12, 20), nil); !errors.Is(err, calendar.ErrUnknownYear) {
		t.Errorf("a deadline in 2028: %v", err)
	}
	if _, _, err := NotifyDeadline(0, day(2020, 5, 1), nil); !errors.Is(err, ErrUnknownReason) {
		t.Errorf("zero reason: %v", err)
	}
}

func TestReissue(t *testing.T) {
	tests := []struct {
		name      string
		req       ReissueRequest
		form      Form
		duplicate bool
		codes     []string
		ok        bool
	}{
		{"loss of a paper policy, 2015: duplicate",
			ReissueRequest{Reason: Loss, Current: Paper, Changed: day(2015, 6, 1), Applied: day(2015, 6, 2)},
			Paper, true, []string{"policy.reissue.reason", "policy.notify.none", "policy.reissue.new-blank", "policy.reissue.duplicate", "policy.reissue.enp-kept"}, true},
		// Rules p. 30 from 10.01.2023: no new blank on loss.
		{"loss of a paper policy, 2023: no new blank",
			ReissueRequest{Reason: Loss, Current: Paper, Changed: day(2023, 3, 1), Applied: day(2023, 3, 1)},
			Digital, false, []string{"policy.reissue.reason", "policy.notify.none", "policy.reissue.no-new-blank", "policy.reissue.enp-kept"}, true},
		{"change of name, in time",
			ReissueRequest{Reason: ChangeName, Current: Plastic, Changed: day(2023, 3, 1), Applied: day(2023, 4, 3)},
			Digital, false, []string{"policy.reissue.reason", "policy.notify.deadline", "policy.notify.month-period", "policy.reissue.no-new-blank", "policy.reissue.enp-kept"}, true},
		{"change of name, late",
			ReissueRequest{Reason: ChangeName, Current: Plastic, Changed: day(2023, 3, 1), Applied: day(2023, 4, 4)},
			Digital, false, []string{"policy.reissue.reason", "policy.notify.deadline", "policy.notify.month-period", "policy.notify.late", "policy.reissue.no-new-blank", "policy.reissue.enp-kept"}, true},
		{"wear of a paper policy, 2014",
			ReissueRequest{Reason: Wear, Current: Paper, Changed: day(2014, 9, 1), Applied: day(2014, 9, 1)},
			Paper, false, []string{"policy.reissue.reason", "policy.notify.none", "policy.reissue.new-blank", "policy.reissue.enp-kept"}, true},
		{"wear of a digital policy",
			ReissueRequest{Reason: Wear, Current: Digital, Changed: day(2024, 9, 2), Applied: day(2024, 9, 2)},
			Digital, false, []string{"policy.reissue.reason", "policy.notify.none", "policy.reissue.wear-digital"}, false},
		{"loss of a digital extract",
			ReissueRequest{Reason: Loss, Current: Digital, Changed: day(2024, 9, 2), Applied: day(2024, 9, 2)},
			Digital, false, []string{"policy.reissue.reason", "policy.notify.none", "policy.reissue.new-extract"}, true},
		{"change of residence, old_style policy, 2012",
			ReissueRequest{Reason: ChangeResidence, Current: OldStyle, Changed: day(2012, 2, 1), Applied: day(2012, 2, 20)},
			Paper, false, []string{"policy.reissue.reason", "policy.notify.deadline", "policy.notify.month-period", "policy.notify.choose-smo", "policy.reissue.new-blank", "policy.reissue.enp-kept"}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, dec, err := Reissue(tc.req, nil)
			if err != nil {
				t.Fatal(err)
			}
			if out.Form != tc.form || out.Duplicate != tc.duplicate {
				t.Errorf("outcome %+v; want form %v duplicate %v", out, tc.form, tc.duplicate)
			}
			if !slices.Equal(dec.Codes(), tc.codes) || dec.OK() != tc.ok {
				t.Errorf("codes %v ok=%v; want %v ok=%v", dec.Codes(), dec.OK(), tc.codes, tc.ok)
			}
			for _, f := range dec.Findings() {
				if f.Citation.IsZero() {
					t.Errorf("finding %s has no citation", f.Code)
				}
			}
			checkFindings(t, dec)
		})
	}
	bad := []ReissueRequest{
		{Reason: 0, Current: Paper, Changed: day(2020, 1, 1), Applied: day(2020, 1, 1)},
		{Reason: Loss, Current: 0, Changed: day(2020, 1, 1), Applied: day(2020, 1, 1)},
		{Reason: Loss, Current: Paper, Changed: day(2020, 1, 2), Applied: day(2020, 1, 1)},
		{Reason: Loss, Current: Paper, Changed: day(2009, 1, 2), Applied: day(2009, 1, 3)},
	}
	for _, req := range bad {
		if _, _, err := Reissue(req, nil); err == nil {
			t.Errorf("Reissue(%+v): no error", req)
		}
	}
}

// Invariants of the notice: the deadline is a working day, a month or a
// few days after the change, and the first working day on or after the
// nominal same-numbered day.
func TestPropNotifyDeadline(t *testing.T) {
	cal := calendar.Federal()
	rapid.Check(t, func(t *rapid.T) {
		changed := day(2019, 1, 1).Add(date.PeriodOfDays(rapid.IntRange(0, 7*365).Draw(t, "changed")))
		n, _, err := NotifyDeadline(ChangeName, changed, cal)
		if err != nil {
			t.Fatal(err)
		}
		if w, _ := cal.IsWorkingDay(n.Duty.Due); !w || !n.Required {
			t.Fatalf("%s: deadline %s is not a working day", changed, n.Duty.Due)
		}
		nominal := changed.AddDate(0, 1, 0)
		if nominal.Day() != changed.Day() { // no such day: the month's last day
			nominal = nominal.AddDate(0, 0, -nominal.Day())
		}
		next, _ := cal.NextWorkingDay(nominal)
		if n.Duty.Due != next {
			t.Fatalf("%s: deadline %s, want the working day on or after %s (%s)", changed, n.Duty.Due, nominal, next)
		}
	})
}

func TestReasonText(t *testing.T) {
	for _, r := range Reasons() {
		b, err := r.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var g Reason
		if err := g.UnmarshalText(b); err != nil || g != r || r.NameRU() == "" || r.NameEN() == "" {
			t.Errorf("%v: round trip %v, %v", r, g, err)
		}
	}
	// The zero Reason (none given) marshals as ""; an invalid one fails.
	if b, err := Reason(0).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero Reason: %q %v", b, err)
	}
	if _, err := Reason(42).MarshalText(); !errors.Is(err, ErrUnknownReason) {
		t.Error("Reason(42) marshals")
	}
	var g Reason
	if err := g.UnmarshalText([]byte("lost")); !errors.Is(err, ErrUnknownReason) {
		t.Error("lost parses")
	}
	if Reason(0).String() != "Reason(0)" || Reason(0).NameRU() != "Reason(0)" || Reason(0).NameEN() != "Reason(0)" {
		t.Error("zero Reason names")
	}
	s := NewReasonSet(ChangeName, Loss, 0, Reason(77))
	if !s.Has(ChangeName) || !s.Has(Loss) || s.Has(Wear) || s.Has(0) || s.String() != "change_name,loss" {
		t.Errorf("ReasonSet %v", s)
	}
}

func FuzzParseReason(f *testing.F) {
	for _, s := range []string{"change_name", "loss", "wear", "", "LOSS", "data_error"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseReason(s)
		if err != nil {
			if !errors.Is(err, ErrUnknownReason) {
				t.Fatalf("%q: %v", s, err)
			}
			return
		}
		if again, err := ParseReason(r.String()); err != nil || again != r || r.String() != s {
			t.Fatalf("%q: round trip %v %v", s, again, err)
		}
	})
}

// Each re-issue cites the point of the Rules in force on the day of the
// application (rules-points.md rows 5a, 5b): 158н pp. 52–55, 108н pp.
// 60–63, and from 10.01.2023 p. 30 for a duplicate or 326-ФЗ art. 46,
// unconfirmed, where the point is not known.
func TestReissuePoints(t *testing.T) {
	for _, tc := range []struct {
		reason      Reason
		applied     date.Date
		code, cite  string
		unconfirmed bool
	}{
		{ChangeName, day(2014, 4, 1), CodeReissueReason, r158 + "52", false},
		{DataError, day(2014, 4, 1), CodeReissueReason, r158 + "52–54", false},
		{Loss, day(2014, 4, 1), CodeReissueDuplicate, r158 + "55", false},
		{Loss, day(2018, 4, 2), CodeReissueDuplicate, r158 + "55", true}, // after 803н
		{ChangeName, day(2020, 7, 1), CodeReissueReason, r108 + "60", false},
		{ChangeBirthDate, day(2020, 7, 1), CodeReissueReason, r108 + "61", false},
		{ChangeBirthPlace, day(2020, 7, 1), CodeReissueReason, r108 + "61", true},
		{Wear, day(2020, 7, 1), CodeReissueReason, r108 + "63", false},
		{Loss, day(2020, 7, 1), CodeReissueDuplicate, r108 + "63", false},
		{Loss, day(2023, 3, 1), CodeReissueReason, r108 + "30", false},
		{ChangeName, day(2024, 3, 1), CodeReissueReason, "326-ФЗ, ст. 46", true},
	} {
		out, dec, err := Reissue(ReissueRequest{Reason: tc.reason, Current: Paper, Changed: tc.applied, Applied: tc.applied}, nil)
		if err != nil {
			t.Fatal(err)
		}
		f := finding(t, dec, tc.code)
		if f.Citation.String() != tc.cite || f.Unconfirmed != tc.unconfirmed {
			t.Errorf("%v on %s: %s cites %q (unconfirmed %v), want %q %v", tc.reason, tc.applied, tc.code, f.Citation, f.Unconfirmed, tc.cite, tc.unconfirmed)
		}
		if out.Notice.Required && (out.Notice.Duty.Code != DutyNotifyChange || out.Notice.Duty.Start != tc.applied) {
			t.Errorf("%v: notice duty %+v", tc.reason, out.Notice.Duty)
		}
	}
}

// A late notice (issue 9): the law sets the duty to notify within a month
// but no sanction, so the re-issue goes ahead and the finding is a
// Warning. A surname changed on 15.01.2021, applied for on 01.04.2021.
func TestReissueLateNotice(t *testing.T) {
	out, dec, err := Reissue(ReissueRequest{Reason: ChangeName, Current: Paper, Changed: day(2021, 1, 15), Applied: day(2021, 4, 1)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	f := finding(t, dec, CodeNotifyLate)
	if f.Severity != oms.Warning || !dec.OK() || out.Form != Paper {
		t.Errorf("late notice: %+v, OK %v, form %v", f, dec.OK(), out.Form)
	}
	if s := out.Notice.Duty.Status(oms.SomeDate(day(2021, 4, 1)), day(2021, 4, 1)); s != calendar.Late || out.Notice.Duty.Due != day(2021, 2, 15) {
		t.Errorf("duty %s due %s", s, out.Notice.Duty.Due)
	}
	// In time: no warning.
	_, dec, _ = Reissue(ReissueRequest{Reason: ChangeName, Current: Paper, Changed: day(2021, 1, 15), Applied: day(2021, 2, 15)}, nil)
	if dec.Has(CodeNotifyLate) {
		t.Error("in time reported late")
	}
	// A change of residence brings the duty to choose an insurer there
	// (326-ФЗ ст. 16 ч. 2 п. 4): a finding names it; smo owns the duty.
	n, dec, _ := NotifyDeadline(ChangeResidence, day(2021, 1, 15), nil)
	if f, ok := dec.Find(CodeNotifyChooseSMO); !ok || f.Citation.Point != "4" {
		t.Errorf("choose insurer: %v", dec)
	}
	// The law sets no sanction for a late notice (issue 9): the duty's
	// check warns, it does not fail.
	if !n.Duty.NoSanction || n.Duty.Check(oms.NoDate, day(2021, 6, 1)).OK() != true {
		t.Errorf("late notice fails: %v", n.Duty.Check(oms.NoDate, day(2021, 6, 1)))
	}
	if !n.Duty.Check(oms.NoDate, day(2021, 6, 1)).Has(DutyNotifyChange + ".overdue") {
		t.Error("no overdue finding")
	}
}
