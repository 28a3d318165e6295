package calendar

import (
	"testing"
	"time"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
	"pgregory.net/rapid"
)

// TestDutyFindingAgreesWithNaive holds Duty.Finding to its first version
// (string concatenation with date.Date.Format), the oracle below: the same
// finding, messages included, for every status and any due day.
func TestDutyFindingAgreesWithNaive(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := Duty{
			DutyRule: DutyRule{Code: "x.duty", RU: rapid.String().Draw(t, "ru"), EN: rapid.String().Draw(t, "en"),
				Citation: oms.Citation{Act: oms.ActCivilCode, Article: "193"}, Unconfirmed: rapid.Bool().Draw(t, "unconfirmed")},
			Due: date.NewOfDays(date.PeriodOfDays(rapid.IntRange(-800_000, 800_000).Draw(t, "due"))),
		}
		s := DutyStatus(rapid.IntRange(0, 4).Draw(t, "status"))
		if got, want := d.Finding(s), naiveDutyFinding(d, s); got != want {
			t.Fatalf("Finding(%v) = %+v, naive %+v", s, got, want)
		}
	})
}

// BenchmarkDutyFinding makes the finding of a late duty, beside the naive
// reference.
func BenchmarkDutyFinding(b *testing.B) {
	d := Duty{DutyRule: DutyRule{Code: "policy.notify-change", RU: "уведомить СМО об изменении: фамилия", EN: "notify the insurer of the change of surname"},
		Due: date.New(2026, time.March, 2)}
	b.Run("fast", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = d.Finding(Late)
		}
	})
	b.Run("naive", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = naiveDutyFinding(d, Late)
		}
	})
}

func naiveDutyFinding(d Duty, s DutyStatus) oms.Finding {
	due := d.Due.Format("02.01.2006")
	f := oms.Finding{Code: d.Code + "." + s.String(), Citation: d.Citation, Unconfirmed: d.Unconfirmed}
	switch s {
	case Met:
		f.Severity = oms.Info
		f.RU = "Срок соблюдён: " + d.RU + " — до " + due + " включительно"
		f.EN = "Met in time: " + d.EN + ", due by " + d.Due.String()
	case Late:
		f.Severity = oms.Violation
		f.RU = "Срок нарушен: " + d.RU + " — следовало до " + due + " включительно"
		f.EN = "Done late: " + d.EN + " was due by " + d.Due.String()
	case Overdue:
		f.Severity = oms.Violation
		f.RU = "Срок истёк, не исполнено: " + d.RU + " — до " + due + " включительно"
		f.EN = "Overdue: " + d.EN + " was due by " + d.Due.String() + " and is not done"
	default:
		f.Severity = oms.Info
		f.RU = "Срок не истёк: " + d.RU + " — до " + due + " включительно"
		f.EN = "Pending: " + d.EN + ", due by " + d.Due.String()
	}
	return f
}
