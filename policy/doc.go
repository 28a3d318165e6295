// Package policy encodes the policy of Russia's compulsory medical
// insurance (полис ОМС): its number (the ЕНП), its forms over time, how long
// it is valid for each category of insured person, the historical
// temporary certificate, the reasons for re-issue and the insured person's
// duty to notify the insurer, and the policy's lifecycle.
//
// Every rule carries its citation and the dates it was in force; a
// question takes an as-of date, and the answer for 2018 and for 2026 is
// each year's own. Rules the library's sources leave uncertain are encoded
// with the best-supported default, marked Unconfirmed, and can be replaced
// through Rules.
//
//	e, err := policy.ParseENP("1234 5678 9012 3452")
//	switch {
//	case errors.Is(err, policy.ErrCheckDigit):
//		// 16 digits, but the Luhn check digit is wrong: a legacy number?
//	case err != nil:
//		// not a policy number at all
//	}
//	fmt.Println(e) // 1234567890123452
//
// The ЕНП check digit is the Mod10 check digit of ISO/HL7 27931:2009, which
// is the Luhn check digit; checking it allocates nothing. The first two
// digits are exposed only as an opaque hint (ENP.RegionHint): no primary
// source says which regional code list they follow.
package policy
