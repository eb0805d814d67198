package extract

import (
	"sort"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Splitting: a page can hold several articles — an infinite-scroll page
// holds the story the reader opened and the stories the site appended
// below it. Each further article needs a body of its own (a candidate that
// scores like prose and does not overlap the bodies already chosen) and a
// header of its own between it and the body before: a headline followed by
// a date or byline line, or a headline the page repeats (page heading,
// then article header). Teaser lists fail the first test (each teaser is
// short), subheadings and comment threads the second.

// minSplitWeight is the least text an appended article must hold: about
// three short news paragraphs.
const minSplitWeight = 400

// moreBodies returns the page's article bodies, the primary first, then
// any further ones, in document order.
func (p *page) moreBodies(primary body, cands []candidate, scores map[*html.Node]float64) []body {
	bodies := []body{primary}
	for _, c := range cands {
		if c.score < primary.score*0.15 {
			break
		}
		if p.overlaps(c.node, bodies) || !p.proseEnough(c.node) {
			continue
		}
		if !p.hasHeader(c.node, bodies) {
			continue
		}
		b := body{roots: p.gatherSiblings(c.node, c.score, scores), score: c.score}
		var kept []*html.Node
		for _, r := range b.roots {
			if !p.overlaps(r, bodies) {
				kept = append(kept, r)
			}
		}
		if len(kept) == 0 {
			continue
		}
		b.roots = kept
		bodies = append(bodies, b)
	}
	sort.SliceStable(bodies[1:], func(i, j int) bool {
		return p.spans[bodies[i+1].roots[0]].lo < p.spans[bodies[j+1].roots[0]].lo
	})
	return bodies
}

func (p *page) overlaps(n *html.Node, bodies []body) bool {
	for _, b := range bodies {
		for _, r := range b.roots {
			if isAncestor(r, n) || isAncestor(n, r) {
				return true
			}
		}
	}
	return false
}

// proseEnough reports whether n holds an article's worth of prose: enough
// text, few links, three paragraphs or more.
func (p *page) proseEnough(n *html.Node) bool {
	t, l := p.weights(n)
	if t < minSplitWeight || l*5 > t {
		return false
	}
	s := p.spans[n]
	paras := 0
	for i := s.lo; i < s.hi; i++ {
		b := &p.blocks[i]
		if b.mark == nil && b.weight >= minParagraph*2 && !isHeading(b.owner) && b.link*4 < b.weight {
			paras++
		}
	}
	return paras >= 3
}

// hasHeader reports whether an article header stands between n and the
// nearest chosen body before it.
func (p *page) hasHeader(n *html.Node, bodies []body) bool {
	start := p.spans[n].lo
	lo := int32(0)
	for _, b := range bodies {
		if s := b.span(p); s.hi <= start && s.hi > lo {
			lo = s.hi
		}
	}
	if start-lo > 40 {
		lo = start - 40
	}
	for i := start - 1; i >= lo; i-- {
		if p.headerAt(i, start) {
			return true
		}
	}
	return false
}

// headerAt reports whether block i is a headline that opens an article
// whose body starts at block end: a heading followed, before end, by a
// date or byline line or by the same headline again.
func (p *page) headerAt(i, end int32) bool {
	h := &p.blocks[i]
	if !headingBlock(h) || h.weight < 15 || h.mark != nil {
		return false
	}
	for j := i + 1; j < end && j <= i+8; j++ {
		b := &p.blocks[j]
		if _, _, ok := dateLine(b.text); ok {
			return true
		}
		if _, ok := bylineLine(b.text); ok {
			return true
		}
		if headingBlock(b) && strings.EqualFold(b.text, h.text) {
			return true
		}
	}
	return false
}

// isArticleStart reports whether sibling element n opens another article:
// an <article> element with prose of its own, an element the site tagged
// as a scrolled-in story, or one whose first text is an article header.
func (p *page) isArticleStart(n *html.Node) bool {
	if n.DataAtom == atom.Article && p.proseEnough(n) {
		return true
	}
	if hasStoryAttr(n) && p.proseEnough(n) {
		return true
	}
	s := p.spans[n]
	return s.hi > s.lo && p.headerAt(s.lo, s.hi)
}

// hasStoryAttr reports whether n carries the attributes infinite-scroll
// sites put on each story they load: its URL or its id.
func hasStoryAttr(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "data-url", "data-article-id", "data-nid", "data-post-id", "data-story-id",
			"data-history-url", "data-history-node-id", "data-permalink":
			return true
		}
	}
	return false
}

func headingBlock(b *block) bool {
	for n := b.owner; n != nil; n = n.Parent {
		if isHeading(n) {
			return true
		}
		if isBlock(n) {
			return false
		}
	}
	return false
}
