package program

import (
	"time"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
)

// Days the access rules start. 323-ФЗ was published on 23.11.2011; the
// rules of its art. 21 are dated from 01.01.2012, the first year of the
// regime (the day the article took force is not in access.md). 406н was
// registered with the Ministry of Justice on 21.05.2012; the day it took
// force after publication was not read, so its versions start on the day
// of registration and are unconfirmed.
var (
	accessFrom326  = date.New(2011, time.January, 1)
	accessFrom323  = date.New(2012, time.January, 1)
	accessFrom406n = date.New(2012, time.May, 21)
	accessFrom2025 = date.New(2025, time.September, 1)
	accessFromDigi = date.New(2022, time.December, 1)
)

var (
	citeChoiceMO = oms.Citation{Act: oms.Act323FZ, Article: "21", Part: "2",
		Title: "выбор медицинской организации для получения первичной медико-санитарной помощи не чаще чем один раз в год"}
	citeChoiceDoctor = oms.Citation{Act: oms.Act323FZ, Article: "21", Part: "2",
		Title: "выбор врача-терапевта, врача-педиатра, врача общей практики или фельдшера не чаще чем один раз в год"}
	citeDoctorConsent = oms.Citation{Act: oms.Act323FZ, Article: "21", Part: "1",
		Title: "выбор врача с учетом согласия врача"}
	// citeProcedure406n and citeProcedure2025 are the procedures of the
	// choice, whose points the library's sources did not read (access.md
	// §1.3, [U]): they cite the article of the law the procedures
	// implement, 323-ФЗ ст. 21 ч. 1 (the choice "в порядке, утвержденном
	// уполномоченным федеральным органом исполнительной власти", access.md
	// §1.1 [A]), and name the procedure in the title; the rules citing
	// them are Unconfirmed.
	citeProcedure406n = oms.Citation{Act: oms.Act323FZ, Article: "21", Part: "1",
		Title: "выбор медицинской организации в порядке, утвержденном уполномоченным федеральным органом: Порядок выбора гражданином медицинской организации при оказании ему медицинской помощи в рамках программы государственных гарантий (Приказ Минздравсоцразвития России от 26.04.2012 № 406н)"}
	citeScope406n = oms.Citation{Act: oms.ActOrder406n, Point: "1",
		Title: "действие Порядка не распространяется на военнослужащих и приравненных к ним лиц, граждан, проходящих альтернативную гражданскую службу, и призывников"}
	citeProcedure2025 = oms.Citation{Act: oms.Act323FZ, Article: "21", Part: "1",
		Title: "выбор медицинской организации в порядке, утвержденном уполномоченным федеральным органом (Порядок выбора гражданином медицинской организации, в силе с 01.09.2025): заявление на бумаге или через ЕПГУ; решение в течение двух рабочих дней"}
	citeReplace407n = oms.Citation{Act: oms.ActOrder407n, Point: "3",
		Title: "руководитель медицинской организации в течение трех рабочих дней со дня получения заявления информирует пациента о врачах соответствующей специальности"}
	citeBase45 = oms.Citation{Act: oms.Act326FZ, Article: "45", Part: "1",
		Title: "полис удостоверяет право на бесплатную медицинскую помощь на всей территории Российской Федерации в объеме базовой программы", URL: "https://base.garant.ru/57417448/c7f0164139c159e5c4e7786790ae469d/"}
	citeTerritorial16 = oms.Citation{Act: oms.Act326FZ, Article: "16", Part: "1", Point: "1",
		Title: "бесплатная медицинская помощь на территории субъекта, в котором выдан полис, в объеме территориальной программы"}
	citeEmergency11 = oms.Citation{Act: oms.Act323FZ, Article: "11",
		Title: "медицинская помощь в экстренной форме оказывается безотлагательно и бесплатно; отказ в ней не допускается"}
	citeShowPolicy = oms.Citation{Act: oms.Act326FZ, Article: "16", Part: "2", Point: "1",
		Title: "предъявить полис при обращении за медицинской помощью, за исключением случаев оказания экстренной медицинской помощи"}
	citeShowPolicyOrID = oms.Citation{Act: oms.Act326FZ, Article: "16", Part: "2", Point: "1",
		Title: "предъявить полис или документ, удостоверяющий личность (для детей до 14 лет — свидетельство о рождении), кроме экстренной помощи"}
	citeAnswer59 = oms.Citation{Act: oms.Act59FZ, Article: "12", Part: "1",
		Title: "письменное обращение рассматривается в течение 30 дней со дня регистрации"}
	citeExtend59 = oms.Citation{Act: oms.Act59FZ, Article: "12", Part: "2",
		Title: "продление срока рассмотрения обращения не более чем на 30 дней с уведомлением гражданина"}
	citeRegister59 = oms.Citation{Act: oms.Act59FZ, Article: "8", Part: "2",
		Title: "обязательная регистрация письменного обращения в течение трех дней с момента поступления"}
)

// AccessRules are the rules of access to care the library knows: choosing
// the clinic and the doctor, where the policy works, what to show at the
// clinic, the waiting time for CT and MRI, and the path of a complaint.
// Every field is a dated timeline; override one with Timeline.With:
//
//	r := program.DefaultAccessRules()
//	r.ClinicLimit = r.ClinicLimit.With(oms.Dated[program.YearlyLimit]{
//		From: date.New(2012, time.January, 1), Value: program.YearlyLimit{PerYear: 1, Span: program.TwelveMonths},
//	})
//
// AccessRules values are immutable and safe for concurrent use.
type AccessRules struct {
	// ClinicLimit is how often a person may choose the clinic for primary
	// care at will (323-ФЗ ст. 21 ч. 2).
	ClinicLimit oms.Timeline[YearlyLimit] `json:"clinic_limit"`
	// DoctorLimit is how often a person may choose the doctor inside the
	// clinic (ст. 21 ч. 2).
	DoctorLimit oms.Timeline[YearlyLimit] `json:"doctor_limit"`
	// Procedure is the federal procedure of the choice by date: 406н, then
	// the order in force from 01.09.2025.
	Procedure oms.Timeline[ChoiceProcedure] `json:"procedure"`
	// ChoiceAnswer is the duty of the clinic to decide on an application
	// for a choice, started by its filing.
	ChoiceAnswer oms.Timeline[calendar.DutyRule] `json:"choice_answer"`
	// Chain is the steps of a change of clinic, by procedure (see
	// ChoiceChain). The slices are shared: replace a version with
	// Timeline.With rather than changing its slice.
	Chain oms.Timeline[[]calendar.DutyRule] `json:"chain"`
	// DoctorReplacement is the duty of the head of a clinic to answer a
	// request to replace the attending doctor (407н).
	DoctorReplacement oms.Timeline[calendar.DutyRule] `json:"doctor_replacement"`
	// Scope is where the policy works (326-ФЗ ст. 16, 45).
	Scope oms.Timeline[PolicyScope] `json:"scope"`
	// Documents is what a person shows at the clinic (326-ФЗ ст. 16 ч. 2
	// п. 1).
	Documents oms.Timeline[DocumentRule] `json:"documents"`
	// CTMRI, CTMRIOncology and CTMRICardio are the waiting times for
	// computed tomography, MRI and angiography in primary care, in
	// general, on suspected cancer and on suspected cardiovascular disease,
	// by programme year.
	CTMRI         oms.Timeline[calendar.DutyRule] `json:"ct_mri"`
	CTMRIOncology oms.Timeline[calendar.DutyRule] `json:"ct_mri_oncology"`
	CTMRICardio   oms.Timeline[calendar.DutyRule] `json:"ct_mri_cardio"`
	// Complaints is the path of a complaint, step by step.
	Complaints oms.Timeline[ComplaintPath] `json:"complaints"`
	// ComplaintRegistration is the duty to register a written complaint
	// (59-ФЗ ст. 8 ч. 2).
	ComplaintRegistration oms.Timeline[calendar.DutyRule] `json:"complaint_registration"`
}

// DefaultAccessRules returns the access rules as the library's sources
// (spec access.md) give them. The values it returns share nothing
// mutable; change a field with Timeline.With.
func DefaultAccessRules() AccessRules {
	ct := defaultCTMRI()
	return AccessRules{
		ClinicLimit:           defaultClinicLimit,
		DoctorLimit:           defaultDoctorLimit,
		Procedure:             defaultProcedure,
		ChoiceAnswer:          defaultChoiceAnswer,
		Chain:                 defaultChain,
		DoctorReplacement:     defaultDoctorReplacement,
		Scope:                 defaultScope,
		Documents:             defaultDocuments,
		CTMRI:                 ct[0],
		CTMRIOncology:         ct[1],
		CTMRICardio:           ct[2],
		Complaints:            defaultComplaints,
		ComplaintRegistration: defaultComplaintRegistration,
	}
}

// A YearlyLimit is a limit on choices at will: at most PerYear in a year
// measured by Span.
type YearlyLimit struct {
	PerYear int      `json:"per_year"`
	Span    YearSpan `json:"span"`
}

// The yearly limits of 323-ФЗ ст. 21 ч. 2: «не чаще чем один раз в год».
// The law does not say whether the year is a calendar year or twelve
// months from the last choice (access.md §1.1 and §7 question 4): the
// library counts calendar years, as 326-ФЗ does for insurers, and marks
// the reading unconfirmed; a caller who reads twelve months overrides the
// timeline with Span TwelveMonths.
var (
	defaultClinicLimit = oms.MustTimeline(oms.Dated[YearlyLimit]{
		From: accessFrom323, Value: YearlyLimit{PerYear: 1, Span: CalendarYear}, Citation: citeChoiceMO, Unconfirmed: true,
	})
	defaultDoctorLimit = oms.MustTimeline(oms.Dated[YearlyLimit]{
		From: accessFrom323, Value: YearlyLimit{PerYear: 1, Span: CalendarYear}, Citation: citeChoiceDoctor, Unconfirmed: true,
	})
)

// A ChoiceProcedure is the federal procedure of choosing a medical
// organisation in force on a day.
type ChoiceProcedure struct {
	// Gosuslugi is set when the procedure obliges regions to accept the
	// application through the public-services portal (ЕПГУ) as well as on
	// paper.
	Gosuslugi bool `json:"gosuslugi"`
	// ChildAge is the age below which the application for a person is
	// filed by a parent or other legal representative.
	ChildAge int `json:"child_age"`
}

// defaultProcedure: 406н to 31.08.2025, a written application
// (access.md §1.3, [S] namvd.ru, vaninocrb.ru); from 01.09.2025 the new
// order, paper or ЕПГУ ([S] three news pages, 2025; its number is not
// known). The draft said the new rules act for six years, so to about
// 31.08.2031 ([U]); the timeline is left open-ended. Both versions take the age of majority, 18, as the age below
// which a legal representative applies: the issue says "children through
// their representatives" and no source read gives another age, so it is
// unconfirmed.
var defaultProcedure = oms.MustTimeline(
	oms.Dated[ChoiceProcedure]{From: accessFrom406n, Value: ChoiceProcedure{ChildAge: 18}, Citation: citeProcedure406n, Unconfirmed: true},
	oms.Dated[ChoiceProcedure]{From: accessFrom2025, Value: ChoiceProcedure{Gosuslugi: true, ChildAge: 18}, Citation: citeProcedure2025, Unconfirmed: true},
)

// Events that start the duties of this file, as calendar.DutyRule.Event.
const (
	AccessEventChoiceFiled         = "choice-application-filed" // an application for a choice of clinic or doctor is filed
	AccessEventReplacementFiled    = "doctor-replacement-filed" // a written request to replace the attending doctor is filed
	AccessEventTestPrescribed      = "test-prescribed"          // the attending doctor prescribes the test (the referral)
	AccessEventComplaintReceived   = "complaint-received"       // a written complaint is received
	AccessEventComplaintRegistered = "complaint-registered"     // a written complaint is registered
)

// defaultChoiceAnswer: the clinic decides within 2 working days of the
// application. Under 406н this is the first step of the chain new clinic →
// old clinic → person (2 + 2 + 2 working days, remembered, [U]; the first
// step [S] on vaninocrb.ru); under the 2025 order the decision itself
// comes within 2 working days ([S] myslo.ru, sevastopol.press, 360.ru).
// The library applies the same duty to the choice of doctor, which the
// sources give no separate period for. All unconfirmed.
var defaultChoiceAnswer = oms.MustTimeline(
	oms.Dated[calendar.DutyRule]{From: accessFrom406n, Citation: citeProcedure406n, Unconfirmed: true, Value: defaultChoiceAnswerRule(citeProcedure406n)},
	oms.Dated[calendar.DutyRule]{From: accessFrom2025, Citation: citeProcedure2025, Unconfirmed: true, Value: defaultChoiceAnswerRule(citeProcedure2025)},
)

func defaultChoiceAnswerRule(cite oms.Citation) calendar.DutyRule {
	return calendar.DutyRule{
		Code: CodeAccessChoiceAnswer, Event: AccessEventChoiceFiled, Citation: cite, Unconfirmed: true,
		RU: "рассмотреть заявление о выборе медицинской организации (врача)", EN: "decide on the application to choose a clinic (doctor)",
		Period: calendar.Period{N: 2, Unit: calendar.WorkingDays},
	}
}

// defaultDoctorReplacement: 407н — on a written request to replace the
// attending doctor, the head of the clinic tells the patient within three
// working days which doctors of the specialty there are and when they
// see patients. The period is read in two verbatim copies (admzven.ru,
// dokipedia.ru); the point number, 3, is inferred from the copy's
// reference to the application in point 2.
var defaultDoctorReplacement = oms.MustTimeline(oms.Dated[calendar.DutyRule]{
	From: accessFrom406n, Citation: citeReplace407n, Value: calendar.DutyRule{
		Code: CodeAccessDoctorReplacement, Event: AccessEventReplacementFiled, Citation: citeReplace407n,
		RU:     "сообщить пациенту о врачах соответствующей специальности по заявлению о замене лечащего врача",
		EN:     "tell the patient which doctors of the specialty can take over, on a request to replace the attending doctor",
		Period: calendar.Period{N: 3, Unit: calendar.WorkingDays},
	}})
