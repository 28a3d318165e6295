package program

import (
	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
)

// Finding codes of the access rules (CheckClinicChoice, CoversWhere) and
// codes of their duties. A duty code is a prefix: the findings of
// calendar.Duty.Check append ".met", ".late", ".pending" or ".overdue".
const (
	// CodeAccessClinicLimitOK (info): no other choice of clinic at will in
	// the year.
	CodeAccessClinicLimitOK = "program.access.clinic.limit-ok"
	// CodeAccessClinicLimit (violation): a choice of clinic at will
	// already in the year.
	CodeAccessClinicLimit = "program.access.clinic.annual-limit"
	// CodeAccessClinicRelocation (info): a choice on a change of
	// residence or stay, outside the yearly limit.
	CodeAccessClinicRelocation = "program.access.clinic.relocation"
	// CodeAccessClinicSame (warning): the clinic the person is already
	// attached to; not a change, uses up no yearly choice.
	CodeAccessClinicSame = "program.access.clinic.same"
	// CodeAccessDoctorLimitOK (info): no other choice of doctor in the
	// year.
	CodeAccessDoctorLimitOK = "program.access.doctor.limit-ok"
	// CodeAccessDoctorLimit (violation): a choice of doctor already in the
	// year in the same clinic, with no change of clinic since.
	CodeAccessDoctorLimit = "program.access.doctor.annual-limit"
	// CodeAccessDoctorClinicChanged (info): the first choice of doctor
	// after a change of clinic, outside the yearly limit.
	CodeAccessDoctorClinicChanged = "program.access.doctor.clinic-changed"
	// CodeAccessDoctorNotListed (violation): the post is not one of the
	// six a person chooses among under ст. 21 ч. 2.
	CodeAccessDoctorNotListed = "program.access.doctor.not-listed"
	// CodeAccessDoctorOtherClinic (warning): the doctor is in another
	// clinic than the one the person is attached to.
	CodeAccessDoctorOtherClinic = "program.access.doctor.other-clinic"
	// CodeAccessDoctorConsent (info): the choice needs, or has, the
	// doctor's consent.
	CodeAccessDoctorConsent = "program.access.doctor.consent"
	// CodeAccessDoctorRefused (violation): the doctor did not consent.
	CodeAccessDoctorRefused = "program.access.doctor.refused"
	// CodeAccessExemptNotCounted (warning, unconfirmed): a choice of
	// clinic on relocation earlier in the year was not counted towards the
	// limit.
	CodeAccessExemptNotCounted = "program.access.exempt-not-counted"
	// CodeAccessApplicantOK (info): the applicant may file.
	CodeAccessApplicantOK = "program.access.applicant.ok"
	// CodeAccessApplicantNotLegalRep (violation, unconfirmed): a child's
	// application not filed by a parent or legal representative.
	CodeAccessApplicantNotLegalRep = "program.access.applicant.not-legal-representative"
	// CodeAccessOutOfScope (warning): the person is in a group the
	// procedure does not cover.
	CodeAccessOutOfScope = "program.access.scope.excluded"
	// CodeAccessOutsideHomeRegion (warning, unconfirmed): a clinic outside
	// the region of residence, which the procedure of 406н does not
	// cover.
	CodeAccessOutsideHomeRegion = "program.access.scope.outside-home-region"
	// CodeAccessChannelOK (info): the channel of the application is one
	// the procedure provides.
	CodeAccessChannelOK = "program.access.channel.ok"
	// CodeAccessChannelEarly (warning): an application through Gosuslugi
	// before the federal procedure provided it (01.09.2025).
	CodeAccessChannelEarly = "program.access.channel.gosuslugi-before-2025"
	// CodeAccessRefusalGround (info, unconfirmed): the clinic refused on
	// a ground the sources name.
	CodeAccessRefusalGround = "program.access.refusal.ground"
	// CodeAccessRefusalUnlawful (violation, unconfirmed): the clinic
	// refused on a ground the sources do not name.
	CodeAccessRefusalUnlawful = "program.access.refusal.unlawful-ground"
	// CodeAccessRefusalForm (violation, unconfirmed): the refusal was not
	// given in writing with reasons.
	CodeAccessRefusalForm = "program.access.refusal.form"

	// CodeAccessWhereBase (info): base-programme care, covered in any
	// region.
	CodeAccessWhereBase = "program.access.where.base"
	// CodeAccessWhereTerritorial (info): care above the base programme,
	// in the region that insures the person.
	CodeAccessWhereTerritorial = "program.access.where.territorial"
	// CodeAccessWhereElsewhere (violation): care above the base programme
	// in another region than the one that insures the person.
	CodeAccessWhereElsewhere = "program.access.where.above-base-elsewhere"
	// CodeAccessWhereEmergency (info): emergency care, free and without a
	// policy.
	CodeAccessWhereEmergency = "program.access.where.emergency"
	// CodeAccessWhereUninsured (violation): planned or urgent care for a
	// person with no policy.
	CodeAccessWhereUninsured = "program.access.where.uninsured"

	// CodeAccessChoiceAnswer is the duty of the clinic to decide on an
	// application for a choice.
	CodeAccessChoiceAnswer = "program.access.choice-answer"
	// CodeAccessChoiceLetter is the duty of the new clinic under 406н to
	// write to the clinic that served the person.
	CodeAccessChoiceLetter = "program.access.choice-letter"
	// CodeAccessChoiceConfirm is the duty of the old clinic under 406н to
	// confirm.
	CodeAccessChoiceConfirm = "program.access.choice-confirm"
	// CodeAccessChoiceInform is the duty of the new clinic under 406н to
	// inform the person of the attachment.
	CodeAccessChoiceInform = "program.access.choice-inform"
	// CodeAccessChoiceNotifyInsurer is the duty to notify the insurer of
	// the attachment under 406н.
	CodeAccessChoiceNotifyInsurer = "program.access.choice-notify-insurer"
	// CodeAccessDoctorReplacement is the duty of the head of the clinic to
	// answer a request to replace the attending doctor (407н).
	CodeAccessDoctorReplacement = "program.access.doctor-replacement"
	// CodeAccessCTMRI is the duty to do CT, MRI or angiography in primary
	// care.
	CodeAccessCTMRI = "program.access.ct-mri"
	// CodeAccessCTMRIOncology is the same duty when cancer is suspected.
	CodeAccessCTMRIOncology = "program.access.ct-mri-oncology"
	// CodeAccessCTMRICardio is the same duty when cardiovascular disease
	// is suspected (from 2026).
	CodeAccessCTMRICardio = "program.access.ct-mri-cardio"
	// CodeAccessComplaintRegistration is the duty to register a written
	// complaint.
	CodeAccessComplaintRegistration = "program.access.complaint-registration"
	// CodeAccessComplaintAnswer is the duty to answer a written complaint.
	CodeAccessComplaintAnswer = "program.access.complaint-answer"
	// CodeAccessComplaintExtended is the duty to answer a written
	// complaint whose period was extended.
	CodeAccessComplaintExtended = "program.access.complaint-answer-extended"
)

// AccessCodes returns the catalogue entries of the access rules' finding
// codes, each once, with the duties' four outcomes each, for the
// package's Codes list, which includes them.
func AccessCodes() []oms.CodeInfo {
	ci := func(code string, sev oms.Severity, unconfirmed bool, ru, en string, cites ...oms.Citation) oms.CodeInfo {
		return oms.CodeInfo{Code: code, Package: "program", Severity: sev, Citations: cites, RU: ru, EN: en, Unconfirmed: unconfirmed}
	}
	out := []oms.CodeInfo{
		ci(CodeAccessClinicLimitOK, oms.Info, true, "Выбор медицинской организации в пределах одного раза в год", "A choice of clinic within once a year", citeChoiceMO),
		ci(CodeAccessClinicLimit, oms.Violation, true, "Медицинская организация уже выбиралась в этом году", "A clinic was already chosen this year", citeChoiceMO),
		ci(CodeAccessClinicRelocation, oms.Info, false, "Выбор при смене места жительства или пребывания — вне годового ограничения", "A choice on a change of residence or stay, outside the yearly limit", citeChoiceMO),
		ci(CodeAccessClinicSame, oms.Warning, false, "Выбрана та же медицинская организация — это не замена", "The same clinic: not a change", citeChoiceMO),
		ci(CodeAccessDoctorLimitOK, oms.Info, true, "Выбор врача в пределах одного раза в год", "A choice of doctor within once a year", citeChoiceDoctor),
		ci(CodeAccessDoctorLimit, oms.Violation, true, "Врач уже выбирался в этом году без замены медицинской организации", "A doctor was already chosen this year with no change of clinic", citeChoiceDoctor),
		ci(CodeAccessDoctorClinicChanged, oms.Info, false, "Первый выбор врача после замены медицинской организации — вне годового ограничения", "The first choice of doctor after a change of clinic, outside the yearly limit", citeChoiceDoctor),
		ci(CodeAccessDoctorNotListed, oms.Violation, false, "Должность не из перечня ч. 2 ст. 21 323-ФЗ", "The post is not one ст. 21 ч. 2 lists", citeChoiceDoctor),
		ci(CodeAccessDoctorOtherClinic, oms.Warning, false, "Врач выбирается в медицинской организации, к которой прикреплено лицо", "The doctor is chosen in the clinic the person is attached to", citeChoiceDoctor),
		ci(CodeAccessDoctorConsent, oms.Info, false, "Выбор врача — с учетом его согласия", "The choice of doctor needs the doctor's consent", citeDoctorConsent),
		ci(CodeAccessDoctorRefused, oms.Violation, false, "Врач не дал согласия", "The doctor did not consent", citeDoctorConsent),
		ci(CodeAccessExemptNotCounted, oms.Warning, true, "Выбор при переезде не учтён в годовом ограничении", "A choice on relocation was not counted towards the yearly limit", citeChoiceMO),
		ci(CodeAccessApplicantOK, oms.Info, true, "Заявление подаёт лицо, его представитель или законный представитель", "The application is filed by the person, a representative or a legal representative", citeProcedure406n, citeProcedure2025),
		ci(CodeAccessApplicantNotLegalRep, oms.Violation, true, "За ребёнка заявление подаёт родитель или иной законный представитель", "A child's application is filed by a parent or other legal representative", citeProcedure406n, citeProcedure2025),
		ci(CodeAccessOutOfScope, oms.Warning, false, "Порядок выбора медицинской организации не распространяется на эту категорию", "The procedure does not cover this group", citeScope406n),
		ci(CodeAccessOutsideHomeRegion, oms.Warning, true, "Выбор медицинской организации вне субъекта проживания — по отдельному порядку", "A clinic outside the region of residence: a separate procedure", citeProcedure406n),
		ci(CodeAccessChannelOK, oms.Info, true, "Способ подачи заявления предусмотрен порядком", "The channel is one the procedure provides", citeProcedure406n, citeProcedure2025),
		ci(CodeAccessChannelEarly, oms.Warning, true, "Подача через ЕПГУ до 01.09.2025 федеральным порядком не предусматривалась", "Gosuslugi applications were not in the federal procedure before 01.09.2025", citeProcedure406n),
		ci(CodeAccessRefusalGround, oms.Info, true, "Отказ по основанию, названному источниками", "A refusal on a ground the sources name", citeProcedure406n, citeProcedure2025),
		ci(CodeAccessRefusalUnlawful, oms.Violation, true, "Отказ по основанию, не названному источниками", "A refusal on a ground the sources do not name", citeProcedure406n, citeProcedure2025),
		ci(CodeAccessRefusalForm, oms.Violation, true, "Отказ не дан в письменной форме с обоснованием", "The refusal was not in writing with reasons", citeProcedure406n, citeProcedure2025),
		ci(CodeAccessWhereBase, oms.Info, false, "Помощь по базовой программе — на всей территории РФ", "Base-programme care, anywhere in Russia", citeBase45),
		ci(CodeAccessWhereTerritorial, oms.Info, true, "Помощь сверх базовой программы — в субъекте, где выдан полис", "Care above the base programme, in the region that issued the policy", citeTerritorial16),
		ci(CodeAccessWhereElsewhere, oms.Violation, true, "Помощь сверх базовой программы вне субъекта, где выдан полис, по ОМС не оплачивается", "Care above the base programme outside the region that issued the policy is not covered", citeTerritorial16),
		ci(CodeAccessWhereEmergency, oms.Info, true, "Экстренная помощь — бесплатно и без полиса", "Emergency care: free, without a policy", citeEmergency11, citeShowPolicy),
		ci(CodeAccessWhereUninsured, oms.Violation, false, "Без полиса плановая и неотложная помощь по ОМС не оплачивается", "Without a policy, planned and urgent care is not paid by ОМС", citeBase45),
	}
	r := DefaultAccessRules()
	for _, t := range []oms.Timeline[calendar.DutyRule]{r.ChoiceAnswer, r.DoctorReplacement, r.CTMRI, r.CTMRIOncology, r.CTMRICardio, r.ComplaintRegistration} {
		out = append(out, calendar.TimelineDutyCodes("program", t)...)
	}
	for _, s := range defaultChain.Versions()[0].Value {
		out = append(out, s.Codes("program")...)
	}
	out = append(out, complaintCodes()...)
	return out
}
