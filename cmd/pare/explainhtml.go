package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/pare-dev/pare/extract"
	"github.com/pare-dev/pare/golden"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// runExplainHTML is `pare -explain-html REPORT.html PAGE`: it extracts one
// page with the flags given and writes a self-contained HTML report of
// what pare did to it (see explainreport.go for the report itself). The
// articles are not printed; a line on stderr sums the report up.
func runExplainHTML(c config, ex *extract.Extractor, inputs []string, stdin io.Reader, stderr io.Writer) int {
	if len(inputs) != 1 || c.from != "" {
		fmt.Fprintf(stderr, "%s: -explain-html reports on one page: give a single file (or -)\n", programName)
		return exitUsage
	}
	var body io.Reader = stdin
	if inputs[0] != "-" {
		f, err := os.Open(inputs[0])
		if err != nil {
			fmt.Fprintf(stderr, "%s: %s\n", programName, oneLine(err.Error()))
			return exitFailed
		}
		defer f.Close()
		body = f
	}
	pageURL := c.pageURL
	if pageURL == "" && inputs[0] != "-" {
		// A golden folder's NAME.url sidecar gives the URL, as in pare golden.
		if p, err := golden.PageOf(inputs[0]); err == nil {
			pageURL = p.URL
		}
	}
	rep := &explainReport{}
	if inputs[0] != "-" {
		rep.pageDir = filepath.Dir(inputs[0])
	}
	res, err := ex.ExtractInput(context.Background(), extract.Input{Body: body, URL: pageURL, Explain: rep})
	if err != nil {
		message(stderr, inputs[0], err.Error())
		return exitFailed
	}
	var out bytes.Buffer
	if err := rep.write(&out, res); err != nil {
		message(stderr, inputs[0], err.Error())
		return exitFailed
	}
	if err := golden.Write(c.explainHTML, out.String()); err != nil {
		fmt.Fprintf(stderr, "%s: %s\n", programName, oneLine(err.Error()))
		return exitFailed
	}
	fmt.Fprintf(stderr, "%s: wrote %s: %d article(s), %d removal(s), %d block(s) outlined\n",
		programName, oneLine(c.explainHTML), len(res.Articles), len(res.Removed), rep.outlined)
	return exitOK
}

// explainReport is the Explainer behind -explain-html. It copies the page
// as parsed (the stages change their tree afterwards) and keeps, for each
// removal and article, the copies of the nodes it came from.
type explainReport struct {
	doc      *html.Node                // the copy
	copies   map[*html.Node]*html.Node // parsed node -> its copy
	removed  []reportRemoval
	articles []reportArticle
	outlined int    // elements outlined, for the summary line
	pageDir  string // the saved page's folder, whose style sheets and images are inlined; "" for none
}

type reportRemoval struct {
	r     extract.Removal
	nodes []*html.Node // copies
}

type reportArticle struct {
	roots, kept []*html.Node // copies
}

func (e *explainReport) Parsed(doc *html.Node) {
	e.copies = map[*html.Node]*html.Node{}
	e.doc = e.clone(doc)
}

func (e *explainReport) Removed(r extract.Removal, nodes []*html.Node) {
	e.removed = append(e.removed, reportRemoval{r, e.mapped(nodes)})
}

func (e *explainReport) Article(roots, kept []*html.Node) {
	e.articles = append(e.articles, reportArticle{e.mapped(roots), e.mapped(kept)})
}

// clone deep-copies n. The parser flattens nesting deeper than
// Options.MaxDepth, so the recursion is bounded.
func (e *explainReport) clone(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace, Attr: append([]html.Attribute(nil), n.Attr...)}
	e.copies[n] = c
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.AppendChild(e.clone(ch))
	}
	return c
}

// mapped returns the copies of nodes, leaving out any the page's tree
// did not hold when it was parsed (nodes a stage made).
func (e *explainReport) mapped(nodes []*html.Node) []*html.Node {
	var out []*html.Node
	for _, n := range nodes {
		if c := e.copies[n]; c != nil {
			out = append(out, c)
		}
	}
	return out
}

// Marks the report puts on the page's elements; explainreport.go styles
// them.
const (
	attrKept    = "data-pare-kept"    // the article number
	attrRemoved = "data-pare-removed" // the reasons
	attrLabel   = "data-pare-label"   // the label drawn above the element
	attrMeta    = "data-pare-meta"    // the metadata field read from the element
)

// mark writes the outcome of every block onto the copy: kept elements
// get their article's number, removed ones the reason and what removed
// them, the header lines pare read as metadata (title, byline, dates,
// found by their text) their field, and each article a boundary bar with
// the evidence that split it off. Labels carry the stable selector that
// matches exactly the element, when there is one (rulesselect.go): the
// selector a rule author would write. A removal wins over a kept mark on
// the same element (a block-level element can hold a kept line and a
// removed one). Selectors are found before the bars go in.
func (e *explainReport) mark(res *extract.Result) {
	labels := map[*html.Node][]string{}
	seen := map[*html.Node]bool{}
	type bar struct {
		first *html.Node
		n     int
		a     extract.Article
		body  string
	}
	var bars []bar
	for i, a := range e.articles {
		var art extract.Article
		if i < len(res.Articles) {
			art = res.Articles[i]
		}
		for j, n := range a.kept {
			setAttr(n, attrKept, fmt.Sprint(i+1))
			if j == 0 {
				label := fmt.Sprintf("article %d", i+1)
				if art.Title != "" {
					label += ": " + art.Title
				}
				labels[n] = append(labels[n], label)
			}
			seen[n] = true
		}
		for _, m := range []struct {
			field, text string
			slack       int
		}{{"title", art.Title, 0}, {"byline", art.Byline, 12}, {"published", art.Published.Text, 24}, {"modified", art.Modified.Text, 24}} {
			if n := elementByText(e.doc, m.text, m.slack); n != nil && !seen[n] {
				setAttr(n, attrMeta, m.field)
				labels[n] = append(labels[n], fmt.Sprintf("article %d %s%s", i+1, m.field, selectorNote(n, e.doc)))
				seen[n] = true
			}
		}
		if len(a.kept) > 0 {
			bars = append(bars, bar{a.kept[0], i + 1, art, selectorFor(commonAncestor(a.roots), e.doc)})
		}
	}
	for _, rm := range e.removed {
		for _, n := range rm.nodes {
			reasons := getAttr(n, attrRemoved)
			if !strings.Contains(" "+reasons+" ", " "+string(rm.r.Reason)+" ") {
				setAttr(n, attrRemoved, strings.TrimSpace(reasons+" "+string(rm.r.Reason)))
			}
			labels[n] = append(labels[n], "removed: "+string(rm.r.Reason)+" ("+rm.r.By+")"+selectorNote(n, e.doc))
			seen[n] = true
		}
	}
	for n, ls := range labels {
		setAttr(n, attrLabel, shortLabel(strings.Join(ls, "; ")))
	}
	for _, b := range bars {
		e.boundary(b.first, b.n, b.a, b.body)
	}
	e.outlined = len(seen)
}

// selectorNote is " · SELECTOR" for the stable selector that matches
// only n in the page, "" when there is none.
func selectorNote(n, doc *html.Node) string {
	if s := selectorFor(n, doc); s != "" {
		return " · " + s
	}
	return ""
}

// boundary inserts, before an article's first kept element, a bar that
// says where the article starts and, for one pare's splitting cut off,
// the evidence that fired and the cohesion across the cut; body is the
// selector of the element the body was taken from, if any.
func (e *explainReport) boundary(first *html.Node, n int, a extract.Article, body string) {
	if first.Parent == nil || first.Namespace != "" { // inside SVG or MathML a div is not drawn
		return
	}
	text := fmt.Sprintf("article %d starts", n)
	if a.Appended {
		text += " (appended)"
	}
	if a.Split != nil {
		text += fmt.Sprintf(": split on %s, cohesion %.2f", strings.Join(a.Split.Evidence, ", "), a.Split.Cohesion)
	}
	if body != "" {
		text += " · body in " + body
	}
	bar := &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div",
		Attr: []html.Attribute{{Key: "class", Val: "pare-boundary"}, {Key: "role", Val: "note"}}}
	bar.AppendChild(&html.Node{Type: html.TextNode, Data: text})
	first.Parent.InsertBefore(bar, first)
}

func shortLabel(s string) string {
	if r := []rune(s); len(r) > 140 {
		return string(r[:139]) + "…"
	}
	return s
}

func getAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

func setAttr(n *html.Node, key, val string) {
	for i, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			n.Attr[i].Val = val
			return
		}
	}
	n.Attr = append(n.Attr, html.Attribute{Key: key, Val: val})
}
