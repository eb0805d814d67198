package extract

import (
	"fmt"
	"strings"
	"sync"

	"github.com/pare-dev/pare/rules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// cleanBody decides, block by block, what of the body is article text.
// A block goes when it sits in an element marked as boilerplate, in a
// link list, or when a line rule recognises it; dates and bylines it
// drops go to the article's metadata. It returns the blocks kept.
//
// The main content of a page that is no article (a.lenient, see
// content.go) keeps its link lists, dates, names and short lines, which
// on such pages are what the reader came for.
func (p *page) cleanBody(a *article, body []int32) []int32 {
	linkLists := linkSet{}
	if !a.lenient {
		linkLists = p.linkLists(a.roots)
	}
	reg := lineRules() // once per body, not per block
	l := &line{a: a, p: p}
	noted := map[*html.Node]bool{}
	dropEl := func(b *block, n *html.Node, r rules.Reason, by string) {
		b.drop = r
		if !noted[n] {
			noted[n] = true
			p.note(r, by, n)
		}
	}
	p.dropBoilerSections(a.roots, body)
	kept := make([]int32, 0, len(body))
	prose, headline := 0, p.headlineAboveBody(a) // prose: the paragraphs kept so far
	lead := 0                                    // lead: those of them before a header's date line (leadParagraph)
	for _, i := range body {
		b := &p.blocks[i]
		if !headline && a.isHeadline(b) {
			headline = true
		}
		if b.drop != "" {
			continue
		}
		if b.mark != nil && !(p.opts.Captions && p.marks[b.mark].reason == rules.Caption) {
			m := p.marks[b.mark]
			p.noteMarkedLine(a, b, m.reason) // a byline dropped by its class is still the byline
			if m.reason != rules.Byline && m.reason != rules.Dateline && m.reason != rules.Caption && b.link == 0 {
				p.markedHeaderDate(a, b, !headline || lead > maxLeadParagraphs)
			}
			dropEl(b, b.mark, m.reason, m.by)
			continue
		}
		if n := linkLists.holder(b.owner); n != nil {
			if r, ok := p.headerMetaLine(a, b, lead > maxLeadParagraphs); ok {
				// "<a>Tanja Karrasch</a> 3.11.2023": a byline whose name
				// links to the author's page is mostly link, and still the
				// byline.
				dropEl(b, n, r, "byline-or-date")
				continue
			}
			dropEl(b, n, linkListRule.reason, fmt.Sprintf("%s (%.0f%% links)", linkListRule.name, 100*p.linkDensity(n)))
			continue
		}
		if isElem(b.owner, atom.Pre) {
			// Code is the author's text line for line: "// ..." is a
			// comment, not a share label (segment makes a <pre> one
			// block). Only a gutter of line numbers goes: a <pre> of
			// 1, 2, 3… in a table cell, beside the cell of the code.
			if lineNumbers(b.text) && inCell(b.owner) {
				b.drop = rules.Other
				p.noteNodes(b.drop, "line-numbers", b.text, b.owner)
				continue
			}
			kept = append(kept, i)
			continue
		}
		l.text, l.b, l.seenProse = b.text, b, prose > 0
		if r, by := lineReason(reg, l); r != "" && (!a.lenient || r != rules.Byline && r != rules.Dateline) &&
			(!p.opts.Captions || r != rules.Caption) {
			b.drop = r
			p.noteNodes(r, by, b.text, b.owner)
			if r == rules.Title && prose == 0 {
				kept = p.dropAboveTitle(kept)
			}
			continue
		}
		if b.weight >= minProseLine && !isHeading(b.owner) {
			if prose == 0 && !a.lenient {
				a.dateline = leadDate(b.text)
			}
			if a.origin.IsZero() && !a.lenient {
				a.origin = originDate(b.text)
			}
			prose++
			if p.leadParagraph(b) {
				lead++
			}
		}
		kept = append(kept, i)
	}
	if a.lenient {
		return kept
	}
	kept = p.dropAdjacentCopies(kept)
	kept = p.dropBodyCopy(kept)
	kept = p.dropSummary(a, kept)
	kept = p.dropSignOff(a, kept)
	return p.dropDebris(kept)
}

// headerMetaLine notes b as a byline or date line of a's header when it
// is one with a date, or a lead and a full name (fullName), before the
// body's paragraphs (pastLead false: at most maxLeadParagraphs came
// before it), and gives its removal reason.
func (p *page) headerMetaLine(a *article, b *block, pastLead bool) (rules.Reason, bool) {
	if pastLead || !mayBeMetaLine(b.text) {
		return "", false
	}
	m, ok := parseMetaLine(b.text)
	if !ok || !m.dated() && !(m.led && fullName(m.byline)) {
		return "", false
	}
	a.found = append(a.found, m)
	return m.reason(), true
}

// leadParagraph reports whether b, a paragraph of the body, counts
// toward maxLeadParagraphs: not when it is the page's description, the
// standfirst a template shows under the headline, which says nothing of
// where the body starts. A disclosure above it and the standfirst made
// two, and the date line under them went as a link list (issue 10's
// WCXB tune page 0098: "By <a>Kathryn Giuffrida</a> Mar 5, 2025 | <a>6
// comments</a>" under an affiliate notice and the description).
func (p *page) leadParagraph(b *block) bool {
	return p.meta.description == "" || !sameText(b.text, p.meta.description)
}

// maxLeadParagraphs is how many paragraphs may come before a header's
// date line that a link list holds (headerMetaLine): the standfirst a
// template sets under the headline, above the date ("<p>What Hollywood
// legends …</p><div><a>December 18, 2025</a> Technology</div>").
// From a WCXB tune page; measured from 771913f: publish day tune WCXB
// articles 0.856 -> 0.859, trafilatura 0.860 -> 0.863; check WCXB
// 0.859 -> 0.862, trafilatura 0.864 -> 0.866; no author moved.
const maxLeadParagraphs = 1

// markedHeaderDate notes the dates of b, a line of the header in an
// element marked as boilerplate of another kind (an <aside> of the date,
// the source and the topic under the standfirst, marked as related
// links), when it is a date line with no link, after the headline and
// before the body's paragraphs (pastLead false: see maxLeadParagraphs).
// Its byline is left to the byline code. A marked menu's teaser dates
// ("… Careers Month 01/31/2025") come before any headline, and are
// links. From a trafilatura tune page (alpin.de); measured from 7281c1f:
// publish day tune trafilatura 0.863 -> 0.866, WCXB articles 0.859
// holds; check WCXB articles 0.862 -> 0.868, trafilatura 0.866 holds.
func (p *page) markedHeaderDate(a *article, b *block, pastLead bool) {
	if pastLead || !mayBeMetaLine(b.text) {
		return
	}
	m, ok := datedMeta(b.text)
	if !ok {
		return
	}
	m.byline, m.led = "", false
	a.found = append(a.found, m)
}

// headlineAboveBody reports whether a's headline comes just before its
// body: findTitle picked it in the zone, which then starts after it.
func (p *page) headlineAboveBody(a *article) bool {
	i := a.zone.lo - 1
	return i >= 0 && i < int32(len(p.blocks)) && a.isHeadline(&p.blocks[i])
}

const (
	// minProseLine is the text weight from which a block that is no
	// heading counts as prose for the line rules (seenProse): about two
	// lines of a paragraph. From the seed pages.
	minProseLine = 80
	// debrisLinkShare: a short line at an end of the body that is more
	// than 1/debrisLinkShare links is a label, even when it ends as a
	// sentence does. From the seed pages.
	debrisLinkShare = 2
	// maxLabelWords is the most words of a label that dropDebris takes
	// at the end of the body ("Tags", "Contact us"), where a short
	// closing note ("Photos by the author.") stays. From the seed pages.
	maxLabelWords = 3
	// minHighlightWeight, highlightLinkShare, minHighlights and
	// maxHighlights say what a list of highlight bullets is: two to six
	// items of a few words each, less than 1/highlightLinkShare links.
	// From the seed pages' summaries.
	minHighlightWeight = 30
	highlightLinkShare = 3
	minHighlights      = 2
	maxHighlights      = 6
	// linkListShare and maxLinkListWeight say what a link list is: an
	// element of the body more than 1/linkListShare links (the link
	// density cut-off of Readability.js's conditional cleaning, at its
	// strongest), lighter than a long article's text.
	linkListShare     = 2
	maxLinkListWeight = 3000
)

// sentenceMarks are the marks a sentence ends with and what may follow
// them.
type sentenceMarks struct {
	ends    []string
	closing string // a cutset for strings.TrimRight
}

var sentenceEnds = sync.OnceValue(func() sentenceMarks {
	l := lexiconList("sentence-ends")
	return sentenceMarks{ends: l.inGroup("end"), closing: " " + strings.Join(l.inGroup("closing"), "")}
})

// endsSentence reports whether text ends as a sentence does
// (lexicon/sentence-ends.txt).
func endsSentence(text string) bool {
	m := sentenceEnds()
	t := strings.TrimRight(text, m.closing)
	for _, e := range m.ends {
		if strings.HasSuffix(t, e) {
			return true
		}
	}
	return false
}

// dropDebris drops the short lines left at either end of the body once
// the article's header and footer are gone (edgeDebrisRule): kickers,
// labels, reading times, button texts, an author's name, a lone "Tags".
// A line is short when it is less than a line of prose (minProse); list
// items, table cells and code are kept, as are headings at the start
// (the first subheading). A heading at the end heads nothing and goes.
func (p *page) dropDebris(kept []int32) []int32 {
	debris := func(b *block, atEnd bool) bool {
		if listItem(b) != nil || isCell(b.owner) || isElem(b.owner, atom.Pre) {
			return false
		}
		if p.opts.Captions && b.anyMark != nil && p.marks[b.anyMark].reason == rules.Caption {
			return false // asked for: a caption is no debris
		}
		if isHeading(b.owner) {
			return atEnd || isElem(b.owner, atom.H1)
		}
		if endsSentence(b.text) && b.link*debrisLinkShare < b.weight {
			return false // a short sentence is text, a label is not
		}
		if atEnd {
			// A closing note can be short ("Photos by the author."), so at
			// the end only links and the barest labels go.
			return b.weight < minProse && (b.link*debrisLinkShare > b.weight || wordsAtMost(b.text, maxLabelWords))
		}
		return b.weight < minProse
	}
	lo, hi := 0, len(kept)
	for lo < hi && debris(&p.blocks[kept[lo]], false) {
		lo++
	}
	for hi > lo && debris(&p.blocks[kept[hi-1]], true) {
		hi--
	}
	if hi == lo {
		return kept // all short lines: not debris around an article
	}
	for _, i := range append(kept[:lo:lo], kept[hi:]...) {
		b := &p.blocks[i]
		b.drop = edgeDebrisRule.reason
		p.noteNodes(b.drop, edgeDebrisRule.name, b.text, b.owner)
	}
	return kept[lo:hi]
}

// inQuote reports whether n sits inside a <blockquote>.
func inQuote(n *html.Node) bool { return under(n, atom.Blockquote) }

// dropAboveTitle drops the short lines kept above a headline that the
// body repeats (aboveHeadlineRule): section labels, kickers, breadcrumbs.
// They belong to the page's header, which the body container happened to
// include; a line of prose among them says they do not.
func (p *page) dropAboveTitle(kept []int32) []int32 {
	for _, i := range kept {
		if p.blocks[i].weight >= maxHeaderLineWeight {
			return kept
		}
	}
	for _, i := range kept {
		b := &p.blocks[i]
		b.drop = aboveHeadlineRule.reason
		p.noteNodes(b.drop, aboveHeadlineRule.name, b.text, b.owner)
	}
	return kept[:0]
}

// dropSummary moves a list of highlight bullets that opens the body into
// the summary (highlightsRule).
func (p *page) dropSummary(a *article, kept []int32) []int32 {
	var list *html.Node
	n := 0
	for _, i := range kept {
		b := &p.blocks[i]
		if !isElem(b.owner, atom.Li) {
			break
		}
		if list == nil {
			list = b.owner.Parent
		}
		if b.owner.Parent != list || b.weight < minHighlightWeight || b.link*highlightLinkShare > b.weight {
			return kept
		}
		n++
	}
	if n < minHighlights || n > maxHighlights || n == len(kept) {
		return kept
	}
	for _, i := range kept[:n] {
		b := &p.blocks[i]
		b.drop = highlightsRule.reason
		if len(a.summary) < n {
			a.summary = append(a.summary, b.text)
		}
		p.noteNodes(b.drop, highlightsRule.name, b.text, b.owner)
	}
	return kept[n:]
}

// dropSignOff removes closing lines that repeat the byline, as agency
// copy ends: "Matthew Lee, The Associated Press" (signOffRule).
func (p *page) dropSignOff(a *article, kept []int32) []int32 {
	byline := a.shownByline()
	if byline == "" {
		return kept
	}
	for len(kept) > 1 {
		b := &p.blocks[kept[len(kept)-1]]
		if !sameText(b.text, byline) && !sameText(b.text, "By "+byline) {
			break
		}
		b.drop = signOffRule.reason
		p.noteNodes(b.drop, signOffRule.name, b.text, b.owner)
		kept = kept[:len(kept)-1]
	}
	return kept
}

// linkSet is a set of elements inside a body that are lists of links.
type linkSet map[*html.Node]bool

func (s linkSet) holder(n *html.Node) *html.Node {
	for ; n != nil; n = n.Parent {
		if s[n] {
			return n
		}
	}
	return nil
}

// linkLists finds the elements inside the body roots that are mostly
// links (linkListRule) — teaser lists, tag clouds, "more stories" — the
// conditional cleaning of Readability.js reduced to its strongest test.
func (p *page) linkLists(roots []*html.Node) linkSet {
	set := linkSet{}
	for _, r := range roots {
		walk(r, func(n *html.Node) bool {
			if n.Type != html.ElementNode || n == r {
				return true
			}
			switch n.DataAtom {
			case atom.Div, atom.Section, atom.Ul, atom.Ol, atom.Table, atom.Form, atom.Aside, atom.Nav, atom.Dl:
			default:
				return true
			}
			t, l := p.weights(n)
			if t > 0 && l*linkListShare > t && t < maxLinkListWeight {
				set[n] = true
				return false
			}
			return true
		})
	}
	return set
}
