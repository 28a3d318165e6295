package calendar

import "github.com/omsrules/oms"

// Codes of the findings ExplainDeadline returns. All are oms.Info.
const (
	// CodePeriodStart: the period runs from the day after its start
	// (ГК РФ ст. 191).
	CodePeriodStart = "calendar.period.start"
	// CodePeriodEnd: the nominal last day by the period's unit (ст. 190,
	// 192), or, for working days, the N-th working day.
	CodePeriodEnd = "calendar.period.end"
	// CodePeriodMonthEnd: the last month has no same-numbered day, so the
	// period ends on its last day (ст. 192 п. 3).
	CodePeriodMonthEnd = "calendar.period.month-end"
	// CodePeriodMoved: the nominal last day is not a working day, so the
	// period ends on the next working day (ст. 193).
	CodePeriodMoved = "calendar.period.moved"
	// CodePeriodDecreeDay: the last day is a presidential non-working day,
	// which does not move a deadline (Обзор ВС РФ № 1 от 21.04.2020).
	CodePeriodDecreeDay = "calendar.period.decree-day"
	// CodePeriodLastInstant: the act may be done until 24:00 of the last
	// day (ст. 194).
	CodePeriodLastInstant = "calendar.period.last-instant"
)

// Codes returns the catalogue entries of the package's finding codes, for
// the library's catalogue (CODES.md, codes.json).
func Codes() []oms.CodeInfo {
	info := func(code string, ru, en string, cites ...oms.Citation) oms.CodeInfo {
		return oms.CodeInfo{Code: code, Package: "calendar", Severity: oms.Info, Citations: cites, RU: ru, EN: en}
	}
	monthEnd := info(CodePeriodMonthEnd,
		"В последнем месяце срока нет соответствующего числа; срок истекает в последний день месяца",
		"The last month has no same-numbered day; the period ends on the month's last day",
		CiteArt192Months())
	// Applied to periods of years by analogy: art. 192 п. 1 is silent on
	// 29 February.
	monthEnd.Unconfirmed = true
	return []oms.CodeInfo{
		info(CodePeriodStart,
			"Течение срока начинается на следующий день после события или даты",
			"The period runs from the day after the event or date that starts it",
			CiteArt191()),
		info(CodePeriodEnd,
			"Номинальный последний день срока по его единице (дни, рабочие дни, недели, месяцы, годы)",
			"The nominal last day of the period by its unit (days, working days, weeks, months, years)",
			CiteArt190(), CiteTKArt112(), CiteArt192Weeks(), CiteArt192Months(), CiteArt192Years()),
		monthEnd,
		info(CodePeriodMoved,
			"Последний день срока — нерабочий день; срок истекает в ближайший следующий рабочий день",
			"The last day is not a working day; the period ends on the next working day",
			CiteArt193()),
		info(CodePeriodDecreeDay,
			"Последний день срока — нерабочий день по указу Президента; он не переносит окончание срока",
			"The last day is a presidential non-working day, which does not move the end of the period",
			CiteSupremeCourtReview2020()),
		info(CodePeriodLastInstant,
			"Действие может быть совершено до 24 часов последнего дня срока",
			"The act may be done until 24:00 of the period's last day",
			CiteArt194()),
	}
}
