package program

import (
	"fmt"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
)

// A PolicyScope is where the policy works on a day.
type PolicyScope struct {
	// BaseAnywhere: care of the base programme is free in every region.
	BaseAnywhere bool `json:"base_anywhere"`
	// AboveBaseAtHome: what a territorial programme adds above the base
	// programme is free only in the region that insures the person.
	AboveBaseAtHome bool `json:"above_base_at_home"`
}

// defaultScope: 326-ФЗ ст. 45 ч. 1 [A, garant]: the policy certifies the
// right to free care «на всей территории Российской Федерации в объеме,
// предусмотренном базовой программой»; ст. 16 ч. 1 п. 1 (b): within the
// territorial programme, in the region where the policy was issued [S; the
// wording after the 2021–2022 digital-policy reform was not read, so the
// version is unconfirmed]. Inter-territorial settlement between funds is
// limited to the base programme (access.md §2.1).
var defaultScope = oms.MustTimeline(oms.Dated[PolicyScope]{
	From: accessFrom326, Value: PolicyScope{BaseAnywhere: true, AboveBaseAtHome: true}, Citation: citeBase45, Unconfirmed: true,
})

// A CareWhere describes care asked for, to tell whether the policy
// covers it where it is given.
type CareWhere struct {
	// Date is the day of care.
	Date date.Date `json:"date"`
	// CareRegion is the region where the care is given.
	CareRegion oms.Region `json:"care_region,omitzero"`
	// InsuredRegion is the region that insures the person (the region of
	// the policy's record in the register of insured persons); absent for
	// a person with no policy.
	InsuredRegion oms.Region `json:"insured_region,omitzero"`
	// AboveBase is set when the care is one the insuring region's
	// territorial programme adds above the base programme (see
	// Territorial.Additions); base-programme care leaves it unset.
	AboveBase bool `json:"above_base,omitempty"`
	// Emergency is set for care in emergency form (экстренная).
	Emergency bool `json:"emergency,omitempty"`
}

// CoversWhere is AccessRules.CoversWhere with the default rules.
func CoversWhere(q CareWhere) (oms.Decision, error) { return DefaultAccessRules().CoversWhere(q) }

// CoversWhere says whether care is free under the policy where it is
// given, with the citation:
//
//   - emergency care: free, with or without a policy (323-ФЗ ст. 11, whose
//     text was not read, so unconfirmed; 326-ФЗ ст. 16 ч. 2 п. 1 excepts it
//     from showing the policy);
//   - no policy: planned and urgent care is not paid by ОМС;
//   - base-programme care: free in every region (326-ФЗ ст. 45 ч. 1);
//   - care above the base programme: free only in the region that insures
//     the person (ст. 16 ч. 1 п. 1), a violation elsewhere.
//
// The decision is OK when the care is covered. The error wraps
// oms.ErrNotInForce before 2011 and names a missing or unknown region.
func (r AccessRules) CoversWhere(q CareWhere) (oms.Decision, error) {
	sc, err := r.Scope.At(q.Date)
	if err != nil {
		return oms.Decision{}, fmt.Errorf("program: policy scope on %s: %w", q.Date, err)
	}
	if !q.CareRegion.IsValid() {
		return oms.Decision{}, fmt.Errorf("program: care_region: missing or unknown region %d", uint8(q.CareRegion))
	}
	if q.InsuredRegion != 0 && !q.InsuredRegion.IsValid() {
		return oms.Decision{}, fmt.Errorf("program: insured_region: unknown region %d", uint8(q.InsuredRegion))
	}
	insured := q.InsuredRegion != 0
	switch {
	case q.Emergency:
		return oms.NewDecision(accessFinding(CodeAccessWhereEmergency, oms.Info, citeEmergency11, true,
			"Экстренная медицинская помощь оказывается безотлагательно и бесплатно, в любом субъекте, без полиса и документов.",
			"Emergency care is given without delay and free of charge, in any region, without a policy or documents.")), nil
	case !insured:
		return oms.NewDecision(accessFinding(CodeAccessWhereUninsured, oms.Violation, sc.Citation, false,
			"Нет полиса ОМС: плановая и неотложная помощь по ОМС не оплачивается (экстренная — бесплатно всегда).",
			"No ОМС policy: planned and urgent care is not paid by ОМС (emergency care is always free).")), nil
	case !q.AboveBase || !sc.Value.AboveBaseAtHome:
		if !sc.Value.BaseAnywhere && q.CareRegion != q.InsuredRegion {
			return oms.NewDecision(accessFinding(CodeAccessWhereElsewhere, oms.Violation, sc.Citation, sc.Unconfirmed,
				"По правилу на эту дату полис действует только в субъекте, где он выдан.",
				"Under the rule on that day the policy works only in the region that issued it.")), nil
		}
		return oms.NewDecision(accessFinding(CodeAccessWhereBase, oms.Info, citeBase45, false,
			"Помощь в объёме базовой программы ОМС бесплатна на всей территории РФ: "+q.CareRegion.NameRU()+".",
			"Base-programme care is free anywhere in Russia: "+q.CareRegion.NameEN()+".")), nil
	case q.CareRegion == q.InsuredRegion:
		return oms.NewDecision(accessFinding(CodeAccessWhereTerritorial, oms.Info, citeTerritorial16, sc.Unconfirmed,
			"Помощь сверх базовой программы бесплатна в субъекте, где лицо застраховано: "+q.CareRegion.NameRU()+".",
			"Care above the base programme is free in the region that insures the person: "+q.CareRegion.NameEN()+".")), nil
	default:
		return oms.NewDecision(accessFinding(CodeAccessWhereElsewhere, oms.Violation, citeTerritorial16, sc.Unconfirmed,
			"Помощь сверх базовой программы оплачивается только в субъекте, где лицо застраховано ("+q.InsuredRegion.NameRU()+"), а не в "+q.CareRegion.NameRU()+"; межтерриториальные расчёты — только по базовой программе.",
			"Care above the base programme is paid only in the insuring region ("+q.InsuredRegion.NameEN()+"), not in "+q.CareRegion.NameEN()+"; funds settle between regions for base-programme care only.")), nil
	}
}

// CoversDiagnosisWhere is AccessRules.CoversDiagnosisWhere with the
// default rules.
func CoversDiagnosisWhere(t *Territorial, code ICD10, q CareWhere) (oms.Decision, error) {
	return DefaultAccessRules().CoversDiagnosisWhere(t, code, q)
}

// CoversDiagnosisWhere is CoversWhere for care of a main diagnosis, asking
// the programmes whether care for code is base-programme care or what the
// territorial programme t of the insuring region adds (t may be nil: no
// additions known). q.AboveBase is worked out and ignored as given:
//
//   - emergency care: CoversWhere's answer, whatever the diagnosis;
//   - the base programme of the day covers code: covered in any region;
//   - otherwise, t covers it under ОМС: covered only in t's region;
//   - otherwise ОМС does not cover it: the base programme's decision, with
//     its reasons (Programme.Covers).
//
// The decision holds the coverage findings followed by CoversWhere's. The
// error names a territorial programme of another region or year than the
// insuring region and the day of care, and wraps ErrNoProgramme for a day
// outside the programme years.
func (r AccessRules) CoversDiagnosisWhere(t *Territorial, code ICD10, q CareWhere) (oms.Decision, error) {
	q.AboveBase = false
	if q.Emergency {
		return r.CoversWhere(q)
	}
	var base *Programme
	if t != nil {
		if t.Region() != q.InsuredRegion || t.Year() != q.Date.Year() {
			return oms.Decision{}, fmt.Errorf("program: the territorial programme is %s %d, the care is on %s for a person insured in %s",
				t.Region(), t.Year(), q.Date, q.InsuredRegion)
		}
		base = t.Base()
	} else {
		p, err := Base(q.Date)
		if err != nil {
			return oms.Decision{}, err
		}
		base = p
	}
	cov := base.Covers(code)
	if !cov.OK() && t != nil {
		if tc := t.Covers(code); tc.OK() {
			cov, q.AboveBase = tc, true
		}
	}
	if !cov.OK() {
		return cov, nil
	}
	where, err := r.CoversWhere(q)
	if err != nil {
		return oms.Decision{}, err
	}
	var b oms.DecisionBuilder
	b.AddDecision(cov)
	b.AddDecision(where)
	return b.Decision(), nil
}
