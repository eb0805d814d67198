package extract_test

import (
	"context"
	"html"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"

	"github.com/pare-dev/pare/extract"
)

// renderPage is a page around one article body, with enough prose for
// the body to read as an article.
func renderPage(body string) string {
	return `<html><head><title>Quay report</title></head><body><header><a href="/"><img class="site-logo" src="/logo.png" alt="Example News"></a></header><article><h1>The quay report</h1>` +
		`<p>The harbour authority said on Monday that the new quay would open next spring, after two years of building work that closed the eastern basin to ferries and cargo ships alike.</p>` +
		body +
		`<p>Ferry operators welcomed the news, saying the eastern basin was the only berth deep enough for the larger boats they plan to bring into service next year.</p></article></body></html>`
}

// TestRenderings holds what each rendering keeps and leaves out, per
// case and per option: the text, HTML and Markdown must contain every
// "want" string and none of the "not" strings.
func TestRenderings(t *testing.T) {
	type want struct{ text, html, md, notText, notHTML, notMD []string }
	tests := []struct {
		name string
		opts extract.Options
		body string
		want want
	}{
		{
			name: "code keeps its lines and its language",
			body: `<pre><code class="language-go"><span class="c1">// ...</span>` + "\n" + `<div>func main() {</div><div>}</div></code></pre>`,
			want: want{
				text: []string{"// ...\nfunc main() {\n}"},
				html: []string{`<pre><code class="language-go">// ...` + "\nfunc main() {\n}</code></pre>"},
				md:   []string{"```go\n// ...\nfunc main() {\n}\n```"},
			},
		},
		{
			name: "line numbers beside code go",
			body: `<table class="lntable"><tr><td><pre>1` + "\n2\n3" + `</pre></td><td><pre>a := 1` + "\nb := 2\nc := a + b" + `</pre></td></tr></table>`,
			want: want{
				text:    []string{"a := 1\nb := 2\nc := a + b"},
				notText: []string{"1\n2\n3", " | "},
				notHTML: []string{"<table", "<td"},
				notMD:   []string{"| a"},
			},
		},
		{
			name: "line numbers inside each line go",
			body: `<pre><code><span class="line"><span class="ln">1</span><span class="cl">x := 1` + "\n" + `</span></span><span class="line"><span class="ln">2</span><span class="cl">y := x + 1</span></span></code></pre>` +
				`<pre><div><span>1</span><div>a := 1</div></div><div><span>2</span><div>b := 2</div></div></pre>` +
				`<pre><span>1</span>` + "\n" + `<span>2</span>` + "\n" + `<span>3</span></pre>`,
			want: want{
				text: []string{"x := 1\ny := x + 1\n\na := 1\nb := 2\n\n1\n2\n3"},
				md:   []string{"```\nx := 1\ny := x + 1\n```", "```\na := 1\nb := 2\n```"},
			},
		},
		{
			name: "data table: a line per row, a GFM table",
			body: `<table><tr><th>Year</th><th>Ships</th></tr><tr><td><p>2023</p></td><td><p>155</p><p>(est.)</p></td></tr><tr><td>2024</td><td>171</td></tr></table>`,
			want: want{
				text: []string{"Year | Ships\n2023 | 155 (est.)\n2024 | 171"},
				html: []string{"<table>", "<td>155<br/>(est.)</td>"},
				md:   []string{"| Year | Ships |\n|---|---|\n", "| 2024 | 171 |"},
			},
		},
		{
			name: "layout table unwrapped",
			body: `<table><tr><td><p>The quay cost 40 million euros, paid by the port and the region, and the report says it will pay for itself in twenty years of harbour fees and rents.</p></td><td><p>Its director said the port would handle more passengers than it did before, even with one basin closed for the whole of next summer.</p></td></tr></table>`,
			want: want{
				text:    []string{"harbour fees and rents.\n\nIts director"},
				notText: []string{" | "},
				notHTML: []string{"<table", "<td"},
				notMD:   []string{"|"},
			},
		},
		{
			name: "tables off",
			opts: extract.Options{NoTables: true},
			body: `<table><tr><th>Year</th><th>Ships</th></tr><tr><td>2024</td><td>171</td></tr></table>`,
			want: want{notText: []string{"Ships", "171"}, notHTML: []string{"<table", "171"}, notMD: []string{"171"}},
		},
		{
			name: "figure: image kept with its alt text, caption out",
			body: `<figure><img src="https://example.com/quay.jpg" alt="Who’s “right”? A: $5 &amp; more" width="800" height="600"><figcaption>The quay at dawn. Photo: J. Doe</figcaption></figure>`,
			want: want{
				html:    []string{`alt="Who’s “right”? A: $5 &amp; more"`, "<figure><img"},
				md:      []string{"![Who’s “right”? A: $5 & more](https://example.com/quay.jpg)"},
				notText: []string{"Photo: J. Doe"}, notHTML: []string{"figcaption", "J. Doe"}, notMD: []string{"J. Doe"},
			},
		},
		{
			name: "captions kept on request",
			opts: extract.Options{Captions: true},
			body: `<figure><img src="https://example.com/quay.jpg" alt="The quay"><figcaption>The quay at dawn. Photo: J. Doe</figcaption></figure>`,
			want: want{text: []string{"The quay at dawn. Photo: J. Doe"}, html: []string{"<figcaption>The quay at dawn. Photo: J. Doe</figcaption>"}, md: []string{"Photo: J. Doe"}},
		},
		{
			name: "ads, trackers and logos go, with the wrappers they leave empty",
			body: `<div class="ad-container"><a href="https://ad.doubleclick.net/c?x"><img src="https://cdn.example.com/x.gif"></a></div>` +
				`<p><img src="https://example.com/b.jpg" width="728" height="90"><img src="https://example.com/t.gif" width="1" height="1"></p>` +
				`<p><a href="https://www.googleadservices.com/x"><img src="https://example.com/promo.jpg"></a></p>` +
				`<h2><a href="/"><img class="brand-logo" src="/l.png" alt="Example"></a></h2>` +
				`<figure><img src="https://example.com/ads/leader.jpg"></figure>`,
			want: want{
				notHTML: []string{"<img", "<figure", "<h2", "<div></div>", "<p></p>", "<a "},
				notMD:   []string{"![", "#"},
			},
		},
		{
			name: "a heading of an image: a logo goes, a title picture is a paragraph",
			body: `<h2><a href="https://news.example.com/"><img src="https://news.example.com/brand.png" alt="Example News"></a></h2>` +
				`<h2><img src="https://news.example.com/title.png" alt="Chapter one"></h2>`,
			want: want{
				html:    []string{`<p><img src="https://news.example.com/title.png" alt="Chapter one"/></p>`},
				md:      []string{"![Chapter one](https://news.example.com/title.png)"},
				notHTML: []string{"brand.png", "<h2"},
				notMD:   []string{"#"},
			},
		},
		{
			name: "images off",
			opts: extract.Options{NoImages: true},
			body: `<figure><img src="https://example.com/quay.jpg" alt="The quay"></figure>`,
			want: want{notHTML: []string{"<img", "<figure"}, notMD: []string{"!["}},
		},
		{
			name: "links off",
			opts: extract.Options{NoLinks: true},
			body: `<p>Read <a href="https://example.com/report">the full report</a> on the port's site, which sets out the figures for every basin and every year since the port opened.</p>`,
			want: want{html: []string{"Read the full report on"}, md: []string{"Read the full report on"}, notHTML: []string{"<a "}, notMD: []string{"](https"}},
		},
		{
			name: "headings without permalinks",
			body: `<h2 id="a">Costs<a class="headerlink" href="#a">¶</a></h2><p>The quay cost 40 million euros, paid by the port and the region over the four years of the works.</p>` +
				`<h2><span>History</span><span class="mw-editsection">[<a href="/edit">edit</a>]</span></h2><p>The harbour was first built in 1820 and widened twice in the century that followed its opening.</p>` +
				`<h3><a class="anchor" href="#b"></a>Plans</h3><p>The port plans a third basin once the second is paid for, some time in the next decade or later.</p>`,
			want: want{
				text:    []string{"\n\nCosts\n\n", "\n\nHistory\n\n", "\n\nPlans\n\n"},
				html:    []string{"<h2>Costs</h2>", "<h3>Plans</h3>"},
				md:      []string{"## Costs\n", "## History\n", "### Plans\n"},
				notText: []string{"¶", "[edit]"}, notHTML: []string{"¶", "edit", `href="#`}, notMD: []string{"¶", "edit", "[](", "#b"},
			},
		},
		{
			name: "math as TeX, ruby without rt in text",
			body: `<p>The energy <math alttext="E = mc^2"><mi>E</mi></math> of a body at rest, and <span class="katex"><math><semantics><mi>x</mi><annotation encoding="application/x-tex">x^2</annotation></semantics></math></span> its square, written as any textbook does.</p>` +
				`<p>日本語の<ruby>子供<rp>(</rp><rt>こども</rt><rp>)</rp></ruby>は元気です。A paragraph with a ruby annotation, and enough text around it to count as prose.</p>`,
			want: want{
				text:    []string{"The energy E = mc^2 of a body", "and x^2 its square", "日本語の子供は元気です。"},
				html:    []string{"E = mc^2", "<rt>こども</rt>"},
				md:      []string{"E = mc^2"},
				notText: []string{"こども", "()"},
			},
		},
		{
			name: "definition lists, quotes and footnotes kept",
			body: `<dl><dt>Quay</dt><dd>A platform where ships load.</dd></dl><blockquote><p>We waited twenty years for this, and it is worth every one of them.</p></blockquote><p>As reported<sup><a href="#fn1">1</a></sup>.</p><ol><li id="fn1">Harbour Gazette, 2024.</li></ol>`,
			want: want{
				html: []string{"<dl><dt>Quay</dt><dd>A platform where ships load.</dd></dl>", "<blockquote>", "<sup><a", "<li>Harbour Gazette, 2024.</li>"},
				md:   []string{"> We waited", "1. Harbour Gazette, 2024."},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ex := newExtractor(t, tc.opts)
			res := extractString(t, ex, renderPage(tc.body), "https://news.example.com/quay")
			if len(res.Articles) != 1 {
				t.Fatalf("%d articles, want 1", len(res.Articles))
			}
			a := res.Articles[0]
			check := func(what, got string, want, not []string) {
				for _, w := range want {
					if !strings.Contains(got, w) {
						t.Errorf("%s lacks %q:\n%s", what, w, got)
					}
				}
				for _, w := range not {
					if strings.Contains(got, w) {
						t.Errorf("%s holds %q:\n%s", what, w, got)
					}
				}
			}
			check("text", a.Text, tc.want.text, tc.want.notText)
			check("HTML", a.HTML, tc.want.html, tc.want.notHTML)
			check("Markdown", a.Markdown, tc.want.md, tc.want.notMD)
			if strings.Contains(a.HTML, "logo") || strings.Contains(a.Markdown, "Example News") {
				t.Errorf("the site's logo is in the article:\n%s", a.Markdown)
			}
		})
	}
}

func extractString(t *testing.T, ex *extract.Extractor, page, pageURL string) *extract.Result {
	t.Helper()
	res, err := ex.Extract(context.Background(), strings.NewReader(page), pageURL)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// frontMatterFields are the front matter keys TestFrontMatter reads back.
type frontMatterFields struct {
	Title  string   `yaml:"title"`
	Author []string `yaml:"author"`
	Date   string   `yaml:"date"`
	URL    string   `yaml:"url"`
	Site   string   `yaml:"site"`
	Lang   string   `yaml:"lang"`
}

// TestFrontMatter: the YAML block before the Markdown reads back, with
// a YAML parser, as the article's metadata, whatever its characters.
func TestFrontMatter(t *testing.T) {
	title := `No: "yes" & #1 — it's [not] {over}`
	page := `<html lang="en"><head><title>x</title><meta name="keywords" content="harbour, ferries"><meta property="og:title" content="` + html.EscapeString(title) + `"><meta property="og:site_name" content="Hafen: Zeitung"><meta name="author" content="Jane Roe"><meta property="article:published_time" content="2024-05-01T10:00:00Z"></head><body><article><h1>` + html.EscapeString(title) + `</h1>` +
		`<p>The harbour authority said on Monday that the new quay would open next spring, after two years of building work that closed the eastern basin to ferries and cargo ships alike.</p>` +
		`<p>Ferry operators welcomed the news, saying the eastern basin was the only berth deep enough for the larger boats they plan to bring into service next year.</p></article></body></html>`
	for _, on := range []bool{false, true} {
		ex := newExtractor(t, extract.Options{FrontMatter: on})
		a := extractString(t, ex, page, "https://news.example.com/quay").Articles[0]
		if !on {
			if strings.HasPrefix(a.Markdown, "---") {
				t.Errorf("front matter without the option:\n%s", a.Markdown)
			}
			continue
		}
		rest, ok := strings.CutPrefix(a.Markdown, "---\n")
		fm, body, ok2 := strings.Cut(rest, "\n---\n\n")
		if !ok || !ok2 {
			t.Fatalf("no front matter block:\n%s", a.Markdown)
		}
		var got frontMatterFields
		if err := yaml.Unmarshal([]byte(fm), &got); err != nil {
			t.Fatalf("front matter does not parse: %v\n%s", err, fm)
		}
		want := frontMatterFields{a.Title, a.Authors, "2024-05-01T10:00:00Z", "https://news.example.com/quay", "Hafen: Zeitung", "en"}
		if got.Title != want.Title || strings.Join(got.Author, ",") != strings.Join(want.Author, ",") || got.Date != want.Date ||
			got.URL != want.URL || got.Site != want.Site || got.Lang != want.Lang {
			t.Errorf("front matter reads\n%+v\nwant\n%+v\n%s", got, want, fm)
		}
		if a.Title != title {
			t.Errorf("title %q, want %q", a.Title, title)
		}
		if !strings.HasPrefix(body, "The harbour authority") {
			t.Errorf("body after the front matter:\n%s", body)
		}
	}
}
