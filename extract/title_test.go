package extract

import (
	"context"
	"strings"
	"testing"
)

func TestUndoMojibake(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"A DIY Investorâ€™s Guide", "A DIY Investor’s Guide"},
		{"Ã©tÃ© Ã\u00a0Paris", "été àParis"},
		{"â€œQuotedâ€\u009d", "“Quoted”"}, // the C1 control a Latin-1 reading leaves
		// Text that is not mojibake stays: a lone Latin-1 letter, a euro
		// sign, a script Windows-1252 has no bytes for.
		{"Café in Zürich", "Café in Zürich"},
		{"Price 5 € only", "Price 5 € only"},
		{"武汉的声音", "武汉的声音"},
		{"Plain ASCII", "Plain ASCII"},
		{"", ""},
	} {
		if got := undoMojibake(tc.in); got != tc.want {
			t.Errorf("undoMojibake(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSameTitle(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"What is Mesh WiFi?", "What Is Mesh WiFi", true},
		{"Investor’s “Guide” — 2025", `investor's "guide" - 2025`, true},
		{"Top 10 hotels", "Today: Top 10 hotels", false},
		{"", "", false},
	} {
		if got := sameTitle(tc.a, tc.b); got != tc.want {
			t.Errorf("sameTitle(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// titlePage is a page around Story: head and the markup before the
// story's article element, before.
func titlePage(head, before string) string {
	return "<html><head>" + head + "</head><body>" + before + "<article>" + Story + "</article></body></html>"
}

func TestFindTitle(t *testing.T) {
	for _, tc := range []struct {
		name, url, page, want string
	}{
		{
			name: "a heading equal to the title beats one holding it",
			page: titlePage(`<title>Ferry timetable extended through winter | Island News</title>`,
				`<h1>Ferry timetable extended through winter</h1><h5>Today: Ferry timetable extended through winter</h5>`),
			want: "Ferry timetable extended through winter",
		},
		{
			name: "a heading equal to the JSON-LD headline",
			page: titlePage(`<title>Ferries: all you need to know</title>`+
				`<script type="application/ld+json">{"@type":"NewsArticle","headline":"The council extends the ferry timetable"}</script>`,
				`<h1>The council extends the ferry timetable</h1><h5>Ferries: all you need to know about the timetable</h5>`),
			want: "The council extends the ferry timetable",
		},
		{
			name: "a kicker the heading's markup names goes, though the title runs it in",
			page: titlePage(`<title>Ferries: Timetable extended through winter | Island News</title>`,
				`<h1><span class="article-heading__kicker">Ferries</span><span class="visually-hidden">: </span><span class="article-heading__title">Timetable extended through winter</span></h1>`),
			want: "Timetable extended through winter",
		},
		{
			name: "a kicker after the headline goes, the headline's quotation marks stay",
			page: titlePage(`<title>Island News</title>`,
				`<h1>„Timetable extended through winter“ <small class="topline">Ferries</small></h1>`),
			want: "„Timetable extended through winter“",
		},
		{
			name: "a kicker that is the whole heading stays",
			page: titlePage(`<title>Island News</title>`,
				`<h1><span class="kicker">Timetable extended through winter</span></h1>`),
			want: "Timetable extended through winter",
		},
		{
			name: "a blog's name in the h1 is no headline",
			page: titlePage(`<title>Island Diary: Ferry timetable extended</title><meta property="og:title" content="Ferry timetable extended">`,
				`<h1>Island Diary</h1>`),
			want: "Ferry timetable extended",
		},
		{
			name: "the host run into the title",
			url:  "https://www.islanddiary.net/2025/ferry",
			page: titlePage(`<title>islanddiary.net Ferry timetable extended</title>`, `<h1>islanddiary.net</h1>`),
			want: "Ferry timetable extended",
		},
		{
			name: "an article's one h1 in a marked banner",
			page: titlePage(`<meta property="og:type" content="article"><title>Ten things to know about ferries</title>`,
				`<div class="banner"><h1>The council extends the ferry timetable</h1></div>`),
			want: "The council extends the ferry timetable",
		},
		{
			name: "a page that says no article keeps its title over a banner h1",
			page: titlePage(`<meta property="og:type" content="website"><title>Ten things to know about ferries</title>`,
				`<div class="banner"><h1>The council extends the ferry timetable</h1></div>`),
			want: "Ten things to know about ferries",
		},
		{
			name: "a short title part the page shows as its heading",
			page: titlePage(`<title>Ferries - University of the Islands</title>`, `<h1>Ferries</h1>`),
			want: "Ferries",
		},
		{
			name: "a kicker in its own element inside the heading",
			page: titlePage(`<title>Interne Unterlagen im Netz: Daten von Rheinmetall gehackt | tagesschau.de</title>`+
				`<meta property="og:title" content="Daten von Rheinmetall gehackt - Interne Unterlagen im Netz">`,
				`<h1><span class="dachzeile">Interne Unterlagen im Netz</span> <span class="headline">Daten von Rheinmetall gehackt!</span></h1>`),
			want: "Daten von Rheinmetall gehackt!",
		},
		{
			name: "a subtitle in small after the headline",
			page: titlePage(`<title>Dezuka Suisan: Deep-Fried Fish Cakes</title>`,
				`<h1>Dezuka Suisan: Deep-Fried Fish Cakes <small>Welcome to the Flavor Capital of the North</small></h1>`),
			want: "Dezuka Suisan: Deep-Fried Fish Cakes",
		},
		{
			name: "the host before a bar",
			url:  "https://islanddiary.net/ferry",
			page: titlePage(`<title>islanddiary.net | Ferry timetable extended</title>`, ``),
			want: "Ferry timetable extended",
		},
		{
			name: "an h1 far from the body that is the title's first part",
			page: titlePage(`<title>Faire Lieferketten - Evangelisches Jugendwerk in Württemberg (ejw) - EJW</title>`,
				`<div class="banner"><h1>Faire Lieferketten</h1></div>`+strings.Repeat(`<p><a href="/x">A link of the menu</a></p>`, 50)),
			want: "Faire Lieferketten",
		},
		{
			name: "an article's one h1 that ends in a colon announces an appeal",
			page: titlePage(`<meta property="og:type" content="article"><title>The council extends the ferry timetable</title>`,
				`<div class="appeal"><h1>A message from our founder, the island's first ferryman:</h1></div>`),
			want: "The council extends the ferry timetable",
		},
		{
			name: "a headline styled as large as an h1 is the page's h1",
			page: titlePage(`<meta property="og:type" content="article"><title>Ferries: all you need to know | Island News</title>`,
				`<div class="c-x1"><div class="c-x2" style="font-size:32px;font-weight:700">The council extends the ferry timetable</div></div>`),
			want: "The council extends the ferry timetable",
		},
		{
			name: "a headline that is an ARIA heading of the first level is the page's h1",
			page: titlePage(`<meta property="og:type" content="article"><title>Ferries: all you need to know | Island News</title>`,
				`<div class="c-x1"><div role="heading" aria-level="1">The council extends the ferry timetable</div></div>`),
			want: "The council extends the ferry timetable",
		},
		{
			name: "a product card's linked ARIA heading of the first level is no headline",
			page: titlePage(`<meta property="og:type" content="article"><title>Ferries: all you need to know | Island News</title>`,
				`<div class="card"><h3 role="heading" aria-level="1"><a href="/product/season-ticket">The island season ticket for every crossing</a></h3></div>`),
			want: "Ferries: all you need to know",
		},
		{
			name: "a product page's text styled as large as an h1 is a slogan",
			page: titlePage(`<title>Ferries: all you need to know | Island News</title>`,
				`<div class="c-x1"><div class="c-x2" style="font-size:32px;font-weight:700">Made for every crossing</div></div>`),
			want: "Ferries: all you need to know",
		},
		{
			name: "mojibake in the page's own bytes",
			page: titlePage(`<meta charset="utf-8"><title>The islandâ€™s ferry</title>`, `<h1>The islandâ€™s ferry</h1>`),
			want: "The island’s ferry",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ex, err := New(Options{})
			if err != nil {
				t.Fatal(err)
			}
			res, err := ex.Extract(context.Background(), strings.NewReader(tc.page), tc.url)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Articles) == 0 {
				t.Fatalf("no article: %v", res.Reason)
			}
			if got := res.Articles[0].Title; got != tc.want {
				t.Errorf("title %q, want %q", got, tc.want)
			}
		})
	}
}

func TestTitleWithoutFurniture(t *testing.T) {
	for _, c := range []struct{ title, site, want string }{
		{"Logging HOWTO¶", "", "Logging HOWTO"},
		{"NEWS WEB EASY|Heavy snow falls in Tokyo", "", "Heavy snow falls in Tokyo"},
		{"Snow in Tokyo｜Daily Wire", "Daily Wire", "Snow in Tokyo"},
		{"23.01.2022 - Dorothea Wierer darf beim Antholz-Abschluss noch jubeln", "", "Dorothea Wierer darf beim Antholz-Abschluss noch jubeln"},
		{"Budget passes | 3 March 2024", "", "Budget passes"},
		{"The Best Cheap Wireless Earbuds under $50 - March 2026", "", "The Best Cheap Wireless Earbuds under $50 - March 2026"},
		// A date inside the headline's words is the headline's.
		{"2024: the year in review", "", "2024: the year in review"},
		{"What changed on March 3, 2024 and why", "", "What changed on March 3, 2024 and why"},
		{"武汉的声音：有英勇的你，才有英雄的城！-新华网", "", "武汉的声音：有英勇的你，才有英雄的城！"},
		{"长江大桥通车_国内新闻_网易新闻", "", "长江大桥通车"},
		// A hyphen inside Latin words or a short CJK headline stays.
		{"COVID-19 vaccines", "", "COVID-19 vaccines"},
		{"東京-大阪", "", "東京-大阪"},
		// A date alone stays: there is nothing else to be the title.
		{"23.01.2022", "", "23.01.2022"},
	} {
		if got := titleWithoutFurniture(c.title, c.site); got != c.want {
			t.Errorf("titleWithoutFurniture(%q, %q) = %q, want %q", c.title, c.site, got, c.want)
		}
	}
}
