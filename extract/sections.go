package extract

import (
	"regexp"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Boilerplate sections: a body container often runs on past the article
// into boxes the site adds below it, each introduced by a heading that
// names what it is — "Related stories", "Über den Autor", "Te puede
// interesar", "Comments". Class names give many of them away (clean.go);
// these headings give away the rest. A heading that names boilerplate
// takes its section with it: the wrapper it opens, or, when it stands
// alone, what follows it up to the next heading of its rank.

const (
	// maxHeadingWeight and maxHeadingLen bound a boilerplate heading:
	// "Related stories", "Das könnte Sie auch interessieren". From the
	// benchmark sets' boxes.
	maxHeadingWeight = 60
	maxHeadingLen    = 90
	// headingNameChars and headingWordsChars are what {name} and {words}
	// stand for in boilerplate-headings.txt: "More from The Island
	// Courier", "Mehr aus Hamburg".
	headingNameChars  = 40
	headingWordsChars = 30
	// sectionShare: a section never takes more than 1/sectionShare of the
	// body's prose, unless it follows more prose than it holds. From the
	// ScrapingHub set (a box of teasers with long excerpts below a
	// story).
	sectionShare = 3
	// lateShare: a heading alone in its wrapper opens a section only
	// when at least 1/lateShare of the body's prose is above it. From
	// the seed pages ("12 Comments" in a byline opens nothing).
	lateShare = 2
	// sectionEndLinkShare: a paragraph of prose less than
	// 1/sectionEndLinkShare links ends an open section: it is the
	// article again, not a teaser.
	sectionEndLinkShare = 5
	// removedBlocks is how many blocks of a section Result.Removed
	// quotes.
	removedBlocks = 4
)

// headingPatterns are the boilerplate headings' patterns, built once from
// lexicon/boilerplate-headings.txt and comment-stems.txt.
type headingPatterns struct {
	// heading matches the headings of related-content, author, comment,
	// share and newsletter boxes. It must match the whole heading.
	heading *regexp.Regexp
	// firstWords are the words the headings start with. The pattern is
	// large, and its matching machine costs more than the whole page on
	// short pages; checking the first word spares it on all but a few
	// lines. digitFirst: a heading may start with a number ("3
	// Comments"); anyFirst: with anything (an entry starting with a
	// name).
	firstWords           map[string]bool
	digitFirst, anyFirst bool
	// comments says a heading opens comments, which run to the end of
	// the body.
	comments *regexp.Regexp
}

var headingLex = sync.OnceValue(func() *headingPatterns {
	headings := lexiconList("boilerplate-headings").texts()
	words := `[\p{L} ]{1,` + strconv.Itoa(headingWordsChars) + `}`
	syntax := phraseSyntax{holes: []hole{
		{"{name}", `[\p{L}\p{N} .&'’-]{1,` + strconv.Itoa(headingNameChars) + `}`},
		{"{words} ", words}, // the class holds the space before the next word
		{"{words}", words},
		{"{n}", `\d+`},
		{"{title}", titleHole},
	}}
	hp := &headingPatterns{
		heading:    regexp.MustCompile(`(?i)^` + syntax.alt(headings) + `\s*[:.!?…»>]*$`),
		firstWords: map[string]bool{},
		comments:   regexp.MustCompile(`(?i)` + alt(lexiconList("comment-stems").texts())),
	}
	for w := range firstWords(headings) {
		switch {
		case strings.HasPrefix(w, "{n}"):
			hp.digitFirst = true
		case strings.HasPrefix(w, "{"):
			hp.anyFirst = true
		default:
			hp.firstWords[w] = true
		}
	}
	return hp
})

// titleHole is what {title} stands for in boilerplate-headings.txt: a
// title in quotes, as WordPress quotes a post's in its comment headings.
const titleHole = `[“"«„][^“”"«»„]{1,300}[”"»“]`

// quotedTitleRe finds a quoted title in a heading, for isBoilerHeading's
// length bound.
var quotedTitleRe = regexp.MustCompile(titleHole)

// isBoilerHeading reports whether block b is a heading, or a short line
// standing alone as one, that names a boilerplate box.
func (hp *headingPatterns) isBoilerHeading(b *block) bool {
	text := strings.TrimSpace(b.text)
	if b.weight > maxHeadingWeight || len(text) > maxHeadingLen {
		// A post's title quoted in the heading counts for nothing: "12
		// thoughts on “…”" is as long as the title.
		short := quotedTitleRe.ReplaceAllString(text, "“”")
		if short == text || textWeight(short) > maxHeadingWeight || len(short) > maxHeadingLen {
			return false
		}
	}
	first, _, _ := strings.Cut(text, " ")
	first = strings.ToLower(strings.TrimRight(first, ":.!?…»>"))
	switch {
	case first == "":
		return false
	case hp.anyFirst || hp.firstWords[first] || hp.digitFirst && first[0] >= '0' && first[0] <= '9':
	case strings.ContainsAny(first, "\u212a\u017f"): // folds to ASCII under (?i)
	default:
		return false // the pattern is anchored: its first word must be one of these
	}
	return hp.heading.MatchString(text)
}

// dropBoilerSections marks the blocks of every boilerplate section in the
// body (a list of block indexes in document order) as dropped.
func (p *page) dropBoilerSections(roots []*html.Node, body []int32) {
	hp := headingLex()
	var total, before int32
	for _, r := range roots {
		total += p.prose(r)
	}
	for k := 0; k < len(body); k++ {
		i := body[k]
		h := &p.blocks[i]
		if proseBlock(h) && h.mark == nil {
			before += h.weight
		}
		if h.drop != "" || !hp.isBoilerHeading(h) {
			continue
		}
		end := p.sectionEnd(hp, roots, body, k, total, before)
		p.noteNodes(boilerSectionRule.reason, boilerSectionRule.name+" (headed "+quote(h.text)+")", p.spanText(body[k:end]), p.blockOwners(body[k:end])...)
		for _, j := range body[k:end] {
			if p.blocks[j].drop == "" {
				p.blocks[j].drop = boilerSectionRule.reason
			}
		}
		k = end - 1
	}
}

// sectionEnd returns the position in body after the section that the
// heading at body[k] opens: the end of the wrapper the heading opens, or,
// for a heading alone in its wrapper, the next heading of the same or a
// higher rank, a paragraph of prose without links, or the end of the body
// (for comments).
// A section never takes a third of the body's prose (total), unless it
// comes after more prose than it holds (before: the prose above the
// heading), as a box of teasers with an excerpt each below a story does;
// and one without a wrapper of its own only runs on when most of the
// article's prose is behind it: "12 Comments" in a byline opens nothing.
func (p *page) sectionEnd(hp *headingPatterns, roots []*html.Node, body []int32, k int, total, before int32) int {
	i := body[k]
	h := &p.blocks[i]
	late := before*lateShare >= total
	w := p.sectionWrapper(roots, h.owner, i, total, before)
	if s := p.spans[w]; s.hi > i+1 {
		for e := k; e < len(body); e++ {
			if body[e] >= s.hi {
				return e
			}
		}
		return len(body)
	}
	comments := hp.comments.MatchString(h.text)
	if !late && !(comments && p.opensThread(w)) {
		return k + 1
	}
	rank := headingRank(h.owner)
	if rank == 0 {
		rank = 7 // a label line: any heading ends its section
	}
	for e := k + 1; e < len(body); e++ {
		b := &p.blocks[body[e]]
		if comments {
			continue
		}
		if r := headingRank(b.owner); r > 0 && r <= rank || proseBlock(b) && b.link*sectionEndLinkShare < b.weight {
			return e
		}
	}
	return len(body)
}

// opensThread reports whether the element after w, the wrapper of a
// comments heading, is a thread of posts: minThreadPosts or more element
// children of one tag and first class word, each holding text (see
// postKey), as a comment list's items are. A page's comments may hold
// more prose than its article (an open thread's short post under ten
// comments), so their heading opens them however little of the article
// is above it (see lateShare); a "Discussion" section of a paper, which
// the same word heads, runs on in paragraphs, not in a row of posts.
// The row is the thread test's (threadOf, minThreadPosts). From issue
// 9's composed unmarked pages, whose comments lose the classes that
// marked them (this rule: unmarked-style and -aria F1 tune 0.921 →
// 0.925, host F1 0.939 → 0.947; check unchanged; no benchmark page
// moves, tune or check).
func (p *page) opensThread(w *html.Node) bool {
	next := w.NextSibling
	for next != nil && (next.Type != html.ElementNode || p.spans[next].hi <= p.spans[next].lo) {
		next = next.NextSibling
	}
	if next == nil {
		return false
	}
	count := map[string]int{}
	for c := next.FirstChild; c != nil; c = c.NextSibling {
		if key := postKey(c); key != "" {
			if t, _ := p.weights(c); t > 0 {
				if count[key]++; count[key] >= minThreadPosts {
					return true
				}
			}
		}
	}
	return false
}

// sectionWrapper climbs from a heading's element to the largest ancestor
// inside the body roots whose text starts with the heading and which
// holds less than a third of total, or less than before.
func (p *page) sectionWrapper(roots []*html.Node, n *html.Node, first, total, before int32) *html.Node {
	small := func(n *html.Node) bool { pr := p.prose(n); return pr*sectionShare < total || pr < before }
	for n.Parent != nil && p.spans[n.Parent].lo == first && small(n.Parent) {
		inRoot := false
		for _, r := range roots {
			if n.Parent != r && isAncestor(r, n.Parent) {
				inRoot = true
			}
		}
		if !inRoot {
			break
		}
		n = n.Parent
	}
	return n
}

// headingRank is 1 to 6 for h1 to h6 (or a block inside one), for an
// ARIA heading its aria-level (2, ARIA's default, when it gives none),
// for text styled as a heading 1 at an <h1>'s size and 2 below it, and 0
// for other blocks. A story in generated markup heads itself so.
func headingRank(n *html.Node) int {
	for ; n != nil; n = n.Parent {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return int(n.Data[1] - '0')
		}
		if attr(n, "role") == "heading" {
			if l, err := strconv.Atoi(strings.TrimSpace(attr(n, "aria-level"))); err == nil && l >= 1 && l <= 6 {
				return l
			}
			return ariaDefaultLevel
		}
		if px := styledPx(attr(n, "style")); px >= minHeadingPx {
			if px >= minHeadlinePx {
				return 1
			}
			return 2
		}
		switch n.DataAtom {
		case atom.P, atom.Div, atom.Li, atom.Td, atom.Section, atom.Article:
			return 0
		}
	}
	return 0
}

// ariaDefaultLevel is the level WAI-ARIA gives role="heading" without
// aria-level.
const ariaDefaultLevel = 2

// spanText joins the text of some blocks, for Result.Removed.
func (p *page) spanText(idx []int32) string {
	var parts []string
	for _, i := range idx {
		parts = append(parts, p.blocks[i].text)
		if len(parts) == removedBlocks {
			break
		}
	}
	return strings.Join(parts, " ")
}

func quote(s string) string { return `"` + s + `"` }
