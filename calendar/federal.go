package calendar

import (
	"bytes"
	_ "embed"
	"sync"
)

// federalCSV is a byte-for-byte copy of the module's data/ru-calendar.csv
// (a test checks it): the federal production calendar 1999–2027, built
// from xmlcalendar (2013–2026) and the data.gov.ru set of the Ministry of
// Economic Development (1999–2012), cross-checked against consultant.ru
// and the transfer decrees; 2027 follows ПП РФ № 1187 от 17.09.2026. See
// data/SOURCES.md.
//
//go:embed data/ru-calendar.csv
var federalCSV []byte

// FederalFirstYear and FederalLastYear are the years of the federal
// calendar the package ships. A year is added only once its transfer
// decree is adopted; until then callers can add it with With.
const (
	FederalFirstYear = 1999
	FederalLastYear  = 2027
)

var federal = sync.OnceValue(func() *Calendar {
	days, err := LoadCSV(bytes.NewReader(federalCSV))
	if err != nil {
		panic("calendar: embedded federal data: " + err.Error()) // a test keeps this unreachable
	}
	c, err := (*Calendar)(nil).With(days)
	if err != nil {
		panic("calendar: embedded federal data: " + err.Error())
	}
	return c
})

// Federal returns the federal production calendar of Russia for 1999–2027:
// Saturdays and Sundays, the non-working holidays of ТК РФ ст. 112 (КЗоТ
// ст. 65 before February 2002) and the days moved by the Government's
// yearly transfer decrees, with the shortened pre-holiday days and the
// presidential non-working days of 2020–2021, which count as working days
// (see NonWorkingDecree and WithDecreeDaysOff). Its working-day totals are
// the published ones: 247 for 2025, 248 for 2024, 247 for 2027 (ПП РФ
// № 1187 от 17.09.2026 «О переносе выходных дней в 2027 году»).
//
// The 2027 days are unconfirmed in one respect: they are the decree's days
// as seven independently published calendars agree on them, but the
// decree's own text was not read (spec/calendar.md §1). A caller who finds
// a difference corrects the day with With.
//
// It is built once, on first use, and shared: the Calendar is immutable.
func Federal() *Calendar { return federal() }
