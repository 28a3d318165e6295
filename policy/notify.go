package policy

import (
	"fmt"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/internal/msg"
	"github.com/rickb777/date"
)

// A Notice is what the insured person owes the insurer after a change.
type Notice struct {
	// Required is whether the law sets a time limit to notify the insurer
	// of the change (326-ФЗ art. 16 part 2 item 3).
	Required bool `json:"required"`
	// Duty is the duty to notify, when Required (code DutyNotifyChange):
	// Due is the last day, one month from the day of the change (ГК РФ
	// ст. 191–193, through the calendar).
	Duty calendar.Duty `json:"duty,omitzero"`
}

// NotifyDeadline returns the insured person's duty to notify the insurer
// of a change of the kind reason that happened on the day changed; see
// Rules.NotifyDeadline.
func NotifyDeadline(reason Reason, changed date.Date, cal *calendar.Calendar) (Notice, oms.Decision, error) {
	return defaultRules.NotifyDeadline(reason, changed, cal)
}

// NotifyDeadline returns the duty to notify the insurer of a change of the
// kind reason on the day changed, under the rules r.
//
// For the changes listed in 326-ФЗ art. 16 part 2 item 3 on that day
// (Rules.NotifyItems: surname, name or patronymic; identity-document data;
// place of residence; the Rules repeat it in 158н p. 52 and 108н p. 60)
// the person must notify within one month of the day of the change. The
// month is a Civil Code period computed by cal.Duty: it ends on the
// same-numbered day of the next month (or that month's last day), moved to
// the next working day if it is not one (ГК РФ ст. 191–193). A nil cal
// means calendar.Federal().
//
// A change of residence also brings the companion duty of item 4, to
// choose an insurer in the new place where the previous one does not
// work there: a finding says so, and package smo owns that duty
// (smo.RelocationDeadline). Other reasons carry no statutory time limit.
//
// The law attaches no sanction to a late notice, so the duty has
// NoSanction set: its Check reports lateness as a warning.
//
// A finding is Unconfirmed when the version of the list in force is and
// the reason is in some versions but not in all: by default only the
// identity document, whose entry into the list is undated (between 2011
// and 13.08.2018). Name and residence are in every version, so their
// findings are not.
//
// The error wraps oms.ErrNotInForce for a change before 2011 and
// calendar.ErrUnknownYear for a date outside the calendar.
func (r Rules) NotifyDeadline(reason Reason, changed date.Date, cal *calendar.Calendar) (Notice, oms.Decision, error) {
	if !reason.IsValid() {
		return Notice{}, oms.Decision{}, fmt.Errorf("%w: %d", ErrUnknownReason, uint8(reason))
	}
	items, err := r.NotifyItems.At(changed)
	if err != nil {
		return Notice{}, oms.Decision{}, fmt.Errorf("policy: duty to notify of a change on %s: %w", changed, err)
	}
	unconfirmed := itemUnconfirmed(r.NotifyItems, items, reason)
	if !items.Value.Has(reason) {
		return Notice{}, oms.NewDecision(withMessages(oms.Finding{
			Code: CodeNotifyNone, Severity: oms.Info,
			Citation:    items.Citation,
			Unconfirmed: unconfirmed,
		}, "Закон не устанавливает срок уведомления СМО об этом изменении (%s); полис переоформляется по заявлению", []msg.Arg{msg.S(reason.NameRU())},
			"The law sets no time limit to notify the insurer of this change (%s); the policy is re-issued on application", []msg.Arg{msg.S(reason.NameEN())})), nil
	}
	if cal == nil {
		cal = calendar.Federal()
	}
	duty, err := cal.Duty(calendar.DutyRule{
		Code: DutyNotifyChange, Event: OnDataChanged,
		RU: "уведомить СМО об изменении: " + reason.NameRU(), EN: "notify the insurer of the " + reason.NameEN(),
		Period: calendar.Period{N: 1, Unit: calendar.Months}, Citation: items.Citation, Unconfirmed: unconfirmed,
		NoSanction: true,
	}, changed)
	if err != nil {
		return Notice{}, oms.Decision{}, fmt.Errorf("policy: duty to notify of a change on %s: %w", changed, err)
	}
	n := Notice{Required: true, Duty: duty}
	var b oms.DecisionBuilder
	b.Add(withMessages(oms.Finding{
		Code: CodeNotifyDeadline, Severity: oms.Info,
		Citation:    items.Citation,
		Unconfirmed: unconfirmed,
	}, "Уведомить СМО (%s) в течение одного месяца со дня изменения %s — не позднее %s", []msg.Arg{msg.S(reason.NameRU()), msg.DRU(changed), msg.DRU(duty.Due)},
		"Notify the insurer (%s) within one month of the change on %s: by %s", []msg.Arg{msg.S(reason.NameEN()), msg.D(changed), msg.D(duty.Due)}), oms.Finding{
		Code: CodeNotifyMonthPeriod, Severity: oms.Info,
		RU:       "Месячный срок истекает в соответствующее число следующего месяца; если это нерабочий день — в ближайший следующий рабочий день",
		EN:       "A one-month period ends on the same-numbered day of the next month, or the next working day if that is not one",
		Citation: citeGK192,
	})
	if reason == ChangeResidence {
		b.Add(withMessages(oms.Finding{
			Code: CodeNotifyChooseSMO, Severity: oms.Info,
			Citation: citeArt16Part2Item4,
		}, "Если прежняя СМО не работает по новому месту жительства — выбрать СМО там в течение одного месяца, не позднее %s", []msg.Arg{msg.DRU(duty.Due)},
			"If the previous insurer does not work in the new place of residence, choose one there within one month: by %s", []msg.Arg{msg.D(duty.Due)}))
	}
	return n, b.Decision(), nil
}

// itemUnconfirmed reports whether the answer of version v of the notify
// list about reason rests on an unconfirmed fact: v is unconfirmed and the
// reason is not in every version or in none (name and residence are in the
// list from 2011; only the date of the identity-document item is unknown).
func itemUnconfirmed(t oms.Timeline[ReasonSet], v oms.Dated[ReasonSet], reason Reason) bool {
	if !v.Unconfirmed {
		return false
	}
	for _, w := range t.Versions() {
		if w.Value.Has(reason) != v.Value.Has(reason) {
			return true
		}
	}
	return false
}
