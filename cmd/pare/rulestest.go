package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"

	"github.com/pare-dev/pare/golden"
	"github.com/pare-dev/pare/rules"
)

// runRulesTest is `pare rules test [DIR]`: it runs the tests: block of
// every rule in DIR (the built-in rules when no DIR is given) against the
// fixture pages beside it, with the rules of DIR laid over the built-in
// ones as -rules does. A test fails when the page does not yield the
// articles it names, an article lacks text it must contain or holds text
// it must not, or the rule did not serve the page (its URL is on none of
// the rule's hosts); when the page has a golden beside it, the golden is
// compared too and a unified diff printed. Exit 1 on any failure.
//
// A rule's fixture folder is named by one of its hosts and looked for,
// in order, beside the rule file (DIR/example.com.yaml and
// DIR/example.com/), under DIR/testdata/, and under testdata/ in each
// folder above DIR, which finds pare's own layout (rules/publishers/
// beside testdata/). For the built-in rules the search starts at the
// current folder, so `pare rules test` runs in a checkout of pare.
func runRulesTest(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet(programName+" rules test", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: %s rules test [DIR]\n\nRuns the tests: of every rule in DIR (built-in rules when none) against the fixture pages beside it.\n", programName)
	}
	dirs, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if len(dirs) > 1 {
		fs.Usage()
		return exitUsage
	}
	var dir string
	if len(dirs) == 1 {
		dir = dirs[0]
	}
	set, err := ruleSet(dir, false)
	if err != nil {
		for _, e := range unjoin(err) {
			fmt.Fprintf(stderr, "%s: %s\n", programName, oneLine(e.Error()))
		}
		return exitUsage
	}
	tested, err := testedRules(dir, set)
	if err != nil {
		fmt.Fprintf(stderr, "%s rules test: %s\n", programName, oneLine(err.Error()))
		return exitUsage
	}
	if len(tested) == 0 {
		fmt.Fprintf(stderr, "%s rules test: no rule files in %s\n", programName, oneLine(dir))
		return exitFailed
	}
	g, err := newGoldenRun(set, nil)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", programName, err)
		return exitUsage
	}
	var passed, failed, untested, generic int
	for _, r := range tested {
		if len(r.Tests) == 0 {
			untested++
			fmt.Fprintf(stdout, "%s: %s has no tests\n", oneLine(r.File), oneLine(r.Name))
			continue
		}
		for _, tc := range r.Tests {
			fails, note := g.ruleTest(r, tc, fixtureRoots(dir, r))
			if note != "" {
				generic++
				fmt.Fprintf(stdout, "note %s: %s: %s\n", oneLine(r.File), oneLine(tc.Page), oneLine(note))
			}
			if len(fails) == 0 {
				passed++
				continue
			}
			failed++
			fmt.Fprintf(stdout, "FAIL %s: %s\n", oneLine(r.File), oneLine(tc.Page))
			for _, f := range fails {
				fmt.Fprintf(stdout, "    %s\n", f)
			}
		}
	}
	fmt.Fprintf(stdout, "%d rule(s), %d test(s): %d passed, %d failed (%d on the generic path: the rule's selectors matched nothing); %d rule(s) without tests\n",
		len(tested), passed+failed, passed, failed, generic, untested)
	if failed > 0 {
		return exitFailed
	}
	return exitOK
}

// testedRules are the rules whose tests run: those loaded from dir, or
// every rule of set when dir is "" (the built-in ones).
func testedRules(dir string, set *rules.Set) ([]*rules.Rule, error) {
	if dir == "" {
		return set.Rules(), nil
	}
	own, err := rules.Load(os.DirFS(dir))
	if err != nil {
		return nil, err
	}
	// The merged set serves each host with the user's rule, so the rule
	// tested is the one that runs.
	var out []*rules.Rule
	for _, r := range own.Rules() {
		if m := set.Match(r.Hosts[0]); m != nil {
			out = append(out, m)
		}
	}
	return out, nil
}

// fixtureRoots are the folders rule r's host folder is looked for in,
// in order, as runRulesTest describes.
func fixtureRoots(dir string, r *rules.Rule) []string {
	var roots []string
	start := "."
	if dir != "" {
		roots = append(roots, filepath.Join(dir, filepath.FromSlash(path.Dir(r.File))), filepath.Join(dir, "testdata"))
		start = dir
	}
	abs, err := filepath.Abs(start)
	if err != nil {
		return roots
	}
	for {
		roots = append(roots, filepath.Join(abs, "testdata"))
		up := filepath.Dir(abs)
		if up == abs {
			return roots
		}
		abs = up
	}
}

// ruleTest runs one test of rule r and returns its failures, and the
// rule's note when its selectors found nothing and the generic path ran
// (a test may pass that way: pare's own fixtures hold renditions of a
// page in another day's markup, which the rule must survive).
func (g *goldenRun) ruleTest(r *rules.Rule, tc rules.Test, roots []string) (fails []string, note string) {
	page := findFixture(r, tc.Page, roots)
	if page == "" {
		return []string{fmt.Sprintf("page %s is in no fixture folder named by the rule's hosts (%v)", tc.Page, r.Hosts)}, ""
	}
	p, err := golden.PageOf(page)
	if err != nil {
		return []string{err.Error()}, ""
	}
	res, err := extractFile(g.withRules, p.Path, p.URL)
	if err != nil {
		return []string{err.Error()}, ""
	}
	if res.Rule != r.Name {
		fails = append(fails, fmt.Sprintf("the page ran with rule %q, not %q: its URL %q is on none of the rule's hosts (give it in %s.url)",
			res.Rule, r.Name, res.URL, filepath.Base(p.Path)))
	}
	fails = append(fails, golden.Check(res, tc, r.Exclude)...)
	if len(fails) == 0 {
		return nil, res.RuleNote
	}
	// The golden beside the page, when there is one, shows what changed.
	if files, err := g.expect(p); err == nil {
		for _, f := range files {
			if diff, err := compareGolden(f.path, f.got); err == nil && diff != "" {
				fails = append(fails, "golden: "+diff)
			}
		}
	}
	return fails, res.RuleNote
}

// findFixture returns the path of a rule's test page: the first
// <root>/<host>/<page> that exists, "" when none does.
func findFixture(r *rules.Rule, page string, roots []string) string {
	for _, root := range roots {
		for _, h := range r.Hosts {
			if p := filepath.Join(root, h, page); golden.Exists(p) {
				return p
			}
		}
	}
	return ""
}
