package policy

import (
	"encoding/json"
	"fmt"
	"slices"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/rickb777/date"
)

// Events that start the package's duties (calendar.DutyRule.Event; not
// the lifecycle's Event). A register step that follows another has that
// step's code as its Event.
const (
	// OnApplicationFiled: the application for a policy is filed.
	OnApplicationFiled = "application-filed"
	// OnCertificateIssued: the temporary certificate is issued.
	OnCertificateIssued = "certificate-issued"
	// OnDataChanged: the data the insured must notify has changed.
	OnDataChanged = "data-changed"
	// OnMoved: the insured person moved to another place of residence.
	OnMoved = "moved"
)

// step is a register step: a duty of n working days (0: the same day)
// after the event, under the point of the edition act.
func step(code, event string, n int, act, point, ru, en string, unconfirmed bool) calendar.DutyRule {
	r := calendar.DutyRule{Code: code, Event: event, RU: ru, EN: en,
		Citation: oms.Citation{Act: act, Point: point, Title: ru}, Unconfirmed: unconfirmed}
	if n > 0 {
		r.Period = calendar.Period{N: n, Unit: calendar.WorkingDays}
	}
	return r
}

// A RegisterChain is one version of the register steps that make a policy
// after an application: duties in order, each started by the application
// (Event OnApplicationFiled) or by an earlier step (Event the step's Code).
// It is immutable: Steps returns a copy.
type RegisterChain struct {
	steps []calendar.DutyRule
}

// NewRegisterChain returns the chain of the given steps, in order. A step
// with no Period is due the day it starts.
func NewRegisterChain(steps ...calendar.DutyRule) RegisterChain {
	return RegisterChain{steps: slices.Clone(steps)}
}

// Steps returns a copy of the steps, in order.
func (c RegisterChain) Steps() []calendar.DutyRule { return slices.Clone(c.steps) }

// MarshalJSON encodes the chain as the list of its steps.
func (c RegisterChain) MarshalJSON() ([]byte, error) {
	if c.steps == nil {
		return []byte("[]"), nil
	}
	return json.Marshal(c.steps)
}

// UnmarshalJSON decodes the list of steps MarshalJSON writes, so that a
// package's Rules read back what they wrote.
func (c *RegisterChain) UnmarshalJSON(data []byte) error {
	var steps []calendar.DutyRule
	if err := json.Unmarshal(data, &steps); err != nil {
		return fmt.Errorf("policy: register chain: %w", err)
	}
	*c = NewRegisterChain(steps...)
	return nil
}

// register158 are the steps of the Rules 158н (2011 text, pp. 38–49;
// rules-points.md row 5c). The content of pp. 41–42 is not in the
// library's sources, only their terms: those steps are Unconfirmed. The
// refusal notice of p. 39 (5 working days) is left out: it is due only on
// a refusal.
var register158 = []calendar.DutyRule{
	step(DutyRegisterToFund, OnApplicationFiled, 0, oms.ActRules158n, "38",
		"СМО передаёт сведения о застрахованном лице в ТФОМС в день обращения", "the insurer passes the person's data to the territorial fund on the day of the application", false),
	step(DutyRegisterCheck, DutyRegisterToFund, 2, oms.ActRules158n, "38",
		"ТФОМС проверяет сведения в региональном сегменте ЕРЗ", "the territorial fund checks the data in the regional register", false),
	step(DutyRegisterCentral, DutyRegisterCheck, 1, oms.ActRules158n, "40",
		"ТФОМС направляет сведения для центральной проверки", "the territorial fund sends the data for the central check", false),
	step(DutyRegisterCentralCheck, DutyRegisterCentral, 3, oms.ActRules158n, "40",
		"центральная проверка сведений в ЕРЗ", "the central check in the unified register", false),
	step(DutyRegisterStep41, DutyRegisterCentralCheck, 1, oms.ActRules158n, "41",
		"следующий шаг обмена сведениями (п. 41)", "the next step of the data exchange (p. 41)", true),
	step(DutyRegisterStep42, DutyRegisterStep41, 3, oms.ActRules158n, "42",
		"следующий шаг обмена сведениями (п. 42)", "the next step of the data exchange (p. 42)", true),
	step(DutyRegisterToFFOMS, OnApplicationFiled, 10, oms.ActRules158n, "45",
		"всего до направления сведений для изготовления полиса — не более 10 рабочих дней со дня обращения", "in all, at most 10 working days from the application until the data go to make the policy", false),
	step(DutyRegisterPolicyMade, DutyRegisterToFFOMS, 14, oms.ActRules158n, "48",
		"изготовление полиса", "the policy is made", false),
	step(DutyRegisterPolicyToSMO, DutyRegisterPolicyMade, 2, oms.ActRules158n, "49",
		"передача изготовленного полиса в СМО", "the made policy reaches the insurer", false),
}

// register108 are the steps of the Rules 108н (2019 text, pp. 49–58;
// rules-points.md row 5c). The refusal notice of p. 50 (1 working day)
// is left out: it is due only on a refusal.
var register108 = []calendar.DutyRule{
	step(DutyRegisterToFund, OnApplicationFiled, 1, oms.ActRules108n, "49",
		"СМО передаёт сведения о застрахованном лице в ТФОМС не позднее рабочего дня, следующего за днём обращения", "the insurer passes the person's data to the territorial fund by the next working day", false),
	step(DutyRegisterCheck, DutyRegisterToFund, 3, oms.ActRules108n, "49",
		"ТФОМС проверяет сведения в ЕРЗ", "the territorial fund checks the data in the unified register", false),
	step(DutyRegisterResult, DutyRegisterCheck, 1, oms.ActRules108n, "49",
		"ТФОМС сообщает СМО результат проверки", "the territorial fund gives the insurer the result of the check", false),
	step(DutyRegisterToFFOMS, OnApplicationFiled, 5, oms.ActRules108n, "53",
		"всего до направления сведений для изготовления полиса — не более 5 рабочих дней со дня обращения", "in all, at most 5 working days from the application until the data go to make the policy", false),
	step(DutyRegisterPolicyMade, DutyRegisterToFFOMS, 14, oms.ActRules108n, "56",
		"ФОМС изготавливает полис", "the federal fund makes the policy", false),
	step(DutyRegisterPolicyToSMO, DutyRegisterPolicyMade, 2, oms.ActRules108n, "57",
		"ТФОМС сообщает СМО о поступлении изготовленного полиса", "the territorial fund tells the insurer the policy is made", false),
	step(DutyRegisterInform, DutyRegisterPolicyToSMO, 3, oms.ActRules108n, "58 подп. 1",
		"СМО информирует застрахованное лицо", "the insurer informs the insured person", false),
}

// RegisterSteps returns the register steps of the paper era for an
// application filed on applied, each a calendar.Duty whose Due is its last
// day: a step that follows another starts on that step's Due (the latest
// the law allows), one that follows the application on applied. The steps
// are those of the Rules in force on the day of the application (158н
// pp. 38–49 to 27.05.2019; 108н pp. 49–58 from 28.05.2019), in order.
// Working days are counted through cal (nil means calendar.Federal()).
//
// From 01.12.2022 the policy is made on the day of the application (a
// record in the ЕРЗ): the error then wraps oms.ErrNotInForce, as before
// 2011.
func (r Rules) RegisterSteps(applied date.Date, cal *calendar.Calendar) ([]calendar.Duty, error) {
	v, err := r.Register.At(applied)
	if err != nil {
		return nil, fmt.Errorf("policy: register steps for an application on %s: %w", applied, err)
	}
	if cal == nil {
		cal = calendar.Federal()
	}
	out := make([]calendar.Duty, 0, len(v.Value.steps))
	due := map[string]date.Date{OnApplicationFiled: applied}
	for _, rule := range v.Value.steps {
		start, ok := due[rule.Event]
		if !ok {
			return nil, fmt.Errorf("policy: register step %s follows %q, which is not an earlier step", rule.Code, rule.Event)
		}
		d := calendar.Duty{DutyRule: rule, Start: start, Due: start}
		if rule.Period.N > 0 {
			if d, err = cal.Duty(rule, start); err != nil {
				return nil, fmt.Errorf("policy: register steps for an application on %s: %w", applied, err)
			}
		}
		if rule.Citation.Act == oms.ActRules158n && !applied.Before(day803n) {
			d.Unconfirmed = true // the numbering of 158н after 803н was not read
		}
		due[rule.Code] = d.Due
		out = append(out, d)
	}
	return out, nil
}

// RegisterSteps is DefaultRules().RegisterSteps.
func RegisterSteps(applied date.Date, cal *calendar.Calendar) ([]calendar.Duty, error) {
	return defaultRules.RegisterSteps(applied, cal)
}
