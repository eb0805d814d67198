package extract_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pare-dev/pare/extract"
	"github.com/pare-dev/pare/rules"
	"golang.org/x/net/html"
)

// recorder is an Explainer that keeps what it is told.
type recorder struct {
	parsed   int
	doc      *html.Node
	nodes    map[*html.Node]bool // every node of the tree as parsed
	removed  []extract.Removal
	removedN [][]*html.Node
	roots    [][]*html.Node
	kept     [][]*html.Node
}

func (r *recorder) Parsed(doc *html.Node) {
	r.parsed++
	r.doc, r.nodes = doc, map[*html.Node]bool{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		r.nodes[n] = true
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
}

func (r *recorder) Removed(rm extract.Removal, nodes []*html.Node) {
	r.removed = append(r.removed, rm)
	r.removedN = append(r.removedN, nodes)
}

func (r *recorder) Article(roots, kept []*html.Node) {
	r.roots, r.kept = append(r.roots, roots), append(r.kept, kept)
}

// TestExplainer holds the hook to the Result on every fixture, with
// rules and without: it hears of each removal the Result lists, in
// order, with elements of the parsed tree, and of each article with the
// elements whose text the article kept.
func TestExplainer(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for mode, opts := range map[string]extract.Options{"rules": {Rules: set}, "no-rules": {}} {
		ex := newExtractor(t, opts)
		for _, page := range fixturePages(t) {
			t.Run(mode+"/"+filepath.Base(page), func(t *testing.T) {
				data, err := os.ReadFile(page)
				if err != nil {
					t.Fatal(err)
				}
				rec := &recorder{}
				res, err := ex.ExtractInput(context.Background(), extract.Input{Body: strings.NewReader(string(data)), Explain: rec})
				if err != nil {
					t.Fatal(err)
				}
				if rec.parsed != 1 {
					t.Fatalf("Parsed called %d times", rec.parsed)
				}
				if len(rec.removed) != len(res.Removed) {
					t.Fatalf("%d removals told, the Result lists %d", len(rec.removed), len(res.Removed))
				}
				for i, rm := range rec.removed {
					if rm != res.Removed[i] {
						t.Errorf("removal %d told %+v, the Result has %+v", i, rm, res.Removed[i])
					}
					if rm.Text != "" && len(rec.removedN[i]) == 0 {
						t.Errorf("removal %d (%s) came with no element", i, rm.By)
					}
					for _, n := range rec.removedN[i] {
						if !rec.nodes[n] || n.Type != html.ElementNode {
							t.Errorf("removal %d: a node that is no element of the parsed tree", i)
						}
					}
				}
				if len(rec.kept) != len(res.Articles) {
					t.Fatalf("%d articles told, the Result has %d", len(rec.kept), len(res.Articles))
				}
				for i, a := range res.Articles {
					if len(rec.roots[i]) == 0 || len(rec.kept[i]) == 0 {
						t.Errorf("article %d told without roots or kept elements", i+1)
					}
					for _, n := range rec.kept[i] {
						if !rec.nodes[n] {
							t.Errorf("article %d: a kept node outside the parsed tree", i+1)
						}
					}
					// The first kept element's text opens the article.
					first := strings.Fields(textContent(rec.kept[i][0]))
					if len(first) > 3 {
						first = first[:3]
					}
					if !strings.Contains(strings.Join(strings.Fields(a.Text), " "), strings.Join(first, " ")) {
						t.Errorf("article %d: the first kept element %q is not in its text", i+1, first)
					}
				}
			})
		}
	}
}

func textContent(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data + " ")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
