package program

import (
	"testing"
	"time"

	"github.com/rickb777/date"
)

// program.md §1.2: in-depth dispensarisation from 2021, reproductive from
// 2024, NIPT and PGT in 2026 (news.mail.ru/society/69376283, 69401385).
func TestActivities(t *testing.T) {
	tests := []struct {
		year int
		a    Activity
		in   bool
	}{
		{2019, ActivityDispensarisation, true},
		{2020, ActivityInDepthDispensarisation, false},
		{2021, ActivityInDepthDispensarisation, true},
		{2023, ActivityReproductiveDispensarisation, false},
		{2024, ActivityReproductiveDispensarisation, true},
		{2025, ActivityNIPT, false},
		{2026, ActivityNIPT, true},
		{2026, ActivityPGT, true},
	}
	for _, tt := range tests {
		d := MustBase(date.New(tt.year, time.June, 1)).HasActivity(tt.a)
		if d.OK() != tt.in {
			t.Errorf("%d %s: %v", tt.year, tt.a, d)
		}
	}
	if f, _ := base2026.HasActivity(ActivityPGT).Find(CodeActivityIn); !f.Unconfirmed {
		t.Error("PGT funding is unconfirmed")
	}
	if len(base2026.Activities()) != len(Activities()) || len(MustBase(date.New(2019, time.June, 1)).Activities()) != 2 {
		t.Error("Activities by year")
	}
	for _, a := range Activities() {
		if a.NameRU() == "" || a.NameEN() == "" || a.Since() < FirstYear || a.String() == "" {
			t.Errorf("activity %d", a)
		}
	}
	var a Activity
	if a.NameRU() != "" || a.NameEN() != "" || a.Since() != 0 || a.String() != "Activity(0)" || base2026.HasActivity(a).OK() {
		t.Error("invalid activity")
	}
}
