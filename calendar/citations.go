package calendar

import "github.com/omsrules/oms"

const (
	urlGK = "https://www.consultant.ru/document/cons_doc_LAW_5142/"
	urlTK = "https://www.consultant.ru/document/cons_doc_LAW_34683/"
)

// The provisions this package applies, for other packages to cite. Each
// function returns a fresh value.

// CiteArt190 is ГК РФ ст. 190: a period is set by a date, by a length of
// years, months, weeks, days or hours, or by an event.
func CiteArt190() oms.Citation {
	return oms.Citation{Act: oms.ActCivilCode, Article: "190", Title: "Определение срока", URL: urlGK}
}

// CiteArt191 is ГК РФ ст. 191: a period of time runs from the day after
// the date or event that begins it.
func CiteArt191() oms.Citation {
	return oms.Citation{Act: oms.ActCivilCode, Article: "191", Title: "Начало срока, определенного периодом времени", URL: urlGK}
}

// CiteArt192Years is ГК РФ ст. 192 п. 1: a period of years ends on the
// same month and day of its last year (a half-year counts as months).
func CiteArt192Years() oms.Citation {
	return oms.Citation{Act: oms.ActCivilCode, Article: "192", Point: "1", Title: "Окончание срока, исчисляемого годами", URL: urlGK}
}

// CiteArt192Months is ГК РФ ст. 192 п. 3: a period of months ends on the
// same-numbered day of its last month, or on that month's last day if it
// has no such day; a half-month is 15 days.
func CiteArt192Months() oms.Citation {
	return oms.Citation{Act: oms.ActCivilCode, Article: "192", Point: "3", Title: "Окончание срока, исчисляемого месяцами", URL: urlGK}
}

// CiteArt192Weeks is ГК РФ ст. 192 п. 4: a period of weeks ends on the
// same weekday of its last week.
func CiteArt192Weeks() oms.Citation {
	return oms.Citation{Act: oms.ActCivilCode, Article: "192", Point: "4", Title: "Окончание срока, исчисляемого неделями", URL: urlGK}
}

// CiteArt193 is ГК РФ ст. 193: a period whose last day is a non-working
// day ends on the next working day.
func CiteArt193() oms.Citation {
	return oms.Citation{Act: oms.ActCivilCode, Article: "193", Title: "Окончание срока в нерабочий день", URL: urlGK}
}

// CiteArt194 is ГК РФ ст. 194 п. 1: an act may be done until 24:00 of the
// last day of the period, or, inside an organisation, until its working
// hours end.
func CiteArt194() oms.Citation {
	return oms.Citation{Act: oms.ActCivilCode, Article: "194", Point: "1", Title: "Порядок совершения действий в последний день срока", URL: urlGK}
}

// CiteTKArt95 is ТК РФ ст. 95: the working day before a non-working holiday
// is one hour shorter.
func CiteTKArt95() oms.Citation {
	return oms.Citation{Act: oms.ActLabourCode, Article: "95", Title: "Продолжительность работы накануне нерабочих праздничных и выходных дней", URL: urlTK}
}

// CiteTKArt111 is ТК РФ ст. 111: weekly days off (Saturday and Sunday in a
// five-day week).
func CiteTKArt111() oms.Citation {
	return oms.Citation{Act: oms.ActLabourCode, Article: "111", Title: "Выходные дни", URL: urlTK}
}

// CiteTKArt112 is ТК РФ ст. 112: the non-working holidays, the move of a
// day off from a holiday on a weekend, and the Government's transfer
// decrees.
func CiteTKArt112() oms.Citation {
	return oms.Citation{Act: oms.ActLabourCode, Article: "112", Title: "Нерабочие праздничные дни", URL: urlTK}
}

// CiteSupremeCourtReview2020 is the Supreme Court's review of 21.04.2020:
// the presidential non-working days of 2020 are not non-working days in
// the sense of the Civil Code and do not move a deadline under art. 193.
func CiteSupremeCourtReview2020() oms.Citation {
	return oms.Citation{
		Act:   "Обзор по отдельным вопросам судебной практики … № 1 (утв. Президиумом ВС РФ 21.04.2020)",
		Title: "Нерабочие дни, объявленные указами Президента, не являются нерабочими днями по ГК РФ",
	}
}
