package policy

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/omsrules/oms/eligibility"
	"github.com/rickb777/date"
	"pgregory.net/rapid"
)

func TestLifecycleTable(t *testing.T) {
	l := NewLifecycle(day(2019, 3, 1))
	steps := []struct {
		name string
		do   func(Lifecycle) (Lifecycle, error)
		want State
		ok   bool
	}{
		{"reissue before issue", func(l Lifecycle) (Lifecycle, error) { return l.Reissue(day(2019, 3, 2), Loss) }, Applied, false},
		{"suspend before issue", func(l Lifecycle) (Lifecycle, error) { return l.Suspend(day(2019, 3, 2), eligibility.MilitaryService) }, Applied, false},
		{"issue", func(l Lifecycle) (Lifecycle, error) { return l.Issue(day(2019, 3, 25)) }, Issued, true},
		{"issue twice", func(l Lifecycle) (Lifecycle, error) { return l.Issue(day(2019, 3, 26)) }, Issued, false},
		{"resume without suspension", func(l Lifecycle) (Lifecycle, error) { return l.Resume(day(2019, 3, 26)) }, Issued, false},
		{"withdraw an issued policy", func(l Lifecycle) (Lifecycle, error) { return l.End(day(2019, 3, 26), Withdrawn) }, Issued, false},
		// A conscript: the policy is suspended for the service (law.md §1.1).
		{"suspend for military service", func(l Lifecycle) (Lifecycle, error) { return l.Suspend(day(2020, 5, 15), eligibility.MilitaryService) }, Suspended, true},
		{"reissue while suspended", func(l Lifecycle) (Lifecycle, error) { return l.Reissue(day(2020, 6, 1), ChangeName) }, Suspended, false},
		{"resume, back in time", func(l Lifecycle) (Lifecycle, error) { return l.Resume(day(2020, 5, 14)) }, Suspended, false},
		{"resume", func(l Lifecycle) (Lifecycle, error) { return l.Resume(day(2021, 5, 16)) }, Issued, true},
		{"reissue without reason", func(l Lifecycle) (Lifecycle, error) { return l.Reissue(day(2022, 6, 1), 0) }, Issued, false},
		{"reissue", func(l Lifecycle) (Lifecycle, error) { return l.Reissue(day(2023, 6, 1), ChangeName) }, Reissued, true},
		{"suspend without service", func(l Lifecycle) (Lifecycle, error) { return l.Suspend(day(2023, 7, 1), 0) }, Reissued, false},
		{"suspend again", func(l Lifecycle) (Lifecycle, error) { return l.Suspend(day(2024, 7, 1), eligibility.Customs) }, Suspended, true},
		{"resume to reissued", func(l Lifecycle) (Lifecycle, error) { return l.Resume(day(2025, 7, 1)) }, Reissued, true},
		{"end without reason", func(l Lifecycle) (Lifecycle, error) { return l.End(day(2026, 1, 1), 0) }, Reissued, false},
		{"end", func(l Lifecycle) (Lifecycle, error) { return l.End(day(2026, 1, 1), Death) }, Ended, true},
		{"end twice", func(l Lifecycle) (Lifecycle, error) { return l.End(day(2026, 1, 2), Death) }, Ended, false},
		{"apply again", func(l Lifecycle) (Lifecycle, error) { return l.Apply(day(2026, 1, 2)) }, Ended, false},
	}
	for _, s := range steps {
		before := l.History()
		next, err := s.do(l)
		if (err == nil) != s.ok {
			t.Fatalf("%s: error %v, want ok=%v", s.name, err, s.ok)
		}
		if err != nil {
			var te *TransitionError
			if !errors.Is(err, ErrTransition) || !errors.As(err, &te) || te.From != l.State() {
				t.Fatalf("%s: error %v is not a *TransitionError from %v", s.name, err, l.State())
			}
			if !slices.Equal(next.History(), before) {
				t.Fatalf("%s: a refused step changed the lifecycle", s.name)
			}
		}
		if next.State() != s.want {
			t.Fatalf("%s: state %v, want %v", s.name, next.State(), s.want)
		}
		l = next
	}
	checkLifecycleHistory(t, l)
}

// checkLifecycleHistory checks the lifecycle TestLifecycleTable built, and
// the zero lifecycle.
func checkLifecycleHistory(t *testing.T, l Lifecycle) {
	t.Helper()
	// StateOn reads the history by date.
	for _, tc := range []struct {
		on   date.Date
		want State
	}{
		{day(2019, 2, 28), StateNone}, {day(2019, 3, 1), Applied}, {day(2019, 3, 25), Issued},
		{day(2020, 5, 15), Suspended}, {day(2021, 5, 16), Issued}, {day(2023, 6, 1), Reissued},
		{day(2024, 7, 1), Suspended}, {day(2025, 7, 1), Reissued}, {day(2026, 1, 1), Ended},
	} {
		if got := l.StateOn(tc.on); got != tc.want {
			t.Errorf("StateOn(%s) = %v, want %v", tc.on, got, tc.want)
		}
	}
	if l.InForceOn(day(2020, 6, 1)) || !l.InForceOn(day(2022, 6, 1)) {
		t.Error("InForceOn disagrees with the suspension")
	}
	if len(l.Allowed()) != 0 {
		t.Errorf("an ended policy allows %v", l.Allowed())
	}
	var zero Lifecycle
	if zero.State() != StateNone || !slices.Equal(zero.Allowed(), []Event{EventApply}) {
		t.Errorf("zero lifecycle: %v %v", zero.State(), zero.Allowed())
	}
	if a, err := zero.Apply(day(2020, 1, 1)); err != nil || a.State() != Applied || !slices.Equal(a.Allowed(), []Event{EventIssue, EventEnd}) {
		t.Errorf("zero.Apply: %v %v", a.State(), err)
	}
	w, err := NewLifecycle(day(2020, 1, 1)).End(day(2020, 1, 5), Withdrawn)
	if err != nil || w.State() != Ended {
		t.Errorf("withdrawing an application: %v", err)
	}
	if _, err := zero.Step(Transition{Event: Event(42)}); !errors.Is(err, ErrTransition) {
		t.Errorf("unknown event: %v", err)
	}
	if _, err := NewLifecycle(day(2020, 1, 1)).Step(Transition{On: day(2020, 1, 2), Event: EventIssue, Reason: Loss}); !errors.Is(err, ErrTransition) {
		t.Errorf("a detail that does not belong: %v", err)
	}
}

func TestLifecycleJSON(t *testing.T) {
	l := NewLifecycle(day(2019, 3, 1))
	l, _ = l.Issue(day(2019, 3, 2))
	l, _ = l.Suspend(day(2020, 3, 2), eligibility.Rosgvardia)
	l, _ = l.Resume(day(2021, 3, 2))
	l, _ = l.Reissue(day(2022, 3, 2), DataError)
	l, _ = l.End(day(2023, 3, 2), BasisEnded)
	b, err := json.Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	var got Lifecycle
	if err := json.Unmarshal(b, &got); err != nil || !slices.Equal(got.History(), l.History()) {
		t.Fatalf("round trip: %v %s", err, b)
	}
	// A history that the rules do not allow is refused.
	for _, bad := range []string{
		`[{"on":"2019-03-01","event":"issue","from":"none","to":"issued"}]`,
		`[{"on":"2019-03-01","event":"apply","from":"none","to":"issued"}]`,
		`[{"on":"2019-03-01","event":"apply","from":"none","to":"applied"},{"on":"2019-02-01","event":"issue","from":"applied","to":"issued"}]`,
		`[{"on":"2019-03-01","event":"fly","from":"none","to":"applied"}]`,
		`{}`,
	} {
		if err := json.Unmarshal([]byte(bad), &got); err == nil {
			t.Errorf("accepted %s", bad)
		}
	}
	b, _ = json.Marshal(Lifecycle{})
	if string(b) != "[]" {
		t.Errorf("zero lifecycle marshals to %s", b)
	}
	for _, v := range []interface {
		MarshalText() ([]byte, error)
		String() string
	}{State(9), Event(42), Service(99), EndReason(42)} {
		if _, err := v.MarshalText(); err == nil {
			t.Errorf("invalid %s marshals", v)
		}
	}
	for _, s := range eligibility.Services() {
		b, _ := s.MarshalText()
		var g Service
		if err := g.UnmarshalText(b); err != nil || g != s || s.NameRU() == "" || s.NameEN() == "" || s.Citation().IsZero() {
			t.Errorf("service %v: %v", s, err)
		}
	}
	for r := Death; r < numEndReasons; r++ {
		b, _ := r.MarshalText()
		var g EndReason
		if err := g.UnmarshalText(b); err != nil || g != r {
			t.Errorf("end reason %v: %v", r, err)
		}
	}
	if _, err := (Lifecycle{}).Apply(day(2019, 1, 1)); err != nil {
		t.Fatal(err)
	}
	issued, _ := NewLifecycle(day(2019, 1, 1)).Issue(day(2019, 1, 2))
	if _, err := issued.Suspend(day(2019, 2, 1), eligibility.NoService); !errors.Is(err, ErrTransition) {
		t.Errorf("suspension without a service: %v", err)
	}
}

// lifecycleModel is the reference the state machine test compares with:
// the current state, the state a suspension interrupted, the last day.
type lifecycleModel struct {
	state, beforeSuspend State
	last                 date.Date
	steps                int
}

func TestLifecycleStateMachine(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		start := day(2011, 1, 1).Add(date.PeriodOfDays(rapid.IntRange(0, 5000).Draw(t, "start")))
		l := NewLifecycle(start)
		m := lifecycleModel{state: Applied, last: start, steps: 1}
		// next draws the day of the next step: mostly later, sometimes
		// earlier (which must be refused).
		next := func(t *rapid.T) date.Date {
			return m.last.Add(date.PeriodOfDays(rapid.IntRange(-3, 400).Draw(t, "days")))
		}
		// try applies a step and checks it against the model's verdict.
		try := func(t *rapid.T, ev Event, on date.Date, allowed bool, to State, do func() (Lifecycle, error)) {
			allowed = allowed && !on.Before(m.last)
			got, err := do()
			if allowed != (err == nil) {
				t.Fatalf("%v from %v on %s (last %s): error %v, model allows %v", ev, m.state, on, m.last, err, allowed)
			}
			if err != nil {
				if !errors.Is(err, ErrTransition) || len(got.History()) != m.steps || got.State() != m.state {
					t.Fatalf("refused %v changed the lifecycle or has a bad error: %v", ev, err)
				}
				return
			}
			if m.state != Suspended && to == Suspended {
				m.beforeSuspend = m.state
			}
			m.state, m.last = to, on
			m.steps++
			l = got
		}
		t.Repeat(map[string]func(*rapid.T){
			"issue": func(t *rapid.T) {
				on := next(t)
				try(t, EventIssue, on, m.state == Applied, Issued, func() (Lifecycle, error) { return l.Issue(on) })
			},
			"reissue": func(t *rapid.T) {
				on := next(t)
				r := Reason(rapid.IntRange(0, int(numReasons)).Draw(t, "reason"))
				ok := (m.state == Issued || m.state == Reissued) && r.IsValid()
				try(t, EventReissue, on, ok, Reissued, func() (Lifecycle, error) { return l.Reissue(on, r) })
			},
			"suspend": func(t *rapid.T) {
				on := next(t)
				s := Service(rapid.IntRange(0, len(eligibility.Services())+1).Draw(t, "service"))
				ok := (m.state == Issued || m.state == Reissued) && s != eligibility.NoService && s.IsValid()
				try(t, EventSuspend, on, ok, Suspended, func() (Lifecycle, error) { return l.Suspend(on, s) })
			},
			"resume": func(t *rapid.T) {
				on := next(t)
				try(t, EventResume, on, m.state == Suspended, m.beforeSuspend, func() (Lifecycle, error) { return l.Resume(on) })
			},
			"end": func(t *rapid.T) {
				on := next(t)
				r := EndReason(rapid.IntRange(0, int(numEndReasons)).Draw(t, "end"))
				ok := m.state != Ended && r.IsValid() && (r != Withdrawn || m.state == Applied)
				try(t, EventEnd, on, ok, Ended, func() (Lifecycle, error) { return l.End(on, r) })
			},
			"apply": func(t *rapid.T) {
				on := next(t)
				try(t, EventApply, on, false, Applied, func() (Lifecycle, error) { return l.Apply(on) })
			},
			"": func(t *rapid.T) { checkLifecycleModel(t, l, m) },
		})
	})
}

func FuzzLifecycleJSON(f *testing.F) {
	f.Add(`[{"on":"2019-03-01","event":"apply","from":"none","to":"applied"},{"on":"2019-03-02","event":"issue","from":"applied","to":"issued"}]`)
	f.Add(`[{"on":"2019-03-01","event":"apply","from":"none","to":"applied"},{"on":"2019-03-02","event":"end","from":"applied","to":"ended","end":"withdrawn"}]`)
	f.Add(`[]`)
	f.Add(`[{"on":"2019-03-01","event":"suspend","service":"military"}]`)
	f.Fuzz(func(t *testing.T, s string) {
		var l Lifecycle
		if err := json.Unmarshal([]byte(s), &l); err != nil {
			return
		}
		b, err := json.Marshal(l)
		if err != nil {
			t.Fatal(err)
		}
		var again Lifecycle
		if err := json.Unmarshal(b, &again); err != nil || !slices.Equal(again.History(), l.History()) {
			t.Fatalf("%s: round trip %s: %v", s, b, err)
		}
	})
}

// checkLifecycleModel checks the lifecycle l against the model m.
func checkLifecycleModel(t *rapid.T, l Lifecycle, m lifecycleModel) {
	h := l.History()
	if l.State() != m.state || len(h) != m.steps {
		t.Fatalf("state %v (%d steps), model %v (%d)", l.State(), len(h), m.state, m.steps)
	}
	if l.StateOn(m.last) != m.state || l.StateOn(h[0].On.Add(-1)) != StateNone {
		t.Fatalf("StateOn disagrees with the model")
	}
	for i := 1; i < len(h); i++ {
		if h[i].On.Before(h[i-1].On) || h[i].From != h[i-1].To {
			t.Fatalf("history is not a chain: %+v", h)
		}
	}
	for _, ev := range l.Allowed() {
		if _, ok := l.target(ev); !ok {
			t.Fatalf("Allowed lists %v", ev)
		}
	}
	// JSON replays to the same lifecycle.
	b, err := json.Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	var back Lifecycle
	if err := json.Unmarshal(b, &back); err != nil || !slices.Equal(back.History(), h) {
		t.Fatalf("JSON round trip: %v", err)
	}
}
