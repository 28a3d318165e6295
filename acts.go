package oms

// Names of the acts the library cites most, spelled one way in every
// package so that reports group findings by act. Use them as Citation.Act.
const (
	// Act326FZ is Федеральный закон от 29.11.2010 № 326-ФЗ «Об обязательном
	// медицинском страховании в Российской Федерации», in force since
	// 01.01.2011.
	Act326FZ = "326-ФЗ"
	// Act323FZ is Федеральный закон от 21.11.2011 № 323-ФЗ «Об основах охраны
	// здоровья граждан в Российской Федерации».
	Act323FZ = "323-ФЗ"
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
	// ActCivilCode is the Civil Code (Гражданский кодекс РФ).
	ActCivilCode = "ГК РФ"
	// ActLabourCode is the Labour Code (Трудовой кодекс РФ).
	ActLabourCode = "ТК РФ"
)
