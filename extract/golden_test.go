package extract_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"
	"github.com/pare-dev/pare/extract"
	"github.com/pare-dev/pare/rules"
	"github.com/pmezard/go-difflib/difflib"
	"golang.org/x/tools/txtar"
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
			golden := strings.TrimSuffix(page, ".html") + ".golden"
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
				noRules = golden
			}
			gres := run(t, generic, page)
			for _, f := range check(gres) {
				t.Errorf("check, rules off: %s", f)
			}
			// The second opinion runs only where pare finds no article, so it
			// must leave every result as it is.
			if a, b := goldenText(gres), goldenText(run(t, seconded, page)); a != b {
				t.Errorf("second opinion changes the result:\n%s", unified(a, b, "rules off", "second opinion"))
			}
			got := goldenText(res)
			if noRules == golden && host != "generic" {
				// One golden for both runs: the same articles (metadata and
				// text); where a rendering or the removals differ (a rule
				// names its strips, the generic path its detectors), the
				// golden holds the rules-off section too.
				if a, b := articlesText(res, "html", "markdown"), articlesText(gres, "html", "markdown"); a != b {
					t.Errorf("rules off, the articles differ (add a .norules.golden if that is right):\n%s", unified(a, b, "rules", "rules off"))
				}
				got += sectionsDiffering(got, goldenText(gres), ", rules off")
			}
			if *update {
				if len(failures) > 0 {
					t.Fatalf("not re-blessing %s: its checks fail", golden)
				}
				writeGolden(t, golden, got)
				if noRules != golden {
					writeGolden(t, noRules, goldenText(gres))
				}
				return
			}
			compare(t, golden, got, name)
			if noRules != golden {
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

func newExtractor(t testing.TB, opts extract.Options) *extract.Extractor {
	t.Helper()
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

// goldenText writes a result as stable text, in txtar: a header of page
// facts; per article its sorted metadata, then its text, HTML and
// Markdown renderings; last, what was removed and why, so a change to any
// of them shows in review.
func goldenText(res *extract.Result) string {
	return articlesText(res) + removedSection("removed", res)
}

// articlesText is the golden without the removals, and without the
// renderings named in skip.
func articlesText(res *extract.Result, skip ...string) string {
	var hdr strings.Builder
	fmt.Fprintf(&hdr, "url: %s\nencoding: %s\narticles: %d\n", res.URL, res.Encoding, len(res.Articles))
	if !res.Reason.IsZero() {
		fmt.Fprintf(&hdr, "reason: %s: %s\n", res.Reason.Kind, res.Reason)
	}
	ar := &txtar.Archive{Comment: []byte(hdr.String())}
	for i, a := range res.Articles {
		meta := map[string]string{
			"title": a.Title, "byline": a.Byline, "authors": strings.Join(a.Authors, "; "),
			"published": dateLine(a.Published), "modified": dateLine(a.Modified),
			"url": a.URL, "site": a.SiteName, "lang": a.Language,
			"image": a.Image, "tags": strings.Join(a.Tags, "; "), "categories": strings.Join(a.Categories, "; "),
			"organizations": strings.Join(a.Organizations, "; "),
		}
		if a.Appended {
			meta["appended"] = "true"
		}
		if a.NotArticle {
			meta["not-article"] = "true"
		}
		for j, s := range a.Summary {
			meta[fmt.Sprintf("summary.%d", j+1)] = s
		}
		keys := make([]string, 0, len(meta))
		for k, v := range meta {
			if v != "" {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		var m strings.Builder
		for _, k := range keys {
			fmt.Fprintf(&m, "%s: %s\n", k, meta[k])
		}
		ar.Files = append(ar.Files, txtar.File{Name: fmt.Sprintf("article %d", i+1), Data: []byte(m.String())})
		for _, r := range []struct{ name, text string }{{"text", a.Text}, {"html", a.HTML}, {"markdown", a.Markdown}} {
			if !slices.Contains(skip, r.name) {
				ar.Files = append(ar.Files, txtar.File{Name: fmt.Sprintf("article %d %s", i+1, r.name), Data: []byte(r.text + "\n")})
			}
		}
	}
	return string(txtar.Format(ar))
}

// removedSection is a txtar file listing res.Removed, one removal a line
// in page order: reason, what recognised it, the text.
func removedSection(name string, res *extract.Result) string {
	var b strings.Builder
	for _, r := range res.Removed {
		fmt.Fprintf(&b, "%s [%s] %q\n", r.Reason, r.By, r.Text)
	}
	return string(txtar.Format(&txtar.Archive{Files: []txtar.File{{Name: name, Data: []byte(b.String())}}}))
}

// sectionsDiffering returns the sections of other whose content differs
// from the section of the same name in base (or that base lacks), each
// renamed with suffix.
func sectionsDiffering(base, other, suffix string) string {
	in := map[string]string{}
	for _, f := range txtar.Parse([]byte(base)).Files {
		in[f.Name] = string(f.Data)
	}
	out := &txtar.Archive{}
	for _, f := range txtar.Parse([]byte(other)).Files {
		if d, ok := in[f.Name]; !ok || d != string(f.Data) {
			out.Files = append(out.Files, txtar.File{Name: f.Name + suffix, Data: f.Data})
		}
	}
	return string(txtar.Format(out))
}

func writeGolden(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func unified(a, b, nameA, nameB string) string {
	diff, _ := difflib.GetUnifiedDiffString(difflib.UnifiedDiff{
		A: difflib.SplitLines(a), B: difflib.SplitLines(b), FromFile: nameA, ToFile: nameB, Context: 2,
	})
	return diff
}

func dateLine(d extract.Date) string {
	if d.IsZero() {
		return ""
	}
	ts := "?"
	if !d.Time.IsZero() {
		ts = d.ISO()
	}
	return fmt.Sprintf("%s (%s)", ts, d.Text)
}

func compare(t *testing.T, golden, got, name string) {
	t.Helper()
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Errorf("%v\nrun: go test ./extract -run 'TestGolden/%s' -update", err, strings.Fields(name)[0])
		return
	}
	if string(want) == got {
		return
	}
	diff := unified(string(want), got, golden, "got")
	t.Errorf("%s differs from %s:\n%s\nif the change is right: go test ./extract -run 'TestGolden/%s' -update",
		name, golden, diff, strings.Fields(name)[0])
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
	return func(res *extract.Result) []string {
		var fails []string
		if len(res.Articles) != c.Articles {
			fails = append(fails, fmt.Sprintf("%d articles, want %d (reason: %s)", len(res.Articles), c.Articles, res.Reason))
		}
		for i, a := range res.Articles {
			for _, s := range always {
				if strings.Contains(a.Text, s) {
					fails = append(fails, fmt.Sprintf("article %d contains %q, which the rule excludes", i+1, s))
				}
			}
			if i < len(c.Contain) {
				for _, s := range c.Contain[i] {
					if !strings.Contains(a.Text, s) {
						fails = append(fails, fmt.Sprintf("article %d lacks %q", i+1, s))
					}
				}
			}
			if i < len(c.Exclude) {
				for _, s := range c.Exclude[i] {
					if strings.Contains(a.Text, s) {
						fails = append(fails, fmt.Sprintf("article %d contains %q", i+1, s))
					}
				}
			}
		}
		return fails
	}
}
