package calendar

import "fmt"

// A DayKind says what kind of day a date is in a production calendar.
//
// The zero DayKind is invalid; KindOf never returns it.
type DayKind uint8

const (
	// Working is an ordinary working day: Monday to Friday with nothing
	// special about it.
	Working DayKind = iota + 1
	// Weekend is a Saturday or Sunday that is a day off (ТК РФ ст. 111).
	Weekend
	// Holiday is a statutory non-working holiday (ТК РФ ст. 112; КЗоТ ст. 65
	// before February 2002), or a region's own holiday in a regional
	// calendar. It is reported even when it falls on a Saturday or Sunday.
	Holiday
	// TransferredDayOff is a Monday-to-Friday day off that is not itself a
	// holiday: the day off moved from a holiday that fell on a weekend
	// (ТК РФ ст. 112 ч. 2), or a day moved by a Government decree
	// (ст. 112 ч. 5).
	TransferredDayOff
	// WorkingWeekend is a Saturday or Sunday made a working day by a
	// transfer decree, such as 27 April 2024 (ПП РФ № 1314 от 10.08.2023).
	WorkingWeekend
	// Shortened is a working day before a non-working holiday, one hour
	// shorter (ТК РФ ст. 95). It is a working day for every count here.
	// A working weekend day that is also shortened reports WorkingWeekend;
	// DayInfo.Shortened reports the shortening of both.
	Shortened
	// NonWorkingDecree is one of the paid "non-working days" that
	// presidential decrees declared in 2020 and 2021 (Указы № 206, 239 and
	// 294 of 2020 and № 242 of 2021, among others). They are neither
	// weekends nor holidays in law: the Supreme Court (Обзор № 1 от
	// 21.04.2020) held they do not move a Civil Code deadline,
	// and the published working-day totals count them as working days.
	// A Calendar therefore counts them as working days unless it was made
	// with WithDecreeDaysOff.
	NonWorkingDecree
)

// kindNames are also the `kind` column of the CSV format.
var kindNames = [...]string{
	Working:           "working",
	Weekend:           "weekend",
	Holiday:           "holiday",
	TransferredDayOff: "day_off_transfer",
	WorkingWeekend:    "working_weekend",
	Shortened:         "shortened",
	NonWorkingDecree:  "nonworking_decree",
}

// IsValid reports whether k is one of the defined kinds.
func (k DayKind) IsValid() bool { return k >= Working && int(k) < len(kindNames) }

// String returns the name used in the CSV format, such as "holiday" or
// "day_off_transfer", or "DayKind(N)" for an invalid kind.
func (k DayKind) String() string {
	if k.IsValid() {
		return kindNames[k]
	}
	return fmt.Sprintf("DayKind(%d)", uint8(k))
}

// MarshalText implements encoding.TextMarshaler; it returns String for a
// valid kind and an error for an invalid one.
func (k DayKind) MarshalText() ([]byte, error) {
	if !k.IsValid() {
		return nil, fmt.Errorf("calendar: invalid day kind %d", uint8(k))
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts what
// String returns for a valid kind.
func (k *DayKind) UnmarshalText(text []byte) error {
	v, err := ParseDayKind(string(text))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// ParseDayKind parses a kind name as String writes it.
func ParseDayKind(s string) (DayKind, error) {
	for i := Working; int(i) < len(kindNames); i++ {
		if kindNames[i] == s {
			return i, nil
		}
	}
	return 0, fmt.Errorf("calendar: unknown day kind %q", s)
}

// isWorking reports whether a day of kind k is a working day, given
// whether the presidential non-working days count as days off.
func (k DayKind) isWorking(decreeOff bool) bool {
	switch k {
	case Working, WorkingWeekend, Shortened:
		return true
	case NonWorkingDecree:
		return !decreeOff
	}
	return false
}
