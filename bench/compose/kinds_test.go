package compose

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pare-dev/pare/bench/datasets"
)

// metaSet is testSet with metadata: a1 names its author in JSON-LD and
// no date, a2 its date in a <meta> tag and no author, so every unmarked
// story has half a "By … · date" line and a placeholder for a1 no date.
// The pair's pages also carry every mark an unmarked page must lose, in
// the body of the article and around it.
func metaSet() []datasets.Page {
	pages := testSet()
	add := func(i int, old, new string) {
		pages[i].HTML = []byte(strings.Replace(string(pages[i].HTML), old, new, 1))
	}
	add(0, "<head>", `<head><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ann Lee"}}</script>`)
	add(1, "<head>", `<head><meta property="article:published_time" content="2024-06-01T08:00:00+02:00">`)
	for i := range 2 {
		add(i, `</p><p>Paragraph 1`, `</p><section data-block="1" itemprop="articleBody"><h2 id="sub">A subheading</h2>`+
			`<time datetime="2024-05-03">3 May</time> <story-note>Note</story-note><!-- body --></section><p>Paragraph 1`)
		add(i, "<footer>", `<aside class="sidebar" data-widget="x"><h3>Most read</h3><svg><text>icon</text></svg></aside>`+
			`<main role="main"><header><h4>Elsewhere</h4></header></main><footer>`)
	}
	return pages
}

// buildKind composes one kind of metaSet and returns its pages by variant.
func buildKind(t *testing.T, k Kind) map[string]Page {
	t.Helper()
	set, err := Build(metaSet(), []Kind{k})
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Skipped) > 0 {
		t.Fatalf("skipped: %v", set.Skipped)
	}
	out := map[string]Page{}
	for _, p := range set.Pages {
		out[p.Variant] = p
	}
	if len(out) != len(Variants(k)) {
		t.Fatalf("%d variants made, want %v", len(out), Variants(k))
	}
	return out
}

var genClassRE = regexp.MustCompile(`^css-[0-9a-z]{5}$`)

// marks lists what an unmarked subtree holds that it must not: data-*
// attributes, ids, classes not generated, sectioning elements, headings
// and <time>.
func marks(n *html.Node) []string {
	var out []string
	walk(n, func(c *html.Node) {
		if c.Type != html.ElementNode {
			return
		}
		switch c.DataAtom {
		case atom.Article, atom.Section, atom.Header, atom.Footer, atom.Main, atom.Aside, atom.Nav,
			atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Time, atom.Script:
			out = append(out, "<"+c.Data+">")
		}
		for _, a := range c.Attr {
			switch {
			case strings.HasPrefix(a.Key, "data-"), a.Key == "id", a.Key == "itemprop":
				out = append(out, c.Data+" "+a.Key)
			case a.Key == "class" && !genClassRE.MatchString(a.Val):
				out = append(out, c.Data+` class="`+a.Val+`"`)
			}
		}
		if c.DataAtom == atom.Div && attr(c, "class") == "" {
			out = append(out, "div without a generated class")
		}
	})
	return out
}

// headlines returns the unmarked headlines under n: divs with the inline
// style (aria false) or the ARIA heading role.
func headlines(n *html.Node, aria bool) []*html.Node {
	var out []*html.Node
	walk(n, func(c *html.Node) {
		if c.Type == html.ElementNode && c.DataAtom == atom.Div &&
			(!aria && attr(c, "style") == "font-size:32px;font-weight:700" ||
				aria && attr(c, "role") == "heading" && attr(c, "aria-level") == "1") {
			out = append(out, c)
		}
	})
	return out
}

func TestUnmarked(t *testing.T) {
	title := func(id string) string { return "Story " + id + " about the a.example harbour" }
	line := map[string]string{"a1": "By Ann Lee", "a2": "June 1, 2024"}
	tests := []struct {
		variant string
		truth   []string
		lacks   []string
	}{
		{"story-ab", []string{"a1", "a2"}, []string{"B:byline"}},
		{"story-ba", []string{"a2", "a1"}, []string{"A:date"}},
		{"page-ab", []string{"a1", "a2"}, []string{"A:date", "B:byline"}},
		{"page-ba", []string{"a2", "a1"}, []string{"B:byline", "A:date"}},
	}
	for _, k := range []Kind{UnmarkedStyle, UnmarkedARIA} {
		pages := buildKind(t, k)
		for _, tt := range tests {
			t.Run(string(k)+"/"+tt.variant, func(t *testing.T) {
				p := pages[tt.variant]
				host, guest := tt.truth[0], tt.truth[1]
				if !slices.Equal(p.TruthIDs, tt.truth) || p.Host != host || !slices.Equal(p.Lacks, tt.lacks) {
					t.Errorf("truth %v, host %s, lacks %q; want %v, %s, %q", p.TruthIDs, p.Host, p.Lacks, tt.truth, host, tt.lacks)
				}
				doc := parseString(t, string(p.HTML))
				body := find(doc, atom.Body)
				story := lastElem(body)
				unmarked, want := story, []string{guest}
				if strings.HasPrefix(tt.variant, "page-") {
					unmarked, want = body, []string{host, guest}
				} else if byID(doc, "art-"+host) == nil || find(byID(doc, "art-"+host), atom.H1) == nil {
					t.Errorf("the host's own story lost its markup")
				}
				if m := marks(unmarked); len(m) > 0 {
					t.Errorf("marks left: %q\n%s", m, p.HTML)
				}
				heads := headlines(unmarked, k == UnmarkedARIA)
				if len(heads) != len(want) {
					t.Fatalf("%d headlines, want %d:\n%s", len(heads), len(want), p.HTML)
				}
				for i, h := range heads {
					next := nextElem(h)
					if got := textOf(h); strings.TrimSpace(got) != title(want[i]) {
						t.Errorf("headline %q, want %q", got, title(want[i]))
					}
					if next == nil || strings.TrimSpace(textOf(next)) != line[want[i]] {
						t.Errorf("%s: line under the headline is not %q", want[i], line[want[i]])
					}
				}
				if !strings.Contains(textOf(story), "Paragraph 2 of story "+guest) {
					t.Errorf("the appended story's body is not at the page's end")
				}
			})
		}
	}
}

func TestHeadlineBlock(t *testing.T) {
	tests := []struct {
		author, date, line string
		lacks              []string
	}{
		{"Ann Lee", "May 3, 2024", "By Ann Lee · May 3, 2024", nil},
		{"Ann Lee", "", "By Ann Lee", []string{"date"}},
		{"", "May 3, 2024", "May 3, 2024", []string{"byline"}},
		{"", "", "", []string{"byline", "date"}},
	}
	for _, tt := range tests {
		s := &Source{Author: tt.author, Date: tt.date, head: textNode("A headline of five words")}
		nodes, lacks := headlineBlock(s, false)
		line := ""
		if len(nodes) > 1 {
			line = textOf(nodes[1])
		}
		if strings.TrimSpace(line) != tt.line || len(nodes) != 1+min(1, len(tt.line)) || !slices.Equal(lacks, tt.lacks) {
			t.Errorf("%q %q: line %q, lacks %q; want %q, %q", tt.author, tt.date, line, lacks, tt.line, tt.lacks)
		}
	}
}

func TestPlaceholder(t *testing.T) {
	pages := buildKind(t, Placeholder)
	bodies := map[string]string{}
	for _, p := range metaSet() {
		bodies[p.ID] = p.Truth.Body
	}
	for _, tt := range []struct{ variant, host, guest, date string }{
		{"ab", "a1", "a2", "June 1, 2024"},
		{"ba", "a2", "a1", ""},
	} {
		t.Run(tt.variant, func(t *testing.T) {
			p := pages[tt.variant]
			if !slices.Equal(p.TruthIDs, []string{tt.host}) || p.Host != tt.host {
				t.Errorf("truth %v, host %s; want the host's article alone", p.TruthIDs, p.Host)
			}
			doc := parseString(t, string(p.HTML))
			slot := lastElem(find(doc, atom.Body))
			if attr(slot, "class") != "infinite-scroll-item" || attr(slot, "data-url") != "https://a.example/"+tt.guest {
				t.Fatalf("the page does not end with the guest's slot:\n%s", p.HTML)
			}
			head := "Story " + tt.guest + " about the a.example harbour"
			dek := strings.Split(bodies[tt.guest], "\n")[0] // its two sentences
			var want []string
			for _, s := range []string{head, tt.date, dek} {
				if s != "" {
					want = append(want, s)
				}
			}
			var got []string
			for c := slot.FirstChild; c != nil; c = c.NextSibling {
				got = append(got, strings.Join(strings.Fields(textOf(c)), " "))
			}
			if !slices.Equal(got, want) {
				t.Errorf("slot holds %q, want only %q", got, want)
			}
			if (tt.date == "") != slices.Contains(p.Lacks, strings.ToUpper(tt.guest[:1])+":date") {
				t.Errorf("lacks %q", p.Lacks)
			}
			if tt.date != "" && (find(slot, atom.Time) == nil || attr(find(slot, atom.Time), "datetime") != "2024-06-01") {
				t.Errorf("no <time datetime=2024-06-01> in the slot")
			}
			if len(p.Teasers) != 1 || p.Teasers[0].Headline != head || p.Teasers[0].Sentence != dek {
				t.Errorf("teasers %+v, want the slot's headline and dek", p.Teasers)
			}
		})
	}
}

func TestThree(t *testing.T) {
	pages := buildKind(t, Three)
	half := datasets.HalfOfHost("a.example")
	c := pages["abc"].C
	if c == "" || strings.HasPrefix(c, "a") {
		t.Fatalf("C is %q, want a page of another site", c)
	}
	for _, tt := range []struct {
		variant string
		truth   []string
	}{{"abc", []string{"a1", "a2", c}}, {"acb", []string{"a1", c, "a2"}}} {
		t.Run(tt.variant, func(t *testing.T) {
			p := pages[tt.variant]
			if !slices.Equal(p.TruthIDs, tt.truth) || p.Host != "a1" || p.C != c || p.Half != half {
				t.Errorf("truth %v, host %s, C %s, half %s; want %v, a1, %s, %s", p.TruthIDs, p.Host, p.C, p.Half, tt.truth, c, half)
			}
			doc := parseString(t, string(p.HTML))
			last := lastElem(find(doc, atom.Body))
			items := []*html.Node{last.PrevSibling, last}
			for items[0] != nil && items[0].Type != html.ElementNode {
				items[0] = items[0].PrevSibling
			}
			for i, id := range tt.truth[1:] {
				if it := items[i]; it == nil || attr(it, "class") != "infinite-scroll-item" || byID(it, "art-"+id) == nil {
					t.Errorf("scroll item %d does not hold %s:\n%s", i+1, id, p.HTML)
				}
			}
		})
	}
}

// TestHalf checks that composing from one half makes exactly the pages
// that composing from all makes in that half: no kind draws on a page of
// the other half (Three's other site, the teasers), so a half's figures
// are the same whichever way they are run.
func TestHalf(t *testing.T) {
	pages := metaSet()
	for i := 0; i < 8; i++ { // pages of both halves
		h := "o" + string(rune('a'+i)) + ".example"
		pages = append(pages, testPage("o"+string(rune('a'+i)), h, 60+i))
	}
	all, err := Build(pages, Kinds())
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range []datasets.Half{datasets.Tune, datasets.Check} {
		one, _ := Build(datasets.Keep(pages, h), Kinds())
		var mine []Page
		for _, p := range all.Pages {
			if p.Half == h {
				mine = append(mine, p)
			}
		}
		if len(mine) != len(one.Pages) {
			t.Fatalf("%s: %d pages from all, %d from the half", h, len(mine), len(one.Pages))
		}
		for i, p := range mine {
			q := one.Pages[i]
			if p.Kind != q.Kind || p.Variant != q.Variant || p.A != q.A || p.B != q.B || p.C != q.C || string(p.HTML) != string(q.HTML) {
				t.Errorf("%s: page %d differs: %s %s %s %s from all, %s %s %s %s from the half", h, i, p.Kind, p.Variant, p.A, p.C, q.Kind, q.Variant, q.A, q.C)
			}
		}
	}
}

func TestGenClass(t *testing.T) {
	a, b := genClass("div.story-body"), genClass("p.")
	if !genClassRE.MatchString(a) || !genClassRE.MatchString(b) || a == b || genClass("div.story-body") != a {
		t.Errorf("genClass: %q, %q", a, b)
	}
}
