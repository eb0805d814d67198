// Command pare-beam runs pare as an Apache Beam pipeline: every WARC file
// the glob matches becomes one JSON Lines shard of pare's page records.
//
//	pare-beam --input 'crawl/*.warc.gz' --output out/run1/part
//
// It runs on Beam's local runner, prism, unless --runner names another
// (dataflow, flink, spark, universal, with their own flags).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	parebeam "github.com/pare-dev/pare/beam"
)

func main() {
	var c parebeam.Config
	flag.StringVar(&c.Input, "input", "", "glob of WARC files (required)")
	flag.StringVar(&c.Output, "output", "", "shard prefix: PREFIX-<warc>-<hash>.jsonl (required)")
	flag.BoolVar(&c.NoRules, "no-rules", false, "generic extraction only, no publisher rules")
	flag.BoolVar(&c.AllPages, "all-pages", false, "give the main content of pages that hold no article")
	flag.BoolVar(&c.First, "first", false, "only each page's primary article")
	flag.DurationVar(&c.Timeout, "timeout", 0, "time budget per page (0: none)")
	flag.BoolVar(&c.Resume, "resume", false, "skip WARC files whose shard exists")
	flag.Parse()
	beam.Init()
	if c.Input == "" || c.Output == "" {
		fmt.Fprintln(os.Stderr, "pare-beam: --input and --output are required")
		flag.Usage()
		os.Exit(2)
	}
	p, s := beam.NewPipelineWithRoot()
	parebeam.Build(s, c)
	res, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		fmt.Fprintf(os.Stderr, "pare-beam: %v\n", err)
		os.Exit(1)
	}
	if res != nil {
		fmt.Fprintln(os.Stderr, "pare-beam: "+summary(parebeam.Counts(res)))
	}
}

func summary(counts map[string]int64) string {
	names := make([]string, 0, len(counts))
	for k := range counts {
		names = append(names, k)
	}
	sort.Strings(names)
	parts := make([]string, 0, len(names))
	for _, k := range names {
		parts = append(parts, fmt.Sprintf("%s %d", strings.ReplaceAll(k, "_", " "), counts[k]))
	}
	return strings.Join(parts, ", ")
}
