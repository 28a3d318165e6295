package policy

import (
	"errors"
	"fmt"
	"strings"
)

// A Reason is a reason to re-issue (переоформить) a policy, as the Rules
// and the territorial funds list them (law.md §2.3).
//
// The zero Reason is invalid. Reasons are small comparable values; their
// text form (String, MarshalText) is a stable lower-case code.
type Reason uint8

const (
	// ChangeName is a change of surname, first name or patronymic.
	ChangeName Reason = iota + 1
	// ChangeBirthDate is a change (correction) of the date of birth.
	ChangeBirthDate
	// ChangeBirthPlace is a change (correction) of the place of birth.
	ChangeBirthPlace
	// ChangeIdentityDocument is a change of the data of the identity
	// document (a new passport, say).
	ChangeIdentityDocument
	// ChangeResidence is a change of the place of residence.
	ChangeResidence
	// DataError is an inaccuracy or error found in the policy data.
	DataError
	// Wear is wear and tear or unfitness of the blank (ветхость и
	// непригодность); a digital policy does not wear out.
	Wear
	// Loss is the loss of the policy; before the digital policy a
	// duplicate (дубликат) was made.
	Loss

	numReasons
)

var reasonTable = [numReasons]struct{ code, ru, en string }{
	ChangeName:             {"change-name", "изменение фамилии, имени, отчества", "change of surname, name or patronymic"},
	ChangeBirthDate:        {"change-birth-date", "изменение даты рождения", "change of the date of birth"},
	ChangeBirthPlace:       {"change-birth-place", "изменение места рождения", "change of the place of birth"},
	ChangeIdentityDocument: {"change-identity-document", "изменение данных документа, удостоверяющего личность", "change of the identity document data"},
	ChangeResidence:        {"change-residence", "изменение места жительства", "change of the place of residence"},
	DataError:              {"data-error", "неточность или ошибка в сведениях полиса", "an inaccuracy or error in the policy data"},
	Wear:                   {"wear", "ветхость и непригодность полиса", "wear and tear of the policy"},
	Loss:                   {"loss", "утрата полиса", "loss of the policy"},
}

// ErrUnknownReason is returned (wrapped) for a text or value that names no
// Reason.
var ErrUnknownReason = errors.New("policy: unknown re-issue reason")

// Reasons returns every reason, in the order of the constants.
func Reasons() []Reason {
	out := make([]Reason, 0, numReasons-1)
	for r := ChangeName; r < numReasons; r++ {
		out = append(out, r)
	}
	return out
}

// IsValid reports whether r is one of the defined reasons.
func (r Reason) IsValid() bool { return r >= ChangeName && r < numReasons }

// String returns the stable code of r, such as "change-name", or
// "Reason(N)".
func (r Reason) String() string {
	if r.IsValid() {
		return reasonTable[r].code
	}
	return fmt.Sprintf("Reason(%d)", uint8(r))
}

// NameRU returns the Russian description of r.
func (r Reason) NameRU() string {
	if r.IsValid() {
		return reasonTable[r].ru
	}
	return r.String()
}

// NameEN returns the English description of r.
func (r Reason) NameEN() string {
	if r.IsValid() {
		return reasonTable[r].en
	}
	return r.String()
}

// ParseReason returns the reason whose String is s.
func ParseReason(s string) (Reason, error) {
	for r := ChangeName; r < numReasons; r++ {
		if reasonTable[r].code == s {
			return r, nil
		}
	}
	return 0, fmt.Errorf("%w: %q", ErrUnknownReason, s)
}

// MarshalText implements encoding.TextMarshaler.
func (r Reason) MarshalText() ([]byte, error) {
	if r == 0 {
		return []byte{}, nil // the zero Reason: none given
	}
	if !r.IsValid() {
		return nil, fmt.Errorf("%w: %d", ErrUnknownReason, uint8(r))
	}
	return []byte(reasonTable[r].code), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *Reason) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*r = 0
		return nil
	}
	v, err := ParseReason(string(text))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// A ReasonSet is a set of Reasons. The zero ReasonSet is empty.
type ReasonSet uint16

// NewReasonSet returns the set of the given valid reasons; invalid ones
// are left out.
func NewReasonSet(rs ...Reason) ReasonSet {
	var s ReasonSet
	for _, r := range rs {
		if r.IsValid() {
			s |= 1 << r
		}
	}
	return s
}

// Has reports whether r is in s.
func (s ReasonSet) Has(r Reason) bool { return r.IsValid() && s&(1<<r) != 0 }

// Reasons returns the members of s in the order of the constants.
func (s ReasonSet) Reasons() []Reason {
	var out []Reason
	for r := ChangeName; r < numReasons; r++ {
		if s.Has(r) {
			out = append(out, r)
		}
	}
	return out
}

// String returns the codes of the members joined by "," ("" when empty).
func (s ReasonSet) String() string {
	var b strings.Builder
	for i, r := range s.Reasons() {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(r.String())
	}
	return b.String()
}
