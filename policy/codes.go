package policy

// Finding codes of the package. Violations fail a decision; the others
// explain it.
const (
	// CodeFormInvalid: the form is not a defined Form. Violation.
	CodeFormInvalid = "policy.form.invalid"
	// CodeFormNew: the form of a newly issued policy. Info.
	CodeFormNew = "policy.form.new"
	// CodeFormAlternative: another form issued on the day. Info.
	CodeFormAlternative = "policy.form.alternative"
	// CodeFormNotIssuedThen: the form was not issued on that day.
	// Violation (Warning where the dates are unconfirmed).
	CodeFormNotIssuedThen = "policy.form.not-issued-then"
	// CodeFormBlankStaysValid: a blank policy stays valid after the
	// digital policy (Rules 108н p. 29). Info.
	CodeFormBlankStaysValid = "policy.form.blank-stays-valid"
	// CodeFormValidUntilReplaced: an old-style policy is valid until
	// replaced (326-ФЗ art. 51 part 2). Info.
	CodeFormValidUntilReplaced = "policy.form.valid-until-replaced"
	// CodeFormUEKLegacy: the УЭК, a legacy carrier. Info.
	CodeFormUEKLegacy = "policy.form.uek-legacy"
	// CodeReissueDigital: a re-issue gives the digital policy. Info.
	CodeReissueDigital = "policy.reissue.digital"
	// CodeReissueNewBlank: a re-issue gives a new blank. Info.
	CodeReissueNewBlank = "policy.reissue.new-blank"
	// CodeReissueNoNewBlank: no new blank on re-issue (Rules 108н p. 30).
	// Info.
	CodeReissueNoNewBlank = "policy.reissue.no-new-blank"
	// CodeReissueReason: the ground of a re-issue. Info.
	CodeReissueReason = "policy.reissue.reason"
	// CodeReissueDuplicate: a duplicate is made on loss. Info.
	CodeReissueDuplicate = "policy.reissue.duplicate"
	// CodeReissueENPKept: the ЕНП does not change on re-issue. Info.
	CodeReissueENPKept = "policy.reissue.enp-kept"
	// CodeReissueNewExtract: a lost digital policy needs only a new
	// extract. Info.
	CodeReissueNewExtract = "policy.reissue.new-extract"
	// CodeReissueWearDigital: a digital policy does not wear out.
	// Violation.
	CodeReissueWearDigital = "policy.reissue.wear-digital"
	// CodeNotifyNone: the law sets no time limit to notify of the change.
	// Info.
	CodeNotifyNone = "policy.notify.none"
	// CodeNotifyDeadline: the duty to notify within one month. Info.
	CodeNotifyDeadline = "policy.notify.deadline"
	// CodeNotifyMonthPeriod: how a one-month period ends (ГК РФ ст.
	// 192). Info.
	CodeNotifyMonthPeriod = "policy.notify.month-period"
	// CodeNotifyChooseSMO: after a move, choose an insurer in the new
	// place within one month. Info.
	CodeNotifyChooseSMO = "policy.notify.choose-smo"
	// CodeNotifyLate: the change was notified after the month. Warning:
	// the law sets no sanction, and the policy is re-issued.
	CodeNotifyLate = "policy.notify.late"
	// CodeCertificateTerm: the term of the temporary certificate. Info.
	CodeCertificateTerm = "policy.certificate.term"
	// CodeCertificateNotIssuedThen: no temporary certificates were issued
	// on that day. Violation (Warning where unconfirmed).
	CodeCertificateNotIssuedThen = "policy.certificate.not-issued-then"
	// CodeCertificatePolicyReceived: the policy was received within the
	// term. Info.
	CodeCertificatePolicyReceived = "policy.certificate.policy-received"
	// CodeCertificateInForce: the certificate is valid on the day. Info.
	CodeCertificateInForce = "policy.certificate.in-force"
	// CodeCertificateExpired: the certificate had expired. Violation.
	CodeCertificateExpired = "policy.certificate.expired"
	// CodeCertificateNotYetIssued: the certificate was not yet issued.
	// Violation.
	CodeCertificateNotYetIssued = "policy.certificate.not-yet-issued"
	// CodeValidityNotInsured: the person is not insured. Violation.
	CodeValidityNotInsured = "policy.validity.not-insured"
	// CodeValidityCategoryNotYetInsured: the category was not yet insured
	// on the day of issue. Violation.
	CodeValidityCategoryNotYetInsured = "policy.validity.category-not-yet-insured"
	// CodeValidityIndefinite: no time limit. Info.
	CodeValidityIndefinite = "policy.validity.indefinite"
	// CodeValidityBasisEnded: the basis had ended before the issue.
	// Violation.
	CodeValidityBasisEnded = "policy.validity.basis-ended"
	// CodeValidityUntilRVP: to the end of the РВП. Info.
	CodeValidityUntilRVP = "policy.validity.until-rvp"
	// CodeValidityUntilStay: to the end of the stay under the law «О
	// беженцах». Info.
	CodeValidityUntilStay = "policy.validity.until-stay"
	// CodeValidityUntilContract: to the end of the labour contract. Info.
	CodeValidityUntilContract = "policy.validity.until-contract"
	// CodeValidityUntilPowers: to the end of the powers. Info.
	CodeValidityUntilPowers = "policy.validity.until-powers"
	// CodeValidityYearEndCap: no later than the end of a calendar year.
	// Info.
	CodeValidityYearEndCap = "policy.validity.year-end-cap"
	// CodeENPCheckDigit: the ЕНП's check digit is wrong. Warning.
	CodeENPCheckDigit = "policy.enp.check-digit"
	// CodeInForce: the policy is in force on the day. Info.
	CodeInForce = "policy.in-force"
	// CodeNotYetIssued: the policy was not yet issued. Violation.
	CodeNotYetIssued = "policy.not-yet-issued"
	// CodeExpired: the policy had expired. Violation.
	CodeExpired = "policy.expired"
)

// Codes of the package's duties (calendar.DutyRule.Code); their findings
// (calendar.Duty.Check) append ".met", ".late", ".pending" or ".overdue".
const (
	// DutyNotifyChange: notify the insurer of a change within one month
	// (326-ФЗ art. 16 part 2 item 3).
	DutyNotifyChange = "policy.notify-change"
	// DutyCertificateTerm: hand over the policy within the temporary
	// certificate's term (158н p. 37, 108н p. 48).
	DutyCertificateTerm = "policy.certificate-term"
	// DutyRegisterToFund: the insurer passes the data to the territorial
	// fund.
	DutyRegisterToFund = "policy.register.to-fund"
	// DutyRegisterCheck: the territorial fund checks the data in the
	// register.
	DutyRegisterCheck = "policy.register.check"
	// DutyRegisterResult: the result of the check reaches the insurer
	// (108н p. 49).
	DutyRegisterResult = "policy.register.result"
	// DutyRegisterCentral: the data go to the central check (158н p. 40).
	DutyRegisterCentral = "policy.register.central"
	// DutyRegisterCentralCheck: the central check (158н p. 40).
	DutyRegisterCentralCheck = "policy.register.central-check"
	// DutyRegisterStep41: the step of 158н p. 41 (content unconfirmed).
	DutyRegisterStep41 = "policy.register.step-41"
	// DutyRegisterStep42: the step of 158н p. 42 (content unconfirmed).
	DutyRegisterStep42 = "policy.register.step-42"
	// DutyRegisterToFFOMS: in all, the data go to make the policy (158н
	// p. 45: 10 working days; 108н p. 53: 5).
	DutyRegisterToFFOMS = "policy.register.to-ffoms"
	// DutyRegisterPolicyMade: the policy is made (14 working days).
	DutyRegisterPolicyMade = "policy.register.policy-made"
	// DutyRegisterPolicyToSMO: the made policy reaches the insurer.
	DutyRegisterPolicyToSMO = "policy.register.policy-to-smo"
	// DutyRegisterInform: the insurer informs the person (108н p. 58
	// subp. 1).
	DutyRegisterInform = "policy.register.inform"
)
