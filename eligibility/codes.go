package eligibility

// Finding codes of the package. Violations fail a decision; the others
// explain it.
const (
	// CodePersonInvalid: the facts about the person cannot be assessed
	// (CheckDocuments; Assess returns an error instead). Violation.
	CodePersonInvalid = "eligibility.person.invalid"
	// CodeNotInForce: the day asked is before 326-ФЗ came into force.
	// Violation.
	CodeNotInForce = "eligibility.not-in-force"
	// CodeLeapDay: a person born on 29 February whose age in a common year
	// depends on the unconfirmed LeapDayRule. Warning.
	CodeLeapDay = "eligibility.age.leap-day"
	// CodeNewbornMotherInsurer: a newborn insured by the insurer of the
	// mother or other legal representative. Info.
	CodeNewbornMotherInsurer = "eligibility.newborn.mother-insurer"
	// CodeInsuredCitizen: a citizen of the RF is insured. Info.
	CodeInsuredCitizen = "eligibility.insured.citizen"
	// CodeInsuredRefugeeLaw: a person under the law «О беженцах» is
	// insured. Info.
	CodeInsuredRefugeeLaw = "eligibility.insured.refugee-law"
	// CodeInsuredEAEU: an EAEU worker or official is insured. Info.
	CodeInsuredEAEU = "eligibility.insured.eaeu"
	// CodeInsuredResident: a foreigner or stateless person residing in the
	// RF is insured. Info.
	CodeInsuredResident = "eligibility.insured.resident"
	// CodeInsuredStayingWorker: a temporarily staying worker with enough
	// years of contributions is insured (326-ФЗ art. 16 part 1.1). Info.
	CodeInsuredStayingWorker = "eligibility.insured.staying-worker"
	// CodeHQSInsured: the exclusion of highly qualified specialists does
	// not apply to the person. Info.
	CodeHQSInsured = "eligibility.hqs.insured"
	// CodeNotInsuredService: a member of a service not insured under ОМС.
	// Violation.
	CodeNotInsuredService = "eligibility.not-insured.service"
	// CodeNotInsuredEAEUNotYet: an EAEU citizen before 2017. Violation.
	CodeNotInsuredEAEUNotYet = "eligibility.not-insured.eaeu-not-yet"
	// CodeNotInsuredEAEUFamily: a family member of an EAEU worker.
	// Violation.
	CodeNotInsuredEAEUFamily = "eligibility.not-insured.eaeu-family"
	// CodeNotInsuredStaying: a temporarily staying foreigner. Violation.
	CodeNotInsuredStaying = "eligibility.not-insured.staying"
	// CodeNotInsuredForeignBranch: staff of a foreign company's branch
	// (115-ФЗ art. 13.5). Violation.
	CodeNotInsuredForeignBranch = "eligibility.not-insured.foreign-branch"
	// CodeNotInsuredHQS: a highly qualified specialist or family member
	// while both were excluded. Violation.
	CodeNotInsuredHQS = "eligibility.not-insured.hqs"
	// CodeNotInsuredHQSFamily: a non-working family member of a highly
	// qualified specialist. Violation.
	CodeNotInsuredHQSFamily = "eligibility.not-insured.hqs-family"
	// CodeNotInsuredStayingHQS: art. 16 part 1.1 does not cover highly
	// qualified specialists. Violation.
	CodeNotInsuredStayingHQS = "eligibility.not-insured.staying-hqs"
	// CodeNotInsuredStayingForeignBranch: art. 16 part 1.1 does not cover
	// staff of foreign companies' branches. Violation.
	CodeNotInsuredStayingForeignBranch = "eligibility.not-insured.staying-foreign-branch"
	// CodeNotInsuredQualifyingPeriod: too few years of contributions for
	// art. 16 part 1.1. Violation.
	CodeNotInsuredQualifyingPeriod = "eligibility.not-insured.qualifying-period"
	// CodeApplicantInvalid: the applicant's role is not a defined Role.
	// Violation.
	CodeApplicantInvalid = "eligibility.applicant.invalid"
	// CodeApplicantMinor: a minor without full capacity applies alone.
	// Violation.
	CodeApplicantMinor = "eligibility.applicant.minor"
	// CodeDocumentsNoList: no list of documents for the category on the
	// day. Violation.
	CodeDocumentsNoList = "eligibility.documents.no-list"
)

// Prefixes of the document findings of CheckDocuments: each is followed
// by the code of a Requirement, such as "passport" or "snils", to make the
// finding code ("eligibility.documents.missing.snils").
const (
	// CodeDocumentOK: a valid document is presented. Info.
	CodeDocumentOK = "eligibility.documents.ok."
	// CodeDocumentInvalid: a document fails its number check. Violation.
	CodeDocumentInvalid = "eligibility.documents.invalid."
	// CodeDocumentExpired: a document has expired. Violation.
	CodeDocumentExpired = "eligibility.documents.expired."
	// CodeDocumentMissing: a required document is absent. Violation.
	CodeDocumentMissing = "eligibility.documents.missing."
	// CodeDocumentAbsentOptional: an "if available" document is absent.
	// Info.
	CodeDocumentAbsentOptional = "eligibility.documents.absent-optional."
)

// DutyNewbornChoice is the code of the duty NewbornCover returns: choose
// the child's insurer before the mother's insurer's cover ends. Its
// findings (calendar.Duty.Check) append ".met", ".late", ".pending" or
// ".overdue".
const DutyNewbornChoice = "eligibility.newborn-choice"
