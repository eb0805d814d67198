package extract

import (
	"net/url"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// tidy prepares a rendering's copy of a body root before it is
// sanitised, in this order: code blocks flattened to their lines
// (flattenCode), layout tables unwrapped (unwrapLayout), the paragraphs
// of a cell made its lines (flattenCells), ads, trackers
// and logos dropped (dropFurnitureImages), permalink furniture taken out
// of headings (dropPermalinks), the output switches applied (links,
// images, tables), and last the elements left empty removed
// (dropEmpty), so that no <div>, <span>, <figure> or heading without
// content reaches the HTML or Markdown.
//
// It reports whether root holds content still: a root that does not is
// left out of the rendering.
func (p *page) tidy(root *html.Node) bool {
	flattenCode(root)
	unwrapLayout(root)
	flattenCells(root)
	dropFurnitureImages(root)
	dropPermalinks(root)
	imageHeadings(root)
	p.applySwitches(root)
	return dropEmpty(root) || keepEmpty[root.DataAtom]
}

// dropPermalinks removes from every heading under root the links and
// labels that only point at the heading: an element whose whole text is
// a permalink mark (lexicon/render-furniture.txt [permalink]: ¶,
// [edit]), and a link that holds no letter or digit ("#", which the
// lexicon's syntax cannot hold, "🔗", an icon's empty anchor).
func dropPermalinks(root *html.Node) {
	lex := renderFurniture()
	var doomed []*html.Node
	walk(root, func(n *html.Node) bool {
		if !isHeadingTag(n) {
			return true
		}
		walk(n, func(c *html.Node) bool {
			if c == n || c.Type != html.ElementNode {
				return true
			}
			t := strings.ToLower(strings.Trim(textOf(c), " []"))
			signs := isElem(c, atom.A) && !strings.ContainsFunc(t, isAlnum) // "#", "§", "🔗", an icon's empty anchor
			if lex.permalinks[t] || signs && firstElem(c, atom.Img) == nil {
				doomed = append(doomed, c)
				return false
			}
			return true
		})
		return false
	})
	for _, n := range doomed {
		n.Parent.RemoveChild(n)
	}
}

// imageHeadings rewrites each heading under root that holds an image
// and no text: one whose image links to the site's home page is a logo
// and goes; another (a title drawn as a picture) becomes a paragraph, so
// that Markdown does not write "# ![Site](logo.png)".
func imageHeadings(root *html.Node) {
	var hs []*html.Node
	walk(root, func(n *html.Node) bool {
		if isHeadingTag(n) {
			if firstElem(n, atom.Img) != nil && !holdsText(n) {
				hs = append(hs, n)
			}
			return false
		}
		return true
	})
	for _, h := range hs {
		if a := firstElem(h, atom.A); a != nil && homeLink(attr(a, "href")) {
			h.Parent.RemoveChild(h)
			continue
		}
		h.DataAtom, h.Data, h.Attr = atom.P, "p", nil
	}
}

// homeLink reports whether an absolute link points at a site's home
// page: no path but "/", no query.
func homeLink(href string) bool {
	u, err := url.Parse(href)
	return err == nil && u.Host != "" && (u.Path == "" || u.Path == "/") && u.RawQuery == ""
}

func isHeadingTag(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// trimPermalink takes a permalink mark off the end of a heading's text
// ("Installation¶", "History[edit]"), for the text rendering: a mark of
// signs alone, or a word in brackets; a bare word ("link") may end a
// real heading.
func trimPermalink(s string) string {
	for m := range renderFurniture().permalinks {
		if strings.ContainsFunc(m, unicode.IsLetter) {
			m = "[" + m + "]"
		}
		if t, ok := strings.CutSuffix(s, m); ok && strings.TrimSpace(t) != "" {
			s = strings.TrimSpace(t)
		}
	}
	if t, ok := strings.CutSuffix(s, " #"); ok && strings.TrimSpace(t) != "" {
		s = strings.TrimSpace(t) // "Usage #", but "C#" stays
	}
	return s
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }

// applySwitches applies Options.NoLinks (a link becomes its content),
// NoImages (images and pictures go) and NoTables (data tables go;
// layout tables were unwrapped already).
func (p *page) applySwitches(root *html.Node) {
	o := p.opts
	if !o.NoLinks && !o.NoImages && !o.NoTables {
		return
	}
	var links, doomed []*html.Node
	walk(root, func(n *html.Node) bool {
		switch {
		case o.NoLinks && isElem(n, atom.A):
			links = append(links, n)
		case o.NoImages && (isElem(n, atom.Img) || isElem(n, atom.Picture)):
			doomed = append(doomed, n)
			return false
		case o.NoTables && isElem(n, atom.Table):
			doomed = append(doomed, n)
			return false
		}
		return true
	})
	for _, n := range doomed {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	for _, a := range links {
		if a.Parent == nil {
			continue
		}
		for a.FirstChild != nil {
			k := a.FirstChild
			a.RemoveChild(k)
			a.Parent.InsertBefore(k, a)
		}
		a.Parent.RemoveChild(a)
	}
}

// keepEmpty are the elements that mean something without content: an
// image with a source (the sanitiser drops one without, a data: URI's
// included), a rule, a line break, and a table's cells and columns,
// which keep the columns of a row that has content in place.
var keepEmpty = map[atom.Atom]bool{
	atom.Img: true, atom.Hr: true, atom.Br: true, atom.Wbr: true, atom.Td: true, atom.Th: true,
	atom.Col: true, atom.Colgroup: true, atom.Area: true,
}

// dropEmpty removes, innermost first, the elements under root that hold
// no text and no image: a <div> or <span> wrapper left without content,
// a <figure> whose image went, a <figcaption> whose caption went, a
// heading of nothing but a logo that went, a <p> of a lone <br>, a table
// row of empty cells and a table of such rows.
func dropEmpty(root *html.Node) bool {
	var visit func(n *html.Node) bool // reports whether n holds content
	visit = func(n *html.Node) bool {
		has := false
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			switch c.Type {
			case html.TextNode:
				has = has || strings.TrimSpace(c.Data) != ""
			case html.ElementNode:
				switch {
				case visit(c):
					has = true
				case c.DataAtom == atom.Img && attr(c, "src") != "" || c.DataAtom == atom.Hr:
					has = true
				case keepEmpty[c.DataAtom] && c.DataAtom != atom.Img:
					// kept, but no content of n's: a row of empty cells goes
				default:
					// The white space before an element that goes, when
					// white space follows it too: no blank lines left.
					if pr := c.PrevSibling; pr != nil && pr.Type == html.TextNode && strings.TrimSpace(pr.Data) == "" &&
						(next == nil || next.Type == html.TextNode && strings.TrimSpace(next.Data) == "") {
						n.RemoveChild(pr)
					}
					n.RemoveChild(c)
				}
			}
			c = next
		}
		return has
	}
	return visit(root)
}
