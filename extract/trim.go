package extract

import (
	"fmt"
	"strings"

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
	seenProse := false
	for _, i := range body {
		b := &p.blocks[i]
		if b.drop != "" {
			continue
		}
		if b.mark != nil {
			m := p.marks[b.mark]
			dropEl(b, b.mark, m.reason, m.by)
			continue
		}
		if n := linkLists.holder(b.owner); n != nil {
			dropEl(b, n, rules.Related, fmt.Sprintf("link list (%.0f%% links)", 100*p.linkDensity(n)))
			continue
		}
		if r, by := p.lineReason(a, b, seenProse); r != "" && (!a.lenient || r != rules.Byline && r != rules.Dateline) {
			b.drop = r
			p.noteText(r, by, b.text)
			if r == rules.Title && !seenProse {
				kept = p.dropAboveTitle(kept)
			}
			continue
		}
		if b.weight >= 80 && !isHeading(b.owner) {
			seenProse = true
		}
		kept = append(kept, i)
	}
	if a.lenient {
		return kept
	}
	kept = p.dropSummary(a, kept)
	kept = p.dropSignOff(a, kept)
	return p.dropDebris(kept)
}

// endsSentence reports whether text ends as a sentence does.
func endsSentence(text string) bool {
	t := strings.TrimRight(text, " \"'”’»)")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?") ||
		strings.HasSuffix(t, "…") || strings.HasSuffix(t, "。") || strings.HasSuffix(t, "！") || strings.HasSuffix(t, "？")
}

// dropDebris drops the short lines left at either end of the body once
// the article's header and footer are gone: kickers, labels, reading
// times, button texts, an author's name, a lone "Tags". A line is short
// when it is less than a line of prose (minProse); list items, table
// cells and code are kept, as are headings at the start (the first
// subheading). A heading at the end heads nothing and goes.
func (p *page) dropDebris(kept []int32) []int32 {
	debris := func(b *block, atEnd bool) bool {
		if listItem(b) != nil || isCell(b.owner) || isElem(b.owner, atom.Pre) {
			return false
		}
		if isHeading(b.owner) {
			return atEnd || isElem(b.owner, atom.H1)
		}
		if endsSentence(b.text) && b.link*2 < b.weight {
			return false // a short sentence is text, a label is not
		}
		if atEnd {
			// A closing note can be short ("Photos by the author."), so at
			// the end only links and the barest labels go.
			return b.weight < minProse && (b.link*2 > b.weight || len(strings.Fields(b.text)) <= 3)
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
		b.drop = rules.Other
		p.noteText(rules.Other, "short line at the edge of the body", b.text)
	}
	return kept[lo:hi]
}

// lineReason applies the line rules to one body block.
func (p *page) lineReason(a *article, b *block, seenProse bool) (rules.Reason, string) {
	text, lx := b.text, lineLex()
	for _, s := range ruleTextStrips(a.rule) {
		if s.Pattern.MatchString(text) {
			return s.Reason, "rule " + a.rule.Name + " strip_text " + s.Pattern.String()
		}
	}
	switch {
	case sameText(text, a.title) || !seenProse && isHeading(b.owner) && (similarTitle(text, a.title) || similarTitle(text, p.pageTitle())):
		return rules.Title, "line repeats the title"
	case lx.shareLine(text):
		return rules.Share, "share or follow label"
	case urlLine(text, p.url):
		return rules.Share, "the page's address"
	case lx.adLine(text):
		return rules.Ad, "advertisement label"
	case lx.captionLine(text):
		return rules.Caption, "photo credit"
	case lx.copyrightLine(text):
		return rules.Other, "copyright notice"
	case lx.relatedLine(text, b):
		return rules.Related, "read-more prompt"
	case lx.newsletterLine(text):
		return rules.Newsletter, "sign-up prompt"
	}
	// A quote's own attribution ("— Ana Ruiz (@ana) March 3, 2024" under
	// an embedded post) reads like a byline and date but is the quote's.
	if (!seenProse || b.weight < 120) && !inQuote(b.owner) {
		if r, ok := p.readMetaLine(a, text); ok {
			return r, "byline or date line"
		}
	}
	return "", ""
}

// inQuote reports whether n sits inside a <blockquote>.
func inQuote(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n.DataAtom == atom.Blockquote {
			return true
		}
	}
	return false
}

// dropAboveTitle drops the short lines kept above a headline that the
// body repeats: section labels, kickers, breadcrumbs. They belong to the
// page's header, which the body container happened to include.
func (p *page) dropAboveTitle(kept []int32) []int32 {
	for _, i := range kept {
		b := &p.blocks[i]
		if b.weight >= 120 {
			return kept
		}
	}
	for _, i := range kept {
		b := &p.blocks[i]
		b.drop = rules.Navigation
		p.noteText(rules.Navigation, "line above the headline", b.text)
	}
	return kept[:0]
}

// dropSummary moves a list of highlight bullets that opens the body into
// the summary.
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
		if b.owner.Parent != list || b.weight < 30 || b.link*3 > b.weight {
			return kept
		}
		n++
	}
	if n < 2 || n > 6 || n == len(kept) {
		return kept
	}
	for _, i := range kept[:n] {
		b := &p.blocks[i]
		b.drop = rules.Summary
		if len(a.summary) < n {
			a.summary = append(a.summary, b.text)
		}
		p.noteText(rules.Summary, "highlights opening the body", b.text)
	}
	return kept[n:]
}

// dropSignOff removes closing lines that repeat the byline, as agency
// copy ends: "Matthew Lee, The Associated Press".
func (p *page) dropSignOff(a *article, kept []int32) []int32 {
	if a.byline == "" {
		return kept
	}
	for len(kept) > 1 {
		b := &p.blocks[kept[len(kept)-1]]
		if !sameText(b.text, a.byline) && !sameText(b.text, "By "+a.byline) {
			break
		}
		b.drop = rules.SignOff
		p.noteText(rules.SignOff, "closing line repeats the byline", b.text)
		kept = kept[:len(kept)-1]
	}
	return kept
}

func ruleTextStrips(r *rules.Rule) []rules.TextStrip {
	if r == nil {
		return nil
	}
	return r.StripText
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
// links — teaser lists, tag clouds, "more stories" — the conditional
// cleaning of Readability.js reduced to its strongest test.
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
			if t > 0 && l*2 > t && t < 3000 {
				set[n] = true
				return false
			}
			return true
		})
	}
	return set
}
