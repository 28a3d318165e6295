package eligibility

import (
	"time"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

// The provisions the package cites.
var (
	citeArt10 = oms.Citation{
		Act: oms.Act326FZ, Article: "10", Title: "Застрахованные лица",
		URL: "https://zakonrf.info/doc-32037907/gl3-st10/",
	}
	citeArt10Ed390 = oms.Citation{
		Act: oms.Act326FZ, Article: "10",
		Title: "Застрахованные лица (в ред. Федерального закона от 28.12.2013 № 390-ФЗ)",
		URL:   "https://base.garant.ru/57406660/3d3a9e2eb4f30c73ea6671464e2a54b5/",
	}
	citeArt16 = oms.Citation{
		Act: oms.Act326FZ, Article: "16", Title: "Права и обязанности застрахованных лиц",
		URL: "https://www.ffoms.gov.ru/for-citizens/faq/gde-poluchit-polis-oms-dlya-rebenka-i-kto-imeet-pravo-eto-sdelat/",
	}
	citeArt16Part11 = oms.Citation{
		Act: oms.Act326FZ, Article: "16", Part: "1.1",
		Title: "Права временно пребывающих иностранных работников со стажем уплаты страховых взносов",
	}
	citeOrder803 = oms.Citation{
		Act:   oms.ActOrder803n,
		Title: "Изменения в Правила ОМС (158н) для реализации Договора о ЕАЭС (ст. 98)",
		URL:   "https://www.consultant.ru/document/cons_doc_LAW_209307/",
	}
	citeEAEUFamily = oms.Citation{
		Act: "Договор о Евразийском экономическом союзе от 29.05.2014", Article: "98",
		Title: "Суд ЕАЭС (Большая коллегия), разъяснение от 04.03.2026: полис ОМС членам семей трудящихся — по национальному праву",
	}
	citeServices = oms.Citation{
		Act:   oms.Act326FZ,
		Title: "Военнослужащие и приравненные к ним лица не подлежат ОМС; действие полиса приостанавливается",
		URL:   "https://tfoms37.ru/novosti/poryadok-sdachi-ili-priostanovleniya-polisa-oms-dlya-voennosluzhashchikh",
	}
	citePP186 = oms.Citation{
		Act:   "ПП РФ от 06.03.2013 № 186",
		Title: "Правила оказания медицинской помощи иностранным гражданам на территории РФ",
	}
	citeCivilCode192 = oms.Citation{
		Act: oms.ActCivilCode, Article: "192", Title: "Окончание срока, определенного периодом времени (по аналогии — для лиц, родившихся 29 февраля)",
	}
	citeRules = oms.Citation{
		Act:   oms.ActRules108n,
		Title: "Документы, прилагаемые к заявлению о выборе (замене) страховой медицинской организации",
		URL:   "https://astfond.ru/private/informatsiya-o-poryadke-polucheniya-zameny-polisa-vybore-smo-i-mo/kategorii-grazhdan-podlezhashchikh-oms/",
	}
)

// lawStart is the day 326-ФЗ came into force; the package answers
// questions from that day on.
var lawStart = date.New(2011, time.January, 1)

// HQSExclusion is what art. 10 of 326-ФЗ excludes from ОМС among highly
// qualified specialists (ВКС, art. 13.2 of Federal Law 115-ФЗ) residing in
// the RF and their family members.
type HQSExclusion uint8

const (
	// HQSNotExcluded: no exclusion; ВКС and their families residing in the
	// RF are insured like other residents.
	HQSNotExcluded HQSExclusion = iota
	// HQSAndFamilyExcluded: ВКС and members of their families are not
	// insured.
	HQSAndFamilyExcluded
	// HQSNonWorkingFamilyExcluded: only the non-working family members of
	// ВКС are not insured; ВКС themselves are.
	HQSNonWorkingFamilyExcluded
)

var hqsText = enumText{"HQSExclusion", []string{"none", "hqs-and-family", "non-working-family"}}

// String returns "none", "hqs-and-family" or "non-working-family".
func (h HQSExclusion) String() string { return hqsText.string(uint8(h)) }

var defaultHQSRule = oms.MustTimeline(
	oms.Dated[HQSExclusion]{
		From: lawStart, Value: HQSNotExcluded, Citation: citeArt10,
		// Inferred from the 2014 change; the original text was not read.
		Unconfirmed: true,
	},
	oms.Dated[HQSExclusion]{
		From: date.New(2014, time.January, 10), Value: HQSAndFamilyExcluded, Citation: citeArt10Ed390,
	},
	oms.Dated[HQSExclusion]{
		From: date.New(2023, time.January, 1), Value: HQSNonWorkingFamilyExcluded, Citation: citeArt10,
		// The current text is read (zakonrf.info), but not the law or date
		// that changed it; 01.01.2023 is the working hypothesis of the
		// library's sources (the reform of insurance contributions).
		Unconfirmed: true,
	},
)

// HQSRule returns the dated rule of art. 10 of 326-ФЗ on highly qualified
// specialists: none excluded from 2011 (inferred, unconfirmed); ВКС and
// their families excluded from 10 January 2014 (Federal Law 28.12.2013
// № 390-ФЗ); only non-working family members excluded in the current text,
// dated 1 January 2023 as a working hypothesis (the amending law and date
// are unconfirmed). Override it with WithHQSRule.
func HQSRule() oms.Timeline[HQSExclusion] { return defaultHQSRule }

var defaultForeignBranchRule = oms.MustTimeline(
	oms.Dated[bool]{From: lawStart, Value: false, Citation: citeArt10, Unconfirmed: true},
	oms.Dated[bool]{From: date.New(2014, time.January, 10), Value: true, Citation: citeArt10Ed390},
)

// ForeignBranchRule returns the dated rule of art. 10 of 326-ФЗ excluding
// foreigners who work under art. 13.5 of Federal Law 115-ФЗ (staff sent to
// branches and representative offices of foreign companies): excluded
// from 10 January 2014 (390-ФЗ), not before (inferred, unconfirmed).
func ForeignBranchRule() oms.Timeline[bool] { return defaultForeignBranchRule }

var defaultQualifyingYears = oms.MustTimeline(
	// From 01.01.2023, 3 years: tagged [S] in the library's sources (a city
	// prosecutor's explanation, odin.ru), the tag the package treats as
	// settled; package policy reads its first version from here.
	oms.Dated[int]{From: date.New(2023, time.January, 1), Value: 3, Citation: citeArt16Part11},
	oms.Dated[int]{
		From: date.New(2026, time.January, 1), Value: 5,
		Citation: oms.Citation{
			Act: oms.Act326FZ, Article: "16", Part: "1.1",
			Title: "в ред. Федерального закона от 28.11.2025 № 430-ФЗ: не менее пяти лет",
		},
		// 430-ФЗ raised the period from 3 to 5 years; its date of entry into
		// force for this part is not confirmed. 01.01.2026 is the library's
		// default; publication + 10 days (about 10.12.2025) is the other
		// hypothesis.
		Unconfirmed: true,
	},
)

// QualifyingYears returns the dated rule of art. 16 part 1.1 of 326-ФЗ: the
// number of years of ОМС contributions paid by employers after which a
// temporarily staying foreign worker is insured. 3 years from 1 January
// 2023; 5 years after Federal Law 28.11.2025 № 430-ФЗ, in force (unconfirmed)
// from 1 January 2026. Before 2023 the rule does not exist (At returns an
// error wrapping oms.ErrNotInForce). Override it with WithQualifyingYears.
func QualifyingYears() oms.Timeline[int] { return defaultQualifyingYears }

var defaultNewbornCover = oms.MustTimeline(
	oms.Dated[int]{
		From: lawStart, Value: -1,
		// The point number is read in the primary text of 803н
		// (consultant.ru LAW_209307): its item 2 re-words point 5 of the
		// Rules 158н, "ОМС детей со дня рождения ...", to the 30-day rule,
		// so point 5 is where the Rules held the newborn rule.
		Citation: oms.Citation{
			Act: oms.ActRules158n, Point: "5",
			Title: "ОМС детей со дня рождения до дня государственной регистрации рождения — СМО матери",
			URL:   "https://www.consultant.ru/document/cons_doc_LAW_209307/",
		},
	},
	oms.Dated[int]{
		From: date.New(2016, time.July, 15), Value: 30, Citation: citeArt16,
		// A mid-2016 amendment, probably the Federal Law of 03.07.2016; its
		// number and day of entry into force are unconfirmed. 15.07.2016 is
		// publication + 10 days.
		Unconfirmed: true,
	},
)

// NewbornCover returns the dated rule on how long a newborn is insured by
// the insurer of the mother or other legal representative, as the offset
// in days from the state registration of birth of the last day covered:
// until the day of registration (offset −1: the day before it) from 2011
// (Rules 158н p. 5, the point that 803н later re-worded); until 30 days after the registration (offset 30) since
// the mid-2016 amendment of 326-ФЗ art. 16, dated 15 July 2016
// (unconfirmed). Override it with WithNewbornCover.
func NewbornCover() oms.Timeline[int] { return defaultNewbornCover }

var defaultEAEURule = oms.MustTimeline(
	oms.Dated[bool]{From: lawStart, Value: false, Citation: citeArt10},
	oms.Dated[bool]{From: date.New(2017, time.January, 1), Value: true, Citation: citeOrder803},
)

// EAEURule returns the dated rule that insures workers from EAEU member
// states temporarily staying in the RF under a labour contract, and EAEU
// officials: from 1 January 2017 (EAEU Treaty art. 98; Приказ Минздрава
// России от 27.10.2016 № 803н amending the Rules 158н, its number read on
// consultant.ru, LAW_209307).
func EAEURule() oms.Timeline[bool] { return defaultEAEURule }

// day108n is the day the Rules 108н came into force, replacing the Rules
// 158н: 28.05.2019 (registered with the Ministry of Justice on 17.05.2019;
// the date of entry into force is from a secondary source, kvadroplus.com).
var day108n = date.New(2019, time.May, 28)

// Sources of the two readings of the documents list for СНИЛС.
var (
	citeRules158SNILS = oms.Citation{
		Act:   oms.ActRules158n,
		Title: "Документы, прилагаемые к заявлению о выборе (замене) СМО: СНИЛС — при наличии",
	}
	citeRulesSNILS = oms.Citation{
		Act:   oms.ActRules108n,
		Title: "Документы, прилагаемые к заявлению о выборе (замене) СМО: гражданин РФ с 14 лет — паспорт и СНИЛС",
		URL:   "https://astfond.ru/private/informatsiya-o-poryadke-polucheniya-zameny-polisa-vybore-smo-i-mo/kategorii-grazhdan-podlezhashchikh-oms/",
	}
)

var defaultSNILSFrom14 = oms.MustTimeline(
	oms.Dated[Need]{From: lawStart, Value: IfAvailable, Citation: citeRules158SNILS},
	oms.Dated[Need]{
		From: day108n, Value: Required, Citation: citeRulesSNILS,
		// Two current reproductions of the Rules 108н list СНИЛС without
		// "при наличии" (law-addendum.md §1(a)); when the wording changed is
		// not known. The version starts when 108н came into force.
		Unconfirmed: true,
	},
)

// SNILSFrom14 returns the dated rule on the СНИЛС of a citizen of the RF
// aged 14 or more in the documents of an application: attached if
// available (при наличии) under the Rules 158н from 2011, the wording the
// library's sources give for the old Rules (law-addendum.md §1(a));
// required under the Rules 108н, dated 28 May 2019, when 108н came into
// force. The changeover date is unconfirmed: the current wording is read
// in reproductions of 108н, but neither the original 108н text nor the
// amendment that dropped "при наличии" was read, so the second version is
// marked Unconfirmed. Override it with WithSNILSFrom14.
func SNILSFrom14() oms.Timeline[Need] { return defaultSNILSFrom14 }

// SNILSReading says which reading of the documents list the package
// follows for СНИЛС.
type SNILSReading uint8

const (
	// SNILSAddendum is the default, from the later corrections of the
	// library's sources (two current reproductions of the Rules, a
	// territorial fund and an insurer): СНИЛС is required for EAEU
	// workers; for citizens of the RF from 14 as the dated rule
	// SNILSFrom14 says (if available under 158н, required under 108н);
	// "if available" for children under 14 and for foreigners and
	// stateless persons with ВНЖ or РВП; not listed for persons under the
	// law «О беженцах».
	SNILSAddendum SNILSReading = iota
	// SNILSIfAvailable is the earlier reading (the wording of the old
	// Rules 158н): СНИЛС "if available" for every category, EAEU workers
	// excepted, for whom it stays required.
	SNILSIfAvailable
)

// An Option changes a rule the package applies, for Assess,
// RequiredDocuments and CheckDocuments. Options exist for every rule the
// library's sources leave unconfirmed.
type Option func(*config)

type config struct {
	leap          LeapDayRule
	hqs           oms.Timeline[HQSExclusion]
	foreignBranch oms.Timeline[bool]
	years         oms.Timeline[int]
	newborn       oms.Timeline[int]
	eaeu          oms.Timeline[bool]
	snils         SNILSReading
	snils14       oms.Timeline[Need]
}

func newConfig(opts []Option) config {
	c := config{
		hqs:           defaultHQSRule,
		foreignBranch: defaultForeignBranchRule,
		years:         defaultQualifyingYears,
		newborn:       defaultNewbornCover,
		eaeu:          defaultEAEURule,
		snils14:       defaultSNILSFrom14,
	}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	return c
}

// WithLeapDayRule sets the birthday of a 29 February birth in a common
// year (default LeapDayMarch1).
func WithLeapDayRule(r LeapDayRule) Option { return func(c *config) { c.leap = r } }

// WithHQSRule replaces the rule on highly qualified specialists (default
// HQSRule()).
func WithHQSRule(t oms.Timeline[HQSExclusion]) Option { return func(c *config) { c.hqs = t } }

// WithForeignBranchRule replaces the rule on staff of foreign companies'
// branches (default ForeignBranchRule()).
func WithForeignBranchRule(t oms.Timeline[bool]) Option {
	return func(c *config) { c.foreignBranch = t }
}

// WithQualifyingYears replaces the rule of art. 16 part 1.1 (default
// QualifyingYears()), for example to move the date of the 5-year rule:
//
//	eligibility.WithQualifyingYears(eligibility.QualifyingYears().With(oms.Dated[int]{From: d, Value: 5}))
func WithQualifyingYears(t oms.Timeline[int]) Option { return func(c *config) { c.years = t } }

// WithNewbornCover replaces the rule on newborns (default NewbornCover()).
func WithNewbornCover(t oms.Timeline[int]) Option { return func(c *config) { c.newborn = t } }

// WithEAEURule replaces the rule on EAEU workers (default EAEURule()).
func WithEAEURule(t oms.Timeline[bool]) Option { return func(c *config) { c.eaeu = t } }

// WithSNILSReading chooses the reading of the documents list for СНИЛС
// (default SNILSAddendum).
func WithSNILSReading(r SNILSReading) Option { return func(c *config) { c.snils = r } }

// WithSNILSFrom14 replaces the rule on the СНИЛС of citizens from 14
// (default SNILSFrom14()), for example to date the changeover earlier than
// 28.05.2019 (a later date needs a timeline built with oms.NewTimeline):
//
//	eligibility.WithSNILSFrom14(eligibility.SNILSFrom14().With(oms.Dated[eligibility.Need]{From: d, Value: eligibility.Required}))
//
// It applies under SNILSAddendum; SNILSIfAvailable makes СНИЛС "if
// available" on every date.
func WithSNILSFrom14(t oms.Timeline[Need]) Option { return func(c *config) { c.snils14 = t } }
