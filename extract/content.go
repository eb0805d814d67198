package extract

import (
	"golang.org/x/net/html"
)

// Main content: with Options.AllPages, a page that holds no article — a
// product page, a list of posts, a forum thread, a service page — still
// yields its main content, as one Article marked NotArticle. The main
// content is the region of the page where most of its text lives once
// navigation, headers, footers and the other marked boilerplate are set
// aside: descend from <body> into the child that holds most of the
// remaining text, while one does. This is the "dominant subtree" of
// wrapper-induction work, kept deliberately simple: the stages that trim
// an article then trim it, but keep its links and short lines, which on
// such pages are the content (product names, prices, post titles).

// dominantShare is the share of a container's text that one child must
// hold for the descent to go on into it.
const dominantShare = 0.6

// mainContent returns the page's main content as an article, or nil when
// the page holds too little unmarked text.
func (p *page) mainContent() *article {
	n := p.body
	for {
		total, _ := p.weights(n)
		if total == 0 {
			return nil
		}
		var best *html.Node
		var bestW int32
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if w, _ := p.weights(c); w > bestW {
				best, bestW = c, w
			}
		}
		if best == nil || float64(bestW) < dominantShare*float64(total) {
			break
		}
		n = best
	}
	if t, _ := p.weights(n); t < minArticleProse {
		return nil
	}
	s := p.spans[n]
	return &article{roots: []*html.Node{n}, lenient: true, zone: span{lo: max(0, s.lo-40), hi: s.lo}}
}
