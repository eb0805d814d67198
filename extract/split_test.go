package extract_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/pare-dev/pare/extract"
)

// TestSplit holds the boundaries between articles: pages that hold two
// stories yield two clean articles, and pages that hold one story and
// something story-like (teasers, subheadings styled as the headline, a
// short appended blurb) yield one.
func TestSplit(t *testing.T) {
	// Each topic has its own words, as real stories do: the split weighs
	// how much the text after a cut shares with the text before it.
	topics := map[string][]string{
		"ferries": {"The ferry operator extended the winter timetable after residents petitioned the harbour council.",
			"Crossings to the island will now run until midnight, the operator said on Tuesday.",
			"Commuters had complained that the last sailing left the harbour too early for evening shifts.",
			"The council will meet the extra cost of the crossings from parking revenue at the terminal.",
			"Harbour staff expect the later sailings to carry several hundred passengers each week."},
		"island ferries": {"The island ferry will carry more cars from the harbour after the operator bought a larger vessel for the crossings.",
			"Residents of the island asked the harbour council for the change last winter, when queues at the terminal grew.",
			"The operator said the larger ferry will make its first crossings to the island in the spring timetable.",
			"Commuters welcomed the plan, though some worry that the harbour car park will fill up on summer evenings.",
			"The council expects the larger ferry to cut waiting times at the terminal by half."},
		"books": {"The new library opened in the restored warehouse with forty thousand volumes on its shelves.",
			"Readers queued along the quay before the doors opened, librarians said.",
			"The reading rooms occupy the upper floors, where grain sacks were once stored.",
			"Children's books and a printing workshop fill the ground floor beside the café.",
			"Volunteers spent two years cataloguing donated collections before the opening."},
	}
	para := func(topic string, n int) string {
		pool := topics[topic]
		var b strings.Builder
		for i := 0; i < n; i++ {
			if pool == nil {
				fmt.Fprintf(&b, "<p>Paragraph %d about %s, long enough to read as running text, with a clause or two, and a full stop at its end.</p>\n", i+1, topic)
				continue
			}
			fmt.Fprintf(&b, "<p>%s %s</p>\n", pool[i%len(pool)], pool[(i+2)%len(pool)])
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
			name: "the site's story container rendered twice, the second story without a headline element",
			body: `<h1>Ferry timetable extended</h1><div id="_article">` + para("ferries", 6) + `</div>` +
				`<div id="_article"><b>Library opens in the old warehouse</b><br>` + para("books", 5) + `</div>`,
			titles: []string{"Ferry timetable extended", "Library opens in the old warehouse"},
		},
		{
			name: "an id repeated by mistake is no story container",
			body: `<h1>Ferry timetable extended</h1><div id="pre">` + para("ferries", 6) + `</div>` +
				`<div id="pre"><b>Library opens in the old warehouse</b><br>` + para("books", 5) + `</div>`,
			titles: []string{"Ferry timetable extended"},
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
	unmarked := func(headline string) string {
		return `<div class="css-a1"><div class="css-b2">` + headline + `</div><div class="css-c3">By Ana Ruiz · March 4, 2024</div><div class="css-d4">` + para("books", 5) + `</div></div>`
	}
	tests = append(tests, []struct {
		name   string
		body   string
		titles []string
	}{
		{
			name: "an appended story in generated divs, its headline an ARIA heading",
			body: story("headline", "Ferry timetable extended", "ferries", 6) +
				unmarked(`<div role="heading" aria-level="1">Library opens in the old warehouse</div>`),
			titles: []string{"Ferry timetable extended", "Library opens in the old warehouse"},
		},
		{
			name: "an appended story in generated divs, its headline styled large inline",
			body: story("headline", "Ferry timetable extended", "ferries", 6) +
				unmarked(`<div style="font-size:32px;font-weight:700">Library opens in the old warehouse</div>`),
			titles: []string{"Ferry timetable extended", "Library opens in the old warehouse"},
		},
		{
			name: "an appended story of the same beat in generated divs, its headline an ARIA heading over its byline",
			body: story("headline", "Ferry timetable extended", "ferries", 6) +
				`<div class="css-a1"><div class="css-b2"><div role="heading" aria-level="1">Island sailings to carry more cars</div></div><div class="css-c3">By Bo Li · March 4, 2024</div><div class="css-d4">` + para("island ferries", 5) + `</div></div>`,
			titles: []string{"Ferry timetable extended", "Island sailings to carry more cars"},
		},
		{
			name: "an appended story of the same beat in generated divs, over an account name and a date",
			body: story("headline", "Ferry timetable extended", "ferries", 6) +
				`<div class="css-a1"><div class="css-b2" style="font-size:32px;font-weight:700">Island sailings to carry more cars</div><div class="css-c3">By admin · March 4, 2024</div><div class="css-d4">` + para("island ferries", 5) + `</div></div>`,
			titles: []string{"Ferry timetable extended", "Island sailings to carry more cars"},
		},
		{
			name: "a story scrolled in after a sign-off that ends in a colon, dated in a zone the date reader does not know",
			body: `<div class="story"><h1 class="headline">Ferry timetable extended</h1><p class="meta">By Ana Ruiz | March 3, 2024</p><div class="body">` + para("ferries", 6) +
				`<p>Subscribe to the harbour channel on YouTube for more island news:</p></div></div>` +
				`<div class="item" data-url="https://other.example.com/library"><h1>Library opens in the old warehouse</h1><p>November 20, 2019 - 11:28 AMT</p>` + para("books", 5) + `</div>`,
			titles: []string{"Ferry timetable extended", "Library opens in the old warehouse"},
		},
		{
			name: "a first-level heading that ends in a colon introduces what follows",
			body: story("headline", "Ferry timetable extended", "ferries", 6) +
				`<div class="after-content"><h1>A message from our founder:</h1><div class="appeal">` + para("books", 5) + `</div></div>`,
			titles: []string{"Ferry timetable extended"},
		},
		{
			name: "sections of one guide under headlines styled like the page's stay one article",
			body: `<div class="story"><h1 class="title">Ferry timetable extended</h1>` + para("ferries", 3) + `</div>` +
				`<div class="story"><h1 class="title">What the later sailings mean for commuters</h1>` + para("ferries", 4) + `</div>`,
			titles: []string{"Ferry timetable extended"},
		},
		{
			name: "two stories on one subject with no byline, each an article's worth under the page's headline markup",
			body: `<div class="story"><h1 class="title">Ferry timetable extended</h1>` + para("ferries", 8) + `</div>` +
				`<div class="story"><h1 class="title">Larger ferry for the island crossings</h1>` + para("island ferries", 8) + `</div>`,
			titles: []string{"Ferry timetable extended", "Larger ferry for the island crossings"},
		},
		{
			name: "an appended story's headline is its header's first, not a box's heading under its dek",
			body: `<div class="story"><h1 class="title">Ferry timetable extended</h1>` + para("ferries", 6) + `</div>` +
				`<div class="story"><div class="hero"><h1 class="title">Library opens in the old warehouse</h1><div class="dek">Forty thousand volumes and a printing workshop on the quay.</div></div>` +
				`<article class="body"><div class="box"><h2>Breaking News Emails</h2></div>` + para("books", 5) + `</article></div>`,
			titles: []string{"Ferry timetable extended", "Library opens in the old warehouse"},
		},
		{
			name: "a next-story placeholder holding a headline and a dek is no article",
			body: story("headline", "Ferry timetable extended", "ferries", 6) +
				`<div class="infinite-scroll-item" data-url="https://news.example.com/library"><h2>Library opens in the old warehouse</h2>` +
				`<p>March 4, 2024</p><p>The new library opened in the restored warehouse with forty thousand volumes. Readers queued along the quay.</p></div>`,
			titles: []string{"Ferry timetable extended"},
		},
		{
			name: "a placeholder whose long dek is cut short with an ellipsis is no article",
			body: story("headline", "Ferry timetable extended", "ferries", 6) +
				`<div class="infinite-scroll-item" data-url="https://news.example.com/library"><h2>Library opens in the old warehouse</h2>` +
				`<time datetime="2024-03-04">March 4, 2024</time><p>The new library opened in the restored warehouse on the quay with forty thousand volumes on its shelves, ` +
				`and readers queued along the water for an hour before the doors opened, librarians said. The reading rooms occupy the upper floors, ` +
				`where grain sacks were once stored, and children's books and a printing workshop fill the ground floor beside the café. ` +
				`Volunteers spent two years cataloguing the donated collections before the opening, and the city plans a second branch by the old station, where …</p></div>`,
			titles: []string{"Ferry timetable extended"},
		},
		{
			name: "a story whose last line announced an embed the cleaning removed still ends there",
			body: `<div class="story"><h1 class="headline">Ferry timetable extended</h1><p class="meta">By Ana Ruiz | March 3, 2024</p><div class="body">` + para("ferries", 6) +
				`<p>Residents on the island reacted online:</p></div></div>` +
				story("headline", "Library opens in the old warehouse", "books", 5),
			titles: []string{"Ferry timetable extended", "Library opens in the old warehouse"},
		},
		{
			name: "an introduction that announces a list of sections is the start of one article",
			body: `<div class="story"><h1 class="headline">Ferry timetable extended</h1>` + para("ferries", 4) +
				`<p>Here is what the new timetable changes for each route:</p></div>` +
				`<div class="story"><h1 class="headline">Library opens in the old warehouse</h1><div class="body">` + para("books", 5) + `</div></div>`,
			titles: []string{"Ferry timetable extended"},
		},
		{
			name: "a post's own story container around its introduction and sections is one article",
			body: `<header><h1 class="entry-title">Ferry timetable extended</h1><div class="vcard">By Ana Ruiz on March 3, 2024</div></header>` +
				`<div class="entry-content" data-post-id="82679">` + para("ferries", 2) +
				`<div class="section"><h2>Crossings after dark</h2><p>Updated March 4, 2024</p>` + para("ferries", 5) + `</div></div>`,
			titles: []string{"Ferry timetable extended"},
		},
		{
			name: "the items of a roundup, each under its title with its own lines, are one article",
			body: `<div class="post"><h1 class="entry-title">Book Beat: novels of the season</h1><p>by Amanda · Dec 20, 2025</p>` +
				`<div class="intro"><p>Book Beat highlights other books that we may hear about through friends, social media, or other readers, and which we have not read ourselves yet, so that you can find your next read.</p></div>` +
				`<div class="book"><h4 class="booktitle">The Last Sailing</h4><p>Author: Ana Ruiz</p><p>Released: June 17, 2025 by Harbour Books</p>` + para("ferries", 4) + `</div>` +
				`<div class="book"><h4 class="booktitle">The Warehouse Library</h4><p>Author: Ana Ruiz</p><p>Released: June 17, 2025 by Harbour Books</p>` + para("books", 4) + `</div>` +
				`<div class="book"><h4 class="booktitle">Winter Crossings</h4><p>Author: Ana Ruiz</p><p>Released: June 17, 2025 by Harbour Books</p>` + para("ferries", 4) + `</div></div>`,
			titles: []string{"Book Beat: novels of the season"},
		},
		{
			name: "a box of deks under their labels after the story is no article",
			body: story("headline", "Ferry timetable extended", "ferries", 6) +
				`<article class="issue" data-history-node-id="12"><h2>Issue 2/2022</h2><h3>In this issue</h3>` +
				`<div class="label">Winemakers</div><p>Our new column. To start, we ask the cellar master how the region's vineyards are doing.</p>` +
				`<div class="label">Greece</div><p>Assyrtiko is the best known white grape of Greece, and rightly so. Its wines grow more popular.</p>` +
				`<div class="label">Wine merchant of the year</div><p>At the harbour shop, fans of Italy find all their hearts desire. A portrait of our merchant.</p></article>`,
			titles: []string{"Ferry timetable extended"},
		},
		{
			name: "a site's welcome notice above the page's own headline is no article",
			body: `<div class="box"><b>Welcome to the oldest community of model railway builders</b><p>For over twenty-five years, members have connected with collectors and craftsmen to discuss locomotives, scenery, signalling, wiring and painting. Join the conversation: membership costs nothing, and newcomers receive friendly advice about their first layout.</p></div>` +
				story("headline", "Ferry timetable extended", "ferries", 6),
			titles: []string{"Ferry timetable extended"},
		},
		{
			name:   "a part of the document under the headline's markup, with a byline, is part of the article",
			body:   story("headline", "Ferry timetable extended", "ferries", 6) + story("headline", "Acknowledgments", "books", 5),
			titles: []string{"Ferry timetable extended"},
		},
		{
			name: "a banner with a heading and a paragraph above the page's own headline is no article",
			body: `<div class="box"><h2>The fourteenth model railway prize is open for entries</h2><p>The museum of transport, with the railway builders' society, asks collectors and craftsmen to send photographs of their locomotives, scenery and signalling before the end of the month, for a prize awarded in the spring. Last year more than four hundred entries arrived from twelve countries, and the winning layout, a mountain branch line built in a garden shed, toured the museums of the region.</p></div>` +
				story("headline", "Ferry timetable extended", "ferries", 6),
			titles: []string{"Ferry timetable extended"},
		},
		{
			name: "the page's headline set apart by other punctuation than its title still starts the page's article",
			body: `<div class="box"><h2>The fourteenth model railway prize is open for entries</h2><p>The museum of transport, with the railway builders' society, asks collectors and craftsmen to send photographs of their locomotives, scenery and signalling before the end of the month, for a prize awarded in the spring. Last year more than four hundred entries arrived from twelve countries, and the winning layout, a mountain branch line built in a garden shed, toured the museums of the region.</p></div>` +
				story("headline", "Ferry: timetable extended", "ferries", 6),
			titles: []string{"Ferry timetable extended"}, // the page's title, which the headline does not repeat to the letter
		},
		{
			name: "a section on another subject is no story when the site marks up its sections as headlines",
			body: `<div class="s"><h1 class="title">Ferry timetable extended</h1>` + para("ferries", 3) + `</div>` +
				`<div class="s"><h1 class="title">What changes in winter</h1>` + para("ferries", 3) + `</div>` +
				`<div class="s"><h1 class="title">And the library by the quay</h1>` + para("books", 5) + `</div>`,
			titles: []string{"Ferry timetable extended"},
		},
		{
			// A slider repeats each slide (the copies a carousel script
			// loops through), so a heading comes again after its own
			// paragraph: not a page heading over the article's header.
			name: "a slider's heading repeated after its own dek is no header",
			body: story("headline", "Ferry timetable extended", "ferries", 6) +
				`<div class="slider"><div class="slide"><h2>Reading rooms in the old grain store</h2><p>The new library opened in the restored warehouse with forty thousand volumes on its shelves, librarians said.</p></div>` +
				`<div class="slide"><h2>Reading rooms in the old grain store</h2><p>The new library opened in the restored warehouse with forty thousand volumes on its shelves, librarians said.</p></div>` +
				para("books", 4) + `</div>`,
			titles: []string{"Ferry timetable extended"},
		},
		{
			name: "a run of unlinked headlines with an excerpt each is a box of teasers",
			body: story("headline", "Ferry timetable extended", "ferries", 6) +
				`<div class="box"><h1 class="headline">Library opens in the old warehouse</h1><p>The new library opened in the restored warehouse with forty thousand volumes on its shelves, librarians said, and readers queued along the quay before the doors opened.</p>` +
				`<h1 class="headline">Reading rooms upstairs</h1><p>The reading rooms occupy the upper floors, where grain sacks were once stored before the war, and the windows look out over the harbour and the island.</p>` +
				`<h1 class="headline">A printing workshop for children</h1><p>Children's books and a printing workshop fill the ground floor beside the café on the quay, where pupils set type and print their own posters on Saturdays.</p>` +
				`<h1 class="headline">Two years of cataloguing</h1><p>Volunteers spent two years cataloguing donated collections before the opening of the doors, sorting the books of three closed libraries and a dozen private collections.</p></div>`,
			titles: []string{"Ferry timetable extended"},
		},
	}...)
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

// TestSplitUnmarked holds stories appended in generated divs with little
// to show them: no byline or date (nothing but the headline's size), or
// a text that is one wall, its paragraphs never marked up; and short
// stories under a first-level headline with their own byline or date (a
// paywalled story's two-paragraph snippet, a short post), which stand
// alone with less than an article's worth, while a "next story" slot's
// dek cut short, or a styled heading over a blurb with no byline or
// date, stays with the page's article. Their titles are the headline
// code's to find; here the split is what counts.
func TestSplitUnmarked(t *testing.T) {
	ferry := strings.Repeat(`<p>The ferry operator extended the winter timetable after residents petitioned the harbour council, and crossings will now run until midnight.</p>`, 6)
	library := `The new library opened in the restored granary with forty thousand volumes, and readers queued along the quay before the doors opened.`
	head := `<div class="css-x0"><div class="css-zn" style="font-size:32px;font-weight:700">Library opens in the old warehouse</div>`
	dated := `<div class="css-c3">By Bo Li · March 4, 2024</div>`
	tests := []struct {
		name, story string
		one         bool // the story stays with the page's article
	}{
		{
			name: "no byline, the headline styled as large as an h1",
			story: `<div class="css-x0"><div class="css-zn" style="font-size:32px;font-weight:700">Library opens in the old warehouse</div><div class="css-1f">` +
				strings.Repeat("<p>"+library+"</p>", 5) + `</div></div>`,
		},
		{
			name: "no byline, the headline an ARIA heading opening the story's own wrapper",
			story: `<div class="css-x0"><div class="css-zn" role="heading" aria-level="1">Library opens in the old warehouse</div><div class="css-1f">` +
				strings.Repeat("<p>"+library+"</p>", 5) + `</div></div>`,
		},
		{
			name: "its text one wall of lines",
			story: `<div class="css-x0"><div class="css-zn" style="font-size:32px;font-weight:700">Library opens in the old warehouse</div><div class="css-c3">By Bo Li · March 4, 2024</div><div class="css-1f">` +
				strings.Repeat("\n"+library, 10) + `</div></div>`,
		},
		{name: "two short paragraphs under a dated byline", story: head + dated + "<p>" + library + "</p><p>" + library + "</p></div>"},
		{name: "one paragraph that is a story in one", story: head + dated + "<p>" + strings.Repeat(library+" ", 4) + "</p></div>"},
		{name: "one paragraph cut short, a slot's dek", story: head + dated + "<p>" + strings.Repeat(library+" ", 4) + "…</p></div>", one: true},
		{name: "two short paragraphs with no byline or date", story: head + "<p>" + library + "</p><p>" + library + "</p></div>", one: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><title>Ferry timetable extended</title></head><body><div class="story"><h1 class="headline">Ferry timetable extended</h1>` +
				`<p class="meta">By Ana Ruiz | March 3, 2024</p><div class="body">` + ferry + `</div></div>` + tc.story + `</body></html>`
			res, err := newExtractor(t, extract.Options{}).Extract(context.Background(), strings.NewReader(page), "https://news.example.com/ferry")
			if err != nil {
				t.Fatal(err)
			}
			if tc.one {
				if len(res.Articles) != 1 {
					t.Fatalf("%d articles, want 1", len(res.Articles))
				}
				return
			}
			if len(res.Articles) != 2 {
				t.Fatalf("%d articles, want 2", len(res.Articles))
			}
			if a := res.Articles[1]; !strings.Contains(a.Text, "The new library") || strings.Contains(a.Text, "The ferry operator") {
				t.Errorf("article 2 holds %q", a.Text)
			}
			if a := res.Articles[1]; a.Title != "Library opens in the old warehouse" || strings.Contains(a.Text, "old warehouse") {
				t.Errorf("article 2: title %q, text %.80q", a.Title, a.Text)
			}
			if strings.Contains(res.Articles[0].Text, "The new library") {
				t.Errorf("article 1 holds the library story")
			}
		})
	}
}

// libraryParas is the body of the story the appended-story tests append.
var libraryParas = strings.Repeat(`<p>The new library opened in the restored granary with forty thousand volumes, and readers queued along the quay before the doors opened.</p>`, 5)

// extractAppended extracts a page whose own dated story is followed by
// story, and wants two articles of it.
func extractAppended(t *testing.T, story string) *extract.Result {
	t.Helper()
	ferry := strings.Repeat(`<p>The ferry operator extended the winter timetable after residents petitioned the harbour council, and crossings will now run until midnight.</p>`, 5)
	page := `<html><head><title>Ferry timetable extended</title></head><body><div class="story"><h1 class="headline">Ferry timetable extended</h1>` +
		`<p class="meta">March 3, 2024</p><div class="body">` + ferry + `</div></div>` + story + `</body></html>`
	res, err := newExtractor(t, extract.Options{}).Extract(context.Background(), strings.NewReader(page), "https://news.example.com/ferry")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Articles) != 2 {
		t.Fatalf("%d articles, want 2", len(res.Articles))
	}
	return res
}

// TestAppendedAuthorMarkup holds author markup inside an appended story:
// it names that story's author, never the page's own article's, which
// names none here (the markup anywhere on the page is the own article's
// last resort only when no other article holds it).
func TestAppendedAuthorMarkup(t *testing.T) {
	tests := []struct{ name, story string }{
		{"a rel=author link in its header", `<div class="infinite-scroll-item" data-url="https://news.example.com/library"><h1 class="headline">Library opens in the old warehouse</h1>` +
			`<p>By <a rel="author" href="/by/bo-li">Bo Li</a></p>` + libraryParas + `</div>`},
		{"an itemprop=author box after its body", `<div class="infinite-scroll-item" data-url="https://news.example.com/library"><h1 class="headline">Library opens in the old warehouse</h1>` +
			`<p class="meta">March 4, 2024</p><div class="text">` + libraryParas + `</div><div class="box"><span itemprop="author">Bo Li</span></div></div>`},
		{"a class-named author in a link list of its header", `<div class="infinite-scroll-item" data-url="https://news.example.com/library"><h1 class="headline">Library opens in the old warehouse</h1>` +
			`<ul><li class="publication-author"><a href="/by/bo-li">Bo Li</a></li><li><a href="/share">Share</a></li></ul><p class="meta">March 4, 2024</p>` + libraryParas + `</div>`},
		{"a class-named author element naming the agency after the person", `<div class="infinite-scroll-item" data-url="https://news.example.com/library"><h1 class="headline">Library opens in the old warehouse</h1>` +
			`<ul><li class="publication-author"><a href="/by/bo-li">Bo Li</a>, <a href="https://www.reuters.com">Reuters</a></li><li><a href="/share">Share</a></li></ul><p class="meta">March 4, 2024</p>` + libraryParas + `</div>`},
		{"an author element in unmarked markup", `<div class="css-x0"><div class="css-zn" style="font-size:32px">Library opens in the old warehouse</div>` +
			`<div class="author-name">Bo Li</div><div class="css-c3">March 4, 2024</div><div class="css-1f">` + libraryParas + `</div></div>`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := extractAppended(t, tc.story)
			if b := res.Articles[0].Byline; b != "" {
				t.Errorf("the page's own article has the appended story's byline %q", b)
			}
			if b := res.Articles[1].Byline; b != "Bo Li" {
				t.Errorf("appended byline %q, want Bo Li", b)
			}
		})
	}
}

// TestAppendedDate: an appended story's date line above its headline,
// inside its own container, is its date, and so is the <time> of its
// header; the lines above its container are the story before's, and a
// <time> in its body is an event's.
func TestAppendedDate(t *testing.T) {
	tests := []struct{ name, story, want string }{
		{"its own kicker date", `<div class="ap-story" data-url="https://news.example.com/library"><div class="timestamp">Mar. 4, 2024 6:02 AM EST</div>` +
			`<h2 class="story-headline">Library opens in the old warehouse</h2><div class="byline">By Bo Li</div><div class="story-body">` + libraryParas + `</div></div>`, "2024-03-04"},
		{"its header's time element, its text relative", `<div class="ap-story" data-url="https://news.example.com/library">` +
			`<h2 class="story-headline">Library opens in the old warehouse</h2><div class="byline">By Bo Li <time datetime="2024-03-04T06:02:00Z">1 day ago</time></div><div class="story-body">` + libraryParas + `</div></div>`, "2024-03-04"},
		{"a time element in its body dates an event, not the story", `<div class="ap-story" data-url="https://news.example.com/library">` +
			`<h2 class="story-headline">Library opens in the old warehouse</h2><div class="byline">By Bo Li</div><div class="story-body">` + libraryParas +
			`<p>The reading rooms open to all on <time datetime="2024-04-01">the first of April</time>, the librarians said, once the shelves are full.</p></div></div>`, ""},
		{"the story before's last line", `<p class="meta">Mar. 9, 2024</p><div class="ap-story" data-url="https://news.example.com/library">` +
			`<h2 class="story-headline">Library opens in the old warehouse</h2><div class="byline">By Bo Li</div><div class="story-body">` + libraryParas + `</div></div>`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := extractAppended(t, tc.story)
			got := ""
			if d := res.Articles[1].Published; !d.Time.IsZero() {
				got = d.Time.Format("2006-01-02")
			}
			if got != tc.want {
				t.Errorf("appended story's date %q, want %q", got, tc.want)
			}
		})
	}
}

// TestSplitEvidence holds what an appended article says of its cut, and
// NoSplit's one article per page.
func TestSplitEvidence(t *testing.T) {
	page := `<html><head><title>Ferry timetable extended</title></head><body><main>` +
		`<div class="story"><h1 class="headline">Ferry timetable extended</h1><p class="meta">By Ana Ruiz | March 3, 2024</p>` +
		strings.Repeat(`<p>The ferry operator extended the winter timetable after residents petitioned the harbour council, and crossings will now run until midnight.</p>`, 4) +
		`</div><div class="story"><h1 class="headline">Library opens in the old warehouse</h1><p class="meta">By Bo Li | March 4, 2024</p>` +
		strings.Repeat(`<p>The new library opened in the restored granary with forty thousand volumes, and readers queued along the quay before the doors opened.</p>`, 4) +
		`</div></main></body></html>`
	res, err := newExtractor(t, extract.Options{}).Extract(context.Background(), strings.NewReader(page), "https://news.example.com/ferry")
	if err != nil || len(res.Articles) != 2 {
		t.Fatalf("err %v, %d articles", err, len(res.Articles))
	}
	if res.Articles[0].Split != nil {
		t.Errorf("the first article has split evidence: %+v", res.Articles[0].Split)
	}
	sp := res.Articles[1].Split
	if sp == nil {
		t.Fatal("the appended article says nothing of its cut")
	}
	for _, kind := range []string{"headline", "own-metadata", "template", "new-subject", "standalone"} {
		if !slices.Contains(sp.Evidence, kind) {
			t.Errorf("evidence %v lacks %q", sp.Evidence, kind)
		}
	}
	if sp.Cohesion < 0 || sp.Cohesion >= 0.25 {
		t.Errorf("cohesion %.3f across two unrelated stories", sp.Cohesion)
	}
	if res.Articles[1].Byline != "Bo Li" {
		t.Errorf("appended byline %q, want its own", res.Articles[1].Byline)
	}
	one, err := newExtractor(t, extract.Options{NoSplit: true}).Extract(context.Background(), strings.NewReader(page), "https://news.example.com/ferry")
	if err != nil || len(one.Articles) != 1 {
		t.Fatalf("NoSplit: err %v, %d articles", err, len(one.Articles))
	}
}
