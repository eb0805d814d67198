package compose

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// Sentences long enough to give every test article a few dozen shingles.
const (
	para1 = "The council voted on Tuesday to rebuild the old harbour bridge before the winter storms arrive."
	para2 = "Engineers said the work would take eleven months and close the eastern road to all heavy lorries."
	para3 = "Residents who opposed the plan asked for a ferry service to run while the bridge stays shut."
)

func parseString(t *testing.T, s string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestLocate(t *testing.T) {
	truth := para1 + "\n" + para2 + "\n" + para3
	tests := []struct {
		name, page string
		want       string // id of the element found; "" for none
	}{
		{"story-div",
			`<nav id="nav"><a href="/">Home</a> <a href="/news">News</a></nav>
			<div id="story"><p>` + para1 + `</p><p>` + para2 + `</p><p>` + para3 + `</p></div>
			<footer id="foot">Copyright the harbour gazette</footer>`, "story"},
		{"smallest-of-nested",
			`<div id="outer"><div id="share">Share this story on every network you use</div>
			<div id="inner"><p>` + para1 + `</p><p>` + para2 + `</p><p>` + para3 + `</p></div></div>`, "inner"},
		{"child-with-same-text",
			`<div id="a"><div id="b"><p>` + para1 + `</p><p>` + para2 + `</p><p>` + para3 + `</p></div></div>`, "b"},
		{"spread-over-siblings",
			`<main id="main"><div id="x"><p>` + para1 + `</p></div><div id="y"><p>` + para2 + `</p><p>` + para3 + `</p></div></main>`, "main"},
		{"missing-paragraph-tolerated",
			`<div id="story"><p>` + para1 + `</p><p>` + para2 + `</p><p>` + strings.TrimSuffix(para3, " stays shut.") + `</p></div>`, "story"},
		{"too-little-of-it",
			`<div id="story"><p>` + para1 + `</p><p>` + para2 + `</p></div>`, ""},
		{"hidden-copy-passed-over",
			`<div id="story"><h1>Harbour bridge</h1><p>` + para1 + `</p><p>` + para2 + `</p><p>` + para3 + `</p>
			<div id="copy" style="display: none"><div id="body">` + truth + `</div></div></div>`, "story"},
		{"hidden-attribute",
			`<div id="story" hidden><p>` + para1 + `</p><p>` + para2 + `</p><p>` + para3 + `</p></div>`, ""},
		{"only-in-script",
			`<div id="story"><script>var body = "` + truth + `";</script></div>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cover := Locate(parseString(t, tt.page), truth, MinCover)
			switch {
			case tt.want == "" && got != nil:
				t.Errorf("Locate found <%s id=%q> (cover %.2f), want nothing", got.Data, attr(got, "id"), cover)
			case tt.want != "" && got == nil:
				t.Errorf("Locate found nothing, want #%s", tt.want)
			case tt.want != "" && attr(got, "id") != tt.want:
				t.Errorf("Locate found <%s id=%q>, want #%s", got.Data, attr(got, "id"), tt.want)
			case got != nil && cover < MinCover:
				t.Errorf("cover %.2f below %.2f", cover, MinCover)
			}
		})
	}
}

func TestWiden(t *testing.T) {
	body := `<p>` + para1 + `</p><p>` + para2 + `</p><p>` + para3 + `</p>`
	sidebar := strings.Repeat(`<p>Another story entirely, with its own long paragraph of words in it.</p>`, 20)
	tests := []struct {
		name, page string
		want       string // Headline mode
		unitID     string
	}{
		{"in-region", `<title>Bridge to be rebuilt</title><div id="story"><h1>Bridge to be rebuilt</h1>` + body + `</div>`,
			HeadlineInRegion, "story"},
		{"header-beside", `<title>Bridge to be rebuilt | Gazette</title><article id="art"><header><h1>Bridge to be rebuilt</h1>
			<p>By Ann Lee, 3 May</p></header><div id="story">` + body + `</div></article>`, HeadlineWidened, "art"},
		{"logo-h1-loses", `<title>Bridge to be rebuilt | The Gazette</title><h1>The Gazette</h1><article id="art">
			<h1>Bridge to be rebuilt</h1><div id="story">` + body + `</div></article>`, HeadlineWidened, "art"},
		{"far-away", `<title>Bridge to be rebuilt</title><div id="page"><h1>Bridge to be rebuilt</h1>` + sidebar +
			`<div id="story">` + body + `</div></div>`, HeadlineCopied, "story"},
		{"none", `<div id="page"><div id="story">` + body + `</div></div>`, HeadlineNone, "story"},
	}
	truth := para1 + "\n" + para2 + "\n" + para3
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parseString(t, tt.page)
			region, _ := Locate(doc, truth, MinCover)
			if region == nil {
				t.Fatal("article not located")
			}
			_, spans := tokenSpans(doc)
			unit, how := widen(region, findHeadline(doc), spans)
			if how != tt.want || attr(unit, "id") != tt.unitID {
				t.Errorf("widen = #%s %s, want #%s %s", attr(unit, "id"), how, tt.unitID, tt.want)
			}
		})
	}
}

func TestFirstSentence(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"first", para1 + " " + para2, para1},
		{"skips-short", "Updated.\n" + para2, para2},
		{"short-sentence-joins-next", "Oh no. " + para3, para3},
		{"no-stop", "one two three four five six seven eight nine", "one two three four five six seven eight nine"},
		{"cjk", "東京都は火曜日に港の古い橋を冬の嵐が来る前に再建することを決めた。次の文。", "東京都は火曜日に港の古い橋を冬の嵐が来る前に再建することを決めた。"},
		{"none", "Too short.", ""},
		{"cut", strings.Repeat("word ", 80), strings.TrimSpace(strings.Repeat("word ", 48)) + " …"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := firstSentence(tt.body); got != tt.want {
				t.Errorf("firstSentence = %q, want %q", got, tt.want)
			}
		})
	}
}
