package oms

// Names of the acts the library cites, spelled one way in every package so
// that reports group findings by act. Use them as Citation.Act; Acts lists
// each with its full title, the day it was signed and where its text is.
//
// A programme of state guarantees is cited by its decree, "ПП РФ № N от
// DD.MM.YYYY", which carries its own date; the programme years' data
// (package program) spells those.
const (
	// Act326FZ is Федеральный закон от 29.11.2010 № 326-ФЗ «Об обязательном
	// медицинском страховании в Российской Федерации», in force since
	// 01.01.2011.
	Act326FZ = "326-ФЗ"
	// Act323FZ is Федеральный закон от 21.11.2011 № 323-ФЗ «Об основах охраны
	// здоровья граждан в Российской Федерации».
	Act323FZ = "323-ФЗ"
	// Act59FZ is Федеральный закон от 02.05.2006 № 59-ФЗ «О порядке
	// рассмотрения обращений граждан Российской Федерации».
	Act59FZ = "59-ФЗ"
	// Act405FZ is Федеральный закон от 06.12.2021 № 405-ФЗ, which made the
	// policy a record in the register from 01.12.2022.
	Act405FZ = "Федеральный закон от 06.12.2021 № 405-ФЗ"
	// Act210FZ is Федеральный закон от 27.07.2010 № 210-ФЗ «Об организации
	// предоставления государственных и муниципальных услуг» (the universal
	// electronic card, УЭК).
	Act210FZ = "Федеральный закон от 27.07.2010 № 210-ФЗ"
	// ActLaw1499 is Закон РФ от 28.06.1991 № 1499-1 «О медицинском
	// страховании граждан в Российской Федерации», the law before 326-ФЗ.
	ActLaw1499 = "Закон РФ от 28.06.1991 № 1499-1"
	// ActRules108n is the Rules of ОМС in force since 2019 (registered with
	// the Ministry of Justice on 17.05.2019), amended among others by 789н
	// (chapter III from 10.01.2023).
	ActRules108n = "Правила ОМС (Приказ Минздрава России от 28.02.2019 № 108н)"
	// ActRules158n is the Rules of ОМС of 2011–2019, replaced by 108н.
	ActRules158n = "Правила ОМС (Приказ Минздравсоцразвития России от 28.02.2011 № 158н)"
	// ActRules158n108n names both editions of the Rules, for a rule they
	// share.
	ActRules158n108n = "Правила ОМС (Приказы № 158н и № 108н)"
	// ActOrder803n is the 2016 amendment of the Rules 158н that insured
	// workers from EAEU states from 01.01.2017. The spec left the number
	// open (803н or 830н, law.md §1.1); the text of the order on
	// consultant.ru reads "от 27 октября 2016 г. N 803н"
	// (https://www.consultant.ru/document/cons_doc_LAW_209307/), so the
	// number is confirmed; cite that URL with it.
	ActOrder803n = "Приказ Минздрава России от 27.10.2016 № 803н"
	// ActOrder406n is the procedure for choosing a medical organisation
	// for primary care, in force to 31.08.2025.
	ActOrder406n = "Приказ Минздравсоцразвития России от 26.04.2012 № 406н"
	// ActOrder407n is the procedure for a head of a medical organisation
	// to replace the attending doctor.
	ActOrder407n = "Приказ Минздравсоцразвития России от 26.04.2012 № 407н"
	// ActOrderChoice2025 is the Ministry of Health's procedure for choosing
	// a medical organisation in force from 01.09.2025. Its number and date
	// were not found (spec access.md §7, question 1), so its name says so.
	ActOrderChoice2025 = "Приказ Минздрава России о Порядке выбора гражданином медицинской организации (в силе с 01.09.2025; номер и дата не установлены)"
	// ActLetterFOMS13057 is the federal fund's letter of 08.11.2017
	// № 13057/91/и on the year-end term of policies.
	ActLetterFOMS13057 = "Письмо ФОМС от 08.11.2017 № 13057/91/и"
	// ActEAEUTreaty is the Treaty on the Eurasian Economic Union of
	// 29.05.2014.
	ActEAEUTreaty = "Договор о Евразийском экономическом союзе от 29.05.2014"
	// ActISO27931Mod10 is the check-digit algorithm of the policy number:
	// the Mod10 of HL7 v2.5 (ISO/HL7 27931:2009).
	ActISO27931Mod10 = "ISO/HL7 27931:2009 (HL7 v2.5), Mod10"
	// ActBookF011 is the federal fund's reference book F011, the types of
	// identity documents with the masks of their series and numbers. A
	// reference book has no articles: its rows, each with its dates in
	// force, are the rule.
	ActBookF011 = "Справочник ФФОМС F011"
	// ActDictICD10 is the Ministry of Health's dictionary of ICD-10
	// (МКБ-10), OID 1.2.643.5.1.13.13.11.1005, whose rows say which codes
	// exist and are current.
	ActDictICD10 = "НСИ Минздрава России 1.2.643.5.1.13.13.11.1005"
	// ActCivilCode is the Civil Code (Гражданский кодекс РФ).
	ActCivilCode = "ГК РФ"
	// ActLabourCode is the Labour Code (Трудовой кодекс РФ).
	ActLabourCode = "ТК РФ"
)

// An ActInfo describes one act the library cites: the name used as
// Citation.Act, its full title with the day it was signed, and where its
// text can be read.
type ActInfo struct {
	// Name is the constant's value, as Citation.Act holds it.
	Name string `json:"name"`
	// Title is the act's full title as lawyers write it, with its date
	// and number where the act has them.
	Title string `json:"title"`
	// Signed is the day the act was signed or adopted, "YYYY-MM-DD", or
	// "" where the spec does not give it.
	Signed string `json:"signed,omitempty"`
	// URL is where the act's text can be read, if known.
	URL string `json:"url,omitempty"`
}

// Acts returns the acts whose names this package defines, in the order of
// the constants. The slice is new on each call.
func Acts() []ActInfo {
	return []ActInfo{
		{Act326FZ, "Федеральный закон от 29.11.2010 № 326-ФЗ «Об обязательном медицинском страховании в Российской Федерации»", "2010-11-29", "https://www.consultant.ru/document/cons_doc_LAW_107289/"},
		{Act323FZ, "Федеральный закон от 21.11.2011 № 323-ФЗ «Об основах охраны здоровья граждан в Российской Федерации»", "2011-11-21", "https://www.consultant.ru/document/cons_doc_LAW_121895/"},
		{Act59FZ, "Федеральный закон от 02.05.2006 № 59-ФЗ «О порядке рассмотрения обращений граждан Российской Федерации»", "2006-05-02", "https://www.consultant.ru/document/cons_doc_LAW_59999/"},
		{Act405FZ, "Федеральный закон от 06.12.2021 № 405-ФЗ «О внесении изменений в отдельные законодательные акты Российской Федерации»", "2021-12-06", ""},
		{Act210FZ, "Федеральный закон от 27.07.2010 № 210-ФЗ «Об организации предоставления государственных и муниципальных услуг»", "2010-07-27", ""},
		{ActLaw1499, "Закон РФ от 28.06.1991 № 1499-1 «О медицинском страховании граждан в Российской Федерации»", "1991-06-28", ""},
		{ActRules108n, "Приказ Минздрава России от 28.02.2019 № 108н «Об утверждении Правил обязательного медицинского страхования»", "2019-02-28", ""},
		{ActRules158n, "Приказ Минздравсоцразвития России от 28.02.2011 № 158н «Об утверждении Правил обязательного медицинского страхования»", "2011-02-28", ""},
		{ActRules158n108n, "Правила обязательного медицинского страхования (Приказы № 158н и № 108н)", "", ""},
		{ActOrder803n, "Приказ Минздрава России от 27.10.2016 № 803н", "2016-10-27", "https://www.consultant.ru/document/cons_doc_LAW_209307/"},
		{ActOrder406n, "Приказ Минздравсоцразвития России от 26.04.2012 № 406н «Об утверждении Порядка выбора гражданином медицинской организации при оказании ему медицинской помощи в рамках программы государственных гарантий бесплатного оказания гражданам медицинской помощи»", "2012-04-26", ""},
		{ActOrder407n, "Приказ Минздравсоцразвития России от 26.04.2012 № 407н «Об утверждении Порядка содействия руководителем медицинской организации (ее подразделения) выбору пациентом врача в случае требования пациента о замене лечащего врача»", "2012-04-26", ""},
		{ActOrderChoice2025, ActOrderChoice2025, "", ""},
		{ActLetterFOMS13057, ActLetterFOMS13057, "2017-11-08", ""},
		{ActEAEUTreaty, ActEAEUTreaty, "2014-05-29", ""},
		{ActISO27931Mod10, ActISO27931Mod10, "", ""},
		{ActBookF011, "Справочник ФФОМС F011 «Классификатор типов документов, удостоверяющих личность»", "", ""},
		{ActDictICD10, "НСИ Минздрава России 1.2.643.5.1.13.13.11.1005 «Международная статистическая классификация болезней и проблем, связанных со здоровьем, 10-го пересмотра»", "", ""},
		{ActCivilCode, "Гражданский кодекс Российской Федерации", "", "https://www.consultant.ru/document/cons_doc_LAW_5142/"},
		{ActLabourCode, "Трудовой кодекс Российской Федерации от 30.12.2001 № 197-ФЗ", "2001-12-30", "https://www.consultant.ru/document/cons_doc_LAW_34683/"},
	}
}

// ActByName returns the ActInfo of the act named name, and whether the
// package defines it.
func ActByName(name string) (ActInfo, bool) {
	for _, a := range Acts() {
		if a.Name == name {
			return a, true
		}
	}
	return ActInfo{}, false
}
