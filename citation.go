package oms

import (
	"net/url"
	"strings"
)

// A Citation is a reference to a provision of law: the act, and within it
// the article, part and point, with a short title and a URL where one exists.
//
// The zero Citation refers to nothing; IsZero reports it. Citations are
// plain values: compare them with ==.
type Citation struct {
	// Act names the legal act as lawyers write it: "326-ФЗ", "ГК РФ",
	// "ТК РФ", "ПП РФ № 2188 от 29.12.2025", "Приказ Минздрава № 108н".
	Act string `json:"act"`
	// Article is the article (статья) number, such as "16" or "35".
	Article string `json:"article,omitempty"`
	// Part is the part (часть) of the article.
	Part string `json:"part,omitempty"`
	// Point is the point (пункт), with its subpoint if any, such as "1" or "1.1".
	Point string `json:"point,omitempty"`
	// Title is a short human title of the provision, in Russian.
	Title string `json:"title,omitempty"`
	// URL is where the text of the act can be read, if known.
	URL string `json:"url,omitempty"`
}

// IsZero reports whether c refers to nothing.
func (c Citation) IsZero() bool { return c == Citation{} }

// String returns the reference in the customary Russian form, most general
// first: "326-ФЗ, ст. 16, ч. 2, п. 1". For an act whose structure is not
// article-based (the Rules of ОМС, a programme) the point comes without an
// article: "Правила ОМС, п. 29". The title and URL are not included.
func (c Citation) String() string {
	var b strings.Builder
	b.Grow(len(c.Act) + len(c.Article) + len(c.Part) + len(c.Point) + 24)
	b.WriteString(c.Act)
	add := func(label, v string) {
		if v == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(label)
		b.WriteString(v)
	}
	add("ст. ", c.Article)
	add("ч. ", c.Part)
	add("п. ", c.Point)
	return b.String()
}

// actHosts are the sites where the library's citations may link: the
// texts of the acts themselves on the legal databases and the official
// portals, never a regional fund's page that retells them.
var actHosts = [...]string{"consultant.ru", "garant.ru", "pravo.gov.ru", "docs.cntd.ru", "ffoms.gov.ru", "minzdrav.gov.ru"}

// IsActURL reports whether u is empty or an http(s) link to the text of an
// act on one of the sites the library cites: consultant.ru, garant.ru,
// pravo.gov.ru, docs.cntd.ru, ffoms.gov.ru or minzdrav.gov.ru, or a
// subdomain of one (base.garant.ru, publication.pravo.gov.ru). An
// auditor's tooling can hold citations from elsewhere to the same rule.
func IsActURL(u string) bool {
	if u == "" {
		return true
	}
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "https" && p.Scheme != "http") {
		return false
	}
	h := strings.ToLower(p.Hostname())
	for _, s := range actHosts {
		if h == s || strings.HasSuffix(h, "."+s) {
			return true
		}
	}
	return false
}
