package nsi

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding/charmap"
)

// maxDepth bounds the nesting of a record; the fund's books nest two
// levels (F002's insInclude, insAdvice).
const maxDepth = 16

// A node is an element of a record: its name, attributes, text and
// children, with the input line it starts on.
type node struct {
	name  string // as written
	attrs []xml.Attr
	text  string
	kids  []*node
	line  int
}

// field returns the trimmed value of the attribute or child element of n
// whose name is name in any case, and whether there is one.
func (n *node) field(name string) (string, bool) {
	for _, a := range n.attrs {
		if strings.EqualFold(a.Name.Local, name) {
			return strings.TrimSpace(a.Value), true
		}
	}
	if k := n.child(name); k != nil {
		return strings.TrimSpace(k.text), true
	}
	return "", false
}

// child returns the first child element named name in any case.
func (n *node) child(name string) *node {
	for _, k := range n.kids {
		if strings.EqualFold(k.name, name) {
			return k
		}
	}
	return nil
}

// children returns every child element named name in any case.
func (n *node) children(name string) []*node {
	var out []*node
	for _, k := range n.kids {
		if strings.EqualFold(k.name, name) {
			out = append(out, k)
		}
	}
	return out
}

// charsetReader decodes the encodings the fund publishes in.
func charsetReader(label string, input io.Reader) (io.Reader, error) {
	switch strings.ToLower(label) {
	case "windows-1251", "cp1251", "win-1251", "x-cp1251":
		return charmap.Windows1251.NewDecoder().Reader(input), nil
	}
	return nil, fmt.Errorf("%w: encoding %q (want windows-1251 or UTF-8)", ErrFormat, label)
}

// readRecords decodes an XML book and returns, in document order, every
// element whose name is one of names (in any case) with its subtree,
// wherever it stands: under <packet>, <PACKET> or any other root. The
// header <zglv> of the element-centric shape is skipped as it is not a
// record.
func readRecords(data []byte, book string, names ...string) ([]*node, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.CharsetReader = charsetReader
	var out []*node
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			line, _ := dec.InputPos()
			return nil, &ParseError{Book: book, Record: len(out) + 1, Line: line, Err: fmt.Errorf("%w: %v", ErrFormat, err)}
		}
		se, ok := tok.(xml.StartElement)
		if !ok || !nameIn(se.Name.Local, names) {
			continue
		}
		line, _ := dec.InputPos()
		n, err := readNode(dec, se, line, 0)
		if err != nil {
			return nil, &ParseError{Book: book, Record: len(out) + 1, Line: line, Err: err}
		}
		out = append(out, n)
	}
	if len(out) == 0 {
		return nil, &ParseError{Book: book, Err: fmt.Errorf("%w: no <%s> record", ErrFormat, names[0])}
	}
	return out, nil
}

func nameIn(name string, names []string) bool {
	for _, n := range names {
		if strings.EqualFold(name, n) {
			return true
		}
	}
	return false
}

// readNode reads the subtree of se up to its end element.
func readNode(dec *xml.Decoder, se xml.StartElement, line, depth int) (*node, error) {
	if depth > maxDepth {
		return nil, fmt.Errorf("%w: elements nested deeper than %d", ErrFormat, maxDepth)
	}
	n := &node{name: se.Name.Local, attrs: se.Attr, line: line}
	var text strings.Builder
	for {
		tok, err := dec.Token()
		if err != nil {
			if errors.Is(err, io.EOF) {
				err = io.ErrUnexpectedEOF
			}
			return nil, fmt.Errorf("%w: <%s>: %v", ErrFormat, se.Name.Local, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			l, _ := dec.InputPos()
			k, err := readNode(dec, t, l, depth+1)
			if err != nil {
				return nil, err
			}
			n.kids = append(n.kids, k)
		case xml.CharData:
			text.Write(t)
		case xml.EndElement:
			n.text = text.String()
			return n, nil
		}
	}
}
