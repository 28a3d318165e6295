package calendar

import (
	"fmt"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/internal/msg"
	"github.com/rickb777/date"
)

// ExplainDeadline is Deadline with the reasons: a Decision of Info
// findings, one for each rule applied, with its citation, so that an
// auditor sees why a deadline fell where it did, for example that it moved
// off a holiday under ГК РФ ст. 193. The codes are the CodePeriod*
// constants.
func (c *Calendar) ExplainDeadline(start date.Date, p Period) (date.Date, oms.Decision, error) {
	r, err := c.deadline(start, p)
	if err != nil {
		return r.end, oms.Decision{}, err
	}
	first := start.Add(1)
	fs := []oms.Finding{{
		Code:     CodePeriodStart,
		Severity: oms.Info,
		RU:       fmt.Sprintf("Течение срока начинается на следующий день после %s: %s", msg.DateRU(start), msg.DateRU(first)),
		EN:       fmt.Sprintf("The period runs from the day after %s: %s", start, first),
		Citation: CiteArt191(),
	}}
	end := oms.Finding{Code: CodePeriodEnd, Severity: oms.Info}
	switch p.Unit {
	case Days:
		end.RU = fmt.Sprintf("Срок в %d календарных дн. истекает %s", p.N, msg.DateRU(r.nominal))
		end.EN = fmt.Sprintf("A period of %d calendar days ends on %s", p.N, r.nominal)
		end.Citation = CiteArt190()
	case WorkingDays:
		end.RU = fmt.Sprintf("Срок в %d рабочих дн. (без выходных и нерабочих праздничных дней) истекает %s", p.N, msg.DateRU(r.nominal))
		end.EN = fmt.Sprintf("A period of %d working days (weekends and non-working holidays skipped) ends on %s", p.N, r.nominal)
		end.Citation = CiteTKArt112()
	case Weeks:
		end.RU = fmt.Sprintf("Срок в %d нед. истекает в соответствующий день последней недели: %s", p.N, msg.DateRU(r.nominal))
		end.EN = fmt.Sprintf("A period of %d weeks ends on the same weekday of its last week: %s", p.N, r.nominal)
		end.Citation = CiteArt192Weeks()
	case Months:
		end.RU = fmt.Sprintf("Срок в %d мес. истекает в соответствующее число последнего месяца: %s", p.N, msg.DateRU(r.nominal))
		end.EN = fmt.Sprintf("A period of %d months ends on the same-numbered day of its last month: %s", p.N, r.nominal)
		end.Citation = CiteArt192Months()
	case Years:
		end.RU = fmt.Sprintf("Срок в %d г. истекает в соответствующие месяц и число последнего года: %s", p.N, msg.DateRU(r.nominal))
		end.EN = fmt.Sprintf("A period of %d years ends on the same month and day of its last year: %s", p.N, r.nominal)
		end.Citation = CiteArt192Years()
	}
	fs = append(fs, end)
	if r.clipped {
		f := oms.Finding{
			Code:     CodePeriodMonthEnd,
			Severity: oms.Info,
			RU:       fmt.Sprintf("В последнем месяце срока нет %d-го числа; срок истекает в последний день месяца, %s", start.Day(), msg.DateRU(r.nominal)),
			EN:       fmt.Sprintf("The last month has no day %d; the period ends on the month's last day, %s", start.Day(), r.nominal),
			Citation: CiteArt192Months(),
		}
		if p.Unit == Years {
			// Art. 192 п. 1 is silent on 29 February; п. 3 is applied by
			// analogy.
			f.Unconfirmed = true
			f.RU += " (п. 3 ст. 192 применён к сроку в годах по аналогии)"
			f.EN += " (art. 192 p. 3 applied to a period of years by analogy)"
		}
		fs = append(fs, f)
	}
	if r.end != r.nominal {
		k, _ := c.KindOf(r.nominal)
		fs = append(fs, oms.Finding{
			Code:     CodePeriodMoved,
			Severity: oms.Info,
			RU:       fmt.Sprintf("%s — нерабочий день (%s); днём окончания срока считается ближайший следующий рабочий день, %s", msg.DateRU(r.nominal), k.NameRU(), msg.DateRU(r.end)),
			EN:       fmt.Sprintf("%s is not a working day (%s); the period ends on the next working day, %s", r.nominal, k, r.end),
			Citation: CiteArt193(),
		})
	} else if k, _ := c.KindOf(r.end); k == NonWorkingDecree {
		fs = append(fs, oms.Finding{
			Code:     CodePeriodDecreeDay,
			Severity: oms.Info,
			RU:       fmt.Sprintf("%s — нерабочий день по указу Президента; он не переносит окончание срока", msg.DateRU(r.end)),
			EN:       fmt.Sprintf("%s is a presidential non-working day; it does not move the end of the period", r.end),
			Citation: CiteSupremeCourtReview2020(),
		})
	}
	fs = append(fs, oms.Finding{
		Code:     CodePeriodLastInstant,
		Severity: oms.Info,
		RU:       fmt.Sprintf("Действие может быть совершено до 24 часов %s (в организации — до окончания её рабочего времени)", msg.DateRU(r.end)),
		EN:       fmt.Sprintf("The act may be done until 24:00 on %s (inside an organisation, until its working hours end)", r.end),
		Citation: CiteArt194(),
	})
	return r.end, oms.NewDecision(fs...), nil
}

var kindNamesRU = [...]string{
	Working:           "рабочий день",
	Weekend:           "выходной день",
	Holiday:           "нерабочий праздничный день",
	TransferredDayOff: "перенесённый выходной день",
	WorkingWeekend:    "рабочий выходной день",
	Shortened:         "предпраздничный сокращённый день",
	NonWorkingDecree:  "нерабочий день по указу Президента",
}

// NameRU returns the kind's name in Russian, such as "нерабочий
// праздничный день", for messages to users; String for an invalid kind.
func (k DayKind) NameRU() string {
	if k.IsValid() {
		return kindNamesRU[k]
	}
	return k.String()
}
