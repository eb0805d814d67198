package extract

import (
	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file is the only one that knows github.com/go-shiori/go-readability,
// a port of Readability.js, so that it can be swapped for its successor
// (codeberg.org/readeck/go-readability, not reachable through this
// project's module proxy) or dropped.
//
// pare's own selection (score.go, select.go) borrows Readability's scoring
// but differs in what it trusts; where it finds no article at all,
// Readability's answer is a second opinion (Options.SecondOpinion): it
// runs its own retries and cleaning, and on pages built in ways pare's
// markers miss it still finds the text. It is off by default, because it
// is costly where it runs: it clones the page and allocates freely, up to
// a few hundred times the page's size on the benchmark pages it ran on,
// for an article on about one page in a hundred and fifty that pare
// alone leaves empty.

// secondOpinion asks go-readability for the article of a page pare found
// none in. It returns the article on a page of its own, made from
// Readability's output and cleaned by pare's usual stages, or nil when
// Readability finds nothing that passes pare's article gate either.
func (p *page) secondOpinion() (*page, *article) {
	ps := readability.NewParser()
	ps.DisableJSONLD = true // pare has read the metadata already
	res, err := ps.ParseDocument(p.doc, p.base)
	if err != nil || res.Node == nil {
		return nil, nil
	}
	n := res.Node
	if n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
	doc := &html.Node{Type: html.DocumentNode}
	root := &html.Node{Type: html.ElementNode, Data: "html", DataAtom: atom.Html}
	bodyEl := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	doc.AppendChild(root)
	root.AppendChild(bodyEl)
	bodyEl.AppendChild(n)

	return p.pageOfItsOwn(doc, n, false, "article found by go-readability, pare's own selection having found none")
}

// pageOfItsOwn makes doc, a document built from elsewhere (go-readability's
// answer, the page's JSON-LD text), a page with this page's metadata and
// URL, and returns it with n, its root element, as its article, or nil
// when n does not pass the article gate. prune runs the page's pruning
// first, for text the page wrote as HTML. why is logged.
func (p *page) pageOfItsOwn(doc, n *html.Node, prune bool, why string) (*page, *article) {
	q := newPage(p.ctx, p.opts, p.render, doc)
	if q.body == nil {
		return nil, nil
	}
	q.meta, q.url, q.base = p.meta, p.url, p.base
	if prune {
		q.prune(q.body)
	}
	q.segment(q.body)
	q.settleMarks(allMarks)
	b := body{roots: []*html.Node{n}}
	if !q.articleEnough(b) {
		return nil, nil
	}
	p.opts.Logger.Debug(why)
	return q, &article{roots: b.roots}
}
