// Package calendar is the Russian production calendar (производственный
// календарь) and the Civil Code rules for periods (ГК РФ ст. 190–194): which
// days are working days, federally and in a region, how many working days
// lie between two dates, and on which day, and at which instant, a period
// of days, working days, weeks, months or years runs out.
//
//	cal := calendar.Federal()
//	due, err := cal.Deadline(date.New(2025, time.April, 1), calendar.Period{N: 30, Unit: calendar.Days})
//	// due is 2025-05-05: 1 May is a holiday and 2–4 May are days off (ГК РФ ст. 193)
//
// The federal calendar covers 1999–2026. A date outside the years a
// Calendar knows is an error wrapping ErrUnknownYear, never a guess; callers
// add a newer year from CSV with LoadCSV and With.
package calendar
