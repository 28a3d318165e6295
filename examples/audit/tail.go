package main

import (
	"bufio"
	"io"
)

// byteOrderMark is the UTF-8 byte-order mark Excel and Notepad put first
// in a file saved as UTF-8.
const byteOrderMark = "\ufeff"

// skipBOM drops a byte-order mark at the start of br and returns the
// number of bytes dropped.
func skipBOM(br *bufio.Reader) int {
	if head, _ := br.Peek(len(byteOrderMark)); string(head) == byteOrderMark {
		n, _ := br.Discard(len(byteOrderMark))
		return n
	}
	return 0
}

// tailSize is how much of its input a CSV source keeps, to look again at
// its last record when the CSV reader reports a bad quote in it.
const tailSize = 64 << 10

// A tailReader keeps the last tailSize bytes read through it.
type tailReader struct {
	r   io.Reader
	buf [tailSize]byte // a ring: byte at offset o is at buf[o%tailSize]
	n   int64          // bytes read so far
}

func (t *tailReader) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	chunk, off := p[:n], t.n
	if len(chunk) > tailSize {
		off += int64(len(chunk) - tailSize)
		chunk = chunk[len(chunk)-tailSize:]
	}
	i := int(off % tailSize)
	k := copy(t.buf[i:], chunk)
	copy(t.buf[:], chunk[k:])
	t.n += int64(n)
	return n, err
}

// since returns the bytes read from offset off on, or false when they are
// no longer all kept.
func (t *tailReader) since(off int64) ([]byte, bool) {
	if off < 0 || off > t.n || t.n-off > tailSize {
		return nil, false
	}
	out := make([]byte, 0, t.n-off)
	for o := off; o < t.n; o++ {
		out = append(out, t.buf[o%tailSize])
	}
	return out, true
}

// endsInQuote reports whether CSV text (records, comment lines starting
// with '#', blank lines) ends inside a quoted field: a quote that opens a
// field and never closes. A quote inside an unquoted field opens nothing,
// and a doubled quote inside a quoted field is a quote character.
func endsInQuote(text []byte, comma byte) bool {
	inQuote, fieldStart, lineStart := false, true, true
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case inQuote:
			if c == '"' {
				if i+1 < len(text) && text[i+1] == '"' {
					i++
					continue
				}
				inQuote, fieldStart = false, false
			}
			continue
		case lineStart && c == '#':
			for i < len(text) && text[i] != '\n' {
				i++
			}
			continue
		case c == '"' && fieldStart:
			inQuote = true
		case c == '\n':
			fieldStart, lineStart = true, true
			continue
		case c == comma:
			fieldStart = true
		default:
			fieldStart = false
		}
		lineStart = false
	}
	return inQuote
}
