package smo

import (
	"slices"
	"time"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
)

// currentApplication returns the latest entry on or before d that made the
// person insured by an insurer they or the fund chose: the newborn cover
// under the mother's insurer is not the child's own insurer, so a history
// of newborn entries only leaves the child's first choice to be made.
func (h History) currentApplication(d date.Date) (Entry, bool) {
	return lastOwn(h.upTo(d))
}

// ownBefore returns the person's own (non-newborn) entry just before e.
func (h History) ownBefore(e Entry) (Entry, bool) {
	i, _ := slices.BinarySearchFunc(h.entries, e, compareEntries)
	return lastOwn(h.entries[:i])
}

// lastOwn returns the last of es that is the person's own (non-newborn)
// entry.
func lastOwn(es []Entry) (Entry, bool) {
	for i := len(es) - 1; i >= 0; i-- {
		if es[i].Reason != Newborn {
			return es[i], true
		}
	}
	return Entry{}, false
}

// checkReplacement checks an application that changes the insurer of a
// person who has one (cur).
func (c *Checker) checkReplacement(out *findings, h History, cur Entry, req Request) {
	switch req.Reason {
	case FirstChoice:
		out.add(pReplace.finding(CodeNotFirstChoice, oms.Warning, req.Date,
			"Лицо уже застраховано в другой СМО: заявление является заменой СМО и проверяется как замена по желанию.",
			"The person is already insured by another insurer: the application is a replacement and is checked as a voluntary one."))
		c.checkVoluntary(out, h, cur, req)
		return
	case Voluntary:
		c.checkVoluntary(out, h, cur, req)
		return
	case Relocation:
		if req.Region == cur.Region && !moveWithinRegion(c.rules.VoluntaryLimit, req.Date) {
			out.add(pReplace.finding(CodeRelocationSameRegion, oms.Warning, req.Date,
				"Лицо живёт в том же субъекте РФ, что и при прошлом выборе СМО: переезд в пределах одного субъекта не даёт права на замену чаще одного раза в год; заявление проверяется как замена по желанию.",
				"The person lives in the same region as at the last choice: a move within one region gives no right to replace more than once a year; the application is checked as a voluntary one."))
			c.checkVoluntary(out, h, cur, req)
			return
		}
		out.add(pReplace.finding(CodeRelocation, oms.Info, req.Date,
			"Замена СМО в связи с изменением места жительства допускается чаще одного раза в год и после 1 ноября.",
			"A replacement on change of residence is allowed more than once a year and after 1 November."))
		return
	}
	c.checkExitGround(out, h, cur, req)
}

// checkExitGround checks an application on the insurer's exit, or an
// assignment by the fund: the insurer must have left. A person the fund
// assigned after their insurer left keeps the ground to choose outside the
// limit (the library's reading, unconfirmed).
func (c *Checker) checkExitGround(out *findings, h History, cur Entry, req Request) {
	exited, viaAssignment := cur, false
	if req.Reason == InsurerExit && cur.Reason == FundAssignment {
		if prev, ok := h.ownBefore(cur); ok {
			exited, viaAssignment = prev, true
		}
	}
	if _, known := c.reg.Lookup(exited.Insurer); !known && exited.Insurer != FundInsurer {
		out.add(pReplace.finding(CodePreviousUnknown, oms.Violation, req.Date,
			"Прежней СМО нет в реестре: прекращение её деятельности в субъекте не подтверждено.",
			"The previous insurer is not in the registry: its exit from the region cannot be confirmed."))
		return
	}
	if exited.Insurer != FundInsurer {
		if _, left := c.reg.LeftOn(exited.Insurer, exited.Region, req.Date); !left {
			out.add(pReplace.finding(CodeInsurerStillActive, oms.Violation, req.Date,
				"Прежняя СМО на дату заявления включена в реестр СМО субъекта (договор о финансовом обеспечении ОМС не прекращён): основание замены вне годового ограничения отсутствует.",
				"On the day of the application the current insurer is still on the region's register (its contract has not ended): there is no ground for a replacement outside the yearly limit."))
			return
		}
	}
	if req.Reason == FundAssignment {
		out.add(pDistribution.finding(CodeFundAssignment, oms.Info, req.Date,
			"Прежняя СМО прекратила деятельность в субъекте: территориальный фонд ОМС распределяет лицо в другую СМО; распределение не учитывается в годовом ограничении.",
			"The previous insurer stopped working in the region: the territorial fund assigns the person to another insurer; the assignment counts towards no yearly limit."))
		return
	}
	f := pReplace.finding(CodeInsurerExit, oms.Info, req.Date,
		"Прежняя СМО исключена из реестра субъекта или прекратила действие договора о финансовом обеспечении ОМС: замена допускается вне годового ограничения.",
		"The previous insurer left the region's register or its contract ended: a replacement is allowed outside the yearly limit.")
	if viaAssignment {
		f.RU += " Лицо было распределено в СМО территориальным фондом после выхода прежней СМО; право выбора вне годового ограничения сохраняется (толкование библиотеки, не подтверждено)."
		f.EN += " The person was assigned by the territorial fund after that insurer left; the library reads the right to choose outside the yearly limit as kept (unconfirmed)."
		f.Unconfirmed = true
	}
	out.addMade(f)
}

// checkVoluntary checks a replacement at will: the yearly limit, the
// 1 November deadline, and a region that changed.
func (c *Checker) checkVoluntary(out *findings, h History, cur Entry, req Request) {
	lim, err := c.rules.VoluntaryLimit.At(req.Date)
	if err != nil {
		out.add(pNone.finding(CodeRequestInvalid, oms.Violation, req.Date,
			"Правило о замене СМО по желанию не действует на дату заявления.",
			"No rule on voluntary replacement is in force on the day of the application."))
		return
	}
	n := 0
	var earlier Entry
	year, _, _ := civil(req.Date)
	h.eachVoluntary(c.rules.VoluntaryLimit, year, func(e Entry) bool {
		if e.Date.After(req.Date) {
			return false
		}
		if n == 0 {
			earlier = e
		}
		n++
		return true
	})
	if n >= lim.Value.PerYear {
		ru, en := msgs("В этом календарном году СМО уже заменялась по желанию (", "); следующая замена по желанию — с 1 января следующего года.",
			"The insurer was already replaced at will this calendar year (", "); the next voluntary replacement may be filed from 1 January next year.", earlier.Date)
		out.addMade(limitFinding(CodeAnnualLimit, oms.Violation, lim, ru, en))
	} else {
		out.add(limitFinding(CodeAnnualLimitOK, oms.Info, lim,
			"В этом календарном году замены СМО по желанию не было.",
			"No voluntary replacement has been made this calendar year."))
	}
	c.checkDeadline(out, lim, req)
	if cur.Region != req.Region {
		out.add(limitFinding(CodeRegionChanged, oms.Warning, lim,
			"Субъект места жительства изменился с прошлого выбора СМО: если лицо переехало, основание замены — изменение места жительства, без годового ограничения.",
			"The region of residence has changed since the last choice: if the person moved, the ground is change of residence, with no yearly limit."))
	}
}

// limitFinding returns a finding citing the version lim of the limit.
func limitFinding(code string, sev oms.Severity, lim oms.Dated[VoluntaryLimit], ru, en string) oms.Finding {
	return oms.Finding{Code: code, Severity: sev, Citation: lim.Citation, RU: ru, EN: en, Unconfirmed: lim.Unconfirmed}
}

func (c *Checker) checkDeadline(out *findings, lim oms.Dated[VoluntaryLimit], req Request) {
	year, _, _ := civil(req.Date)
	last := date.New(year, lim.Value.LastMonth, lim.Value.LastDay)
	moved, nonWorking := last, false
	if ok, err := c.cal.IsWorkingDay(last); err == nil && !ok {
		if next, err := c.cal.NextWorkingDay(last); err == nil {
			nonWorking, moved = true, next
		}
	}
	rule, ruleErr := c.rules.Deadline.At(req.Date)
	nextWorking := ruleErr == nil && rule.Value == DeadlineNextWorkingDay
	deadline := last
	if nextWorking {
		deadline = moved
	}
	if req.Date.After(deadline) {
		ru, en := msgs("Заявление о замене СМО по желанию подано после ", ": в этом году замена по желанию невозможна, заявление можно подать с 1 января следующего года.",
			"The application for a voluntary replacement was filed after ", ": no voluntary replacement is possible this year; it may be filed from 1 January next year.", deadline)
		out.addMade(limitFinding(CodeAfterDeadline, oms.Violation, lim, ru, en))
	} else {
		ru, en := "Заявление о замене СМО по желанию подано не позднее 1 ноября.",
			"The application for a voluntary replacement was filed not later than 1 November."
		if deadline != last || lim.Value.LastMonth != time.November || lim.Value.LastDay != 1 {
			out.dynamic = true
			ru, en = msgs("Заявление о замене СМО по желанию подано не позднее ", ".",
				"The application for a voluntary replacement was filed not later than ", ".", deadline)
		}
		out.add(limitFinding(CodeDeadlineOK, oms.Info, lim, ru, en))
	}
	if !nonWorking || !req.Date.After(last) || req.Date.After(moved) {
		return
	}
	f := pArt193.finding(CodeDeadlineNonWorking, oms.Warning, req.Date,
		withDate(false, "1 ноября — нерабочий день. Если применять ст. 193 ГК РФ, срок истекает ", moved, " и заявление подано в срок; 326-ФЗ этого не устанавливает."),
		withDate(true, "1 November is a non-working day. Were ГК РФ ст. 193 applied, the term would end on ", moved, " and the application would be in time; 326-ФЗ does not say so."))
	if nextWorking {
		f.Severity = oms.Info
		f.RU = withDate(false, "1 ноября — нерабочий день: по ст. 193 ГК РФ срок перенесён на ", moved, ".")
		f.EN = withDate(true, "1 November is a non-working day: under ГК РФ ст. 193 the term is moved to ", moved, ".")
	}
	if ruleErr == nil {
		f.Citation = rule.Citation
	}
	f.Unconfirmed = true // whether ст. 193 applies is not settled; see DeadlineRule
	out.addMade(f)
}

func (c *Checker) checkEffective(out *findings, req Request) {
	// The default rule is the day of the application: read the version
	// without building the Duty, as CheckSwitch sits on hot paths.
	v, err := c.rules.Effective.At(req.Date)
	if err != nil {
		return
	}
	due := req.Date
	if v.Value.Period.N != 0 {
		d, err := c.rules.EffectiveDate(req.Date, c.cal)
		if err != nil {
			return
		}
		due = d.Due
	}
	// The usual answer, the day of the application, needs no date written
	// out, and no allocation.
	ru, en := "Лицо застраховано в выбранной СМО со дня подачи заявления.",
		"The person is insured by the chosen insurer from the day of the application."
	if due != req.Date {
		out.dynamic = true
		ru, en = msgs("Лицо застраховано в выбранной СМО с ", ".", "The person is insured by the chosen insurer from ", ".", due)
	}
	out.add(oms.Finding{Code: CodeEffectiveDate, Severity: oms.Info, Citation: v.Citation,
		Unconfirmed: v.Unconfirmed || v.Value.Unconfirmed, RU: ru, EN: en})
}
