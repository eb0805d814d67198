package rules_test

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/pare-dev/pare/rules"
	"golang.org/x/net/html"
)

// loadFixtures loads rules/testdata/siteconfig, which must load.
func loadFixtures(t *testing.T) (*rules.Set, rules.Report) {
	t.Helper()
	set, rep, err := rules.LoadSiteConfigs(os.DirFS("testdata/siteconfig"))
	if err != nil {
		t.Fatal(err)
	}
	return set, rep
}

func parseHTML(t *testing.T, src string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// body returns the <body> element of doc.
func body(doc *html.Node) *html.Node {
	var b *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "body" {
			b = n
		}
		for c := n.FirstChild; c != nil && b == nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return b
}

func text(n *html.Node) string {
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			sb.WriteString(n.Data + " ")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(sb.String()), " ")
}

func texts(nodes []*html.Node) []string {
	var out []string
	for _, n := range nodes {
		out = append(out, text(n))
	}
	return out
}

const fixturePage = `<html><head><meta property="og:title" content="Ferry timetable (og)"></head><body>
<h1>Ferry timetable extended</h1>
<div class="share-bar">Share this</div>
<p class="byline">By Ann Author</p><time datetime="2024-05-01T10:00:00Z">May 1</time>
<div class="story"><p>The ferry timetable runs later.</p><aside>Related: buses</aside>
<img src="https://ads.example.net/banner.png"><img src="https://example.com/ferry.jpg"></div>
<h2 class="headline">Ferry timetable extended to midnight</h2>
</body></html>`

// TestSiteConfigDirectives reads the fixture example.com.txt, which holds
// each directive pare honours, and checks what each finds on one page.
func TestSiteConfigDirectives(t *testing.T) {
	set, _ := loadFixtures(t)
	r := set.Match("www.example.com")
	if r == nil || r.Name != "example.com.txt" || r.Format != rules.SiteConfig {
		t.Fatalf("www.example.com: got rule %+v, want example.com.txt", r)
	}
	doc := parseHTML(t, fixturePage)
	b := body(doc)
	tests := []struct {
		name string
		sel  rules.Selector
		want []string
	}{
		// The h2 comes after the h1 in the page, but its line comes first.
		{"title: first alternative that matches, not first in the page", r.Title, []string{"Ferry timetable extended to midnight"}},
		{"author: a string result", r.Byline, []string{"Ann Author"}},
		{"date: an attribute result", r.Published, []string{"2024-05-01T10:00:00Z"}},
		{"body: the second line, the first finding nothing", r.Body, []string{"The ferry timetable runs later. Related: buses"}},
		{"strip: XPath", r.Strip[0].Selector, []string{"Related: buses"}},
		{"strip_id_or_class: a substring of class or id", r.Strip[1].Selector, []string{"Share this"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := texts(tc.sel.Find(b)); !slices.Equal(got, tc.want) {
				t.Errorf("%s finds %q, want %q", tc.sel, got, tc.want)
			}
		})
	}
	t.Run("strip_image_src", func(t *testing.T) {
		got := r.Strip[2].Selector.Find(b)
		if len(got) != 1 || !strings.Contains(got[0].Attr[0].Val, "ads.example.net") {
			t.Errorf("strip_image_src finds %v, want the ad image alone", got)
		}
	})
	t.Run("find_string and replace_string, both forms, in order", func(t *testing.T) {
		want := []rules.Replacement{{Find: "<amp-img", With: "<img"}, {Find: "<b>", With: "<strong>"}}
		// global.txt adds none; its lines come after the site's own.
		if !slices.Equal(r.Replace, want) {
			t.Errorf("Replace = %q, want %q", r.Replace, want)
		}
	})
	t.Run("test_url and test_contains", func(t *testing.T) {
		if len(r.Tests) != 1 || r.Tests[0].URL != "https://example.com/2024/05/01/ferry" ||
			!slices.Equal(r.Tests[0].Contain[0], []string{"The ferry timetable", "largest in the town's history"}) {
			t.Errorf("Tests = %+v", r.Tests)
		}
	})
	t.Run("global.txt comes after the site's lines, without its title", func(t *testing.T) {
		if r.Title.Len() != 2 || strings.HasSuffix(r.Title.String(), "@content") {
			t.Errorf("title alternatives %q: want the site's two alone", r.Title)
		}
		if last := r.Strip[len(r.Strip)-1].Selector.String(); last != "strip_id_or_class: sharedaddy" {
			t.Errorf("last strip entry %q, want global's", last)
		}
	})
	t.Run("a Selector of alternatives matches as Find does", func(t *testing.T) {
		h2 := r.Title.Find(b)[0]
		var h1 *html.Node
		for c := b.FirstChild; c != nil; c = c.NextSibling {
			if c.Data == "h1" {
				h1 = c
			}
		}
		if !r.Title.Match(h2) || r.Title.Match(h1) {
			t.Error("Match disagrees with Find")
		}
		if got := r.Body.MatchAll(b); len(got) != 1 || text(got[0]) != "The ferry timetable runs later. Related: buses" {
			t.Errorf("MatchAll(body) = %q", texts(got))
		}
	})
}

// TestSiteConfigMatch holds the host lookup of site configs: as
// FiveFilters names files, with a pare rule winning over a site config.
func TestSiteConfigMatch(t *testing.T) {
	sites, _ := loadFixtures(t)
	native, err := rules.Load(mapFS(map[string]string{"mine.yaml": "hosts: [example.net]\nbody: article\n"}))
	if err != nil {
		t.Fatal(err)
	}
	for _, order := range [][]*rules.Set{{native, sites}, {sites, native}} {
		set := rules.Merge(order...)
		for _, tc := range []struct{ host, want string }{
			{"example.com", "example.com.txt"},
			{"www.example.com", "example.com.txt"},
			{"news.example.com", ".example.com.txt"},
			{"a.b.example.com", ".example.com.txt"},
			{"example.org", "global.txt"},
			{"", "global.txt"},
			{"strict.example.net", "mine"}, // the pare rule for example.net wins
		} {
			got := set.Match(tc.host)
			if got == nil || got.Name != tc.want {
				t.Errorf("Match(%q) = %v, want %s", tc.host, got, tc.want)
			}
		}
	}
	if r := sites.Match("strict.example.net"); r == nil || !r.NoFallback || r.Title.Len() != 0 {
		t.Errorf("autodetect_on_failure: no: got %+v; want NoFallback and no global title", r)
	}
}

// TestSiteConfigWarnings holds that nothing pare cannot honour goes
// silently: each is a warning naming the file and line.
func TestSiteConfigWarnings(t *testing.T) {
	_, rep := loadFixtures(t)
	want := []string{
		"LICENSE.txt: invalid host",
		"global.txt:2: title: pare reads a page's metadata itself",
		"unsupported.example.net.txt:2: prune: no",
		"unsupported.example.net.txt:3: next_page_link: pare never fetches",
		"unsupported.example.net.txt:4: single_page_link: pare never fetches",
		"unsupported.example.net.txt:5: http_header(user-agent): pare never fetches",
		"unsupported.example.net.txt:6: unsupported directive wrap_in",
		`unsupported.example.net.txt:7: unsupported directive "dissolve"`,
		`unsupported.example.net.txt:8: unsupported directive "titl"`,
		"unsupported.example.net.txt:9: not a directive",
		"unsupported.example.net.txt:10: strip: bad XPath expression",
		"unsupported.example.net.txt:11: find_string without a replace_string",
		`unsupported.example.net.txt:12: autodetect_on_failure: "maybe" is neither yes nor no`,
	}
	var got []string
	for _, w := range rep.Warnings {
		got = append(got, w.String())
	}
	if len(got) != len(want) {
		t.Errorf("%d warnings, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for i := range min(len(got), len(want)) {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("warning %d = %q, want it to start %q", i, got[i], want[i])
		}
	}
	if rep.Files != 5 || rep.Expressions != 13 {
		t.Errorf("report: %d files, %d expressions; want 5 and 13", rep.Files, rep.Expressions)
	}
}

// TestSiteConfigHostile holds the limits: what breaks one is an error
// naming the file, and none costs more than its bytes.
func TestSiteConfigHostile(t *testing.T) {
	tests := []struct {
		name, file, src string
		err             error  // for a file that must not load
		warn            string // for a line that must be dropped
	}{
		{name: "too large", file: "a.com.txt", src: strings.Repeat("body: //p\n", 30000), err: rules.ErrFileTooLarge},
		{name: "too many lines", file: "a.com.txt", src: strings.Repeat("\n", rules.MaxSiteConfigLines+1), err: rules.ErrFileTooLarge},
		{name: "a long line", file: "a.com.txt", src: "body: //p[@x='" + strings.Repeat("x", rules.MaxSiteConfigLineBytes) + "']", err: rules.ErrFileTooLarge},
		{name: "nul bytes", file: "a.com.txt", src: "body: //p\x00", err: rules.ErrNotText},
		{name: "invalid utf-8", file: "a.com.txt", src: "title: //h1[.='\xff']", err: rules.ErrNotText},
		{name: "a long expression", file: "a.com.txt", src: "body: //p[@x='" + strings.Repeat("x", rules.MaxXPathBytes) + "']", warn: "a.com.txt:1: body: bad XPath expression"},
		{name: "nested predicates", file: "a.com.txt", src: "body: //*[.//*[.//*[.//*[.//*]]]]", warn: "a.com.txt:1: body: bad XPath expression: predicates nest"},
		{name: "an absolute path in a predicate", file: "a.com.txt", src: "body: //table[//a[contains(@href, '/x')]]", warn: "a.com.txt:1: body: bad XPath expression: an absolute path inside a predicate"},
		{name: "a parser crash", file: "a.com.txt", src: "body: //div[contains(@class='x')]", warn: "a.com.txt:1: body: bad XPath expression"},
		{name: "an empty call", file: "a.com.txt", src: "replace_string(): x", warn: "a.com.txt:1: replace_string(): nothing to find"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			set, rep, err := rules.LoadSiteConfigs(mapFS(map[string]string{tc.file: tc.src}))
			if tc.err != nil {
				var re *rules.Error
				if !errors.Is(err, tc.err) || !errors.As(err, &re) || re.File != tc.file || set != nil {
					t.Fatalf("err = %v, set %v; want an *Error for %s wrapping %v", err, set, tc.file, tc.err)
				}
				return
			}
			if err != nil || len(rep.Warnings) != 1 || !strings.HasPrefix(rep.Warnings[0].String(), tc.warn) {
				t.Fatalf("err %v, warnings %v; want one starting %q", err, rep.Warnings, tc.warn)
			}
		})
	}
	t.Run("two files for one host", func(t *testing.T) {
		_, _, err := rules.LoadSiteConfigs(mapFS(map[string]string{"a/x.com.txt": "body: //p", "b/x.com.txt": "body: //div"}))
		if !errors.Is(err, rules.ErrDuplicateHost) || !strings.Contains(err.Error(), "a/x.com.txt") {
			t.Errorf("err = %v; want a duplicate host naming the first file", err)
		}
	})
	t.Run("a failing evaluation finds nothing", func(t *testing.T) {
		// substring() with a node-set it cannot read must not panic.
		sel, err := rules.CompileXPathText("substring(//p, 'x')")
		if err != nil {
			t.Skip("rejected at compile time:", err)
		}
		sel.Find(parseHTML(t, "<p>a</p>"))
	})
}

// TestSiteConfigCollection loads every file of the FiveFilters
// collection beside the repository: none may fail to load.
func TestSiteConfigCollection(t *testing.T) {
	if _, err := os.Stat(siteConfigDir); err != nil {
		t.Skipf("no %s: %v", siteConfigDir, err)
	}
	set, rep, err := rules.LoadSiteConfigs(os.DirFS(siteConfigDir))
	if err != nil {
		t.Fatalf("the collection does not load:\n%v", err)
	}
	t.Logf("%d site configs loaded, %d expressions compiled, %d warnings", rep.Files, rep.Expressions, len(rep.Warnings))
	entries, err := os.ReadDir(siteConfigDir)
	if err != nil {
		t.Fatal(err)
	}
	txt := 0
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".txt") && e.Name() != "LICENSE.txt" {
			txt++
		}
	}
	if rep.Files != txt || len(set.Rules()) != txt {
		t.Errorf("%d files loaded, %d rules, of %d site configs", rep.Files, len(set.Rules()), txt)
	}
	if rep.Expressions < 2*txt {
		t.Errorf("only %d expressions compiled from %d files", rep.Expressions, txt)
	}
	for _, w := range rep.Warnings {
		if w.Line == 0 && w.File != "LICENSE.txt" {
			t.Errorf("a warning without a line: %s", w)
		}
	}
}

// TestXPathCostGuards holds which expressions compile: every shape the
// FiveFilters collection uses, not the ones whose cost grows with a
// power of the page's size.
func TestXPathCostGuards(t *testing.T) {
	for _, tc := range []struct {
		expr string
		ok   bool
	}{
		{"//div[@id='a']//p", true},
		{"//*[@itemprop='text'][ancestor::*[@itemscope][1]/@itemtype='https://schema.org/Question']", true},
		{"//p[preceding::hr]/span", true},
		{"//div[contains(@class, 'a/b') and .//p]", true}, // a slash in a literal
		{"//a[@href = concat('/', 'x')]", true},
		{"//table[//a]", false},
		{"//p[count(/html//*) > 1]", false},
		{"//*[.//*[.//*[.//*[.//*]]]]", false},
	} {
		_, err := rules.CompileXPath(tc.expr)
		if (err == nil) != tc.ok {
			t.Errorf("CompileXPath(%q) = %v; want ok %v", tc.expr, err, tc.ok)
		}
	}
}
