// Command portal is a small HTTP service, on the standard library's
// net/http, that answers the questions a government portal asks of the oms
// library, each with the oms.Decision behind the answer: every finding with
// its code, its message in Russian and English and the provision of law.
//
// Usage:
//
//	go run ./examples/portal                      # 127.0.0.1:8080, histories in ./portal.db (SQLite)
//	go run ./examples/portal -db postgres://user:pass@host/dbname -registry insurers.csv
//	go run ./examples/portal -demo                # answers the sample requests, no network, no file
//	go run ./examples/portal -load 4000           # load test: req/s, p50, p99 of the mixed endpoints
//
// Endpoints (POST with a JSON body and Content-Type application/json;
// unknown fields are errors):
//
//	POST /v1/eligibility  is the person insured, in which category, and are the
//	                      documents complete? (eligibility.Assess, CheckApplication)
//	POST /v1/switch       may the person (by ЕНП) choose or switch to this insurer?
//	                      (smo.Checker.CheckSwitch against the insurer registry and
//	                      the history the portal recorded); recorded if allowed
//	POST /v1/history      the person's recorded choices of insurer
//	POST /v1/clinic-choice
//	                      may the person (by ЕНП) choose this clinic for primary
//	                      care, or this doctor in it? (program.AccessRules.
//	                      CheckClinicChoice against the choices the portal
//	                      recorded); recorded if allowed; with the clinic's duty
//	                      to answer, 24:00 of its last day in the region's zone
//	POST /v1/clinic-history
//	                      the person's recorded choices of clinic and doctor
//	POST /v1/coverage     is care for an ICD-10 code paid by ОМС, under the base
//	                      programme or a region's territorial programme? (program)
//	POST /v1/deadline     when does a period end: the last day and 24:00 of it in
//	                      the region's time zone, with the Civil Code reasons
//	                      (calendar, policy.NotifyDeadline, smo.RelocationDeadline);
//	                      or when care is due under a waiting-time norm (program)
//	GET  /healthz         is the service up and its database answering (200 or 503)
//	GET  /                the list of endpoints
//
// The histories of choices, of insurers and of clinics and doctors, are
// kept in a database: a SQLite file by default (a pure-Go driver, no C
// toolchain), or PostgreSQL given a postgres:// URL; the schema is created
// on start. A switch or a choice of clinic or doctor is checked against
// the stored history and, if allowed, recorded in the same transaction,
// locked per person, so two concurrent requests for one person cannot
// both pass a yearly limit; an accepted choice is committed before it is
// answered. An application dated before the person's latest recorded
// choice is a 409 (and a second switch of insurer on one day; two choices
// of clinic or doctor on one day keep the order they were recorded in).
// A choice of clinic the clinic refused, or of the clinic the person is
// already attached to, is answered but not recorded. check_only asks
// without recording.
//
// The request and response shapes are documented on the types in api.go
// and shown by the sample requests in testdata/ (run with -demo to see the
// answers). Every answer to a well-formed question is 200 with
// {"decision": {"ok": …, "findings": […]}, …}, whether the decision is OK
// or not. Bad requests get a JSON {"error": "…"} naming the field, with
// the status: 400 for malformed JSON, an unknown field, a value of the
// wrong JSON type, or a value that is not valid (a bad date, an unknown
// region, an unparsable ICD-10 code or ЕНП); 405 for a wrong method (with
// Allow); 409 for a back-dated application; 413 for a body over the limit
// (-max-body, 64 KiB by default); 415 for a body without Content-Type
// application/json; 404 for an unknown path. A 500 is a bug or a database
// failure, never bad input.
//
// A client that asks for FHIR (Accept: application/fhir+json, or
// ?_format=json) gets the decision of an answer that has one as a FHIR
// OperationOutcome (package fhir: one issue per finding), status 200; the
// answer's other fields are in the JSON form only, and answers without a
// decision (the histories, /healthz, the index) stay JSON. Its errors,
// too, come as an OperationOutcome: one issue of severity "error", the
// IssueType that fits the status (invalid for 400, conflict for 409,
// too-long for 413, not-supported for 405 and 415, not-found for 404,
// exception for 500) and the message as diagnostics, since a FHIR client
// reads OperationOutcome for errors. The request body stays the portal's
// JSON, sent as application/json.
//
// Each request writes an access log line to standard error: method, route,
// status, duration, bytes. It holds no body, query or raw path, so no
// ЕНП, СНИЛС or name reaches the log.
//
// The service listens on 127.0.0.1 unless told otherwise (-addr) and shuts
// down gracefully on SIGINT or SIGTERM, finishing the requests in flight.
package main

import "os"

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }
