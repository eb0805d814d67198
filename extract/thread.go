package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// A forum thread, a question with its answers, a comment page: posts in
// a row of like containers, each a few lines long. One post alone is
// under the article gate, and so far under the page's other text that
// it is no short article either (see shortArticle); the thread as a
// whole is the page's one article, as a reader sees it. threadOf finds
// it: the container of the repeated posts the failed body sits in.
//
// It is asked only in generic's short pass, when no level of the marks
// found an article on the page, so it never stands in for a body the
// page's own article gives, nor cuts a teaser list out of a page with
// articles.

// threadOf returns the parent of the nearest ancestor of n (n included)
// that repeats: it has minThreadPosts or more element siblings, itself
// counted, of its tag and first class word, each holding text (see
// postKey), and fewer than maxPostHeadings headings a post. It climbs
// only inside the region and never returns <body>; nil when n sits in
// no such row.
func (p *page) threadOf(n *html.Node, inside func(*html.Node) bool) *html.Node {
	for a := n; a.Parent != nil && a.Parent != p.body && a.Parent.Type == html.ElementNode && inside(a.Parent); a = a.Parent {
		key := postKey(a)
		if key == "" {
			continue
		}
		posts := 0
		for s := a.Parent.FirstChild; s != nil; s = s.NextSibling {
			if s.Type == html.ElementNode && postKey(s) == key {
				if t, _ := p.weights(s); t > 0 {
					posts++
				}
			}
		}
		if posts >= minThreadPosts {
			if p.headings(a.Parent) >= maxPostHeadings*posts {
				return nil // a front page's sections, a headline per story
			}
			return a.Parent
		}
	}
	return nil
}

// headings counts the unmarked heading blocks under n.
func (p *page) headings(n *html.Node) int {
	s, k := p.spans[n], 0
	for i := s.lo; i < s.hi; i++ {
		if b := &p.blocks[i]; b.mark == nil && headingBlock(b) {
			k++
		}
	}
	return k
}

// postKey is what the posts of a thread share: the tag and the first
// class word ("article message" for XenForo's "message message--post
// js-post"); phpBB alternates a second word ("post bg1", "post bg2").
// An element with no class has no key: a run of plain paragraphs or
// <div>s is a body's own text, not a row of posts.
func postKey(n *html.Node) string {
	if n.Type != html.ElementNode {
		return ""
	}
	first, _, _ := strings.Cut(strings.TrimSpace(attr(n, "class")), " ")
	if first == "" {
		return ""
	}
	return n.Data + " " + first
}

// minThreadPosts is the fewest posts a thread holds for threadOf: three,
// an opening post and two answers, so two like boxes side by side (a
// body and its sidebar, a lead and the rest) are no thread.
const minThreadPosts = 3

// maxPostHeadings: the posts of a thread hold fewer than three headings
// each on average. A post is one member's message, headed at most by
// the member's name, their rank and a subject (XenForo: the name and
// the rank, two a post); the sections of a front page, which repeat as
// posts do, hold a headline per story. From issue 9's forum pages: the
// thread fallback took a newspaper's front page (WCXB 2966: 33 headings
// in 6 sections, labelled as no article) and a shop's category page
// (4203: 25 in 3) for threads, beside a forum thread (0518: 12 in 6).
// With the thread fallback as a whole (55d53f9): WCXB
// forum pages with one article tune 47 → 48 of 50, check 56 of 63
// unchanged; WCXB F1 tune 0.796 → 0.800 (0518 0 → 0.55, three listing
// and shop pages given their list), check 0.807 → 0.808; trafilatura
// and the composed pages (splitbench) unchanged.
const maxPostHeadings = 3
