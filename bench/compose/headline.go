package compose

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pare-dev/pare/bench/metrics"
)

// How an article's headline travels with its region (Source.Headline).
const (
	HeadlineInRegion = "in-region" // the region already holds it
	HeadlineWidened  = "widened"   // the region was widened to hold it
	HeadlineCopied   = "copied"    // a copy is put before the region
	HeadlineNone     = "none"      // the page has no headline element
)

// pageTitle is the title the page gives itself: og:title, else <title>.
func pageTitle(doc *html.Node) string {
	for _, m := range findAll(doc, atom.Meta) {
		if attr(m, "property") == "og:title" || attr(m, "name") == "og:title" {
			if t := strings.TrimSpace(attr(m, "content")); t != "" {
				return t
			}
		}
	}
	if t := find(doc, atom.Title); t != nil {
		return strings.TrimSpace(textOf(t))
	}
	return ""
}

// findHeadline returns the element holding the article's headline: of
// the <h1> and <h2> elements whose tokens (two or more) all occur in the
// page's title, which often adds the site's name, the one with the most
// tokens, so a logo in an <h1> loses to the headline; else the first <h1>
// of at least three tokens; nil when neither exists.
func findHeadline(doc *html.Node) *html.Node {
	body := find(doc, atom.Body)
	if body == nil {
		return nil
	}
	inTitle := map[string]bool{}
	for _, t := range metrics.Tokens(pageTitle(doc)) {
		inTitle[t] = true
	}
	var best *html.Node
	most := 1
	for _, a := range []atom.Atom{atom.H1, atom.H2} {
		for _, h := range findAll(body, a) {
			toks := metrics.Tokens(textOf(h))
			if len(toks) > most && allIn(toks, inTitle) {
				best, most = h, len(toks)
			}
		}
	}
	if best != nil {
		return best
	}
	for _, h := range findAll(body, atom.H1) {
		if len(metrics.Tokens(textOf(h))) >= 3 {
			return h
		}
	}
	return nil
}

func allIn(toks []string, set map[string]bool) bool {
	for _, t := range toks {
		if !set[t] {
			return false
		}
	}
	return true
}

// widen returns what is moved when an article goes into another page:
// its region with its headline, since a site that appends a story
// appends its header too, and a story without one is not a story a reader
// (or a splitter) could tell apart. When the headline lies outside the
// region, the region is widened to the deepest element holding both if
// that adds no more than half the region's text again, or 150 tokens (a
// header with byline, date and share bar, a caption, an inline teaser:
// what a site's appended story carries too); otherwise the headline is
// copied in front of the region, which leaves the story without its
// byline and date. spans are the token ranges of tokenSpans.
func widen(region, headline *html.Node, spans map[*html.Node][2]int) (unit *html.Node, how string) {
	switch {
	case headline == nil:
		return region, HeadlineNone
	case isAncestor(region, headline):
		return region, HeadlineInRegion
	}
	size := func(n *html.Node) int { s := spans[n]; return s[1] - s[0] }
	anc := commonAncestor(region, headline)
	extra := size(anc) - size(region) - size(headline)
	if anc != nil && anc.Type == html.ElementNode && anc.DataAtom != atom.Body && extra <= max(150, size(region)/2) {
		return anc, HeadlineWidened
	}
	return region, HeadlineCopied
}
