package program

import (
	"fmt"
	"slices"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/internal/msg"
)

// Care describes a case of care to check against the programme: its kind,
// and optionally its condition and form (zero: not given).
type Care struct {
	Kind      CareKind  `json:"kind"`      // the kind of care; required
	Condition Condition `json:"condition"` // where it is given (its V006 code); 0 if not given
	Form      Form      `json:"form"`      // its form (its V014 code); 0 if not given
}

// BaseFunding returns who pays for kind k under the programme: FundingOMS
// for the kinds in the base programme.
func (p *Programme) BaseFunding(k CareKind) Funding {
	i := k.info()
	if i == nil {
		return 0
	}
	if p.rules.PalliativeInBase && slices.Contains(i.types, TypePalliative) {
		return FundingOMS
	}
	e := p.careOf(k)
	if e.funding == FundingOMS && e.hasSince {
		_, to := p.InForce()
		if to.Before(e.since) {
			return FundingRegionalBudget
		}
	}
	return e.funding
}

// A careEntry is who pays for a kind of care under a programme's base
// programme, and from which day when that is inside the year.
type careEntry struct {
	funding     Funding
	since       date.Date
	hasSince    bool
	unconfirmed bool
	set         bool // given by the year's data; otherwise kindTable holds
}

// careOf returns the programme's entry for kind k: the year's data where it
// lists the kind, else the built-in kindTable.
func (p *Programme) careOf(k CareKind) careEntry {
	if p.care != nil && p.care[k].set {
		return p.care[k]
	}
	i := k.info()
	return careEntry{funding: i.funding, since: i.since, hasSince: i.hasSince, unconfirmed: i.unconfirmed}
}

// IncludesCare says whether the base programme includes care c: the kind
// (ambulance except air-ambulance evacuation; high-tech care only from
// section I of the list, financed by ОМС; palliative care and clinical
// approbation outside; medical rehabilitation inside), with citations of
// 326-ФЗ art. 35 and the programme; palliative care, whose exclusion rests
// on the programme's wording and not on the text of art. 35, cites section
// IV and is Unconfirmed (see CoverageRules.PalliativeInBase). A condition or form in which the
// programme does not deliver the kind gives a Warning: the sources for
// where each type is delivered are secondary (program.md §2.1, M).
func (p *Programme) IncludesCare(c Care) oms.Decision {
	i := c.Kind.info()
	if i == nil {
		return oms.NewDecision(oms.Finding{Code: CodeCareInvalid, Severity: oms.Violation,
			RU: "вид медицинской помощи не задан или неизвестен", EN: "the kind of care is missing or unknown"})
	}
	var fs []oms.Finding
	funding := p.BaseFunding(c.Kind)
	e := p.careOf(c.Kind)
	switch {
	case p.rules.PalliativeInBase && i.palliative():
		fs = append(fs, oms.Finding{Code: CodeCareBase, Severity: oms.Info,
			RU:       i.ru + ": входит в базовую программу по выбору CoverageRules.PalliativeInBase",
			EN:       i.en + " is in the base ОМС programme by the choice CoverageRules.PalliativeInBase",
			Citation: p.sectionIV(), Unconfirmed: true})
	case funding == FundingOMS:
		fs = append(fs, oms.Finding{Code: CodeCareBase, Severity: oms.Info,
			RU:       i.ru + ": " + i.why,
			EN:       i.en + " is in the base ОМС programme",
			Citation: citeArt35, Unconfirmed: e.unconfirmed})
		if e.hasSince {
			fs = append(fs, oms.Finding{Code: CodeCareNotYet, Severity: oms.Warning,
				RU:       "входит в базовую программу только с " + string(msg.AppendDateRU(nil, e.since)),
				EN:       "in the base programme only from " + e.since.String(),
				Citation: p.sectionIV(), Unconfirmed: e.unconfirmed})
		}
	case e.funding == FundingOMS: // not yet in force in this programme year
		fs = append(fs, oms.Finding{Code: CodeCareExcluded, Severity: oms.Violation,
			RU:       i.ru + ": в базовую программу " + fmt.Sprint(p.year) + " года не входит (включено с " + string(msg.AppendDateRU(nil, e.since)) + ")",
			EN:       i.en + " is not in the " + fmt.Sprint(p.year) + " base programme (added from " + e.since.String() + ")",
			Citation: p.sectionIV(), Unconfirmed: e.unconfirmed})
	default:
		cite := citeArt35
		if i.palliative() {
			cite = p.sectionIV()
		}
		fs = append(fs, oms.Finding{Code: CodeCareExcluded, Severity: oms.Violation,
			RU:       i.ru + ": " + i.why + "; источник финансирования: " + funding.NameRU(),
			EN:       i.en + " is outside the base ОМС programme; paid from " + fundingNames[funding].en,
			Citation: cite, Unconfirmed: e.unconfirmed})
	}
	fs = append(fs, oms.Finding{Code: CodeCareProgramme, Severity: oms.Info,
		RU: "виды медицинской помощи программы", EN: "types of care of the programme", Citation: p.sectionII()})
	if c.Condition != 0 && i.conditions != nil && !slices.Contains(i.conditions, c.Condition) {
		fs = append(fs, oms.Finding{Code: CodeCareCondition, Severity: oms.Warning,
			RU:       fmt.Sprintf("%s обычно не оказывается в условиях «%s»", i.ru, c.Condition.NameRU()),
			EN:       fmt.Sprintf("%s is not usually given in the condition %q", i.en, c.Condition.NameEN()),
			Citation: citeArt32Conditions, Unconfirmed: true})
	}
	if c.Form != 0 && i.forms != nil && !slices.Contains(i.forms, c.Form) {
		fs = append(fs, oms.Finding{Code: CodeCareForm, Severity: oms.Warning,
			RU:       fmt.Sprintf("%s обычно не оказывается в %s форме", i.ru, c.Form.NameRU()),
			EN:       fmt.Sprintf("%s is not usually given in the %s form", i.en, c.Form.NameEN()),
			Citation: citeArt32Forms, Unconfirmed: true})
	}
	if (c.Condition != 0 && !c.Condition.valid()) || (c.Form != 0 && !c.Form.valid()) {
		fs = append(fs, oms.Finding{Code: CodeCareInvalid, Severity: oms.Violation,
			RU: "неизвестные условия или форма оказания медицинской помощи", EN: "unknown condition or form of care",
			Citation: citeArt32})
	}
	return oms.NewDecision(fs...)
}

// BaseCare returns the kinds of care the base programme of p includes.
func (p *Programme) BaseCare() []CareKind {
	var out []CareKind
	for k := CareKind(1); k < kindEnd; k++ {
		if p.BaseFunding(k) == FundingOMS {
			out = append(out, k)
		}
	}
	return out
}
