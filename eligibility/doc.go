// Package eligibility decides who is insured under Russia's compulsory
// medical insurance (ОМС), in which category, and with which documents; and
// it parses and checks the identifiers of those documents.
//
//   - Assess decides whether a Person is insured on a given day and returns
//     the Category and an oms.Decision whose findings cite the provision
//     behind each step (326-ФЗ art. 10 and art. 16 part 1.1, the Rules of
//     ОМС 158н and 108н by point, the EAEU amendment 803н).
//   - Rules holds every rule the package applies, each rule the law
//     changed as a dated oms.Timeline: the exclusion of highly qualified
//     specialists (HQS), EAEU workers from 2017 (EAEU), temporarily
//     staying workers with 3, later 5, years of contributions
//     (QualifyingYears), the newborn's cover by the mother's insurer
//     (Newborn), the СНИЛС of citizens from 14 (SNILSFrom14), and the
//     birthday of a 29 February birth (LeapDay). DefaultRules is the
//     library's reading; the package-level functions use it.
//   - NewbornCover gives the newborn's cover as a calendar.Duty, under the
//     rule in force on the day the birth was registered.
//   - RequiredDocuments lists the documents of a category; CheckDocuments
//     checks an Application and reports every missing, malformed or expired
//     document at once, the representatives' documents included.
//   - ParseSNILS, ParsePassport and ParseBirthCertificate parse the
//     identifiers without allocating; a СНИЛС with a wrong control number is
//     errors.Is(err, ErrControlNumber), a malformed one errors.Is(err,
//     ErrFormat).
//
// For example:
//
//	p := eligibility.Person{BirthDate: date.New(2012, time.May, 10), Citizenship: eligibility.CitizenRF}
//	a, err := eligibility.Assess(p, date.New(2026, time.May, 10))
//	// a.Category == eligibility.Citizen14Plus: the 14th birthday.
//
//	s, err := eligibility.ParseSNILS("11223344595")
//	// s.String() == "112-233-445 95"
//
// Where the library's sources leave a rule unconfirmed (the date the
// highly-qualified-specialist exclusion narrowed, the date of the 5-year
// rule of 430-ФЗ, the date of the 30-day newborn rule, the birthday of a
// person born on 29 February in a common year, the date from which СНИЛС
// is required for citizens from 14 rather than attached if available), the
// rule is still applied, its findings carry Unconfirmed, its documentation
// says why, and a changed Rules value replaces it.
//
// Ages are counted in full years, reached on the birthday; see LeapDayRule
// for 29 February births.
//
// All values are immutable and safe for concurrent use; the package has no
// mutable global state.
package eligibility
