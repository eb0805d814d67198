package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing/fstest"

	"github.com/pare-dev/pare/extract"
	"github.com/pare-dev/pare/golden"
	"github.com/pare-dev/pare/htmldate"
	"github.com/pare-dev/pare/rules"
)

// runRulesNew is `pare rules new [-dir DIR] [-fixtures DIR] [-url URL]
// HOST PAGE`: it scaffolds DIR/HOST.yaml and the fixture folder HOST/
// (beside the rule, or under -fixtures) from a saved page. The rule is
// pre-filled with what the generic path found on the page: the article
// container, title, byline and date selectors (rulesselect.go), strip
// entries for the boilerplate it removed by class or id, and a tests:
// block that the draft passes. Before anything is written the draft is
// loaded and run on the page: it must serve the page (no "matched
// nothing" note) and keep the text the generic path kept; a selector
// that spoils that is left out. It never overwrites a file.
func runRulesNew(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet(programName+" rules new", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", ".", "write the rule file in this `directory`")
	fixtures := fs.String("fixtures", "", "put the fixture folder HOST/ under this `directory` (default: beside the rule file)")
	pageURL := fs.String("url", "", "the page's `URL`, when the page does not carry it (saved as HOST/NAME.url)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: %s rules new [-dir DIR] [-fixtures DIR] [-url URL] HOST PAGE\n\n"+
			"Scaffolds DIR/HOST.yaml and its fixture folder from a saved page, with the selectors pare's generic path found.\n\n", programName)
		fs.PrintDefaults()
	}
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if len(pos) != 2 {
		fs.Usage()
		return exitUsage
	}
	if *fixtures == "" {
		*fixtures = *dir
	}
	n := newRule{host: strings.ToLower(strings.TrimSuffix(pos[0], ".")), page: pos[1], url: *pageURL, dir: *dir, fixtures: *fixtures}
	if err := n.scaffold(stdout); err != nil {
		fmt.Fprintf(stderr, "%s rules new: %s\n", programName, oneLine(err.Error()))
		return exitFailed
	}
	return exitOK
}

// hostName is what a rule's host may be here: it names a file and a
// folder, so no path separator or leading dot gets through.
var hostName = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$`)

// newRule is one `pare rules new` run.
type newRule struct {
	host, page, url, dir, fixtures string
}

func (n newRule) ruleFile() string   { return filepath.Join(n.dir, n.host+".yaml") }
func (n newRule) fixtureDir() string { return filepath.Join(n.fixtures, n.host) }
func (n newRule) pageCopy() string   { return filepath.Join(n.fixtureDir(), filepath.Base(n.page)) }

func (n newRule) scaffold(stdout io.Writer) error {
	if !hostName.MatchString(n.host) || strings.Contains(n.host, "..") {
		return fmt.Errorf("%q is not a host name (such as example.com): it names the rule file and the fixture folder", n.host)
	}
	if _, ok := golden.Stem(n.page); !ok {
		return fmt.Errorf("%s is not a saved page (.html, .htm, .gz)", n.page)
	}
	for _, p := range []string{n.ruleFile(), n.pageCopy()} {
		if _, err := os.Lstat(p); err == nil {
			return fmt.Errorf("%s exists: not overwriting it", p)
		}
	}
	data, err := os.ReadFile(n.page)
	if err != nil {
		return err
	}
	builtin, err := rules.Builtin()
	if err != nil {
		return err
	}
	if err := n.unclaimed(); err != nil {
		return err
	}
	generic, err := extract.New(extract.Options{DateGuesser: htmldate.Guesser{}})
	if err != nil {
		return err
	}
	rep := &explainReport{}
	res, err := generic.ExtractInput(context.Background(), extract.Input{Body: bytes.NewReader(data), URL: n.url, Explain: rep})
	if err != nil {
		return err
	}
	if len(res.Articles) == 0 || rep.doc == nil {
		return fmt.Errorf("pare finds no article on %s (%s): there is nothing to start a rule from", n.page, res.Reason)
	}
	if !onHost(res.URL, n.host) {
		return fmt.Errorf("the page's URL %q is not on %s, so the rule would not serve it: give the page's address with -url", res.URL, n.host)
	}
	var drafts []draft
	for _, useArticle := range []bool{true, false} {
		d := deriveDraft(rep, res, useArticle)
		d.name, d.host = ruleName(res, n.host), n.host
		drafts = append(drafts, d)
	}
	file, ruled, err := n.settle(drafts, data, builtin, res)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(n.dir, 0o755); err != nil {
		return err
	}
	if err := os.MkdirAll(n.fixtureDir(), 0o755); err != nil {
		return err
	}
	if err := createFile(n.pageCopy(), data); err != nil {
		return err
	}
	if n.url != "" {
		stem, _ := golden.Stem(n.pageCopy())
		if err := createFile(stem+".url", []byte(n.url+"\n")); err != nil {
			return err
		}
	}
	if err := createFile(n.ruleFile(), []byte(file)); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s and %s: %d article(s) with the draft rule", oneLine(n.ruleFile()), oneLine(n.pageCopy()), len(ruled.Articles))
	if builtin.Match(n.host) != nil {
		fmt.Fprintf(stdout, " (it overrides the built-in rule %q)", builtin.Match(n.host).Name)
	}
	fmt.Fprintf(stdout, "\nnext: read the rule, then  %s rules test %s  and  %s -rules %s -explain-html report.html %s\n",
		programName, oneLine(n.dir), programName, oneLine(n.dir), oneLine(n.pageCopy()))
	if !n.testFinds() {
		fmt.Fprintf(stdout, "note: pare rules test %s will not find %s; keep fixtures beside the rule, under %s/testdata, or under a testdata folder above it\n",
			oneLine(n.dir), oneLine(n.fixtureDir()), oneLine(n.dir))
	}
	return nil
}

// unclaimed fails when a rule in the target folder already serves the
// host: the folder would no longer load.
func (n newRule) unclaimed() error {
	if _, err := os.Stat(n.dir); err != nil {
		return nil
	}
	own, err := rules.Load(os.DirFS(n.dir))
	if err != nil {
		return nil // the folder's own errors are for pare rules test to report
	}
	if r := own.Match(n.host); r != nil {
		return fmt.Errorf("%s already has a rule for %s: %s", n.dir, n.host, r.File)
	}
	return nil
}

// settle turns the first of the drafts that works into a rule file: it
// loads, serves the page, keeps what the generic path kept, and passes
// its own tests. The drafts are the one with an article container, then
// one without (the generic detection finds the articles, the fields
// still apply), then one without the strips.
func (n newRule) settle(drafts []draft, page []byte, builtin *rules.Set, generic *extract.Result) (string, *extract.Result, error) {
	var lastErr error
	for _, d := range drafts {
		bare := d
		bare.strips = nil
		drafts = append(drafts, bare)
	}
	var tried []string
	for _, try := range drafts {
		res, err := n.runDraft(try.yaml(nil), page, builtin)
		for err == nil && try.dropMismatched(res.Articles[0], generic.Articles[0]) {
			res, err = n.runDraft(try.yaml(nil), page, builtin)
		}
		if err == nil {
			err = keepsText(res, generic)
		}
		if err != nil {
			lastErr = err
			if try.article != "" {
				tried = append(tried, fmt.Sprintf("article: %q was tried and left out: %v", try.article, err))
			}
			continue
		}
		try.notes = append(tried, try.notes...)
		file := try.yaml(testFor(filepath.Base(n.page), res))
		again, err := n.runDraft(file, page, builtin)
		if err != nil {
			return "", nil, err
		}
		own, _ := rules.Load(fstest.MapFS{n.host + ".yaml": {Data: []byte(file)}})
		r := own.Match(n.host)
		if fails := golden.Check(again, r.Tests[0], r.Exclude); len(fails) > 0 {
			return "", nil, fmt.Errorf("the draft fails its own test (a bug in pare rules new): %s", strings.Join(fails, "; "))
		}
		return file, again, nil
	}
	return "", nil, fmt.Errorf("no working draft: %v", lastErr)
}

// runDraft loads a rule file as the only rule of its host and runs it on
// the page.
func (n newRule) runDraft(file string, page []byte, builtin *rules.Set) (*extract.Result, error) {
	own, err := rules.Load(fstest.MapFS{n.host + ".yaml": {Data: []byte(file)}})
	if err != nil {
		return nil, fmt.Errorf("the draft does not load (a bug in pare rules new): %w\n%s", err, file)
	}
	ex, err := extract.New(extract.Options{Rules: rules.Merge(builtin, own), DateGuesser: htmldate.Guesser{}})
	if err != nil {
		return nil, err
	}
	res, err := ex.Extract(context.Background(), bytes.NewReader(page), n.url)
	if err != nil {
		return nil, err
	}
	if r := own.Match(n.host); res.Rule != r.Name {
		return nil, fmt.Errorf("the draft did not serve the page (rule %q ran)", res.Rule)
	}
	if res.RuleNote != "" {
		return nil, errors.New(res.RuleNote)
	}
	if len(res.Articles) == 0 {
		return nil, fmt.Errorf("the draft finds no article (%s)", res.Reason)
	}
	return res, nil
}

// keepsText fails when the draft's first article lost a paragraph the
// generic path kept, or kept one the generic path did not: a draft
// starts from what the generic path found, neither less nor more.
func keepsText(res, generic *extract.Result) error {
	if err := within(generic.Articles[0].Text, res.Articles[0].Text); err != nil {
		return fmt.Errorf("the draft loses %s", err)
	}
	if err := within(res.Articles[0].Text, generic.Articles[0].Text); err != nil {
		return fmt.Errorf("the draft adds %s", err)
	}
	return nil
}

// within fails with the first paragraph of a (of some length) that b
// does not hold.
func within(a, b string) error {
	b = collapse(b)
	for _, para := range strings.Split(a, "\n\n") {
		if p := collapse(para); len(p) > 30 && !strings.Contains(b, p) {
			return fmt.Errorf("%q", shortLabel(p))
		}
	}
	return nil
}

// testFor is the tests: entry the draft must pass, read off its own run:
// the articles it yields, each one's opening and closing words, and for
// the first what it removed.
func testFor(page string, res *extract.Result) *rules.Test {
	t := &rules.Test{Page: page, Articles: len(res.Articles)}
	for _, a := range res.Articles {
		paras := strings.Split(a.Text, "\n\n")
		var c []string
		for _, s := range []string{snippet(paras[0], false), snippet(paras[len(paras)-1], true)} {
			if s != "" && (len(c) == 0 || c[0] != s) {
				c = append(c, s)
			}
		}
		t.Contain = append(t.Contain, c)
	}
	var ex []string
	seen := map[string]bool{}
	for _, r := range res.Removed {
		s := collapse(r.Text)
		if len(s) < 4 || len(s) > 100 || seen[s] || strings.Contains(res.Articles[0].Text, s) || len(ex) == 6 {
			continue
		}
		seen[s] = true
		ex = append(ex, s)
	}
	if len(ex) > 0 {
		t.Exclude = [][]string{ex}
	}
	return t
}

// snippet is the first (or last) words of a paragraph, up to some 60
// bytes, cut at a space so it reads as text.
func snippet(p string, last bool) string {
	p = strings.TrimSpace(p)
	if len(p) <= 60 {
		return p
	}
	if last {
		cut := p[len(p)-60:]
		if i := strings.IndexByte(cut, ' '); i >= 0 {
			cut = cut[i+1:]
		}
		return cut
	}
	cut := p[:60]
	if i := strings.LastIndexByte(cut, ' '); i > 0 {
		cut = cut[:i]
	}
	return cut
}

func onHost(raw, host string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	h := strings.ToLower(u.Hostname())
	return h == host || strings.HasSuffix(h, "."+host)
}

func ruleName(res *extract.Result, host string) string {
	if len(res.Articles) > 0 && res.Articles[0].SiteName != "" {
		return res.Articles[0].SiteName
	}
	if res.SiteName != "" {
		return res.SiteName
	}
	return host
}

// testFinds reports whether `pare rules test DIR` looks for fixtures
// where this run puts them.
func (n newRule) testFinds() bool {
	want, err := filepath.Abs(n.fixtures)
	if err != nil {
		return false
	}
	for _, root := range fixtureRoots(n.dir, &rules.Rule{File: n.host + ".yaml"}) {
		if abs, err := filepath.Abs(root); err == nil && abs == want {
			return true
		}
	}
	return false
}

// createFile writes a new file, failing if it exists: a scaffold never
// overwrites.
func createFile(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
