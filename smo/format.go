package smo

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/omsrules/oms/internal/msg"
	"github.com/rickb777/date"
)

// Messages carry dates; these helpers build them without fmt, in one
// allocation per message, because CheckSwitch sits on bulk-processing hot
// paths.

// civil returns the year, month and day of d without the time package
// (msg.Civil).
func civil(d date.Date) (year int, month time.Month, day int) {
	y, m, dd := msg.Civil(d)
	return y, time.Month(m), dd
}

// newDate is date.New for a real day (month 1–12, day within the month),
// by H. Hinnant's civil-to-days algorithm, without the time package.
func newDate(year int, month time.Month, day int) date.Date {
	y, m := year, int(month)
	if m <= 2 {
		y--
	}
	era := y
	if era < 0 {
		era -= 399
	}
	era /= 400
	yoe := y - era*400
	mp := m - 3
	if m <= 2 {
		mp = m + 9
	}
	doy := (153*mp+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return date.NewOfDays(date.PeriodOfDays(era*146097 + doe - 719468))
}

// appendDate writes d as YYYY-MM-DD (iso) or DD.MM.YYYY (Russian usage).
func appendDate(b *strings.Builder, d date.Date, iso bool) {
	var buf [16]byte
	if iso {
		b.Write(msg.AppendDate(buf[:0], d))
		return
	}
	b.Write(msg.AppendDateRU(buf[:0], d))
}

// withDate returns a + d + z, with d formatted as ISO or Russian.
func withDate(iso bool, a string, d date.Date, z string) string {
	var b strings.Builder
	b.Grow(len(a) + 10 + len(z))
	b.WriteString(a)
	appendDate(&b, d, iso)
	b.WriteString(z)
	return b.String()
}

// msgs returns the Russian and English messages ru1 + d + ru2 and en1 +
// d + en2 in one allocation, the date written DD.MM.YYYY and YYYY-MM-DD.
func msgs(ru1, ru2, en1, en2 string, d date.Date) (ru, en string) {
	var b strings.Builder
	b.Grow(len(ru1) + len(ru2) + len(en1) + len(en2) + 20)
	b.WriteString(ru1)
	appendDate(&b, d, false)
	b.WriteString(ru2)
	n := b.Len()
	b.WriteString(en1)
	appendDate(&b, d, true)
	b.WriteString(en2)
	s := b.String()
	return s[:n], s[n:]
}

// englishDate returns d as "1 January 2027".
func englishDate(d date.Date) string {
	y, m, dd := d.Date()
	return strconv.Itoa(dd) + " " + m.String() + " " + strconv.Itoa(y)
}

// upperFirst returns s with its first letter in upper case.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
