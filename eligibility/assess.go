package eligibility

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/internal/msg"
	"github.com/rickb777/date"
)

// ErrInvalidPerson is wrapped by the error Assess returns for facts that
// cannot describe a person on the day asked: a date of birth after that
// day, a missing citizenship, a citizen of the RF with a refugee status.
var ErrInvalidPerson = errors.New("eligibility: invalid person")

// An Assessment is the answer of Assess: the category of the person and
// the decision with its reasons.
type Assessment struct {
	// Category is the category of the insured person, or NotInsured.
	Category Category `json:"category"`
	// Decision holds the findings: Info findings that explain a positive
	// outcome with the provision behind it, Violation findings for each
	// reason the person is not insured. It is OK exactly when Category is
	// a category of insured persons.
	Decision oms.Decision `json:"decision"`
	// Age is the age in full years on the day asked.
	Age int `json:"age"`
	// MotherInsurer says the day asked falls in the period when a newborn
	// is insured by the insurer of the mother or other legal
	// representative (326-ФЗ art. 16).
	MotherInsurer bool `json:"mother_insurer,omitempty"`
	// MotherInsurerUntil is the last day of that period, set when
	// MotherInsurer is set and the birth is registered.
	MotherInsurerUntil oms.OptionalDate `json:"mother_insurer_until,omitzero"`
}

// Insured reports whether the person is insured: the category is one of
// insured persons and no finding is a violation.
func (a Assessment) Insured() bool { return a.Category.Insured() && a.Decision.OK() }

// Assess decides whether p is insured under ОМС on the day asOf, and in
// which Category, applying each rule of r as it stood on that day: the
// exclusion of highly qualified specialists (Rules.HQS), EAEU workers from
// 2017 (Rules.EAEU), temporarily staying workers with years of
// contributions from 2023 (Rules.QualifyingYears), the services whose
// members are not insured. The newborn's cover by the mother's insurer
// follows the rule in force on the day the birth was registered (see
// NewbornCover).
//
// The Decision of the Assessment carries every reason: for an insured
// person Info findings naming the provision; for a person not insured one
// Violation per reason. The error is only for input that cannot be
// assessed, and wraps ErrInvalidPerson; or, for a day before 326-ФЗ came
// into force (1 January 2011), oms.ErrNotInForce.
//
// A foreign citizen or stateless person with a вид на жительство or РВП is
// assessed as a resident even if the person also has a refugee status; a
// person serving in one of the services is not insured whatever else is
// true (the policy is suspended for the time of service).
func (r Rules) Assess(p Person, asOf date.Date) (Assessment, error) {
	if asOf.Before(lawStart) {
		return Assessment{}, fmt.Errorf("eligibility: %w: 326-ФЗ is in force from %s, asked for %s", oms.ErrNotInForce, lawStart, asOf)
	}
	if err := p.validate(asOf); err != nil {
		return Assessment{}, err
	}
	a := Assessment{Age: r.LeapDay.Age(p.BirthDate, asOf)}
	var b oms.DecisionBuilder
	if bornOnLeapDay(p.BirthDate) && LeapDayMarch1.Age(p.BirthDate, asOf) != LeapDayFeb28.Age(p.BirthDate, asOf) {
		b.Add(oms.Finding{
			Code: CodeLeapDay, Severity: oms.Warning, Citation: citeCivilCode192, Unconfirmed: true,
			RU: "Лицо родилось 29 февраля; в невисокосном году возраст " + strconv.Itoa(a.Age) + " лет определён по правилу «" + r.LeapDay.String() + "», которое не подтверждено.",
			EN: "Born on 29 February: in a common year the age " + strconv.Itoa(a.Age) + " follows the " + r.LeapDay.String() + " rule, which is unconfirmed.",
		})
	}
	if f, ok := r.newborn(p, asOf, &a); ok {
		b.Add(f)
	}

	if p.Service != NoService {
		n := serviceNames[p.Service]
		b.Add(oms.Finding{
			Code: CodeNotInsuredService, Severity: oms.Violation,
			RU:       "Не подлежит ОМС: " + n[0] + "; медицинская помощь оказывается по месту службы, действие полиса ОМС приостанавливается на время службы.",
			EN:       "Not subject to ОМС: " + n[1] + "; medical care is provided by the service and the policy is suspended while serving.",
			Citation: citeServices, Unconfirmed: true,
		})
		a.Decision = b.Decision()
		return a, nil
	}

	switch {
	case p.Citizenship == CitizenRF && b.Len() == 0:
		// The usual answer, with no other finding: one shared decision.
		a.Category = citizenCategory(a.Age)
		a.Decision = citizenDecision(a.Category)
		return a, nil
	case p.Citizenship == CitizenRF:
		a.Category = assessCitizen(&b, a.Age)
	default:
		a.Category = r.assessForeigner(&b, p, asOf)
	}
	a.Decision = b.Decision()
	return a, nil
}

// Assess is DefaultRules().Assess.
func Assess(p Person, asOf date.Date) (Assessment, error) { return defaultRules.Assess(p, asOf) }

// newborn sets the newborn's cover in a and returns its finding, if the
// day asOf falls in it: for a registered birth, the cover of the rule in
// force on the day of registration (NewbornCover); before registration,
// under every version, a child under one is covered.
func (r Rules) newborn(p Person, asOf date.Date, a *Assessment) (oms.Finding, bool) {
	if reg, ok := p.BirthRegistration.Get(); ok {
		nb, err := r.Newborn.At(reg)
		if err != nil {
			return oms.Finding{}, false
		}
		duty := newbornDuty(nb, reg)
		if asOf.After(duty.Due) {
			return oms.Finding{}, false
		}
		a.MotherInsurer, a.MotherInsurerUntil = true, oms.SomeDate(duty.Due)
		return newbornFinding(duty, nb, true), true
	}
	nb, err := r.Newborn.At(asOf)
	if err != nil || a.Age >= 1 {
		return oms.Finding{}, false
	}
	a.MotherInsurer = true
	return newbornFinding(calendar.Duty{}, nb, false), true
}

// bornOnLeapDay reports whether birth is a 29 February: only then do the
// leap-day rules disagree on an age.
func bornOnLeapDay(birth date.Date) bool {
	_, m, d := msg.Civil(birth)
	return m == 2 && d == 29
}

func (p Person) validate(asOf date.Date) error {
	switch {
	case p.BirthDate.After(asOf):
		return fmt.Errorf("%w: date of birth %s is after %s", ErrInvalidPerson, p.BirthDate, asOf)
	case !p.Citizenship.IsValid():
		return fmt.Errorf("%w: citizenship %d is not CitizenRF, Foreign or Stateless", ErrInvalidPerson, p.Citizenship)
	case p.BirthRegistration.IsSet() && p.BirthRegistration.Or(p.BirthDate).Before(p.BirthDate):
		return fmt.Errorf("%w: birth registered on %s, before the date of birth %s", ErrInvalidPerson, p.BirthRegistration, p.BirthDate)
	case !p.Residence.IsValid():
		return fmt.Errorf("%w: residence status %d is unknown", ErrInvalidPerson, p.Residence)
	case !p.Refugee.IsValid():
		return fmt.Errorf("%w: refugee status %d is unknown", ErrInvalidPerson, p.Refugee)
	case !p.Service.IsValid():
		return fmt.Errorf("%w: service %d is unknown", ErrInvalidPerson, p.Service)
	case p.ContributionMonths < 0:
		return fmt.Errorf("%w: %d months of contributions", ErrInvalidPerson, p.ContributionMonths)
	case p.Citizenship == CitizenRF && p.Refugee != NoRefugeeStatus:
		return fmt.Errorf("%w: a citizen of the RF cannot have refugee status %q", ErrInvalidPerson, p.Refugee)
	case p.Citizenship != CitizenRF && p.Residence == NoResidence && p.Refugee == NoRefugeeStatus:
		return fmt.Errorf("%w: a %s person needs a residence status (permanent, temporary or stay) or a refugee status", ErrInvalidPerson, p.Citizenship)
	}
	return nil
}

func assessCitizen(b *oms.DecisionBuilder, age int) Category {
	cat := citizenCategory(age)
	b.Add(citizenFinding(cat))
	return cat
}

func citizenCategory(age int) Category {
	if age < 14 {
		return CitizenUnder14
	}
	return Citizen14Plus
}

func citizenFinding(cat Category) oms.Finding {
	return insuredFinding(CodeInsuredCitizen, cat, citeArt10, false, reasonCitizenRU, reasonCitizenEN)
}

// The decisions of Assess for a citizen under 14 and from 14 with no
// other finding: a Decision is immutable, so every such assessment shares
// one.
var (
	citizenUnder14Decision = oms.NewDecision(citizenFinding(CitizenUnder14))
	citizen14PlusDecision  = oms.NewDecision(citizenFinding(Citizen14Plus))
)

func citizenDecision(cat Category) oms.Decision {
	if cat == CitizenUnder14 {
		return citizenUnder14Decision
	}
	return citizen14PlusDecision
}

// The reasons of the insured findings whose text is fixed; their messages
// with each category are made once (insuredMessages).
const (
	reasonCitizenRU      = "Гражданин Российской Федерации — застрахованное лицо."
	reasonCitizenEN      = "A citizen of the RF is an insured person."
	reasonRefugeeLawRU   = "Лицо, имеющее право на медицинскую помощь в соответствии с Федеральным законом «О беженцах», — застрахованное лицо."
	reasonRefugeeLawEN   = "A person entitled to medical care under the Federal Law «On refugees» is an insured person."
	reasonEAEUWorkerRU   = "Трудящийся государства — члена ЕАЭС, временно пребывающий в РФ и работающий по трудовому договору, — застрахованное лицо."
	reasonEAEUWorkerEN   = "A worker from an EAEU member state temporarily staying in the RF under a labour contract is an insured person."
	reasonEAEUOfficialRU = "Член Коллегии ЕЭК, должностное лицо или сотрудник органа ЕАЭС, временно пребывающий в РФ, — застрахованное лицо."
	reasonEAEUOfficialEN = "A member of the EEC Board or an official or employee of an EAEU body temporarily staying in the RF is an insured person."
	reasonResidentRU     = "Иностранный гражданин или лицо без гражданства, постоянно или временно проживающие в РФ, — застрахованное лицо."
	reasonResidentEN     = "A foreign citizen or stateless person permanently or temporarily residing in the RF is an insured person."
)

// insuredKey is a reason and a category.
type insuredKey struct {
	ru  string
	cat Category
}

// insuredMessages holds the messages of insuredFinding for the fixed
// reasons and every category: the hot path of Assess makes none.
var insuredMessages = func() map[insuredKey][2]string {
	m := map[insuredKey][2]string{}
	for _, r := range [][2]string{
		{reasonCitizenRU, reasonCitizenEN}, {reasonRefugeeLawRU, reasonRefugeeLawEN},
		{reasonEAEUWorkerRU, reasonEAEUWorkerEN}, {reasonEAEUOfficialRU, reasonEAEUOfficialEN},
		{reasonResidentRU, reasonResidentEN},
	} {
		for _, c := range Categories() {
			m[insuredKey{r[0], c}] = insuredText(r[0], r[1], c)
		}
	}
	return m
}()

func insuredText(ru, en string, cat Category) [2]string {
	return [2]string{ru + " Категория: " + cat.NameRU() + ".", en + " Category: " + cat.NameEN() + "."}
}

func insuredFinding(code string, cat Category, c oms.Citation, unconfirmed bool, ru, en string) oms.Finding {
	m, ok := insuredMessages[insuredKey{ru, cat}]
	if !ok {
		m = insuredText(ru, en, cat)
	}
	return oms.Finding{Code: code, Severity: oms.Info, Citation: c, Unconfirmed: unconfirmed, RU: m[0], EN: m[1]}
}

func notInsured(code string, c oms.Citation, unconfirmed bool, ru, en string) oms.Finding {
	return oms.Finding{Code: code, Severity: oms.Violation, Citation: c, Unconfirmed: unconfirmed, RU: ru, EN: en}
}

func (r Rules) assessForeigner(b *oms.DecisionBuilder, p Person, asOf date.Date) Category {
	stateless := p.Citizenship == Stateless
	switch p.Residence {
	case PermanentResidence, TemporaryResidence:
		return r.assessResident(b, p, asOf)
	}
	if p.Refugee != NoRefugeeStatus {
		cat := p.Refugee.category()
		b.Add(insuredFinding(CodeInsuredRefugeeLaw, cat, citeArt10, false,
			reasonRefugeeLawRU,
			reasonRefugeeLawEN))
		return cat
	}
	// Temporarily staying.
	eaeuState := !stateless && IsEAEUState(p.Country)
	if eaeuState && (p.EAEUOfficial || p.LabourContract) {
		rule, _ := r.EAEU.At(asOf)
		if rule.Value {
			cat, ru, en := EAEUWorker, reasonEAEUWorkerRU,
				reasonEAEUWorkerEN
			if p.EAEUOfficial {
				cat, ru, en = EAEUOfficial, reasonEAEUOfficialRU,
					reasonEAEUOfficialEN
			}
			b.Add(insuredFinding(CodeInsuredEAEU, cat, rule.Citation, rule.Unconfirmed, ru, en))
			return cat
		}
		if p.EAEUOfficial || !p.LabourContract {
			b.Add(notInsured(CodeNotInsuredEAEUNotYet, rule.Citation, rule.Unconfirmed,
				"На эту дату граждане государств — членов ЕАЭС, временно пребывающие в РФ, не подлежали ОМС (правило действует с 01.01.2017).",
				"On this date temporarily staying citizens of EAEU member states were not insured (the rule applies from 2017-01-01)."))
			return NotInsured
		}
		// An EAEU worker before 2017 is assessed like any other staying worker.
	}
	if p.LabourContract {
		return r.assessStayingWorker(b, p, asOf)
	}
	if eaeuState && p.EAEUFamilyMember {
		b.Add(notInsured(CodeNotInsuredEAEUFamily, citeEAEUFamily, false,
			"Члены семьи трудящегося государства — члена ЕАЭС, временно пребывающие в РФ, не подлежат ОМС: Договор о ЕАЭС не обязывает выдавать им полис, национальное право этого не предусматривает.",
			"Temporarily staying family members of an EAEU worker are not insured: the EAEU Treaty does not require a policy for them and national law does not provide one."))
		return NotInsured
	}
	b.Add(stayingFinding())
	return NotInsured
}

func stayingFinding() oms.Finding {
	return notInsured(CodeNotInsuredStaying, citeStaying, false,
		"Временно пребывающий в РФ иностранный гражданин или лицо без гражданства не подлежит ОМС (кроме трудящихся ЕАЭС и работников по ч. 1.1 ст. 16 326-ФЗ); медицинская помощь — в экстренной форме бесплатно, остальная — платно или по ДМС.",
		"A temporarily staying foreign citizen or stateless person is not insured (EAEU workers and workers under 326-ФЗ art. 16 part 1.1 excepted); emergency care only is free.")
}

func (r Rules) assessResident(b *oms.DecisionBuilder, p Person, asOf date.Date) Category {
	var cat Category
	switch {
	case p.Residence == PermanentResidence && p.Citizenship == Foreign:
		cat = ForeignPermanent
	case p.Residence == PermanentResidence:
		cat = StatelessPermanent
	case p.Citizenship == Foreign:
		cat = ForeignTemporary
	default:
		cat = StatelessTemporary
	}
	var buf [3]oms.Finding
	out := buf[:0]
	if p.ForeignBranchStaff {
		if rule, err := r.ForeignBranch.At(asOf); err == nil && rule.Value {
			out = append(out, notInsured(CodeNotInsuredForeignBranch, rule.Citation, rule.Unconfirmed,
				"Не подлежат ОМС иностранные граждане, осуществляющие трудовую деятельность в соответствии со статьёй 13.5 Федерального закона № 115-ФЗ.",
				"Foreigners working under art. 13.5 of Federal Law 115-ФЗ (staff of foreign companies' branches and representative offices) are not insured."))
		}
	}
	if p.HighlyQualified || p.HQSFamilyMember {
		rule, err := r.HQS.At(asOf)
		if err == nil {
			switch {
			case rule.Value == HQSAndFamilyExcluded:
				out = append(out, notInsured(CodeNotInsuredHQS, rule.Citation, rule.Unconfirmed,
					"На эту дату высококвалифицированные специалисты и члены их семей не подлежат ОМС.",
					"On this date highly qualified specialists and members of their families are not insured."))
			case rule.Value == HQSNonWorkingFamilyExcluded && p.HQSFamilyMember && !p.HighlyQualified && !p.Working:
				out = append(out, notInsured(CodeNotInsuredHQSFamily, rule.Citation, rule.Unconfirmed,
					"Неработающие члены семей высококвалифицированных специалистов не подлежат ОМС.",
					"Non-working family members of highly qualified specialists are not insured."))
			default:
				out = append(out, oms.Finding{
					Code: CodeHQSInsured, Severity: oms.Info, Citation: rule.Citation, Unconfirmed: rule.Unconfirmed,
					RU: "Исключение для высококвалифицированных специалистов на эту дату (" + rule.Value.String() + ") к лицу не применяется.",
					EN: "The exclusion for highly qualified specialists on this date (" + rule.Value.String() + ") does not apply to the person.",
				})
			}
		}
	}
	b.Add(out...)
	for _, f := range out {
		if f.Severity == oms.Violation {
			return NotInsured
		}
	}
	b.Add(insuredFinding(CodeInsuredResident, cat, citeArt10, false,
		reasonResidentRU,
		reasonResidentEN))
	return cat
}

func (r Rules) assessStayingWorker(b *oms.DecisionBuilder, p Person, asOf date.Date) Category {
	rule, err := r.QualifyingYears.At(asOf)
	if err != nil {
		f := stayingFinding()
		f.RU += " Правило ч. 1.1 ст. 16 326-ФЗ на эту дату не действует."
		f.EN += " The rule of 326-ФЗ art. 16 part 1.1 is not in force on this date."
		b.Add(f)
		return NotInsured
	}
	var buf [3]oms.Finding
	out := buf[:0]
	if p.HighlyQualified {
		out = append(out, notInsured(CodeNotInsuredStayingHQS, rule.Citation, rule.Unconfirmed,
			"Правило ч. 1.1 ст. 16 326-ФЗ не распространяется на высококвалифицированных специалистов.",
			"326-ФЗ art. 16 part 1.1 does not cover highly qualified specialists."))
	}
	if p.ForeignBranchStaff {
		out = append(out, notInsured(CodeNotInsuredStayingForeignBranch, rule.Citation, rule.Unconfirmed,
			"Правило ч. 1.1 ст. 16 326-ФЗ не распространяется на работников филиалов, представительств и дочерних обществ иностранных организаций.",
			"326-ФЗ art. 16 part 1.1 does not cover staff of branches, representative offices and subsidiaries of foreign companies."))
	}
	need := rule.Value * 12
	if p.ContributionMonths < need {
		out = append(out, notInsured(CodeNotInsuredQualifyingPeriod, rule.Citation, rule.Unconfirmed,
			"Страховые взносы на ОМС уплачены за "+strconv.Itoa(p.ContributionMonths)+" мес., требуется не менее "+strconv.Itoa(rule.Value)+" лет ("+strconv.Itoa(need)+" мес.).",
			"ОМС contributions paid for "+strconv.Itoa(p.ContributionMonths)+" months; at least "+strconv.Itoa(rule.Value)+" years ("+strconv.Itoa(need)+" months) are required."))
	}
	if len(out) > 0 {
		b.Add(out...)
		return NotInsured
	}
	b.Add(insuredFinding(CodeInsuredStayingWorker, StayingWorker, rule.Citation, rule.Unconfirmed,
		"Временно пребывающий работник, за которого страховые взносы на ОМС уплачены не менее "+strconv.Itoa(rule.Value)+" лет, имеет права застрахованного лица.",
		"A temporarily staying worker for whom ОМС contributions have been paid for at least "+strconv.Itoa(rule.Value)+" years has the rights of an insured person."))
	return StayingWorker
}
