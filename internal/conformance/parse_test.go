package conformance

import (
	"encoding"
	"reflect"
	"testing"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/calendar"
	"github.com/omsrules/oms/eligibility"
	"github.com/omsrules/oms/policy"
	"github.com/omsrules/oms/program"
	"github.com/omsrules/oms/smo"
)

// An enumValue is what a Parse function returns.
type enumValue interface {
	String() string
	IsValid() bool
	encoding.TextMarshaler
}

// An enumParser is an enumeration's Parse function with its type.
type enumParser struct {
	ty    reflect.Type
	parse func(s string) (enumValue, error)
	// unmarshal decodes s with the type's UnmarshalText.
	unmarshal func(s string) (enumValue, error)
}

// parserOf wraps the Parse function of an enumeration.
func parserOf[T enumValue, P interface {
	*T
	encoding.TextUnmarshaler
}](parse func(string) (T, error)) enumParser {
	return enumParser{
		ty: reflect.TypeFor[T](),
		parse: func(s string) (enumValue, error) {
			v, err := parse(s)
			return v, err
		},
		unmarshal: func(s string) (enumValue, error) {
			var v T
			err := P(&v).UnmarshalText([]byte(s))
			return v, err
		},
	}
}

// parsers are the Parse functions of every enumeration of the packages
// that are not pending.
var parsers = []enumParser{
	parserOf(oms.ParseSeverity),
	parserOf(oms.ParseRegion),
	parserOf(calendar.ParseDayKind),
	parserOf(calendar.ParseUnit),
	parserOf(calendar.ParseScope),
	parserOf(calendar.ParseDutyStatus),
	parserOf(eligibility.ParseRole),
	parserOf(eligibility.ParseLeapDayRule),
	parserOf(eligibility.ParseCategory),
	parserOf(eligibility.ParseDocumentKind),
	parserOf(eligibility.ParseParty),
	parserOf(eligibility.ParseNeed),
	parserOf(eligibility.ParseCitizenship),
	parserOf(eligibility.ParseResidence),
	parserOf(eligibility.ParseRefugeeStatus),
	parserOf(eligibility.ParseService),
	parserOf(eligibility.ParseHQSExclusion),
	parserOf(eligibility.ParseSNILSReading),
	parserOf(policy.ParseForm),
	parserOf(policy.ParseReason),
	parserOf(policy.ParseState),
	parserOf(policy.ParseEvent),
	parserOf(policy.ParseEndReason),
	parserOf(smo.ParseScope),
	parserOf(smo.ParseReason),
	parserOf(smo.ParseDeadlineRule),
	parserOf(program.ParseActivity),
	parserOf(program.ParseCareType),
	parserOf(program.ParseFunding),
	parserOf(program.ParseCareKind),
	parserOf(program.ParseCondition),
	parserOf(program.ParseForm),
	parserOf(program.ParseClass),
	parserOf(program.ParseExclusion),
	parserOf(program.ParseNormItem),
	parserOf(program.ParseWaitUnit),
	parserOf(program.ParseEvent),
	parserOf(program.ParseWaitKind),
	parserOf(program.ParseFactorsRule),
	parserOf(program.ParseComplaintAddressee),
	parserOf(program.ParseSuspicion),
	parserOf(program.ParseVisitDocument),
	parserOf(program.ParseChoiceSubject),
	parserOf(program.ParseChoiceGround),
	parserOf(program.ParseDoctorKind),
	parserOf(program.ParseDoctorConsent),
	parserOf(program.ParseApplicationChannel),
	parserOf(program.ParseScopeExclusion),
	parserOf(program.ParseRefusalGround),
	parserOf(program.ParseYearSpan),
}

// Every enumeration of a package that is not pending has its Parse in
// parsers.
func TestParsersAreComplete(t *testing.T) {
	have := map[reflect.Type]bool{}
	for _, p := range parsers {
		have[p.ty] = true
	}
	for _, e := range enums() {
		if !pending[e.pkg] && !have[e.ty] {
			t.Errorf("%s: Parse%s is missing from parsers", e.pkg, e.ty.Name())
		}
	}
}

// Parse accepts exactly the names of valid values, as String writes them,
// and agrees with UnmarshalText; it never panics.
func FuzzParseEnums(f *testing.F) {
	for _, p := range parsers {
		for _, v := range enumValues(p.ty) {
			if b, err := v.Interface().(encoding.TextMarshaler).MarshalText(); err == nil && len(b) > 0 {
				f.Add(string(b))
			}
		}
	}
	f.Add("")
	f.Add("RU-MOW")
	f.Add("7")
	f.Add("Working_Days")
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range parsers {
			v, err := p.parse(s)
			u, uerr := p.unmarshal(s)
			switch {
			case err != nil:
				if !reflect.ValueOf(v).IsZero() {
					t.Fatalf("%s: Parse(%q) failed with a value %v", p.ty, s, v)
				}
				if uerr == nil && s != "" {
					t.Fatalf("%s: Parse(%q) failed, UnmarshalText gave %v", p.ty, s, u)
				}
			case !v.IsValid():
				t.Fatalf("%s: Parse(%q) = %v, not valid", p.ty, s, v)
			case uerr != nil || u != v:
				t.Fatalf("%s: Parse(%q) = %v, UnmarshalText = %v, %v", p.ty, s, v, u, uerr)
			default:
				// The names parse back; Region also accepts other forms
				// of a code ("7", "RU-MOW") whose canonical text differs.
				b, err := v.MarshalText()
				if err != nil {
					t.Fatalf("%s: %v parsed from %q does not marshal: %v", p.ty, v, s, err)
				}
				if again, err := p.parse(string(b)); err != nil || again != v {
					t.Fatalf("%s: %q → %v → %q → %v, %v", p.ty, s, v, b, again, err)
				}
				if p.ty != reflect.TypeFor[oms.Region]() && string(b) != s {
					t.Fatalf("%s: Parse(%q) = %v, which marshals as %q", p.ty, s, v, b)
				}
			}
		}
	})
}
