package extract

import (
	"fmt"
	"io"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The HTML rendering of an article: a copy of its elements less what was
// dropped, links made absolute and safe, sanitised (see renderers), and
// Markdown made from it (markdown.go).

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
	// The copy is written into a pipe the sanitiser reads from, and the
	// sanitiser writes into a builder whose string is the result: neither
	// the raw HTML nor a second copy of the clean one is ever held whole,
	// which on a 50 MB article is twice its size in heap.
	skip := p.droppedNodes(roots)
	pr, pw := io.Pipe()
	go func() {
		var err error
		for _, r := range roots {
			c := cloneWithout(r, skip)
			p.absolutize(c)
			if !p.tidy(c) {
				continue // nothing of this root is left to render
			}
			if err = html.Render(pw, c); err == nil {
				_, err = io.WriteString(pw, "\n")
			}
			if err != nil {
				break
			}
		}
		pw.CloseWithError(err)
	}()
	var sane strings.Builder
	sane.Grow(htmlSizeHint(p, kept)) // spare the builder's doubling, and its garbage
	err := p.render.policy.SanitizeReaderToWriter(pr, &sane)
	pr.CloseWithError(io.ErrClosedPipe) // ends the writer if the sanitiser stopped early
	if err != nil {
		return "", "", fmt.Errorf("rendering and sanitising HTML: %w", err)
	}
	clean := strings.TrimSpace(sane.String())
	var md string
	if out&Markdown != 0 {
		if md, err = toMarkdown(p.render.markdown, clean, markdownChunk); err != nil {
			md, err = "", fmt.Errorf("converting to Markdown: %w", err)
		}
	}
	if out&HTML == 0 {
		clean = ""
	}
	return clean, strings.TrimSpace(md), err
}

// htmlSizeHint guesses the size of the sanitised HTML of the kept
// blocks: their text and a tenth more for the tags.
func htmlSizeHint(p *page, kept []int32) int {
	n := 0
	for _, i := range kept {
		n += len(p.blocks[i].text)
	}
	return n + n/10
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
