package compose

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// find returns the first element a under n, n included, in document order.
func find(n *html.Node, a atom.Atom) *html.Node {
	if all := findAll(n, a); len(all) > 0 {
		return all[0]
	}
	return nil
}

// findAll returns every element a under n, n included, in document order.
func findAll(n *html.Node, a atom.Atom) []*html.Node {
	var out []*html.Node
	walk(n, func(c *html.Node) {
		if c.Type == html.ElementNode && c.DataAtom == a {
			out = append(out, c)
		}
	})
	return out
}

// walk calls f on n and every node under it, in document order.
func walk(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// elem makes an element with attributes and children.
func elem(a atom.Atom, attrs []html.Attribute, kids ...*html.Node) *html.Node {
	n := &html.Node{Type: html.ElementNode, DataAtom: a, Data: a.String(), Attr: attrs}
	for _, k := range kids {
		n.AppendChild(k)
	}
	return n
}

func textNode(s string) *html.Node { return &html.Node{Type: html.TextNode, Data: s} }

// clone deep-copies n, which stays in its tree; the copy has no parent.
// golang.org/x/net/html has no deep copy.
func clone(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace,
		Attr: append([]html.Attribute(nil), n.Attr...)}
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		c.AppendChild(clone(k))
	}
	return c
}

// path returns the child indexes leading from the root to n, so that the
// same node can be found again in a fresh parse of the same page.
func path(n *html.Node) []int {
	var p []int
	for ; n.Parent != nil; n = n.Parent {
		i := 0
		for s := n.PrevSibling; s != nil; s = s.PrevSibling {
			i++
		}
		p = append([]int{i}, p...)
	}
	return p
}

// resolve follows a path from root; nil when the tree has no such node.
func resolve(root *html.Node, p []int) *html.Node {
	n := root
	for _, i := range p {
		n = n.FirstChild
		for ; n != nil && i > 0; i-- {
			n = n.NextSibling
		}
		if n == nil {
			return nil
		}
	}
	return n
}

// isAncestor reports whether a is n or holds n.
func isAncestor(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// commonAncestor returns the deepest node holding both a and b.
func commonAncestor(a, b *html.Node) *html.Node {
	for n := a; n != nil; n = n.Parent {
		if isAncestor(n, b) {
			return n
		}
	}
	return nil
}

// insertAfter puts nodes, in order, right after ref, as its siblings.
func insertAfter(ref *html.Node, nodes ...*html.Node) {
	next := ref.NextSibling
	for _, n := range nodes {
		ref.Parent.InsertBefore(n, next)
	}
}

// textOf is n's visible text: text nodes outside script, style, template
// and noscript, each followed by a space so that blocks do not run
// together.
func textOf(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
			b.WriteByte(' ')
		case n.Type == html.ElementNode && invisible(n):
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return b.String()
}

// invisible reports whether an element's text is never shown as text:
// script and the like, and an element the page hides by its markup —
// the hidden attribute, or an inline style of display:none or
// visibility:hidden (HTML §6.1, CSS 2 §9.2.4 and §11.2). A hidden copy
// of a story (a microdata articleBody kept for crawlers, on the
// ScrapingHub page f81c6c05d9) is no place to find the story in, nor to
// put another story inside.
func invisible(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Head:
		return true
	}
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == "hidden" {
			return true
		}
	}
	style := strings.ToLower(strings.Join(strings.Fields(attr(n, "style")), ""))
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

// render serialises a document as UTF-8 HTML.
func render(doc *html.Node) ([]byte, error) {
	var b bytes.Buffer
	if err := html.Render(&b, doc); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
