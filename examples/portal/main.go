// Command portal is a small HTTP service, on the standard library's
// net/http, that answers the questions a government portal asks of the oms
// library, each with the oms.Decision behind the answer: every finding with
// its code, its message in Russian and English and the provision of law.
//
// Usage:
//
//	go run ./examples/portal                      # listens on 127.0.0.1:8080
//	go run ./examples/portal -addr 127.0.0.1:9000 -registry insurers.csv
//	go run ./examples/portal -demo                # answers the sample requests, no network
//
// Endpoints (POST, a JSON body, Content-Type application/json; unknown
// fields are errors):
//
//	POST /v1/eligibility  is the person insured, in which category, and are the
//	                      documents complete? (eligibility.Assess, CheckApplication)
//	POST /v1/switch       may the person choose or switch to this insurer?
//	                      (smo.Checker.CheckSwitch against the insurer registry)
//	POST /v1/coverage     is care for an ICD-10 code paid by ОМС, under the base
//	                      programme or a region's territorial programme? (program)
//	POST /v1/deadline     when does a period end: the last day and 24:00 of it in
//	                      the region's time zone, with the Civil Code reasons
//	                      (calendar, policy.NotifyDeadline, smo.RelocationDeadline);
//	                      or when care is due under a waiting-time norm (program)
//	GET  /                the list of endpoints
//
// The request and response shapes are documented on the types in api.go
// and shown by the sample requests in testdata/ (run with -demo to see the
// answers). Every answer to a well-formed question is 200 with
// {"decision": {"ok": …, "findings": […]}, …}, whether the decision is OK
// or not. Bad requests get a JSON {"error": "…"} with the status: 400 for
// malformed JSON, an unknown field, or a value that is not valid (a bad
// date, an unknown region, an unparsable ICD-10 code); 405 for a wrong
// method (with Allow); 413 for a body over the limit (-max-body, 64 KiB by
// default); 415 for a body that is not JSON; 404 for an unknown path. A
// 500 is a bug, never bad input.
//
// The service listens on 127.0.0.1 unless told otherwise (-addr) and shuts
// down gracefully on SIGINT or SIGTERM, finishing the requests in flight.
package main

import "os"

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }
