package main

import (
	"fmt"
	"os"
	"strings"
)

// A move to Tatarstan on 6 October 2026: the month to choose an insurer
// there ends on 6 November, Tatarstan's Constitution Day, and moves to
// Monday 9 November (ГК РФ ст. 193); it runs out at 24:00 Moscow time.
func Example() {
	var out strings.Builder
	run([]string{"-region", "16", "-date", "2026-10-06", "-event", "relocation"}, &out, os.Stderr)
	for _, line := range strings.Split(out.String(), "\n") {
		if strings.HasPrefix(line, "• ") || strings.Contains(line, "last day:") {
			fmt.Println(strings.TrimSpace(line))
		}
	}
	// Output:
	// • choose an insurer in the new region
	// last day: 2026-11-09 Mon; runs out 2026-11-10 00:00 MSK
}
