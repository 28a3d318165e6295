package smo

import (
	"testing"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
	"github.com/rickb777/date"
)

// A child's application filed by the child cites who applies for a child
// on the day: 158н pp. 3, 4, 6; 108н pp. 3, 4 (rules-points.md row 1a);
// from 10.01.2023, when chapter II of the amended Rules was not read,
// 326-ФЗ ст. 16 ч. 5 (the application in person or through a
// representative, row 1c), unconfirmed.
func TestChildApplicantCitesItsPoint(t *testing.T) {
	for _, tc := range []struct {
		day         date.Date
		want        string
		unconfirmed bool
	}{
		{day(2016, time.March, 10), "Правила ОМС (Приказ Минздравсоцразвития России от 28.02.2011 № 158н), п. 3, 4, 6", false},
		{day(2021, time.March, 10), "Правила ОМС (Приказ Минздрава России от 28.02.2019 № 108н), п. 3, 4", false},
		{day(2026, time.March, 10), "326-ФЗ, ст. 16, ч. 5", true},
	} {
		req := Request{Date: tc.day, Insurer: "SAMPLE-01", Region: oms.Moscow, Reason: FirstChoice,
			Applicant: eligibility.Self, Born: tc.day.AddDate(-10, 0, 0)}
		f, ok := NewChecker(sample(t), DefaultRules(), nil).CheckSwitch(History{}, req).Find(CodeApplicantNotLegalRep)
		if !ok {
			t.Errorf("%s: no %s", tc.day, CodeApplicantNotLegalRep)
			continue
		}
		if f.Citation.String() != tc.want || f.Unconfirmed != tc.unconfirmed {
			t.Errorf("%s: cites %q (unconfirmed %v), want %q %v", tc.day, f.Citation, f.Unconfirmed, tc.want, tc.unconfirmed)
		}
	}
}
