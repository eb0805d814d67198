package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/pare-dev/pare/bench/compose"
	"github.com/pare-dev/pare/bench/datasets"
	"github.com/pare-dev/pare/extract"
	"github.com/pare-dev/pare/htmldate"
)

// defaultMixed names trafilatura pages that hold several articles of
// their own, whose split is worth a look though no truth exists.
func defaultMixed() []string {
	return []string{"hoy.com-daran.html", "correctiv.org.zusage.html", "colours-of-the-soul.alhelm.net.html"}
}

// config is the parsed command line.
type config struct {
	data    string
	kinds   []compose.Kind
	jsonOut string
	worst   int
	dump    string
	mixed   []string // trafilatura page IDs
	// half keeps the ScrapingHub pages (and so the composed ones, whose
	// pairs share a host and so a half) and the mixed pages of one half.
	half datasets.Half
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	var kinds, half string
	var all []string
	for _, k := range compose.Kinds() {
		all = append(all, string(k))
	}
	fs := flag.NewFlagSet("splitbench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.data, "data", "", "benchmark data `dir` (default: $"+datasets.EnvDir+", else shared/bench found above the working directory)")
	fs.StringVar(&kinds, "kinds", strings.Join(all, ","), "comma-separated `kinds` of composed page")
	fs.StringVar(&c.jsonOut, "json", "", "write per-page records to `file`")
	fs.IntVar(&c.worst, "worst", 0, "list the `n` worst composed pages of the tune half (of check under -half check) and why")
	fs.StringVar(&half, "half", "all", "compose from the pages of one `half` only: tune, check or all (see bench/README.md)")
	fs.StringVar(&c.dump, "dump", "", "write every composed page to `dir`, as <kind>[-<variant>]-<A>[-<B>][-<C>].html, to look into with pare -explain")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: splitbench [flags] [trafilatura-page ...]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if c.worst < 0 {
		return c, errors.New("-worst must not be negative")
	}
	var err error
	if c.half, err = datasets.ParseHalf(half); err != nil {
		return c, err
	}
	for _, k := range strings.Split(kinds, ",") {
		if k = strings.TrimSpace(k); k == "" || slices.Contains(c.kinds, compose.Kind(k)) {
			continue
		}
		if !slices.Contains(all, k) {
			return c, fmt.Errorf("unknown kind %q (want some of %s)", k, strings.Join(all, ","))
		}
		c.kinds = append(c.kinds, compose.Kind(k))
	}
	if len(c.kinds) == 0 {
		return c, errors.New("no kind given")
	}
	c.mixed = fs.Args()
	if len(c.mixed) == 0 {
		c.mixed = defaultMixed()
	}
	if c.data == "" {
		c.data, err = datasets.FindDir()
	}
	return c, err
}

// run is the command, callable from tests: flags and page names in args,
// tables on stdout, progress on stderr.
func run(args []string, stdout, stderr io.Writer) error {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	sh, err := datasets.Load(cfg.data, datasets.ScrapingHub, 0)
	if err != nil {
		return err
	}
	sh = datasets.Keep(sh, cfg.half)
	mixed, err := loadMixed(cfg.data, cfg.mixed)
	if err != nil {
		return err
	}
	if kept := datasets.Keep(mixed, cfg.half); len(kept) < len(mixed) {
		fmt.Fprintf(stderr, "splitbench: -half %s leaves out %d of the %d mixed pages\n", cfg.half, len(mixed)-len(kept), len(mixed))
		mixed = kept
	}
	set, err := compose.Build(sh, cfg.kinds)
	if err != nil {
		return err
	}
	if cfg.dump != "" {
		if err := dump(cfg.dump, set.Pages); err != nil {
			return err
		}
	}
	fmt.Fprintf(stderr, "splitbench: %d composed pages, %d ScrapingHub pages, %d mixed pages\n", len(set.Pages), len(sh), len(mixed))
	ex, err := extract.New(extract.Options{DateGuesser: htmldate.Guesser{}}) // rules off: the headline figures are generic
	if err != nil {
		return err
	}
	var jobs []job
	for _, p := range set.Pages {
		jobs = append(jobs, job{p.HTML, p.URL})
	}
	for _, p := range append(slices.Clip(sh), mixed...) {
		jobs = append(jobs, job{p.HTML, p.URL})
	}
	outs := extractAll(ex, jobs)
	composed, singles, mixedOuts := outs[:len(set.Pages)], outs[len(set.Pages):][:len(sh)], outs[len(set.Pages)+len(sh):]
	alone := make(map[string]float64, len(sh))
	aloneHeads := make(map[string]compose.Header, len(sh))
	for i, p := range sh {
		alone[p.ID] = bestF1(p.Truth.Body, singles[i].texts)
		if o := singles[i]; len(o.texts) > 0 {
			aloneHeads[p.ID] = compose.Header{Title: o.titles[0], Author: o.bylines[0], Day: o.days[0]}
		}
	}
	recs := make([]Record, len(set.Pages))
	for i, p := range set.Pages {
		recs[i] = score(p, composed[i], alone, aloneHeads)
	}
	printGenerated(stdout, set, cfg.kinds)
	printComposed(stdout, recs, cfg.kinds)
	printShown(stdout, recs, cfg.kinds)
	printSingles(stdout, sh, singles, alone)
	printMixed(stdout, mixed, mixedOuts)
	printCauses(stdout, recs)
	if cfg.worst > 0 {
		printWorst(stdout, recs, cfg.worst, cfg.half)
	}
	if cfg.jsonOut != "" {
		return writeRecords(cfg.jsonOut, recs)
	}
	return nil
}

// loadMixed returns the named pages of the trafilatura set, in the order
// named.
func loadMixed(dir string, ids []string) ([]datasets.Page, error) {
	all, err := datasets.Load(dir, datasets.Trafilatura, 0)
	if err != nil {
		return nil, err
	}
	out := make([]datasets.Page, 0, len(ids))
	for _, id := range ids {
		i := slices.IndexFunc(all, func(p datasets.Page) bool { return p.ID == id })
		if i < 0 {
			return nil, fmt.Errorf("no page %q in the trafilatura set", id)
		}
		out = append(out, all[i])
	}
	return out, nil
}

func writeRecords(path string, recs []Record) error {
	b, err := json.MarshalIndent(recs, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// dump writes the composed pages to dir, named by kind and page IDs.
func dump(dir string, pages []compose.Page) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, p := range pages {
		name := string(p.Kind)
		for _, part := range []string{p.Variant, p.A, p.B, p.C} {
			if part != "" {
				name += "-" + part
			}
		}
		if err := os.WriteFile(filepath.Join(dir, name+".html"), p.HTML, 0o644); err != nil {
			return err
		}
	}
	return nil
}
