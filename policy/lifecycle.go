package policy

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/omsrules/oms/eligibility"
	"github.com/rickb777/date"
)

// A State is a state of a policy's lifecycle.
//
// The zero State is StateNone: nothing applied for yet.
type State uint8

const (
	// StateNone is the zero State: no application.
	StateNone State = iota
	// Applied: the application for a policy (choice of insurer) was filed;
	// before the digital policy the person held a temporary certificate.
	Applied
	// Issued: the policy was issued (for the digital policy: the record
	// was entered in the ЕРЗ).
	Issued
	// Reissued: the policy was re-issued at least once (see Reason) and is
	// in force.
	Reissued
	// Suspended: the policy is suspended for a period of service whose
	// members are not insured (see Service).
	Suspended
	// Ended: the policy ended (see EndReason). No transition leaves it.
	Ended

	numStates
)

// An Event moves a lifecycle from one State to another.
type Event uint8

const (
	// EventApply files the application: StateNone → Applied.
	EventApply Event = iota + 1
	// EventIssue issues the policy: Applied → Issued.
	EventIssue
	// EventReissue re-issues it: Issued or Reissued → Reissued.
	EventReissue
	// EventSuspend suspends it for a service: Issued or Reissued →
	// Suspended.
	EventSuspend
	// EventResume ends the suspension: Suspended → the state before it.
	EventResume
	// EventEnd ends it: any state but StateNone and Ended → Ended.
	EventEnd

	numEvents
)

// Service is the service of a suspension: eligibility.Service, the one
// list of the services whose members are not insured under ОМС, their care
// being organised by the service itself; the policy is suspended
// (приостановление действия полиса) for the period of service (law.md
// §1.1, from a territorial fund's page; the article of law the regional
// sources cite, "ст. 49.1", is unconfirmed). Its codes are eligibility's:
// "military", "internal-affairs", "penitentiary", "bailiffs",
// "fire-service", "customs", "courier-service", "rosgvardia".
type Service = eligibility.Service

// An EndReason is why a policy ended.
type EndReason uint8

const (
	// Death of the insured person.
	Death EndReason = iota + 1
	// BasisEnded: the term of a temporary right ended (the РВП, the
	// stay, the labour contract, the powers); see Validity.
	BasisEnded
	// NoLongerInsured: the person left the categories of insured persons
	// for good (lost the residence basis, left the RF).
	NoLongerInsured
	// Withdrawn: the application was withdrawn or refused before a policy
	// was issued.
	Withdrawn
	// RecordMerged: the ЕРЗ record was merged into another record of the
	// same person, whose ЕНП survives (unconfirmed practice).
	RecordMerged

	numEndReasons
)

var (
	stateNames = [numStates]string{"none", "applied", "issued", "reissued", "suspended", "ended"}
	eventNames = [numEvents]string{"", "apply", "issue", "reissue", "suspend", "resume", "end"}
	endNames   = [numEndReasons]string{"", "death", "basis-ended", "no-longer-insured", "withdrawn", "record-merged"}
)

func enumString(names []string, v uint8, kind string) string {
	if int(v) < len(names) && names[v] != "" {
		return names[v]
	}
	return fmt.Sprintf("%s(%d)", kind, v)
}

func enumText(names []string, v uint8, kind string) ([]byte, error) {
	if v == 0 || (int(v) < len(names) && names[v] != "") {
		return []byte(names[v]), nil
	}
	return nil, fmt.Errorf("policy: invalid %s %d", kind, v)
}

func enumParse(names []string, text []byte, kind string) (uint8, error) {
	if len(text) == 0 {
		return 0, nil // the zero value, which marshals as ""
	}
	for i, n := range names {
		if n != "" && n == string(text) {
			return uint8(i), nil
		}
	}
	return 0, fmt.Errorf("policy: unknown %s %q", kind, text)
}

// String returns "none", "applied", "issued", "reissued", "suspended" or
// "ended".
func (s State) String() string { return enumString(stateNames[:], uint8(s), "State") }

// MarshalText implements encoding.TextMarshaler.
func (s State) MarshalText() ([]byte, error) { return enumText(stateNames[:], uint8(s), "state") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *State) UnmarshalText(text []byte) error {
	v, err := enumParse(stateNames[:], text, "state")
	if err == nil {
		*s = State(v)
	}
	return err
}

// IsValid reports whether s is one of the defined states.
func (s State) IsValid() bool { return s < numStates }

// IsValid reports whether e is one of the defined events.
func (e Event) IsValid() bool { return e >= EventApply && e < numEvents }

// InForce reports whether a policy in state s certifies the right to
// care: Issued or Reissued.
func (s State) InForce() bool { return s == Issued || s == Reissued }

// String returns "apply", "issue", "reissue", "suspend", "resume" or "end".
func (e Event) String() string { return enumString(eventNames[:], uint8(e), "Event") }

// MarshalText implements encoding.TextMarshaler.
func (e Event) MarshalText() ([]byte, error) { return enumText(eventNames[:], uint8(e), "event") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (e *Event) UnmarshalText(text []byte) error {
	v, err := enumParse(eventNames[:], text, "event")
	if err == nil {
		*e = Event(v)
	}
	return err
}

// IsValid reports whether r is one of the defined end reasons.
func (r EndReason) IsValid() bool { return r >= Death && r < numEndReasons }

// String returns the stable code of r, such as "death".
func (r EndReason) String() string { return enumString(endNames[:], uint8(r), "EndReason") }

// MarshalText implements encoding.TextMarshaler.
func (r EndReason) MarshalText() ([]byte, error) {
	return enumText(endNames[:], uint8(r), "end reason")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *EndReason) UnmarshalText(text []byte) error {
	v, err := enumParse(endNames[:], text, "end reason")
	if err == nil {
		*r = EndReason(v)
	}
	return err
}

// A Transition is one step of a lifecycle: an event on a day, the states
// before and after, and the event's detail.
type Transition struct {
	// On is the day of the event.
	On date.Date `json:"on"`
	// Event is what happened.
	Event Event `json:"event"`
	// From and To are the states before and after.
	From State `json:"from"`
	To   State `json:"to"`
	// Reason is the ground of an EventReissue, 0 otherwise.
	Reason Reason `json:"reason,omitempty"`
	// Service is the service of an EventSuspend, 0 otherwise.
	Service Service `json:"service,omitempty"`
	// End is the reason of an EventEnd, 0 otherwise.
	End EndReason `json:"end,omitempty"`
}

// ErrTransition is wrapped by every error about a lifecycle step that the
// lifecycle does not allow.
var ErrTransition = errors.New("policy: invalid lifecycle transition")

// A TransitionError describes a refused lifecycle step. It wraps
// ErrTransition.
type TransitionError struct {
	// From is the state the lifecycle was in.
	From State
	// Event is the refused event.
	Event Event
	// On is the day of the refused event.
	On date.Date
	// Reason says in English why it was refused.
	Reason string
}

// Error returns "policy: cannot <event> a policy in state <state> on <day>: <reason>".
func (e *TransitionError) Error() string {
	return fmt.Sprintf("policy: cannot %s a policy in state %s on %s: %s", e.Event, e.From, e.On, e.Reason)
}

// Unwrap returns ErrTransition.
func (e *TransitionError) Unwrap() error { return ErrTransition }

// A Lifecycle is the history of one policy as explicit states and
// transitions:
//
//	none ──apply──▶ applied ──issue──▶ issued ──reissue──▶ reissued ⟲ reissue
//	                   │                 │  ▲                 │  ▲
//	                   │              suspend│resume       suspend│resume
//	                   │                 ▼  │                 ▼  │
//	                   │               suspended ◀────────────────┘
//	                   └──────── end (from any state but none) ──────▶ ended
//
// Resume returns to the state the suspension interrupted. Each step is
// dated, on or after the previous one; an event the current state does not
// allow is a *TransitionError wrapping ErrTransition, and the lifecycle is
// unchanged.
//
// A Lifecycle is immutable: every step returns a new value. The zero
// Lifecycle is in StateNone; Apply (or NewLifecycle) starts one.
type Lifecycle struct {
	history []Transition
}

// NewLifecycle returns a lifecycle whose application was filed on the day
// applied.
func NewLifecycle(applied date.Date) Lifecycle {
	return Lifecycle{history: []Transition{{On: applied, Event: EventApply, From: StateNone, To: Applied}}}
}

// State returns the current state.
func (l Lifecycle) State() State {
	if len(l.history) == 0 {
		return StateNone
	}
	return l.history[len(l.history)-1].To
}

// StateOn returns the state at the end of the day d: after every
// transition on or before d.
func (l Lifecycle) StateOn(d date.Date) State {
	s := StateNone
	for _, t := range l.history {
		if t.On.After(d) {
			break
		}
		s = t.To
	}
	return s
}

// InForceOn reports whether the policy certified the right to care at the
// end of the day d (state Issued or Reissued).
func (l Lifecycle) InForceOn(d date.Date) bool { return l.StateOn(d).InForce() }

// History returns a copy of the transitions, oldest first.
func (l Lifecycle) History() []Transition { return slices.Clone(l.history) }

// Allowed returns the events the current state allows, in the order of
// the constants.
func (l Lifecycle) Allowed() []Event {
	var out []Event
	for e := EventApply; e < numEvents; e++ {
		if _, ok := l.target(e); ok {
			out = append(out, e)
		}
	}
	return out
}

// target is the transition table: the state event e leads to from the
// current state.
func (l Lifecycle) target(e Event) (State, bool) {
	switch s := l.State(); e {
	case EventApply:
		return Applied, s == StateNone
	case EventIssue:
		return Issued, s == Applied
	case EventReissue:
		return Reissued, s == Issued || s == Reissued
	case EventSuspend:
		return Suspended, s == Issued || s == Reissued
	case EventResume:
		if s != Suspended {
			return 0, false
		}
		return l.history[len(l.history)-1].From, true
	case EventEnd:
		return Ended, s != StateNone && s != Ended
	}
	return 0, false
}

// Step applies the transition t (its Event, On and the detail the event
// needs: Reason, Service or End) and returns the new lifecycle; t.From
// and t.To are computed. It is what the named steps (Issue, Reissue, …)
// call, and what UnmarshalJSON replays.
func (l Lifecycle) Step(t Transition) (Lifecycle, error) {
	fail := func(why string) (Lifecycle, error) {
		return l, &TransitionError{From: l.State(), Event: t.Event, On: t.On, Reason: why}
	}
	to, ok := l.target(t.Event)
	if !ok {
		if !t.Event.IsValid() {
			return fail("unknown event")
		}
		return fail("the state does not allow it")
	}
	if n := len(l.history); n > 0 && t.On.Before(l.history[n-1].On) {
		return fail(fmt.Sprintf("the previous step was later, on %s", l.history[n-1].On))
	}
	detail := Transition{On: t.On, Event: t.Event, From: l.State(), To: to}
	switch t.Event {
	case EventReissue:
		if !t.Reason.IsValid() {
			return fail("a re-issue needs a valid reason")
		}
		detail.Reason = t.Reason
	case EventSuspend:
		if t.Service == eligibility.NoService || !t.Service.IsValid() {
			return fail("a suspension needs a valid service")
		}
		detail.Service = t.Service
	case EventEnd:
		if !t.End.IsValid() {
			return fail("an end needs a valid reason")
		}
		if t.End == Withdrawn && detail.From != Applied {
			return fail("only an application can be withdrawn")
		}
		detail.End = t.End
	}
	if t.Reason != detail.Reason || t.Service != detail.Service || t.End != detail.End {
		return fail("detail that does not belong to the event")
	}
	h := make([]Transition, len(l.history), len(l.history)+1)
	copy(h, l.history)
	return Lifecycle{history: append(h, detail)}, nil
}

// Apply files the application on the day on (StateNone → Applied).
func (l Lifecycle) Apply(on date.Date) (Lifecycle, error) {
	return l.Step(Transition{On: on, Event: EventApply})
}

// Issue issues the policy on the day on (Applied → Issued).
func (l Lifecycle) Issue(on date.Date) (Lifecycle, error) {
	return l.Step(Transition{On: on, Event: EventIssue})
}

// Reissue re-issues the policy on the day on for reason r (Issued or
// Reissued → Reissued). See the package-level Reissue for what the re-issue
// produces.
func (l Lifecycle) Reissue(on date.Date, r Reason) (Lifecycle, error) {
	return l.Step(Transition{On: on, Event: EventReissue, Reason: r})
}

// Suspend suspends the policy on the day on for service s (Issued or
// Reissued → Suspended).
func (l Lifecycle) Suspend(on date.Date, s Service) (Lifecycle, error) {
	return l.Step(Transition{On: on, Event: EventSuspend, Service: s})
}

// Resume ends a suspension on the day on (Suspended → the state before).
func (l Lifecycle) Resume(on date.Date) (Lifecycle, error) {
	return l.Step(Transition{On: on, Event: EventResume})
}

// End ends the policy on the day on for reason r (any state but StateNone
// and Ended → Ended; Withdrawn only from Applied).
func (l Lifecycle) End(on date.Date, r EndReason) (Lifecycle, error) {
	return l.Step(Transition{On: on, Event: EventEnd, End: r})
}

// MarshalJSON encodes the lifecycle as its list of transitions.
func (l Lifecycle) MarshalJSON() ([]byte, error) {
	h := l.history
	if h == nil {
		h = []Transition{}
	}
	return json.Marshal(h)
}

// UnmarshalJSON decodes a list of transitions by replaying each through
// Step, so a decoded lifecycle obeys the same rules; the From and To of
// each must match the replay.
func (l *Lifecycle) UnmarshalJSON(data []byte) error {
	var ts []Transition
	if err := json.Unmarshal(data, &ts); err != nil {
		return err
	}
	var nl Lifecycle
	for i, t := range ts {
		next, err := nl.Step(t)
		if err != nil {
			return fmt.Errorf("policy: lifecycle step %d: %w", i, err)
		}
		got := next.history[len(next.history)-1]
		if got.From != t.From || got.To != t.To {
			return fmt.Errorf("policy: lifecycle step %d: %w: says %s → %s, the rules give %s → %s",
				i, ErrTransition, t.From, t.To, got.From, got.To)
		}
		nl = next
	}
	*l = nl
	return nil
}
