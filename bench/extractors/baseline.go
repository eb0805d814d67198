package extractors

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// baseline is the floor for time and the ceiling for recall: parse the
// page with golang.org/x/net/html and keep all the text of <body>, minus
// script, style and the like that never render as text. Blocks are
// separated by newlines so snippets spanning inline elements still match.
// It does not decode charsets: the parser reads UTF-8, which is what the
// other extractors' detection is measured against.
type baseline struct{}

func (baseline) Name() string { return "baseline" }

func (baseline) Extract(page []byte, _ string) (Output, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return Output{}, err
	}
	body := find(doc, atom.Body)
	if body == nil {
		body = doc
	}
	var b strings.Builder
	writeText(&b, body)
	return one(Article{Text: strings.TrimSpace(b.String())}), nil
}

// skip lists elements whose content is not page text.
var skip = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
}

func writeText(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return
	case html.ElementNode:
		if skip[n.DataAtom] {
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		writeText(b, c)
	}
	if n.Type == html.ElementNode && !inline[n.DataAtom] {
		b.WriteByte('\n')
	}
}

// inline lists the phrasing elements after which no line break is added.
var inline = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true,
	atom.Cite: true, atom.Code: true, atom.Data: true, atom.Dfn: true, atom.Em: true,
	atom.I: true, atom.Kbd: true, atom.Mark: true, atom.Q: true, atom.S: true,
	atom.Samp: true, atom.Small: true, atom.Span: true, atom.Strong: true,
	atom.Sub: true, atom.Sup: true, atom.Time: true, atom.U: true, atom.Var: true,
	atom.Font: true, atom.Label: true, atom.Img: true, atom.Wbr: true,
}

func find(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, a); f != nil {
			return f
		}
	}
	return nil
}
