package nsi

import "github.com/omsrules/oms"

// Codes returns the catalogue entries of the package's finding codes (see
// oms.CodeInfo): the checks of a document against its F011 type and of a
// code against an ICD-10 dictionary. Both cite the reference book they
// read, which has no articles or points: its rows are the rule, each
// with its own dates in force (Span).
func Codes() []oms.CodeInfo {
	f011 := func(code string, sev oms.Severity, ru, en string) oms.CodeInfo {
		return oms.CodeInfo{Code: code, Package: "nsi", Severity: sev, Citations: []oms.Citation{citeF011}, RU: ru, EN: en}
	}
	mkb := func(code string, sev oms.Severity, ru, en string) oms.CodeInfo {
		return oms.CodeInfo{Code: code, Package: "nsi", Severity: sev, Citations: []oms.Citation{citeMKB}, RU: ru, EN: en}
	}
	return []oms.CodeInfo{
		f011(CodeDocTypeUnknown, oms.Violation, "Тип документа отсутствует в F011", "No such document type in F011"),
		f011(CodeDocTypeNotInForce, oms.Violation, "Тип документа F011 не действует на дату", "The F011 document type is not in force on the day"),
		f011(CodeDocSeriesFormat, oms.Violation, "Серия не соответствует маске DocSer", "The series does not match the type's DocSer mask"),
		f011(CodeDocNumberFormat, oms.Violation, "Номер не соответствует маске DocNum", "The number does not match the type's DocNum mask"),
		f011(CodeDocFormatOK, oms.Info, "Серия и номер соответствуют маскам F011", "The series and number match the F011 masks"),
		mkb(CodeICD10Syntax, oms.Violation, "Не код МКБ-10 по форме", "Not an ICD-10 code by its form"),
		mkb(CodeICD10Unknown, oms.Violation, "Кода нет в справочнике МКБ-10", "The code is not in the ICD-10 dictionary"),
		mkb(CodeICD10NotActual, oms.Violation, "Код МКБ-10 не актуален на дату", "The ICD-10 code is not current on the day"),
		mkb(CodeICD10Current, oms.Info, "Код есть в справочнике и актуален", "The code is in the dictionary and current"),
		mkb(CodeICD10SyntaxOK, oms.Info, "Код МКБ-10 верен по форме; справочник не задан", "A valid ICD-10 code by its form; no dictionary given"),
	}
}
