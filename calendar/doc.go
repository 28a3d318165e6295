// Package calendar is the Russian production calendar (производственный
// календарь) and the Civil Code rules for periods (ГК РФ ст. 190–194): which
// days are working days, federally and in a region, how many working days
// lie between two dates, and on which day, and at which instant, a period
// of days, working days, weeks, months or years runs out.
//
//	cal := calendar.Federal()
//	due, err := cal.Deadline(date.New(2025, time.April, 1), calendar.Period{N: 30, Unit: calendar.Days})
//	if err != nil {
//		return err
//	}
//	fmt.Println(due) // 2025-05-05: 1 May is a holiday, 2–4 May are days off (ГК РФ ст. 193)
//
// # Data
//
// Federal covers 1999–2027 from the module's data/ru-calendar.csv, embedded
// byte for byte: weekends (ТК РФ ст. 111), the non-working holidays of ТК РФ
// ст. 112 (КЗоТ ст. 65 before February 2002) as they stood each year, the
// Government's yearly transfer decrees, the shortened pre-holiday days
// (ст. 95) and the presidential non-working days of 2020–2021. Its
// working-day totals are the published ones (247 for 2025), which a test
// checks for every year.
//
// A date outside the years a Calendar knows is an error wrapping
// ErrUnknownYear, never a guess: a year is added to the package only once
// its transfer decree is adopted. Callers add a newer year, or correct a
// day, from the same CSV format with LoadCSV and Calendar.With.
//
// # Working days
//
// A working day is a Monday to Friday that is no holiday or day off, or a
// weekend day that a decree made working. AddWorkingDays and
// WorkingDaysBetween are exact inverses,
// WorkingDaysBetween(d, AddWorkingDays(d, n)) == n, and take constant time
// without allocating whatever n is: the calendar keeps the number of
// working days before each date and the date of each working day.
//
// The presidential paid non-working days of 2020 and 2021 (DayKind
// NonWorkingDecree) count as working days, as in the published totals and
// per the Supreme Court's review of 21.04.2020 for Civil Code deadlines.
// Calendar.WithDecreeDaysOff gives a calendar in which they are days off.
//
// # Periods
//
// Calendar.Deadline applies ГК РФ ст. 191 (the period runs from the next
// day), ст. 192 (months end on the same-numbered day or the month's last
// day) and ст. 193 (a last day that is not a working day moves to the next
// working day); ExplainDeadline also returns an oms.Decision with one
// finding per rule applied and its citation. DeadlineInstant gives the
// instant of ст. 194, 24:00 of the last day in the region's time zone.
// The Cite* functions return the citations for other packages to reuse.
//
// # Regions
//
// ForRegion adds a region's own non-working days of 2019–2026 (republic
// holidays, the days off moved from them by each region's own rule, and
// weekends made working) from data/ru-regional-holidays.csv. By default
// only days that bind all employers and whose data is of confidence A or
// B apply; a RegionalRules value (Scopes, Unconfirmed) chooses otherwise.
//
// A region that has days of its own knows only the years its days are
// known for: 2019–2026, and any year the caller loads with LoadRegionalCSV
// and RegionalRules.Days. Another year is an error wrapping ErrUnknownYear,
// since the federal days alone would miss the region's own (Ураза-байрам
// in Tatarstan); RegionalRules.FederalFallback accepts the federal days for such
// years. A region without days of its own knows every federal year.
//
// Every Calendar is immutable and safe for concurrent use.
package calendar
