// Package policy encodes the policy of Russia's compulsory medical
// insurance (полис ОМС): its number (the ЕНП), its forms over time, how long
// it is valid for each category of insured person, the historical
// temporary certificate, the reasons for re-issue and the insured person's
// duty to notify the insurer, and the policy's lifecycle.
//
//	e, err := policy.ParseENP("1234 5678 9012 3452")
//	switch {
//	case errors.Is(err, policy.ErrCheckDigit):
//		// 16 digits, but the Luhn check digit is wrong: a legacy number?
//	case err != nil:
//		// not a policy number at all
//	}
//	p := policy.Policy{ENP: e, Form: policy.Digital,
//		Category: eligibility.Citizen14Plus, Issued: date.New(2023, 2, 1)}
//	dec, _ := policy.InForce(p, date.New(2026, 11, 28))
//	fmt.Println(dec.OK()) // true, with every finding and its citation
//
// What the package covers:
//
//   - ENP, ParseENP, ParseENPLax: the 16-digit number. Its check digit is
//     the Mod10 check digit of ISO/HL7 27931:2009, which is the Luhn check
//     digit; checking it allocates nothing. A wrong check digit
//     (ErrCheckDigit) is told apart from a malformed number (ErrMalformed),
//     because real registers hold legacy numbers that fail the check. The
//     first two digits are only an opaque hint (ENP.RegionHint): no primary
//     source says which regional code list they follow.
//   - Form, NewPolicyForm, ReissueForm, CheckForm: the old-style policy,
//     the uniform paper policy and plastic card, the УЭК, and the digital
//     policy since 01.12.2022; blank policies stay valid (Rules p. 29) and
//     no new blank is made on re-issue or loss (p. 30, from 10.01.2023).
//   - Validity, InForce: the term by category (eligibility.Category), by
//     the Rules in force on the day of issue: under 158н (pp. 31–33)
//     indefinite for citizens and permanent residents, to the end of the
//     temporary basis for the others; under 108н (pp. 37–43) to the end of
//     the calendar year for non-citizens (the next year from 1 November);
//     with the historical cap of the letter of 2017.
//   - CertificateDeadline, CertificateValidity: the temporary certificate
//     of 2011–2022, valid until the policy is received but at most 30
//     working days (158н p. 37) or 45 (108н p. 48, from 28.05.2019),
//     counted through the production calendar (package calendar).
//   - RegisterSteps: the register deadlines of the paper era (158н pp.
//     38–49, 108н pp. 49–58), each a calendar.Duty.
//   - Reissue, NotifyDeadline: the grounds for re-issue and the duty to
//     notify the insurer within one month (a Civil Code period, a
//     calendar.Duty); a late notice is a Warning, not a bar to re-issue.
//   - Lifecycle: applied, issued, re-issued, suspended for a service whose
//     members are not insured, ended; an invalid transition is an error.
//
// Every check returns an oms.Decision: every finding at once, with a
// stable code (codes.go; Codes lists them), messages in Russian and
// English, and the provision of law: the point of the Rules in force on
// the day of the event (158н to 27.05.2019, 108н from 28.05.2019), or,
// where the point is not known (from 10.01.2023 outside chapter III), the
// article of 326-ФЗ the Rules implement, marked Unconfirmed.
// Rules that law changed are oms.Timelines of dated versions; a question
// takes an as-of date. Rules the library's sources leave uncertain are
// encoded with the best-supported default, marked Unconfirmed in their
// findings and explained at DefaultRules; callers replace them through
// Rules.
package policy
