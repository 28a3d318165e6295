package nsi_test

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
	"github.com/omsrules/oms/nsi"
	"github.com/omsrules/oms/policy"
	"github.com/omsrules/oms/smo"
	"github.com/rickb777/date"
)

// A back office loads the fund's register of insurers (windows-1251 XML
// in a zip, as published) and asks the switch check whether a person may
// choose an insurer: in a year the insurer gave no notice for, it may not.
func ExampleLoadF002() {
	f, err := os.Open("testdata/F002.zip")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	reg, err := nsi.LoadF002(f)
	if err != nil {
		fmt.Println(err)
		return
	}
	altai := oms.Region(22)
	for _, y := range []int{2025, 2026} {
		req := smo.Request{Date: date.New(y, time.March, 2), Insurer: "22001", Region: altai,
			Reason: smo.FirstChoice, Applicant: eligibility.Self, Born: date.New(1980, time.May, 17)}
		d := smo.CheckSwitch(reg.Registry(), smo.History{}, req)
		fmt.Println(y, d.OK())
	}
	// Output:
	// 2025 true
	// 2026 false
}

func ExampleDocTypes_CheckDocument() {
	on := date.New(2026, time.March, 2)
	b := nsi.DefaultF011()
	fmt.Println(b.CheckDocument(14, "45 06", "123456", on).OK())
	fmt.Println(b.CheckDocument(14, "4506", "123456", on).Codes())
	// Output:
	// true
	// [nsi.f011.series-format]
}

func ExampleMask_Match() {
	m := nsi.MustParseMask("R-ББ") // a birth certificate's series
	fmt.Println(m.Match("XIV-МЮ"), m.Match("14-МЮ"))
	// Output: true false
}

func ExampleLoadF011() {
	in := `<?xml version="1.0" encoding="UTF-8"?>
<PACKET><ZAP IDDoc="3" DocName="Свидетельство о рождении, выданное в Российской Федерации" DocSer="R-ББ" DocNum="999999" DATEBEG="01.01.2011" DATEEND=""/></PACKET>`
	b, err := nsi.LoadF011(strings.NewReader(in))
	if err != nil {
		fmt.Println(err)
		return
	}
	t, _ := b.Lookup(3)
	fmt.Println(t.Series, t.Number)
	_, err = nsi.LoadF011(strings.NewReader(`<PACKET><ZAP IDDoc="3" DocName="x" DATEBEG="31.02.2011"/></PACKET>`))
	fmt.Println(err)
	// Output:
	// R-ББ 999999
	// nsi: F011 record 1 (line 1), field "DATEBEG": oms: not a date: "31.02.2011" (want YYYY-MM-DD or DD.MM.YYYY)
}

func ExampleDocByF011() {
	r, _ := nsi.DocByF011(14)
	fmt.Printf("F011 %d = МЗ %s %d = ФНС %s\n", r.F011, nsi.OIDDocTypesMZ, r.MZ, r.FNS)
	// Output: F011 14 = МЗ 1.2.643.5.1.13.13.99.2.48 1 = ФНС 21
}

func ExampleFormsOfF008() {
	forms, _, _ := nsi.FormsOfF008(nsi.F008Uniform)
	fmt.Println(forms)
	fmt.Println(nsi.F008OfForm(policy.OldStyle))
	code, _ := nsi.F008OfERZCode('Ц')
	fmt.Println(code)
	// Output:
	// [paper plastic uek digital]
	// 1
	// 3
}

func ExampleICD10Dict_Check() {
	f, err := os.Open("testdata/mkb10.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	dict, err := nsi.LoadICD10MZ(f)
	if err != nil {
		fmt.Println(err)
		return
	}
	on := date.New(2026, time.March, 2)
	fmt.Println(dict.Check("A00.0", on).Codes())
	fmt.Println(dict.Check("A00.9", on).Codes())
	var none *nsi.ICD10Dict // no dictionary: syntax only
	fmt.Println(none.Check("A00.9", on).Codes())
	// Output:
	// [nsi.icd10.current]
	// [nsi.icd10.unknown]
	// [nsi.icd10.syntax-ok]
}
