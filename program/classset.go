package program

import "slices"

// A classSet is the ICD-10 mapping a programme year answers Covers with:
// the ranges of the classes of section III and of the exclusions of
// section IV. The built-in years share one (builtinClasses); a loaded year
// that gives its own classes or exclusions gets its own. Immutable.
type classSet struct {
	classes [classCount + 1]classRanges
	index   []classRange // every range of every class, sorted and disjoint
	excl    []classRange // the exclusions; class holds the Exclusion
}

// classRanges are the ranges of one class and what is unconfirmed in them.
type classRanges struct {
	ranges      []ICD10Range
	unconfirmed string
	doubtful    []ICD10Range // limits unconfirmed to these; nil means the whole class
}

// builtinExclusions are the ranges section IV excludes in every case.
// Sources: program.md §1.3 (A15–A19, B20–B24, F00–F99 H; every code of
// A50–A64 M).
var builtinExclusions = [...]struct {
	excl   Exclusion
	ranges []ICD10Range
}{
	{ExclusionTuberculosis, rs("A15-A19")},
	{ExclusionSTD, rs("A50-A64")},
	{ExclusionHIV, rs("B20-B24")},
	{ExclusionMental, rs("F00-F99")},
}

// builtinClasses is the mapping of classTable and builtinExclusions.
var builtinClasses = func() *classSet {
	s := &classSet{}
	for c := Class(1); int(c) <= classCount; c++ {
		i := &classTable[c]
		s.classes[c] = classRanges{ranges: i.ranges, unconfirmed: i.unconfirmed, doubtful: i.doubtful}
	}
	var excl []classRange
	for _, e := range builtinExclusions {
		for _, r := range e.ranges {
			excl = append(excl, classRange{lo: r.lo(), hi: r.hi(), class: Class(e.excl)})
		}
	}
	s.build(excl)
	return s
}()

// build sorts the index of the classes and sets the exclusions.
func (s *classSet) build(excl []classRange) {
	s.index = s.index[:0]
	for c := Class(1); int(c) <= classCount; c++ {
		for _, r := range s.classes[c].ranges {
			s.index = append(s.index, classRange{lo: r.lo(), hi: r.hi(), class: c})
		}
	}
	byLo := func(a, b classRange) int { return int(a.lo) - int(b.lo) }
	slices.SortFunc(s.index, byLo)
	s.excl = slices.SortedFunc(slices.Values(excl), byLo)
}

// overlap returns the first two ranges of a sorted index that overlap.
func overlap(idx []classRange) (a, b classRange, ok bool) {
	for i := 1; i < len(idx); i++ {
		if idx[i].lo <= idx[i-1].hi {
			return idx[i-1], idx[i], true
		}
	}
	return classRange{}, classRange{}, false
}

// classOf returns the class of section III that code falls in.
func (s *classSet) classOf(code ICD10) (Class, bool) { return searchRanges(s.index, code) }

// exclusionOf returns the exclusion code falls under with rules r.
func (s *classSet) exclusionOf(code ICD10, r CoverageRules) (Exclusion, bool) {
	if c, ok := searchRanges(s.excl, code); ok {
		return Exclusion(c), true
	}
	if dc := doubtfulOf(code); dc != nil && dc.exclude(r) {
		return dc.excl, true
	}
	return 0, false
}

// unconfirmedFor reports whether what the sources do not settle about class
// c bears on code: for some classes only a part of their ranges is in
// doubt (U07 in the infectious class, Q65–Q68 between items 17 and 18).
func (s *classSet) unconfirmedFor(c Class, code ICD10) bool {
	if c == 0 || int(c) > classCount {
		return false
	}
	i := &s.classes[c]
	if i.unconfirmed == "" {
		return false
	}
	if i.doubtful == nil {
		return true
	}
	for _, r := range i.doubtful {
		if r.Contains(code) {
			return true
		}
	}
	return false
}

// ClassOf returns the class of section III that code falls in under the
// programme's ICD-10 mapping (the built-in one unless the year's data gives
// its own), and false for a code in none of them. It allocates nothing.
func (p *Programme) ClassOf(code ICD10) (Class, bool) { return p.classes.classOf(code) }

// ExclusionOf returns the exclusion from the base programme that code falls
// under in the programme, with its CoverageRules.
func (p *Programme) ExclusionOf(code ICD10) (Exclusion, bool) {
	return p.classes.exclusionOf(code, p.rules)
}
