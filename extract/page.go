package extract

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/pare-dev/pare/rules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// page is the state of one Extract call that the stages after parsing
// share. Nothing in it outlives the call, which is what makes an
// Extractor safe to share. It is split by what it is, so a stage's
// inputs can be read off the fields it touches:
//
//   - document: the tree and the facts about the page as a whole (its URL,
//     its metadata), settled by the parse and page metadata stages;
//   - textIndex: the body's text as blocks with prefix sums, settled once
//     by the blocks stage and read by every stage after it;
//   - markSet: which elements are boilerplate by markup, and how far each
//     mark is trusted, settled by the clean, rule marks and marks stages
//     (selection may lower the trust level and restore it).
//
// removed collects what every stage takes out, for Result.Removed.
type page struct {
	ctx    context.Context
	opts   *Options
	render *renderers
	document
	textIndex
	markSet
	removed  []Removal
	warnings []string   // for Result.Warnings
	explain  Explainer  // Input.Explain, nil when not asked
	dates    *dateUsage // made by dateUsage when first asked
	short    bool       // the article gate takes short articles (see generic)
	// appended holds where each appended article lies: the author
	// markup there is its own (byRegion).
	appended []appendedArticle
}

// appendedArticle is where an appended article lies: the blocks from its
// header to its body's end (extent), and its region (see region) when
// that holds no other article's body (the parent of a story's body can be
// the page's <body>).
type appendedArticle struct {
	art    *article
	blocks span
	region *html.Node
}

// dateUsage returns the page's reading of its own numeric dates (see
// dateUsage.orderUsed), shared by all its articles.
func (p *page) dateUsage() *dateUsage {
	if p.dates == nil {
		p.dates = &dateUsage{blocks: p.blocks, doc: p.document.doc, url: p.url}
	}
	return p.dates
}

// document is the parsed page and what is known of it as a whole.
type document struct {
	doc  *html.Node
	body *html.Node
	url  string   // the page URL (Result.URL)
	base *url.URL // what relative links resolve against
	meta pageMeta
}

// textIndex is the body's text, cut once into blocks (see segment).
type textIndex struct {
	blocks []block             // in document order
	spans  map[*html.Node]span // element -> its blocks
	sums   []sums              // prefix sums of unmarked weights per block (see sumBlocks)
}

// markSet holds the elements that are boilerplate by markup.
type markSet struct {
	marks  map[*html.Node]mark
	level  int                 // which marks are in force (see settleMarks)
	vetoed map[*html.Node]bool // marks lifted from elements that hold most of the prose
}

func newPage(ctx context.Context, opts *Options, r *renderers, doc *html.Node) *page {
	p := &page{ctx: ctx, opts: opts, render: r, document: document{doc: doc},
		textIndex: textIndex{spans: map[*html.Node]span{}}, markSet: markSet{marks: map[*html.Node]mark{}}}
	if h := findElem(doc, atom.Html); h != nil {
		for c := h.FirstChild; c != nil; c = c.NextSibling {
			if isElem(c, atom.Body) {
				p.body = c
			}
		}
	}
	return p
}

// note records a removal of n's text for Result.Removed.
func (p *page) note(r rules.Reason, by string, n *html.Node) {
	p.noteNodes(r, by, textOf(n), n)
}

// noteNodes records a removal of text, which the nodes held, and tells
// the Explainer of it.
func (p *page) noteNodes(r rules.Reason, by, text string, nodes ...*html.Node) {
	if text == "" {
		return
	}
	p.removed = append(p.removed, Removal{Reason: r, By: by, Text: shorten(text, 120)})
	if p.explain != nil {
		p.explain.Removed(p.removed[len(p.removed)-1], nodes)
	}
}

// warnf records something that went wrong without losing the page.
func (p *page) warnf(format string, args ...any) {
	p.warnings = append(p.warnings, fmt.Sprintf(format, args...))
}

func (p *page) notef(r rules.Reason, format string, args ...any) {
	p.removed = append(p.removed, Removal{Reason: r, By: fmt.Sprintf(format, args...)})
	if p.explain != nil {
		p.explain.Removed(p.removed[len(p.removed)-1], nil)
	}
}

func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// pageURL picks the page's URL: the caller's, else the page's own
// canonical link, og:url, or the comment a browser writes into a saved
// page. Relative values are resolved against the caller's URL.
func pageURL(given string, m pageMeta) (string, string) {
	base, _ := url.Parse(strings.TrimSpace(given))
	if base != nil && base.IsAbs() {
		return base.String(), "input"
	}
	for _, c := range []struct{ v, src string }{
		{m.canonical, "canonical"}, {m.ogURL, "og:url"}, {m.savedFrom, "saved-from"},
	} {
		u, err := url.Parse(strings.TrimSpace(c.v))
		if err != nil || c.v == "" {
			continue
		}
		if base != nil {
			u = base.ResolveReference(u)
		}
		if u.IsAbs() && (u.Scheme == "http" || u.Scheme == "https") {
			return u.String(), c.src
		}
	}
	return strings.TrimSpace(given), ""
}

// parseBase returns the URL relative links resolve against: <base href>
// resolved against the page URL, or the page URL itself.
func parseBase(pageURL string, doc *html.Node) *url.URL {
	u, _ := url.Parse(pageURL)
	if b := findElem(doc, atom.Base); b != nil {
		if h, err := url.Parse(strings.TrimSpace(attr(b, "href"))); err == nil && attr(b, "href") != "" {
			if u != nil {
				return u.ResolveReference(h)
			}
			return h
		}
	}
	return u
}

// pageTitle is the page's own title: og:title and the like, else <title>
// without the site name that pages append to it (and without mojibake,
// undoMojibake).
func (p *page) pageTitle() string {
	t := p.meta.title
	if p.meta.metaTitle != "" {
		t = collapse(p.meta.metaTitle)
	}
	return p.withoutHost(cleanTitle(undoMojibake(t), p.meta.siteName))
}

// A title's last part is taken for the site's name, when the page does
// not name its site, if it has at most maxSiteNameWords words after a
// first part of at least minTitleWordsBeforeSite ("Blinken arrives in
// Seoul | Arab News"). From the first pipeline, on the seed pages; no
// figure recorded.
const (
	maxSiteNameWords        = 4
	minTitleWordsBeforeSite = 3
)

var titleSeps = []string{" | ", " - ", " – ", " — ", " · ", " :: ", " » ", " / "}

// cleanTitle drops the site name from a title such as "Story | Site": a
// part equal to the site name, or a short last part after a long first.
func cleanTitle(title, site string) string {
	for _, sep := range titleSeps {
		parts := strings.Split(title, sep)
		if len(parts) < 2 {
			continue
		}
		var kept []string
		for _, part := range parts {
			if site == "" || !strings.EqualFold(strings.TrimSpace(part), site) {
				kept = append(kept, part)
			}
		}
		if len(kept) == len(parts) {
			last := kept[len(kept)-1]
			head := strings.Join(kept[:len(kept)-1], sep)
			if len(strings.Fields(last)) <= maxSiteNameWords && len(strings.Fields(head)) >= minTitleWordsBeforeSite {
				kept = kept[:len(kept)-1]
			}
		}
		if len(kept) > 0 {
			return strings.TrimSpace(strings.Join(kept, sep))
		}
	}
	return title
}

// noArticleReason explains an empty result, in the terms of the article
// gate (articleEnough): the text outside what the markup marks as
// boilerplate (menus, headers, footers, sidebars), how much of it is
// links, and how much running text it holds. A page whose menus hold
// most of its words but whose little else is prose is short of text, not
// made of links.
func (p *page) noArticleReason() Reason {
	var all, total, linked, prose int
	for i := range p.blocks {
		b := &p.blocks[i]
		all += int(b.weight)
		if b.anyMark != nil { // marked at any level: the gate's last tries lift marks
			continue
		}
		total += int(b.weight)
		linked += int(b.link)
		if proseBlock(b) {
			prose += int(b.weight)
		}
	}
	switch {
	case all == 0:
		return reason(NoText, "the page holds no text")
	case total == 0:
		return reason(MostlyLinks, "all of the page's text is menus, headers, footers and the like, not an article")
	case linked*articleLinkDen >= total: // the gate's share of links
		return reason(MostlyLinks, "the page is mostly links (a front page, index or menu), not an article")
	case prose == 0:
		return reason(LittleText, "no text of the page outside its menus and footers runs as sentences (short lines, labels and links only), so none reads as an article")
	case prose < minArticleProse:
		return reason(LittleText, fmt.Sprintf("the page holds too little running text for an article (%d letters outside its menus and footers; an article has %d or more)", prose, minArticleProse))
	default:
		return reason(LittleText, "no part of the page reads like an article: its running text is scattered in short pieces, none of them an article's worth")
	}
}
