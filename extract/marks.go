package extract

import (
	"unicode/utf8"

	"github.com/pare-dev/pare/rules"
	"golang.org/x/net/html"
)

// Marks say that an element is boilerplate by its markup (clean.go) or by
// a publisher rule (rules.go). How far a mark is trusted depends on what
// set it: a rule is the publisher's word, a tag or ARIA role is the
// page's own, a word in a class name is a guess. Guesses go wrong on page
// wrappers ("content-with-sidebar", "comments-open" on <body>), so marks
// are settled in levels, after the retries of Readability.js, which
// strips "unlikely candidates" first and, when what is left is too short,
// tries again without stripping them.

// mark records why an element is boilerplate and what recognised it.
type mark struct {
	reason rules.Reason
	by     string
	source markSource
}

// markSource is what set a mark, from the least trusted up.
type markSource uint8

const (
	byWord        markSource = iota // a word of the class or id
	byTag                           // the tag or ARIA role
	byHiddenClass                   // a class that hides text from readers
	byRule                          // a publisher rule's strip entry
)

// Mark levels: which marks are in force. Each level trusts fewer kinds.
const (
	allMarks   = iota // every mark
	tagMarks          // tags, roles, hidden classes and rules
	ruleMarks         // hidden classes and rules only
	markLevels        // the number of levels
)

func (m mark) inForce(level int) bool {
	switch level {
	case allMarks:
		return true
	case tagMarks:
		return m.source >= byTag
	}
	return m.source >= byHiddenClass
}

// settleMarks puts the marks of level in force: each block's mark becomes
// its innermost marked ancestor whose mark is in force and not vetoed,
// and the prefix sums that weigh elements are rebuilt.
//
// A mark set by a class word or a tag is vetoed when its element holds
// most of the page's text or most of its prose, or an article's worth of
// prose that is a good part of the page's (a page of two stories): a
// wrapper named "sidebar-left" or "has-comments", or an <aside> left open
// by broken markup, that holds an article is not boilerplate. Comment marks
// are vetoed by text alone, since a long thread under a short post can
// hold more prose than the post.
//
// The shares are written as fractions of integers, so the tests stay in
// the integer weights the prefix sums hold.
func (p *page) settleMarks(level int) {
	var total, prose int32
	for i := range p.blocks {
		b := &p.blocks[i]
		total += b.weight
		if proseBlock(b) {
			prose += b.weight
		}
	}
	p.vetoed = map[*html.Node]bool{}
	for n, m := range p.marks {
		if m.source > byTag {
			continue
		}
		t, pr, paras := p.rawWeights(n)
		article := paras >= articleParas && pr >= minSplitWeight && pr*storyShareDen >= prose*storyShareNum
		// The page's own footer (role="contentinfo") holds no article,
		// however much prose its testimonials or blurbs run to.
		pageFooter := attr(n, "role") == "contentinfo"
		if t*pageTextDen > total*pageTextNum || m.reason != rules.Comments && !pageFooter && (pr*pageProseDen > prose || article) {
			p.vetoed[n] = true
		}
	}
	p.level = level
	p.applyMarks()
}

// The vetoes of settleMarks. A word or tag mark is lifted from an element
// holding more than three fifths of the page's text or more than half its
// prose (c928085: a sidebar-classed wrapper or an unclosed <aside> hid
// whole articles on eight ScrapingHub pages; F1 0.940 → 0.957), or an
// article's worth of prose (articleParas paragraphs, minSplitWeight) that
// is three tenths of the page's or more (66644e2: the wrapper of the first
// of two stories, "content-with-sidebar", which the second story's prose
// kept under half; no figure recorded).
const (
	pageTextNum, pageTextDen     = 3, 5
	pageProseDen                 = 2 // more than 1/pageProseDen of the page's prose
	storyShareNum, storyShareDen = 3, 10
)

// applyMarks sets each block's mark to its innermost marked ancestor in
// force and rebuilds the sums.
func (p *page) applyMarks() {
	for i := range p.blocks {
		b := &p.blocks[i]
		b.mark = p.markInForce(b.anyMark)
	}
	p.sumBlocks()
}

// restoreMarks puts every mark back in force after a body was found with
// fewer marks (see generic), except those the body showed to be wrong:
// marks on the body's roots and their ancestors, and marks on elements
// inside it that hold a third or more of its prose. The smaller marks
// inside the body (a share bar, a caption) then drop out as usual.
func (p *page) restoreMarks(roots []*html.Node) {
	var prose int32
	for _, r := range roots {
		prose += p.prose(r)
	}
	for _, r := range roots {
		for a := r; a != nil && a != p.body; a = a.Parent {
			if _, ok := p.marks[a]; ok {
				p.vetoed[a] = true
			}
		}
		walk(r, func(n *html.Node) bool {
			if _, ok := p.marks[n]; ok && p.prose(n)*bodyProseDen >= prose {
				p.vetoed[n] = true
			}
			return true
		})
	}
	p.level = allMarks
	p.applyMarks()
}

// bodyProseDen: restoreMarks leaves lifted the marks on elements inside a
// body that hold 1/bodyProseDen of its prose or more, a third: a mark
// that large inside the article is on part of the article. With the
// retries (d7404c2: WCXB F1 0.663 → 0.753, trafilatura 0.877 → 0.896,
// ScrapingHub 0.957 → 0.960, for the retries and widening together).
const bodyProseDen = 3

// marked reports whether n's own mark is in force.
func (p *page) marked(n *html.Node) bool {
	m, ok := p.marks[n]
	return ok && m.inForce(p.level) && !p.vetoed[n]
}

// markInForce returns n or its nearest ancestor whose mark is in force at
// the page's level, or nil.
func (p *page) markInForce(n *html.Node) *html.Node {
	for ; n != nil; n = n.Parent {
		if p.marked(n) {
			return n
		}
		if n == p.body {
			return nil
		}
	}
	return nil
}

// rawWeights returns the text weight and the prose weight under n,
// marks ignored.
func (p *page) rawWeights(n *html.Node) (text, prose, paras int32) {
	s := p.spans[n]
	for i := s.lo; i < s.hi; i++ {
		b := &p.blocks[i]
		text += b.weight
		if proseBlock(b) {
			prose += b.weight
			paras++
		}
	}
	return text, prose, paras
}

// proseBlock reports whether a block reads as running text: long enough,
// not a heading, and mostly not a link. List items do not count: a list
// of one-sentence teasers reads like prose, and the lists an article
// holds sit among its paragraphs, where they are kept anyway.
func proseBlock(b *block) bool {
	return b.weight >= minProse && b.link*proseLinkDen < b.weight && !isHeading(b.owner) && listItem(b) == nil && wordy(b.text)
}

// wordy reports whether text runs as words do: with three spaces or
// more, or in a script written without spaces (Chinese, Japanese, Thai),
// whose characters take more than one byte each. A web address or a long
// file name does not.
func wordy(text string) bool {
	spaces := 0
	for i := 0; i < len(text); i++ {
		if text[i] == ' ' {
			if spaces++; spaces == wordySpaces {
				return true
			}
		}
	}
	return utf8.RuneCountInString(text)*wordyBytesPerRune < len(text)
}

// What running text is (proseBlock, wordy).
const (
	// minProse is the least text weight of a block of running text:
	// about eight words. With the marks' vetoes (c928085, ScrapingHub F1
	// 0.940 → 0.957 for that change as a whole).
	minProse = 40

	// proseLinkDen: running text has less than 1/proseLinkDen of its
	// weight in links, a third: the link-density cut-off of boilerpipe's
	// NumWordsRulesClassifier (≤ 0.333333; Kohlschütter et al., WSDM
	// 2010). pare used it first for the header's highlight bullets
	// (e45e5c9), then for prose blocks (c928085).
	proseLinkDen = 3

	// wordySpaces and wordyBytesPerRune: text runs as words with
	// wordySpaces spaces or more, or, in a script written without
	// spaces, at more than wordyBytesPerRune bytes a character on
	// average (CJK and Thai take three in UTF-8, a URL one). Set with the
	// region split (846ea39); no figure of their own.
	wordySpaces       = 3
	wordyBytesPerRune = 2
)

// sumBlocks rebuilds the prefix sums of unmarked text, link and prose
// weight per block.
func (p *page) sumBlocks() {
	if cap(p.sums) < len(p.blocks)+1 {
		p.sums = make([]sums, len(p.blocks)+1)
	}
	p.sums = p.sums[:len(p.blocks)+1]
	for i := range p.blocks {
		b := &p.blocks[i]
		s := p.sums[i]
		if b.mark == nil {
			s.text += b.weight
			s.link += b.link
			if proseBlock(b) {
				s.prose += b.weight
				s.paras++
			} else if neutralBlock(b) {
				s.neutral += b.weight
				if listItem(b) != nil && b.weight >= minProse && wordy(b.text) {
					s.items += b.weight
					s.itemParas++
				}
			}
		}
		p.sums[i+1] = s
	}
}

// sums are running totals of unmarked weight up to a block: all text,
// text in links, prose (see proseBlock), neutral text (see neutralBlock)
// and the list items among it that read as prose; and the number of
// prose blocks and of such list items.
type sums struct {
	text, link, prose, neutral, items int32
	paras, itemParas                  int32
}

// neutralBlock reports whether a block that is not prose still belongs
// with prose as often as not: a heading or a list item that is mostly not
// a link (a linked headline is a teaser's). Widening neither seeks nor
// avoids them.
func neutralBlock(b *block) bool {
	return (isHeading(b.owner) || listItem(b) != nil) && b.link*proseLinkDen < b.weight
}

// weights returns the text weight and link weight of the unmarked blocks
// under n.
func (p *page) weights(n *html.Node) (text, link int32) {
	s := p.spans[n]
	if s.hi <= s.lo {
		return 0, 0
	}
	return p.sums[s.hi].text - p.sums[s.lo].text, p.sums[s.hi].link - p.sums[s.lo].link
}

// neutral returns the weight of the unmarked neutral blocks under n.
func (p *page) neutral(n *html.Node) int32 {
	s := p.spans[n]
	if s.hi <= s.lo {
		return 0
	}
	return p.sums[s.hi].neutral - p.sums[s.lo].neutral
}

// prose returns the weight of the unmarked prose blocks under n.
func (p *page) prose(n *html.Node) int32 {
	s := p.spans[n]
	if s.hi <= s.lo {
		return 0
	}
	return p.sums[s.hi].prose - p.sums[s.lo].prose
}

func (p *page) linkDensity(n *html.Node) float64 {
	t, l := p.weights(n)
	if t == 0 {
		return 0
	}
	return float64(l) / float64(t)
}
