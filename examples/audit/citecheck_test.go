package main

import (
	"bufio"
	"encoding/json"
	"net/url"
	"slices"
	"sort"
	"strings"
	"testing"
)

// actHosts are the sites a citation may link to: the acts themselves, on
// the legal databases and the official portals (BRIEF: no regional fund's
// site).
var actHosts = []string{"consultant.ru", "garant.ru", "pravo.gov.ru", "docs.cntd.ru", "ffoms.gov.ru", "minzdrav.gov.ru"}

// actHost reports whether u is empty or a link to one of actHosts (or a
// subdomain of one, such as base.garant.ru or publication.pravo.gov.ru).
func actHost(u string) bool {
	if u == "" {
		return true
	}
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "https" && p.Scheme != "http") {
		return false
	}
	h := strings.ToLower(p.Hostname())
	return slices.ContainsFunc(actHosts, func(s string) bool { return h == s || strings.HasSuffix(h, "."+s) })
}

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
		if !actHost(c.URL) {
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

func TestActHost(t *testing.T) {
	for u, want := range map[string]bool{
		"": true,
		"https://www.consultant.ru/document/cons_doc_LAW_107289/":        true,
		"https://base.garant.ru/12180688/":                               true,
		"http://publication.pravo.gov.ru/Document/View/0001201012010001": true,
		"https://docs.cntd.ru/document/902253789":                        true,
		"https://www.ffoms.gov.ru/":                                      true,
		"https://minzdrav.gov.ru/documents/1":                            true,
		"https://tfoms.ru/":                                              false, // a regional fund
		"https://www.mgfoms.ru/":                                         false,
		"https://notgarant.ru/":                                          false,
		"https://garant.ru.example.com/":                                 false,
		"ftp://garant.ru/":                                               false,
		"garant.ru/12180688":                                             false,
	} {
		if got := actHost(u); got != want {
			t.Errorf("actHost(%q) = %v, want %v", u, got, want)
		}
	}
}
