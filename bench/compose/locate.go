package compose

import (
	"golang.org/x/net/html"

	"github.com/pare-dev/pare/bench/metrics"
)

// MinCover is the share of an article's true shingles its region must
// hold. Not all: a label may keep an image's alt text or a line the page
// renders from script, which no element's text holds.
const MinCover = 0.9

// Locate returns the smallest element under doc whose visible text holds
// at least minCover of the shingles (as a multiset) of truth, and the
// share it holds; nil when no element does, or truth has no tokens.
// "Smallest" counts tokens; of an element and its only child with the
// same text, the child is taken. Tokens are metrics.Tokens of each text
// node, so a word split by inline markup ("wo<b>rd</b>") reads as two.
func Locate(doc *html.Node, truth string, minCover float64) (*html.Node, float64) {
	want := metrics.ShingleCounts(truth)
	total := 0
	ids := make(map[string]int, len(want)) // truth shingle -> dense id
	need := make([]int, 0, len(want))      // id -> count in truth
	for s, c := range want {
		ids[s] = len(need)
		need = append(need, c)
		total += c
	}
	if total == 0 {
		return nil, 0
	}
	toks, spans := tokenSpans(doc)
	// at[i] is the id of the shingle starting at token i, -1 if the truth
	// lacks it. Shingles run across text nodes, as they run across the
	// paragraphs of a label.
	var at []int
	if len(toks) >= metrics.ShingleSize {
		at = make([]int, len(toks)-metrics.ShingleSize+1)
		for i, s := range metrics.Shingles(toks) {
			at[i] = -1
			if id, ok := ids[s]; ok {
				at[i] = id
			}
		}
	}
	have := make([]int, len(need))
	var best *html.Node
	bestSize, bestCover := -1, 0.0
	walk(doc, func(n *html.Node) {
		sp, ok := spans[n]
		if !ok || n.Type != html.ElementNode {
			return
		}
		size := sp[1] - sp[0]
		if float64(size) < minCover*float64(total) || (best != nil && size > bestSize) {
			return // too small to hold enough, or no better than best
		}
		if best != nil && size == bestSize && !isAncestor(best, n) {
			return // a tie: the first in document order
		}
		clear(have)
		found := 0
		for i := sp[0]; i+metrics.ShingleSize <= sp[1]; i++ {
			if id := at[i]; id >= 0 && have[id] < need[id] {
				have[id]++
				found++
			}
		}
		if cover := float64(found) / float64(total); cover >= minCover {
			best, bestSize, bestCover = n, size, cover
		}
	})
	return best, bestCover
}

// tokenSpans returns the tokens of doc's visible text (see textOf) and,
// for every element, the range [lo, hi) of its tokens.
func tokenSpans(doc *html.Node) ([]string, map[*html.Node][2]int) {
	var toks []string
	spans := make(map[*html.Node][2]int)
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			toks = append(toks, metrics.Tokens(n.Data)...)
			return
		case n.Type == html.ElementNode && invisible(n):
			return
		}
		lo := len(toks)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
		spans[n] = [2]int{lo, len(toks)}
	}
	rec(doc)
	return toks, spans
}
