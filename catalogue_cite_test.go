package oms_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
	"github.com/omsrules/oms/nsi"
	"github.com/omsrules/oms/policy"
	"github.com/omsrules/oms/program"
	"github.com/omsrules/oms/smo"
)

// decreeName is how a programme of state guarantees is cited: by its
// decree, which carries its own number and date (acts.go).
var decreeName = regexp.MustCompile(`^ПП РФ № \d+ от \d\d\.\d\d\.\d{4}$`)

// programmeSection is how program cites a programme of state guarantees
// without an article or a point: the programme is an annex to its decree
// divided into sections (разделы), for which Citation has no field, so
// the Title names the programme and, where the year's data know it, the
// section ("Программа государственных гарантий, раздел VII: …"). A decree
// is the only kind of act that may leave Article and Point empty, and
// only with such a title.
const programmeSection = "Программа государственных гарантий"

// referenceBooks are the acts without articles or points that a finding
// may cite whole: a reference book of the НСИ, whose rows (each with its
// dates in force) are the rule, read by package nsi.
var referenceBooks = []string{oms.ActBookF011, oms.ActDictICD10}

// uncitedInputCodes are the findings about input the library cannot read
// (no law is broken by the person or the insurer, so no provision is
// cited), each with its reason. Only these may cite nothing at all.
var uncitedInputCodes = map[string]string{
	"smo.request.invalid":           "the request is malformed (no date, region or insurer): it cannot be checked against any rule",
	"smo.relocation.invalid":        "the relocation question is malformed: it cannot be checked against any rule",
	"program.coverage.invalid-code": "the ICD-10 code is missing or not a code: no rule of the programme can be applied",
}

// TestCatalogueCitations checks every citation of every finding code the
// library lists (eligibility, policy, smo, program with its access rules,
// nsi, whose reference books are cited whole (referenceBooks); not
// calendar's, whose calendar.period.decree-day cites a review of the
// Supreme Court's practice, an act outside oms.Acts, by no article or
// point): each names an article or a
// point, or is a programme decree cited by its programme's section (see
// programmeSection); its act is one of
// oms.Acts or a programme decree; its URL is empty or on the acts' sites.
// A code that cites nothing must be an input-validation code listed in
// uncitedInputCodes.
func TestCatalogueCitations(t *testing.T) {
	var acts []string
	for _, a := range oms.Acts() {
		acts = append(acts, a.Name)
		if !oms.IsActURL(a.URL) {
			t.Errorf("act %q links off the acts' sites: %s", a.Name, a.URL)
		}
	}
	lists := map[string][]oms.CodeInfo{
		"eligibility": eligibility.Codes(),
		"policy":      policy.Codes(),
		"smo":         smo.Codes(),
		"program":     program.Codes(),
		"nsi":         nsi.Codes(),
	}
	n := 0
	for pkg, codes := range lists {
		if len(codes) == 0 {
			t.Errorf("%s: no codes", pkg)
		}
		for _, ci := range codes {
			if len(ci.Citations) == 0 {
				if _, ok := uncitedInputCodes[ci.Code]; !ok {
					t.Errorf("%s: %s cites nothing and is not an input-validation code", pkg, ci.Code)
				}
				continue
			}
			for _, c := range ci.Citations {
				n++
				bySection := decreeName.MatchString(c.Act) && strings.HasPrefix(c.Title, programmeSection)
				if c.Article == "" && c.Point == "" && !bySection && !slices.Contains(referenceBooks, c.Act) {
					t.Errorf("%s: %s cites %q with no article or point", pkg, ci.Code, c.String())
				}
				if !slices.Contains(acts, c.Act) && !decreeName.MatchString(c.Act) {
					t.Errorf("%s: %s cites the act %q, not one of oms.Acts() nor a decree", pkg, ci.Code, c.Act)
				}
				if !oms.IsActURL(c.URL) {
					t.Errorf("%s: %s links off the acts' sites: %s", pkg, ci.Code, c.URL)
				}
			}
		}
	}
	if n < 300 {
		t.Fatalf("only %d citations in the catalogue", n)
	}
	for code := range uncitedInputCodes {
		found := false
		for _, codes := range lists {
			found = found || slices.ContainsFunc(codes, func(ci oms.CodeInfo) bool { return ci.Code == code && len(ci.Citations) == 0 })
		}
		if !found {
			t.Errorf("%s is listed as uncited but is not, or no longer exists: remove it", code)
		}
	}
}
