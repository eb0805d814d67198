package extract

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/pare-dev/pare/rules"
	"golang.org/x/net/html"
)

// TestRenderLeavesTree holds rendering to a copy: the page's tree is the
// same after an article is rendered (the next article of the page reads
// it), and what the text drops the HTML drops too, even when a dropped
// block's last node sits inside an element dropped whole before it.
func TestRenderLeavesTree(t *testing.T) {
	page := `<html><body><div id="a"><p>Kept paragraph one.</p>` +
		`<div class="x">Dropped label<p>Dropped inside</p></div>` +
		`<p>Kept paragraph two.</p><p>Dropped tail</p></div></body></html>`
	p, doc, kept := droppingPage(t, page)
	var before bytes.Buffer
	_ = html.Render(&before, doc)
	root := p.body.FirstChild
	h, md, err := p.renderHTML([]*html.Node{root}, kept)
	if err != nil {
		t.Fatal(err)
	}
	var after bytes.Buffer
	_ = html.Render(&after, doc)
	if before.String() != after.String() {
		t.Errorf("rendering changed the tree:\nbefore %s\nafter  %s", before.String(), after.String())
	}
	for _, out := range []string{h, md} {
		if strings.Contains(out, "Dropped") || !strings.Contains(out, "Kept paragraph two.") {
			t.Errorf("rendering keeps what was dropped or drops what was kept:\n%s", out)
		}
	}
}

// TestRenderInlineWrappers: a dropped line whose run of nodes is an
// inline element that also wraps kept paragraphs (custom elements,
// <pp-link><div><p>, as on bmas.de) loses only its own text in the HTML;
// skipping the wrapper whole left the HTML empty beside a full text.
func TestRenderInlineWrappers(t *testing.T) {
	page := `<html><body><div id="a"><x-menu>Dropped line<x-list>` +
		`<x-item><div><p>Kept paragraph one.</p></div></x-item>` +
		`<x-item><div><p>Kept paragraph two.</p></div></x-item></x-list> Dropped tail</x-menu></div></body></html>`
	p, _, kept := droppingPage(t, page)
	h, md, err := p.renderHTML([]*html.Node{p.body.FirstChild}, kept)
	if err != nil {
		t.Fatal(err)
	}
	for _, out := range []string{h, md} {
		if strings.Contains(out, "Dropped") || !strings.Contains(out, "Kept paragraph one.") || !strings.Contains(out, "Kept paragraph two.") {
			t.Errorf("rendering keeps what was dropped or drops what was kept:\n%s", out)
		}
	}
}

// TestRenderNoscript: an article rendered from <noscript> (the page's
// content for readers without scripts) has its HTML and Markdown, not
// only its text: the sanitiser drops a noscript's content whole.
func TestRenderNoscript(t *testing.T) {
	page := `<html><body><div id="app"></div><noscript><h1>Ferry timetable</h1>` + Story + `</noscript></body></html>`
	ex, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := ex.Extract(context.Background(), strings.NewReader(page), "")
	if err != nil || len(res.Articles) != 1 {
		t.Fatalf("err %v, %d articles", err, len(res.Articles))
	}
	a := res.Articles[0]
	for what, out := range map[string]string{"HTML": a.HTML, "Markdown": a.Markdown} {
		if !strings.Contains(out, "largest in the town") || strings.Contains(out, "noscript") {
			t.Errorf("%s lacks the text or keeps the noscript:\n%s", what, out)
		}
	}
	if len(res.Warnings) > 0 {
		t.Errorf("warnings: %q", res.Warnings)
	}
}

// droppingPage parses src, cuts it into blocks and drops every block
// whose text starts with "Dropped", as trimming would; it returns the
// page, its tree and the blocks kept.
func droppingPage(t *testing.T, src string) (*page, *html.Node, []int32) {
	t.Helper()
	doc, _, err := parse(context.Background(), []byte(src), DefaultMaxNodes, DefaultMaxDepth)
	if err != nil {
		t.Fatal(err)
	}
	opts := Options{}.withDefaults()
	r := newRenderers(AllOutputs)
	p := newPage(context.Background(), &opts, &r, doc)
	p.segment(p.body)
	var kept []int32
	for i := range p.blocks {
		if strings.HasPrefix(p.blocks[i].text, "Dropped") {
			p.blocks[i].drop = rules.Other
		} else {
			kept = append(kept, int32(i))
		}
	}
	return p, doc, kept
}
