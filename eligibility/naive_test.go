package eligibility

// Assess and CheckApplication as they were before the hot paths lost
// their per-call slices, concatenations and codes: the naive reference of
// BenchmarkCheckApplication and the oracle of
// TestCheckApplicationAgreesWithNaive.

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

func (r Rules) naiveAssess(p Person, asOf date.Date) (Assessment, error) {
	if asOf.Before(lawStart) {
		return Assessment{}, fmt.Errorf("eligibility: %w: 326-ФЗ is in force from %s, asked for %s", oms.ErrNotInForce, lawStart, asOf)
	}
	if err := p.validate(asOf); err != nil {
		return Assessment{}, err
	}
	a := Assessment{Age: r.LeapDay.Age(p.BirthDate, asOf)}
	var b oms.DecisionBuilder
	if LeapDayMarch1.Age(p.BirthDate, asOf) != LeapDayFeb28.Age(p.BirthDate, asOf) {
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

	var why []oms.Finding
	switch p.Citizenship {
	case CitizenRF:
		a.Category, why = naiveAssessCitizen(a.Age)
	default:
		a.Category, why = r.naiveAssessForeigner(p, asOf)
	}
	b.Add(why...)
	a.Decision = b.Decision()
	return a, nil
}

func naiveAssessCitizen(age int) (Category, []oms.Finding) {
	cat := Citizen14Plus
	if age < 14 {
		cat = CitizenUnder14
	}
	return cat, []oms.Finding{naiveInsuredFinding(CodeInsuredCitizen, cat, citeArt10, false,
		"Гражданин Российской Федерации — застрахованное лицо.", "A citizen of the RF is an insured person.")}
}

func naiveInsuredFinding(code string, cat Category, c oms.Citation, unconfirmed bool, ru, en string) oms.Finding {
	return oms.Finding{
		Code: code, Severity: oms.Info, Citation: c, Unconfirmed: unconfirmed,
		RU: ru + " Категория: " + cat.NameRU() + ".",
		EN: en + " Category: " + cat.NameEN() + ".",
	}
}

func (r Rules) naiveAssessForeigner(p Person, asOf date.Date) (Category, []oms.Finding) {
	stateless := p.Citizenship == Stateless
	switch p.Residence {
	case PermanentResidence, TemporaryResidence:
		return r.naiveAssessResident(p, asOf)
	}
	if p.Refugee != NoRefugeeStatus {
		cat := p.Refugee.category()
		return cat, []oms.Finding{naiveInsuredFinding(CodeInsuredRefugeeLaw, cat, citeArt10, false,
			"Лицо, имеющее право на медицинскую помощь в соответствии с Федеральным законом «О беженцах», — застрахованное лицо.",
			"A person entitled to medical care under the Federal Law «On refugees» is an insured person.")}
	}
	// Temporarily staying.
	eaeuState := !stateless && IsEAEUState(p.Country)
	if eaeuState && (p.EAEUOfficial || p.LabourContract) {
		rule, _ := r.EAEU.At(asOf)
		if rule.Value {
			cat, ru, en := EAEUWorker, "Трудящийся государства — члена ЕАЭС, временно пребывающий в РФ и работающий по трудовому договору, — застрахованное лицо.",
				"A worker from an EAEU member state temporarily staying in the RF under a labour contract is an insured person."
			if p.EAEUOfficial {
				cat, ru, en = EAEUOfficial, "Член Коллегии ЕЭК, должностное лицо или сотрудник органа ЕАЭС, временно пребывающий в РФ, — застрахованное лицо.",
					"A member of the EEC Board or an official or employee of an EAEU body temporarily staying in the RF is an insured person."
			}
			return cat, []oms.Finding{naiveInsuredFinding(CodeInsuredEAEU, cat, rule.Citation, rule.Unconfirmed, ru, en)}
		}
		if p.EAEUOfficial || !p.LabourContract {
			return NotInsured, []oms.Finding{notInsured(CodeNotInsuredEAEUNotYet, rule.Citation, rule.Unconfirmed,
				"На эту дату граждане государств — членов ЕАЭС, временно пребывающие в РФ, не подлежали ОМС (правило действует с 01.01.2017).",
				"On this date temporarily staying citizens of EAEU member states were not insured (the rule applies from 2017-01-01).")}
		}
		// An EAEU worker before 2017 is assessed like any other staying worker.
	}
	if p.LabourContract {
		return r.naiveAssessStayingWorker(p, asOf)
	}
	if eaeuState && p.EAEUFamilyMember {
		return NotInsured, []oms.Finding{notInsured(CodeNotInsuredEAEUFamily, citeEAEUFamily, false,
			"Члены семьи трудящегося государства — члена ЕАЭС, временно пребывающие в РФ, не подлежат ОМС: Договор о ЕАЭС не обязывает выдавать им полис, национальное право этого не предусматривает.",
			"Temporarily staying family members of an EAEU worker are not insured: the EAEU Treaty does not require a policy for them and national law does not provide one.")}
	}
	return NotInsured, []oms.Finding{stayingFinding()}
}

func (r Rules) naiveAssessResident(p Person, asOf date.Date) (Category, []oms.Finding) {
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
	var out []oms.Finding
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
	for _, f := range out {
		if f.Severity == oms.Violation {
			return NotInsured, out
		}
	}
	return cat, append(out, naiveInsuredFinding(CodeInsuredResident, cat, citeArt10, false,
		"Иностранный гражданин или лицо без гражданства, постоянно или временно проживающие в РФ, — застрахованное лицо.",
		"A foreign citizen or stateless person permanently or temporarily residing in the RF is an insured person."))
}

func (r Rules) naiveAssessStayingWorker(p Person, asOf date.Date) (Category, []oms.Finding) {
	rule, err := r.QualifyingYears.At(asOf)
	if err != nil {
		f := stayingFinding()
		f.RU += " Правило ч. 1.1 ст. 16 326-ФЗ на эту дату не действует."
		f.EN += " The rule of 326-ФЗ art. 16 part 1.1 is not in force on this date."
		return NotInsured, []oms.Finding{f}
	}
	var out []oms.Finding
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
		return NotInsured, out
	}
	return StayingWorker, []oms.Finding{naiveInsuredFinding(CodeInsuredStayingWorker, StayingWorker, rule.Citation, rule.Unconfirmed,
		"Временно пребывающий работник, за которого страховые взносы на ОМС уплачены не менее "+strconv.Itoa(rule.Value)+" лет, имеет права застрахованного лица.",
		"A temporarily staying worker for whom ОМС contributions have been paid for at least "+strconv.Itoa(rule.Value)+" years has the rights of an insured person.")}
}

func (r Rules) naiveCheckApplication(app Application, asOf date.Date) (Assessment, oms.Decision) {
	a, err := r.naiveAssess(app.Person, asOf)
	if err != nil {
		code := CodePersonInvalid
		if errors.Is(err, oms.ErrNotInForce) {
			code = CodeNotInForce
		}
		return a, oms.NewDecision(oms.Finding{
			Code: code, Severity: oms.Violation, Citation: citeArt10,
			RU: "Сведения о лице не позволяют проверить документы: " + err.Error(),
			EN: "The facts about the person cannot be checked: " + err.Error(),
		})
	}
	reqs, err := r.RequiredDocuments(a.Category, asOf)
	if !a.Insured() && err == nil {
		err = fmt.Errorf("the person is not insured on %s", asOf)
	}
	if err != nil {
		return a, oms.NewDecision(oms.Finding{
			Code: CodeDocumentsNoList, Severity: oms.Violation, Citation: citeArt16Part5, Unconfirmed: true,
			RU: "Перечень документов не определён: " + err.Error(),
			EN: "No list of documents: " + err.Error(),
		})
	}
	var b oms.DecisionBuilder
	b.Add(r.checkApplicant(&app, a, asOf)...)
	minor := a.Age < 18 && !app.Person.FullCapacity
	listed := len(reqs)
	if (minor || app.Applicant == ByLegalRepresentative) && a.Category != CitizenUnder14 {
		reqs = append(reqs, func() []Requirement { x := legalRepresentativeRequirements(minor); return x[:] }()...)
	}
	if app.Applicant == ByRepresentative {
		reqs = append(reqs, func() []Requirement { x := representativeRequirements(); return x[:] }()...)
	}
	cite(reqs[listed:], a.Category, asOf, false)
	for _, q := range reqs {
		b.Add(naiveCheckRequirement(q, &app, asOf)...)
	}
	return a, b.Decision()
}

// checkRequirement returns the findings about one requirement.
func naiveCheckRequirement(r Requirement, app *Application, asOf date.Date) []oms.Finding {
	var pool [][]Document
	switch r.Party {
	case Insured:
		pool = [][]Document{app.Documents}
	case LegalRepresentativeParty:
		pool = [][]Document{app.LegalRepresentative}
		if r.accepts(DocBirthCertificate) {
			// A parent's authority is shown by the child's birth certificate.
			pool = append(pool, app.Documents)
		}
	case RepresentativeParty:
		pool = [][]Document{app.Representative}
	}
	var bad []oms.Finding
	for _, docs := range pool {
		for _, d := range docs {
			if !r.accepts(d.Kind) {
				continue
			}
			if err := d.Kind.CheckNumber(d.Number); err != nil {
				ru := "неверный номер"
				if errors.Is(err, ErrControlNumber) {
					ru = "контрольное число не совпадает"
				}
				bad = append(bad, naiveDocFinding(r, CodeDocumentInvalid, oms.Violation,
					"Документ «"+d.Kind.NameRU()+"» недействителен: "+ru+" ("+d.Number+").",
					"Document "+d.Kind.NameEN()+" is invalid: "+err.Error()))
				continue
			}
			if exp, ok := d.Expires.Get(); ok && exp.Before(asOf) {
				bad = append(bad, naiveDocFinding(r, CodeDocumentExpired, oms.Violation,
					"Срок действия документа «"+d.Kind.NameRU()+"» истёк "+ruDate(exp)+".",
					"Document "+d.Kind.NameEN()+" expired on "+exp.String()+"."))
				continue
			}
			return []oms.Finding{naiveDocFinding(r, CodeDocumentOK, oms.Info,
				"Представлен документ «"+d.Kind.NameRU()+"» ("+r.Party.ru()+").",
				"Presented: "+d.Kind.NameEN()+" ("+r.Party.String()+").")}
		}
	}
	if len(bad) > 0 {
		return bad
	}
	if r.Need == IfAvailable {
		return []oms.Finding{naiveDocFinding(r, CodeDocumentAbsentOptional, oms.Info,
			"Не представлен документ «"+r.namesRU()+"» ("+r.Party.ru()+"); он прилагается при наличии.",
			"Not presented: "+r.namesEN()+" ("+r.Party.String()+"); it is attached if available.")}
	}
	return []oms.Finding{naiveDocFinding(r, CodeDocumentMissing, oms.Violation,
		"Не представлен обязательный документ: "+r.namesRU()+" ("+r.Party.ru()+").",
		"Missing required document: "+r.namesEN()+" ("+r.Party.String()+").")}
}

func naiveDocFinding(r Requirement, outcome string, sev oms.Severity, ru, en string) oms.Finding {
	return oms.Finding{
		Code: outcome + r.Code, Severity: sev,
		RU: ru, EN: en, Citation: r.Citation, Unconfirmed: r.Unconfirmed,
	}
}

func (r Requirement) namesRU() string {
	s := ""
	for i, k := range r.AnyOf {
		if i > 0 {
			s += " или "
		}
		s += k.NameRU()
	}
	return s
}

func (r Requirement) namesEN() string {
	s := ""
	for i, k := range r.AnyOf {
		if i > 0 {
			s += " or "
		}
		s += k.NameEN()
	}
	return s
}

// ruDate writes d as DD.MM.YYYY by package date, the naive writer
// msg.DateRU is held to.
func ruDate(d date.Date) string { return d.Format("02.01.2006") }
