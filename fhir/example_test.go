package fhir_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/eligibility"
	"github.com/omsrules/oms/fhir"
	"github.com/omsrules/oms/nsi"
	"github.com/omsrules/oms/policy"
	"github.com/omsrules/oms/smo"
	"github.com/rickb777/date"
)

func ExampleNewOperationOutcome() {
	d := nsi.DefaultF011().CheckDocument(14, "4506", "123456", date.New(2026, time.March, 2))
	oo := fhir.NewOperationOutcome(d)
	is := oo.Issue[0]
	fmt.Println(is.Severity, is.Code, is.Details.Coding[0].Code)
	fmt.Println(is.Diagnostics)
	// Output:
	// error business-rule nsi.f011.series-format
	// Серия «4506» не соответствует маске «99 99» типа 14. (Справочник ФФОМС F011)
}

func ExampleNewCoverage() {
	in, _ := smo.NewInsurer("22001", "Алтайский филиал ООО «СМК РЕСО-Мед»", "РЕСО-Мед", smo.Federal,
		smo.Presence{Region: oms.Region(22), Entered: date.New(2011, time.January, 1)})
	enp, _ := policy.NewENP(123456789012345)
	c, err := fhir.NewCoverage(fhir.Policy{ENP: enp, F008: nsi.F008OfForm(policy.Digital), Insurer: in,
		From: date.New(2024, time.January, 1), Beneficiary: "Patient/1"})
	if err != nil {
		fmt.Println(err)
		return
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	_ = enc.Encode(c)
	// Output:
	// {
	//  "resourceType": "Coverage",
	//  "identifier": [
	//   {
	//    "type": {
	//     "coding": [
	//      {
	//       "system": "http://terminology.hl7.org/CodeSystem/v2-0203",
	//       "code": "SB"
	//      },
	//      {
	//       "system": "urn:oid:1.2.643.5.1.13.13.99.2.245",
	//       "code": "3",
	//       "display": "Полис ОМС единого образца"
	//      }
	//     ]
	//    },
	//    "system": "https://fhir.ru/ig/core/systems/oms",
	//    "value": "1234567890123452"
	//   }
	//  ],
	//  "status": "active",
	//  "type": {
	//   "coding": [
	//    {
	//     "system": "urn:oid:1.2.643.5.1.13.2.1.1.153",
	//     "code": "1",
	//     "display": "ОМС"
	//    }
	//   ]
	//  },
	//  "subscriberId": "1234567890123452",
	//  "beneficiary": {
	//   "reference": "Patient/1"
	//  },
	//  "relationship": {
	//   "coding": [
	//    {
	//     "system": "http://terminology.hl7.org/CodeSystem/subscriber-relationship",
	//     "code": "self"
	//    }
	//   ]
	//  },
	//  "period": {
	//   "start": "2024-01-01"
	//  },
	//  "payor": [
	//   {
	//    "identifier": {
	//     "system": "urn:oid:1.2.643.5.1.13.2.1.1.635",
	//     "value": "22001"
	//    },
	//    "display": "РЕСО-Мед"
	//   }
	//  ]
	// }
}

// A handler answers in FHIR when the client asks for it, and in the
// library's own JSON otherwise.
func ExampleWantsFHIR() {
	d := nsi.DefaultF011().CheckDocument(14, "45 06", "123456", date.New(2026, time.March, 2))
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if fhir.WantsFHIR(r) {
			_ = fhir.WriteOperationOutcome(w, http.StatusOK, d)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(d)
	})
	for _, accept := range []string{"application/fhir+json", "application/json"} {
		r := httptest.NewRequest("GET", "/check", nil)
		r.Header.Set("Accept", accept)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		fmt.Println(w.Header().Get("Content-Type"))
	}
	// Output:
	// application/fhir+json; charset=utf-8
	// application/json
}

func ExampleNewPatient() {
	sn, _ := eligibility.ParseSNILS("134 940 005 39")
	p, err := fhir.NewPatient(fhir.Person{SNILS: sn, Passport: eligibility.MustParsePassport("45 06 123456"),
		Sex: nsi.V005Male, Born: date.New(1980, time.May, 17), HasBorn: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, id := range p.Identifier {
		fmt.Println(id.System, id.Value)
	}
	fmt.Println(p.Gender, p.BirthDate)
	// Output:
	// https://fhir.ru/ig/core/systems/snils 13494000539
	// https://fhir.ru/ig/core/systems/identity_document 45 06 123456
	// male 1980-05-17
}

// A Coverage from a client that spells the ЕНП system the way RuCoreIG's
// Coverage profile does (http://, lower case) still gives its ЕНП.
func ExampleCoverage_ENP() {
	doc := `{"resourceType": "Coverage", "status": "active",
	 "identifier": [{"system": "http://fhir.ru/ig/core/systems/oms", "value": "1234567890123452"}],
	 "beneficiary": {"reference": "Patient/1"}, "payor": [{"display": "РЕСО-Мед"}]}`
	var c fhir.Coverage
	if err := json.Unmarshal([]byte(doc), &c); err != nil {
		fmt.Println(err)
		return
	}
	enp, err := c.ENP()
	fmt.Println(enp, err)
	// Output: 1234567890123452 <nil>
}
