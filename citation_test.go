package oms

import "testing"

func TestCitationString(t *testing.T) {
	tests := []struct {
		c    Citation
		want string
	}{
		{Citation{Act: "ГК РФ", Article: "193"}, "ГК РФ, ст. 193"},
		// 326-ФЗ art. 16 part 2 point 3: the duty to notify the insurer of changes.
		{Citation{Act: "326-ФЗ", Article: "16", Part: "2", Point: "3"}, "326-ФЗ, ст. 16, ч. 2, п. 3"},
		// The Rules of ОМС are numbered by points only.
		{Citation{Act: "Правила ОМС", Point: "29", Title: "ignored"}, "Правила ОМС, п. 29"},
		{Citation{Article: "5"}, "ст. 5"},
		{Citation{}, ""},
	}
	for _, tt := range tests {
		if got := tt.c.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.c, got, tt.want)
		}
	}
	if !(Citation{}).IsZero() || (Citation{Act: "x"}).IsZero() {
		t.Error("IsZero disagrees with the zero value")
	}
}
