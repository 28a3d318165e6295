package smo

import (
	"slices"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/eligibility"
	"github.com/rickb777/date"
)

// naiveCodes is the reference for CheckSwitch: written straight from the
// rules, with linear scans over every insurer and every entry, a fresh sort
// of the history on each call and a day-by-day walk for the next working
// day. It returns the finding codes CheckSwitch should return, in order.
// Entries must have distinct dates (ties are ordered by CheckSwitch's own
// rule, which the reference does not repeat).
// rules108n is the first day of the Rules 108н, whose p. 21 makes a move
// within one region no ground for a replacement outside the limit.
var rules108n = date.New(2019, time.May, 28)

func naiveCodes(ins []Insurer, entries []Entry, req Request, cal *calendar.Calendar) []string {
	var codes []string
	start := date.New(2011, time.January, 1)
	if req.Date.Before(start) {
		codes = append(codes, CodeRequestInvalid)
	}
	if !req.Region.IsValid() {
		codes = append(codes, CodeRequestInvalid)
	}
	if req.Insurer != FundInsurer && !ValidNumber(req.Insurer) {
		codes = append(codes, CodeRequestInvalid)
	}
	switch req.Reason {
	case FirstChoice, Voluntary, Relocation, InsurerExit, FundAssignment:
	default:
		codes = append(codes, CodeRequestInvalid)
	}
	if req.Applicant > eligibility.ByLegalRepresentative {
		codes = append(codes, CodeRequestInvalid)
	}
	if req.Born.After(req.Date) {
		codes = append(codes, CodeRequestInvalid)
	}
	if len(codes) > 0 {
		return codes
	}
	violated := false
	add := func(code string, violation bool) {
		codes = append(codes, code)
		violated = violated || violation
	}

	if req.Reason != FundAssignment {
		by, bm, bd := req.Born.Date()
		y, m, d := req.Date.Date()
		age := y - by
		if m < bm || (m == bm && d < bd) {
			age--
		}
		minor := age < 18 && !req.FullCapacity
		if minor && req.Applicant != eligibility.ByLegalRepresentative {
			add(CodeApplicantNotLegalRep, true)
		} else {
			add(CodeApplicantOK, false)
		}
	}

	works := func(num string, r oms.Region, d date.Date) bool {
		for _, in := range ins {
			if in.Number() != num {
				continue
			}
			for _, p := range in.Presence() {
				if p.Region == r && !d.Before(p.Entered) && (!p.Left.IsSet() || d.Before(p.Left.Or(d))) {
					return true
				}
			}
		}
		return false
	}
	anyIn := func(r oms.Region, d date.Date) bool {
		for _, in := range ins {
			if works(in.Number(), r, d) {
				return true
			}
		}
		return false
	}
	fundYear := !req.Date.Before(date.New(2027, time.January, 1))
	if req.Insurer == FundInsurer {
		if fundYear && !anyIn(req.Region, req.Date) {
			add(CodeFundAsInsurer, false)
		} else {
			add(CodeFundNotInsurer, true)
		}
	} else {
		known := false
		for _, in := range ins {
			known = known || in.Number() == req.Insurer
		}
		switch {
		case !known:
			add(CodeInsurerUnknown, true)
		case !works(req.Insurer, req.Region, req.Date):
			add(CodeInsurerNotInRegion, true)
		default:
			add(CodeInsurerInRegion, false)
		}
		if (!known || !works(req.Insurer, req.Region, req.Date)) && !anyIn(req.Region, req.Date) {
			add(CodeNoInsurerInRegion, false)
		}
	}

	es := slices.Clone(entries)
	slices.SortFunc(es, func(a, b Entry) int { return int(a.Date.Sub(b.Date)) })
	var own []Entry // the person's own entries up to the request
	for _, e := range es {
		if !e.Date.After(req.Date) && e.Reason != Newborn {
			own = append(own, e)
		}
	}
	if len(own) == 0 {
		if req.Reason == FundAssignment {
			add(CodeFundAssignment, false)
		} else {
			add(CodeFirstChoice, false)
		}
	} else {
		cur := own[len(own)-1]
		if cur.Insurer == req.Insurer {
			add(CodeSameInsurer, false)
			return codes
		}
		voluntary := func() {
			n := 0
			for i, e := range own {
				atWill := e.Reason == Voluntary || e.Reason == FirstChoice ||
					e.Reason == Relocation && i > 0 && own[i-1].Region == e.Region && !e.Date.Before(rules108n)
				if atWill && i > 0 && own[i-1].Insurer != e.Insurer && e.Date.Year() == req.Date.Year() {
					n++
				}
			}
			if n >= 1 {
				add(CodeAnnualLimit, true)
			} else {
				add(CodeAnnualLimitOK, false)
			}
			nov1 := date.New(req.Date.Year(), time.November, 1)
			next, nonWorking := nov1, false
			if cal != nil {
				if ok, err := cal.IsWorkingDay(nov1); err == nil && !ok {
					for {
						next = next.Add(1)
						ok, err := cal.IsWorkingDay(next)
						if err != nil {
							next = nov1
							break
						}
						if ok {
							nonWorking = true
							break
						}
					}
				}
			}
			if req.Date.After(nov1) {
				add(CodeAfterDeadline, true)
			} else {
				add(CodeDeadlineOK, false)
			}
			if nonWorking && req.Date.After(nov1) && !req.Date.After(next) {
				add(CodeDeadlineNonWorking, false)
			}
			if cur.Region != req.Region {
				add(CodeRegionChanged, false)
			}
		}
		switch req.Reason {
		case FirstChoice:
			add(CodeNotFirstChoice, false)
			voluntary()
		case Voluntary:
			voluntary()
		case Relocation:
			if cur.Region == req.Region && !req.Date.Before(rules108n) {
				add(CodeRelocationSameRegion, false)
				voluntary()
			} else {
				add(CodeRelocation, false)
			}
		default:
			exited, via := cur, false
			if req.Reason == InsurerExit && cur.Reason == FundAssignment && len(own) > 1 {
				exited, via = own[len(own)-2], true
			}
			left := false
			known := false
			for _, in := range ins {
				if in.Number() != exited.Insurer {
					continue
				}
				known = true
				for _, p := range in.Presence() {
					if p.Region == exited.Region && p.Left.IsSet() && !p.Left.Or(req.Date).After(req.Date) {
						left = true
					}
				}
			}
			left = left && !works(exited.Insurer, exited.Region, req.Date)
			_ = via
			switch {
			case exited.Insurer != FundInsurer && !known:
				add(CodePreviousUnknown, true)
			case exited.Insurer != FundInsurer && !left:
				add(CodeInsurerStillActive, true)
			case req.Reason == FundAssignment:
				add(CodeFundAssignment, false)
			default:
				add(CodeInsurerExit, false)
			}
		}
	}
	if !violated {
		add(CodeEffectiveDate, false)
	}
	return codes
}
