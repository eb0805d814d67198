package compose

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pare-dev/pare/bench/datasets"
)

// testPage makes a small news page whose article body is #body-<id>
// inside article#art-<id>, under its headline and byline, and its label.
// Its words are drawn from a vocabulary by a hash of the ID, so that no
// two pages share more than a stray shingle, as two real stories do not.
func testPage(id, host string, n int) datasets.Page {
	title := fmt.Sprintf("Story %s about the %s harbour", id, host)
	var paras []string
	for i := range 3 {
		paras = append(paras, fmt.Sprintf("Paragraph %d of story %s: %s. Then %s, %d times.", i, id,
			words(id, i, 12), words(id, i+10, 10), n+i))
	}
	page := `<html><head><title>` + title + ` | ` + host + `</title></head><body>
		<nav><a href="/">Home</a> <a href="/news">News</a></nav>
		<article id="art-` + id + `"><h1>` + title + `</h1><p>By Ann Lee, 3 May 2024</p>
		<div id="body-` + id + `"><p>` + strings.Join(paras, "</p><p>") + `</p></div></article>
		<footer>All rights reserved</footer></body></html>`
	return datasets.Page{Set: datasets.ScrapingHub, ID: id, URL: "https://" + host + "/" + id, HTML: []byte(page),
		Truth: datasets.Truth{Body: strings.Join(paras, "\n")}}
}

// words returns n words of a fixed vocabulary, chosen by a hash of the
// ID and the salt.
func words(id string, salt, n int) string {
	vocab := strings.Fields(`harbour council bridge winter storm engineer road lorry ferry resident
		market baker prize loaf morning school teacher pupil library book river flood farmer field
		train station ticket museum painting theatre actor festival stadium match goal doctor clinic`)
	f := fnv.New64a()
	fmt.Fprintf(f, "%s/%d", id, salt)
	x := f.Sum64()
	out := make([]string, n)
	for i := range out {
		out[i] = vocab[x%uint64(len(vocab))]
		x = x*6364136223846793005 + 1442695040888963407
	}
	return strings.Join(out, " ")
}

// testSet is one pair on a.example and five single pages on other hosts
// of a.example's half, enough for a teaser list and Three's other site.
func testSet() []datasets.Page {
	pages := []datasets.Page{testPage("a1", "a.example", 1), testPage("a2", "a.example", 20)}
	half := datasets.HalfOfHost("a.example")
	for i := 0; len(pages) < 7; i++ {
		h := fmt.Sprintf("h%d.example", i)
		if datasets.HalfOfHost(h) == half {
			pages = append(pages, testPage(fmt.Sprintf("h%d", i), h, 40+i))
		}
	}
	return pages
}

func byID(doc *html.Node, id string) *html.Node {
	var out *html.Node
	walk(doc, func(n *html.Node) {
		if out == nil && n.Type == html.ElementNode && attr(n, "id") == id {
			out = n
		}
	})
	return out
}

func nextElem(n *html.Node) *html.Node {
	for n = n.NextSibling; n != nil && n.Type != html.ElementNode; n = n.NextSibling {
	}
	return n
}

func lastElem(n *html.Node) *html.Node {
	for n = n.LastChild; n != nil && n.Type != html.ElementNode; n = n.PrevSibling {
	}
	return n
}

func TestBuild(t *testing.T) {
	tests := []struct {
		kind  Kind
		a     string
		ids   []string
		check func(doc *html.Node) string // "" when the page is right
	}{
		{Inside, "a1", []string{"a1", "a2"}, func(doc *html.Node) string {
			if n := nextElem(byID(doc, "body-a1")); n == nil || attr(n, "id") != "art-a2" {
				return "B's article is not right after A's body"
			}
			return ""
		}},
		{After, "a1", []string{"a1", "a2"}, func(doc *html.Node) string {
			w := lastElem(find(doc, atom.Body))
			if attr(w, "class") != "infinite-scroll-item" || attr(w, "data-url") != "https://a.example/a2" ||
				byID(w, "art-a2") == nil {
				return "the body does not end with B's article in a scroll item"
			}
			return ""
		}},
		{Reverse, "a1", []string{"a2", "a1"}, func(doc *html.Node) string {
			w := lastElem(find(doc, atom.Body))
			if attr(w, "data-url") != "https://a.example/a1" || byID(w, "art-a1") == nil || byID(doc, "body-a2") == nil {
				return "B's page does not end with A's article"
			}
			return ""
		}},
		{Teasers, "a1", []string{"a1"}, func(doc *html.Node) string {
			s := nextElem(byID(doc, "body-a1"))
			if s == nil || s.DataAtom != atom.Section || !strings.Contains(textOf(s), "More stories") {
				return "no teaser section right after A's body"
			}
			if n := len(findAll(s, atom.Li)); n < 4 || n > 6 {
				return fmt.Sprintf("%d teasers", n)
			}
			return ""
		}},
	}
	set, err := Build(testSet(), Kinds())
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(string(tt.kind), func(t *testing.T) {
			i := slices.IndexFunc(set.Pages, func(p Page) bool { return p.Kind == tt.kind && p.A == tt.a })
			if i < 0 {
				t.Fatalf("no %s page for %s; skipped: %v", tt.kind, tt.a, set.Skipped)
			}
			p := set.Pages[i]
			if !slices.Equal(p.TruthIDs, tt.ids) || len(p.Truth) != len(tt.ids) {
				t.Errorf("truth from %v, want %v", p.TruthIDs, tt.ids)
			}
			if n := bytes.Count(p.HTML, []byte("<meta charset")); n != 1 || !bytes.Contains(p.HTML, []byte(`<meta charset="utf-8"/>`)) {
				t.Errorf("%d charset declarations, want one utf-8", n)
			}
			if msg := tt.check(parseString(t, string(p.HTML))); msg != "" {
				t.Errorf("%s:\n%s", msg, p.HTML)
			}
			for _, tz := range p.Teasers {
				if strings.HasPrefix(tz.URL, "https://a.example/") {
					t.Errorf("teaser %q from the page's own host", tz.Headline)
				}
			}
		})
	}
	want := 7 // teasers
	for _, k := range Kinds() {
		if k != Teasers {
			want += len(Variants(k))
		}
	}
	if set.Pairs != 1 || len(set.Skipped) != 0 || len(set.Pages) != want {
		t.Errorf("%d pairs, %d pages, skipped %v; want 1 pair, %d pages, none skipped", set.Pairs, len(set.Pages), set.Skipped, want)
	}
	again, _ := Build(testSet(), Kinds())
	for i := range set.Pages {
		if !bytes.Equal(set.Pages[i].HTML, again.Pages[i].HTML) {
			t.Fatalf("page %d differs between two builds", i)
		}
	}
}

// TestBuildCharset checks that a page saved in a legacy charset comes out
// as UTF-8, declared so, with its text intact.
func TestBuildCharset(t *testing.T) {
	pages := testSet()[:2]
	for i := range pages {
		s := strings.ReplaceAll(string(pages[i].HTML), "harbour", "caf\xe9")
		s = strings.Replace(s, "<head>", `<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">`, 1)
		pages[i].HTML = []byte(s)
		pages[i].Truth.Body = strings.ReplaceAll(pages[i].Truth.Body, "harbour", "café")
	}
	set, err := Build(pages, []Kind{After})
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Pages) != 1 {
		t.Fatalf("%d pages, skipped %v", len(set.Pages), set.Skipped)
	}
	h := set.Pages[0].HTML
	if !utf8.Valid(h) || !bytes.Contains(h, []byte("café")) || bytes.Contains(bytes.ToLower(h), []byte("windows-1252")) {
		t.Errorf("not re-emitted as UTF-8:\n%s", h)
	}
}

func TestBuildUnknownKind(t *testing.T) {
	if _, err := Build(nil, []Kind{"sideways"}); err == nil {
		t.Error("Build accepted an unknown kind")
	}
}
