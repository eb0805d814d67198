package extract

import (
	"bytes"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/base"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/commonmark"
	"github.com/microcosm-cc/bluemonday"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// renderers are built once per Extractor: a bluemonday policy and an
// html-to-markdown converter are both safe for concurrent use once built.
// Each is nil when Options.Outputs asks for nothing that needs it.
//
// Article.HTML is the article's elements sanitised with an allow-list
// (htmlPolicy, after bluemonday's UGCPolicy): headings, paragraphs,
// lists, tables, quotes, figures, images (src, alt, size), links (href,
// with rel=nofollow added), and phrasing such as em, strong, code, sub,
// sup, abbr, time, del and ins; dir, lang and title everywhere. Nothing
// that runs or styles survives (scripts, styles, event handlers, class,
// style), nor id: ids from the page would collide with those of the page
// a scraper embeds the article in, so they are dropped (not prefixed: a
// "#fn1" link is resolved against the page URL, so it still points at
// the original page). Every URL is absolute http(s) (safeURL); others
// are dropped with their attribute. What <noscript> holds is rendered as
// ordinary elements (cloneWithout), as a reader without scripts sees it.
// Markdown is converted from that HTML.
type renderers struct {
	policy   *bluemonday.Policy
	markdown *converter.Converter
}

func newRenderers(out Outputs) renderers {
	var r renderers
	if out&(HTML|Markdown) == 0 {
		return r
	}
	r.policy = htmlPolicy()
	if out&Markdown != 0 {
		r.markdown = converter.NewConverter(converter.WithPlugins(
			base.NewBasePlugin(), commonmark.NewCommonmarkPlugin()))
	}
	return r
}

// renderText writes the kept blocks as plain text: blocks separated by a
// blank line, list items and <br> lines by a single newline, list items
// marked "- " (or "1. " in ordered lists), table cells of one row joined
// by " | ".
func renderText(p *page, kept []int32) string {
	if p.opts.Outputs&Text == 0 {
		return ""
	}
	// Room for the text and its separators up front, so the builder does
	// not double (and copy) its way to an article's size; list markers
	// beyond a few bytes a block make it grow once more at most.
	size := 0
	for _, i := range kept {
		size += len(p.blocks[i].text) + 4
	}
	var sb strings.Builder
	sb.Grow(size)
	var prev *block
	for _, i := range kept {
		b := &p.blocks[i]
		li := listItem(b)
		switch {
		case prev == nil:
		case b.soft && b.owner == prev.owner:
			sb.WriteByte('\n')
		case li != nil && listItem(prev) != nil && li.Parent == listItem(prev).Parent:
			sb.WriteByte('\n')
		case isCell(b.owner) && isCell(prev.owner) && b.owner.Parent == prev.owner.Parent:
			sb.WriteString(" | ")
		default:
			sb.WriteString("\n\n")
		}
		if li != nil && (prev == nil || listItem(prev) != li) {
			sb.WriteString(strings.Repeat("  ", listDepth(li)-1))
			sb.WriteString(listMarker(li))
		}
		sb.WriteString(b.text)
		prev = b
	}
	return sb.String()
}

// listItem returns the <li> a block opens or is, or nil.
func listItem(b *block) *html.Node {
	if isElem(b.owner, atom.Li) {
		return b.owner
	}
	if par := b.owner.Parent; isElem(par, atom.Li) {
		return par
	}
	return nil
}

func listDepth(li *html.Node) int {
	d := 0
	for n := li; n != nil; n = n.Parent {
		if isElem(n, atom.Ul) || isElem(n, atom.Ol) {
			d++
		}
	}
	return max(d, 1)
}

func listMarker(li *html.Node) string {
	if !isElem(li.Parent, atom.Ol) {
		return "- "
	}
	n := 1
	for s := li.PrevSibling; s != nil; s = s.PrevSibling {
		if isElem(s, atom.Li) {
			n++
		}
	}
	return strconv.Itoa(n) + ". "
}

func isCell(n *html.Node) bool { return isElem(n, atom.Td) || isElem(n, atom.Th) }

// renderBody fills in the renderings of art that Options.Outputs asks
// for. A rendering that fails, or comes out empty while the text does
// not, is reported in Result.Warnings: never silently empty.
func (p *page) renderBody(art *Article, roots []*html.Node, kept []int32) {
	art.Text = renderText(p, kept)
	var err error
	art.HTML, art.Markdown, err = p.renderHTML(roots, kept)
	if err != nil {
		p.warnf("article %q: %v", art.Title, err)
	}
	if hasText(p, kept) {
		out := p.opts.Outputs
		if out&HTML != 0 && !markupHasText(art.HTML) {
			p.warnf("article %q: the HTML rendering is empty while the text is not", art.Title)
		}
		if out&Markdown != 0 && art.Markdown == "" {
			p.warnf("article %q: the Markdown rendering is empty while the text is not", art.Title)
		}
	}
}

// markupHasText reports whether HTML holds text outside its tags: an
// empty <div></div> is an empty rendering too.
func markupHasText(h string) bool {
	inTag := false
	for i := 0; i < len(h); i++ {
		switch c := h[i]; {
		case c == '<':
			inTag = true
		case c == '>':
			inTag = false
		case !inTag && c != ' ' && c != '\n' && c != '\t' && c != '\r':
			return true
		}
	}
	return false
}

// hasText reports whether any kept block holds text.
func hasText(p *page, kept []int32) bool {
	for _, i := range kept {
		if strings.TrimSpace(p.blocks[i].text) != "" {
			return true
		}
	}
	return false
}

// renderHTML returns the body elements, less what cleanBody dropped, as
// sanitised HTML and as Markdown, each only when Options.Outputs asks for
// it (Markdown is made from the sanitised HTML). It renders a copy: the
// page's tree is left as it is, so the next article of the page reads the
// same tree whatever Outputs asks for. A rendering that fails is returned
// as an error with what did not fail.
func (p *page) renderHTML(roots []*html.Node, kept []int32) (string, string, error) {
	out := p.opts.Outputs
	if out&(HTML|Markdown) == 0 {
		return "", "", nil
	}
	skip := p.droppedNodes(roots)
	var buf bytes.Buffer
	for _, r := range roots {
		c := cloneWithout(r, skip)
		p.absolutize(c)
		if err := html.Render(&buf, c); err != nil {
			return "", "", fmt.Errorf("rendering HTML: %w", err)
		}
		buf.WriteByte('\n')
	}
	var sane bytes.Buffer
	sane.Grow(buf.Len())
	if err := p.render.policy.SanitizeReaderToWriter(&buf, &sane); err != nil {
		return "", "", fmt.Errorf("sanitising HTML: %w", err)
	}
	clean := strings.TrimSpace(sane.String())
	var md string
	var err error
	if out&Markdown != 0 {
		if md, err = p.render.markdown.ConvertString(clean); err != nil {
			md, err = "", fmt.Errorf("converting to Markdown: %w", err)
		}
	}
	if out&HTML == 0 {
		clean = ""
	}
	return clean, strings.TrimSpace(md), err
}

// droppedNodes is what rendering leaves out under roots: the elements
// all of whose blocks were dropped (their wrappers with them), and the
// nodes of each other dropped block (skipBlock).
func (p *page) droppedNodes(roots []*html.Node) map[*html.Node]bool {
	skip := map[*html.Node]bool{}
	for _, r := range roots {
		s := p.spans[r]
		for i := s.lo; i < s.hi; i++ {
			b := &p.blocks[i]
			if b.drop == "" {
				continue
			}
			el := b.owner
			if b.mark != nil {
				el = b.mark
			}
			if p.allDropped(el) && el != r && isAncestor(r, el) {
				skip[el] = true
				continue
			}
			p.skipBlock(skip, i, b.first, b.last)
		}
	}
	return skip
}

// skipBlock adds to skip the nodes of block i among the siblings from
// first to last (to the end when last is nil): the text nodes and the
// elements that hold no other block. A sibling that holds other blocks
// too (an inline element wrapping block elements, as custom elements
// such as <pp-link><div><p> do) is entered, not skipped whole: skipping
// it dropped the kept paragraphs inside with the dropped line, and the
// HTML of such an article came out empty beside its text. One case errs
// the other way: a dropped line that shares an inline element with the
// kept line before it (<font>kept<br>dropped</font>) stays in the HTML,
// since a text node does not say which block it went to, and a kept
// line is worth more than a dropped one.
func (p *page) skipBlock(skip map[*html.Node]bool, i int32, first, last *html.Node) {
	var run []*html.Node // block i's nodes since the last earlier block
	for n := first; n != nil; n = n.NextSibling {
		s := p.spans[n]
		switch {
		case n.Type != html.ElementNode || s.lo == s.hi || s.lo == i && s.hi == i+1:
			run = append(run, n)
		case s.lo > i:
			last = n // a later block: block i's run has ended
		case s.hi <= i:
			run = run[:0] // an earlier block: block i's run starts after it
		default:
			p.skipBlock(skip, i, n.FirstChild, nil)
		}
		if n == last {
			break
		}
	}
	for _, n := range run {
		skip[n] = true
	}
}

// cloneWithout deep-copies n, leaving out the nodes in skip. The copy's
// text and attribute values lose their control characters
// (fixControls), and a <noscript> in it gives way to its children: the
// parser, with scripting off, read its content as markup (see
// noScripting), but html.Render would write its text unescaped and the
// sanitiser drops a noscript's content whole, so an article rendered
// from one came out with text and no HTML.
func cloneWithout(n *html.Node, skip map[*html.Node]bool) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace}
	if n.Type == html.TextNode || n.Type == html.ElementNode {
		c.Data = fixControls(n.Data)
	}
	if len(n.Attr) > 0 {
		c.Attr = make([]html.Attribute, len(n.Attr))
		for i, a := range n.Attr {
			a.Val = fixControls(a.Val)
			c.Attr[i] = a
		}
	}
	if isElem(c, atom.Noscript) {
		c.DataAtom, c.Data, c.Attr = atom.Div, "div", nil
	}
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		if skip[k] {
			continue
		}
		kc := cloneWithout(k, skip)
		if !isElem(k, atom.Noscript) {
			c.AppendChild(kc)
			continue
		}
		for kc.FirstChild != nil {
			g := kc.FirstChild
			kc.RemoveChild(g)
			c.AppendChild(g)
		}
	}
	return c
}

func (p *page) allDropped(n *html.Node) bool {
	s := p.spans[n]
	for i := s.lo; i < s.hi; i++ {
		if p.blocks[i].drop == "" {
			return false
		}
	}
	return true
}

// absolutize resolves links, image sources and citations against the
// page URL, dropping those safeURL refuses, and takes the real image
// source from the attributes lazy loaders use.
func (p *page) absolutize(root *html.Node) {
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.A, atom.Area:
			p.resolveAttr(n, "href")
		case atom.Img:
			if src := attr(n, "src"); src == "" || strings.HasPrefix(src, "data:") {
				for _, k := range []string{"data-src", "data-original", "data-lazy-src", "data-url"} {
					if v := attr(n, k); v != "" {
						setAttr(n, "src", v)
						break
					}
				}
			}
			p.resolveAttr(n, "src")
		case atom.Blockquote, atom.Q, atom.Del, atom.Ins:
			p.resolveAttr(n, "cite")
		}
		return true
	})
}

// resolveAttr makes n's URL attribute key absolute, or drops it when the
// URL is not one to emit (safeURL).
func (p *page) resolveAttr(n *html.Node, key string) {
	if !hasAttr(n, key) {
		return
	}
	if v := p.absURL(attr(n, key)); v != "" {
		setAttr(n, key, v)
		return
	}
	n.Attr = withoutAttr(n.Attr, key)
}

// absURL resolves a URL found in the page against the page URL, and
// returns it when it is one to emit (safeURL), else "".
func (p *page) absURL(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if p.base != nil {
		if u, err := url.Parse(s); err == nil {
			s = p.base.ResolveReference(u).String()
		}
	}
	return safeURL(s)
}
