package program_test

import (
	"encoding/json"
	"testing"

	"github.com/omsrules/oms/program"
)

// FuzzCheckClinicChoiceJSON decodes a portal's JSON body into a history
// and a request and checks it: no input panics, and a body that decodes
// either gets a decision or an error, never both empty-handed on a valid
// request.
func FuzzCheckClinicChoiceJSON(f *testing.F) {
	f.Add(`{"history":[{"date":"2026-03-16","subject":"clinic","ground":"at_will","clinic":"GP-12"}],"request":{"date":"2026-10-02","subject":"clinic","clinic":"GP-3","channel":"gosuslugi"}}`)
	f.Add(`{"request":{"date":"2025-06-10","subject":"doctor","clinic":"B","doctor_kind":"feldsher","doctor_consent":"refused","as_of":"2025-06-20"}}`)
	f.Add(`{"request":{"date":"2012-01-01","subject":"clinic","clinic":"A","born":"2011-12-31","refusal":{"ground":"other"}}}`)
	f.Add(`{"request":{"date":"2099-01-01","subject":"clinic","clinic":"A"}}`)
	f.Add(`{"history":[{"date":"2024-02-29","subject":"doctor","ground":"relocation","clinic":"A","refused":true}],"request":{"date":"2025-02-28","subject":"doctor","clinic":"A","doctor_kind":"other"}}`)
	f.Add(`{}`)
	f.Add(`{"request":{"dAte":"00000-00"}}`) // date.Date's decoder panicked on this; ChoiceRequest reads days strictly
	f.Add(`{"history":[{"date":"2025-02-30"}],"request":{"date":"31.12.2025","subject":"clinic","clinic":"A"}}`)
	f.Fuzz(func(t *testing.T, body string) {
		var in program.ChoiceCase
		if json.Unmarshal([]byte(body), &in) != nil {
			return
		}
		dec, duty, err := program.CheckClinicChoice(in.History, in.Request)
		if err != nil {
			return
		}
		if dec.Len() == 0 || duty.Due.Before(in.Request.Date) {
			t.Fatalf("no findings or due %s before %s", duty.Due, in.Request.Date)
		}
		if _, err := json.Marshal(dec); err != nil {
			t.Fatal(err)
		}
	})
}
