package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Auditing a JSON Lines file with -failures: the summary first, counting
// every row, then only the applications that fail and the malformed lines.
func Example() {
	var out strings.Builder
	code := run([]string{"-asof", "2026-11-27", "-failures", filepath.Join("testdata", "applications.jsonl")}, &out, os.Stderr)
	for _, line := range strings.Split(out.String(), "\n") {
		if strings.HasPrefix(line, "── ") || strings.Contains(line, "applications checked") || strings.Contains(line, "malformed rows:") {
			fmt.Println(line)
		}
	}
	fmt.Println("exit", code)
	// Output:
	//    applications checked: 7 — pass 3, fail 4
	//    malformed rows:       2, not checked (lines 4, 6)
	// ── A-003 · line 2 · 2026-08-20 · 77 Москва ── FAIL (1 violation)
	// ── A-008 · line 3 · 2026-04-01 · 54 Новосибирская область ── FAIL (1 violation)
	// ── line 4 ── MALFORMED, not checked
	// ── line 6 ── MALFORMED, not checked
	// ── A-036 · line 8 · 2026-03-16 · 50 Московская область ── FAIL (1 violation)
	// ── A-052 · line 9 · 2018-03-01 · 66 Свердловская область ── FAIL (1 violation)
	// exit 0
}
