package extract

import "sort"

// Splitting: a page can hold several articles — an infinite-scroll page
// holds the story the reader opened and the stories the site appended
// below it. The page is first cut into regions, one per article, at the
// blocks where an article starts; then each region gets its own body
// (select.go), which can never reach into the next region. An article
// starts where the page shows one of these (found in starts.go),
// followed by an article's worth of prose before the next start (or, under
// a first-level headline with its own byline or date, a short story that
// stands alone: headedStory):
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
// document order, with the evidence each cut was made on (nil for the
// first region); a page of one article is one region. With
// Options.NoSplit the page is one region.
func (p *page) regions() ([]span, []*Split) {
	n := int32(len(p.blocks))
	if p.opts.NoSplit {
		return []span{{0, n}}, []*Split{nil}
	}
	tmpl := p.headlineMarkup()
	starts := p.articleStarts(tmpl)
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
	splits := []*Split{nil}
	lo, prev := int32(0), start{story: true} // the page's own article may be short
	for k, s := range kept {
		end := n
		if k+1 < len(kept) {
			end = kept[k+1].at
		}
		at := p.headerStart(starts, lo, s.at)
		if at <= lo {
			continue
		}
		enough := p.enoughFor(prev, span{lo, at})
		teasers := p.teaserList(span{at, end}) || p.headlineRun(tmpl, span{at, end}) || p.labelledRun(span{at, end})
		sp, ok := p.splitEvidence(tmpl, s, lo, at, end, enough, teasers)
		p.opts.Logger.Debug("article start", "block", at, "text", p.blocks[at].text, "evidence", sp.Evidence, "cohesion", sp.Cohesion, "split", ok)
		if ok {
			out = append(out, span{lo, at})
			splits = append(splits, &sp)
			lo, prev = at, s
		}
	}
	return append(out, span{lo, n}), splits
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
	// The region may open above the start's headline, with its header
	// (headerStart): the headline is still the start's own.
	return p.articleProse(s) || p.headedStory(span{max(st.at, s.lo), s.hi})
}

// headedStory reports whether s opens with a first-level headline that
// carries its own byline or date line (headerAt) over a short story that
// stands alone: minSplitParas paragraphs of minArticleProse, or one
// paragraph that is a story in one (oneParagraphStory). A page's own
// headline is marked so, and so is a story appended in the same or in
// generated markup: a paywalled story's two-paragraph snippet, a short
// post. Such a headline is the strongest of a start's kinds of evidence
// short of a story container, so it asks no more prose than a container
// does. A subheading inside one article is seldom of the first level
// and seldom dated; a "next story" slot's dek is one paragraph cut short.
// With this rule (composed pages, right count tune / check: inside
// 0.893 / 0.852 → 0.929 / 0.889, unmarked-style and -aria 0.926 / 0.963
// → 0.963 / 0.981; placeholder still 1.000; no benchmark page moves).
func (p *page) headedStory(s span) bool {
	if s.hi <= s.lo || !firstLevel(p.blocks[s.lo].owner) || !p.headerAt(s.lo, min(s.lo+maxHeaderLines+1, s.hi)) {
		return false
	}
	at := s.lo + 1
	return p.parasIn(span{at, s.hi}) >= minSplitParas && p.proseIn(span{at, s.hi}) >= minArticleProse || p.oneParagraphStory(at, s.hi)
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

// headlineRun reports whether a region opens as a run of headlines with
// a line each: after its own headline, teaserRun headlines marked up as
// the page's own headline follow one another with at most one paragraph
// after each (a "Related posts" box whose headlines are not links, each
// above an excerpt). An article's
// sections hold more than a paragraph each as often as not, and the
// part after a cut that opens so is no article of its own either way.
func (p *page) headlineRun(tmpl headlineTemplate, s span) bool {
	run, since := 0, 0
	for i := s.lo + 1; i < s.hi; i++ {
		b := &p.blocks[i]
		switch {
		case b.mark != nil:
		case headingBlock(b) && b.weight >= minHeadlineWeight:
			if since > 1 || !tmpl.matches(b.owner) {
				return false
			}
			if run++; run == teaserRun {
				return true
			}
			since = 0
		case proseBlock(b):
			since++
		}
	}
	return false
}

// labelledRun reports whether a region opens as a run of deks under
// labels: after its own headline, teaserRun paragraphs of prose follow
// one another, each after a line of its own that is no prose (a label, a
// kicker, a heading in any markup) and each shorter than maxDekWeight,
// with no two paragraphs together. A magazine's "Themen der Ausgabe"
// box, each topic's name over a sentence or two, holds as many
// paragraphs as a short story, but a story's paragraphs follow one
// another, or run longer under their subheadings (a deals post's items).
func (p *page) labelledRun(s span) bool {
	run, label := 0, false
	for i := s.lo + 1; i < s.hi; i++ {
		b := &p.blocks[i]
		switch {
		case b.mark != nil || b.weight == 0:
		case proseBlock(b):
			if !label || b.weight >= maxDekWeight {
				return false
			}
			if run++; run == teaserRun {
				return true
			}
			label = false
		default:
			label = true
		}
	}
	return false
}

// maxDekWeight is the most a dek weighs (labelledRun): a sentence or
// two, about twenty-five words. The "Themen der Ausgabe" box of issue 9's
// split trafilatura page has deks of 80 to 88; a deals post's items
// under their subheadings (a composed "reverse" page) run 378 to 564
// (d9315f0, with sectionHeading and inStory's prose test: ≠1 tune
// trafilatura 5 → 4, WCXB article pages 3 → 1; check trafilatura 9 → 8).
const maxDekWeight = 150

// teaserRun is how many headlines with at most a paragraph each make a
// run of teasers (headlineRun): three, so that a standfirst and one
// short section under a story's headline do not.
const teaserRun = 3

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

// articleProse reports whether the blocks in s hold an article's worth of
// prose: three paragraphs or list items that read as prose, of
// minSplitWeight in all, or fewer that weigh minWallProse (a body whose
// paragraphs the page never marked up, one wall of text). A teaser's
// sentence or two does not.
func (p *page) articleProse(s span) bool {
	if s.hi <= s.lo {
		return false
	}
	hi, lo := p.sums[s.hi], p.sums[s.lo]
	prose := hi.prose + hi.items - lo.prose - lo.items
	return p.parasIn(s) >= articleParas && prose >= minSplitWeight || prose >= minWallProse
}

// minWallProse is the prose that is an article's worth however few
// paragraphs hold it: about 170 words, more than any teaser, dek or
// standfirst runs to. A story whose text came as lines with no
// paragraph markup (a composed "unmarked" page's appended story, one
// block of 2,064) is one paragraph to the blocks (11322ce: composed
// unmarked pages right count tune 0.870 → 0.907, check unchanged at
// 0.935; no benchmark page moves).
const minWallProse = 1000

// parasIn returns the number of unmarked paragraphs of prose in s, list
// items' included.
func (p *page) parasIn(s span) int32 {
	if s.hi <= s.lo {
		return 0
	}
	hi, lo := p.sums[s.hi], p.sums[s.lo]
	return hi.paras + hi.itemParas - lo.paras - lo.itemParas
}

// proseIn returns the unmarked prose weight of the blocks in s.
func (p *page) proseIn(s span) int32 {
	if s.hi <= s.lo {
		return 0
	}
	return p.sums[s.hi].prose - p.sums[s.lo].prose
}
