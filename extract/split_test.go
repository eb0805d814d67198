package extract_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/pare-dev/pare/extract"
)

// TestSplit holds the boundaries between articles: pages that hold two
// stories yield two clean articles, and pages that hold one story and
// something story-like (teasers, subheadings styled as the headline, a
// short appended blurb) yield one.
func TestSplit(t *testing.T) {
	para := func(topic string, n int) string {
		var b strings.Builder
		for i := 1; i <= n; i++ {
			fmt.Fprintf(&b, "<p>Paragraph %d about %s, long enough to read as running text, with a clause or two, and a full stop at its end.</p>\n", i, topic)
		}
		return b.String()
	}
	story := func(class, title, topic string, n int) string {
		return `<div class="story"><h1 class="` + class + `">` + title + `</h1><p class="meta">By Ana Ruiz | March 3, 2024</p><div class="body">` + para(topic, n) + `</div></div>`
	}
	tests := []struct {
		name   string
		body   string
		titles []string
	}{
		{
			name:   "two stories in wrappers of their own",
			body:   story("headline", "Ferry timetable extended", "ferries", 6) + story("headline", "Library opens in the old warehouse", "books", 5),
			titles: []string{"Ferry timetable extended", "Library opens in the old warehouse"},
		},
		{
			name: "a short story the site marked as scrolled in",
			body: story("headline", "Ferry timetable extended", "ferries", 6) +
				`<div class="next" data-url="https://news.example.com/library"><h2>Library opens</h2>` + para("books", 3) + `</div>`,
			titles: []string{"Ferry timetable extended", "Library opens"},
		},
		{
			name: "two stories laid out flat, each body in a container",
			body: `<h1>Ferry timetable extended</h1><div class="body">` + para("ferries", 5) + `</div>` +
				`<h1>Library opens in the old warehouse</h1><div class="body">` + para("books", 5) + `</div>`,
			titles: []string{"Ferry timetable extended", "Library opens in the old warehouse"},
		},
		{
			name:   "a bare h1 among the paragraphs of one body is a subheading",
			body:   `<h1>Ferry timetable extended</h1><div class="body">` + para("ferries", 4) + `<h1>What changes in winter</h1>` + para("winter", 4) + `</div>`,
			titles: []string{"Ferry timetable extended"},
		},
		{
			name: "subheadings styled like the headline stay in their article",
			body: `<div class="story"><h1 class="title">Ferry timetable extended</h1>` + para("ferries", 3) +
				`<h1 class="title">What changes in winter</h1>` + para("winter crossings", 4) + `</div>`,
			titles: []string{"Ferry timetable extended"},
		},
		{
			name: "teasers with excerpts are not articles",
			body: story("headline", "Ferry timetable extended", "ferries", 6) + `<div class="more">` +
				`<h1 class="headline"><a href="/a">Harbour fees rise</a></h1><p>The port board approved the rise in a close vote on Monday evening, after a long debate about costs.</p>` +
				`<h1 class="headline"><a href="/b">Bridge plan delayed</a></h1><p>Engineers asked for another survey of the riverbed before work can start on the new span.</p>` +
				`<h1 class="headline"><a href="/c">School roof repaired</a></h1><p>Pupils return on Monday after the summer storm damage was fixed, the council said yesterday.</p>` +
				`<h1 class="headline"><a href="/d">Market moves to the quay</a></h1><p>Traders welcomed the move, which gives them more room and shelter from the wind off the sea.</p></div>`,
			titles: []string{"Ferry timetable extended"},
		},
		{
			name: "an appended story that opens with its picture keeps its headline as title",
			body: story("headline", "Ferry timetable extended", "ferries", 6) +
				`<article class="item" data-url="https://news.example.com/library"><figure><img src="/l.jpg"><figcaption>The old warehouse on the quay. Photo: Ana Ruiz</figcaption></figure>` +
				`<header><span class="topline"><a href="/culture">Culture</a></span><h2>Library opens in the old warehouse</h2></header><div class="box">` + para("books", 5) + `</div></article>`,
			titles: []string{"Ferry timetable extended", "Library opens in the old warehouse"},
		},
		{
			name: "a playlist of linked headlines under a header does not make its story a teaser list",
			body: story("headline", "Ferry timetable extended", "ferries", 6) +
				`<div class="story"><h1 class="headline">Library opens in the old warehouse</h1><p class="meta">By Ana Ruiz | March 3, 2024</p>` +
				`<div class="videos"><h3><a href="/v/1">Watch: the reading room</a></h3><h3><a href="/v/2">Watch: the mayor's speech</a></h3><h3><a href="/v/3">Watch: moving the books</a></h3></div>` +
				`<div class="body">` + para("books", 5) + `</div></div>`,
			titles: []string{"Ferry timetable extended", "Library opens in the old warehouse"},
		},
	}
	ex := newExtractor(t, extract.Options{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><title>Ferry timetable extended | The Island Courier</title></head><body><main>` + tc.body + `</main></body></html>`
			res, err := ex.Extract(context.Background(), strings.NewReader(page), "https://news.example.com/ferry")
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range res.Articles {
				got = append(got, a.Title)
			}
			if strings.Join(got, "|") != strings.Join(tc.titles, "|") {
				t.Fatalf("titles %q, want %q", got, tc.titles)
			}
			for i, a := range res.Articles {
				if a.Appended != (i > 0) {
					t.Errorf("article %d appended = %v", i+1, a.Appended)
				}
				for j, b := range res.Articles {
					if i != j && strings.Contains(a.Text, firstLine(b.Text)) {
						t.Errorf("article %d holds article %d's first line %q", i+1, j+1, firstLine(b.Text))
					}
				}
			}
		})
	}
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
