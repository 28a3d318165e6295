// Package nsi speaks the codes and file formats of the reference books
// (нормативно-справочная информация, НСИ) that the ОМС system exchanges
// data in: the federal fund's F002 (the unified register of insurers),
// F008 (policy types), F011 (identity documents), V005 (sex) and O001
// (countries), the Ministry of Health's МКБ-10 dictionary
// (1.2.643.5.1.13.13.11.1005) and the fund's M001, and crosswalks between
// the three document code systems that disagree (a passport of a citizen
// of the RF is 14 in F011, 1 in the Ministry's 1.2.643.5.1.13.13.99.2.48
// and 21 in the tax service's list).
//
// Loaders read the files the fund and the Ministry publish — XML in
// windows-1251 (or UTF-8), zipped or bare, in each of the three shapes of
// the fund's books — from an io.Reader; nothing is downloaded. Bad input
// is a *ParseError naming the book, the record and the field; no loader
// panics.
//
// The shipped tables hold only codes a source confirms; rows a source does
// not confirm carry Unconfirmed. Load the current book from the fund to
// get every code.
package nsi
