package eligibility

import (
	"slices"
	"testing"
	"time"

	"github.com/omsrules/oms"
	"github.com/rickb777/date"
	"pgregory.net/rapid"
)

// genApplication draws an application: a person of any citizenship,
// residence and status, who applies, and documents of every kind with
// numbers good and bad and expiry days on either side of the day asked.
func genApplication() *rapid.Generator[Application] {
	return rapid.Custom(func(t *rapid.T) Application {
		p := Person{
			BirthDate:          genDate(1930, 2026).Draw(t, "birth"),
			Citizenship:        Citizenship(rapid.IntRange(0, 3).Draw(t, "citizenship")),
			Country:            rapid.SampledFrom([]string{"", "KZ", "BY", "UZ"}).Draw(t, "country"),
			Residence:          Residence(rapid.IntRange(0, 3).Draw(t, "residence")),
			Refugee:            RefugeeStatus(rapid.IntRange(0, 4).Draw(t, "refugee")),
			LabourContract:     rapid.Bool().Draw(t, "contract"),
			EAEUOfficial:       rapid.Bool().Draw(t, "official"),
			HighlyQualified:    rapid.Bool().Draw(t, "hqs"),
			HQSFamilyMember:    rapid.Bool().Draw(t, "hqsfamily"),
			ForeignBranchStaff: rapid.Bool().Draw(t, "branch"),
			ContributionMonths: rapid.IntRange(0, 120).Draw(t, "months"),
			Service:            Service(rapid.IntRange(0, 2).Draw(t, "service")),
			FullCapacity:       rapid.Bool().Draw(t, "capacity"),
		}
		docs := rapid.SliceOfN(rapid.Custom(func(t *rapid.T) Document {
			d := Document{
				Kind:   DocumentKind(rapid.IntRange(0, int(numDocumentKinds)).Draw(t, "kind")),
				Number: rapid.SampledFrom([]string{"", "45 06 123456", "112-233-445 95", "112-233-445 96", "IV-МЮ 123456", "N 1"}).Draw(t, "number"),
			}
			if rapid.Bool().Draw(t, "expires") {
				d.Expires = oms.SomeDate(genDate(2010, 2030).Draw(t, "expiry"))
			}
			return d
		}), 0, 6)
		return Application{
			Person:              p,
			Applicant:           Role(rapid.IntRange(0, 4).Draw(t, "applicant")),
			Documents:           docs.Draw(t, "documents"),
			LegalRepresentative: docs.Draw(t, "legal representative"),
			Representative:      docs.Draw(t, "representative"),
		}
	})
}

// TestCheckApplicationAgreesWithNaive holds AssessApplication, and with it
// Assess, CheckDocuments and CheckApplication, to the package as it was
// (naive_test.go): the same category and the same findings, messages and
// codes included.
func TestCheckApplicationAgreesWithNaive(t *testing.T) {
	r := DefaultRules()
	rapid.Check(t, func(t *rapid.T) {
		app := genApplication().Draw(t, "application")
		asOf := genDate(2010, 2027).Draw(t, "asOf")
		a, dec, err := r.AssessApplication(app, asOf)
		if _, werr := r.naiveAssess(app.Person, asOf); (err == nil) != (werr == nil) {
			t.Fatalf("error %v, naive %v", err, werr)
		}
		wa, wdec := r.naiveCheckApplication(app, asOf)
		if a.Category != wa.Category || a.Age != wa.Age || !slices.Equal(a.Decision.Findings(), wa.Decision.Findings()) {
			t.Fatalf("assessment\n%+v\nnaive\n%+v", a, wa)
		}
		if !slices.Equal(dec.Findings(), wdec.Findings()) {
			t.Fatalf("documents\n%v\nnaive\n%v", dec, wdec)
		}
		if got := r.CheckDocuments(app, asOf); !slices.Equal(got.Findings(), dec.Findings()) {
			t.Fatalf("CheckDocuments disagrees with AssessApplication")
		}
	})
}

// BenchmarkCheckApplication assesses a citizen of 30 with a passport and
// a СНИЛС, and a temporary resident with an expired РВП, as an audit
// does: the person and the documents reported apart. The naive reference
// is the package as it was, called as callers had to: Assess, then
// CheckDocuments, which assessed the person again.
func BenchmarkCheckApplication(b *testing.B) {
	r := DefaultRules()
	asOf := date.New(2026, time.March, 2)
	for _, c := range []struct {
		name string
		app  Application
	}{
		{"citizen", Application{
			Person:    Person{BirthDate: date.New(1996, time.May, 4), Citizenship: CitizenRF},
			Documents: []Document{{Kind: DocRussianPassport, Number: "45 06 123456"}, {Kind: DocSNILS, Number: "112-233-445 95"}},
		}},
		{"resident", Application{
			Person: Person{BirthDate: date.New(1980, time.May, 4), Citizenship: Foreign, Country: "UZ", Residence: TemporaryResidence},
			Documents: []Document{{Kind: DocForeignPassport, Number: "FA 1234567"},
				{Kind: DocTemporaryResidencePermit, Expires: oms.SomeDate(date.New(2026, time.January, 1))}},
		}},
	} {
		b.Run(c.name+"/fast", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _, _ = r.AssessApplication(c.app, asOf)
			}
		})
		b.Run(c.name+"/naive", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = r.naiveAssess(c.app.Person, asOf)
				_, _ = r.naiveCheckApplication(c.app, asOf)
			}
		})
	}
}

// TestAssessApplicationAllocs holds the usual application, a citizen with
// a passport and a СНИЛС, to one allocation: the decision on the
// documents (the assessment is shared, the requirements stay on the
// stack, the messages are made once).
func TestAssessApplicationAllocs(t *testing.T) {
	app := Application{
		Person:    Person{BirthDate: date.New(1996, time.May, 4), Citizenship: CitizenRF},
		Documents: []Document{{Kind: DocRussianPassport, Number: "45 06 123456"}, {Kind: DocSNILS, Number: "112-233-445 95"}},
	}
	asOf := date.New(2026, time.March, 2)
	a, dec, err := AssessApplication(app, asOf)
	if err != nil || !a.Insured() || !dec.OK() || dec.Len() != 2 {
		t.Fatalf("assessment %+v, documents %v, error %v", a, dec, err)
	}
	if raceEnabled {
		t.Skip("allocations are not counted under the race detector")
	}
	if n := testing.AllocsPerRun(100, func() { _, _, _ = AssessApplication(app, asOf) }); n > 1 {
		t.Errorf("%v allocations, want at most 1", n)
	}
}

// TestLeapDayRulesDisagreeOnlyForLeapDayBirths: Assess looks for the
// leap-day warning only for a birth on 29 February, so the two rules must
// agree on every other birth.
func TestLeapDayRulesDisagreeOnlyForLeapDayBirths(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		birth := genDate(1900, 2030).Draw(t, "birth")
		on := birth.Add(date.PeriodOfDays(rapid.IntRange(-400, 40000).Draw(t, "days")))
		if LeapDayMarch1.Age(birth, on) != LeapDayFeb28.Age(birth, on) && !bornOnLeapDay(birth) {
			t.Fatalf("the rules disagree on %s for a birth on %s", on, birth)
		}
		if bornOnLeapDay(birth) != (birth.Month() == time.February && birth.Day() == 29) {
			t.Fatalf("bornOnLeapDay(%s) = %v", birth, bornOnLeapDay(birth))
		}
	})
}
