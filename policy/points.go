package policy

import (
	"time"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

// An edition is the text of the Rules of ОМС in force on a day, for the
// point a finding cites (rules-points.md).
type edition uint8

const (
	// edNone: before the Rules of 2011 (the law of 1991).
	edNone edition = iota
	// ed158: the Rules 158н, 01.01.2011 to 27.05.2019 (the 2011 text was
	// read; later amendments were not).
	ed158
	// ed108: the Rules 108н in the 2019 text, 28.05.2019 to 09.01.2023
	// (the amendments of 2020 were not read; the numbering is presumed to
	// hold).
	ed108
	// ed789: the Rules 108н as amended by 789н, from 10.01.2023: only
	// chapter III (pp. 28–30) was read.
	ed789
)

// day803n is the day the amendment 803н of the Rules 158н (EAEU workers)
// came into force. It added points, and the numbering of 158н after it was
// not read (rules-points.md): a 158н point cited for a later event is
// Unconfirmed.
var day803n = date.New(2017, time.January, 1)

// dayRules789 is the day chapter III of the Rules 108н as amended by
// 789н came into force (rules-points.md, S4).
var dayRules789 = dayNoNewBlank

// editionOn returns the edition of the Rules in force on d.
func editionOn(d date.Date) edition {
	switch {
	case d.Before(dayLaw326InForce):
		return edNone
	case d.Before(day108n):
		return ed158
	case d.Before(dayRules789):
		return ed108
	}
	return ed789
}

// A rulePoint is one rule of the Rules of ОМС with its point in each
// edition (rules-points.md), and the article of 326-ФЗ the Rules implement
// there, cited where the point is not known.
type rulePoint struct {
	p158, p108, p789 string // "" where not known
	title            string
	law              oms.Citation
}

// on returns the citation of the rule for an event on d: the point of the
// edition in force, or, where that point is not known, the article of
// 326-ФЗ, unconfirmed. Before 2011 it is the law of 1991, unconfirmed.
func (p rulePoint) on(d date.Date) (oms.Citation, bool) {
	var act, point string
	switch editionOn(d) {
	case edNone:
		return citeOldLaw, true
	case ed158:
		act, point = oms.ActRules158n, p.p158
		if point != "" && !d.Before(day803n) {
			return oms.Citation{Act: act, Point: point, Title: p.title}, true
		}
	case ed108:
		act, point = oms.ActRules108n, p.p108
	default:
		act, point = oms.ActRules108n, p.p789
	}
	if point == "" {
		return p.law, true
	}
	return oms.Citation{Act: act, Point: point, Title: p.title}, false
}

// The rules the package cites by point (rules-points.md, rows 3–5).
var (
	// Validity by category (row 3).
	ptTermCitizen = rulePoint{p158: "31", p108: "37",
		title: "Гражданам Российской Федерации полис выдаётся без ограничения срока действия", law: citeArt45}
	ptTermPermanent = rulePoint{p158: "31", p108: "38",
		title: "Срок действия полиса постоянно проживающих в РФ иностранных граждан и лиц без гражданства (158н: без ограничения; 108н: бумажный полис до конца календарного года)", law: citeArt45}
	ptTermRefugee = rulePoint{p158: "32", p108: "39",
		title: "Срок действия полиса лиц, имеющих право на медицинскую помощь по закону «О беженцах»: срок пребывания (108н: до конца календарного года, не более срока пребывания)", law: citeArt45}
	ptTermTemporary = rulePoint{p158: "33", p108: "40",
		title: "Срок действия полиса временно проживающих: срок действия РВП (108н: до конца календарного года, не более срока действия РВП)", law: citeArt45}
	// The point 803н added to 158н for EAEU workers and officials is not
	// read (rules-points.md: 158н numbering after 2016 [U]).
	ptTermEAEUWorker = rulePoint{p108: "41",
		title: "Срок действия полиса трудящегося государства — члена ЕАЭС: до конца календарного года, не более срока действия трудового договора", law: citeArt45}
	ptTermEAEUOfficial = rulePoint{p108: "42",
		title: "Срок действия полиса членов Коллегии ЕЭК, должностных лиц и сотрудников органов ЕАЭС: не более срока полномочий", law: citeArt45}
	ptTermNextYear = rulePoint{p108: "43",
		title: "Обратившимся с 1 ноября по 31 декабря полис выдаётся со сроком действия до конца следующего года", law: citeArt45}
	// The temporary certificate (row 4).
	ptCertificate = rulePoint{p158: "37", p108: "48",
		title: "Временное свидетельство действительно до получения полиса, но не более 30 (158н) / 45 (108н) рабочих дней с даты выдачи", law: citeArt46}
	// Re-issue and duplicate (rows 5a, 5b).
	ptReissue = rulePoint{p158: "52", p108: "60",
		title: "Уведомление СМО об изменении фамилии, имени, отчества, данных документа, удостоверяющего личность, места жительства; переоформление полиса при изменении фамилии, имени, отчества", law: citeArt46}
	// 158н: row 5a lists p. 52 (2nd sentence), pp. 53 and 54 without
	// saying which holds which ground; the range is cited.
	ptReissueData = rulePoint{p158: "52–54", p108: "61",
		title: "Переоформление полиса при изменении даты рождения, пола, при неточности или ошибочности сведений", law: citeArt46}
	ptDuplicate = rulePoint{p158: "55", p108: "63", p789: "30",
		title: "Дубликат полиса при ветхости, непригодности или утрате (с 10.01.2023: замена бланка не производится)", law: citeArt46}
)
