package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/net/html"
)

// The split decision: whether an article really starts at a candidate
// start (see starts.go), weighed from independent kinds of evidence.
// None decides alone:
//
//   - headline: a headline-like line opens the new part (h1–h6, or an
//     element with role="heading"), or the site marked the part as a
//     story (then its headline may be anything);
//   - first level: that headline is of the first level, as a page's own
//     is (an <h1>, aria-level 1, text styled as large as an <h1>: see
//     firstLevel), not in markup that heads sections of the part before,
//     and not ending in a colon;
//   - own metadata: a byline or a date line right under that headline;
//   - template: the headline is marked up like the page's own (same tag
//     and class): a site renders every story it appends with one template;
//     unless the part before has sections headed in that markup too;
//   - new subject: the content words after the start share little with
//     those before it (lexical cohesion, cohesion.go);
//   - story container: the site tagged the part as a story (data-url,
//     data-article-id, …);
//   - standalone: the part before holds an article's worth of prose and
//     does not announce what follows (it does not end in a colon, as the
//     introduction to a list does, unless the part after carries its own
//     byline or date), and is no preamble (the opening of a page whose
//     own headline follows, with no headline of its own); the part
//     after is more than a
//     headline and a dek, and no list of teasers.
//
// A part is split off when it is standalone and either sits in a story
// container, or opens with a headline and changes the subject, with its
// own metadata, the page's headline template or a first-level headline
// to show it is a story of its own (unless the headline is a list
// article's section heading: sectionHeading), or opens with a headline
// in the page's template or of the first level that carries its own
// byline or date (two stories of one site share their words as often as
// not: its company, its beat), or opens with a headline in the page's
// template and of the first level when each side holds an article's
// worth on its own (minWallProse): two stories of one beat, neither
// with a byline. A guide's sections under headlines styled like the
// page's run a few paragraphs each. A story appended in generated markup has
// no template to match, only its headline's size. A subheading inside one article has a headline, seldom its
// own byline, and keeps the subject; an appended story has all three; a
// placeholder slot ("next story": a headline and a dek) sits in a story
// container but is no article's worth, so it is not standalone; a reply
// in a forum thread has its author and date but keeps the thread's
// subject.

// Split says why an appended Article was cut from the text before it.
type Split struct {
	// Evidence names the kinds of evidence that fired: "headline",
	// "first-level", "own-metadata", "template", "new-subject",
	// "story-container", "standalone".
	Evidence []string
	// Cohesion is the lexical cohesion across the cut: the cosine of the
	// content words on either side, 0 when they share none, 1 when they
	// are the same words in the same proportions. Below maxSplitCohesion
	// the subject is taken to change.
	Cohesion float64
}

// maxSplitCohesion is the cohesion below which the subject changes at a
// candidate start. Chosen on the benchmark sets' tune half, over the cuts
// the splitter made before this test existed: 89% of the cuts between
// two stories of one host (composed pages) fall below 0.25, and 35% of
// the cuts it made inside single articles do not (whole words; the stems
// of stemRunes separate the two better). It is never the only evidence.
const maxSplitCohesion = 0.25

// minSplitParas is the least number of paragraphs of prose the part
// after a cut must hold to stand alone, unless it holds minSplitWeight of
// prose in one: two, so a headline over a dek (a sentence or two, the
// "next story" placeholder an infinite-scroll page holds until the reader
// scrolls) is no article.
const minSplitParas = 2

// splitEvidence weighs the start of a new article at block at, between
// the text of the article before it (lo..at) and its own (at..end). tmpl
// is the page's headline markup, s the start as articleStarts found it;
// enough and teasers are the standalone tests regions already made.
func (p *page) splitEvidence(tmpl headlineTemplate, s start, lo, at, end int32, enough, teasers bool) (Split, bool) {
	var sp Split
	fired := func(kind string) { sp.Evidence = append(sp.Evidence, kind) }
	head := s.at // the start itself, before headerStart took its header along
	if at < s.at {
		// headerStart took the start back to the top of its header: the
		// headline is the header's first, not a heading below it (a
		// sign-up box's "Breaking News Emails" opening the <article>
		// under a story's headline and dek; with this rule, composed
		// inside right count tune 0.821 → 0.857, check unchanged;
		// trafilatura ≠1 check 9 → 8, no tune page moves).
		if h := p.openingHeadline(at, end); h >= 0 {
			head = h
		}
	}
	if b := &p.blocks[head]; !headingBlock(b) || b.weight < minHeadlineWeight {
		head = p.openingHeadline(at, end)
	}
	if head >= 0 && documentPart(p.blocks[head].text) {
		head = -1 // "Acknowledgments": a section of the article before
	}
	var ownMeta, template, top bool
	if head >= 0 {
		fired("headline")
		// A first-level headline whose markup heads sections of the
		// part before (as templateWithin) is the site's section markup;
		// one that ends in a colon introduces what follows ("A message
		// from our founder:" over an appeal), as announces reads a
		// paragraph.
		h := headingOf(p.blocks[head].owner)
		own := headlineTemplate{h.DataAtom, attr(h, "class"), true}
		if top = firstLevel(h) && !p.templateWithin(own, lo, at) && !endsInColon(p.blocks[head].text); top {
			fired("first-level")
		}
		if ownMeta = p.headerAt(head, min(head+maxHeaderLines+1, end)); ownMeta {
			fired("own-metadata")
		}
		if template = tmpl.matches(p.blocks[head].owner) && !p.templateWithin(tmpl, lo, at); template {
			fired("template")
		}
	}
	sp.Cohesion = p.cohesion(lo, at, end)
	newSubject := sp.Cohesion < maxSplitCohesion
	if newSubject {
		fired("new-subject")
	}
	story := s.story || p.inStory(lo, at, end)
	if story {
		fired("story-container")
	}
	paras := p.parasIn(span{at, end})
	// A colon announces what follows unless what follows carries its own
	// byline or date: the sections a list's or a guide's introduction
	// announces carry none, while a colon left before an appended story
	// announced something the cleaning took away (an embedded post).
	standalone := enough && !teasers && (ownMeta || !p.announces(lo, at)) && !p.preamble(lo, at, end) &&
		(paras >= minSplitParas || p.oneParagraphStory(at, end))
	if standalone {
		fired("standalone")
	}
	// A headline in the markup of the page's list sections (see
	// sectionHeading) heads an item of one article, however new its
	// subject and whatever its own lines say ("Author: …").
	section := head >= 0 && !template && p.sectionHeading(tmpl, head)
	// Two stories of one beat with no byline (composed "inside" pages:
	// a site's two car reviews, two festival reports) share their words
	// and carry no metadata: the page's own headline markup at the first
	// level over an article's worth on both sides is a story of its own
	// (this rule: composed inside right count tune 0.714 → 0.821, check
	// 0.778 unchanged; unmarked-style and -aria check 0.935 → 0.963; no
	// benchmark page moves, tune or check).
	whole := template && top && p.proseIn(span{lo, at}) >= minWallProse && p.proseIn(span{at, end}) >= minWallProse
	ok := standalone && (story || !section && newSubject && (ownMeta || template || top) || ownMeta && (template || top) || whole)
	return sp, ok
}

// oneParagraphStory reports whether the part at..end, of fewer than
// minSplitParas paragraphs, holds a story in one: minSplitWeight of
// prose, unless that is a dek cut short (see cutShort) under
// minWallProse. A wall of text is an article's worth however it ends
// (a composed "after" page's appended story, one block of 2,064 the
// source cut off with an ellipsis).
func (p *page) oneParagraphStory(at, end int32) bool {
	prose := p.proseIn(span{at, end})
	return prose >= minSplitWeight && (prose >= minWallProse || !p.cutShort(at, end))
}

// cutShort reports whether the last paragraph of prose in at..end ends
// in an ellipsis ("…", "...", "[…]"): an excerpt cut off mid-sentence,
// the dek of a story told elsewhere, as an infinite-scroll slot or a
// teaser shows it until the reader follows the link. An article's own
// paragraph ends its sentence. It is asked of a part of one paragraph
// only (see splitEvidence): in a story of several, an ellipsis is a
// quotation's. From issue 9's composed placeholder pages, whose slot's
// dek is cut at 400 letters with an ellipsis, as many as minSplitWeight
// (78c1ecf, with oneParagraphStory: composed placeholder pages one article tune
// 0.981 → 1.000, check 1.000 unchanged; no other composed or benchmark
// page moves).
func (p *page) cutShort(at, end int32) bool {
	for i := end - 1; i >= at; i-- {
		if b := &p.blocks[i]; b.mark == nil && proseBlock(b) {
			t := strings.TrimRight(strings.TrimSpace(b.text), "])")
			return strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...")
		}
	}
	return false
}

// sectionHeading reports whether the heading at block head is marked up
// as the sections of a list article are: a heading of a lower rank than
// the page's own headline (an <h4> under the <h1>), whose tag and class
// head sectionHeadings parts of the page or more. A roundup of books, a
// buying guide of products, each item under its title with its own lines
// ("Author: …", "Released: …"), changes its subject at every item; the
// site's template for an appended story is its headline's (template),
// or a story container marks it.
func (p *page) sectionHeading(tmpl headlineTemplate, head int32) bool {
	h := headingOf(p.blocks[head].owner)
	rank := headingRank(h)
	top := headingRank(&html.Node{Type: html.ElementNode, DataAtom: tmpl.tag, Data: tmpl.tag.String()})
	if !tmpl.ok || rank == 0 || top == 0 || rank <= top {
		return false
	}
	class, n := attr(h, "class"), 0
	var last *html.Node
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.mark != nil || !headingBlock(b) {
			continue
		}
		if o := headingOf(b.owner); o != last && o.DataAtom == h.DataAtom && attr(o, "class") == class {
			last = o
			if n++; n == sectionHeadings {
				return true
			}
		}
	}
	return false
}

// sectionHeadings is how many headings in one markup make it the markup
// of a list article's sections (sectionHeading): three, as for a run of
// teasers (teaserRun), so that a subheading or two does not.
const sectionHeadings = 3

// inStory reports whether the part at..end opens a container the site
// tagged as a story (story-attributes.txt) that holds none of the text
// before it (lo..at): the start found may be the story's headline, some
// blocks into the container, but a container that holds prose before
// the start is the story the part before belongs to (a post's
// data-post-id wrapper around its introduction and its sections).
func (p *page) inStory(lo, at, end int32) bool {
	attrs := storyAttrs()
	for n := p.blocks[at].owner; n != nil; n = n.Parent {
		sp, ok := p.spans[n]
		if !ok || sp.lo <= lo && sp.hi > lo || sp.lo < at && p.proseIn(span{sp.lo, at}) > 0 {
			return false
		}
		if hasStoryAttr(n, attrs) && sp.lo < end {
			return true
		}
	}
	return false
}

// documentParts are the names of the parts of one document
// (document-parts.txt).
var documentParts = sync.OnceValue(func() map[string]bool { return lexiconList("document-parts").set() })

// partNumber is a section's number before its name: "5. ", "IV) ".
var partNumber = regexp.MustCompile(`^(\d+|[ivxlc]+)[.)]?\s+`)

// documentPart reports whether a heading is only the name of a part of
// one document ("Acknowledgments", "5. Conclusion:"), which heads a
// section of the article around it.
func documentPart(heading string) bool {
	h := strings.ToLower(collapse(heading))
	h = partNumber.ReplaceAllString(h, "")
	h = strings.TrimRight(h, " :.!?…")
	return documentParts()[h]
}

// templateWithin reports whether the part lo..at holds a heading in
// the page's headline markup besides its own headline (the first): then
// the site marks up its article's sections as it marks up headlines (a
// buying guide's "Best firm mattress" under "Best mattresses for side
// sleepers"), and the markup tells no story from a section.
func (p *page) templateWithin(tmpl headlineTemplate, lo, at int32) bool {
	seen := false
	for i := lo; i < at; i++ {
		b := &p.blocks[i]
		if b.mark != nil || !headingBlock(b) || !tmpl.matches(b.owner) {
			continue
		}
		if seen {
			return true
		}
		seen = true
	}
	return false
}

// preamble reports whether the part before a cut is the page's
// preamble rather than an article: the part after opens with the page's
// own headline (its title), so the page's own article starts there, and
// the part before, the page's opening, lacks what an article needs: a
// headline of its own and an article's worth of prose (articleProse,
// not the page's own article's allowance for a short one). A site's
// welcome box above a forum thread, a banner for a competition above a
// story.
func (p *page) preamble(lo, at, end int32) bool {
	if lo != 0 {
		return false
	}
	if h := p.openingHeadline(at, end); h < 0 || !similarTitle(titleWords(p.blocks[h].text), titleWords(p.pageTitle())) {
		return false
	}
	if !p.articleProse(span{lo, at}) {
		return true
	}
	for i := lo; i < at; i++ {
		if b := &p.blocks[i]; b.mark == nil && headingBlock(b) && b.weight >= minHeadlineWeight {
			return false
		}
	}
	return true
}

// titleWords is a headline's words alone, its punctuation taken out: a
// page's title and its headline often differ only there
// ("Grenzschließungen: Deutschland, …" above "Grenzschließungen
// Deutschland, …", the kicker set apart by a colon in one and by markup
// in the other).
func titleWords(s string) string {
	return collapse(strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return ' '
	}, s))
}

// openingHeadline returns the first heading among the opening blocks of
// the part at..end (its kicker, picture and caption may come first), or
// -1.
func (p *page) openingHeadline(at, end int32) int32 {
	for i := at; i < min(at+maxHeaderLines, end); i++ {
		b := &p.blocks[i]
		if b.mark == nil && headingBlock(b) && b.weight >= minHeadlineWeight {
			return i
		}
		if proseBlock(b) {
			break
		}
	}
	return -1
}

// announces reports whether the text before a start ends by announcing
// what follows: its last line of prose ends in a colon ("Here are the
// best mattresses of the year:"), as the introduction to a list, a guide
// or a chapter does, which is the start of one article.
func (p *page) announces(lo, at int32) bool {
	for i := at - 1; i >= lo; i-- {
		b := &p.blocks[i]
		if b.mark != nil || b.weight == 0 {
			continue
		}
		if headingBlock(b) {
			continue
		}
		return endsInColon(b.text)
	}
	return false
}

// endsInColon reports whether a line ends in a colon, as a line that
// announces what follows does.
func endsInColon(s string) bool {
	t := []rune(strings.TrimSpace(s))
	return len(t) > 0 && (t[len(t)-1] == ':' || t[len(t)-1] == '：')
}
