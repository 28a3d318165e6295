package oms_test

import (
	"testing"

	"github.com/omsrules/oms"
)

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
		if !oms.IsActURL(a.URL) {
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

// IsActURL accepts the acts' own sites and their subdomains, nothing else
// (issue 9: no regional fund's page).
func TestIsActURL(t *testing.T) {
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
		"HTTPS://WWW.CONSULTANT.RU/x":                                    true,
	} {
		if got := oms.IsActURL(u); got != want {
			t.Errorf("IsActURL(%q) = %v, want %v", u, got, want)
		}
	}
}
