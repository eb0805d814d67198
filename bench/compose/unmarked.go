package compose

import (
	"hash/fnv"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Unmarked markup is what a site built from styled components serves: no
// element says what it holds. A story is plain <div>s with generated
// class names, its headline a <div> made large by inline CSS, or one
// with only an ARIA heading role, above a "By … · date" line. Nothing an
// extractor could find a story's edge by is left: no data-* attribute,
// no sectioning element (article, section, header, footer, main, aside,
// nav), no h1–h6, no <time>, no microdata, ARIA landmark, id or class of
// the original. Paragraphs, lists, tables, links and inline formatting
// stay: they carry the text, not the story's bounds, and a story whose
// paragraphs were divs too would measure text extraction from div soup,
// which the single-page sets measure already.

// The headline of an unmarked story, in its two variants (the one used
// by UnmarkedStyle, the one used by UnmarkedARIA).
var (
	styledHeadline = []html.Attribute{{Key: "style", Val: "font-size:32px;font-weight:700"}}
	ariaHeadline   = []html.Attribute{{Key: "role", Val: "heading"}, {Key: "aria-level", Val: "1"}}
)

// genClass is a generated class name in the manner of CSS-in-JS
// libraries (emotion's "css-1x8ab"): "css-" and five base-36 digits of
// the FNV-1a hash of what the element was, its tag and class, so that
// elements styled alike share a name, and the name follows from the
// page alone.
func genClass(key string) string {
	h := fnv.New32a()
	h.Write([]byte(key)) // a hash.Hash never fails to write
	s := strconv.FormatUint(uint64(h.Sum32()%(36*36*36*36*36)), 36)
	return "css-" + strings.Repeat("0", 5-len(s)) + s
}

// toDiv lists the elements that become <div>: those that mark a page's
// structure (sectioning, headings, header and footer, figures) rather
// than hold text of their own.
var toDiv = map[atom.Atom]bool{
	atom.Article: true, atom.Section: true, atom.Header: true, atom.Footer: true, atom.Main: true,
	atom.Aside: true, atom.Nav: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Hgroup: true, atom.Figure: true, atom.Figcaption: true,
	atom.Address: true, atom.Details: true, atom.Summary: true, atom.Dialog: true, atom.Center: true,
	atom.Menu: true, atom.Search: true,
}

// keepAttrs lists, per element, the attributes kept: those that carry
// content (a link's target, an image and its text, a table's shape).
var keepAttrs = map[atom.Atom][]string{
	atom.A:   {"href"},
	atom.Img: {"src", "alt", "width", "height"},
	atom.Td:  {"colspan", "rowspan"},
	atom.Th:  {"colspan", "rowspan"},
	atom.Ol:  {"start"},
}

// dropped reports whether an element goes with all it holds: scripts
// (JSON-LD among them), styles written for the old class names, <meta>
// and <link> in the body (microdata's carriers), frames (ads, embeds),
// and SVG and MathML, whose elements are not HTML's to rename.
func dropped(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Meta, atom.Link, atom.Iframe, atom.Svg, atom.Math:
		return true
	}
	return n.Namespace != ""
}

// unmark rewrites n and everything under it in unmarked markup, in place,
// so that pointers into the tree stay good (but for dropped elements).
// Comments go too: a CMS leaves "<!-- article body -->" markers.
func unmark(n *html.Node) {
	if n.Type == html.ElementNode {
		unmarkElement(n)
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case c.Type == html.CommentNode, c.Type == html.ElementNode && dropped(c):
			n.RemoveChild(c)
		default:
			unmark(c)
		}
		c = next
	}
}

// unmarkElement renames one element and replaces its attributes with
// those keepAttrs keeps and a generated class. An element unknown to
// HTML (a custom element such as <story-body>, whose name is a mark)
// becomes a <div>; a <time> becomes a <span>, its text kept.
func unmarkElement(n *html.Node) {
	key := n.Data + "." + attr(n, "class")
	switch {
	case toDiv[n.DataAtom] || n.DataAtom == 0:
		n.DataAtom, n.Data = atom.Div, "div"
	case n.DataAtom == atom.Time:
		n.DataAtom, n.Data = atom.Span, "span"
	}
	var attrs []html.Attribute
	for _, a := range n.Attr {
		for _, k := range keepAttrs[n.DataAtom] {
			if a.Namespace == "" && a.Key == k {
				attrs = append(attrs, html.Attribute{Key: a.Key, Val: a.Val})
			}
		}
	}
	if n.DataAtom == atom.Div || attr(n, "class") != "" {
		attrs = append(attrs, html.Attribute{Key: "class", Val: genClass(key)})
	}
	n.Attr = attrs
}

// headlineBlock is an unmarked story's head: the headline, styled or
// given its ARIA role, and below it the "By … · date" line from the
// source's metadata, or only the part of it the source gives; no line
// when it gives neither. lacks names what was left out ("byline",
// "date").
func headlineBlock(s *Source, aria bool) (nodes []*html.Node, lacks []string) {
	attrs := append([]html.Attribute{{Key: "class", Val: genClass("headline")}}, styledHeadline...)
	if aria {
		attrs = append([]html.Attribute{{Key: "class", Val: genClass("headline")}}, ariaHeadline...)
	}
	nodes = []*html.Node{elem(atom.Div, attrs, textNode(s.headText()))}
	var line []string
	if s.Author != "" {
		line = append(line, "By "+s.Author)
	} else {
		lacks = append(lacks, "byline")
	}
	if s.Date != "" {
		line = append(line, s.Date)
	} else {
		lacks = append(lacks, "date")
	}
	if len(line) > 0 {
		nodes = append(nodes, elem(atom.Div, []html.Attribute{{Key: "class", Val: genClass("byline")}},
			textNode(strings.Join(line, " · "))))
	}
	return nodes, lacks
}

// replaceWith puts nodes where old is and takes old out.
func replaceWith(old *html.Node, nodes ...*html.Node) {
	for _, n := range nodes {
		old.Parent.InsertBefore(n, old)
	}
	old.Parent.RemoveChild(old)
}

// unmarkedStory is the source's article as an unmarked story, in a
// <div> of its own: its region rewritten, with the headline block in
// place of the headline when the region holds it, else above the region.
// The header between a headline outside the region and the region (the
// original byline, share bar, lead image) is not taken: the block's line
// stands for it. Only a source with a headline element makes one.
func (s *Source) unmarkedStory(aria bool) (story *html.Node, lacks []string) {
	region := clone(s.region)
	var head *html.Node
	if s.Headline == HeadlineInRegion {
		head = resolve(region, relPath(s.region, s.head))
	}
	unmark(region)
	block, lacks := headlineBlock(s, aria)
	story = elem(atom.Div, []html.Attribute{{Key: "class", Val: genClass("story")}})
	story.AppendChild(region)
	if head != nil {
		replaceWith(head, block...)
	} else {
		for i := len(block) - 1; i >= 0; i-- {
			story.InsertBefore(block[i], story.FirstChild)
		}
	}
	return story, lacks
}

// unmarkPage rewrites a whole page's body in unmarked markup, puts the
// headline block in place of the page's headline head, and drops the
// JSON-LD of the head, which would mark the story as well as any markup
// (the title and <meta> tags stay: every page has them).
func unmarkPage(doc, head *html.Node, s *Source, aria bool) (lacks []string) {
	for _, sc := range findAll(find(doc, atom.Head), atom.Script) {
		sc.Parent.RemoveChild(sc)
	}
	body := find(doc, atom.Body)
	unmark(body)
	body.Attr = nil
	block, lacks := headlineBlock(s, aria)
	replaceWith(head, block...)
	return lacks
}

// relPath is the path of child indexes from anc down to n, which anc
// holds; resolve follows it in a copy of anc.
func relPath(anc, n *html.Node) []int {
	var p []int
	for ; n != anc; n = n.Parent {
		i := 0
		for s := n.PrevSibling; s != nil; s = s.PrevSibling {
			i++
		}
		p = append([]int{i}, p...)
	}
	return p
}
