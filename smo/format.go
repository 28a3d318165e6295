package smo

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rickb777/date"
)

// Messages carry dates; these helpers build them without fmt, in one
// allocation per message, because CheckSwitch sits on bulk-processing hot
// paths.

// appendDate writes d as YYYY-MM-DD (iso) or DD.MM.YYYY (Russian usage).
func appendDate(b *strings.Builder, d date.Date, iso bool) {
	y, m, dd := d.Date()
	var buf [10]byte
	put2 := func(i, v int) { buf[i], buf[i+1] = byte('0'+v/10), byte('0'+v%10) }
	put4 := func(i, v int) { put2(i, v/100); put2(i+2, v%100) }
	if y < 0 || y > 9999 {
		b.WriteString(d.String())
		return
	}
	if iso {
		put4(0, y)
		buf[4] = '-'
		put2(5, int(m))
		buf[7] = '-'
		put2(8, dd)
	} else {
		put2(0, dd)
		buf[2] = '.'
		put2(3, int(m))
		buf[5] = '.'
		put4(6, y)
	}
	b.Write(buf[:])
}

// msg returns a + d + z, with d formatted as ISO or Russian.
func msg(iso bool, a string, d date.Date, z string) string {
	var b strings.Builder
	b.Grow(len(a) + 10 + len(z))
	b.WriteString(a)
	appendDate(&b, d, iso)
	b.WriteString(z)
	return b.String()
}

// msg2 returns a + d1 + m + d2 + z.
func msg2(iso bool, a string, d1 date.Date, m string, d2 date.Date, z string) string {
	var b strings.Builder
	b.Grow(len(a) + len(m) + 20 + len(z))
	b.WriteString(a)
	appendDate(&b, d1, iso)
	b.WriteString(m)
	appendDate(&b, d2, iso)
	b.WriteString(z)
	return b.String()
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
