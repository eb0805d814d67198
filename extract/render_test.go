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
	doc, _, err := parse(context.Background(), []byte(page))
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
