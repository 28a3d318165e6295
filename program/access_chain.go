package program

import (
	"fmt"
	"slices"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
)

// Events of the steps of a change of clinic under 406н.
const (
	AccessEventChoiceLetterReceived = "choice-letter-received" // the old clinic receives the new clinic's letter
	AccessEventChoiceConfirmed      = "choice-confirmed"       // the old clinic confirms to the new one
)

// defaultChain is the chain of steps of a change of clinic. Under 406н
// (access.md §1.3): the new clinic writes to the old one within 2 working
// days of the application, the old one confirms within 2 working days of
// the letter, and the head of the new clinic informs the person within 2
// working days of the confirmation — three steps remembered from the text,
// not read ([U]; their sum, six working days, matches the Novosibirsk
// health ministry's "до шести рабочих дней", [S]); the insurer is notified
// within 3 working days of the old clinic's confirmation ([S] vaninocrb.ru).
// From 01.09.2025 the sources describe one step, the decision within 2
// working days, after which the new clinic updates the register of
// insured persons without a known period ([S]). All unconfirmed.
var defaultChain = oms.MustTimeline(
	oms.Dated[[]calendar.DutyRule]{From: accessFrom406n, Citation: citeProcedure406n, Unconfirmed: true, Value: []calendar.DutyRule{
		chainStep(CodeAccessChoiceLetter, AccessEventChoiceFiled, 2, citeProcedure406n,
			"направить запрос в медицинскую организацию, в которой гражданин находился на обслуживании", "write to the clinic that served the person"),
		chainStep(CodeAccessChoiceConfirm, AccessEventChoiceLetterReceived, 2, citeProcedure406n,
			"подтвердить нахождение гражданина на обслуживании", "confirm that the person was served there"),
		chainStep(CodeAccessChoiceInform, AccessEventChoiceConfirmed, 2, citeProcedure406n,
			"проинформировать гражданина о принятии на медицинское обслуживание", "inform the person of the attachment"),
		chainStep(CodeAccessChoiceNotifyInsurer, AccessEventChoiceConfirmed, 3, citeProcedure406n,
			"уведомить страховую медицинскую организацию о прикреплении", "notify the insurer of the attachment"),
	}},
	oms.Dated[[]calendar.DutyRule]{From: accessFrom2025, Citation: citeProcedure2025, Unconfirmed: true, Value: []calendar.DutyRule{
		defaultChoiceAnswerRule(citeProcedure2025),
	}},
)

func chainStep(code, event string, n int, cite oms.Citation, ru, en string) calendar.DutyRule {
	return calendar.DutyRule{Code: code, Event: event, RU: ru, EN: en, Citation: cite, Unconfirmed: true,
		Period: calendar.Period{N: n, Unit: calendar.WorkingDays}}
}

// ChoiceChain is AccessRules.ChoiceChain with the default rules.
func ChoiceChain(cal *calendar.Calendar, filed date.Date) ([]calendar.Duty, error) {
	return DefaultAccessRules().ChoiceChain(cal, filed)
}

// ChoiceChain returns the steps of a change of clinic applied for on
// filed, each with its due day when every earlier step takes all its
// time: so the last due day is the latest the whole change may take. A
// step started by the confirmation starts on the confirmation's due day,
// the others on the due day of the step before. Working days are counted
// in cal, nil meaning the federal calendar. Under 406н: the letter to the
// old clinic, its confirmation, informing the person, notifying the
// insurer; from 01.09.2025 the decision only. The error wraps
// oms.ErrNotInForce before the procedure (21.05.2012).
func (r AccessRules) ChoiceChain(cal *calendar.Calendar, filed date.Date) ([]calendar.Duty, error) {
	steps, err := r.Chain.Value(filed)
	if err != nil {
		return nil, fmt.Errorf("program: choice chain on %s: %w", filed, err)
	}
	out := make([]calendar.Duty, 0, len(steps))
	startOf := map[string]date.Date{AccessEventChoiceFiled: filed}
	for i, s := range steps {
		start, ok := startOf[s.Event]
		if !ok {
			return nil, fmt.Errorf("program: choice chain step %d (%s) starts with %q, which no earlier step ends", i, s.Code, s.Event)
		}
		d, err := startDuty(cal, s, start)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
		switch s.Code {
		case CodeAccessChoiceLetter:
			startOf[AccessEventChoiceLetterReceived] = d.Due
		case CodeAccessChoiceConfirm:
			startOf[AccessEventChoiceConfirmed] = d.Due
		}
	}
	return slices.Clip(out), nil
}
