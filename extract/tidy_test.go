package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// firstOf parses page and returns its first element a.
func parseFirst(t *testing.T, page string, a atom.Atom) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	n := firstElem(doc, a)
	if n == nil {
		t.Fatalf("no <%s> in %s", a, page)
	}
	return n
}

func TestCodeLanguage(t *testing.T) {
	tests := []struct{ page, want string }{
		{`<pre><code class="language-js">x</code></pre>`, "js"},
		{`<pre class="lang-Go">x</pre>`, "go"},
		{`<div class="highlight highlight-source-python"><pre>x</pre></div>`, "python"},
		{`<div class="highlight-c++ notranslate"><div class="highlight"><pre>x</pre></div></div>`, "c++"},
		{`<pre data-lang="shellscript">x</pre>`, "shellscript"},
		{`<pre><code class="language-none">x</code></pre>`, ""},
		{`<pre class="language-<script>">x</pre>`, ""},
		{`<pre>x</pre>`, ""},
	}
	for _, tc := range tests {
		if got := codeLanguage(parseFirst(t, tc.page, atom.Pre)); got != tc.want {
			t.Errorf("%s: language %q, want %q", tc.page, got, tc.want)
		}
	}
}

func TestLineNumbers(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"1\n2\n3", true},
		{" 1\n 2\n\n 3\n", true},
		{"1", false},       // one line says nothing
		{"1\n3\n4", false}, // not a gutter
		{"10\n20", false},
		{"x := 1\ny := 2", false},
	}
	for _, tc := range tests {
		if got := lineNumbers(tc.text); got != tc.want {
			t.Errorf("lineNumbers(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestFurnitureImage(t *testing.T) {
	tests := []struct {
		page string
		want bool
	}{
		{`<img src="https://example.com/photo.jpg" width="800" height="600">`, false},
		{`<img src="https://example.com/pixel-7-review.jpg" alt="The Pixel 7">`, false},
		{`<img src="https://example.com/new-logo-unveiled.jpg">`, false},
		{`<img src="https://example.com/t.gif" width="1" height="1">`, true},
		{`<img src="https://example.com/b.jpg" width="728px" height="90">`, true},
		{`<img src="https://example.com/ads/b.jpg">`, true},
		{`<img src="https://example.com/banner_300x250.jpg">`, true},
		{`<img class="site-logo" src="https://example.com/l.png">`, true},
		{`<a class="navbar-brand logo" href="/"><img src="https://example.com/l.png"></a>`, true},
		{`<div class="ad-slot"><a href="/x"><img src="https://example.com/x.jpg"></a></div>`, true},
		{`<a href="https://ad.doubleclick.net/x"><img src="https://example.com/x.jpg"></a>`, true},
		{`<img src="https://tpc.googlesyndication.com/x.jpg">`, true},
		// An article whose class names ads keeps its pictures: the climb
		// stops at an element that holds text.
		{`<article class="post has-ads"><p>Text of the article.</p><figure><img src="https://example.com/p.jpg"></figure></article>`, false},
	}
	for _, tc := range tests {
		_, got := furnitureImage(parseFirst(t, tc.page, atom.Img), nil)
		if got != tc.want {
			t.Errorf("%s: furniture %v, want %v", tc.page, got, tc.want)
		}
	}
}

func TestLayoutTable(t *testing.T) {
	long := strings.Repeat("The quay cost forty million euros to build. ", 8)
	tests := []struct {
		page string
		want bool
	}{
		{`<table><tr><th>Year</th><th>Ships</th></tr><tr><td>2023</td><td>155</td></tr></table>`, false},
		{`<table><tr><td><p>2023</p></td><td><p>155</p></td></tr><tr><td>2024</td><td>171</td></tr></table>`, false},
		{`<table role="presentation"><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>`, true},
		{`<table><tr><td>a</td></tr><tr><td>b</td></tr></table>`, true},                              // one column
		{`<table><tr><td>a</td><td>b</td></tr></table>`, true},                                       // one row
		{`<table><tr><td><h2>A</h2></td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>`, true}, // a heading
		{`<table><tr><td><pre>1</pre></td><td><pre>x</pre></td></tr><tr><td>c</td><td>d</td></tr></table>`, true},
		{`<table><tr><td><p>` + long + `</p></td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>`, true},
	}
	for _, tc := range tests {
		if got := layoutTable(parseFirst(t, tc.page, atom.Table)); got != tc.want {
			t.Errorf("%.80s: layout %v, want %v", tc.page, got, tc.want)
		}
	}
}

func TestTrimPermalink(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Installation¶", "Installation"},
		{"History[edit]", "History"},
		{"History [edit source]", "History"},
		{"Usage #", "Usage"},
		{"C#", "C#"},
		{"Read the link", "Read the link"},
		{"¶", "¶"},
	}
	for _, tc := range tests {
		if got := trimPermalink(tc.in); got != tc.want {
			t.Errorf("trimPermalink(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDropEmpty(t *testing.T) {
	in := `<div><div> </div><span></span><p><br></p><figure><figcaption></figcaption></figure>` +
		`<p>kept <b></b>text<br>here</p><img src="https://example.com/a.jpg"><img alt="no source">` +
		`<table><tr><td></td><td>x</td></tr><tr><td></td><td> </td></tr></table><hr></div>`
	root := parseFirst(t, `<body>`+in, atom.Div)
	dropEmpty(root)
	var sb strings.Builder
	if err := html.Render(&sb, root); err != nil {
		t.Fatal(err)
	}
	want := `<div><p>kept text<br/>here</p><img src="https://example.com/a.jpg"/><table><tbody><tr><td></td><td>x</td></tr></tbody></table><hr/></div>`
	if got := sb.String(); got != want {
		t.Errorf("dropEmpty:\n got %s\nwant %s", got, want)
	}
}
