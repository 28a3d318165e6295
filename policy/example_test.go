package policy_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
	"github.com/omsrules/oms/policy"
	"github.com/rickb777/date"
)

func Example() {
	e, err := policy.ParseENP("1234 5678 9012 3452")
	if err != nil {
		fmt.Println(err)
		return
	}
	p := policy.Policy{ENP: e, Form: policy.Digital, Category: eligibility.Citizen14Plus,
		Issued: date.New(2023, time.February, 1)}
	dec, _ := policy.InForce(p, date.New(2026, time.November, 28))
	fmt.Println(e, dec.OK())
	// Output: 1234567890123452 true
}

func ExampleParseENP() {
	for _, s := range []string{"1234567890123452", "1234-5678-9012-3451", "1234 5678"} {
		e, err := policy.ParseENP(s)
		switch {
		case errors.Is(err, policy.ErrCheckDigit):
			var pe *policy.ENPError
			errors.As(err, &pe)
			fmt.Printf("%s: wrong check digit, want %d (legacy number %s?)\n", s, pe.Want, pe.ENP)
		case err != nil:
			fmt.Printf("%s: malformed\n", s)
		default:
			fmt.Printf("%s: ok, region hint %s\n", e, e.RegionHint())
		}
	}
	// Output:
	// 1234567890123452: ok, region hint 12
	// 1234-5678-9012-3451: wrong check digit, want 2 (legacy number 1234567890123451?)
	// 1234 5678: malformed
}

func ExampleParseENPLax() {
	e, err := policy.ParseENPLax("1234567890123451")
	fmt.Println(e, err, e.CheckDigitOK())
	// Output: 1234567890123451 <nil> false
}

func ExampleNewENP() {
	e, _ := policy.NewENP(123456789012345)
	fmt.Println(e, e.CheckDigitOK())
	// Output: 1234567890123452 true
}

func ExampleNewPolicyForm() {
	for _, d := range []date.Date{
		date.New(2010, time.June, 1), date.New(2015, time.June, 1), date.New(2022, time.December, 1),
	} {
		f, _, _ := policy.NewPolicyForm(d)
		fmt.Println(d, f, policy.FormsIssued(d))
	}
	// Output:
	// 2010-06-01 old_style [old_style]
	// 2015-06-01 paper [paper plastic uek]
	// 2022-12-01 digital [digital]
}

func ExampleReissueForm() {
	f, dec, _ := policy.ReissueForm(policy.Paper, date.New(2023, time.March, 1))
	fmt.Println(f)
	for _, x := range dec.Findings() {
		fmt.Println(x.Code, "—", x.Citation)
	}
	// Output:
	// digital
	// policy.reissue.no-new-blank — Правила ОМС (Приказ Минздрава России от 28.02.2019 № 108н), п. 30
}

func ExampleValidity() {
	// A foreign citizen with a temporary residence permit (РВП) to
	// 30.06.2020 who applied on 01.02.2018: the letter ФОМС 13057/91/и
	// caps the policy at the end of 2018.
	per, dec, _ := policy.Validity(policy.Policy{
		Category: eligibility.ForeignTemporary,
		Issued:   date.New(2018, time.February, 1),
		BasisEnd: oms.SomeDate(date.New(2020, time.June, 30)),
	})
	fmt.Println(per)
	for _, f := range dec.Findings() {
		fmt.Println(f.Code, "—", f.Citation)
	}
	// Output:
	// 2018-02-01…2018-12-31
	// policy.validity.until-rvp — Правила ОМС (Приказ Минздравсоцразвития России от 28.02.2011 № 158н), п. 33
	// policy.validity.year-end-cap — 326-ФЗ, ст. 45
}

func ExampleInForce() {
	p := policy.Policy{Category: eligibility.TemporaryAsylum,
		Issued: date.New(2024, time.May, 1), BasisEnd: oms.SomeDate(date.New(2025, time.April, 30))}
	for _, d := range []date.Date{date.New(2025, time.April, 30), date.New(2025, time.May, 1)} {
		dec, _ := policy.InForce(p, d)
		fmt.Println(d, dec.OK(), dec.Codes()[len(dec.Codes())-1])
	}
	// Output:
	// 2025-04-30 true policy.in-force
	// 2025-05-01 false policy.expired
}

func ExampleCertificateValidity() {
	// A temporary certificate of 24.12.2021: 45 working days (Rules 108н
	// p. 48), over the New Year holidays of 2022.
	per, dec, _ := policy.CertificateValidity(policy.Certificate{Issued: date.New(2021, time.December, 24)}, nil)
	fmt.Println(per)
	f, _ := dec.Find(policy.CodeCertificateTerm)
	fmt.Println(f.Citation)
	// Output:
	// 2021-12-24…2022-03-09
	// Правила ОМС (Приказ Минздрава России от 28.02.2019 № 108н), п. 48
}

func ExampleNotifyDeadline() {
	// A surname changed on 31.01.2024: notify the insurer within a month,
	// which ends on the last day of February.
	n, dec, _ := policy.NotifyDeadline(policy.ChangeName, date.New(2024, time.January, 31), nil)
	fmt.Println(n.Required, n.Duty.Due)
	f, _ := dec.Find("policy.notify.deadline")
	fmt.Println(f.Citation)
	// Output:
	// true 2024-02-29
	// 326-ФЗ, ст. 16, ч. 2, п. 3
}

func ExampleReissue() {
	out, dec, _ := policy.Reissue(policy.ReissueRequest{
		Reason:  policy.Loss,
		Current: policy.Paper,
		Changed: date.New(2015, time.June, 1),
		Applied: date.New(2015, time.June, 2),
	}, nil)
	fmt.Println(out.Form, out.Duplicate, dec.OK())
	// Output: paper true true
}

func ExampleLifecycle() {
	l := policy.NewLifecycle(date.New(2019, time.March, 1))
	l, _ = l.Issue(date.New(2019, time.March, 25))
	l, _ = l.Suspend(date.New(2020, time.May, 15), eligibility.MilitaryService)
	_, err := l.Reissue(date.New(2020, time.June, 1), policy.ChangeName)
	fmt.Println(errors.Is(err, policy.ErrTransition))
	l, _ = l.Resume(date.New(2021, time.May, 16))
	fmt.Println(l.State(), l.InForceOn(date.New(2020, time.June, 1)), l.Allowed())
	// Output:
	// true
	// issued false [reissue suspend end]
}

func ExampleRegisterSteps() {
	// An application of 03.06.2019 under the Rules 108н: the register
	// steps of the paper era, each a calendar.Duty with its point.
	steps, _ := policy.RegisterSteps(date.New(2019, time.June, 3), nil)
	for _, s := range steps {
		fmt.Println(s.Due, s.Code, "п.", s.Citation.Point)
	}
	// Output:
	// 2019-06-04 policy.register.to-fund п. 49
	// 2019-06-07 policy.register.check п. 49
	// 2019-06-10 policy.register.result п. 49
	// 2019-06-10 policy.register.to-ffoms п. 53
	// 2019-07-01 policy.register.policy-made п. 56
	// 2019-07-03 policy.register.policy-to-smo п. 57
	// 2019-07-08 policy.register.inform п. 58 подп. 1
}

func ExampleCertificateDeadline() {
	// 30 working days under 158н (p. 37), 45 under 108н (p. 48), through
	// the federal calendar: in 2016 the 7th and 8th of March were days
	// off; in 2020 the 9th of March and the 1st, 4th and 5th of May.
	for _, issued := range []date.Date{date.New(2016, time.March, 1), date.New(2020, time.March, 2)} {
		d, _ := policy.CertificateDeadline(issued, nil)
		fmt.Println(issued, d.Period, d.Due, d.Citation)
	}
	// Output:
	// 2016-03-01 30 working days 2016-04-14 Правила ОМС (Приказ Минздравсоцразвития России от 28.02.2011 № 158н), п. 37
	// 2020-03-02 45 working days 2020-05-08 Правила ОМС (Приказ Минздрава России от 28.02.2019 № 108н), п. 48
}
