package extract_test

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/pare-dev/pare/extract"
)

// hostilePara is a paragraph of running text, so that the stories below
// read as articles.
func hostilePara(topic string, n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "<p>Paragraph %d about %s, long enough to read as running text, with a clause or two, and a full stop at its end.</p>\n", i, topic)
	}
	return b.String()
}

// TestURLsAreHTTP holds every URL pare emits to http(s): a page's
// JSON-LD url, an appended story's data-url, the caller's URL, links,
// image sources and citations in the HTML (issue 14: Article.URL took
// javascript: from JSON-LD and from data-url).
func TestURLsAreHTTP(t *testing.T) {
	page := `<html><head><title>Ferry timetable extended</title>` +
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry timetable extended","url":"javascript:alert(1)"}</script></head><body>` +
		`<div class="story"><h1 class="headline">Ferry timetable extended</h1><p class="meta">By Ana Ruiz | March 3, 2024</p><div class="body">` +
		hostilePara("ferries", 5) +
		`<p>Links: <a href="javascript:alert(2)">one</a>, <a href="JaVaScRiPt:alert(3)">two</a>, <a href="data:text/html,x">three</a>, ` +
		`<a href="vbscript:x">four</a>, <a href="mailto:a@example.com">five</a>, <a href="java&#9;script:alert(4)">six</a>, ` +
		`<a href="https://ok.example/a">seven</a> and <a href="/relative">eight</a>.</p>` +
		`<blockquote cite="javascript:alert(5)"><p>A quoted line of some length that a reader would see in the story body.</p></blockquote>` +
		`<p><img src="javascript:alert(6)" alt="x"><img data-src="data:image/png;base64,AAAA" src="" alt="y"></p>` +
		`</div></div>` +
		`<div class="next" data-url="javascript:alert(7)"><h2>Library opens</h2>` + hostilePara("books", 3) + `</div>` +
		`</body></html>`
	for _, pageURL := range []string{"javascript:alert(8)", "https://news.example.com/ferry", ""} {
		t.Run(pageURL, func(t *testing.T) {
			res, err := newExtractor(t, extract.Options{}).Extract(context.Background(), strings.NewReader(page), pageURL)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Articles) != 2 {
				t.Fatalf("%d articles, want 2", len(res.Articles))
			}
			check := func(what, u string) {
				if u != "" && !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") {
					t.Errorf("%s = %q, want http(s) or empty", what, u)
				}
			}
			check("Result.URL", res.URL)
			for i, a := range res.Articles {
				check(fmt.Sprintf("Article[%d].URL", i), a.URL)
				for _, m := range urlAttrRe.FindAllStringSubmatch(a.HTML, -1) {
					check(fmt.Sprintf("Article[%d].HTML %s", i, m[1]), m[2])
				}
				if strings.Contains(strings.ToLower(a.Markdown), "javascript") {
					t.Errorf("Article[%d].Markdown holds javascript:\n%s", i, a.Markdown)
				}
			}
			if !strings.Contains(res.Articles[0].HTML, `href="https://ok.example/a"`) {
				t.Errorf("the http link is gone:\n%s", res.Articles[0].HTML)
			}
		})
	}
}

var urlAttrRe = regexp.MustCompile(`\s(href|src|cite|srcset|action|formaction|poster|background)="([^"]*)"`)

// TestNoControlCharacters holds every text pare emits free of control
// characters other than newline and tab: ESC and BEL in the title, the
// byline, the body, a <pre> block, the HTML, the metadata (issue 14).
func TestNoControlCharacters(t *testing.T) {
	const esc = "\x1b[2J\x1b]0;owned\x07"
	page := `<html lang="en` + esc + `"><head><title>Ferry` + esc + ` timetable extended</title>` +
		`<meta property="og:site_name" content="Harbour` + esc + ` News">` +
		`<meta name="author" content="Ana` + esc + ` Ruiz">` +
		`<meta property="article:published_time" content="2024-03-03` + esc + `">` +
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry\u001b timetable extended","author":{"name":"Ana\u0007 Ruiz"},"description":"x\u001by"}</script></head><body>` +
		`<h1>Ferry` + esc + ` timetable extended</h1><p class="meta">By Ana` + esc + ` Ruiz</p>` +
		hostilePara("ferries"+esc, 5) +
		`<pre>code` + esc + "\r\n\tindented\x0c\x7f\u0085\u009b</pre>" +
		`<p><img src="https://img.example/a.png" alt="a` + esc + `"> The end` + esc + ` of the story, with &#27;escape&#7; written as references.</p>` +
		`</body></html>`
	res, err := newExtractor(t, extract.Options{}).Extract(context.Background(), strings.NewReader(page), "https://news.example.com/ferry")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Articles) != 1 {
		t.Fatalf("%d articles, want 1", len(res.Articles))
	}
	out, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	// encoding/json writes every control character as \u00XX (and \n,
	// \t as themselves escaped), so the JSON shows any that got through.
	var strs []string
	collectStrings(res, &strs)
	for _, s := range strs {
		for _, r := range s {
			if (r < 0x20 || 0x7f <= r && r <= 0x9f) && r != '\n' && r != '\t' {
				t.Errorf("control character %U in %q", r, s)
				break
			}
		}
	}
	if !strings.Contains(res.Articles[0].Text, "indented") || len(strs) < 10 {
		t.Errorf("text lost or too few strings checked (%d):\n%s", len(strs), out)
	}
}

// collectStrings gathers every string of v, a Result, through its JSON
// form, so that a field added later is checked too.
func collectStrings(v any, out *[]string) {
	data, _ := json.Marshal(v)
	var tree any
	_ = json.Unmarshal(data, &tree)
	var visit func(any)
	visit = func(x any) {
		switch t := x.(type) {
		case string:
			*out = append(*out, t)
		case []any:
			for _, e := range t {
				visit(e)
			}
		case map[string]any:
			for _, e := range t {
				visit(e)
			}
		}
	}
	visit(tree)
}

// TestNoIDs: id attributes from the page do not reach Article.HTML.
func TestNoIDs(t *testing.T) {
	page := `<html><body><article id="main"><h1 id="t">Ferry timetable extended</h1>` +
		strings.Replace(hostilePara("ferries", 4), "<p>", `<p id="p1">`, 1) + `</article></body></html>`
	res, err := newExtractor(t, extract.Options{}).Extract(context.Background(), strings.NewReader(page), "https://news.example.com/ferry")
	if err != nil || len(res.Articles) != 1 {
		t.Fatalf("err %v, %d articles", err, len(res.Articles))
	}
	if h := res.Articles[0].HTML; strings.Contains(h, " id=") || !strings.Contains(h, "Paragraph 1") {
		t.Errorf("HTML keeps an id or lost its text:\n%s", h)
	}
}
