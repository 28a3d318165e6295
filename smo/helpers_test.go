package smo

import (
	"os"
	"testing"
	"time"

	"github.com/rickb777/date"
)

func day(y int, m time.Month, d int) date.Date { return date.New(y, m, d) }

// sample reads the illustrative registry in testdata.
func sample(t testing.TB) *Registry {
	t.Helper()
	f, err := os.Open("testdata/sample-registry.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := LoadCSV(f)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

var adult = day(1980, time.May, 17)
