package nsi

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"testing/iotest"
	"time"
	"unicode/utf8"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
)

// The fixture holds the F011 sample records (standards.md §1.3, index id
// 39795416736) in the attribute-centric shape, windows-1251, zipped.
func TestLoadF011Zip(t *testing.T) {
	b, err := LoadF011(open(t, "F011.zip"))
	if err != nil {
		t.Fatal(err)
	}
	if b.Len() != 6 {
		t.Fatalf("Len = %d, want 6", b.Len())
	}
	p, ok := b.Lookup(14)
	if !ok || p.Name != "Паспорт гражданина Российской Федерации" || p.Series.String() != "99 99" || p.Number.String() != "999999" {
		t.Errorf("Lookup(14) = %+v, %v", p, ok)
	}
	c, _ := b.Lookup(5)
	if c.Span.Until != oms.SomeDate(day(2020, time.December, 31)) {
		t.Errorf("code 5 span = %+v, want until 31.12.2020", c.Span)
	}
}

func TestLoadF011ElementShape(t *testing.T) {
	b, err := LoadF011(open(t, "F011_zglv.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if c, ok := b.Lookup(3); !ok || c.Series.String() != "R-ББ" {
		t.Errorf("Lookup(3) = %+v, %v", c, ok)
	}
}

func TestCheckDocument(t *testing.T) {
	b, err := LoadF011(open(t, "F011.zip"))
	if err != nil {
		t.Fatal(err)
	}
	on := day(2026, time.March, 2)
	tests := []struct {
		code           int
		series, number string
		want           string
	}{
		{14, "45 06", "123456", CodeDocFormatOK},
		{14, "4506", "123456", CodeDocSeriesFormat},
		{14, "45 06", "12345", CodeDocNumberFormat},
		{3, "IVXL-АБ", "744233", CodeDocFormatOK}, // the N3 example (standards.md §3.2)
		{3, "IV-AB", "744233", CodeDocSeriesFormat},
		{5, "", "12", CodeDocTypeNotInForce},
		{99, "", "", CodeDocTypeUnknown},
	}
	for _, tt := range tests {
		d := b.CheckDocument(tt.code, tt.series, tt.number, on)
		if !d.Has(tt.want) || d.OK() != (tt.want == CodeDocFormatOK) {
			t.Errorf("CheckDocument(%d, %q, %q) = %v, want %s", tt.code, tt.series, tt.number, d, tt.want)
		}
	}
	if d := DefaultF011().CheckDocument(7, "АБ", "1234567", on); !d.OK() {
		t.Errorf("default F011 7 = %v", d)
	} else if f := d.Findings()[0]; !f.Unconfirmed {
		t.Error("a finding on an unconfirmed row is not marked Unconfirmed")
	}
}

func TestLoadF011Errors(t *testing.T) {
	decl := "<?xml version='1.0' encoding='windows-1251'?>\n"
	tests := []struct {
		name, in string
		field    string
		record   int
	}{
		{"no records", decl + "<PACKET></PACKET>", "", 0},
		{"bad date", decl + `<PACKET><ZAP IDDoc="1" DocName="x" DATEBEG="32.01.2011"/></PACKET>`, "DATEBEG", 1},
		{"no name", decl + `<PACKET><ZAP IDDoc="1" DATEBEG="01.01.2011"/><ZAP IDDoc="2" DocName="" DATEBEG="01.01.2011"/></PACKET>`, "DocName", 1},
		{"bad code", decl + `<PACKET><ZAP IDDoc="1" DocName="a" DATEBEG="01.01.2011"/><ZAP IDDoc="x" DocName="b" DATEBEG="01.01.2011"/></PACKET>`, "IDDoc", 2},
		{"end before begin", decl + `<PACKET><ZAP IDDoc="1" DocName="a" DATEBEG="01.01.2011" DATEEND="01.01.2010"/></PACKET>`, "DATEEND", 1},
		{"duplicate", decl + `<PACKET><ZAP IDDoc="1" DocName="a" DATEBEG="01.01.2011"/><ZAP IDDoc="1" DocName="b" DATEBEG="01.01.2011"/></PACKET>`, "IDDoc", 0},
		{"bad mask", decl + `<PACKET><ZAP IDDoc="1" DocName="a" DocSer="` + strings.Repeat("9", 70) + `" DATEBEG="01.01.2011"/></PACKET>`, "DocSer", 1},
		{"unknown charset", "<?xml version='1.0' encoding='koi8-r'?><PACKET/>", "", 1},
		{"not xml", "PK\x03\x04garbage", "", 0},
		{"truncated", decl + `<PACKET><ZAP IDDoc="1"`, "", 1},
	}
	for _, tt := range tests {
		_, err := LoadF011(strings.NewReader(tt.in))
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("%s: err = %v, want a *ParseError", tt.name, err)
			continue
		}
		if pe.Book != "F011" || pe.Field != tt.field || pe.Record != tt.record {
			t.Errorf("%s: %v: book %q record %d field %q, want record %d field %q", tt.name, err, pe.Book, pe.Record, pe.Field, tt.record, tt.field)
		}
	}
}

func TestKindMappings(t *testing.T) {
	if m, ok := KindOfF011(14); !ok || m.Kind != eligibility.DocRussianPassport || m.Unconfirmed {
		t.Errorf("KindOfF011(14) = %+v, %v", m, ok)
	}
	if _, ok := KindOfF011(1); ok {
		t.Error("USSR passport mapped to a kind, but eligibility has none for it")
	}
	if got := F011OfKind(eligibility.DocBirthCertificate); len(got) != 2 {
		t.Errorf("F011OfKind(birth certificate) = %v, want 3 and 24", got)
	}
	for _, m := range KindMappings() {
		if back := F011OfKind(m.Kind); len(back) == 0 {
			t.Errorf("kind %s of F011 %d has no way back", m.Kind, m.F011)
		}
	}
}

func FuzzLoadF011(f *testing.F) {
	f.Add(fixture(f, "F011.zip"))
	f.Add(fixture(f, "F011_zglv.xml"))
	f.Add([]byte(`<PACKET><ZAP IDDoc="1" DocName="a" DocSer="R-ББ" DocNum="999999" DATEBEG="01.01.2011" DATEEND=""/></PACKET>`))
	f.Fuzz(func(t *testing.T, in []byte) {
		b, err := LoadF011(bytes.NewReader(in))
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *ParseError", err)
			}
			return
		}
		for _, r := range b.All() {
			b.CheckDocument(r.Code, "45 06", "123456", r.Span.From)
		}
	})
}

// The fixtures are in the published shape: a zip archive whose XML member
// declares windows-1251 and is not valid UTF-8.
func TestFixturesAreRealShape(t *testing.T) {
	for _, name := range []string{"F011.zip", "F008.zip", "F002.zip", "M001.zip"} {
		data, err := readInput(open(t, name), name)
		if err != nil {
			t.Fatal(err)
		}
		raw := open(t, name)
		head := make([]byte, 4)
		_, _ = raw.Read(head)
		if string(head) != "PK\x03\x04" {
			t.Errorf("%s is not a zip archive", name)
		}
		if !bytes.Contains(data[:60], []byte("encoding='windows-1251'")) || utf8.Valid(data) {
			t.Errorf("%s: the XML is not windows-1251", name)
		}
	}
}

func TestReadCapped(t *testing.T) {
	if _, err := readCapped(strings.NewReader("12345"), 4); !errors.Is(err, ErrTooLarge) {
		t.Errorf("5 bytes over a cap of 4: %v", err)
	}
	if b, err := readCapped(strings.NewReader("1234"), 4); err != nil || string(b) != "1234" {
		t.Errorf("4 bytes under a cap of 4: %q, %v", b, err)
	}
	_, err := LoadF011(iotest.ErrReader(errors.New("disk on fire")))
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Book != "F011" {
		t.Errorf("a failing reader: %v", err)
	}
}
