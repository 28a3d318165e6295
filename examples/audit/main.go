// Command audit checks a file of applications for compulsory medical
// insurance (ОМС) against the whole oms library and prints a report that
// explains every outcome with the article of law behind it.
//
// Usage:
//
//	go run ./examples/audit                        # the bundled sample
//	go run ./examples/audit applications.csv       # CSV with a header
//	go run ./examples/audit -format json apps.jsonl > report.jsonl
//	go run ./examples/audit -asof 2026-11-01 -registry insurers.csv apps.csv
//	go run ./examples/audit -failures -strict big.csv  # only what needs attention
//	go run ./examples/audit -verbose apps.csv      # passing applications in full too
//
// Each application (one row) carries the person (date of birth,
// citizenship, residence status, refugee status, EAEU worker or official,
// service membership, highly qualified specialist, years of contributions),
// the documents presented, the region and date, the insurer asked for and
// the reason, the person's earlier choices, the policy held and the events
// that start a deadline. The program checks
//
//   - eligibility and the applicant's category (package eligibility),
//   - the documents presented against those the category requires,
//   - the choice or switch of insurer against the person's history and the
//     insurer registry (package smo; -registry, or the bundled sample),
//   - the policy's form on its issue date and its validity (package policy),
//   - every deadline that follows, as the library's duty (calendar.Duty)
//     judged by its Check: the notice of a change to the insurer
//     (policy.Notice.Duty), the choice of an insurer after a move
//     (smo.RelocationDeadline) or for a newborn (eligibility.NewbornCover),
//     the historical temporary certificate (policy.CertificateDeadline);
//     24:00 of the last day in the region's zone.
//
// Each application is judged by the law in force on the day it was filed;
// -asof is the day of the audit, which decides whether a deadline not yet
// met is pending or overdue.
//
// The findings are the library's alone: the program keeps no law of its
// own, and no finding has a code of its own. What it has to say besides
// is a problem of the audit, reported apart from the findings, of one of
// three kinds:
//
//	after_audit_day  the application is dated after the audit day; it is
//	                 judged by the law of its day all the same, and the
//	                 deadlines it meets count as met
//	unanswered       a question the library could not answer for it (a
//	                 day before the law it holds, an inconsistent history:
//	                 the library's error); the application does not pass,
//	                 as it could not be checked whole
//	beyond_data      an answer that needs data the library does not hold
//	                 yet (a deadline that ends in a year the production
//	                 calendar does not know); no fault of the application
//
// Each problem names its area (application, eligibility, insurer, policy,
// deadlines) and says what happened in Russian and English.
//
// # Input
//
// CSV (the format of testdata/applications.csv) has a header line naming
// its columns, in any order; id, date, region, birth_date and citizenship
// are required, the others optional. The values are the text forms of the
// library's own types:
//
//	id                        the application's identifier
//	date                      the day it was filed
//	region                    the person's region (oms.ParseRegion: "77", "RU-MOW")
//	birth_date, citizenship   rf | foreign | stateless (eligibility.Citizenship)
//	country                   a foreign citizen's state, ISO 3166-1 alpha-2 ("KZ")
//	residence                 permanent | temporary | stay (eligibility.Residence)
//	refugee                   refugee | petition | appeal | temporary_asylum
//	service                   military | internal_affairs | penitentiary | bailiffs |
//	                          fire_service | customs | courier_service | rosgvardia
//	flags                     labour_contract; eaeu_official; eaeu_family; hqs;
//	                          hqs_family; working; foreign_branch; full_capacity
//	contribution_months       months of ОМС contributions (326-ФЗ ст. 16 ч. 1.1)
//	status_until              last day of the РВП, refugee status, contract, powers
//	snils                     the СНИЛС presented
//	applicant                 self | legal_representative | representative
//	documents                 the person's documents, "kind:number;kind:number@expires"
//	representative_documents  those of the (legal) representative; the kinds are
//	                          eligibility.DocumentKind's: russian_passport,
//	                          birth_certificate, foreign_passport, residence_permit,
//	                          temporary_residence_permit, labour_contract,
//	                          power_of_attorney, representative_authority, …
//	insurer, reason           the insurer asked for (its registry number) and
//	                          first_choice | voluntary | relocation | insurer_exit
//	history                   earlier choices, "date reason insurer region;…"
//	                          (reasons of smo.Reason, newborn and fund_assignment too)
//	policy_form, policy_issued, enp
//	                          the policy held: old_style | paper | plastic | uek |
//	                          digital (policy.Form) or temporary-certificate
//	events                    "kind@date;…": a re-issue reason of policy.Reason
//	                          (change_name, change_birth_date, change_birth_place,
//	                          change_identity_document, change_residence,
//	                          data_error, wear, loss), relocation,
//	                          birth-registration
//
// A file whose header has semicolons and no commas is read as
// semicolon-separated, as Excel writes CSV in a Russian locale; its list
// cells then come quoted. A byte-order mark (before the comment lines
// too) and CRLF line ends are fine. Dates are YYYY-MM-DD or DD.MM.YYYY; regions the two-digit code or the
// ISO 3166-2 code. Lines starting with '#' are comments. JSON Lines (one
// object per line, the same member names; documents, history and events as
// arrays of objects {kind, number}, {date, reason, insurer, region},
// {kind, date}; contribution_months a number) is read from .jsonl, .ndjson
// or .json files, or with -input-format jsonl; a byte-order mark is
// skipped. Unknown members are errors.
//
// # Output
//
// The text report starts with a summary: rows read, how many applications
// pass and fail, on which rules, by category, how many have a problem of
// the audit of each kind, and the malformed rows (the first 20 lines and a
// count of the rest). Then one block per row, in input order: a failure in
// full (the verdict, the category, each problem of the audit on a line
// "? kind (area)" with its messages, each finding with its severity, code,
// message in Russian and English and the provision of law, by area, then
// the deadlines), a pass on one line unless it has a problem, a malformed
// row with its line and error. With -verbose the passes are in full too. Until the summary is known the blocks wait in a temporary
// file, so memory stays flat.
//
// With -format json the report is JSON Lines, in input order: one
// {"type":"application",…} or {"type":"malformed","line":…} object per
// row, then one {"type":"summary",…} object. Citations are written once:
// before the first line that uses a citation comes
//
//	{"type":"citation","key":"c3f2a…","citation":{"act":"326-ФЗ","article":"16",…}}
//
// and findings and deadlines give "citation":"c3f2a…" (a finding that
// cites nothing has no "citation"). A message with no digit in it (one
// that is the same for every application) is written once the same way,
// {"type":"message","key":"m…","message_ru":…,"message_en":…}, and a
// finding gives "message":"m…" in place of message_ru and message_en. A
// key is "c" or "m" and the first 12 hex digits of the FNV-1a hash of the
// citation's fields or the message's texts: the same in every run. An
// application's sections each hold their decision; the merged decision of
// all sections, which repeats them, is left out ("pass" and "violations"
// say what it says). With -citations inline every finding carries its
// citation and messages in full and the application its merged
// "decision", as oms.Decision marshals: five times the size. An
// application with problems of the audit lists them last, as
//
//	"problems":[{"kind":"unanswered","area":"eligibility","message_ru":…,"message_en":…}]
//
// ("pass" is false when one is unanswered); the summary counts the
// applications with each kind in "problems_by_kind".
//
// With -failures only the applications that fail and the malformed rows
// are reported (the summary still counts every row): the report of a large
// file is then about what needs attention.
//
// A malformed row (a bad date, an unknown region, a bad СНИЛС, the wrong
// number of columns, an unknown value) is reported with its line number and
// not checked; the rest of the file is still checked. Nothing is dropped:
// every row appears in the report.
//
// Rows are streamed (memory does not grow with the file) and checked on
// GOMAXPROCS+1 workers (-workers); the report keeps the input order. When standard error
// is a terminal, or with -progress, the program shows its progress there.
//
// # Exit status
//
//	0  the input was read whole: every row was checked or reported as
//	   malformed (applications that fail the rules are the report, not an
//	   error; the bundled sample has deliberately malformed rows and exits 0)
//	1  the input could not be read to its end (an I/O error, a header that
//	   names unknown columns, a quoted field that never closes, on the last
//	   line too); the report covers the rows before that point and says
//	   so. Also when the report itself cannot be written (a closed pipe):
//	   a JSON report stops there, a text report when it is written out
//	   after the run.
//	2  usage: bad flags, a file that cannot be opened, a bad registry
//	3  with -strict only: the input was read whole but some rows are
//	   malformed
package main

import (
	"os"
	"runtime/debug"
)

// gcPercent is the garbage collector's target unless GOGC says otherwise.
// The live heap of a run is small and bounded (the rows in flight, the
// citation table), so collecting less often costs a few tens of megabytes
// and saves about a sixth of the CPU time of a large audit.
const gcPercent = 400

func main() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
