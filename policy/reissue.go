package policy

import (
	"errors"
	"fmt"
	"strings"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/rickb777/date"
)

// A Reason is a reason to re-issue (переоформить) a policy, as the Rules
// and the territorial funds list them (law.md §2.3).
//
// The zero Reason is invalid. Reasons are small comparable values; their
// text form (String, MarshalText) is a stable lower-case code.
type Reason uint8

const (
	// ChangeName is a change of surname, first name or patronymic.
	ChangeName Reason = iota + 1
	// ChangeBirthDate is a change (correction) of the date of birth.
	ChangeBirthDate
	// ChangeBirthPlace is a change (correction) of the place of birth.
	ChangeBirthPlace
	// ChangeIdentityDocument is a change of the data of the identity
	// document (a new passport, say).
	ChangeIdentityDocument
	// ChangeResidence is a change of the place of residence.
	ChangeResidence
	// DataError is an inaccuracy or error found in the policy data.
	DataError
	// Wear is wear and tear or unfitness of the blank (ветхость и
	// непригодность); a digital policy does not wear out.
	Wear
	// Loss is the loss of the policy; before the digital policy a
	// duplicate (дубликат) was made.
	Loss

	numReasons
)

var reasonTable = [numReasons]struct{ code, ru, en string }{
	ChangeName:             {"change-name", "изменение фамилии, имени, отчества", "change of surname, name or patronymic"},
	ChangeBirthDate:        {"change-birth-date", "изменение даты рождения", "change of the date of birth"},
	ChangeBirthPlace:       {"change-birth-place", "изменение места рождения", "change of the place of birth"},
	ChangeIdentityDocument: {"change-identity-document", "изменение данных документа, удостоверяющего личность", "change of the identity document data"},
	ChangeResidence:        {"change-residence", "изменение места жительства", "change of the place of residence"},
	DataError:              {"data-error", "неточность или ошибка в сведениях полиса", "an inaccuracy or error in the policy data"},
	Wear:                   {"wear", "ветхость и непригодность полиса", "wear and tear of the policy"},
	Loss:                   {"loss", "утрата полиса", "loss of the policy"},
}

// ErrUnknownReason is returned (wrapped) for a text or value that names no
// Reason.
var ErrUnknownReason = errors.New("policy: unknown re-issue reason")

// Reasons returns every reason, in the order of the constants.
func Reasons() []Reason {
	out := make([]Reason, 0, numReasons-1)
	for r := ChangeName; r < numReasons; r++ {
		out = append(out, r)
	}
	return out
}

// IsValid reports whether r is one of the defined reasons.
func (r Reason) IsValid() bool { return r >= ChangeName && r < numReasons }

// String returns the stable code of r, such as "change-name", or
// "Reason(N)".
func (r Reason) String() string {
	if r.IsValid() {
		return reasonTable[r].code
	}
	return fmt.Sprintf("Reason(%d)", uint8(r))
}

// NameRU returns the Russian description of r.
func (r Reason) NameRU() string {
	if r.IsValid() {
		return reasonTable[r].ru
	}
	return r.String()
}

// NameEN returns the English description of r.
func (r Reason) NameEN() string {
	if r.IsValid() {
		return reasonTable[r].en
	}
	return r.String()
}

// ParseReason returns the reason whose String is s.
func ParseReason(s string) (Reason, error) {
	for r := ChangeName; r < numReasons; r++ {
		if reasonTable[r].code == s {
			return r, nil
		}
	}
	return 0, fmt.Errorf("%w: %q", ErrUnknownReason, s)
}

// MarshalText implements encoding.TextMarshaler.
func (r Reason) MarshalText() ([]byte, error) {
	if !r.IsValid() {
		return nil, fmt.Errorf("%w: %d", ErrUnknownReason, uint8(r))
	}
	return []byte(reasonTable[r].code), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *Reason) UnmarshalText(text []byte) error {
	v, err := ParseReason(string(text))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// A ReasonSet is a set of Reasons. The zero ReasonSet is empty.
type ReasonSet uint16

// NewReasonSet returns the set of the given valid reasons; invalid ones
// are left out.
func NewReasonSet(rs ...Reason) ReasonSet {
	var s ReasonSet
	for _, r := range rs {
		if r.IsValid() {
			s |= 1 << r
		}
	}
	return s
}

// Has reports whether r is in s.
func (s ReasonSet) Has(r Reason) bool { return r.IsValid() && s&(1<<r) != 0 }

// Reasons returns the members of s in the order of the constants.
func (s ReasonSet) Reasons() []Reason {
	var out []Reason
	for r := ChangeName; r < numReasons; r++ {
		if s.Has(r) {
			out = append(out, r)
		}
	}
	return out
}

// String returns the codes of the members joined by "," ("" when empty).
func (s ReasonSet) String() string {
	var b strings.Builder
	for i, r := range s.Reasons() {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(r.String())
	}
	return b.String()
}

// A Notice is what the insured person owes the insurer after a change.
type Notice struct {
	// Required is whether the law sets a time limit to notify the insurer
	// of the change (326-ФЗ art. 16 part 2 item 3).
	Required bool `json:"required"`
	// Deadline is the last day to notify, when Required: one month from
	// the day of the change (ГК РФ ст. 191–193, through the calendar).
	Deadline date.Date `json:"deadline"`
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
// place of residence) the person must notify within one month of the day
// of the change. The month is a Civil Code period computed by
// cal.Deadline: it ends on the same-numbered day of the next month (or
// that month's last day), moved to the next working day if it is not one
// (ГК РФ ст. 191–193). A nil cal means calendar.Federal().
//
// A change of residence also brings the companion duty of item 4: where
// the previous insurer does not work in the new place, choose one there
// within one month. Other reasons carry no statutory time limit.
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
		return Notice{}, oms.NewDecision(oms.Finding{
			Code: "policy.notify.none", Severity: oms.Info,
			RU:          fmt.Sprintf("Закон не устанавливает срок уведомления СМО об этом изменении (%s); полис переоформляется по заявлению", reason.NameRU()),
			EN:          fmt.Sprintf("The law sets no time limit to notify the insurer of this change (%s); the policy is re-issued on application", reason.NameEN()),
			Citation:    items.Citation,
			Unconfirmed: unconfirmed,
		}), nil
	}
	if cal == nil {
		cal = calendar.Federal()
	}
	due, err := cal.Deadline(changed, calendar.Period{N: 1, Unit: calendar.Months})
	if err != nil {
		return Notice{}, oms.Decision{}, fmt.Errorf("policy: duty to notify of a change on %s: %w", changed, err)
	}
	n := Notice{Required: true, Deadline: due}
	dec := oms.NewDecision(oms.Finding{
		Code: "policy.notify.deadline", Severity: oms.Info,
		RU:          fmt.Sprintf("Уведомить СМО (%s) в течение одного месяца со дня изменения %s — не позднее %s", reason.NameRU(), ruDate(changed), ruDate(due)),
		EN:          fmt.Sprintf("Notify the insurer (%s) within one month of the change on %s: by %s", reason.NameEN(), changed, due),
		Citation:    items.Citation,
		Unconfirmed: unconfirmed,
	}, oms.Finding{
		Code: "policy.notify.month-period", Severity: oms.Info,
		RU:       "Месячный срок истекает в соответствующее число следующего месяца; если это нерабочий день — в ближайший следующий рабочий день",
		EN:       "A one-month period ends on the same-numbered day of the next month, or the next working day if that is not one",
		Citation: citeGK192,
	})
	if reason == ChangeResidence {
		dec = dec.With(oms.Finding{
			Code: "policy.notify.choose-smo", Severity: oms.Info,
			RU:       fmt.Sprintf("Если прежняя СМО не работает по новому месту жительства — выбрать СМО там в течение одного месяца, не позднее %s", ruDate(due)),
			EN:       fmt.Sprintf("If the previous insurer does not work in the new place of residence, choose one there within one month: by %s", due),
			Citation: citeArt16Part2Item4,
		})
	}
	return n, dec, nil
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

// A ReissueRequest is an application to re-issue a policy.
type ReissueRequest struct {
	// Reason is why the policy is re-issued.
	Reason Reason `json:"reason"`
	// Current is the form of the policy the person holds.
	Current Form `json:"current"`
	// Changed is the day of the change, of the loss, or of finding the
	// error or the wear.
	Changed date.Date `json:"changed"`
	// Applied is the day the person applied to the insurer; it may not be
	// before Changed.
	Applied date.Date `json:"applied"`
}

// A ReissueOutcome is what a re-issue produces.
type ReissueOutcome struct {
	// Form is the form of the re-issued policy.
	Form Form `json:"form"`
	// Duplicate is whether a duplicate blank is made (a loss before the
	// digital policy).
	Duplicate bool `json:"duplicate"`
	// Notice is the duty to notify the insurer of the change.
	Notice Notice `json:"notice"`
}

// Reissue decides an application to re-issue a policy; see
// Rules.Reissue.
func Reissue(req ReissueRequest, cal *calendar.Calendar) (ReissueOutcome, oms.Decision, error) {
	return defaultRules.Reissue(req, cal)
}

// Reissue decides the application req under the rules r: the form of the
// new policy (ReissueForm: a new blank before 01.12.2022, a duplicate on
// loss; the digital policy and no new blank after), the duty to notify and
// whether the application came within it, and that the ЕНП is kept. Every
// finding carries its citation.
//
// The decision is not OK when the application came after the one-month
// notice period ("policy.notify.late"; the law sets the duty, not the loss
// of the right, so the policy is still re-issued) or when the request
// makes no sense for the form (a digital policy does not wear out). An
// invalid reason or form, or Applied before Changed, is an error.
func (r Rules) Reissue(req ReissueRequest, cal *calendar.Calendar) (ReissueOutcome, oms.Decision, error) {
	if !req.Reason.IsValid() {
		return ReissueOutcome{}, oms.Decision{}, fmt.Errorf("%w: %d", ErrUnknownReason, uint8(req.Reason))
	}
	if req.Applied.Before(req.Changed) {
		return ReissueOutcome{}, oms.Decision{}, fmt.Errorf("policy: re-issue applied for on %s, before the change on %s", req.Applied, req.Changed)
	}
	notice, dec, err := r.NotifyDeadline(req.Reason, req.Changed, cal)
	if err != nil {
		return ReissueOutcome{}, oms.Decision{}, err
	}
	reasonCite := citeRulesReissue
	items, _ := r.NotifyItems.At(req.Changed) // NotifyDeadline has checked it
	if items.Value.Has(req.Reason) {
		reasonCite = items.Citation
	}
	dec = oms.NewDecision(oms.Finding{
		Code: "policy.reissue.reason", Severity: oms.Info,
		RU:       fmt.Sprintf("Основание переоформления полиса: %s", req.Reason.NameRU()),
		EN:       fmt.Sprintf("Ground for re-issuing the policy: %s", req.Reason.NameEN()),
		Citation: reasonCite,
	}).Merge(dec)
	if notice.Required && req.Applied.After(notice.Deadline) {
		dec = dec.With(oms.Finding{
			Code: "policy.notify.late", Severity: oms.Violation,
			RU:          fmt.Sprintf("Заявление подано %s, позже месячного срока уведомления СМО (до %s)", ruDate(req.Applied), ruDate(notice.Deadline)),
			EN:          fmt.Sprintf("The application of %s came after the one-month notice period (by %s)", req.Applied, notice.Deadline),
			Citation:    items.Citation,
			Unconfirmed: itemUnconfirmed(r.NotifyItems, items, req.Reason),
		})
	}
	out := ReissueOutcome{Notice: notice}
	if req.Current == Digital && (req.Reason == Wear || req.Reason == Loss) {
		sev, code := oms.Info, "policy.reissue.new-extract"
		ru, en := "Цифровой полис не утрачивается: достаточно получить новую выписку из ЕРЗ", "A digital policy cannot be lost: a new extract from the ЕРЗ is enough"
		if req.Reason == Wear {
			sev, code = oms.Violation, "policy.reissue.wear-digital"
			ru, en = "Цифровой полис не ветшает: переоформление по ветхости не требуется, выписку можно получить заново", "A digital policy does not wear out: there is nothing to re-issue; print a new extract"
		}
		out.Form = Digital
		cite := citeRulesP28
		if req.Applied.Before(dayNoNewBlank) {
			cite = citeArt45Ed2021 // p. 28 is in force from 10.01.2023
		}
		return out, dec.With(oms.Finding{Code: code, Severity: sev, RU: ru, EN: en, Citation: cite}), nil
	}
	form, fdec, err := r.ReissueForm(req.Current, req.Applied)
	if err != nil {
		return ReissueOutcome{}, oms.Decision{}, err
	}
	out.Form = form
	dec = dec.Merge(fdec)
	if req.Reason == Loss && form != Digital {
		out.Duplicate = true
		dec = dec.With(oms.Finding{
			Code: "policy.reissue.duplicate", Severity: oms.Info,
			RU:       fmt.Sprintf("При утрате полиса %s выдаётся дубликат", ruDate(req.Applied)),
			EN:       fmt.Sprintf("On loss of the policy on %s a duplicate is issued", req.Applied),
			Citation: citeRulesReissue,
		})
	}
	dec = dec.With(oms.Finding{
		Code: "policy.reissue.enp-kept", Severity: oms.Info,
		RU:          "ЕНП привязан к записи застрахованного лица в ЕРЗ и при переоформлении не меняется",
		EN:          "The ЕНП belongs to the person's ЕРЗ record and does not change on re-issue",
		Citation:    citeRulesP28,
		Unconfirmed: true,
	})
	return out, dec, nil
}
