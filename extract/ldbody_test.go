package extract_test

import (
	"context"
	"strings"
	"testing"

	"github.com/pare-dev/pare/extract"
)

// TestLDBody holds the JSON-LD fallback (ldbody.go): a page whose visible
// body holds no article but whose JSON-LD holds its text yields that
// text, marked as found in the JSON-LD; a page that shows its article
// keeps its own.
func TestLDBody(t *testing.T) {
	shell := `<div id="root"><nav><a href="/">Home</a> <a href="/diy">DIY</a></nav></div>`
	body := `The ferry operator extended the winter timetable after residents petitioned the harbour council.\nCrossings to the island will now run until midnight, the operator said on Tuesday, and commuters welcomed it.\nThe council will meet the extra cost of the crossings from parking revenue at the terminal, its treasurer said.`
	tests := []struct {
		name, ld, visible string
		want, fallback    string // a line of the text, "" for no article; Result.Fallback
	}{
		{
			name:     "an article's body in JSON-LD alone",
			ld:       `{"@type":"NewsArticle","headline":"Ferry timetable extended","articleBody":"` + body + `"}`,
			visible:  shell,
			want:     "Crossings to the island will now run until midnight",
			fallback: "json-ld",
		},
		{
			name: "a HowTo's steps in JSON-LD alone",
			ld: `{"@type":"HowTo","name":"How to sew a round tablecloth","description":"\u003cp\u003eA round table deserves a round cloth, and sewing one takes an afternoon and a few tools you have at home.\u003c/p\u003e",` +
				`"step":[{"@type":"HowToStep","name":"Measure the table","itemListElement":{"@type":"HowToDirection","text":"\u003cp\u003eMeasure the diameter of the table top from edge to edge through its centre, then decide how far the cloth should hang.\u003c/p\u003e"}},` +
				`{"@type":"HowToStep","name":"Cut the fabric","itemListElement":{"@type":"HowToDirection","text":"\u003cp\u003eFold the fabric in four, mark a quarter circle with a string and a pencil, and cut along the line through all layers.\u003c/p\u003e"}}]}`,
			visible:  shell,
			want:     "Fold the fabric in four",
			fallback: "json-ld",
		},
		{
			name:    "a visible article keeps its own text",
			ld:      `{"@type":"NewsArticle","headline":"Ferry timetable extended","articleBody":"Something else entirely, which the page does not show to its readers at all, in a sentence or two of its own."}`,
			visible: `<article><h1>Ferry timetable extended</h1>` + strings.Repeat(`<p>The ferry operator extended the winter timetable after residents petitioned the harbour council, and crossings will now run until midnight.</p>`, 3) + `</article>`,
			want:    "The ferry operator extended",
		},
		{
			name:    "a JSON-LD body too short for an article gives none",
			ld:      `{"@type":"NewsArticle","headline":"Ferry timetable extended","articleBody":"Ferries run later."}`,
			visible: shell,
		},
	}
	ex := newExtractor(t, extract.Options{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><title>Page</title></head><body>` + tc.visible + `<script type="application/ld+json">` + tc.ld + `</script></body></html>`
			res, err := ex.Extract(context.Background(), strings.NewReader(page), "https://news.example.com/a")
			if err != nil {
				t.Fatal(err)
			}
			a := articleHolding(t, res, tc.want)
			if a == nil {
				return
			}
			if strings.Contains(a.Text, "Something else") {
				t.Errorf("text %q holds the visible page's other text", a.Text)
			}
			if res.Fallback != tc.fallback {
				t.Errorf("Fallback %q, want %q", res.Fallback, tc.fallback)
			}
		})
	}
}

// TestLDBodyAllPages holds that with AllPages the JSON-LD's article is not
// traded for the visible shell's main content.
func TestLDBodyAllPages(t *testing.T) {
	page := `<html><head><title>Page</title></head><body><div id="root"><nav><a href="/">Home</a> <a href="/diy">DIY</a></nav><p>Loading the page, please wait a moment.</p><p>Our newsletter brings the best of the island to your inbox every Friday morning.</p></div>` +
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry timetable extended","articleBody":"` +
		`The ferry operator extended the winter timetable after residents petitioned the harbour council.\nCrossings to the island will now run until midnight, the operator said on Tuesday, and commuters welcomed it.\nThe council will meet the extra cost of the crossings from parking revenue at the terminal, its treasurer said."}</script></body></html>`
	res, err := newExtractor(t, extract.Options{AllPages: true}).Extract(context.Background(), strings.NewReader(page), "https://news.example.com/a")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Articles) != 1 || res.Fallback != "json-ld" || !strings.Contains(res.Articles[0].Text, "until midnight") {
		t.Fatalf("%d articles, fallback %q: %+v", len(res.Articles), res.Fallback, res.Articles)
	}
}
