package eligibility

import (
	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
)

// requirementCodes are the codes of every Requirement the package makes,
// for the document findings of Codes.
var requirementCodes = [...]string{
	"birth-certificate", "identity", "snils", "residence-permit", "temporary-residence-permit",
	"refugee-status", "labour-contract", "eaeu-powers", "arrival-notice",
	"legal-representative.identity", "legal-representative.authority",
	"representative.identity", "representative.power-of-attorney",
}

// numberless are the requirements whose documents have no number the
// package checks (DocumentKind.CheckNumber accepts any): they are never
// invalid, only presented, expired or missing. A test holds the catalogue
// to the codes applications make.
var numberless = map[string]bool{"labour-contract": true, "eaeu-powers": true, "representative.power-of-attorney": true}

// Codes returns the catalogue of the package's finding codes: each code
// once, with its severity, the citations of every version of its rule
// (oldest first), a summary in Russian and English, and whether some
// version is unconfirmed. The document findings are listed for every
// requirement code; the duty of NewbornCover adds its four statuses.
func Codes() []oms.CodeInfo {
	r := DefaultRules()
	hqs, years := r.HQS.Citations(), r.QualifyingYears.Citations()
	eaeu := r.EAEU.Citations()
	applicant := ptApplicant.all()
	docs := []oms.Citation{
		{Act: oms.ActRules158n, Point: "9", Title: "Документы, прилагаемые к заявлению о выборе (замене) СМО"},
		{Act: oms.ActRules108n, Point: "14", Title: "Документы, прилагаемые к заявлению о выборе (замене) СМО"},
		{Act: oms.ActRules108n, Point: "19", Title: "Документы трудящихся ЕАЭС и должностных лиц ЕАЭС"},
		citeArt16Part5,
	}
	out := []oms.CodeInfo{
		info(CodePersonInvalid, oms.Violation, false, "Сведения о лице не позволяют его оценить", "The facts about the person cannot be assessed", citeArt10),
		info(CodeNotInForce, oms.Violation, false, "День до вступления в силу 326-ФЗ (01.01.2011)", "A day before 326-ФЗ came into force (2011-01-01)", citeArt10),
		info(CodeLeapDay, oms.Warning, true, "Родившийся 29 февраля: возраст в невисокосном году по неподтверждённому правилу", "Born on 29 February: the age in a common year follows an unconfirmed rule", citeCivilCode192),
		info(CodeNewbornMotherInsurer, oms.Info, r.Newborn.AnyUnconfirmed(), "Новорождённый застрахован СМО матери", "The newborn is insured by the mother's insurer", r.Newborn.Citations()...),
		info(CodeInsuredCitizen, oms.Info, false, "Гражданин РФ — застрахованное лицо", "A citizen of the RF is insured", citeArt10),
		info(CodeInsuredRefugeeLaw, oms.Info, false, "Лицо по закону «О беженцах» — застрахованное лицо", "A person under the law «On refugees» is insured", citeArt10),
		info(CodeInsuredEAEU, oms.Info, true, "Трудящийся ЕАЭС или должностное лицо ЕАЭС — застрахованное лицо", "An EAEU worker or official is insured", eaeu[1:]...),
		info(CodeInsuredResident, oms.Info, false, "Иностранец или лицо без гражданства, проживающие в РФ, — застрахованное лицо", "A foreigner or stateless person residing in the RF is insured", citeArt10),
		info(CodeInsuredStayingWorker, oms.Info, r.QualifyingYears.AnyUnconfirmed(), "Временно пребывающий работник с нужным стажем взносов застрахован", "A temporarily staying worker with enough years of contributions is insured", years...),
		info(CodeHQSInsured, oms.Info, r.HQS.AnyUnconfirmed(), "Исключение для ВКС к лицу не применяется", "The exclusion of highly qualified specialists does not apply", hqs...),
		info(CodeNotInsuredService, oms.Violation, true, "Военнослужащие и приравненные лица не подлежат ОМС", "Members of the services are not insured", citeServices),
		info(CodeNotInsuredEAEUNotYet, oms.Violation, false, "Граждане ЕАЭС не подлежали ОМС до 2017 года", "EAEU citizens were not insured before 2017", eaeu...),
		info(CodeNotInsuredEAEUFamily, oms.Violation, false, "Члены семей трудящихся ЕАЭС не подлежат ОМС", "Family members of EAEU workers are not insured", citeEAEUFamily),
		info(CodeNotInsuredStaying, oms.Violation, false, "Временно пребывающий иностранец не подлежит ОМС", "A temporarily staying foreigner is not insured", citeStaying),
		info(CodeNotInsuredForeignBranch, oms.Violation, r.ForeignBranch.AnyUnconfirmed(), "Работники филиалов иностранных организаций (ст. 13.5 115-ФЗ) не подлежат ОМС", "Staff of foreign companies' branches are not insured", r.ForeignBranch.Citations()...),
		info(CodeNotInsuredHQS, oms.Violation, r.HQS.AnyUnconfirmed(), "ВКС и члены их семей не подлежат ОМС", "Highly qualified specialists and their families are not insured", hqs...),
		info(CodeNotInsuredHQSFamily, oms.Violation, r.HQS.AnyUnconfirmed(), "Неработающие члены семей ВКС не подлежат ОМС", "Non-working family members of highly qualified specialists are not insured", hqs...),
		info(CodeNotInsuredStayingHQS, oms.Violation, r.QualifyingYears.AnyUnconfirmed(), "Ч. 1.1 ст. 16 не распространяется на ВКС", "Art. 16 part 1.1 does not cover highly qualified specialists", years...),
		info(CodeNotInsuredStayingForeignBranch, oms.Violation, r.QualifyingYears.AnyUnconfirmed(), "Ч. 1.1 ст. 16 не распространяется на работников филиалов иностранных организаций", "Art. 16 part 1.1 does not cover staff of foreign companies' branches", years...),
		info(CodeNotInsuredQualifyingPeriod, oms.Violation, r.QualifyingYears.AnyUnconfirmed(), "Недостаточный стаж уплаты взносов (ч. 1.1 ст. 16)", "Too few years of contributions (art. 16 part 1.1)", years...),
		info(CodeApplicantInvalid, oms.Violation, true, "Не указано, кто подаёт заявление", "The applicant's role is not valid", applicant...),
		info(CodeApplicantMinor, oms.Violation, true, "Несовершеннолетний подаёт заявление сам", "A minor without full capacity applies alone", applicant...),
		info(CodeDocumentsNoList, oms.Violation, true, "Перечень документов не определён", "No list of documents", citeArt16Part5),
	}
	for _, q := range requirementCodes {
		out = append(out, info(CodeDocumentOK+q, oms.Info, true, "Документ представлен: "+q, "Document presented: "+q, docs...))
		if !numberless[q] {
			out = append(out, info(CodeDocumentInvalid+q, oms.Violation, true, "Документ недействителен: "+q, "Document invalid: "+q, docs...))
		}
		out = append(out,
			info(CodeDocumentExpired+q, oms.Violation, true, "Срок документа истёк: "+q, "Document expired: "+q, docs...),
			info(CodeDocumentMissing+q, oms.Violation, true, "Обязательный документ не представлен: "+q, "Required document missing: "+q, docs...))
		if q == "snils" {
			out = append(out, info(CodeDocumentAbsentOptional+q, oms.Info, true, "Документ при наличии не представлен: "+q, "Optional document absent: "+q, docs...))
		}
	}
	var duties []calendar.DutyRule
	for _, v := range r.Newborn.Versions() {
		d, err := r.NewbornCover(v.From)
		if err == nil {
			duties = append(duties, d.DutyRule)
		}
	}
	return append(out, calendar.DutyCodes("eligibility", duties...)...)
}

func info(code string, sev oms.Severity, unconfirmed bool, ru, en string, cites ...oms.Citation) oms.CodeInfo {
	return oms.CodeInfo{Code: code, Package: "eligibility", Severity: sev, Citations: cites, RU: ru, EN: en, Unconfirmed: unconfirmed}
}

// all returns the citations of the point in each edition, and the
// article of 326-ФЗ cited where the point is not known.
func (p docPoint) all() []oms.Citation {
	var out []oms.Citation
	if p.p158 != "" {
		out = append(out, oms.Citation{Act: oms.ActRules158n, Point: p.p158, Title: p.title})
	}
	if p.p108 != "" {
		out = append(out, oms.Citation{Act: oms.ActRules108n, Point: p.p108, Title: p.title})
	}
	return append(out, citeArt16Part5)
}
