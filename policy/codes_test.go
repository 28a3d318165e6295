package policy

import (
	"strings"
	"testing"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
)

// Every code of the catalogue is listed once, with citations and both
// summaries; a point of the Rules is always named.
func TestCodesCatalogue(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range Codes() {
		if seen[c.Code] {
			t.Errorf("%s listed twice", c.Code)
		}
		seen[c.Code] = true
		if c.Package != "policy" || len(c.Citations) == 0 || c.RU == "" || c.EN == "" || !strings.HasPrefix(c.Code, "policy.") {
			t.Errorf("%s: %+v", c.Code, c)
		}
		for _, ct := range c.Citations {
			if (ct.Act == oms.ActRules158n || ct.Act == oms.ActRules108n) && ct.Point == "" {
				t.Errorf("%s cites the Rules without a point", c.Code)
			}
			if ct.URL != "" && !strings.Contains(ct.URL, "consultant.ru") && !strings.Contains(ct.URL, "garant.ru") && !strings.Contains(ct.URL, "docs.cntd.ru") {
				t.Errorf("%s: URL %s is not the act's", c.Code, ct.URL)
			}
		}
	}
	for _, d := range []string{DutyNotifyChange, DutyCertificateTerm, DutyRegisterToFund, DutyRegisterCheck,
		DutyRegisterResult, DutyRegisterCentral, DutyRegisterCentralCheck, DutyRegisterStep41, DutyRegisterStep42,
		DutyRegisterToFFOMS, DutyRegisterPolicyMade, DutyRegisterPolicyToSMO, DutyRegisterInform} {
		for _, s := range []string{".met", ".late", ".pending", ".overdue"} {
			if !seen[d+s] {
				t.Errorf("%s not listed", d+s)
			}
		}
	}
}

// A codeCase is a decision that must hold a finding code.
type codeCase struct {
	code string
	dec  oms.Decision
}

// Each finding code, made by a real case and asserted, with the catalogue
// entry's severity.
func TestEveryCodeMade(t *testing.T) {
	sev := map[string]oms.Severity{}
	for _, c := range Codes() {
		sev[c.Code] = c.Severity
	}
	for _, c := range everyCodeCases(t) {
		f, ok := c.dec.Find(c.code)
		if !ok {
			t.Errorf("%s not made: %v", c.code, c.dec.Codes())
			continue
		}
		if s, listed := sev[c.code]; !listed || (s != f.Severity && !(s == oms.Violation && f.Severity == oms.Warning)) {
			t.Errorf("%s: severity %s, catalogue %s (listed %v)", c.code, f.Severity, s, listed)
		}
	}
}

// everyCodeCases makes each finding code of the package by a real case.
func everyCodeCases(t *testing.T) []codeCase {
	must := func(dec oms.Decision, err error) oms.Decision {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return dec
	}
	validity := func(p Policy) oms.Decision {
		_, dec, err := Validity(p)
		return must(dec, err)
	}
	inForce := func(p Policy, d int) oms.Decision { return must(InForce(p, day(2020+d, 1, 10))) }
	form := func(f Form, d int) oms.Decision {
		_, dec, err := ReissueForm(f, day(d, 6, 1))
		return must(dec, err)
	}
	reissue := func(r Reason, cur Form, y int) oms.Decision {
		_, dec, err := Reissue(ReissueRequest{Reason: r, Current: cur, Changed: day(y, 3, 1), Applied: day(y, 6, 1)}, nil)
		return must(dec, err)
	}
	notice := func(r Reason) oms.Decision {
		_, dec, err := NotifyDeadline(r, day(2021, 3, 1), nil)
		return must(dec, err)
	}
	cert := func(c Certificate, on int) oms.Decision {
		return must(CertificateInForce(c, day(2019, 4, on), nil))
	}
	citizen := Policy{Category: eligibility.Citizen14Plus, Issued: day(2020, 1, 9)}
	_, newForm, _ := NewPolicyForm(day(2015, 6, 1))
	return []codeCase{
		{CodeFormInvalid, CheckForm(Form(99), day(2020, 1, 1), day(2020, 1, 1))},
		{CodeFormNew, newForm},
		{CodeFormAlternative, newForm},
		{CodeFormNotIssuedThen, CheckForm(UEK, day(2011, 6, 1), day(2012, 1, 1))},
		{CodeFormBlankStaysValid, CheckForm(Paper, day(2015, 6, 1), day(2024, 1, 1))},
		{CodeFormValidUntilReplaced, CheckForm(OldStyle, day(2010, 6, 1), day(2012, 1, 1))},
		{CodeFormUEKLegacy, CheckForm(UEK, day(2014, 6, 1), day(2015, 1, 1))},
		{CodeReissueDigital, func() oms.Decision { _, dec, err := ReissueForm(Paper, day(2022, 12, 15)); return must(dec, err) }()},
		{CodeReissueNewBlank, form(Paper, 2015)},
		{CodeReissueNoNewBlank, form(Paper, 2024)},
		{CodeReissueReason, reissue(ChangeName, Paper, 2015)},
		{CodeReissueDuplicate, reissue(Loss, Paper, 2015)},
		{CodeReissueENPKept, reissue(ChangeName, Paper, 2015)},
		{CodeReissueNewExtract, reissue(Loss, Digital, 2024)},
		{CodeReissueWearDigital, reissue(Wear, Digital, 2024)},
		{CodeNotifyNone, notice(Wear)},
		{CodeNotifyDeadline, notice(ChangeName)},
		{CodeNotifyMonthPeriod, notice(ChangeName)},
		{CodeNotifyChooseSMO, notice(ChangeResidence)},
		{CodeNotifyLate, reissue(ChangeName, Paper, 2015)},
		{CodeCertificateTerm, cert(Certificate{Issued: day(2019, 4, 26)}, 26)},
		{CodeCertificateNotIssuedThen, must(CertificateInForce(Certificate{Issued: day(2023, 3, 1)}, day(2023, 3, 2), nil))},
		{CodeCertificatePolicyReceived, cert(Certificate{Issued: day(2019, 4, 1), PolicyReceived: oms.SomeDate(day(2019, 4, 10))}, 5)},
		{CodeCertificateInForce, cert(Certificate{Issued: day(2019, 4, 1)}, 5)},
		{CodeCertificateExpired, cert(Certificate{Issued: day(2019, 4, 1), PolicyReceived: oms.SomeDate(day(2019, 4, 10))}, 20)},
		{CodeCertificateNotYetIssued, cert(Certificate{Issued: day(2019, 4, 10)}, 5)},
		{CodeValidityNotInsured, validity(Policy{Category: eligibility.NotInsured, Issued: day(2020, 1, 9)})},
		{CodeValidityCategoryNotYetInsured, validity(Policy{Category: eligibility.EAEUWorker, Issued: day(2016, 1, 9), BasisEnd: oms.SomeDate(day(2016, 9, 1))})},
		{CodeValidityIndefinite, validity(citizen)},
		{CodeValidityBasisEnded, validity(Policy{Category: eligibility.ForeignTemporary, Issued: day(2020, 1, 9)})},
		{CodeValidityUntilRVP, validity(Policy{Category: eligibility.ForeignTemporary, Issued: day(2020, 1, 9), BasisEnd: oms.SomeDate(day(2020, 9, 1))})},
		{CodeValidityUntilStay, validity(Policy{Category: eligibility.Refugee, Issued: day(2020, 1, 9), BasisEnd: oms.SomeDate(day(2020, 9, 1))})},
		{CodeValidityUntilContract, validity(Policy{Category: eligibility.EAEUWorker, Issued: day(2020, 1, 9), BasisEnd: oms.SomeDate(day(2020, 9, 1))})},
		{CodeValidityUntilPowers, validity(Policy{Category: eligibility.EAEUOfficial, Issued: day(2020, 1, 9), BasisEnd: oms.SomeDate(day(2024, 9, 1))})},
		{CodeValidityYearEndCap, validity(Policy{Category: eligibility.ForeignPermanent, Issued: day(2020, 1, 9)})},
		{CodeENPCheckDigit, inForce(Policy{ENP: func() ENP { e, _ := ParseENPLax("1234567890123457"); return e }(), Category: eligibility.Citizen14Plus, Issued: day(2020, 1, 9)}, 1)},
		{CodeInForce, inForce(citizen, 1)},
		{CodeNotYetIssued, inForce(Policy{Category: eligibility.Citizen14Plus, Issued: day(2020, 2, 1)}, 0)},
		{CodeExpired, inForce(Policy{Category: eligibility.ForeignPermanent, Issued: day(2020, 1, 9)}, 1)},
	}
}
