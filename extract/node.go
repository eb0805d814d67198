package extract

import (
	"slices"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// DOM helpers: attributes, walking the tree, block and heading elements.
// The text of nodes is in text.go, the words of class and id values in
// classtokens.go.

// attr returns the value of n's attribute key ("" when absent).
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return true
		}
	}
	return false
}

func setAttr(n *html.Node, key, val string) {
	for i, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			n.Attr[i].Val = val
			return
		}
	}
	n.Attr = append(n.Attr, html.Attribute{Key: key, Val: val})
}

func isElem(n *html.Node, a atom.Atom) bool {
	return n != nil && n.Type == html.ElementNode && n.DataAtom == a
}

// findElem returns the first element of type a under n, in document order.
func findElem(n *html.Node, a atom.Atom) *html.Node {
	var found *html.Node
	walk(n, func(c *html.Node) bool {
		if found != nil {
			return false
		}
		if isElem(c, a) {
			found = c
			return false
		}
		return true
	})
	return found
}

// walk visits n and its descendants in document order without recursion,
// so deeply nested pages cannot exhaust the stack. visit returns false to
// skip a node's children.
func walk(n *html.Node, visit func(*html.Node) bool) {
	if n == nil {
		return
	}
	stop := n
	for c := n; c != nil; {
		if visit(c) && c.FirstChild != nil {
			c = c.FirstChild
			continue
		}
		for c != stop && c.NextSibling == nil {
			c = c.Parent
		}
		if c == stop {
			return
		}
		c = c.NextSibling
	}
}

// under reports whether n or one of its ancestors is one of tags.
func under(n *html.Node, tags ...atom.Atom) bool {
	for ; n != nil; n = n.Parent {
		if slices.Contains(tags, n.DataAtom) {
			return true
		}
	}
	return false
}

// isAncestor reports whether a is n or an ancestor of n.
func isAncestor(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// blockElems are the elements that start a new block of text.
var blockElems = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Dd: true, atom.Details: true, atom.Dialog: true, atom.Div: true,
	atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true,
	atom.Hgroup: true, atom.Hr: true, atom.Li: true, atom.Main: true, atom.Nav: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Table: true,
	atom.Tbody: true, atom.Td: true, atom.Tfoot: true, atom.Th: true, atom.Thead: true,
	atom.Tr: true, atom.Ul: true, atom.Caption: true, atom.Summary: true,
	atom.Center: true, atom.Menu: true, atom.Html: true, atom.Legend: true,
}

func isBlock(n *html.Node) bool {
	return n.Type == html.ElementNode && blockElems[n.DataAtom]
}

// isHeading reports whether n is a heading: h1–h6; an element with
// role="heading", which WAI-ARIA makes a heading for every reader (sites
// built of generated divs mark their headlines so); or an element whose
// inline style sets its text as large as a heading's (styledHeading).
func isHeading(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	for _, a := range n.Attr {
		switch {
		case a.Namespace != "":
		case a.Key == "role" && a.Val == "heading":
			return true
		case a.Key == "style" && styledHeading(a.Val):
			return true
		}
	}
	return false
}

// minHeadingPx is the least inline font size that makes an element a
// heading: 24px, the size the HTML standard's rendering section gives
// h2 (1.5em of a 16px default; h1 is 2em), so text styled at least as
// large as a second-level heading reads as one.
const minHeadingPx = 24

// styledHeading reports whether an inline style sets the font size of
// a heading: minHeadingPx or more (1.5em, 18pt, x-large).
func styledHeading(style string) bool { return styledPx(style) >= minHeadingPx }

// styledPx returns the inline font size of a style in px (em and rem
// at 16px, pt at 4/3 px), 0 when it sets none that reads.
func styledPx(style string) float64 {
	i := strings.Index(style, "font-size")
	if i < 0 {
		return 0
	}
	v := strings.TrimLeft(style[i+len("font-size"):], " \t:")
	if j := strings.IndexAny(v, ";!"); j >= 0 {
		v = v[:j]
	}
	v = strings.ToLower(strings.TrimSpace(v))
	switch v { // CSS's absolute sizes at a 16px medium
	case "x-large":
		return 24
	case "xx-large":
		return 32
	case "xxx-large":
		return 48
	}
	num := strings.TrimRight(v, "abcdefghijklmnopqrstuvwxyz%")
	f, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return 0
	}
	switch v[len(num):] {
	case "px":
		return f
	case "em", "rem":
		return f * 16
	case "pt":
		return f * 4 / 3
	}
	return 0
}

// remove detaches n from its parent.
func remove(n *html.Node) {
	if n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
}

// describedClasses is how many of an element's classes describe shows.
const describedClasses = 3

// describe names an element for debug logs: tag, id and classes.
func describe(n *html.Node) string {
	s := n.Data
	if id := attr(n, "id"); id != "" {
		s += "#" + id
	}
	if c := strings.Fields(attr(n, "class")); len(c) > 0 {
		s += "." + strings.Join(c[:min(len(c), describedClasses)], ".")
	}
	return s
}
