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
