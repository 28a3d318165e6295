package main

import (
	"fmt"
	"os"
	"strings"
)

// The coverage of two codes under the base programme of 2026: caries is
// paid by ОМС; tuberculosis is free but paid from the region's budget.
func Example() {
	var out strings.Builder
	code := run([]string{"-date", "2026-03-01", "-territorial", "none", "K02.1", "A15.0"}, &out, os.Stderr)
	for _, line := range strings.Split(out.String(), "\n") {
		if strings.Contains(line, " COVERED") || strings.Contains(line, " NOT ") || strings.HasPrefix(line, "Summary") {
			fmt.Println(line)
		}
	}
	fmt.Println("exit", code)
	// Output:
	// K02.1  COVERED by ОМС (base programme)
	// A15.0  NOT ОМС — free, paid from the regional budget
	// Summary: 2 codes; covered 1; budget 1
	// exit 0
}
