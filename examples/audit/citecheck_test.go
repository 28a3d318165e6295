package main

import (
	"bufio"
	"encoding/json"
	"sort"
	"strings"
	"testing"

	"github.com/omsrules/oms"
)

// TestSampleCitations checks every finding and every due date of the
// bundled sample, audited in full: each cites an article or a point of an
// act, and links, if at all, only to the act on a legal database or an
// official portal.
func TestSampleCitations(t *testing.T) {
	out, _, code := runAudit(t, "-asof", asOf, "-format", "json", "-citations", "inline")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	type citation struct{ Act, Article, Point, URL string }
	type report struct {
		Type     string `json:"type"`
		ID       string `json:"id"`
		Decision struct {
			Findings []struct {
				Code     string   `json:"code"`
				Citation citation `json:"citation"`
			} `json:"findings"`
		} `json:"decision"`
		Deadlines []struct {
			Step     string   `json:"step"`
			Citation citation `json:"citation"`
		} `json:"deadlines"`
	}
	uncited, offsite := map[string]bool{}, map[string]bool{}
	check := func(what string, c citation) {
		if c.Article == "" && c.Point == "" {
			uncited[what] = true
		}
		if !oms.IsActURL(c.URL) {
			offsite[what+" "+c.URL] = true
		}
	}
	findings := 0
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var line report // fresh: Unmarshal keeps the fields a line lacks
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatal(err)
		}
		if line.Type != "application" {
			continue
		}
		for _, f := range line.Decision.Findings {
			findings++
			check(f.Code, f.Citation)
		}
		for _, d := range line.Deadlines {
			check("due: "+d.Step, d.Citation)
		}
	}
	if findings < 500 {
		t.Fatalf("only %d findings in the sample's report", findings)
	}
	for name, m := range map[string]map[string]bool{"cite no article or point": uncited, "link off the acts' sites": offsite} {
		if len(m) > 0 {
			keys := make([]string, 0, len(m))
			for k := range m {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			t.Errorf("%d findings %s:\n%s", len(keys), name, strings.Join(keys, "\n"))
		}
	}
}
