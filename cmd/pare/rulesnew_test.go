package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pare-dev/pare/rules"
	"golang.org/x/net/html"
)

const captionsPage = "../../testdata/generic/captions.html"

// TestRulesNew scaffolds a rule from a saved page: the rule loads, holds
// the selectors of the nodes pare chose, its test passes under pare rules
// test, and a second run refuses to overwrite it.
func TestRulesNew(t *testing.T) {
	dir := t.TempDir()
	status, out, stderr := pareRun(t, "", "rules", "new", "-dir", dir, "ledger.example.com", captionsPage)
	if status != exitOK {
		t.Fatalf("status %d\n%s%s", status, out, stderr)
	}
	file := filepath.Join(dir, "ledger.example.com.yaml")
	if readFile(t, filepath.Join(dir, "ledger.example.com", "captions.html")) != readFile(t, captionsPage) {
		t.Error("the fixture is not the page")
	}
	set, err := rules.Load(os.DirFS(dir))
	if err != nil {
		t.Fatalf("the draft does not load: %v\n%s", err, readFile(t, file))
	}
	r := set.Match("www.ledger.example.com")
	if r == nil {
		t.Fatal("the draft does not serve its host")
	}
	for field, want := range map[string]string{"article": "article.article", "title": "h1.article__headline"} {
		got := map[string]string{"article": r.Article.String(), "title": r.Title.String()}[field]
		if got != want {
			t.Errorf("%s = %q, want %q", field, got, want)
		}
	}
	if len(r.Strip) == 0 || len(r.Tests) != 1 || r.Tests[0].Articles != 1 || len(r.Tests[0].Contain) != 1 || len(r.Tests[0].Exclude) != 1 {
		t.Errorf("strips %d, tests %+v", len(r.Strip), r.Tests)
	}
	if !strings.Contains(readFile(t, file), `published: "div.article__meta" was tried and left out`) {
		t.Errorf("the draft does not say why it left the date out:\n%s", readFile(t, file))
	}
	if status, out, _ := pareRun(t, "", "rules", "test", dir); status != exitOK || !strings.Contains(out, "1 passed, 0 failed (0 on the generic path") {
		t.Errorf("pare rules test on the draft: status %d\n%s", status, out)
	}
	before := readFile(t, file)
	if status, _, stderr := pareRun(t, "", "rules", "new", "-dir", dir, "ledger.example.com", captionsPage); status != exitFailed || !strings.Contains(stderr, "not overwriting") {
		t.Errorf("a second run: status %d, %q", status, stderr)
	}
	if readFile(t, file) != before {
		t.Error("a second run changed the rule")
	}
}

// TestRulesNewHost: a page whose URL is on another host is refused, as
// its rule would not serve it, until -url gives its address (kept in a
// sidecar, so pare rules test finds it too); a page without an article
// is refused.
func TestRulesNewHost(t *testing.T) {
	dir := t.TempDir()
	if status, _, stderr := pareRun(t, "", "rules", "new", "-dir", dir, "other.example.net", captionsPage); status != exitFailed || !strings.Contains(stderr, "is not on other.example.net") {
		t.Errorf("another host: status %d, %q", status, stderr)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a refused run wrote %d files", len(entries))
	}
	status, out, stderr := pareRun(t, "", "rules", "new", "-dir", dir, "-url", "https://other.example.net/rail", "other.example.net", captionsPage)
	if status != exitOK {
		t.Fatalf("with -url: status %d\n%s%s", status, out, stderr)
	}
	if got := readFile(t, filepath.Join(dir, "other.example.net", "captions.url")); got != "https://other.example.net/rail\n" {
		t.Errorf("sidecar = %q", got)
	}
	if status, out, _ := pareRun(t, "", "rules", "test", dir); status != exitOK {
		t.Errorf("pare rules test: status %d\n%s", status, out)
	}
	if status, _, stderr := pareRun(t, "", "rules", "new", "-dir", dir, "news.example.com", noArticle); status != exitFailed || !strings.Contains(stderr, "no article") {
		t.Errorf("a page without an article: status %d, %q", status, stderr)
	}
	for _, host := range []string{"../evil.com", "example", "a/b.com", ".example.com"} {
		if status, _, stderr := pareRun(t, "", "rules", "new", "-dir", dir, host, captionsPage); status != exitFailed || !strings.Contains(stderr, "not a host name") {
			t.Errorf("host %q: status %d, %q", host, status, stderr)
		}
	}
	if status, _, _ := pareRun(t, "", "rules", "new", "example.com"); status != exitUsage {
		t.Errorf("one argument: status %d", status)
	}
}

func TestStableToken(t *testing.T) {
	for tok, want := range map[string]bool{
		"article-body": true, "entry_title": true, "h2": true, "col-md-12": true,
		"post-2754301": false, "css-1q2w3e": false, "mt4": true, "grid-2x2": true, "x123": false, "9lives": false, "": false,
		"a:b": false, "ÿ": false, strings.Repeat("a", 41): false,
	} {
		if got := stableToken(tok); got != want {
			t.Errorf("stableToken(%q) = %v, want %v", tok, got, want)
		}
	}
}

func TestSelectorFor(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<body>
<div id="main"><article class="post-123456 story lead"><h1>One</h1><p class="x">a</p></article>
<article class="story"><h1 class="title">Two</h1><p class="x">b</p></article></div>
<aside><p class="x">c</p></aside></body>`))
	if err != nil {
		t.Fatal(err)
	}
	find := func(text string) *html.Node { return elementByText(doc, text, 0) }
	for _, tc := range []struct {
		text, want string
	}{
		{"One", "h1"},             // unique as a tag in its scope (the article)
		{"Two", "h1.title"},       // its class, before its tag
		{"c", "aside p.x"},        // qualified by its parent
		{"a", "article.lead p.x"}, // the generated class is passed over
	} {
		n := find(tc.text)
		scope := doc
		if tc.text == "One" {
			scope = n.Parent
		}
		if got := selectorFor(n, scope); got != tc.want {
			t.Errorf("selectorFor(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	if got := find("b").Data; got != "p" {
		t.Errorf("elementByText found <%s>, want the deepest element", got)
	}
}
