package main

import (
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/pare-dev/pare/extract"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The report is the page itself, defused (explainsafe.go), with every
// element pare took text from outlined: green for kept (labelled with
// the article's number), red for removed (the reason and what removed
// it), dashed violet for the header lines read as metadata, a blue bar
// where an article starts (with the evidence that split it off). A panel above the page lists the articles and every removal,
// so what cannot be drawn (a hidden element, a removal of no element)
// is still there. The report needs no script and fetches nothing.
//
// The colours are fixed so a test can find the outlines in a screenshot.
const (
	keptColour     = "#00a050"
	removedColour  = "#dc0028"
	boundaryColour = "#0050dc"
	metaColour     = "#8a2be2"
)

// reportCSS is the report's own style sheet, placed after the page's so
// it wins; its selectors are doubled to outweigh most of a page's.
var reportCSS = strings.NewReplacer("KEPT", keptColour, "REMOVED", removedColour, "BOUNDARY", boundaryColour, "META", metaColour).Replace(`
html body [data-pare-kept][data-pare-kept] { outline: 3px solid KEPT !important; outline-offset: -1px !important; }
html body [data-pare-removed][data-pare-removed] { outline: 3px solid REMOVED !important; outline-offset: -1px !important; }
html body [data-pare-label][data-pare-label]::before {
  content: attr(data-pare-label); display: block !important; width: fit-content; max-width: 100%;
  font: 11px/1.4 sans-serif !important; color: #fff !important; background: KEPT !important;
  padding: 0 4px !important; margin: 0 0 2px !important; text-align: left; white-space: normal;
}
html body [data-pare-meta][data-pare-meta] { outline: 3px dashed META !important; outline-offset: -1px !important; }
html body [data-pare-meta][data-pare-label]::before { background: META !important; }
html body [data-pare-removed][data-pare-label]::before { background: REMOVED !important; }
html body .pare-boundary.pare-boundary {
  display: block !important; border-top: 4px solid BOUNDARY !important; color: BOUNDARY !important;
  font: bold 12px/1.4 sans-serif !important; margin: 8px 0 !important; padding: 2px 0 !important;
  background: #fff !important;
}
#pare-report { all: initial; display: block; font: 13px/1.45 sans-serif; color: #111; background: #f6f6f6;
  border-bottom: 2px solid #888; padding: 10px 14px; margin: 0 0 12px; }
#pare-report * { font: inherit; color: inherit; }
#pare-report h1 { font-size: 16px; font-weight: bold; margin: 0 0 6px; }
#pare-report table { border-collapse: collapse; margin: 6px 0; }
#pare-report td, #pare-report th { border: 1px solid #ccc; padding: 2px 6px; text-align: left; vertical-align: top; }
#pare-report th { font-weight: bold; }
#pare-report .k { color: KEPT; font-weight: bold; }
#pare-report .r { color: REMOVED; font-weight: bold; }
#pare-report .b { color: BOUNDARY; font-weight: bold; }
#pare-report .m { color: META; font-weight: bold; }
`)

var panelTemplate = template.Must(template.New("panel").Parse(`<div id="pare-report" role="complementary">
<h1>pare -explain-html</h1>
<div>URL: {{.URL}}{{if .Rule}} · rule: {{.Rule}}{{end}}{{if .RuleNote}} ({{.RuleNote}}){{end}}{{if .Fallback}} · found by: {{.Fallback}}{{end}}</div>
<div><span class="k">■ kept</span> (in article N) · <span class="r">■ removed</span> (reason and what removed it) · <span class="m">■ metadata</span> (title, byline, dates) · <span class="b">■ article boundary</span> (the evidence that split it off); labels name the selector that matches only that element · {{.Outlined}} element(s) outlined</div>
{{if .Reason}}<div>No article: {{.Reason}}</div>{{end}}
{{if .Articles}}<table><tr><th>#</th><th>title</th><th>byline</th><th>published</th><th>boundary</th><th>elements kept</th></tr>
{{range .Articles}}<tr><td>{{.N}}</td><td>{{.Title}}</td><td>{{.Byline}}</td><td>{{.Published}}</td><td>{{.Split}}</td><td>{{.Kept}}</td></tr>
{{end}}</table>{{end}}
{{if .Removed}}<table><tr><th>reason</th><th>removed by</th><th>text</th><th>drawn</th></tr>
{{range .Removed}}<tr><td>{{.Reason}}</td><td>{{.By}}</td><td>{{.Text}}</td><td>{{.Drawn}}</td></tr>
{{end}}</table>{{else}}<div>Nothing removed.</div>{{end}}
</div>`))

type panelData struct {
	URL, Rule, RuleNote, Fallback, Reason string
	Outlined                              int
	Articles                              []panelArticle
	Removed                               []panelRemoval
}

type panelArticle struct {
	N                               int
	Title, Byline, Published, Split string
	Kept                            int
}

type panelRemoval struct{ Reason, By, Text, Drawn string }

// write renders the report of res.
func (e *explainReport) write(w io.Writer, res *extract.Result) error {
	if e.doc == nil { // the page never parsed (an empty page): a report of the panel alone
		doc, err := html.Parse(strings.NewReader("<!DOCTYPE html><html><head></head><body></body></html>"))
		if err != nil {
			return err
		}
		e.doc = doc
	}
	if e.pageDir != "" {
		inlineLocal(e.doc, e.pageDir)
	}
	defuse(e.doc) // before marking, so the page's own data-pare-* attributes go before the report's are set
	e.mark(res)
	head, body := ensureHeadBody(e.doc)
	var panel strings.Builder
	if err := panelTemplate.Execute(&panel, e.panel(res)); err != nil {
		return err
	}
	nodes, err := html.ParseFragment(strings.NewReader(panel.String()), body)
	if err != nil {
		return err
	}
	for i := len(nodes) - 1; i >= 0; i-- {
		body.InsertBefore(nodes[i], body.FirstChild)
	}
	// The CSP comes first in <head>, before anything it must govern.
	prepend(head, elem(atom.Title, "", "pare -explain-html: "+res.URL))
	prepend(head, elem(atom.Meta, "", "", html.Attribute{Key: "http-equiv", Val: "Content-Security-Policy"}, html.Attribute{Key: "content", Val: reportCSP}))
	prepend(head, elem(atom.Meta, "", "", html.Attribute{Key: "charset", Val: "utf-8"}))
	head.AppendChild(elem(atom.Style, "", reportCSS))
	return html.Render(w, e.doc)
}

func (e *explainReport) panel(res *extract.Result) panelData {
	d := panelData{URL: res.URL, Rule: res.Rule, RuleNote: res.RuleNote, Fallback: res.Fallback, Outlined: e.outlined}
	if !res.Reason.IsZero() {
		d.Reason = fmt.Sprintf("%s: %s", res.Reason.Kind, res.Reason)
	}
	for i, a := range res.Articles {
		pa := panelArticle{N: i + 1, Title: a.Title, Byline: a.Byline, Published: a.Published.Text}
		if a.Split != nil {
			pa.Split = fmt.Sprintf("split on %s, cohesion %.2f", strings.Join(a.Split.Evidence, ", "), a.Split.Cohesion)
		} else if i == 0 {
			pa.Split = "the page's own article"
		}
		if i < len(e.articles) {
			pa.Kept = len(e.articles[i].kept)
		}
		d.Articles = append(d.Articles, pa)
	}
	for i, r := range res.Removed {
		pr := panelRemoval{Reason: string(r.Reason), By: r.By, Text: r.Text, Drawn: "yes"}
		switch {
		case i >= len(e.removed) || len(e.removed[i].nodes) == 0:
			pr.Drawn = "no element"
		case r.Reason == "hidden":
			pr.Drawn = "hidden by the page"
		}
		d.Removed = append(d.Removed, pr)
	}
	return d
}

// ensureHeadBody returns the document's head and body, making either if
// the tree lacks it (a frameset page has no body).
func ensureHeadBody(doc *html.Node) (head, body *html.Node) {
	root := doc.FirstChild
	for root != nil && !(root.Type == html.ElementNode && root.DataAtom == atom.Html) {
		root = root.NextSibling
	}
	if root == nil {
		root = elem(atom.Html, "", "")
		doc.AppendChild(root)
	}
	for c := root.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && c.DataAtom == atom.Head:
			head = c
		case c.Type == html.ElementNode && c.DataAtom == atom.Body:
			body = c
		}
	}
	if head == nil {
		head = elem(atom.Head, "", "")
		root.InsertBefore(head, root.FirstChild)
	}
	if body == nil {
		body = elem(atom.Body, "", "")
		root.AppendChild(body)
	}
	return head, body
}

func elem(a atom.Atom, class, text string, attrs ...html.Attribute) *html.Node {
	n := &html.Node{Type: html.ElementNode, DataAtom: a, Data: a.String(), Attr: attrs}
	if class != "" {
		n.Attr = append(n.Attr, html.Attribute{Key: "class", Val: class})
	}
	if text != "" {
		n.AppendChild(&html.Node{Type: html.TextNode, Data: text})
	}
	return n
}

func prepend(parent, n *html.Node) { parent.InsertBefore(n, parent.FirstChild) }
