package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Mathematics. MathML, and the images MediaWiki and others show in its
// place, hold formulas a reader sees inline; dropped, they leave holes
// in the text ("high-dimensional objects , t-SNE"). prune puts their
// TeX source in their place, as text every rendering keeps: the
// alttext of <math>, or its TeX annotation (KaTeX and MathJax write
// one), or the alt text of a formula's image.

// mathSource returns the TeX (or, failing that, the text) a formula
// element n stands for, and whether n is one: a <math>, or an <img>
// whose class names math (mwe-math-fallback-image, latex, tex) and
// whose alt text holds the formula.
func mathSource(n *html.Node) (string, bool) {
	switch {
	case n.DataAtom == atom.Math || n.Type == html.ElementNode && n.Data == "math":
		if t := attr(n, "alttext"); strings.TrimSpace(t) != "" {
			return texOf(t), true
		}
		var tex string
		walk(n, func(c *html.Node) bool {
			if c.Type == html.ElementNode && c.Data == "annotation" &&
				strings.EqualFold(attr(c, "encoding"), "application/x-tex") && tex == "" {
				tex = textOf(c)
				return false
			}
			return tex == ""
		})
		if tex != "" {
			return texOf(tex), true
		}
		var sb strings.Builder // MathML alone: its characters, in order
		walk(n, func(c *html.Node) bool {
			if c.Type == html.ElementNode && c.Data == "annotation" {
				return false
			}
			if c.Type == html.TextNode {
				sb.WriteString(strings.TrimSpace(c.Data))
			}
			return true
		})
		return sb.String(), true
	case n.DataAtom == atom.Img:
		alt := strings.TrimSpace(attr(n, "alt"))
		if alt == "" {
			return "", false
		}
		for _, t := range classTokens(n, nil) {
			if t == "math" || t == "tex" || t == "latex" {
				return texOf(alt), true
			}
		}
	}
	return "", false
}

// texOf takes off the {\displaystyle …} wrapper MediaWiki puts around
// every formula, and collapses white space.
func texOf(s string) string {
	s = collapse(s)
	if t, ok := strings.CutPrefix(s, `{\displaystyle `); ok && strings.HasSuffix(t, "}") {
		s = strings.TrimSpace(t[:len(t)-1])
	}
	return s
}

// replaceMath puts the source of each formula in doomed in its place.
func replaceMath(formulas []*html.Node) {
	for _, n := range formulas {
		if n.Parent == nil {
			continue
		}
		src, _ := mathSource(n)
		if src != "" {
			n.Parent.InsertBefore(&html.Node{Type: html.TextNode, Data: src}, n)
		}
		n.Parent.RemoveChild(n)
	}
}
