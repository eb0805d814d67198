package extract

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/net/html"
)

// BenchmarkSegment measures cutting the fixtures' bodies into blocks, the
// one stage that visits every node of a page after parsing.
func BenchmarkSegment(b *testing.B) {
	files, _ := filepath.Glob("../testdata/*/*.html")
	var docs []*html.Node
	var size int64
	opts := Options{}.withDefaults()
	r := newRenderers(Text)
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text, _ := decode(raw, "")
		doc, _, err := parse(context.Background(), text, DefaultMaxNodes, DefaultMaxDepth)
		if err != nil {
			b.Fatal(err)
		}
		if p := newPage(context.Background(), &opts, &r, doc); p.body != nil {
			p.prune(p.body)
			docs = append(docs, doc)
			size += int64(len(raw))
		}
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, doc := range docs {
			p := newPage(context.Background(), &opts, &r, doc)
			p.segment(p.body)
		}
	}
}

// BenchmarkClassTokens splits the class and id of every element of the
// fixtures, which segment and the markup rules do for every page.
func BenchmarkClassTokens(b *testing.B) {
	files, _ := filepath.Glob("../testdata/*/*.html")
	var elems []*html.Node
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		doc, err := html.Parse(bytes.NewReader(raw))
		if err != nil {
			b.Fatal(err)
		}
		walk(doc, func(n *html.Node) bool {
			if n.Type == html.ElementNode {
				elems = append(elems, n)
			}
			return true
		})
	}
	b.ReportAllocs()
	var toks []string
	for b.Loop() {
		for _, n := range elems {
			toks = classTokens(n, toks[:0])
		}
	}
}

// TestSegmentDividers: an empty element the site styles stands for the
// gap a stylesheet draws, and an unstyled one or a <wbr> joins the text
// around it, as a browser shows them.
func TestSegmentDividers(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`<p>Published Tue, Nov 19 2019<span class="divider"></span>7:05 AM EST</p>`, "Published Tue, Nov 19 2019 7:05 AM EST"},
		{`<p>By Ana Ruiz<i style="margin:0 4px"></i>March 3, 2024</p>`, "By Ana Ruiz March 3, 2024"},
		{`<p>super<wbr>market</p>`, "supermarket"},
		{`<p>harbour<a id="x"></a>side</p>`, "harbourside"},
	} {
		doc, err := html.Parse(bytes.NewReader([]byte("<html><body>" + tc.in + "</body></html>")))
		if err != nil {
			t.Fatal(err)
		}
		opts := Options{}.withDefaults()
		r := newRenderers(Text)
		p := newPage(context.Background(), &opts, &r, doc)
		p.segment(p.body)
		if len(p.blocks) != 1 || p.blocks[0].text != tc.want {
			var got []string
			for _, b := range p.blocks {
				got = append(got, b.text)
			}
			t.Errorf("%s: blocks %q, want one %q", tc.in, got, tc.want)
		}
	}
}
