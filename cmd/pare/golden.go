package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"

	"github.com/pare-dev/pare/extract"
	"github.com/pare-dev/pare/golden"
	"github.com/pare-dev/pare/htmldate"
	"github.com/pare-dev/pare/rules"
)

// runGolden is `pare golden [-update] [-rules DIR | -no-rules] DIR...`:
// a regression run over a folder of saved pages, each beside its
// expected output in pare's golden format (package golden). Every page
// runs with the rules asked for and, unless -no-rules, without them too,
// as pare's own tests do: a golden holds the run with rules, then the
// sections the rules-off run changes (or a NAME.norules.golden holds
// that run whole). A mismatch prints a unified diff on stdout; the last
// line counts the pages. The exit status is 1 on any mismatch, missing
// golden or failed page, so a CI job can run it as it is.
func runGolden(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet(programName+" golden", flag.ContinueOnError)
	fs.SetOutput(stderr)
	rulesIn := fs.String("rules", "", "also load publisher rules from this `directory`")
	noRules := fs.Bool("no-rules", false, "run generic extraction only: the goldens hold that run alone")
	siteConfig := fs.String("site-config", "", "also use the FiveFilters site configs in this `directory`, as pare -site-config does")
	updateGoldens := fs.Bool("update", false, "write each page's golden from the current output (atomically), instead of comparing")
	workers := fs.Int("j", runtime.GOMAXPROCS(0), "run this many pages at once")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: %s golden [-update] [-j N] [-rules DIR | -no-rules] [-site-config DIR] DIR...\n\n"+
			"Runs every saved page under DIR (.html, .htm, .gz) and compares it with the NAME.golden beside it.\n"+
			"A NAME.url file gives a page's URL when the page does not carry it.\n\n", programName)
		fs.PrintDefaults()
	}
	dirs, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if len(dirs) == 0 {
		fmt.Fprintf(stderr, "%s golden: give the folder(s) of saved pages\n", programName)
		fs.Usage()
		return exitUsage
	}
	set, err := ruleSet(*rulesIn, *noRules)
	if err != nil {
		for _, e := range unjoin(err) {
			fmt.Fprintf(stderr, "%s: %s\n", programName, oneLine(e.Error()))
		}
		return exitUsage
	}
	var sites *rules.Set
	if *siteConfig != "" {
		if sites, err = loadSiteConfigDir(*siteConfig); err != nil {
			fmt.Fprintf(stderr, "%s: %s\n", programName, oneLine(err.Error()))
			return exitUsage
		}
	}
	g, err := newGoldenRun(set, sites)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", programName, err)
		return exitUsage
	}
	var pages []golden.Page
	for _, d := range dirs {
		if st, err := os.Stat(d); err != nil || !st.IsDir() {
			fmt.Fprintf(stderr, "%s golden: %s is not a folder\n", programName, oneLine(d))
			return exitUsage
		}
		ps, err := golden.Pages(d)
		if err != nil {
			fmt.Fprintf(stderr, "%s golden: %s\n", programName, oneLine(err.Error()))
			return exitUsage
		}
		pages = append(pages, ps...)
	}
	if len(pages) == 0 {
		fmt.Fprintf(stderr, "%s golden: no saved pages (.html, .htm, .gz) under %s\n", programName, oneLine(fmt.Sprint(dirs)))
		return exitFailed
	}
	if *workers < 1 {
		fmt.Fprintf(stderr, "%s golden: -j %d: want at least 1\n", programName, *workers)
		return exitUsage
	}
	var t goldenTally
	for _, r := range g.expectAll(pages, *workers) {
		p, files, err := r.page, r.files, r.err
		if err != nil {
			t.failed++
			message(stderr, p.Path, err.Error())
			continue
		}
		if *updateGoldens {
			t.update(stdout, stderr, files)
		} else {
			t.compare(stdout, stderr, files)
		}
	}
	t.summary(stdout, len(pages), *updateGoldens)
	if t.failed+t.differ+t.missing > 0 {
		return exitFailed
	}
	return exitOK
}

// ruleSet is the rules a subcommand runs with: the built-in ones and
// those of dir, or none with noRules.
func ruleSet(dir string, noRules bool) (*rules.Set, error) {
	if noRules {
		if dir != "" {
			return nil, errors.New("-rules and -no-rules contradict each other")
		}
		return nil, nil
	}
	set, err := rules.Builtin()
	if err != nil || dir == "" {
		return set, err
	}
	if _, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("-rules: %w", err)
	}
	own, err := rules.Load(os.DirFS(dir))
	if err != nil {
		return nil, err
	}
	return rules.Merge(set, own), nil
}

// goldenRun holds the extractors of a golden run: with the rules and
// the site configs (nil under -no-rules without -site-config) and
// without either.
type goldenRun struct {
	withRules, generic *extract.Extractor
}

func newGoldenRun(set, sites *rules.Set) (*goldenRun, error) {
	g := &goldenRun{}
	var err error
	if g.generic, err = extract.New(extract.Options{DateGuesser: htmldate.Guesser{}}); err != nil {
		return nil, err
	}
	if set != nil || sites != nil {
		g.withRules, err = extract.New(extract.Options{Rules: set, SiteConfigs: sites, DateGuesser: htmldate.Guesser{}})
	}
	return g, err
}

// expected is what one page should match, or why it could not be run.
type expected struct {
	page  golden.Page
	files []goldenFile
	err   error
}

// expectAll runs the pages on workers goroutines (an Extractor is safe
// for concurrent use) and returns their expectations in page order, so
// the report reads the same on every run.
func (g *goldenRun) expectAll(pages []golden.Page, workers int) []expected {
	out := make([]expected, len(pages))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, len(pages)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				files, err := g.expect(pages[i])
				out[i] = expected{pages[i], files, err}
			}
		}()
	}
	for i := range pages {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// goldenFile is one golden and the text the run gives for it.
type goldenFile struct{ path, got string }

// expect runs page p and returns the goldens it should match: the one
// golden, or two when a .norules.golden keeps the rules-off run apart.
func (g *goldenRun) expect(p golden.Page) ([]goldenFile, error) {
	off, err := extractFile(g.generic, p.Path, p.URL)
	if err != nil {
		return nil, err
	}
	if g.withRules == nil {
		return []goldenFile{{p.Golden, golden.Format(off)}}, nil
	}
	on, err := extractFile(g.withRules, p.Path, p.URL)
	if err != nil {
		return nil, err
	}
	if golden.Exists(p.NoRules) {
		return []goldenFile{{p.Golden, golden.Format(on)}, {p.NoRules, golden.Format(off)}}, nil
	}
	return []goldenFile{{p.Golden, golden.Combine(on, off)}}, nil
}

func extractFile(ex *extract.Extractor, path, pageURL string) (*extract.Result, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ex.Extract(context.Background(), f, pageURL)
}

// goldenTally counts the goldens of a run by outcome.
type goldenTally struct {
	match, differ, missing, written, failed int
}

func (t *goldenTally) compare(stdout, stderr io.Writer, files []goldenFile) {
	for _, f := range files {
		diff, err := compareGolden(f.path, f.got)
		switch {
		case errors.Is(err, os.ErrNotExist):
			t.missing++
			message(stderr, f.path, "no golden (write it with: pare golden -update)")
		case err != nil:
			t.failed++
			message(stderr, f.path, err.Error())
		case diff != "":
			t.differ++
			fmt.Fprintf(stdout, "%s: %s differs from the output:\n%s\n", programName, oneLine(f.path), diff)
		default:
			t.match++
		}
	}
}

// compareGolden is golden.Compare with the golden's name flattened in
// the diff's header: a newline in a file name must not forge a line.
func compareGolden(path, got string) (string, error) {
	want, err := os.ReadFile(path)
	if err != nil || string(want) == got {
		return "", err
	}
	return golden.Diff(string(want), got, oneLine(path), "got"), nil
}

// update writes each golden whose text changed; an unchanged one is left
// alone, so its file's time says when it last changed.
func (t *goldenTally) update(stdout, stderr io.Writer, files []goldenFile) {
	for _, f := range files {
		if diff, err := golden.Compare(f.path, f.got); err == nil && diff == "" {
			t.match++
			continue
		}
		if err := golden.Write(f.path, f.got); err != nil {
			t.failed++
			message(stderr, f.path, err.Error())
			continue
		}
		t.written++
		fmt.Fprintf(stdout, "%s: wrote %s\n", programName, oneLine(f.path))
	}
}

func (t *goldenTally) summary(w io.Writer, pages int, updating bool) {
	if updating {
		fmt.Fprintf(w, "%d page(s): %d golden(s) written, %d unchanged, %d failed\n", pages, t.written, t.match, t.failed)
		return
	}
	fmt.Fprintf(w, "%d page(s): %d golden(s) match, %d differ, %d missing, %d failed\n", pages, t.match, t.differ, t.missing, t.failed)
}
