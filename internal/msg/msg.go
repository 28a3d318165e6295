// Package msg builds the messages of findings on the hot paths of the
// library without package fmt: dates are written by a small digit writer,
// and the Russian and English messages of a finding share one allocation.
//
// A caller appends both messages to one buffer, usually a fixed-size
// slice on its stack, and splits the result:
//
//	b := make([]byte, 0, 256)
//	b = append(b, "Полис выдан "...)
//	b = msg.AppendDateRU(b, d)
//	cut := len(b)
//	b = append(b, "The policy was issued on "...)
//	b = msg.AppendDate(b, d)
//	ru, en := msg.Split(b, cut)
package msg

import (
	"strconv"
	"strings"

	"github.com/rickb777/date"
)

// Civil returns the year, month (1–12) and day of d by H. Hinnant's
// days-to-civil algorithm: date.Date.Date decodes through time.Time, which
// costs more than the rest of a message.
func Civil(d date.Date) (year, month, day int) {
	z := int(d.DaysSinceEpoch()) + 719468
	era := z
	if era < 0 {
		era -= 146096
	}
	era /= 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day = doy - (153*mp+2)/5 + 1
	month = mp + 3
	if mp >= 10 {
		month = mp - 9
	}
	year = yoe + era*400
	if month <= 2 {
		year++
	}
	return year, month, day
}

func append2(b []byte, v int) []byte { return append(b, byte('0'+v/10), byte('0'+v%10)) }

func append4(b []byte, v int) []byte { return append2(append2(b, v/100), v%100) }

// AppendDate appends d as date.Date.String writes it: YYYY-MM-DD, or with
// a sign and more digits for a year outside 0–9999.
func AppendDate(b []byte, d date.Date) []byte {
	y, m, dd := Civil(d)
	if y < 0 || y > 9999 {
		return append(b, d.String()...)
	}
	b = append4(b, y)
	b = append(b, '-')
	b = append2(b, m)
	b = append(b, '-')
	return append2(b, dd)
}

// AppendDateRU appends d as DD.MM.YYYY, as date.Date.Format("02.01.2006")
// writes it; a year outside 0–9999 is written as that does.
func AppendDateRU(b []byte, d date.Date) []byte {
	y, m, dd := Civil(d)
	if y < 0 || y > 9999 {
		return append(b, d.Format("02.01.2006")...)
	}
	b = append2(b, dd)
	b = append(b, '.')
	b = append2(b, m)
	b = append(b, '.')
	return append4(b, y)
}

// AppendInt appends the decimal form of n.
func AppendInt(b []byte, n int) []byte { return strconv.AppendInt(b, int64(n), 10) }

// DateRU returns d as DD.MM.YYYY.
func DateRU(d date.Date) string {
	var a [16]byte
	return string(AppendDateRU(a[:0], d))
}

// Date returns d as YYYY-MM-DD.
func Date(d date.Date) string {
	var a [16]byte
	return string(AppendDate(a[:0], d))
}

// Split returns b[:cut] and b[cut:] as two strings made by one allocation.
func Split(b []byte, cut int) (string, string) {
	s := string(b)
	return s[:cut], s[cut:]
}

// An Arg is an argument of Pair: a string, a number or a day, kept apart
// so that no argument is boxed in an interface.
type Arg struct {
	kind argKind
	s    string
	n    int
	d    date.Date
}

type argKind uint8

const (
	argString argKind = iota
	argInt
	argDate
	argDateRU
)

// S is a string argument: %s writes it as it is, %q quoted as fmt does.
func S(s string) Arg { return Arg{kind: argString, s: s} }

// N is a number argument, written in decimal.
func N(n int) Arg { return Arg{kind: argInt, n: n} }

// D is a day argument written YYYY-MM-DD, as %s writes a date.Date.
func D(d date.Date) Arg { return Arg{kind: argDate, d: d} }

// DRU is a day argument written DD.MM.YYYY.
func DRU(d date.Date) Arg { return Arg{kind: argDateRU, d: d} }

// Appendf appends format with each verb (%s, %d or %q) replaced by the
// next argument, as fmt.Appendf would for these arguments; %% is a
// percent sign. A verb without an argument writes nothing.
func Appendf(b []byte, format string, args ...Arg) []byte {
	i := 0
	for {
		j := strings.IndexByte(format, '%')
		if j < 0 || j+1 >= len(format) {
			return append(b, format...)
		}
		b = append(b, format[:j]...)
		verb := format[j+1]
		format = format[j+2:]
		if verb == '%' {
			b = append(b, '%')
			continue
		}
		if i >= len(args) {
			continue
		}
		a := args[i]
		i++
		switch a.kind {
		case argString:
			if verb == 'q' {
				b = strconv.AppendQuote(b, a.s)
			} else {
				b = append(b, a.s...)
			}
		case argInt:
			b = AppendInt(b, a.n)
		case argDate:
			b = AppendDate(b, a.d)
		case argDateRU:
			b = AppendDateRU(b, a.d)
		}
	}
}

// Pair returns the Russian and the English message of a finding, each
// formatted by Appendf, made in one allocation.
func Pair(ru string, ruArgs []Arg, en string, enArgs []Arg) (string, string) {
	var a [768]byte
	b := Appendf(a[:0], ru, ruArgs...)
	cut := len(b)
	b = Appendf(b, en, enArgs...)
	return Split(b, cut)
}
