package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/pare-dev/pare/bench/datasets"
	"github.com/pare-dev/pare/bench/extractors"
)

// config is the parsed command line.
type config struct {
	data       string
	sets       []string
	extractors []string
	passes     int
	limit      int
	worst      int
	jsonOut    string
	baseline   string
	// half restricts the run to the pages of one half (datasets.All:
	// every page).
	half datasets.Half
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	var sets, exs, half string
	fs := flag.NewFlagSet("benchmark", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.data, "data", "", "benchmark data `dir` (default: $"+datasets.EnvDir+", else shared/bench found above the working directory)")
	fs.StringVar(&sets, "sets", strings.Join(datasets.Sets, ","), "comma-separated `sets` to run")
	fs.StringVar(&exs, "extractors", strings.Join(extractors.Names, ","), "comma-separated `extractors` to run")
	fs.IntVar(&c.passes, "passes", 3, "timed passes; times are the median over passes")
	fs.IntVar(&c.limit, "limit", 0, "run only the first `n` pages of each set (0: all)")
	fs.IntVar(&c.worst, "worst", 0, "print the `n` worst pare pages of each set")
	fs.StringVar(&c.jsonOut, "json", "", "write per-page results of every extractor to `file`")
	fs.StringVar(&c.baseline, "baseline", "", "compare pare with a previous -json `file`")
	fs.StringVar(&half, "half", "all", "run only the pages of one `half`: tune, check or all (see README)")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if c.passes < 1 || c.limit < 0 || c.worst < 0 {
		return c, errors.New("-passes must be at least 1, -limit and -worst not negative")
	}
	var err error
	if c.half, err = datasets.ParseHalf(half); err != nil {
		return c, err
	}
	if c.sets, err = list(sets, datasets.Sets, "set"); err != nil {
		return c, err
	}
	if c.extractors, err = list(exs, extractors.Names, "extractor"); err != nil {
		return c, err
	}
	if c.data == "" {
		if c.data, err = datasets.FindDir(); err != nil {
			return c, err
		}
	}
	return c, nil
}

// list splits a comma-separated flag value and checks every item is known.
func list(s string, known []string, what string) ([]string, error) {
	var out []string
	for _, v := range strings.Split(s, ",") {
		v = strings.TrimSpace(v)
		switch {
		case v == "":
		case !slices.Contains(known, v):
			return nil, fmt.Errorf("unknown %s %q (want some of %s)", what, v, strings.Join(known, ","))
		case !slices.Contains(out, v):
			out = append(out, v)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no %s given", what)
	}
	return out, nil
}

// run is the command, callable from tests: flags in args, tables on
// stdout, progress on stderr.
func run(args []string, stdout, stderr io.Writer) error {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	exs := make([]extractors.Extractor, len(cfg.extractors))
	for i, name := range cfg.extractors {
		if exs[i], err = extractors.New(name); err != nil {
			return err
		}
	}
	peak := startPeakSampler()
	var records []Record
	for _, set := range cfg.sets {
		pages, err := datasets.Load(cfg.data, set, cfg.limit)
		if err != nil {
			return err
		}
		pages = datasets.Keep(pages, cfg.half)
		fmt.Fprintf(stderr, "%s: %d pages (%s) × %d passes × %s\n", set, len(pages), cfg.half, cfg.passes, strings.Join(cfg.extractors, ", "))
		runs := measure(pages, exs, cfg.passes)
		recs := score(pages, runs)
		rep := setReport{set: set, pages: len(pages), bytes: totalBytes(pages), passes: cfg.passes,
			halves: map[datasets.Half][]summary{}}
		for _, r := range runs {
			s := summarise(set, r.name, datasets.All, recs)
			s.seconds, s.cpuSeconds = median(r.passSeconds), median(r.passCPU)
			rep.summaries = append(rep.summaries, s)
			for _, h := range []datasets.Half{datasets.Tune, datasets.Check} {
				rep.halves[h] = append(rep.halves[h], summarise(set, r.name, h, recs))
			}
		}
		if i := slices.Index(cfg.extractors, "pare"); i >= 0 {
			m := measureMemory(pages, exs[i])
			rep.memory = &m
		}
		printSet(stdout, rep)
		if cfg.worst > 0 {
			printWorst(stdout, set, recs, cfg.worst, worstHalf(cfg.half))
		}
		records = append(records, recs...)
	}
	printMostSplit(stdout, records, worstHalf(cfg.half))
	printSiteConfigEffect(stdout, records, cfg.sets)
	fmt.Fprintf(stdout, "Peak HeapAlloc over the whole run (loaded pages included): %s\n", mb(peak.stop()))
	if cfg.jsonOut != "" {
		if err := writeRecords(cfg.jsonOut, cfg.passes, records); err != nil {
			return err
		}
	}
	if cfg.baseline != "" {
		old, err := readRecords(cfg.baseline)
		if err != nil {
			return err
		}
		printComparison(stdout, old, records)
	}
	return nil
}
