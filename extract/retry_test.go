package extract_test

import (
	"strings"
	"testing"

	"github.com/pare-dev/pare/extract"
)

// TestRetryKeepsArticle: a body found only once the class-word marks are
// lifted keeps the parts that hold an article's worth of text each, when
// putting every mark back would leave it no article (keepFound). The
// teasers of a front page stay under theirs: the generic/no-article
// golden.
func TestRetryKeepsArticle(t *testing.T) {
	para := func(s string) string {
		return "<p>" + strings.Repeat(s+" ", 3) + "</p>"
	}
	nav := `<nav><ul><li><a href="/">Home</a></li><li><a href="/tests">Tests</a></li><li><a href="/news">News</a></li></ul></nav>`
	cases := []struct {
		name, body string
		want       int
		has        string
	}{
		{"review-sections-classed-ads", `<main><article><h1>Grill under test</h1>` +
			`<section class="report__section report__section--ads"><h2>Verdict</h2>` + para("The grill heats quickly, browns a steak evenly in about three minutes and cleans up with a damp cloth afterwards.") + `</section>` +
			`<section class="report__section report__section--ads"><h2>In the box</h2>` + para("The box holds the grill, a pizza stone, a rack, a handle for the rack and a short manual in six languages.") + `</section>` +
			`<section class="report__section report__section--ads"><h2>Price</h2>` + para("At two hundred euros the grill costs a third of what its better known rivals ask, for much the same result.") + `</section>` +
			`<section class="report__section report__section--ads"><h2>Cleaning</h2>` + para("The rack and the drip tray go in the dishwasher, the burner wants a dry brush once it has cooled for an hour.") + `</section>` +
			`</article></main>`, 1, "pizza stone"},
	}
	ex, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><title>Page</title></head><body>` + nav + tc.body + `</body></html>`
			res := extractString(t, ex, page, "https://example.com/page")
			if len(res.Articles) != tc.want {
				t.Fatalf("%d articles, want %d (reason: %v)", len(res.Articles), tc.want, res.Reason)
			}
			if tc.want > 0 && !strings.Contains(res.Articles[0].Text, tc.has) {
				t.Errorf("text lacks %q:\n%s", tc.has, res.Articles[0].Text)
			}
		})
	}
}
