package extract_test

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/pare-dev/pare/extract"
	"github.com/pare-dev/pare/htmldate"
	"golang.org/x/net/html"
)

// germanStory is a body in German, for the language tests.
const germanStory = `<p>Der Gemeinderat hat am Dienstag beschlossen, den Fahrplan der Fähre bis in den Winter zu verlängern, nachdem mehr als viertausend Einwohner eine Petition unterschrieben hatten.</p>
<p>Die zusätzlichen Überfahrten kosten nach Angaben der Verwaltung etwa zweihunderttausend Euro im Jahr und werden aus den Parkgebühren bezahlt.</p>
<p>Die Bewohner der Insel, von denen viele auf dem Festland arbeiten, hatten sich seit Jahren darüber beklagt, dass das letzte Boot zu früh am Abend fährt.</p>`

// page builds a page around the story: head is put in <head>, header
// under the article's headline, body after it in place of the story when
// given.
func page(head, header, body string) string {
	if body == "" {
		body = story
	}
	return `<html><head><title>Ferry timetable extended through the winter</title>` + head +
		`</head><body><article><h1>Ferry timetable extended through the winter</h1>` + header + body + `</article></body></html>`
}

func firstArticle(t *testing.T, opts extract.Options, src string) extract.Article {
	t.Helper()
	ex, err := extract.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	res, err := ex.Extract(context.Background(), strings.NewReader(src), "https://example.com/news/ferry")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Articles) == 0 {
		t.Fatalf("no article: %v", res.Reason)
	}
	return res.Articles[0]
}

func ld(obj string) string { return `<script type="application/ld+json">` + obj + `</script>` }

// TestAuthors covers the byline failures of issue 10.
func TestAuthors(t *testing.T) {
	tests := []struct {
		name, head, header string
		byline             string
		authors, orgs      []string
	}{
		{name: "byline element with a class", header: `<p class="byline">By Jane Doe</p>`, byline: "Jane Doe", authors: []string{"Jane Doe"}},
		{name: "byline element without By", header: `<div class="article-byline"><span>Jane Doe</span></div>`, byline: "Jane Doe", authors: []string{"Jane Doe"}},
		{name: "byline element without a class", header: `<p>By Jane Doe</p>`, byline: "Jane Doe", authors: []string{"Jane Doe"}},
		{name: "written by", header: `<p>Written by Jane Doe</p>`, byline: "Jane Doe", authors: []string{"Jane Doe"}},
		{name: "entities in JSON-LD", head: ld(`{"@type":"NewsArticle","headline":"Ferry timetable extended through the winter","author":{"@type":"Person","name":"Maria &amp; Katerina"}}`),
			byline: "Maria, Katerina", authors: []string{"Maria", "Katerina"}},
		{name: "JSON-LD wins over noise", head: ld(`{"@type":"NewsArticle","headline":"Ferry timetable extended through the winter","author":[{"@type":"Person","name":"Ana Ruiz"}]}`),
			header: `<p>By Menu Drops for</p><p>March 3, 2024</p>`, byline: "Ana Ruiz", authors: []string{"Ana Ruiz"}},
		{name: "agency byline beside JSON-LD's person", head: ld(`{"@type":"NewsArticle","headline":"Ferry timetable extended through the winter","author":{"@type":"Person","name":"Matthew Lee"}}`),
			header: `<p>By Matthew Lee, The Associated Press</p>`, byline: "Matthew Lee, The Associated Press", authors: []string{"Matthew Lee"}, orgs: []string{"The Associated Press"}},
		{name: "organisation author", head: ld(`{"@type":"NewsArticle","headline":"Ferry timetable extended through the winter","author":{"@type":"Organization","name":"Harbour Gazette"}}`),
			byline: "Harbour Gazette", orgs: []string{"Harbour Gazette"}},
		{name: "itemprop author", header: `<div itemprop="author" itemscope><span itemprop="name">Priya Nair</span></div>`, byline: "Priya Nair", authors: []string{"Priya Nair"}},
		{name: "a thread's replies have their own authors", header: `<div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Priya Nair</span></div>` +
			`<div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Tom Reed</span></span></div>` +
			`<div itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Lena Vogt</span></span></div>`,
			byline: "Priya Nair", authors: []string{"Priya Nair"}},
		{name: "rel author", header: `<p><a rel="author" href="/people/priya">Priya Nair</a></p>`, byline: "Priya Nair", authors: []string{"Priya Nair"}},
		{name: "twitter card", head: `<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Priya Nair">`, byline: "Priya Nair", authors: []string{"Priya Nair"}},
		{name: "an interview's twitter card over the site's name", head: `<meta name="author" content="Five Stories"><meta name="twitter:label1" content="Interview by"><meta name="twitter:data1" content="Sylvia Bishop">`,
			byline: "Sylvia Bishop", authors: []string{"Sylvia Bishop"}},
		{name: "a paper's citation authors", head: `<meta name="citation_author" content="Aditi Rao"><meta name="citation_author_institution" content="Department of Psychiatry"><meta name="citation_author" content="Tomas Berg">`,
			byline: "Aditi Rao, Tomas Berg", authors: []string{"Aditi Rao", "Tomas Berg"}},
		{name: "meta author before citation authors", head: `<meta name="citation_author" content="Aditi Rao"><meta name="author" content="Priya Nair">`, byline: "Priya Nair", authors: []string{"Priya Nair"}},
		{name: "meta author", head: `<meta name="author" content="Bo Li &amp;amp; Ana Ruiz">`, byline: "Bo Li, Ana Ruiz", authors: []string{"Bo Li", "Ana Ruiz"}},
		{name: "author element by its class, job title beside it", header: `<div class="post-hero"><span class="post-hero__author"><a href="/people/jordanna">Jordanna Campbell</a></span><span class="post-hero__author-title">Associate Content Writer</span></div>`,
			byline: "Jordanna Campbell", authors: []string{"Jordanna Campbell"}},
		{name: "camel-case author class", header: `<p class="authorName">Priya Nair</p>`, byline: "Priya Nair", authors: []string{"Priya Nair"}},
		{name: "a shown byline wins over author classes", header: `<p>By Jane Doe</p><aside><span class="post-author">Bo Li</span></aside>`, byline: "Jane Doe", authors: []string{"Jane Doe"}},
		{name: "many author elements are a list of other posts", header: `<ul><li><span class="author">Bo Li</span></li><li><span class="author">Ana Ruiz</span></li><li><span class="author">Tom Hale</span></li></ul>`},
		{name: "an author class around a sentence is no name", header: `<div class="author">Our team of editors writes every guide</div>`},
		{name: "an author box's written-by line", header: `<aside><img src="/a.jpg" alt=""><p class="text-basic">Written by John Crenshaw</p></aside>`, byline: "John Crenshaw", authors: []string{"John Crenshaw"}},
		{name: "an author box's label before the name", header: `<div class="box"><div><strong>Written By:</strong></div><a href="/authors/cazzy"><div class="text-16">Cazzy Magennis</div></a></div>`,
			byline: "Cazzy Magennis", authors: []string{"Cazzy Magennis"}},
		{name: "an organisation in JSON-LD beats author classes", head: ld(`{"@type":"NewsArticle","headline":"Ferry timetable extended through the winter","author":{"@type":"Organization","name":"Harbour Gazette"}}`),
			header: `<span class="post-author">Bo Li</span>`, byline: "Harbour Gazette", orgs: []string{"Harbour Gazette"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := firstArticle(t, extract.Options{}, page(tc.head, tc.header, ""))
			if a.Byline != tc.byline || !reflect.DeepEqual(a.Authors, tc.authors) || !reflect.DeepEqual(a.Organizations, tc.orgs) {
				t.Errorf("byline %q, authors %q, organizations %q; want %q, %q, %q", a.Byline, a.Authors, a.Organizations, tc.byline, tc.authors, tc.orgs)
			}
			if strings.Contains(a.Text, "Jane Doe") || strings.Contains(a.Text, "Priya Nair") {
				t.Errorf("the byline stayed in the text:\n%s", a.Text)
			}
		})
	}
}

// TestArticleDates covers the date failures of issue 10, through whole
// pages: what Published holds and how ISO writes it.
func TestArticleDates(t *testing.T) {
	ref := time.Date(2025, 8, 1, 12, 0, 0, 0, time.FixedZone("CEST", 2*3600))
	tests := []struct {
		name, head, header, body string
		opts                     extract.Options
		iso, text                string
		precision                extract.DatePrecision
		zoned                    bool
	}{
		{name: "dotted day first", header: `<p>23.07.2025</p>`, iso: "2025-07-23", text: "23.07.2025", precision: extract.PrecisionDay},
		{name: "month and year", header: `<p>Published April 2025</p>`, iso: "2025-04", text: "April 2025", precision: extract.PrecisionMonth},
		{name: "two neighbouring dates are not one", header: `<div><span>June 29, 2020</span> <span>November 12, 2021</span></div>`, iso: ""},
		{name: "slashes in a German page", head: `<meta http-equiv="content-language" content="de">`, header: `<p>03/04/2024</p>`, iso: "2024-04-03", text: "03/04/2024", precision: extract.PrecisionDay},
		{name: "slashes in an American page", head: `<meta http-equiv="content-language" content="en-US">`, header: `<p>03/04/2024</p>`, iso: "2024-03-04", text: "03/04/2024", precision: extract.PrecisionDay},
		{name: "slashes without a language", header: `<p>03/04/2024</p>`, iso: "", text: "03/04/2024"},
		{name: "the page's other dates order it", head: `<meta http-equiv="content-language" content="de">`, header: `<p>03/04/2024</p>`,
			body: `<p>Comments closed 12/18/2025.</p>`, iso: "2024-03-04", text: "03/04/2024", precision: extract.PrecisionDay},
		{name: "dotted month first where the page writes so", header: `<p>09.10.2024</p>`,
			body: `<p>Offer valid until 11.24.2025.</p>`, iso: "2024-09-10", text: "09.10.2024", precision: extract.PrecisionDay},
		{name: "the page's dates disagree: its language orders", head: `<meta http-equiv="content-language" content="en-US">`, header: `<p>03/04/2024</p>`,
			body: `<p>From 12/18/2025 to 19/12/2025.</p>`, iso: "2024-03-04", text: "03/04/2024", precision: extract.PrecisionDay},
		{name: "the same day written plainly elsewhere", head: `<meta http-equiv="content-language" content="en-US">`, header: `<p>02-12-2025</p>`,
			body: `<aside><h4>More</h4><time datetime="2025-12-02">December 02, 2025</time></aside>`, iso: "2025-12-02", text: "02-12-2025", precision: extract.PrecisionDay},
		{name: "a katakana middle dot between date and reading time", header: `<p>December 18, 2025 ・ 3 min read</p>`, iso: "2025-12-18", text: "December 18, 2025", precision: extract.PrecisionDay},
		{name: "a labelled reading time", header: `<p>February 4 2026 - Average reading time: 12 min</p>`, iso: "2026-02-04", text: "February 4 2026", precision: extract.PrecisionDay},
		{name: "a job title between byline and date", header: `<p>By Chris Mann ⋅ Founder and Editor-in-Chief ⋅ Posted May 6, 2025</p>`, iso: "2025-05-06", text: "May 6, 2025", precision: extract.PrecisionDay},
		{name: "a date run into the name before it", header: `<p><span>Tanja Karrasch</span><span>3.11.2023</span></p>`, iso: "2023-11-03", text: "3.11.2023", precision: extract.PrecisionDay},
		{name: "microdata of the article", body: `<div itemscope itemtype="http://schema.org/Article"><time itemprop="datePublished" datetime="2019-06-20T11:43"></time>` + story + `</div>`,
			iso: "2019-06-20T11:43", text: "2019-06-20T11:43", precision: extract.PrecisionMinute},
		{name: "microdata of an answer is not the article's", body: story + `<div itemscope itemtype="https://schema.org/Answer"><meta itemprop="datePublished" content="2016-03-17"><p>Try the F6 key.</p></div>`, iso: ""},
		{name: "two time elements side by side", header: `<p><time>April 26, 2024</time><time>Updated on: October 28, 2024</time></p>`, iso: "2024-04-26", text: "April 26, 2024", precision: extract.PrecisionDay},
		{name: "a shown date after the last update is not the publication",
			head:   `<meta property="article:published_time" content="2024-07-17"><meta property="article:modified_time" content="2026-02-11T05:26:58+00:00">`,
			header: `<p>February 28, 2027</p>`, iso: "2024-07-17", text: "2024-07-17", precision: extract.PrecisionDay},
		{name: "a shown update alone is the date", header: `<p>Updated May 6, 2025</p>`, iso: "2025-05-06", text: "May 6, 2025", precision: extract.PrecisionDay},
		{name: "a shown update leaves metadata's publication",
			head:   `<meta property="article:published_time" content="2019-08-14T13:00:00Z"><meta property="article:modified_time" content="2025-09-17">`,
			header: `<p>Last updated: Sep 17, 2025</p>`, iso: "2019-08-14T13:00:00Z", text: "2019-08-14T13:00:00Z", precision: extract.PrecisionSecond, zoned: true},
		{name: "metadata's update alone is the date", head: `<meta property="article:modified_time" content="2025-09-17">`, iso: "2025-09-17", text: "2025-09-17", precision: extract.PrecisionDay},
		{name: "a journal's Highwire Press date", head: `<meta name="citation_publication_date" content="2023 Jan 7">`, iso: "2023-01-07", text: "2023 Jan 7", precision: extract.PrecisionDay},
		{name: "a byline whose name is a link", header: `<div><a href="/autor/tanja-karrasch"><span>Tanja Karrasch</span></a><span>3.11.2023</span></div>`, iso: "2023-11-03", text: "3.11.2023", precision: extract.PrecisionDay},
		{name: "a WebPage's dates in JSON-LD", head: ld(`{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2024-03-17T19:47:39+00:00","dateModified":"2024-05-03T10:57:58+00:00"}]}`),
			iso: "2024-03-17T19:47:39Z", text: "2024-03-17T19:47:39+00:00", precision: extract.PrecisionSecond, zoned: true},
		{name: "time without a zone", header: `<p>March 3, 2024 10:22 am</p>`, iso: "2024-03-03T10:22", text: "March 3, 2024 10:22 am", precision: extract.PrecisionMinute},
		{name: "shown time takes metadata's zone", head: `<meta property="article:published_time" content="2024-03-03T10:22:00+01:00">`, header: `<p>March 3, 2024 10:22 am</p>`,
			iso: "2024-03-03T10:22:00+01:00", text: "March 3, 2024 10:22 am", precision: extract.PrecisionSecond, zoned: true},
		{name: "metadata in UTC", head: `<meta property="article:published_time" content="2024-03-03T09:22:00Z">`, iso: "2024-03-03T09:22:00Z", text: "2024-03-03T09:22:00Z", precision: extract.PrecisionSecond, zoned: true},
		{name: "unread shown date gives metadata's whole", head: `<meta property="article:published_time" content="2024-03-03">`, header: `<p>Posted 3 hours ago</p>`, iso: "2024-03-03", text: "2024-03-03", precision: extract.PrecisionDay},
		{name: "relative without a reference", header: `<p>Posted 3 hours ago</p>`, iso: "", text: "3 hours ago"},
		{name: "relative against the reference", header: `<p>Posted 3 hours ago</p>`, opts: extract.Options{ReferenceTime: ref}, iso: "2025-08-01T09:00", text: "3 hours ago", precision: extract.PrecisionMinute},
		{name: "yesterday", header: `<p>Posted yesterday</p>`, opts: extract.Options{ReferenceTime: ref}, iso: "2025-07-31", text: "yesterday", precision: extract.PrecisionDay},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := firstArticle(t, tc.opts, page(tc.head, tc.header, story+tc.body)).Published
			if d.ISO() != tc.iso || d.Text != tc.text && tc.iso != "" || d.Precision != tc.precision || d.Zoned != tc.zoned {
				t.Errorf("published %q (%q, %s, zoned %v); want %q (%q, %s, zoned %v)", d.ISO(), d.Text, d.Precision, d.Zoned, tc.iso, tc.text, tc.precision, tc.zoned)
			}
		})
	}
}

// TestArticleFields covers the fields issue 10 adds.
func TestArticleFields(t *testing.T) {
	head := ld(`{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://example.com/news/ferry#webpage"},
		{"@type":"NewsArticle","headline":"Ferry timetable extended through the winter","mainEntityOfPage":{"@id":"https://example.com/news/ferry-winter#webpage"},
		 "image":{"@type":"ImageObject","url":"https://example.com/img/ferry.jpg"},"keywords":"ferries, council","articleSection":["Local"],
		 "description":"The last boat will leave later."}]}`) +
		`<meta property="article:tag" content="Winter"><meta property="og:image" content="/img/og.jpg">`
	a := firstArticle(t, extract.Options{}, page(head, "", ""))
	want := extract.Article{URL: "https://example.com/news/ferry-winter", Image: "https://example.com/img/ferry.jpg",
		Description: "The last boat will leave later.", Tags: []string{"ferries", "council"}, Categories: []string{"Local"}}
	got := extract.Article{URL: a.URL, Image: a.Image, Description: a.Description, Tags: a.Tags, Categories: a.Categories}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}

	t.Run("from the page's meta and links", func(t *testing.T) {
		a := firstArticle(t, extract.Options{}, page(`<meta property="article:tag" content="Winter"><meta property="og:image" content="/img/og.jpg"><meta name="description" content="Later boats.">`,
			"", story+`<p>Tags: <a rel="tag" href="/t/ferries">Ferries</a> <a rel="tag" href="/t/island">Island</a></p>`))
		if a.Image != "https://example.com/img/og.jpg" || a.Description != "Later boats." || !reflect.DeepEqual(a.Tags, []string{"Ferries", "Island"}) {
			t.Errorf("image %q, description %q, tags %q", a.Image, a.Description, a.Tags)
		}
	})
	t.Run("first figure", func(t *testing.T) {
		a := firstArticle(t, extract.Options{}, page("", `<img src="/icons/share.png" width="16" height="16"><figure><img src="/img/boat.jpg"></figure>`, ""))
		if a.Image != "https://example.com/img/boat.jpg" {
			t.Errorf("image %q", a.Image)
		}
	})
}

// TestLanguage: the markup's language, unless the text is plainly
// another; the text's when the markup says none.
func TestLanguage(t *testing.T) {
	tests := []struct {
		name, lang, body, want, source string
	}{
		{name: "German marked en", lang: "en", body: germanStory, want: "de", source: "text"},
		{name: "German unmarked", body: germanStory, want: "de", source: "text"},
		{name: "English marked en-GB", lang: "en-GB", body: story, want: "en-GB", source: "markup"},
		{name: "English unmarked", body: story, want: "en", source: "text"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := page("", "", tc.body)
			if tc.lang != "" {
				src = strings.Replace(src, "<html>", `<html lang="`+tc.lang+`">`, 1)
			}
			a := firstArticle(t, extract.Options{}, src)
			if a.Language != tc.want || a.LanguageSource != tc.source {
				t.Errorf("language %q from %q; want %q from %q", a.Language, a.LanguageSource, tc.want, tc.source)
			}
		})
	}
}

// TestDateSecondOpinion: a DateGuesser (go-htmldate, as the pare
// command sets it) is asked when pare finds no date, and without one
// there is no second opinion. The date here is an <abbr> of a class
// go-htmldate reads and pare does not ("date-published"; hAtom's
// "published" pare reads itself: TestHAtomDate).
func TestDateSecondOpinion(t *testing.T) {
	src := page(`<link rel="canonical" href="https://example.com/2024/03/05/ferry-timetable">`, `<div class="meta"><abbr class="date-published" title="2024-03-05">5/3</abbr></div>`, "")
	if d := firstArticle(t, extract.Options{DateGuesser: htmldate.Guesser{}}, src).Published; d.ISO() != "2024-03-05" {
		t.Errorf("published %q (%q); want 2024-03-05 from go-htmldate", d.ISO(), d.Text)
	}
	if d := firstArticle(t, extract.Options{}, src).Published; !d.Time.IsZero() {
		t.Errorf("published %q with no DateGuesser", d.ISO())
	}
	// A guesser's panic, or a date outside the years pare reads, is no date.
	for _, g := range []extract.DateGuesser{panicGuesser{}, fixedGuesser{t: time.Date(1066, 10, 14, 0, 0, 0, 0, time.UTC)}} {
		if d := firstArticle(t, extract.Options{DateGuesser: g}, src).Published; !d.Time.IsZero() {
			t.Errorf("%T: published %q", g, d.ISO())
		}
	}
}

type panicGuesser struct{}

func (panicGuesser) GuessDate(*html.Node, string, time.Time, time.Time) (extract.Date, bool) {
	panic("guesser bug")
}

type fixedGuesser struct {
	t    time.Time
	text string // "14 October 1066" when empty
}

func (g fixedGuesser) GuessDate(*html.Node, string, time.Time, time.Time) (extract.Date, bool) {
	if g.text == "" {
		g.text = "14 October 1066"
	}
	return extract.Date{Time: g.t, Text: g.text}, true
}

// TestGuessChecked: a guess is checked against what pare reads itself.
// go-htmldate read "3/4/2025" day first on English pages.
func TestGuessChecked(t *testing.T) {
	en := `<meta http-equiv="content-language" content="en-US">`
	tests := []struct {
		name, head, header string
		guess              extract.Date
		iso                string
	}{
		{name: "read in the page's order", head: en,
			guess: extract.Date{Time: time.Date(2025, 4, 3, 0, 0, 0, 0, time.UTC), Text: "3/4/2025"}, iso: "2025-03-04"},
		{name: "an update line read in the page's order", head: en,
			guess: extract.Date{Time: time.Date(2025, 11, 9, 0, 0, 0, 0, time.UTC), Text: "By Jesse Porter Updated on 09/11/25"}, iso: "2025-09-11"},
		{name: "a numeric date inside other text", head: en,
			guess: extract.Date{Time: time.Date(2025, 4, 3, 0, 0, 0, 0, time.UTC), Text: "Yucy3/4/2025"}, iso: "2025-03-04"},
		{name: "a plain guess stands", head: en,
			guess: extract.Date{Time: time.Date(2025, 4, 3, 0, 0, 0, 0, time.UTC), Text: "April 3, 2025"}, iso: "2025-04-03"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := fixedGuesser{t: tc.guess.Time, text: tc.guess.Text}
			if d := firstArticle(t, extract.Options{DateGuesser: g}, page(tc.head, tc.header, "")).Published; d.ISO() != tc.iso {
				t.Errorf("published %q (%q); want %q", d.ISO(), d.Text, tc.iso)
			}
		})
	}
}

// TestKickerDate: a date line just above the headline, inside the
// headline's own parent, is the article's; one further out is another
// story's.
func TestKickerDate(t *testing.T) {
	tests := []struct {
		name, above, iso string
	}{
		{name: "kicker with a reading time", above: `<div><div>Dec 12, 2025</div><div>4 min read</div></div>`, iso: "2025-12-12"},
		{name: "section word and date", above: `<h3>blog | February 01, 2022</h3>`, iso: "2022-02-01"},
		{name: "another story's date", iso: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := `<html><head><title>Ferry timetable extended through the winter</title></head><body>` +
				`<ul><li><a href="/other">Bridge repairs begin on the harbour road</a> <time>March 3, 2021</time></li></ul>` +
				`<header>` + tc.above + `<h1>Ferry timetable extended through the winter</h1></header><article>` + story + `</article></body></html>`
			if d := firstArticle(t, extract.Options{}, src).Published; d.ISO() != tc.iso {
				t.Errorf("published %q (%q); want %q", d.ISO(), d.Text, tc.iso)
			}
		})
	}
}

// TestDateAboveBodyHeadline: when the headline opens the body, the zone
// before the body is the site's menus and top bar, above the headline:
// its date (today's, an event teaser's) is not the article's, and the
// date line under the headline is. The zone's last lines, just above
// the headline, are its kicker and still count.
func TestDateAboveBodyHeadline(t *testing.T) {
	topBar := `<ul class="topbar"><li><a href="/abo">Subscribe</a></li><li>Friday, 4 February 2022</li><li><a href="/imprint">Imprint</a></li></ul>` +
		`<nav><ul><li><a href="/">Home</a></li><li><a href="/training">Training</a></li><li><a href="/gear">Gear</a></li></ul></nav>`
	lead := `<p>The harbour board voted on Tuesday evening to keep the winter ferry timetable running until the end of March, after a season of record use.</p>`
	tests := []struct {
		name, above, header, iso string
	}{
		{name: "top bar date, date line under the headline", above: topBar, header: `<div>By Jule Radeck | 3 February 2022</div>`, iso: "2022-02-03"},
		{name: "kicker date just above the headline", above: topBar + `<div>Press release</div><div>12.12.2022 12:22</div>`, iso: "2022-12-12T12:22"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := `<html><head><title>Ferry timetable extended through the winter</title></head><body>` + tc.above +
				`<article><h1>Ferry timetable extended through the winter</h1>` + lead + tc.header + story + `</article></body></html>`
			if d := firstArticle(t, extract.Options{}, src).Published; d.ISO() != tc.iso {
				t.Errorf("published %q (%q); want %q", d.ISO(), d.Text, tc.iso)
			}
		})
	}
}

// TestDateUnderStandfirst: a header's date line that cleanBody would
// drop with its element is read under the standfirst paragraph too, not
// only before the body's first paragraph, and under the second it is
// another story's: a link list holding the date and the categories (all
// links), and an <aside> under the standfirst marked as related links,
// whose date must carry no link.
func TestDateUnderStandfirst(t *testing.T) {
	lead := `<p>The harbour board voted on Tuesday evening to keep the winter ferry timetable running until the end of March, after a season of record use.</p>`
	dated := `<div><div><a href="/2025/12/18/ferry">December 18, 2025</a></div><div><a href="/category/transport">Transport</a>, <a href="/category/islands">Islands</a></div></div>`
	aside := `<aside><p>21.01.2022 - 13:30</p><p>Source: Harbour Board</p></aside>`
	linked := `<aside><p><a href="/2022/01/21/other">21.01.2022 - 13:30</a></p><p>Source: Harbour Board</p></aside>`
	desc := `Winter sailings stay on the timetable after a record season for the island ferries, their crews and the towns they serve.`
	tests := []struct {
		name, body, iso string
	}{
		{name: "a link list under the standfirst", body: lead + dated + story, iso: "2025-12-18"},
		{name: "a link list under the second paragraph", body: lead + lead + dated + story, iso: ""},
		{name: "an aside under the standfirst", body: lead + aside + story, iso: "2022-01-21T13:30"},
		{name: "an aside under the second paragraph", body: lead + lead + aside + story, iso: ""},
		{name: "an aside's linked date", body: lead + linked + story, iso: ""},
		// The page's description shown as the standfirst under a notice
		// is no paragraph of the body: the date line under both is read.
		{name: "a link list under a notice and the description", body: lead + `<p>` + desc + `</p>` + dated + story, iso: "2025-12-18"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := `<html><head><title>Ferry timetable extended through the winter</title><meta name="description" content="` + desc + `"></head><body>` +
				`<article><h1>Ferry timetable extended through the winter</h1>` + tc.body + `</article></body></html>`
			if d := firstArticle(t, extract.Options{}, src).Published; d.ISO() != tc.iso {
				t.Errorf("published %q (%q); want %q", d.ISO(), d.Text, tc.iso)
			}
		})
	}
}

// TestDatelineDate: the date that opens the body's first paragraph is
// the article's when its header shows none; a header's date line wins
// over it.
func TestDatelineDate(t *testing.T) {
	lead := `<p>27.1.2022 - The harbour board voted on Tuesday evening to keep the winter ferry timetable running until the end of March, after a season of record use.</p>`
	tests := []struct {
		name, header, iso string
	}{
		{name: "no header date", iso: "2022-01-27"},
		{name: "a header date line", header: `<p>Posted on January 28, 2022</p>`, iso: "2022-01-28"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := `<html><head><title>Ferry timetable extended through the winter</title></head><body>` +
				`<article><h1>Ferry timetable extended through the winter</h1>` + tc.header + lead + story + `</article></body></html>`
			if d := firstArticle(t, extract.Options{}, src).Published; d.ISO() != tc.iso {
				t.Errorf("published %q (%q); want %q", d.ISO(), d.Text, tc.iso)
			}
		})
	}
}

// TestOriginDate: a sentence of the body that states the article's
// first publication ("This article was originally published on …")
// gives its date over the later one the header and the metadata show;
// a republished piece's "originally published on The Conversation", or
// a date after the header's, does not.
func TestOriginDate(t *testing.T) {
	tests := []struct {
		name, note, iso string
	}{
		{name: "first publication stated", note: `<p>This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly updated to keep the information current.</p>`, iso: "2019-09-26T16:12"},
		{name: "another publisher", note: `<p>This article was originally published on The Conversation, an independent source of news and views from the academic community.</p>`, iso: "2022-09-30"},
		{name: "a later date", note: `<p>This story was first published on 3 October 2022 in the harbour board's own newsletter, and is shared here with thanks.</p>`, iso: "2022-09-30"},
	}
	lead := `<p>The harbour board voted on Tuesday evening to keep the winter ferry timetable running until the end of March, after a season of record use.</p>`
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := `<html><head><title>Ferry timetable extended through the winter</title></head><body>` +
				`<article><h1>Ferry timetable extended through the winter</h1><p>Published 30 Sep 2022</p>` + lead + story + tc.note + `</article></body></html>`
			if d := firstArticle(t, extract.Options{}, src).Published; d.ISO() != tc.iso {
				t.Errorf("published %q (%q); want %q", d.ISO(), d.Text, tc.iso)
			}
		})
	}
}

// TestHAtomDate: a blog theme's hAtom date (class "published", its value
// a <time>'s datetime, an <abbr>'s title or the text) is the page's
// publication date when no <meta> or JSON-LD gives one, even outside the
// article's region; a title that reads as no date leaves the text.
func TestHAtomDate(t *testing.T) {
	tests := []struct {
		name, meta, iso string
	}{
		{name: "abbr title", meta: `<abbr class="published" title="2009-08-06T14:12:32+02:00">6. August 2009</abbr>`, iso: "2009-08-06T14:12:32+02:00"},
		{name: "malformed title, the text", meta: `<abbr class="published" title="06-08-2009T14:12:32+0200">August 6, 2009</abbr>`, iso: "2009-08-06"},
		{name: "time element", meta: `<time class="entry-date published" datetime="2016-02-28T22:37:52+01:00">28. Februar 2016</time>`, iso: "2016-02-28T22:37:52+01:00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := `<html><head><title>Ferry timetable extended through the winter</title></head><body>` +
				`<article><h1>Ferry timetable extended through the winter</h1>` + story + `</article>` +
				`<footer><ul><li><a href="/about">About</a></li><li><a href="/imprint">Imprint</a></li></ul><div class="postMeta"><span>Filed:</span> ` + tc.meta + `</div></footer></body></html>`
			if d := firstArticle(t, extract.Options{}, src).Published; d.ISO() != tc.iso {
				t.Errorf("published %q (%q); want %q", d.ISO(), d.Text, tc.iso)
			}
		})
	}
}
