package program_test

import (
	"errors"
	"testing"

	"github.com/rickb777/date"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/program"
)

func TestChoiceChain(t *testing.T) {
	t.Parallel()
	type step struct {
		code string
		due  date.Date
	}
	cases := []struct {
		name  string
		filed date.Date
		want  []step
	}{
		// 406н, 2+2+2 working days ([U]); the Novosibirsk health ministry's
		// "до шести рабочих дней" (news.mail.ru/society/67476888): filed on
		// Monday 1 April 2024, the person is informed on the 6th working
		// day, Tuesday 9 April.
		{"406н, a plain week", accDay(2024, 4, 1), []step{
			{program.CodeAccessChoiceLetter, accDay(2024, 4, 3)}, {program.CodeAccessChoiceConfirm, accDay(2024, 4, 5)},
			{program.CodeAccessChoiceInform, accDay(2024, 4, 9)}, {program.CodeAccessChoiceNotifyInsurer, accDay(2024, 4, 10)},
		}},
		// Across the New Year: 28.12.2024 was a working Saturday, 31.12.2024
		// to 08.01.2025 days off.
		{"406н, the New Year", accDay(2024, 12, 27), []step{
			{program.CodeAccessChoiceLetter, accDay(2025, 1, 9)}, {program.CodeAccessChoiceConfirm, accDay(2025, 1, 13)},
			{program.CodeAccessChoiceInform, accDay(2025, 1, 15)}, {program.CodeAccessChoiceNotifyInsurer, accDay(2025, 1, 16)},
		}},
		// From 01.09.2025: the decision within two working days (360.ru,
		// 22.09.2025).
		{"2025 order", accDay(2025, 9, 19), []step{{program.CodeAccessChoiceAnswer, accDay(2025, 9, 23)}}},
	}
	for _, c := range cases {
		got, err := program.ChoiceChain(nil, c.filed)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if len(got) != len(c.want) {
			t.Fatalf("%s: %d steps, want %d", c.name, len(got), len(c.want))
		}
		for i, w := range c.want {
			if got[i].Code != w.code || got[i].Due != w.due || !got[i].Unconfirmed {
				t.Errorf("%s: step %d %s due %s, want %s due %s", c.name, i, got[i].Code, got[i].Due, w.code, w.due)
			}
		}
	}
	if _, err := program.ChoiceChain(nil, accDay(2012, 5, 20)); !errors.Is(err, oms.ErrNotInForce) {
		t.Errorf("before 406н: err = %v", err)
	}
	// A chain whose step waits for an event no step ends is an error.
	r := program.DefaultAccessRules()
	v := r.Chain.Versions()[1]
	v.Value = append(v.Value[:0:0], v.Value...)
	v.Value[0].Event = program.AccessEventChoiceConfirmed
	r.Chain = r.Chain.With(v)
	if _, err := r.ChoiceChain(nil, accDay(2025, 9, 19)); err == nil {
		t.Error("a broken chain: no error")
	}
	if _, err := program.ChoiceChain(nil, accDay(2025, 9, 19)); err != nil {
		t.Errorf("the default chain was changed: %v", err)
	}
}
