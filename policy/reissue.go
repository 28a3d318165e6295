package policy

import (
	"fmt"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/internal/msg"
	"github.com/rickb777/date"
)

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
// finding cites the point of the Rules in force on the day of the
// application (158н pp. 52–55, 108н pp. 60–63, from 10.01.2023 p. 30 or
// 326-ФЗ art. 46, unconfirmed).
//
// An application after the one-month notice period is reported as a
// Warning (CodeNotifyLate) and does not fail the decision: the law sets
// the duty, but no sanction, and the policy is still re-issued. The
// decision is not OK when the request makes no sense for the form (a
// digital policy does not wear out). An invalid reason or form, or
// Applied before Changed, is an error.
func (r Rules) Reissue(req ReissueRequest, cal *calendar.Calendar) (ReissueOutcome, oms.Decision, error) {
	if !req.Reason.IsValid() {
		return ReissueOutcome{}, oms.Decision{}, fmt.Errorf("%w: %d", ErrUnknownReason, uint8(req.Reason))
	}
	if req.Applied.Before(req.Changed) {
		return ReissueOutcome{}, oms.Decision{}, fmt.Errorf("policy: re-issue applied for on %s, before the change on %s", req.Applied, req.Changed)
	}
	notice, ndec, err := r.NotifyDeadline(req.Reason, req.Changed, cal)
	if err != nil {
		return ReissueOutcome{}, oms.Decision{}, err
	}
	var b oms.DecisionBuilder
	b.Grow(ndec.Len() + 5) // the reason, the notice's, a late notice, the form, a duplicate, the ЕНП: one allocation
	cite, unconfirmed := reasonPoint(req.Reason).on(req.Applied)
	// rules-points.md row 5a reads p. 61 as the date of birth, sex and
	// errors; the place of birth is not named there.
	unconfirmed = unconfirmed || req.Reason == ChangeBirthPlace
	b.Add(withMessages(oms.Finding{
		Code: CodeReissueReason, Severity: oms.Info,
		Citation: cite, Unconfirmed: unconfirmed,
	}, "Основание переоформления полиса: %s", []msg.Arg{msg.S(req.Reason.NameRU())},
		"Ground for re-issuing the policy: %s", []msg.Arg{msg.S(req.Reason.NameEN())}))
	b.AddDecision(ndec)
	if notice.Required && notice.Duty.Status(oms.SomeDate(req.Applied), req.Applied) == calendar.Late {
		b.Add(withMessages(oms.Finding{
			Code: CodeNotifyLate, Severity: oms.Warning,
			Citation:    notice.Duty.Citation,
			Unconfirmed: notice.Duty.Unconfirmed,
		}, "Заявление подано %s, позже месячного срока уведомления СМО (до %s); закон не связывает с этим последствий, полис переоформляется", []msg.Arg{msg.DRU(req.Applied), msg.DRU(notice.Duty.Due)},
			"The application of %s came after the one-month notice period (by %s); the law attaches no sanction, and the policy is re-issued", []msg.Arg{msg.D(req.Applied), msg.D(notice.Duty.Due)}))
	}
	out := ReissueOutcome{Notice: notice}
	if req.Current == Digital && (req.Reason == Wear || req.Reason == Loss) {
		out.Form = Digital
		b.Add(digitalReissue(req))
		return out, b.Decision(), nil
	}
	form, fdec, err := r.ReissueForm(req.Current, req.Applied)
	if err != nil {
		return ReissueOutcome{}, oms.Decision{}, err
	}
	out.Form = form
	b.AddDecision(fdec)
	if req.Reason == Loss && form != Digital {
		out.Duplicate = true
		cite, unconfirmed := ptDuplicate.on(req.Applied)
		b.Add(withMessages(oms.Finding{
			Code: CodeReissueDuplicate, Severity: oms.Info,
			Citation: cite, Unconfirmed: unconfirmed,
		}, "При утрате полиса %s выдаётся дубликат", []msg.Arg{msg.DRU(req.Applied)},
			"On loss of the policy on %s a duplicate is issued", []msg.Arg{msg.D(req.Applied)}))
	}
	b.Add(oms.Finding{
		Code: CodeReissueENPKept, Severity: oms.Info,
		RU:          "ЕНП привязан к записи застрахованного лица в ЕРЗ и при переоформлении не меняется",
		EN:          "The ЕНП belongs to the person's ЕРЗ record and does not change on re-issue",
		Citation:    citeRulesP28,
		Unconfirmed: true,
	})
	return out, b.Decision(), nil
}

// reasonPoint returns the rule of the Rules behind a re-issue for reason.
func reasonPoint(reason Reason) rulePoint {
	switch reason {
	case ChangeBirthDate, ChangeBirthPlace, DataError:
		return ptReissueData
	case Wear, Loss:
		return ptDuplicate
	}
	return ptReissue
}

// digitalReissue is the finding for a worn or lost digital policy: there
// is nothing to re-issue, a new extract from the ЕРЗ is enough.
func digitalReissue(req ReissueRequest) oms.Finding {
	f := oms.Finding{
		Code: CodeReissueNewExtract, Severity: oms.Info, Citation: citeRulesP28,
		RU: "Цифровой полис не утрачивается: достаточно получить новую выписку из ЕРЗ",
		EN: "A digital policy cannot be lost: a new extract from the ЕРЗ is enough",
	}
	if req.Reason == Wear {
		f.Code, f.Severity = CodeReissueWearDigital, oms.Violation
		f.RU = "Цифровой полис не ветшает: переоформление по ветхости не требуется, выписку можно получить заново"
		f.EN = "A digital policy does not wear out: there is nothing to re-issue; print a new extract"
	}
	if req.Applied.Before(dayNoNewBlank) {
		f.Citation = citeArt45Ed2021 // p. 28 is in force from 10.01.2023
	}
	return f
}
