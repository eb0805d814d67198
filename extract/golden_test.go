package extract_test

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"
	"github.com/pare-dev/pare/extract"
	"github.com/pare-dev/pare/golden"
	"github.com/pare-dev/pare/htmldate"
	"github.com/pare-dev/pare/rules"
)

var update = flag.Bool("update", false, "rewrite the .golden files from the current output (refused when a fixture's checks fail)")

// fixtureDir holds one folder per publisher (named by its rule's host) and
// generic/ for pages no rule describes.
const fixtureDir = "../testdata"

// TestGolden runs every fixture page with the built-in rules and without
// them and compares each result with the page's golden file. A
// publisher's pages must come out the same both ways (unless a
// .norules.golden says otherwise): that is how the generic path is held
// to what the rules know.
func TestGolden(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	withRules := newExtractor(t, extract.Options{Rules: set})
	generic := newExtractor(t, extract.Options{})
	seconded := newExtractor(t, extract.Options{SecondOpinion: true})
	generics := loadGenericChecks(t)
	for _, page := range fixturePages(t) {
		host, file := filepath.Base(filepath.Dir(page)), filepath.Base(page)
		name := host + "/" + strings.TrimSuffix(file, ".html")
		t.Run(name, func(t *testing.T) {
			goldenPath := strings.TrimSuffix(page, ".html") + ".golden"
			res := run(t, withRules, page)
			if host != "generic" {
				rule := set.Match(host)
				if rule == nil {
					t.Fatalf("no built-in rule serves %s, the fixture folder's host", host)
				}
				if res.Rule != rule.Name {
					t.Errorf("rule = %q, want %q (the page's URL must be on the folder's host)", res.Rule, rule.Name)
				}
			}
			check := checksFor(t, set, generics, host, file)
			failures := check(res)
			for _, f := range failures {
				t.Errorf("check: %s", f)
			}
			noRules := strings.TrimSuffix(page, ".html") + ".norules.golden"
			if _, err := os.Stat(noRules); err != nil {
				noRules = goldenPath
			}
			gres := run(t, generic, page)
			for _, f := range check(gres) {
				t.Errorf("check, rules off: %s", f)
			}
			// The second opinion runs only where pare finds no article, so it
			// must leave every result as it is.
			if a, b := goldenText(gres), goldenText(run(t, seconded, page)); a != b {
				t.Errorf("second opinion changes the result:\n%s", golden.Diff(a, b, "rules off", "second opinion"))
			}
			got := goldenText(res)
			if noRules == goldenPath && host != "generic" {
				// One golden for both runs: the same articles (metadata and
				// text); where a rendering or the removals differ (a rule
				// names its strips, the generic path its detectors), the
				// goldenPath holds the rules-off section too.
				if a, b := golden.Articles(res, "html", "markdown"), golden.Articles(gres, "html", "markdown"); a != b {
					t.Errorf("rules off, the articles differ (add a .norules.golden if that is right):\n%s", golden.Diff(a, b, "rules", "rules off"))
				}
				got = golden.Combine(res, gres)
			}
			if *update {
				if len(failures) > 0 {
					t.Fatalf("not re-blessing %s: its checks fail", goldenPath)
				}
				writeGolden(t, goldenPath, got)
				if noRules != goldenPath {
					writeGolden(t, noRules, goldenText(gres))
				}
				return
			}
			compare(t, goldenPath, got, name)
			if noRules != goldenPath {
				compare(t, noRules, goldenText(gres), name+" (rules off)")
			}
		})
	}
}

// TestRulesHaveFixtures holds the convention that sorts a publisher's rule
// beside its pages: every built-in rule has a fixture folder named by one
// of its hosts, and every folder but generic/ has a rule.
func TestRulesHaveFixtures(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	dirs := map[string]bool{}
	entries, err := os.ReadDir(fixtureDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() && e.Name() != "generic" {
			dirs[e.Name()] = true
			if set.Match(e.Name()) == nil {
				t.Errorf("testdata/%s has no rule in rules/publishers", e.Name())
			}
		}
	}
	for _, r := range set.Rules() {
		found := false
		for _, h := range r.Hosts {
			found = found || dirs[h]
		}
		if !found {
			t.Errorf("rule %s (%s) has no fixture folder testdata/<host>", r.Name, r.File)
		}
		for _, tc := range r.Tests {
			for _, h := range r.Hosts {
				if _, err := os.Stat(filepath.Join(fixtureDir, h, tc.Page)); err == nil {
					goto next
				}
			}
			t.Errorf("rule %s tests page %s, which is in none of its fixture folders", r.Name, tc.Page)
		next:
		}
	}
}

// newExtractor makes an Extractor with opts and, as the pare command
// has it, go-htmldate's second opinion on dates: the goldens hold what
// users see.
func newExtractor(t testing.TB, opts extract.Options) *extract.Extractor {
	t.Helper()
	if opts.DateGuesser == nil {
		opts.DateGuesser = htmldate.Guesser{}
	}
	ex, err := extract.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

func fixturePages(t testing.TB) []string {
	t.Helper()
	pages, err := filepath.Glob(filepath.Join(fixtureDir, "*", "*.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no fixtures under %s: %v", fixtureDir, err)
	}
	sort.Strings(pages)
	return pages
}

func run(t testing.TB, ex *extract.Extractor, page string) *extract.Result {
	t.Helper()
	f, err := os.Open(page)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := ex.Extract(context.Background(), f, "")
	if err != nil {
		t.Fatalf("Extract(%s): %v", page, err)
	}
	return res
}

// goldenText is the golden of one run (see package golden).
func goldenText(res *extract.Result) string { return golden.Format(res) }

func writeGolden(t *testing.T, path, text string) {
	t.Helper()
	if err := golden.Write(path, text); err != nil {
		t.Fatal(err)
	}
}

func compare(t *testing.T, path, got, name string) {
	t.Helper()
	diff, err := golden.Compare(path, got)
	if err != nil {
		t.Errorf("%v\nrun: go test ./extract -run 'TestGolden/%s' -update", err, strings.Fields(name)[0])
		return
	}
	if diff == "" {
		return
	}
	t.Errorf("%s differs from %s:\n%s\nif the change is right: go test ./extract -run 'TestGolden/%s' -update",
		name, path, diff, strings.Fields(name)[0])
}

// A check is a fixture's contain / exclude list, from its rule's tests
// (and the rule's exclude list) or from testdata/generic/checks.yaml.
type pageCheck struct {
	Page     string     `yaml:"page"`
	Articles int        `yaml:"articles"`
	Contain  [][]string `yaml:"contain"`
	Exclude  [][]string `yaml:"exclude"`
}

func loadGenericChecks(t testing.TB) map[string]pageCheck {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(fixtureDir, "generic", "checks.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var list []pageCheck
	if err := yaml.UnmarshalWithOptions(data, &list, yaml.Strict()); err != nil {
		t.Fatalf("testdata/generic/checks.yaml: %v", err)
	}
	out := map[string]pageCheck{}
	for _, c := range list {
		out[c.Page] = c
	}
	return out
}

// checksFor returns the checks of one fixture; a fixture without checks is
// an error, so no page is blessed unexamined.
func checksFor(t *testing.T, set *rules.Set, generic map[string]pageCheck, host, file string) func(*extract.Result) []string {
	var c pageCheck
	var always []string
	found := false
	if host == "generic" {
		c, found = generic[file]
	} else if r := set.Match(host); r != nil {
		always = r.Exclude
		for _, tc := range r.Tests {
			if tc.Page == file {
				c = pageCheck{Page: tc.Page, Articles: tc.Articles, Contain: tc.Contain, Exclude: tc.Exclude}
				found = true
			}
		}
	}
	if !found {
		t.Fatalf("%s/%s has no checks (add it to its rule's tests or to generic/checks.yaml)", host, file)
	}
	test := rules.Test{Page: c.Page, Articles: c.Articles, Contain: c.Contain, Exclude: c.Exclude}
	return func(res *extract.Result) []string { return golden.Check(res, test, always) }
}
