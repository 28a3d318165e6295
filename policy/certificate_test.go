package policy

import (
	"errors"
	"testing"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/rickb777/date"
	"pgregory.net/rapid"
)

func TestCertificateValidity(t *testing.T) {
	tests := []struct {
		name string
		c    Certificate
		last date.Date
		warn bool
	}{
		// Issued Friday 26.04.2019. Working days after it, by the 2019
		// production calendar (ПП РФ от 01.10.2018 № 1163: 1–3 and 9–10 May
		// off): 29, 30 Apr (2); 6–8 May (5); 13–17 (10); 20–24 (15);
		// 27–31 (20); 3–7 Jun (25); 10, 11 (27); 12 Jun holiday; 13, 14
		// (29); 17 Jun is the 30th.
		{"2019 May holidays", Certificate{Issued: day(2019, 4, 26)}, day(2019, 6, 17), false},
		// Under 108н p. 48, 45 working days. Issued Friday 24.12.2021.
		// 31.12.2021 was a day off (ПП РФ от 10.10.2020 № 1648), 1–9.01.2022
		// holidays: 27–30 Dec (4); 10–14 Jan (9); 17–21 (14); 24–28 (19);
		// 31 Jan (20); 1–4 Feb (24); 7–11 (29); 14–18 (34); 21, 22 (36);
		// 23 Feb holiday; 24, 25 (38); 28 Feb (39); 1–4 Mar (43); Saturday
		// 5 Mar a working day, 7 and 8 Mar off (ПП № 1648): 5 Mar (44);
		// 9 Mar is the 45th.
		{"New Year 2022", Certificate{Issued: day(2021, 12, 24)}, day(2022, 3, 9), false},
		// The policy received before the working days ran out ends it.
		{"policy received", Certificate{Issued: day(2021, 12, 24), PolicyReceived: oms.SomeDate(day(2022, 1, 20))}, day(2022, 1, 20), false},
		{"policy received after the term", Certificate{Issued: day(2021, 12, 24), PolicyReceived: oms.SomeDate(day(2022, 3, 15))}, day(2022, 3, 9), false},
		// After 01.12.2022 the policy is made the same day (law-addendum.md
		// §1(d)): a certificate dated 01.03.2023 gets a warning, its term
		// still counted under 108н: 2, 3 Mar (2); 6, 7 (4); 8 Mar holiday;
		// 9, 10 (6); 13–17 (11); 20–24 (16); 27–31 (21); 3–7 Apr (26);
		// 10–14 (31); 17–21 (36); 24–28 (41); 1 May holiday; 2–5 May (45).
		{"after the digital policy", Certificate{Issued: day(2023, 3, 1)}, day(2023, 5, 5), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			per, dec, err := CertificateValidity(tc.c, nil)
			if err != nil {
				t.Fatal(err)
			}
			if per.From != tc.c.Issued || per.Last != tc.last || per.Open {
				t.Errorf("period %v, want %s…%s", per, tc.c.Issued, tc.last)
			}
			finding(t, dec, "policy.certificate.term")
			if dec.Has("policy.certificate.not-issued-then") != tc.warn || !dec.OK() {
				t.Errorf("findings %v, want the not-issued-then warning: %v, and OK", dec.Codes(), tc.warn)
			}
			if tc.warn {
				if f := finding(t, dec, "policy.certificate.not-issued-then"); f.Severity != oms.Warning || !f.Unconfirmed {
					t.Errorf("%+v should be an unconfirmed warning", f)
				}
			}
		})
	}
	if _, _, err := CertificateValidity(Certificate{Issued: day(2019, 4, 26), PolicyReceived: oms.SomeDate(day(2019, 4, 25))}, nil); err == nil {
		t.Error("a policy received before the certificate: no error")
	}
	if _, _, err := CertificateValidity(Certificate{Issued: day(2030, 4, 26)}, nil); !errors.Is(err, calendar.ErrUnknownYear) {
		t.Errorf("a date outside the calendar: %v", err)
	}
}

func TestCertificateInForce(t *testing.T) {
	c := Certificate{Issued: day(2019, 4, 26)}
	for _, tc := range []struct {
		on   date.Date
		code string
		ok   bool
	}{
		{day(2019, 4, 25), "policy.certificate.not-yet-issued", false},
		{day(2019, 4, 26), "policy.certificate.in-force", true},
		{day(2019, 6, 17), "policy.certificate.in-force", true},
		{day(2019, 6, 18), "policy.certificate.expired", false},
	} {
		dec, err := CertificateInForce(c, tc.on, nil)
		if err != nil {
			t.Fatal(err)
		}
		finding(t, dec, tc.code)
		if dec.OK() != tc.ok {
			t.Errorf("CertificateInForce(%s) OK = %v", tc.on, dec.OK())
		}
	}
	if _, err := CertificateInForce(Certificate{Issued: day(2035, 1, 1)}, day(2035, 1, 1), nil); err == nil {
		t.Error("no error outside the calendar")
	}
}

// The certificate's last day is the 30th (158н p. 37, to 27.05.2019) or
// 45th (108н p. 48) working day after issue: a naive day-by-day count over
// the same calendar agrees.
func TestPropCertificateWorkingDays(t *testing.T) {
	cal := calendar.Federal()
	rapid.Check(t, func(t *rapid.T) {
		issued := day(2011, 1, 1).Add(date.PeriodOfDays(rapid.IntRange(0, 11*365).Draw(t, "issued")))
		per, _, err := CertificateValidity(Certificate{Issued: issued}, cal)
		if err != nil {
			t.Fatal(err)
		}
		term := 30
		if !issued.Before(day108n) {
			term = 45
		}
		n, d := 0, issued
		for n < term {
			d = d.Add(1)
			w, err := cal.IsWorkingDay(d)
			if err != nil {
				t.Fatal(err)
			}
			if w {
				n++
			}
		}
		if per.Last != d {
			t.Fatalf("issued %s: last %s, naive count %s", issued, per.Last, d)
		}
	})
}

// Before 326-ФЗ (in force 01.01.2011) the library knows no temporary
// certificate nor its term: an error wrapping oms.ErrNotInForce.
func TestCertificateBefore2011(t *testing.T) {
	if _, _, err := CertificateValidity(Certificate{Issued: day(2010, 6, 1)}, nil); !errors.Is(err, oms.ErrNotInForce) {
		t.Errorf("2010: %v", err)
	}
	_, dec, _ := CertificateValidity(Certificate{Issued: day(2011, 1, 11)}, nil)
	if dec.Has("policy.certificate.not-issued-then") {
		t.Errorf("2011: %v", dec.Codes())
	}
}

// The term and its point by the day of issue (rules-points.md row 4; 158н
// p. 37: «тридцати рабочих дней»; 108н p. 48: «сорока пяти рабочих
// дней»). A 158н point after 803н (2017) is unconfirmed: the numbering
// after it was not read.
func TestCertificateDeadlinePoints(t *testing.T) {
	for _, tc := range []struct {
		issued      date.Date
		n           int
		act, point  string
		unconfirmed bool
	}{
		{day(2015, 3, 2), 30, oms.ActRules158n, "37", false},
		{day(2017, 3, 1), 30, oms.ActRules158n, "37", true},
		{day(2019, 5, 27), 30, oms.ActRules158n, "37", true},
		{day(2019, 5, 28), 45, oms.ActRules108n, "48", false},
		{day(2021, 6, 1), 45, oms.ActRules108n, "48", false},
	} {
		d, err := CertificateDeadline(tc.issued, nil)
		if err != nil {
			t.Fatal(err)
		}
		if d.Period.N != tc.n || d.Period.Unit != calendar.WorkingDays || d.Citation.Act != tc.act || d.Citation.Point != tc.point || d.Unconfirmed != tc.unconfirmed {
			t.Errorf("%s: %s, %s (unconfirmed %v)", tc.issued, d.Period, d.Citation, d.Unconfirmed)
		}
		if d.Code != DutyCertificateTerm || d.Event != OnCertificateIssued {
			t.Errorf("%s: %s %s", tc.issued, d.Code, d.Event)
		}
		_, dec, _ := CertificateValidity(Certificate{Issued: tc.issued}, nil)
		if f := finding(t, dec, CodeCertificateTerm); f.Citation != d.Citation {
			t.Errorf("%s: the term finding cites %s", tc.issued, f.Citation)
		}
	}
	// The policy handed over on the last day met the duty.
	d, _ := CertificateDeadline(day(2021, 12, 24), nil)
	if !d.Check(oms.SomeDate(day(2022, 3, 9)), day(2022, 4, 1)).Has(DutyCertificateTerm+".met") ||
		!d.Check(oms.SomeDate(day(2022, 3, 10)), day(2022, 4, 1)).Has(DutyCertificateTerm+".late") {
		t.Error("duty status")
	}
	if _, err := CertificateDeadline(day(2010, 1, 1), nil); !errors.Is(err, oms.ErrNotInForce) {
		t.Errorf("2010: %v", err)
	}
}

// From 10.01.2023 the point is not known: 326-ФЗ art. 46, unconfirmed.
func TestCertificateDeadlineAfter789(t *testing.T) {
	d, err := CertificateDeadline(day(2023, 3, 1), nil)
	if err != nil {
		t.Fatal(err)
	}
	if d.Citation.Act != oms.Act326FZ || d.Citation.Article != "46" || !d.Unconfirmed || d.Period.N != 45 {
		t.Errorf("2023: %s (unconfirmed %v) %s", d.Citation, d.Unconfirmed, d.Period)
	}
}
