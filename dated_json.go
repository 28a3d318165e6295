package oms

import (
	"encoding/json"
	"errors"
	"fmt"
)

// Dated values and Timelines marshal to JSON so that a package's Rules,
// which are made of Timelines, can be shown to an auditor, stored and
// read back. Days are read strictly (ParseDate): date.Date's own decoding
// rolls impossible days over.

// UnmarshalJSON decodes a Dated value, reading From strictly. From is
// required.
func (d *Dated[T]) UnmarshalJSON(data []byte) error {
	var v struct {
		From        OptionalDate `json:"from"`
		Value       T            `json:"value"`
		Citation    Citation     `json:"citation"`
		Unconfirmed bool         `json:"unconfirmed"`
	}
	if err := json.Unmarshal(data, &v); err != nil {
		return fmt.Errorf("oms: dated value: %w", err)
	}
	from, ok := v.From.Get()
	if !ok {
		return errors.New(`oms: dated value: no "from" day`)
	}
	*d = Dated[T]{From: from, Value: v.Value, Citation: v.Citation, Unconfirmed: v.Unconfirmed}
	return nil
}

// timelineJSON is the JSON form of a Timeline.
type timelineJSON[T any] struct {
	Versions []Dated[T]   `json:"versions"`
	LastDay  OptionalDate `json:"last_day,omitzero"`
}

// MarshalJSON encodes the timeline as {"versions": [...], "last_day":
// "YYYY-MM-DD"}, the last day only for a rule that has ended. The zero
// Timeline is {"versions": []}.
func (t Timeline[T]) MarshalJSON() ([]byte, error) {
	v := timelineJSON[T]{Versions: t.versions}
	if v.Versions == nil {
		v.Versions = []Dated[T]{}
	}
	if t.ended {
		v.LastDay = SomeDate(t.last)
	}
	return json.Marshal(v)
}

// UnmarshalJSON decodes what MarshalJSON writes, with the checks of
// NewTimeline: two versions starting on the same day are an error.
func (t *Timeline[T]) UnmarshalJSON(data []byte) error {
	var v timelineJSON[T]
	if err := json.Unmarshal(data, &v); err != nil {
		return fmt.Errorf("oms: timeline: %w", err)
	}
	tl, err := NewTimeline(v.Versions...)
	if err != nil {
		return err
	}
	if last, ok := v.LastDay.Get(); ok {
		tl = tl.Until(last)
	}
	*t = tl
	return nil
}
