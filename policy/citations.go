package policy

import "github.com/omsrules/oms"

// The provisions the package's rules rest on. The points of the Rules of
// ОМС by edition are in points.go (rulePoint); the citations here are of
// laws, letters and the points of chapter III of 108н as amended by 789н
// (pp. 28–30). URLs go to the act itself or are left empty.
var (
	citeArt10 = oms.Citation{
		Act: oms.Act326FZ, Article: "10",
		Title: "Застрахованные лица",
	}
	citeArt45 = oms.Citation{
		Act: oms.Act326FZ, Article: "45",
		Title: "Полис обязательного медицинского страхования",
		URL:   "https://base.garant.ru/57417448/c7f0164139c159e5c4e7786790ae469d",
	}
	citeArt16Part11 = oms.Citation{
		Act: oms.Act326FZ, Article: "16", Part: "1.1",
		Title: "Права временно пребывающих иностранных работников со стажем уплаты страховых взносов",
	}
	citeArt46 = oms.Citation{
		Act: oms.Act326FZ, Article: "46",
		Title: "Выдача полисов обязательного медицинского страхования",
	}
	citeArt51Part2 = oms.Citation{
		Act: oms.Act326FZ, Article: "51", Part: "2",
		Title: "Полисы, выданные до вступления закона в силу, действуют до замены на полисы единого образца",
	}
	// citeArt16Part2Item3Ed2010 is the original wording of the duty to
	// notify (testhelp.link, law.md §1.2); citeArt16Part2Item3 the later
	// one with the identity document (ТФОМС Челябинской области,
	// 13.08.2018; law-addendum.md §1(f)).
	citeArt16Part2Item3Ed2010 = oms.Citation{
		Act: oms.Act326FZ, Article: "16", Part: "2", Point: "3",
		Title: "Уведомить СМО об изменении ФИО, места жительства в течение одного месяца (первоначальная редакция)",
	}
	citeArt16Part2Item3 = oms.Citation{
		Act: oms.Act326FZ, Article: "16", Part: "2", Point: "3",
		Title: "Уведомить СМО об изменении ФИО, данных документа, удостоверяющего личность, места жительства в течение одного месяца",
	}
	citeArt16Part2Item4 = oms.Citation{
		Act: oms.Act326FZ, Article: "16", Part: "2", Point: "4",
		Title: "При переезде, если прежняя СМО там не работает, выбрать СМО в течение одного месяца",
	}
	citeGK192 = oms.Citation{
		Act: oms.ActCivilCode, Article: "192", Point: "3",
		Title: "Срок, исчисляемый месяцами, истекает в соответствующее число последнего месяца срока",
	}
	citeRulesP28 = oms.Citation{
		Act: oms.ActRules108n, Point: "28",
		Title: "Полис — уникальная последовательность символов в машиночитаемом виде в едином регистре застрахованных лиц",
		URL:   "https://docs.cntd.ru/document/554023464/titles/7DU0KB",
	}
	// citeArt45Ed2021 is art. 45 of 326-ФЗ as amended by the federal law
	// published in СЗ РФ 2021 N 50 ст. 8412 (the footnote of Rules ch. III,
	// law-addendum.md §5 [P]), for the policy as a record in the ЕРЗ from
	// 01.12.2022, before p. 28 of the Rules came into force on 10.01.2023.
	// It names no law number, which is unconfirmed.
	citeArt45Ed2021 = oms.Citation{
		Act: oms.Act326FZ, Article: "45",
		Title: "Полис — запись в едином регистре застрахованных лиц (в ред. федерального закона, СЗ РФ 2021, N 50, ст. 8412; с 01.12.2022)",
		URL:   "https://docs.cntd.ru/document/554023464/titles/7DU0KB",
	}
	// citeENPCheckDigit is the source of the ЕНП check digit: the Mod10
	// method of ISO/HL7 27931:2009, as the territorial fund of the Rostov
	// region describes the structure of the ЕНП (law.md §3.1, [S]). HL7 v2
	// defines the method with the check digit scheme of the CX data type
	// (component CX.3, code M10 of table 0061: "Take the odd digit
	// positions, counting from the right…", with the examples 12345 → 5,
	// 401 → 0; the CX definitions of HL7 v2 reproduced by hl7.eu and
	// nictiz.nl). The section number of chapter 2A in the v2.5 text was
	// not read, so the component is cited.
	citeENPCheckDigit = oms.Citation{
		Act: oms.ActISO27931Mod10, Point: "CX.3 (M10)",
		Title: "Тип данных CX, компонент 3 «Check Digit Scheme», алгоритм Mod10 (код M10 таблицы HL7 0061); контрольная цифра единого номера полиса — по описанию ТФОМС Ростовской области",
	}
	// citeLaw405 is art. 45 of 326-ФЗ (the policy) as the 2021 reform law
	// re-worded it: the footnote of the Rules ch. III cites art. 45 part 2
	// in the edition of СЗ РФ 2021 N 50 ст. 8412 (law-addendum.md §5). A
	// reproduction of 326-ФЗ art. 44 (zakonrf.info) marks an item "утратил
	// силу с 1 декабря 2022 года — Федеральный закон от 06.12.2021 N
	// 405-ФЗ", which ties the number 405-ФЗ and the date 01.12.2022
	// together; law-addendum.md §5 tags the number and the basis of
	// 01.12.2022 [U] (a June-2022 law may have set the date), so the
	// versions citing it are Unconfirmed.
	citeLaw405 = oms.Citation{
		Act: oms.Act326FZ, Article: "45",
		Title: "Полис — запись в едином регистре застрахованных лиц (в ред. Федерального закона от 06.12.2021 № 405-ФЗ), с 01.12.2022",
	}
	citeRulesP29 = oms.Citation{
		Act: oms.ActRules108n, Point: "29",
		Title: "Полис на бланке, выданный в соответствии с законом в редакции, действовавшей до 01.01.2022, действует до истечения срока и замене не подлежит",
		URL:   "https://docs.cntd.ru/document/554023464/titles/7DU0KB",
	}
	citeRulesP30 = oms.Citation{
		Act: oms.ActRules108n, Point: "30",
		Title: "При переоформлении или утрате полиса на бланке новый бланк не изготавливается",
		URL:   "https://docs.cntd.ru/document/554023464/titles/7DU0KB",
	}
	citeTerm158 = oms.Citation{
		Act: oms.ActRules158n, Point: "31–33",
		Title: "Срок действия полиса: гражданам и постоянно проживающим — без ограничения; беженцам — срок пребывания; временно проживающим — срок РВП",
	}
	citeDuplicate158 = oms.Citation{
		Act: oms.ActRules158n, Point: "55",
		Title: "Дубликат полиса при ветхости, непригодности или утрате",
	}
	citeTerm108P36 = oms.Citation{
		Act: oms.ActRules108n, Point: "36",
		Title: "Полисы, выданные до 01.01.2011, действуют до замены на полис единого образца",
	}
	citeDuplicate108 = oms.Citation{
		Act: oms.ActRules108n, Point: "63",
		Title: "Дубликат полиса при ветхости, непригодности или утрате",
	}
	citeCertificateIssue158 = oms.Citation{
		Act: oms.ActRules158n, Point: "34",
		Title: "В день подачи заявления СМО выдаёт полис либо временное свидетельство",
	}
	citeCertificateIssue108 = oms.Citation{
		Act: oms.ActRules108n, Point: "44",
		Title: "В день подачи заявления СМО выдаёт полис либо временное свидетельство",
	}
	citeRegister158 = oms.Citation{
		Act: oms.ActRules158n, Point: "38–49",
		Title: "Сроки обмена сведениями СМО, ТФОМС и ФОМС и изготовления полиса",
	}
	citeRegister108 = oms.Citation{
		Act: oms.ActRules108n, Point: "49–58",
		Title: "Сроки обмена сведениями СМО, ТФОМС и ФОМС и изготовления полиса",
	}
	// citeCap2017, citeCap2019 and citeCap108 are the calendar-year cap
	// around the 2018 letter: secondary sources only (law-addendum.md
	// §1(g); news of 2017).
	citeCap2017 = oms.Citation{
		Act: oms.Act326FZ, Article: "45",
		Title: "полис иностранным гражданам, лицам без гражданства и беженцам — на календарный год (изменения Правил ОМС 158н с 2017 г., приказ Минздрава России от 27.10.2016 № 803н; по сообщениям СМИ)",
	}
	citeCap2019 = oms.Citation{
		Act: oms.Act326FZ, Article: "45",
		Title: "полис иностранным гражданам и лицам без гражданства — до конца календарного года (ежегодное переоформление после письма ФОМС 13057/91/и, до вступления в силу 108н; по сообщениям СМИ)",
	}
	citeCap108 = oms.Citation{
		Act: oms.ActRules108n, Point: "38–41",
		Title: "Полис иностранным гражданам, лицам без гражданства, лицам по закону «О беженцах», трудящимся ЕАЭС — до конца календарного года (п. 43: обратившимся с 1 ноября — до конца следующего года)",
	}
	// citeLetter13057 is the rule of the federal fund's letter of
	// 08.11.2017 № 13057/91/и (its one paragraph, reproduced by oms44.ru):
	// policies applied for from 20.11.2017 by foreigners, stateless
	// persons and refugees run to the end of 2018. The letter applies the
	// Rules 158н as amended in 2016–2017, whose point was not read, so the
	// article of 326-ФЗ on the policy is cited and the version is
	// Unconfirmed.
	citeLetter13057 = oms.Citation{
		Act: oms.Act326FZ, Article: "45",
		Title: "Срок действия полиса иностранных граждан, лиц без гражданства и беженцев, обратившихся с 20.11.2017, — до конца 2018 года (письмо ФОМС от 08.11.2017 № 13057/91/и)",
		URL:   "https://base.garant.ru/57417448/c7f0164139c159e5c4e7786790ae469d",
	}
	// citeOldLaw is art. 5 of the law of 1991, «Страховой медицинский
	// полис» (its editions of 1993–2009 on zakonbase.ru).
	citeOldLaw = oms.Citation{
		Act: oms.ActLaw1499, Article: "5",
		Title: "Страховой медицинский полис (до 2011 года)",
	}
	// citeUEK is the points of the Rules 158н (2011 text) on the forms of
	// the uniform policy, among them the УЭК (rules-points.md row 7).
	citeUEK = oms.Citation{
		Act: oms.ActRules158n, Point: "20–21",
		Title: "Полис единого образца, в том числе в составе универсальной электронной карты (Федеральный закон от 27.07.2010 № 210-ФЗ; выпуск УЭК прекращён с 01.01.2017 Федеральным законом от 28.12.2016 № 471-ФЗ)",
	}
)
