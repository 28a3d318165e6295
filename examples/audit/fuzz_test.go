package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pgregory.net/rapid"
)

// csvSeeds reach the CSV reader's deep paths: a byte-order mark before
// comment lines, semicolons, every column of the format, quoted lists,
// quoted fields over lines, a quote left open at the end with and without
// a final newline, a bad quote on the last line, short rows.
func csvSeeds() [][]byte {
	full := strings.Join(csvColumns, ",") + "\n"
	row := "F-1,2026-03-10,77,1985-04-12,foreign,KZ,temporary,,,\"labour_contract;working\",12,2027-01-01,112-233-445 95,representative," +
		"\"foreign_passport:N123;temporary_residence_permit:77 1@2027-01-01\",\"power_of_attorney:1\",S-01,voluntary," +
		"\"2019-02-11 first_choice S-01 77;2020-01-10 relocation S-02 in 50\",paper,2019-02-25,7711204103046051,\"change_name@2026-02-01;relocation@2026-01-15;birth-registration@2026-01-01\"\n"
	return [][]byte{
		[]byte(header + "G-1,2026-03-10,77,1985-04-12,rf,112-233-445 95,S-01,first_choice\n"),
		[]byte(header + "G-1,\"2026"),
		[]byte(header + "G-1,\"2026\n"),
		[]byte(header + "G-1,\"2026\"x,77,1985-04-12,rf,,,"),
		[]byte(header + "G-1,\"20\n26\"x,77,1985-04-12,rf,,,\nG-2,2026-03-10,77,1985-04-12,rf,,,\n"),
		[]byte("\ufeff# a comment \"with a quote\n#\n" + strings.ReplaceAll(header, ",", ";") + "E-1;10.03.2026;RU-MOW;12.04.1985;rf;;;\r\n"),
		[]byte(full + row),
		[]byte("\ufeff" + full + row + "G-2,2026-03-10,77\n"),
		[]byte("id,date\n1,2\n"),
		sampleCSV[:2000],
		sampleCSV,
	}
}

// FuzzCSV feeds arbitrary bytes as an input file: the program never
// panics, and every row it reads is in the report.
func FuzzCSV(f *testing.F) {
	for _, s := range csvSeeds() {
		f.Add(s)
	}
	opts := testOptions(f, 2, "text")
	f.Fuzz(func(t *testing.T, data []byte) {
		sum, err := audit(context.Background(), newCSVSource(bytes.NewReader(data)), io.Discard, io.Discard, "fuzz", opts)
		if err != nil {
			t.Fatal(err)
		}
		if sum.Checked+sum.Malformed != sum.Rows {
			t.Fatalf("rows %d ≠ checked %d + malformed %d", sum.Rows, sum.Checked, sum.Malformed)
		}
	})
}

// FuzzJSONL feeds arbitrary bytes as a JSON Lines file, seeded with lines
// that give every member, the nested arrays, a byte-order mark, blank and
// CRLF lines, unknown members and two values on a line: no panic, every
// line that is not blank is a row of the report, and the JSON report is
// JSON.
func FuzzJSONL(f *testing.F) {
	full := `{"id":"J-1","date":"2026-03-10","region":"RU-MOW","birth_date":"1985-04-12","citizenship":"foreign","country":"KZ",` +
		`"residence":"temporary","refugee":"","service":"","flags":["labour_contract","working"],"contribution_months":12,` +
		`"status_until":"2027-01-01","snils":"112-233-445 95","applicant":"representative",` +
		`"documents":[{"kind":"foreign_passport","number":"N1"},{"kind":"temporary_residence_permit","number":"7","expires":"2027-01-01"}],` +
		`"representative_documents":[{"kind":"power_of_attorney","number":"1"}],"insurer":"S-01","reason":"voluntary",` +
		`"history":[{"date":"2019-02-11","reason":"first_choice","insurer":"S-01","region":"77"}],"policy_form":"paper",` +
		`"policy_issued":"2019-02-25","enp":"7711204103046051","events":[{"kind":"change_name","date":"2026-02-01"},{"kind":"relocation","date":"2026-01-15"}]}`
	for _, s := range []string{
		full + "\n",
		"\ufeff" + full + "\r\n\r\n" + full,
		`{"id":"J-2","colour":"red"}` + "\n" + `{"id":"J-3",` + "\n",
		`{"id":"J-4","date":"2026-03-10","region":"77","birth_date":"1985-04-12","citizenship":"rf","contribution_months":-1}`,
		`{"id":"J-5"} {"id":"J-6"}` + "\n[]\nnull\n",
		"\n\n   \n",
	} {
		f.Add([]byte(s))
	}
	sample, err := readTestdata("applications.jsonl")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(sample)
	opts := testOptions(f, 2, "json")
	opts.citations = "table"
	f.Fuzz(func(t *testing.T, data []byte) {
		var out bytes.Buffer
		sum, err := audit(context.Background(), newJSONLSource(bytes.NewReader(data)), &out, io.Discard, "fuzz", opts)
		if err != nil {
			t.Fatal(err)
		}
		if sum.Checked+sum.Malformed != sum.Rows {
			t.Fatalf("rows %d ≠ checked %d + malformed %d", sum.Rows, sum.Checked, sum.Malformed)
		}
		if sum.ReadWhole && sum.Rows != nonBlankLines(data) {
			t.Fatalf("%d rows of %d lines that are not blank", sum.Rows, nonBlankLines(data))
		}
		for _, l := range bytes.Split(bytes.TrimSpace(out.Bytes()), []byte("\n")) {
			if !jsonValid(l) {
				t.Fatalf("not JSON: %s", l)
			}
		}
	})
}

// nonBlankLines counts the lines of a JSON Lines file that are rows: not
// blank once a byte-order mark at the start is dropped.
func nonBlankLines(data []byte) int {
	data = bytes.TrimPrefix(data, []byte(byteOrderMark))
	n := 0
	for _, l := range bytes.Split(data, []byte("\n")) {
		if len(bytes.TrimSpace(bytes.TrimRight(l, "\r\n"))) > 0 {
			n++
		}
	}
	return n
}

// TestTailReaderKeepsTheEnd checks the tail the CSV source keeps: for any
// input read in any chunks, the bytes since an offset are the input's own,
// when they are within the last tailSize bytes.
func TestTailReaderKeepsTheEnd(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		in := rapid.SliceOfN(rapid.Byte(), 0, 3*tailSize).Draw(t, "input")
		chunk := rapid.IntRange(1, 2*tailSize).Draw(t, "chunk")
		tr := &tailReader{r: bytes.NewReader(in)}
		buf := make([]byte, chunk)
		for {
			if _, err := tr.Read(buf); err != nil {
				break
			}
		}
		off := rapid.Int64Range(0, int64(len(in))).Draw(t, "offset")
		got, ok := tr.since(off)
		if want := int64(len(in)) - off; ok != (want <= tailSize) {
			t.Fatalf("since(%d) of %d bytes: ok = %v", off, len(in), ok)
		}
		if ok && !bytes.Equal(got, in[off:]) {
			t.Fatalf("since(%d): not the input's bytes", off)
		}
	})
}

// TestEndsInQuote is a table of CSV texts and whether a quote is left
// open at their end.
func TestEndsInQuote(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{`a,"b`, true},
		{"a,\"b\n", true},
		{"a,\"b\nc", true},
		{`a,"b"`, false},
		{`a,"b"x`, false},
		{`a,b"c`, false},    // a quote inside an unquoted field opens nothing
		{`a,"b""c`, true},   // a doubled quote is a quote character
		{`a,"b""c"`, false}, // closed after it
		{"# \"comment\na,b", false},
		{"# x\n\"a", true},
		{"a;\"b", true},
	} {
		if got := endsInQuote([]byte(c.text), ','); got != c.want && !strings.Contains(c.text, ";") {
			t.Errorf("endsInQuote(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	if !endsInQuote([]byte("a;\"b"), ';') || endsInQuote([]byte("a;b\"c"), ';') {
		t.Error("the semicolon is not taken as the separator")
	}
}

func readTestdata(name string) ([]byte, error) { return os.ReadFile(filepath.Join("testdata", name)) }

func jsonValid(b []byte) bool { return json.Valid(b) }

// splitListReference is a CSV list cell split the plain way, strings.Split
// and a filter: the naive reference of fields.split.
func splitListReference(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// TestSplitAgreesWithReference checks fields.split against the plain split
// on any cells, several into the same row's store: the lists agree, and
// none is changed by the ones split after it.
func TestSplitAgreesWithReference(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		cells := rapid.SliceOfN(rapid.StringMatching(`[ a-z;:@0-9]{0,40}`), 1, 6).Draw(t, "cells")
		var f fields
		got := make([][]string, len(cells))
		for i, c := range cells {
			got[i] = f.split(c)
		}
		for i, c := range cells {
			want := splitListReference(c)
			if strings.Join(got[i], "|") != strings.Join(want, "|") || len(got[i]) != len(want) || (got[i] == nil) != (strings.TrimSpace(c) == "") {
				t.Fatalf("cell %q: got %q, want %q", c, got[i], want)
			}
		}
	})
}
