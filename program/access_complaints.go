package program

import (
	"fmt"
	"slices"
	"time"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
)

// A ComplaintAddressee is where a complaint about care goes.
type ComplaintAddressee uint8

const (
	// ToClinic is the head of the department or the chief doctor of the
	// medical organisation.
	ToClinic ComplaintAddressee = iota + 1
	// ToInsurer is the insurer (СМО): its insurance representative by
	// phone or in its office, or a written complaint.
	ToInsurer
	// ToFund is the territorial fund of ОМС (ТФОМС).
	ToFund
	// ToHealthAuthority is the region's health authority.
	ToHealthAuthority
	// ToRoszdravnadzor is the territorial body of Росздравнадзор.
	ToRoszdravnadzor
)

var addresseeNames = [...]string{"", "clinic", "insurer", "fund", "health_authority", "roszdravnadzor"}

// A ComplaintStep is one step of the path of a complaint: where to turn,
// how, and how long the answer may take.
type ComplaintStep struct {
	// Level orders the steps: 1 first; steps of one level are
	// alternatives.
	Level int `json:"level"`
	// Addressee is where the complaint goes.
	Addressee ComplaintAddressee `json:"addressee"`
	// RU and EN say whom to address and how.
	RU string `json:"ru"`
	EN string `json:"en"`
	// Answer is the duty to answer a written complaint, counted from its
	// registration.
	Answer calendar.DutyRule `json:"answer"`
	// Extended is the same duty when the addressee extends the period,
	// with notice to the person.
	Extended calendar.DutyRule `json:"extended"`
	// Source is where the library's sources found this step in the path.
	Source string `json:"source"`
	// Unconfirmed marks a step whose place in the path or whose deadline
	// the sources do not settle.
	Unconfirmed bool `json:"unconfirmed,omitempty"`
}

// A ComplaintPath is the steps of a complaint, by level.
type ComplaintPath []ComplaintStep

// Next returns the steps of the level after the one addressee a belongs
// to: where to turn if a did not help. It returns the first level for
// the zero addressee, and nothing after the last level.
func (p ComplaintPath) Next(a ComplaintAddressee) []ComplaintStep {
	level := 0
	for _, s := range p {
		if s.Addressee == a {
			level = s.Level
		}
	}
	next := 0
	for _, s := range p {
		if s.Level > level && (next == 0 || s.Level < next) {
			next = s.Level
		}
	}
	var out []ComplaintStep
	for _, s := range p {
		if next != 0 && s.Level == next {
			out = append(out, s)
		}
	}
	return out
}

// Step returns the step of addressee a.
func (p ComplaintPath) Step(a ComplaintAddressee) (ComplaintStep, bool) {
	for _, s := range p {
		if s.Addressee == a {
			return s, true
		}
	}
	return ComplaintStep{}, false
}

// complaintAnswer returns the 59-ФЗ duties of addressee a: 30 days from
// registration (ст. 12 ч. 1), and 30 + 30 with the extension (ч. 2). Both
// are [S] in access.md §3.3 (ivcrb.ru quoting ст. 12 ч. 1; the extension
// read in a regional law applying 59-ФЗ); whether 59-ФЗ governs a private
// clinic's or an insurer's answer is [U] (an insurer's page says it
// handles complaints under 59-ФЗ), and no shorter ОМС-specific period was
// found. The days are calendar days, counted by the Civil Code's rules
// (calendar.Calendar.Deadline), which is the library's reading.
func complaintAnswer(a ComplaintAddressee) (answer, extended calendar.DutyRule) {
	answer = calendar.DutyRule{Code: CodeAccessComplaintAnswer, Event: AccessEventComplaintRegistered,
		RU: "рассмотреть письменное обращение и дать ответ (" + a.String() + ")", EN: "consider the written complaint and answer (" + a.String() + ")",
		Period: calendar.Period{N: 30, Unit: calendar.Days}, Citation: citeAnswer59, Unconfirmed: true}
	extended = answer
	extended.Code = CodeAccessComplaintExtended
	extended.RU += " при продлении срока"
	extended.EN += ", the period extended"
	extended.Period = calendar.Period{N: 60, Unit: calendar.Days}
	extended.Citation = citeExtend59
	return answer, extended
}

// complaintPath returns the path; representative says whether the insurer
// step names the insurance representative (страховой представитель).
func complaintPath(representative bool) ComplaintPath {
	step := func(level int, a ComplaintAddressee, ru, en, src string) ComplaintStep {
		ans, ext := complaintAnswer(a)
		return ComplaintStep{Level: level, Addressee: a, RU: ru, EN: en, Answer: ans, Extended: ext, Source: src, Unconfirmed: true}
	}
	const chel = "ТФОМС Челябинской области via news.mail.ru/society/68983322/ (05.12.2025); ugoria-dent.ru (2024)"
	insRU, insEN := "Страховая медицинская организация, выдавшая полис: устно или письменно.", "The insurer (СМО) that issued the policy: orally or in writing."
	if representative {
		insRU = "Страховой представитель СМО — по телефону, указанному на полисе, или в офисе; письменно, если нарушение могло повредить здоровью: СМО проводит контроль объёмов, сроков, качества и условий помощи."
		insEN = "The insurer's insurance representative, by the phone on the policy or in its office; in writing where the breach could harm health: the insurer then checks the volume, timing, quality and conditions of care."
	}
	return ComplaintPath{
		step(1, ToClinic, "Заведующий отделением или главный врач медицинской организации.", "The head of the department or the chief doctor of the clinic.", chel),
		step(2, ToInsurer, insRU, insEN, chel),
		step(3, ToFund, "Территориальный фонд ОМС: онлайн-форма или горячая линия.", "The territorial ОМС fund: its online form or hotline.", chel),
		step(4, ToHealthAuthority, "Орган исполнительной власти субъекта в сфере здравоохранения.", "The region's health authority.", "ugoria-dent.ru (2024)"),
		step(4, ToRoszdravnadzor, "Территориальный орган Росздравнадзора.", "The territorial body of Росздравнадзор.", "ugoria-dent.ru (2024)"),
	}
}

// defaultComplaints: the order of escalation is published practice, not
// law (access.md §3.2, [S]). The insurance representatives came with the
// fund's 2016 regulation (act and point [U]); the version naming them is
// dated from 01.01.2016, unconfirmed.
var defaultComplaints = oms.MustTimeline(
	oms.Dated[ComplaintPath]{From: accessFrom326, Value: complaintPath(false), Citation: citeAnswer59, Unconfirmed: true},
	oms.Dated[ComplaintPath]{From: date.New(2016, time.January, 1), Value: complaintPath(true), Citation: citeAnswer59, Unconfirmed: true},
)

// defaultComplaintRegistration: 59-ФЗ ст. 8 ч. 2, registration within
// three days of receipt ([S] org15335819112018.med.cap.ru).
var defaultComplaintRegistration = oms.MustTimeline(oms.Dated[calendar.DutyRule]{
	From: accessFrom326, Citation: citeRegister59, Unconfirmed: true, Value: calendar.DutyRule{
		Code: CodeAccessComplaintRegistration, Event: AccessEventComplaintReceived, Citation: citeRegister59, Unconfirmed: true,
		RU: "зарегистрировать письменное обращение", EN: "register the written complaint",
		Period: calendar.Period{N: 3, Unit: calendar.Days},
	}})

// complaintCodes returns the catalogue entries of the complaint duties.
func complaintCodes() []oms.CodeInfo {
	ans, ext := complaintAnswer(ToClinic)
	ans.RU, ans.EN = "рассмотреть письменное обращение и дать ответ", "consider the written complaint and answer"
	ext.RU, ext.EN = ans.RU+" при продлении срока", ans.EN+", the period extended"
	return append(ans.Codes("program"), ext.Codes("program")...)
}

// ComplaintPathAt is AccessRules.ComplaintPathAt with the default rules.
func ComplaintPathAt(day date.Date) (ComplaintPath, error) {
	return DefaultAccessRules().ComplaintPathAt(day)
}

// ComplaintPathAt returns the path of a complaint on day, a copy the
// caller may change. The error wraps oms.ErrNotInForce before 2011.
func (r AccessRules) ComplaintPathAt(day date.Date) (ComplaintPath, error) {
	p, err := r.Complaints.Value(day)
	if err != nil {
		return nil, fmt.Errorf("program: complaint path on %s: %w", day, err)
	}
	return slices.Clone(p), nil
}

// ComplaintDue returns when the answer of addressee a to a written
// complaint registered on registered is due: 30 days, or 60 when the
// period was extended (59-ФЗ ст. 12), counted in cal (nil: federal).
func (r AccessRules) ComplaintDue(cal *calendar.Calendar, a ComplaintAddressee, registered date.Date, extended bool) (calendar.Duty, error) {
	p, err := r.ComplaintPathAt(registered)
	if err != nil {
		return calendar.Duty{}, err
	}
	s, ok := p.Step(a)
	if !ok {
		return calendar.Duty{}, fmt.Errorf("program: addressee %s is not on the complaint path on %s", a, registered)
	}
	rule := s.Answer
	if extended {
		rule = s.Extended
	}
	return startDuty(cal, rule, registered)
}

// ComplaintRegistrationDue returns when a written complaint received on
// received must be registered (59-ФЗ ст. 8 ч. 2: three days), counted in
// cal (nil: federal).
func (r AccessRules) ComplaintRegistrationDue(cal *calendar.Calendar, received date.Date) (calendar.Duty, error) {
	return dutyAt(cal, r.ComplaintRegistration, received)
}
