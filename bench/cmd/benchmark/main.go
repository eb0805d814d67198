// Command benchmark scores pare and its peers on the benchmark sets kept
// beside the project (../shared/bench), and times them.
//
//	go run ./cmd/benchmark                       # every set, every extractor
//	go run ./cmd/benchmark -sets scrapinghub -extractors pare,baseline -passes 1
//	go run ./cmd/benchmark -json new.json -baseline old.json -worst 10
//
// Files, in run order: run.go (flags, the loop over sets), measure.go
// (interleaved timed passes), memory.go (pare's allocations, peak heap),
// score.go (per-page records), summary.go (per-set figures), report.go
// (tables), compare.go (-json and -baseline).
package main

import (
	"fmt"
	"os"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "benchmark:", err)
		os.Exit(1)
	}
}
