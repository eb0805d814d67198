package extract

import (
	"log/slog"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// generic locates the articles of a page no rule describes: the best
// scoring body, then any further articles (see split.go). When the marks
// leave no article, it tries again trusting fewer of them (see marks.go),
// as Readability.js retries without stripping unlikely candidates. When
// no level finds one, it tries them all again taking short articles
// (see shortArticle): a page's few sentences are its article only when
// no level of the marks finds a longer one, so a footer's notice never
// stands in for an article its marks hide.
func (p *page) generic() []*article {
	for _, short := range []bool{false, true} {
		p.short = short
		if arts := p.genericAt(); arts != nil {
			return arts
		}
	}
	p.short = false
	return nil
}

// genericAt is one pass of generic over the levels of the marks.
func (p *page) genericAt() []*article {
	for level := p.level; level < markLevels; level++ {
		if level != p.level {
			p.settleMarks(level)
		}
		if bodies := p.genericBodies(); bodies != nil {
			if level != allMarks {
				var roots []*html.Node
				for _, b := range bodies {
					roots = append(roots, b.roots...)
				}
				found := p.foundProse(bodies)
				p.restoreMarks(roots)
				p.keepFound(bodies, found)
				if bodies = p.shownBodies(bodies); bodies == nil {
					continue // the retry found only what the marks hide
				}
			}
			return p.articlesFrom(bodies)
		}
	}
	p.settleMarks(allMarks)
	return nil
}

// genericBodies returns the article bodies the marks in force allow, the
// primary first, or nil when the page holds no article: one body per
// region of the page (see split.go), the first that reads as an article
// being the primary.
func (p *page) genericBodies() []body {
	cands := p.score()
	if len(cands) == 0 {
		if p.short {
			all := span{lo: 0, hi: int32(len(p.blocks))}
			if b, ok := p.describedBody(all, func(*html.Node) bool { return true }); ok {
				b.region = all
				return []body{b}
			}
		}
		return nil
	}
	scores := make(map[*html.Node]float64, len(cands))
	for _, c := range cands {
		scores[c.node] = c.score
	}
	log := p.opts.Logger
	debug := log.Enabled(p.ctx, slog.LevelDebug)
	if debug {
		log.Debug("mark level", "level", p.level)
		for i, c := range cands[:min(len(cands), debugCandidates)] {
			t, l := p.weights(c.node)
			log.Debug("candidate", "rank", i+1, "score", c.score, "node", describe(c.node), "text", t, "links", l)
		}
	}
	var bodies []body
	regs, splits := p.regions()
	for k, reg := range regs {
		b, ok := p.bodyIn(reg, cands, scores)
		if !ok {
			log.Debug("not an article", "region", reg)
			if k+1 < len(regs) {
				regs[k+1].lo = reg.lo // what precedes an article is its own
			}
			continue
		}
		if debug {
			for _, r := range b.roots {
				t, l := p.weights(r)
				log.Debug("body root", "region", reg, "node", describe(r), "text", t, "links", l)
			}
		}
		b.region, b.split = reg, splits[k]
		bodies = append(bodies, b)
	}
	return bodies
}

// debugCandidates is how many of the best candidates the debug log shows:
// five, as many as Readability.js keeps (DEFAULT_N_TOP_CANDIDATES).
const debugCandidates = 5

// articleEnough is the line between an article and a page that merely
// has some text: a front page's teasers, a login form, an error page. An
// article has running text of about thirty words or more, in paragraphs
// or list items (see bodyProse), and fewer links than other text.
// Short posts pass; a sign-in page's one sentence does not.
//
// A shorter body passes when it is all the running text the page has
// (see shortArticle): a paywalled story's free paragraph, a video's
// description, a comic's caption.
func (p *page) articleEnough(b body) bool {
	var t, l, prose int32
	for _, r := range b.roots {
		rt, rl := p.weights(r)
		t, l = t+rt, l+rl
		prose += p.bodyProse(p.spans[r])
	}
	if l*articleLinkDen >= t {
		return false
	}
	return prose >= minArticleProse || p.short && p.shortArticle(b, prose)
}

// bodyProse is the running text of the unmarked blocks in s for the
// article gate: the blocks of prose weight, not headings and mostly not
// links, list items included. A run of lines a <br> separates (the
// verses of a poem or a song, an address) is weighed as one paragraph,
// as a reader sees it: each line alone is shorter than a line of prose
// (minProse), the stanza is not.
func (p *page) bodyProse(s span) int32 {
	var prose int32
	for i := s.lo; i < s.hi; {
		bl := &p.blocks[i]
		w, l := bl.weight, bl.link
		j := i + 1
		for ; j < s.hi && p.blocks[j].soft && p.blocks[j].owner == bl.owner && p.blocks[j].mark == nil; j++ {
			w, l = w+p.blocks[j].weight, l+p.blocks[j].link
		}
		if bl.mark == nil && w >= minProse && l*proseLinkDen < w && !isHeading(bl.owner) {
			prose += w
		}
		i = j
	}
	return prose
}

// shortArticle reports whether body b, of the given running text under
// minArticleProse, is still an article: it holds a few sentences
// (minShortArticleProse), the rest of the page holds less than half as
// much running text (shortArticleOthers), and it holds no form. What makes a
// few sentences an article is that nothing else on the page competes
// with them; a front page's teaser, a short one among many, does not
// pass. The sentences around a form are its instructions (a sign-in
// page's, the generic/no-article-login golden), as keepFound reads them.
func (p *page) shortArticle(b body, prose int32) bool {
	if prose < minShortArticleProse {
		return false
	}
	if all := p.sums[len(p.blocks)].prose; (all-prose)*shortArticleOthers >= prose {
		return false
	}
	for _, r := range b.roots {
		if holdsForm(r) {
			return false
		}
	}
	return true
}

// The article gate (articleEnough).
const (
	// minArticleProse is the least running text an article holds: about
	// thirty words. It replaced a gate of 400 letters, or three
	// paragraphs and 250, that left short posts and notices empty
	// (41744bc: 20 pages of the trafilatura set, 2 of ScrapingHub's);
	// the sign-in and front-page fixtures still yield no article.
	minArticleProse = 200

	// articleLinkDen: an article holds less than 1/articleLinkDen of its
	// text in links, fewer links than other text. With the first
	// pipeline (e45e5c9, on the seed pages; no figure recorded).
	articleLinkDen = 2

	// minShortArticleProse is the least running text of a short article
	// (shortArticle): about fifteen words, two sentences. shortArticleOthers:
	// the rest of the page holds less than 1/shortArticleOthers of the
	// body's running text, so the body is two thirds of it or more. From
	// issue 9's zero-article pages, whose short article is the only
	// unmarked running text there is: a paywalled story's free paragraph
	// (188) beside its caption and footer (75bf3a0, with the <br> runs
	// of bodyProse: trafilatura ≠1 tune 7 → 5, check 12 → 9; WCXB F1
	// tune +0.002, check ±0.000).
	minShortArticleProse = 100
	shortArticleOthers   = 2
)

// articlesFrom turns bodies (the primary first, all in document order)
// into articles, each with the zone before its body where its headline,
// byline and dates sit: back to the start of its region or the end of
// the previous body, at most maxHeaderBlocks blocks.
func (p *page) articlesFrom(bodies []body) []*article {
	arts := make([]*article, len(bodies))
	prevEnd := int32(0)
	for k, b := range bodies {
		s := b.span(p)
		a := &article{roots: b.roots, appended: k > 0, split: b.split,
			zone: span{lo: max(prevEnd, b.region.lo, s.lo-maxHeaderBlocks), hi: s.lo}}
		if a.appended {
			a.url = storyURL(p.unit(b, bodies), b.roots[0])
		}
		arts[k] = a
		prevEnd = s.hi
	}
	return arts
}

// maxHeaderBlocks is how many blocks before its body an article's header
// zone (headline, byline, dates, highlights) may reach back. With the
// first pipeline (e45e5c9, on the seed pages; no figure recorded);
// rules.go and content.go bound their zones by it too.
const maxHeaderBlocks = 40

// unit returns the largest element holding b and no other body: the
// story's own container.
func (p *page) unit(b body, all []body) *html.Node {
	u := b.roots[0]
	for u.Parent != nil && u.Parent != p.body {
		others := false
		for _, o := range all {
			if o.roots[0] != b.roots[0] && isAncestor(u.Parent, o.roots[0]) {
				others = true
				break
			}
		}
		if others {
			break
		}
		u = u.Parent
	}
	return u
}

// body is one article's body as the generic path finds it: the elements
// that hold its text, in document order, and the region of the page it
// was found in (see split.go).
type body struct {
	roots  []*html.Node
	score  float64
	region span
	split  *Split // why the region was cut from the one before (regions)
}

func (b body) span(p *page) span {
	return span{lo: p.spans[b.roots[0]].lo, hi: p.spans[b.roots[len(b.roots)-1]].hi}
}

// bodyIn picks the best candidate inside a region and gathers what
// belongs with it, never reaching outside the region. When that body is
// no article (see articleEnough), the next few candidates are tried, as
// scores rank the short bodies of short articles poorly. In generic's
// short pass a candidate that fails is tried as a thread, the row of
// like posts it sits in as a whole (threadOf), and the page's first
// region, when nothing else passes, as the lines that show the page's
// description (describedBody). ok is false when the region holds no
// article.
func (p *page) bodyIn(reg span, cands []candidate, scores map[*html.Node]float64) (body, bool) {
	inside := func(n *html.Node) bool {
		s := p.spans[n]
		return s.lo >= reg.lo && s.hi <= reg.hi
	}
	tries := 0
	for _, top := range cands {
		if !inside(top.node) {
			continue
		}
		n := top.node
		// A lone child says nothing its parent does not: climb, so the
		// parent's other children can be weighed as siblings.
		for n.Parent != nil && n.Parent != p.body && onlyElementChild(n) && inside(n.Parent) {
			n = n.Parent
		}
		n = p.widen(n, inside)
		b := body{roots: p.gatherSiblings(n, top.score, scores, inside), score: top.score}
		if p.articleEnough(b) {
			return b, true
		}
		if p.short {
			if t := p.threadOf(n, inside); t != nil {
				if b := (body{roots: []*html.Node{t}, score: top.score}); p.articleEnough(b) {
					return b, true
				}
			}
		}
		if tries++; tries == maxTries {
			break
		}
	}
	// The region's article may sit in a container it shares with the
	// next article (a story inserted after the last paragraph of
	// another): take the part of the best such container inside it.
	for _, c := range cands {
		s := p.spans[c.node]
		if s.lo < reg.hi && s.hi > reg.lo && !inside(c.node) {
			b := body{roots: p.cover(c.node, reg), score: c.score}
			if len(b.roots) > 0 && p.articleEnough(b) {
				return b, true
			}
			break
		}
	}
	if p.short && reg.lo == 0 {
		return p.describedBody(reg, inside)
	}
	return body{}, false
}

// cover returns the largest elements under n that lie wholly inside the
// region, in document order.
func (p *page) cover(n *html.Node, reg span) []*html.Node {
	var out []*html.Node
	walk(n, func(c *html.Node) bool {
		if c == n || c.Type != html.ElementNode {
			return c == n
		}
		s := p.spans[c]
		switch {
		case s.hi <= reg.lo || s.lo >= reg.hi:
			return false
		case s.lo >= reg.lo && s.hi <= reg.hi:
			out = append(out, c)
			return false
		}
		return true
	})
	return out
}

// maxTries is how many candidates bodyIn weighs in a region: the best and
// two more, since scores rank the short bodies of short articles poorly
// (c2c0cb3: composed pages right count inside/after/reverse 0.80/0.95/1.00
// and ScrapingHub single pages 0.994 one article, for that change as a
// whole).
const maxTries = 3

// widen climbs from the chosen container to the ancestor that best trades
// prose gained for other text let in: the one with the most prose minus
// other unmarked text, headings and list items aside (see neutralBlock).
// It finds bodies that sites cut into several wrappers (a lead block and
// the rest, a grid of chunks between ads), of which Readability's scoring
// sees only the largest. It never leaves the article's region.
func (p *page) widen(n *html.Node, inside func(*html.Node) bool) *html.Node {
	gain := func(e *html.Node) int32 {
		t, _ := p.weights(e)
		pr := p.prose(e)
		return pr - (t - pr - p.neutral(e))
	}
	best, bestGain := n, gain(n)
	for a := n; a.Parent != nil && a.Parent != p.body && a.Parent.Type == html.ElementNode && inside(a.Parent); a = a.Parent {
		if g := gain(a.Parent); g > bestGain {
			best, bestGain = a.Parent, g
		}
	}
	return best
}

// gatherSiblings gathers the siblings that belong with the chosen
// container n, after Readability.js: a sibling joins when it scores well
// itself (more so when it shares the candidate's class), or when it is a
// paragraph of prose. Unlike Readability, what lies between two joined
// siblings joins too unless it is mostly links, so the subheadings, lists
// and quotes between two parts of a body are not lost; and no sibling
// outside the article's region joins.
func (p *page) gatherSiblings(n *html.Node, score float64, scores map[*html.Node]float64, inside func(*html.Node) bool) []*html.Node {
	if n.Parent == nil || n == p.body {
		return []*html.Node{n}
	}
	threshold := max(minSiblingScore, score*siblingScoreShare)
	class := attr(n, "class")
	var sibs []*html.Node
	var keep []bool
	first, last := -1, -1
	for s := n.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s.Type != html.ElementNode || s != n && !inside(s) {
			continue
		}
		ok := s == n
		if !ok && !p.marked(s) {
			bonus := 0.0
			if class != "" && attr(s, "class") == class {
				bonus = score * sameClassBonus
			}
			ok = scores[s]+bonus >= threshold || p.isProse(s)
		}
		sibs = append(sibs, s)
		keep = append(keep, ok)
		if ok {
			if first < 0 {
				first = len(sibs) - 1
			}
			last = len(sibs) - 1
		}
	}
	var out []*html.Node
	for i := first; i <= last; i++ {
		s := sibs[i]
		if keep[i] || !p.marked(s) && p.linkDensity(s) < maxBetweenLinkDensity {
			out = append(out, s)
		}
	}
	return out
}

// Sibling gathering (gatherSiblings, isProse). The scores and shares
// are Readability.js's, from _grabArticle's sibling loop: a sibling joins
// when it scores max(10, a fifth of the candidate's score), with a bonus
// of a fifth of the candidate's score when it shares its class; a
// paragraph joins when it holds more than 80 characters with under a
// quarter of them in links. maxBetweenLinkDensity is pare's own (e45e5c9,
// on the seed pages): what lies between two joined siblings joins unless
// half or more of its text is in links.
const (
	minSiblingScore       = 10
	siblingScoreShare     = 0.2
	sameClassBonus        = 0.2
	minProseSibling       = 80
	proseSiblingLinks     = 0.25
	maxBetweenLinkDensity = 0.5
)

// isProse is Readability's test for a sibling paragraph worth keeping: a
// long one with few links, or a short one with none that ends a sentence.
func (p *page) isProse(n *html.Node) bool {
	if n.DataAtom != atom.P {
		return false
	}
	t, l := p.weights(n)
	if t > minProseSibling {
		return float64(l) < proseSiblingLinks*float64(t)
	}
	if t == 0 || l > 0 {
		return false
	}
	s := p.spans[n]
	if s.hi <= s.lo {
		return false
	}
	last := strings.TrimSpace(p.blocks[s.hi-1].text)
	return strings.HasSuffix(last, ".") || strings.HasSuffix(last, "。")
}

func onlyElementChild(n *html.Node) bool {
	for s := n.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s != n && (s.Type == html.ElementNode || s.Type == html.TextNode && strings.TrimSpace(s.Data) != "") {
			return false
		}
	}
	return true
}
