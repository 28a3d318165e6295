package eligibility

import "github.com/omsrules/oms"

// The provisions the package cites.
var (
	citeArt10 = oms.Citation{
		Act: oms.Act326FZ, Article: "10", Title: "Застрахованные лица",
	}
	citeArt10Ed390 = oms.Citation{
		Act: oms.Act326FZ, Article: "10",
		Title: "Застрахованные лица (в ред. Федерального закона от 28.12.2013 № 390-ФЗ)",
		URL:   "https://base.garant.ru/57406660/3d3a9e2eb4f30c73ea6671464e2a54b5/",
	}
	citeArt16Part11 = oms.Citation{
		Act: oms.Act326FZ, Article: "16", Part: "1.1",
		Title: "Права временно пребывающих иностранных работников со стажем уплаты страховых взносов",
	}
	citeArt16Part11Ed430 = oms.Citation{
		Act: oms.Act326FZ, Article: "16", Part: "1.1",
		Title: "в ред. Федерального закона от 28.11.2025 № 430-ФЗ: не менее пяти лет",
	}
	// The newborn rule, version by version (rules-points.md, row 6): the
	// Rules 158н p. 5 in the 2011 text (until the registration of birth);
	// 326-ФЗ art. 16 part 3 as worded by 286-ФЗ of 03.07.2016 (thirty days
	// after it); the Rules 108н p. 5 (the same thirty days).
	citeNewborn158 = oms.Citation{
		Act: oms.ActRules158n, Point: "5",
		Title: "ОМС детей со дня рождения до дня государственной регистрации рождения — СМО, в которой застрахованы их матери или другие законные представители",
	}
	citeNewbornArt16Part3 = oms.Citation{
		Act: oms.Act326FZ, Article: "16", Part: "3",
		Title: "ОМС детей со дня рождения и до истечения тридцати дней со дня государственной регистрации рождения — СМО матери (в ред. Федерального закона от 03.07.2016 № 286-ФЗ)",
	}
	citeNewborn108 = oms.Citation{
		Act: oms.ActRules108n, Point: "5",
		Title: "ОМС детей со дня рождения до реализации права выбора СМО, но не позднее тридцати дней со дня государственной регистрации рождения — СМО матери",
	}
	// citeEAEUArt98 is the article of the EAEU Treaty that the Rules
	// implement for EAEU workers: 803н amended the Rules 158н "с целью
	// реализации положений Договора о ЕАЭС" from 01.01.2017 (its annex on
	// consultant.ru, LAW_209307), and the spec names art. 98 as the basis
	// (law.md §1.1, [S]). The Eurasian Economic Commission describes the
	// rule as social insurance of workers on the terms of the host state's
	// citizens; the point of art. 98 that says so, and the point of 158н
	// that 803н added, were not read, so the versions citing it are
	// Unconfirmed.
	citeEAEUArt98 = oms.Citation{
		Act: oms.ActEAEUTreaty, Article: "98",
		Title: "Социальное обеспечение (социальное страхование) трудящихся государств — членов ЕАЭС на тех же условиях, что и граждан государства трудоустройства; в ОМС — Правила ОМС в ред. приказа Минздрава России от 27.10.2016 № 803н (с 01.01.2017)",
	}
	// citeEAEU108 are the points of the Rules 108н (2019 text) on EAEU
	// workers and officials: the application (p. 17), its channel
	// (p. 18), the documents (p. 19) and the term of the policy (pp. 41,
	// 42) (rules-points.md rows 1c, 1d, 2, 3).
	citeEAEU108 = oms.Citation{
		Act: oms.ActRules108n, Point: "17–19, 41, 42",
		Title: "Трудящиеся государств — членов ЕАЭС, члены Коллегии ЕЭК, должностные лица и сотрудники органов ЕАЭС: заявление о выборе СМО, документы, срок действия полиса",
	}
	citeEAEUFamily = oms.Citation{
		Act: oms.ActEAEUTreaty, Article: "98",
		Title: "Суд ЕАЭС (Большая коллегия), разъяснение от 04.03.2026: полис ОМС членам семей трудящихся — по национальному праву",
	}
	// citeServices: the article behind the rule (regional sources say
	// "ст. 49.1") is not confirmed; art. 10, which lists the insured
	// persons, is cited, and the findings are Unconfirmed.
	citeServices = oms.Citation{
		Act: oms.Act326FZ, Article: "10",
		Title: "Военнослужащие и приравненные к ним лица не подлежат ОМС; действие полиса приостанавливается (по разъяснениям ТФОМС)",
	}
	// citeStaying: a temporarily staying foreigner is not among the
	// insured persons of art. 10 (care under ПП РФ от 06.03.2013 № 186).
	citeStaying = oms.Citation{
		Act: oms.Act326FZ, Article: "10",
		Title: "Временно пребывающие иностранные граждане не относятся к застрахованным лицам (медицинская помощь — по ПП РФ от 06.03.2013 № 186)",
	}
	citeCivilCode192 = oms.Citation{
		Act: oms.ActCivilCode, Article: "192", Title: "Окончание срока, определенного периодом времени (по аналогии — для лиц, родившихся 29 февраля)",
	}
)

// Sources of the two readings of the documents list for СНИЛС.
var (
	citeRules158SNILS = oms.Citation{
		Act: oms.ActRules158n, Point: "9 подп. 2",
		Title: "Документы, прилагаемые к заявлению о выборе (замене) СМО: гражданин РФ с 14 лет — паспорт, СНИЛС (при наличии)",
	}
	citeRulesSNILS = oms.Citation{
		Act: oms.ActRules108n, Point: "14 подп. 2",
		Title: "Документы, прилагаемые к заявлению о выборе (замене) СМО: гражданин РФ с 14 лет — документ, удостоверяющий личность, и СНИЛС",
	}
)
