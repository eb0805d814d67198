package extract_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/pare-dev/pare/extract"
)

// TestAllPages holds Options.AllPages: a page that is no article yields
// nothing by default and its main content when asked, marked NotArticle,
// with the reason it is no article; an article page is the same either
// way.
func TestAllPages(t *testing.T) {
	var list strings.Builder
	for i := 1; i <= 8; i++ {
		fmt.Fprintf(&list, `<li><a href="/p/%d">Product %d</a> <span class="price">$%d.99</span></li>`, i, i, 10+i)
	}
	shop := `<html><head><title>Coffee | Roastery</title></head><body><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav>` +
		`<main><h1>Coffee</h1><p>12 products</p><ul class="grid">` + list.String() + `</ul></main><footer>© Roastery</footer></body></html>`
	article := `<html><body><article><h1>Ferry timetable extended</h1>` + story + `</article></body></html>`
	var ranks strings.Builder
	for i := 1; i <= 150; i++ {
		fmt.Fprintf(&ranks, `<div class="row"><span class="n">%02d.</span> <a href="/singer/%d">Singer number %d</a> <span>of the band %d</span></div>`, i, i, i, i)
	}
	ranked := `<html><body><nav><a href="/">Home</a></nav><div class="entry"><h1>The hundred best voices</h1><div class="intro">` + story + `</div>` +
		`<div class="ranking">` + ranks.String() + `</div></div><footer>© Roastery</footer></body></html>`
	var changes strings.Builder
	for i := 1; i <= 12; i++ {
		fmt.Fprintf(&changes, `<li><a href="https://git.example.org/pull/%d">Fix the ferry timetable importer, part %d of the series</a></li>`, i, i)
	}
	// A thread whose opening post is a changelog: taken for an article,
	// then trimmed away whole as a link list.
	changelog := `<html><body><nav><a href="/">Home</a></nav><article><h1>Development update</h1><div class="post">` +
		`<p>Here is our regular update that explains what we have been working on for the past two weeks, so that users can keep up with the work without reading the code reviews.</p>` +
		`<ul>` + changes.String() + `</ul></div></article><footer>© Roastery</footer></body></html>`

	for _, tc := range []struct {
		name     string
		page     string
		allPages bool
		want     int
		notArt   bool
		contains string
	}{
		{"shop page, default", shop, false, 0, false, ""},
		{"shop page, all pages", shop, true, 1, true, "Product 8 $18.99"},
		{"article, default", article, false, 1, false, "largest in the town"},
		{"article, all pages", article, true, 1, false, "largest in the town"},
		{"changelog post, default", changelog, false, 0, false, ""},
		{"changelog post, all pages", changelog, true, 1, true, "part 12 of the series"},
		{"intro over a long list, all pages: both", ranked, true, 1, true, "largest in the town"},
		{"intro over a long list, all pages: the list", ranked, true, 1, true, "150. Singer number 150"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ex := newExtractor(t, extract.Options{AllPages: tc.allPages})
			res, err := ex.Extract(context.Background(), strings.NewReader(tc.page), "https://shop.example.com/coffee")
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Articles) != tc.want {
				t.Fatalf("%d articles, want %d (reason %q)", len(res.Articles), tc.want, res.Reason)
			}
			if tc.want == 0 {
				if res.Reason.IsZero() {
					t.Error("no article and no reason")
				}
				return
			}
			a := res.Articles[0]
			if a.NotArticle != tc.notArt {
				t.Errorf("NotArticle = %v", a.NotArticle)
			}
			if tc.notArt && (res.Reason.IsZero() || res.Fallback != "main content") {
				t.Errorf("main content without reason or fallback: %q %q", res.Reason, res.Fallback)
			}
			if !strings.Contains(strings.ReplaceAll(a.Text, "\n", " "), tc.contains) {
				t.Errorf("text lacks %q:\n%s", tc.contains, a.Text)
			}
			if strings.Contains(a.Text, "Home") || strings.Contains(a.Text, "Roastery") {
				t.Errorf("navigation or footer kept:\n%s", a.Text)
			}
		})
	}
}

// TestDescriptionFallback holds the description fallback
// (descriptionArticle): with AllPages, a page whose body holds no text
// (a forum whose posts a script loads) yields its longest description as
// its main content, still saying that the page holds no text; without
// AllPages, or with a description too short for the article gate, it
// yields nothing.
func TestDescriptionFallback(t *testing.T) {
	long := "Hello everyone! I am new to astronomy and excited to start exploring the night sky. I would love some advice on choosing my first telescope, something beginner-friendly but still powerful enough to see planets and deep-sky objects. My budget is around 400 dollars."
	shell := func(meta string) string {
		return `<html><head><title>First telescope?</title>` + meta + `</head><body><div id="splash"><div class="dots"></div></div><noscript></noscript></body></html>`
	}
	both := shell(`<meta name="description" content="Hello everyone! I am new to astronomy and excited to…"><meta property="og:description" content="` + long + `">`)
	for _, tc := range []struct {
		name     string
		page     string
		allPages bool
		want     string
	}{
		{"the longer of two descriptions, all pages", both, true, "My budget is around 400 dollars."},
		{"default", both, false, ""},
		{"a short description", shell(`<meta name="description" content="A forum about the night sky.">`), true, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ex := newExtractor(t, extract.Options{AllPages: tc.allPages})
			res, err := ex.Extract(context.Background(), strings.NewReader(tc.page), "https://forum.example.org/t/first-telescope/1555")
			if err != nil {
				t.Fatal(err)
			}
			if res.Reason.Kind != extract.NoText {
				t.Errorf("reason %q, want the page's lack of text", res.Reason)
			}
			if a := articleHolding(t, res, tc.want); a != nil {
				if !a.NotArticle || res.Fallback != "description" {
					t.Errorf("NotArticle %v, fallback %q: want the main content, by description", a.NotArticle, res.Fallback)
				}
			}
		})
	}
}
