package extract

import (
	"sort"
	"strings"
	"sync"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Splitting: a page can hold several articles — an infinite-scroll page
// holds the story the reader opened and the stories the site appended
// below it. The page is first cut into regions, one per article, at the
// blocks where an article starts; then each region gets its own body
// (select.go), which can never reach into the next region. An article
// starts where the page shows one of these, followed by an article's
// worth of prose before the next start:
//
//   - a heading marked up like the page's own headline (same tag and
//     class): a site renders every story it appends with one template;
//   - a headline followed by a date or byline line, or by the same
//     headline again (page heading, then article header);
//   - an element the site tagged as a story (data-url, data-article-id,
//     …) or an <article>, with prose of its own.
//
// Teaser lists fail the prose test (each teaser is a sentence), and so do
// subheadings, which rarely look like the headline or carry a byline.

// An article's worth of prose, what a region needs before the next
// article may start (articleProse, proseEnough) and what keeps a mark off
// a story's wrapper (settleMarks).
const (
	// minSplitWeight is the least prose an appended article must hold:
	// about three short news paragraphs. With the first pipeline's
	// splitting (e45e5c9, on the seed pages' appended stories); the
	// article gate, once 400 too, went down to minArticleProse (41744bc).
	minSplitWeight = 400

	// articleParas is the least number of paragraphs of prose in an
	// article's worth: a teaser's sentence or two, or a headline and
	// its standfirst, fall short. With the first pipeline (e45e5c9);
	// the region split (846ea39) took it for its starts (composed
	// two-article pages, right count 0.18/0.49/0.51 → 0.69/0.80/0.86
	// inside/after/reverse, for that change as a whole).
	articleParas = 3
)

// regions cuts the page into the block ranges of its articles, in
// document order; a page of one article is one region.
func (p *page) regions() []span {
	starts := p.articleStarts()
	n := int32(len(p.blocks))
	// Backwards: a start needs an article's worth of prose before the
	// next start (see articleProse). A headline repeated with no
	// paragraph between (a page heading, then the article's own) starts
	// the article at its first copy.
	var kept []start
	next := n
	for i := len(starts) - 1; i >= 0; i-- {
		s := starts[i]
		switch {
		case !s.wrapped:
		case p.enoughFor(s, span{s.at, next}):
			kept = append(kept, s)
			next = s.at
		case len(kept) > 0 && p.proseIn(span{s.at, next}) < minProse && sameText(p.blocks[s.at].text, p.blocks[next].text):
			kept[len(kept)-1] = s
			next = s.at
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].at < kept[j].at })
	// Forwards: everything before the second start is the first
	// article's, and a region with too little prose joins the next.
	var out []span
	lo, prev := int32(0), start{story: true} // the page's own article may be short
	for k, s := range kept {
		end := n
		if k+1 < len(kept) {
			end = kept[k+1].at
		}
		s.at = p.headerStart(starts, lo, s.at)
		enough := p.enoughFor(prev, span{lo, s.at})
		teasers := p.teaserList(span{s.at, end})
		p.opts.Logger.Debug("article start", "block", s.at, "text", p.blocks[s.at].text, "prose before", enough, "teasers", teasers)
		if s.at > lo && enough && !teasers {
			out = append(out, span{lo, s.at})
			lo, prev = s.at, s
		}
	}
	return append(out, span{lo, n})
}

// start is a block where an article may start.
type start struct {
	at int32
	// wrapped: the article comes in a wrapper of its own (see
	// wrappedStart); only such starts count.
	wrapped bool
	// story: the site marked the container as a story (see
	// hasStoryAttr), which needs less proof than a heading.
	story bool
}

// enoughFor reports whether the blocks of s hold enough prose for an
// article starting at st: an article's worth (see articleProse), or for a
// story the site marked, as much as the article gate asks.
func (p *page) enoughFor(st start, s span) bool {
	if st.story {
		return p.proseIn(s) >= minArticleProse
	}
	return p.articleProse(s)
}

// headerStart moves an article's start back to the top of its header:
// to the earliest possible start after lo with at most one paragraph (a
// standfirst) between it and s, that shares s's wrapper (see
// unitWrapper). A site may wrap the body and its picture apart from the
// headline, byline and standfirst above them, but both sit apart from
// the article before.
func (p *page) headerStart(starts []start, lo, s int32) int32 {
	best := s
	for i := len(starts) - 1; i >= 0; i-- {
		c := starts[i].at
		if c >= s {
			continue
		}
		if c <= lo || p.sums[s].paras-p.sums[c].paras > maxStandfirstParas {
			break
		}
		if w := p.unitWrapper(c); w != nil && p.spans[w].hi > s {
			best = c
		}
	}
	return best
}

// maxStandfirstParas is how many paragraphs may stand between two
// possible starts that headerStart takes for one article's header: one,
// a standfirst. With the header-start rule (eb9e66a: composed pages,
// right count inside/after/reverse 0.73/0.82/0.89 → 0.76/0.89/0.93, for
// that change as a whole).
const maxStandfirstParas = 1

// teaserList reports whether a region opens as a list of teasers rather
// than an article: after its own headline, two linked headlines, each
// with something of its own after it, come before the third paragraph
// ("More from the site", other stories with an excerpt each). An
// article's subheadings are seldom links. A run of linked headlines with
// nothing between them counts once: it is a playlist or link box set
// inside the article (a video carousel under a news story's header).
func (p *page) teaserList(s span) bool {
	linked, paras := 0, 0
	inRun := false
	for i := s.lo + 1; i < s.hi && paras < teaserParas; i++ {
		b := &p.blocks[i]
		switch {
		case b.mark != nil:
		case headingBlock(b) && b.link*linkedHeadlineDen > b.weight:
			if !inRun {
				if linked++; linked == teaserHeadlines {
					return true
				}
			}
			inRun = true
			continue
		case proseBlock(b):
			paras++
		}
		inRun = false
	}
	return false
}

// The teaser test (teaserList), with the region split (846ea39; see
// articleParas for its figures): teaserHeadlines linked headlines before
// the teaserParas-th paragraph of prose make a list of teasers, a
// headline being linked when more than 1/linkedHeadlineDen of its text is
// in links.
const (
	teaserHeadlines   = 2
	teaserParas       = 3
	linkedHeadlineDen = 2
)

// articleStarts returns the blocks where an article may start, sorted.
func (p *page) articleStarts() []start {
	var starts []start
	tag, class, ok := p.headlineMarkup()
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.mark != nil || !headingBlock(b) {
			continue
		}
		h := headingOf(b.owner)
		if ok && h.DataAtom == tag && attr(h, "class") == class || p.headerAt(int32(i), min(int32(i)+maxHeaderLines+1, int32(len(p.blocks)))) {
			starts = append(starts, start{at: int32(i)})
		}
	}
	story := storyAttrs()
	for n, s := range p.spans {
		switch {
		case s.hi <= s.lo:
		case hasStoryAttr(n, story) && p.proseIn(s) >= minArticleProse:
			starts = append(starts, start{at: s.lo, story: true})
		case n.DataAtom == atom.Article && p.proseEnough(n):
			starts = append(starts, start{at: s.lo})
		}
	}
	sort.Slice(starts, func(i, j int) bool {
		if starts[i].at != starts[j].at {
			return starts[i].at < starts[j].at
		}
		return starts[i].story
	})
	out := starts[:0]
	for i, s := range starts {
		if i == 0 || s.at != starts[i-1].at {
			s.wrapped = s.story || p.wrappedStart(s.at)
			out = append(out, s)
		}
	}
	return out
}

// wrappedStart reports whether the article starting at block s comes in
// a wrapper of its own, apart from the text before it: the element that
// separates it from the last paragraph before it holds the new article's
// prose too. A story a site appends comes with its own container; a
// subheading styled like the headline sits among the paragraphs of its
// article, or in a wrapper holding only itself (page builders wrap every
// widget). A start with no prose before it needs no wrapper.
func (p *page) wrappedStart(s int32) bool {
	w := p.unitWrapper(s)
	return w == nil || p.articleProse(span{s, p.spans[w].hi}) || p.flatSection(w)
}

// flatSection reports whether w, a wrapper holding nothing but a
// headline, opens a story laid out flat among its siblings: the sibling
// before it that holds the last paragraph is a container of paragraphs
// (another story's body), and the siblings after it, up to the next
// heading, hold an article's worth of prose in containers of their own.
// A subheading among the paragraphs of one body has paragraphs, not
// containers, on either side.
func (p *page) flatSection(w *html.Node) bool {
	if p.proseIn(p.spans[w]) > 0 {
		return false
	}
	container := func(n *html.Node) bool {
		s := p.spans[n]
		return n.DataAtom != atom.P && p.sums[s.hi].paras-p.sums[s.lo].paras >= containerParas
	}
	hasText := func(n *html.Node) bool {
		s := p.spans[n]
		return n.Type == html.ElementNode && s.hi > s.lo
	}
	prev := w.PrevSibling
	for prev != nil && !hasText(prev) {
		prev = prev.PrevSibling
	}
	if prev == nil || !container(prev) {
		return false
	}
	lo, hi := p.spans[w].hi, p.spans[w].hi
	first := true
	for n := w.NextSibling; n != nil; n = n.NextSibling {
		if !hasText(n) {
			continue
		}
		if isHeading(n) {
			break
		}
		if first && !container(n) {
			return false
		}
		first = false
		hi = p.spans[n].hi
	}
	return p.articleProse(span{lo, hi})
}

// containerParas is the least number of prose paragraphs that makes an
// element a container of paragraphs for flatSection: two, so a single
// paragraph's wrapper does not count. With the flat-story rule (99a2824:
// composed pages inside another's column, right count 0.82 → 0.85).
const containerParas = 2

// unitWrapper returns the element that holds block s apart from the last
// paragraph of prose before it: the child, on s's side, of the two
// blocks' nearest common ancestor. It is nil when no prose comes before s.
func (p *page) unitWrapper(s int32) *html.Node {
	prev := s - 1
	for prev >= 0 && !(proseBlock(&p.blocks[prev]) && p.blocks[prev].mark == nil) {
		prev--
	}
	if prev < 0 {
		return nil
	}
	before := map[*html.Node]bool{}
	for n := p.blocks[prev].owner; n != nil; n = n.Parent {
		before[n] = true
	}
	w := p.blocks[s].owner
	for w.Parent != nil && !before[w.Parent] {
		w = w.Parent
	}
	return w
}

// headlineMarkup returns the tag and class of the page's own headline:
// the first heading that matches the page's title, else the first <h1>.
// ok is false when there is none, or when it is a bare heading other
// than <h1>: bare <h2>s are what subheadings are made of. (Some sites
// make subheadings of bare <h1>s too; they sit among their article's
// paragraphs and fail wrappedStart.)
func (p *page) headlineMarkup() (atom.Atom, string, bool) {
	want := p.pageTitle()
	var h1 *html.Node
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.mark != nil || !headingBlock(b) {
			continue
		}
		h := headingOf(b.owner)
		if want != "" && similarTitle(b.text, want) {
			return h.DataAtom, attr(h, "class"), attr(h, "class") != "" || h.DataAtom == atom.H1
		}
		if h1 == nil && h.DataAtom == atom.H1 {
			h1 = h
		}
	}
	if h1 == nil {
		return 0, "", false
	}
	return atom.H1, attr(h1, "class"), true
}

// headingOf returns the heading element that holds n (n itself or an
// ancestor), or n when there is none.
func headingOf(n *html.Node) *html.Node {
	for a := n; a != nil; a = a.Parent {
		if isHeading(a) {
			return a
		}
	}
	return n
}

// articleProse reports whether the blocks in s hold an article's worth of
// prose: three paragraphs or list items that read as prose, of
// minSplitWeight in all. A teaser's sentence or two does not.
func (p *page) articleProse(s span) bool {
	if s.hi <= s.lo {
		return false
	}
	hi, lo := p.sums[s.hi], p.sums[s.lo]
	return hi.paras+hi.itemParas-lo.paras-lo.itemParas >= articleParas && hi.prose+hi.items-lo.prose-lo.items >= minSplitWeight
}

// proseIn returns the unmarked prose weight of the blocks in s.
func (p *page) proseIn(s span) int32 {
	if s.hi <= s.lo {
		return 0
	}
	return p.sums[s.hi].prose - p.sums[s.lo].prose
}

// proseEnough reports whether n holds an article's worth of prose: enough
// text, few links, three paragraphs or more.
func (p *page) proseEnough(n *html.Node) bool {
	t, l := p.weights(n)
	if t < minSplitWeight || l*storyLinkDen > t {
		return false
	}
	s := p.spans[n]
	paras := 0
	for i := s.lo; i < s.hi; i++ {
		b := &p.blocks[i]
		if b.mark == nil && b.weight >= minStoryParagraph && !isHeading(b.owner) && b.link*storyParaLinkDen < b.weight {
			paras++
		}
	}
	return paras >= articleParas
}

// What proseEnough asks of an <article> element before it may start a
// story: at most 1/storyLinkDen of its text in links, and articleParas
// paragraphs of minStoryParagraph or more with under 1/storyParaLinkDen
// of theirs. From the first pipeline's test for a further body (e45e5c9,
// on the seed pages); no figure recorded.
const (
	storyLinkDen      = 5
	minStoryParagraph = 2 * minParagraph
	storyParaLinkDen  = 4
)

// headerAt reports whether block i is a headline that opens an article
// whose body starts at block end: a heading followed, before end, by a
// date or byline line or by the same headline again.
func (p *page) headerAt(i, end int32) bool {
	h := &p.blocks[i]
	if !headingBlock(h) || h.weight < minHeadlineWeight || h.mark != nil {
		return false
	}
	for j := i + 1; j < end && j <= i+maxHeaderLines; j++ {
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

// The headline test (headerAt), from the first pipeline (e45e5c9, on the
// seed pages' appended stories; no figure recorded): a headline holds a
// text weight of minHeadlineWeight or more (three short words), and its
// date or byline comes within maxHeaderLines blocks below it.
const (
	minHeadlineWeight = 15
	maxHeaderLines    = 8
)

// hasStoryAttr reports whether n carries one of the attributes
// infinite-scroll sites put on each story they load, its URL or its id
// (attrs: lexicon/story-attributes.txt, see storyAttrs).
func hasStoryAttr(n *html.Node, attrs map[string]bool) bool {
	for _, a := range n.Attr {
		if attrs[a.Key] {
			return true
		}
	}
	return false
}

var storyAttrs = sync.OnceValue(func() map[string]bool { return lexiconList("story-attributes").set() })

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
