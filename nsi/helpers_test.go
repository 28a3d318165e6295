package nsi

import (
	"bytes"
	"os"
	"testing"
	"time"

	"github.com/rickb777/date"
)

func day(y int, m time.Month, d int) date.Date { return date.New(y, m, d) }

func open(t testing.TB, name string) *bytes.Reader {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.NewReader(b)
}

func fixture(f *testing.F, name string) []byte {
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		f.Fatal(err)
	}
	return b
}
