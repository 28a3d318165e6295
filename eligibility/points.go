package eligibility

import (
	"time"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

// day803n is the day the amendment 803н of the Rules 158н (EAEU workers)
// came into force. It added points, and the numbering of 158н after it was
// not read (rules-points.md): a 158н point cited for a later event is
// Unconfirmed.
var day803n = date.New(2017, time.January, 1)

// dayRules789 is the day chapter III of the Rules 108н as amended by 789н
// came into force (rules-points.md, S4); the numbering of chapter II
// (the application and its documents) from that day was not read.
var dayRules789 = date.New(2023, time.January, 10)

// citeArt16Part5 is the article of 326-ФЗ the documents list of the Rules
// implements (the choice of an insurer by application), cited where the
// point of the Rules is not known.
var citeArt16Part5 = oms.Citation{
	Act: oms.Act326FZ, Article: "16", Part: "5",
	Title: "Выбор (замена) страховой медицинской организации путём подачи заявления; документы — по Правилам ОМС",
}

// A docPoint is the point of the documents list of the Rules for one
// category or party: 158н p. 9 and 108н p. 14 (p. 19 for EAEU
// categories), rules-points.md row 2.
type docPoint struct {
	p158, p108 string // "" where not known
	title      string
}

// on returns the citation of the point for an application on d, and
// whether it is unconfirmed: the 158н point after 803н (2017), and from
// 10.01.2023, or where the point is not known, 326-ФЗ art. 16 part 5.
func (p docPoint) on(d date.Date) (oms.Citation, bool) {
	switch {
	case d.Before(day108n) && p.p158 != "":
		return oms.Citation{Act: oms.ActRules158n, Point: p.p158, Title: p.title}, !d.Before(day803n)
	case !d.Before(day108n) && d.Before(dayRules789) && p.p108 != "":
		return oms.Citation{Act: oms.ActRules108n, Point: p.p108, Title: p.title}, false
	}
	return citeArt16Part5, true
}

// docPointOf returns the point of the documents list for a requirement of
// party for a person of category c.
func docPointOf(c Category, party Party) docPoint {
	switch party {
	case LegalRepresentativeParty:
		if c == CitizenUnder14 {
			// 158н lists the representative's identity document with the
			// child (p. 9 subp. 1); 108н through subp. 9.
			return docPoint{"9 подп. 1", "14 подп. 9", "Документы законного представителя"}
		}
		return docPoint{"9 подп. 9", "14 подп. 9", "Документы законного представителя"}
	case RepresentativeParty:
		// 108н p. 14 subp. 8 asks for a power of attorney made under
		// art. 185 of the Civil Code (rules-points.md row 2).
		return docPoint{"9 подп. 8", "14 подп. 8", "Документы представителя: документ, удостоверяющий личность, и доверенность (ст. 185 ГК РФ)"}
	}
	const title = "Документы, прилагаемые к заявлению о выборе (замене) СМО: "
	switch c {
	case CitizenUnder14:
		return docPoint{"9 подп. 1", "14 подп. 1", title + "ребёнок до 14 лет"}
	case Citizen14Plus:
		return docPoint{"9 подп. 2", "14 подп. 2", title + "гражданин РФ с 14 лет"}
	case Refugee, RefugeePetitioner, RefugeeAppellant, TemporaryAsylum:
		return docPoint{"9 подп. 3", "14 подп. 3", title + "лица, имеющие право на медицинскую помощь по закону «О беженцах»"}
	// The 158н subpoints of the foreign categories are not in the
	// library's sources: point 9 is cited.
	case ForeignPermanent:
		return docPoint{"9", "14 подп. 4", title + "иностранный гражданин, постоянно проживающий в РФ"}
	case StatelessPermanent:
		return docPoint{"9", "14 подп. 5", title + "лицо без гражданства, постоянно проживающее в РФ"}
	case ForeignTemporary:
		return docPoint{"9", "14 подп. 6", title + "иностранный гражданин, временно проживающий в РФ"}
	case StatelessTemporary:
		return docPoint{"9", "14 подп. 7", title + "лицо без гражданства, временно проживающее в РФ"}
	case EAEUWorker:
		return docPoint{"", "19 подп. 1", title + "трудящийся государства — члена ЕАЭС"}
	case EAEUOfficial:
		return docPoint{"", "19 подп. 2", title + "члены Коллегии ЕЭК, должностные лица и сотрудники органов ЕАЭС"}
	}
	return docPoint{}
}

// cite sets the citation of each requirement of category c for an
// application on d, keeping the flags the list sets; the Citizen14Plus
// СНИЛС keeps the citation of Rules.SNILSFrom14 before 10.01.2023. It
// cites the list of RequiredDocuments and the requirements of a
// representative or a legal representative that CheckDocuments adds
// (158н p. 9 subp. 8, 9; 108н p. 14 subp. 8, 9).
func cite(reqs []Requirement, c Category, d date.Date, snilsRule bool) {
	for i := range reqs {
		q := &reqs[i]
		if snilsRule && q.Code == "snils" && q.Party == Insured && d.Before(dayRules789) {
			q.Unconfirmed = q.Unconfirmed || (q.Citation.Act == oms.ActRules158n && !d.Before(day803n))
			continue
		}
		ct, unconfirmed := docPointOf(c, q.Party).on(d)
		q.Citation, q.Unconfirmed = ct, q.Unconfirmed || unconfirmed
	}
}

// ptApplicant is who applies: the person, or a parent or other legal
// representative for a child (rules-points.md row 1a).
var ptApplicant = docPoint{"3, 4, 6", "3, 4",
	"Выбор (замена) СМО: застрахованное лицо лично или через представителя; за ребёнка — родители или другие законные представители"}
