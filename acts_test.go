package oms_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/omsrules/oms"
)

// allowedHosts are the sites of the acts themselves (issue 9): citations
// link to the act, never to a regional fund's page.
var allowedHosts = []string{"consultant.ru", "garant.ru", "pravo.gov.ru", "docs.cntd.ru", "ffoms.gov.ru", "minzdrav.gov.ru"}

// allowedActURL reports whether u is empty or on one of allowedHosts.
func allowedActURL(u string) bool {
	if u == "" {
		return true
	}
	p, err := url.Parse(u)
	if err != nil || p.Scheme != "https" && p.Scheme != "http" {
		return false
	}
	for _, h := range allowedHosts {
		if p.Host == h || strings.HasSuffix(p.Host, "."+h) {
			return true
		}
	}
	return false
}

func TestActs(t *testing.T) {
	seen := map[string]bool{}
	for _, a := range oms.Acts() {
		if a.Name == "" || a.Title == "" {
			t.Errorf("act %+v has no name or title", a)
		}
		if seen[a.Name] {
			t.Errorf("act %q listed twice", a.Name)
		}
		seen[a.Name] = true
		if a.Signed != "" {
			if _, err := oms.ParseDate(a.Signed); err != nil {
				t.Errorf("act %q: signed %q: %v", a.Name, a.Signed, err)
			}
		}
		if !allowedActURL(a.URL) {
			t.Errorf("act %q: URL %q is not the act's own text", a.Name, a.URL)
		}
		got, ok := oms.ActByName(a.Name)
		if !ok || got != a {
			t.Errorf("ActByName(%q) = %+v, %v", a.Name, got, ok)
		}
	}
	if _, ok := oms.ActByName("no such act"); ok {
		t.Error("ActByName found an unknown act")
	}
	// The constants most cited are in the list.
	for _, name := range []string{oms.Act326FZ, oms.ActRules108n, oms.ActRules158n, oms.ActCivilCode, oms.Act59FZ} {
		if !seen[name] {
			t.Errorf("%q is not in Acts()", name)
		}
	}
}

func TestAllowedActURL(t *testing.T) {
	for u, want := range map[string]bool{
		"": true, "https://www.consultant.ru/document/cons_doc_LAW_107289/": true,
		"https://docs.cntd.ru/document/554023464": true, "https://foms.example.ru/page": false,
		"ftp://consultant.ru/x": false, "https://evilconsultant.ru/": false,
	} {
		if got := allowedActURL(u); got != want {
			t.Errorf("allowedActURL(%q) = %v, want %v", u, got, want)
		}
	}
}
