package extract_test

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/pare-dev/pare/extract"
)

// TestAuthorReadsAsName: an author value must read as a name; a byline
// line that does not is passed over for the next one (issue 10).
func TestAuthorReadsAsName(t *testing.T) {
	tests := []struct {
		name, head, header, body string
		byline                   string
		authors                  []string
	}{
		{name: "a percentage before the byline", header: `<p>By > 90%</p><p>By Preetam Jinka</p>`, byline: "Preetam Jinka", authors: []string{"Preetam Jinka"}},
		{name: "share buttons run together", header: `<p>By FacebookTweetPin</p><p>By Melissa Norris</p>`, byline: "Melissa Norris", authors: []string{"Melissa Norris"}},
		{name: "a date in the byline slot", header: `<p>By June 13, 2025</p><p>By Angela Williams</p>`, byline: "Angela Williams", authors: []string{"Angela Williams"}},
		{name: "an author link's words", header: `<p><a rel="author" href="/author/dw">View more posts</a></p><span class="author vcard">Damien Walter</span>`,
			byline: "Damien Walter", authors: []string{"Damien Walter"}},
		{name: "a noun lead needs a colon", header: `<ul><li>Text Marketing</li></ul>`},
		{name: "a noun lead with its colon", header: `<p>Texto: Marta Lima</p>`, byline: "Marta Lima", authors: []string{"Marta Lima"}},
		{name: "the interviewer's label", header: `<p><a class="author-link" href="/suche">Interview: Julia Lauter</a></p>`, byline: "Julia Lauter", authors: []string{"Julia Lauter"}},
		{name: "an idiom is no byline", header: `<p>Zero Waste Room by Room</p>`},
		{name: "a picture's credit", header: `<p>By Photo Desk</p><p>By Austin Tedesco</p>`, byline: "Austin Tedesco", authors: []string{"Austin Tedesco"}},
		{name: "an organisation's article", header: `<p>By the Lavazza Team</p>`, byline: "the Lavazza Team"},
		{name: "a comment link beside the date", header: `<p>January 13, 2020 at 08:45 AM | <a href="#disqus_thread">View Comments</a></p><p>By Lena Park</p>`, byline: "Lena Park", authors: []string{"Lena Park"}},
		{name: "an author box's label and mail button", header: `<p>April 3, 2019</p>`,
			body:   story + `<div class="author__box"><div>About the Author - <span>Florina Ionescu</span></div><a href="mailto:f@example.com" class="btn">SEND AN E-MAIL TO THE AUTHOR</a></div>`,
			byline: "Florina Ionescu", authors: []string{"Florina Ionescu"}},
		{name: "a menu's section link is no lead", header: `<ul><li><a href="/c/interview">Interview</a></li><li><a href="/c/portrait">Porträt</a></li></ul>`},
		{name: "a menu's section link is no lead, in the body", body: `<ul><li><a href="/c/interview">Interview</a></li><li><a href="/c/portrait">Porträt</a></li></ul>` + story},
		{name: "a label alone", header: `<p>By Author</p><p>By Lena Park</p>`, byline: "Lena Park", authors: []string{"Lena Park"}},
		{name: "a poster's join date", header: `<dl><dt>Join Date</dt><dd>Nov 2024</dd></dl><p>Join Date Nov 2024</p>`},
		{name: "a date's label beside the date", header: `<p>Publication Date · March 3, 2024</p>`},
		{name: "a date's label in the byline element", header: `<div class="byline">Veröffentlicht</div><p>4. Februar 2022</p>`},
		{name: "a date's label as the meta author", head: `<meta name="author" content="Published on">`},
		{name: "a date's label in the author element", body: story + `<p>Von <span class="author-name">Publiziert Am</span></p>`},
		{name: "a translator's line", header: `<p>Übersetzung Sarah Jung, 12.12.22</p><p>Von Lena Park</p>`, byline: "Lena Park", authors: []string{"Lena Park"}},
		{name: "an obfuscated e-mail as the meta author", head: `<meta name="author" content="lena[at]example.net">`},
		{name: "Blogger's profile link", header: `<p><a rel="author" href="/u/1">T. V. Raman</a> <a rel="author" href="/profile/1">View my complete profile</a></p>`,
			byline: "T. V. Raman", authors: []string{"T. V. Raman"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := firstArticle(t, extract.Options{}, page(tc.head, tc.header, tc.body))
			if a.Byline != tc.byline || !reflect.DeepEqual(a.Authors, tc.authors) {
				t.Errorf("byline %q, authors %q; want %q, %q", a.Byline, a.Authors, tc.byline, tc.authors)
			}
		})
	}
}

// TestListCredits: bylines of many people in an article's lines are the
// credits of a list (books, recipes), not its byline.
func TestListCredits(t *testing.T) {
	body := `<h2>Misery</h2><p>by Richard Bachman</p>` + story + `<h2>There Is No Antimemetics Division</h2><p>by Sam Hughes</p><p>A novel about ideas that erase themselves, told by the agents who fight them, one forgotten colleague at a time.</p><h2>Fanged Noumena</h2><p>by Nick Land</p><p>Essays written over a decade, gathered into one volume that still divides its readers.</p>`
	a := firstArticle(t, extract.Options{}, page("", "", body))
	if a.Byline != "" || a.Authors != nil {
		t.Errorf("byline %q, authors %q; want none", a.Byline, a.Authors)
	}
	// The post's own byline, beside its date, stays over the list.
	a = firstArticle(t, extract.Options{}, page("", `<p>by Amanda · Dec 20, 2025 at 3:00 am · <a href="#comments">One comment so far</a></p>`, body))
	if a.Byline != "Amanda" {
		t.Errorf("byline %q, authors %q; want %q", a.Byline, a.Authors, "Amanda")
	}
}

// TestCoAuthorLine: one byline line naming three people is the byline,
// not a list's credits (issue 10); three lines of credits still are
// (TestListCredits).
func TestCoAuthorLine(t *testing.T) {
	a := firstArticle(t, extract.Options{}, page(`<meta property="og:site_name" content="Harbour Gazette">`,
		`<p>Von Mira Holt, Jan Lukas Berg und Ana Ruiz</p>`, ""))
	want := []string{"Mira Holt", "Jan Lukas Berg", "Ana Ruiz"}
	if !reflect.DeepEqual(a.Authors, want) {
		t.Errorf("byline %q, authors %q; want %q", a.Byline, a.Authors, want)
	}
}

// TestLedBylineWins: a line that is a byline's lead and a name of two
// words or more ("Von Matthias Lauerer") wins over the markup's author;
// a one-word name after a lead ("By Functionality", a heading) does not.
// Issue 10.
func TestLedBylineWins(t *testing.T) {
	meta := `<meta name="author" content="Isabell Angele">`
	tests := []struct {
		name, head, header string
		byline             string
	}{
		{name: "a led byline", head: meta, header: `<p>Von Matthias Lauerer</p>`, byline: "Matthias Lauerer"},
		{name: "three co-authors beside the site's name", head: `<meta property="og:site_name" content="Harbour Gazette"><meta name="author" content="Harbour Gazette">`,
			header: `<p>Von Mira Holt, Jan Lukas Berg und Ana Ruiz</p>`, byline: "Mira Holt, Jan Lukas Berg und Ana Ruiz"},
		{name: "a lead's colon run into the name", head: meta, header: `<p>Written by:Matthias Lauerer</p>`, byline: "Matthias Lauerer"},
		{name: "one word after a lead", head: meta, header: `<p>By Functionality</p>`, byline: "Isabell Angele"},
		{name: "a lowercase word after a lead", head: meta, header: `<p>By Menu Drops for</p>`, byline: "Isabell Angele"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := firstArticle(t, extract.Options{}, page(tc.head, tc.header, ""))
			if a.Byline != tc.byline {
				t.Errorf("byline %q (authors %q); want %q", a.Byline, a.Authors, tc.byline)
			}
		})
	}
}

// TestManyMarkedAuthors: when the author links of an article's region
// name many people (a list of other posts beside it), the one another
// source names too is the article's (issue 10).
func TestManyMarkedAuthors(t *testing.T) {
	related := `<ul><li><a rel="author" href="/a/1">Mira Holt</a></li><li><a rel="author" href="/a/2">Jan Berg</a></li><li><a rel="author" href="/a/3">Ana Ruiz</a></li></ul>`
	a := firstArticle(t, extract.Options{}, page(`<meta name="author" content="Jan Berg">`, "", story+related))
	if want := []string{"Jan Berg"}; !reflect.DeepEqual(a.Authors, want) {
		t.Errorf("byline %q, authors %q; want %q", a.Byline, a.Authors, want)
	}
}

// TestCreditInByline: a credit line that cleaning drops as a caption is
// the byline when a byline element holds it (issue 10).
func TestCreditInByline(t *testing.T) {
	a := firstArticle(t, extract.Options{}, page("", "", story+`<div class="collection-byline"><div class="attribution">Text by <a href="/c/hd">Hunter Dukes</a></div></div>`))
	if want := []string{"Hunter Dukes"}; !reflect.DeepEqual(a.Authors, want) {
		t.Errorf("byline %q, authors %q; want %q", a.Byline, a.Authors, want)
	}
}

// TestAuthorElements: an element whose class names an author gives its
// name when it holds a line break before the date, or writes "author
// name" as one word (issue 10).
func TestAuthorElements(t *testing.T) {
	tests := []struct{ name, body string }{
		{"a name and its date", `<p class="author">Andrew Gerrand<br>4 August 2010</p>`},
		{"authorname", `<div class="blog__authorname">Andrew Gerrand</div>`},
		{"an author box's heading", `<div><h2>Article by</h2><div>Andrew Gerrand</div></div>`},
		{"a quote's credit is no author", `<div class="author-name">Andrew Gerrand</div><figure><blockquote>We doubled our bookings.</blockquote><figcaption><span class="author">Christine Hodge</span></figcaption></figure>`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := firstArticle(t, extract.Options{}, page("", "", story+tc.body))
			if want := []string{"Andrew Gerrand"}; !reflect.DeepEqual(a.Authors, want) {
				t.Errorf("byline %q, authors %q; want %q", a.Byline, a.Authors, want)
			}
		})
	}
}

// TestSiteNameGivesWay: an author value that is the site's own name (its
// og:site_name or JSON-LD publisher) gives way to the byline the page
// shows beside its date, and a JSON-LD organisation that is the site
// does not keep the author elements out; the site's name stays when
// nothing else names anyone. Issue 10.
func TestSiteNameGivesWay(t *testing.T) {
	site := `<meta property="og:site_name" content="Harbour Gazette">`
	tests := []struct {
		name, head, header, body string
		byline                   string
	}{
		{name: "JSON-LD author is the publisher, beside a dated byline",
			head:   site + ld(`{"@type":"NewsArticle","headline":"Ferry timetable extended through the winter","author":"HarbourGazette.com"}`),
			header: `<p>Mira Holt | 3 March 2024</p>`, byline: "Mira Holt"},
		{name: "meta author is the site, beside a dated byline",
			head:   site + `<meta name="author" content="Harbour Gazette">`,
			header: `<p>Mira Holt | 3 March 2024</p>`, byline: "Mira Holt"},
		{name: "JSON-LD organisation is the publisher",
			head: ld(`{"@type":"NewsArticle","headline":"Ferry timetable extended through the winter","author":{"@type":"Organization","name":"Harbour Gazette"},"publisher":{"@type":"Organization","name":"HarbourGazette.com"}}`),
			body: story + `<p>Photos: <span class="author-name">Mira Holt</span></p>`, byline: "Mira Holt"},
		{name: "JSON-LD author is the site, one person in the author elements",
			head: site + ld(`{"@type":"NewsArticle","headline":"Ferry timetable extended through the winter","author":"Harbour Gazette"}`),
			body: story + `<p><span class="author-name">Mira Holt</span></p>`, byline: "Mira Holt"},
		{name: "JSON-LD author is the site, two people in the author elements",
			head: site + ld(`{"@type":"NewsArticle","headline":"Ferry timetable extended through the winter","author":"Harbour Gazette"}`),
			body: story + `<p><span class="author-name">Mira Holt</span></p><p><span class="author-name">Ana Ruiz</span></p>`, byline: "Harbour Gazette"},
		{name: "JSON-LD author is the site, the site's label in the author elements",
			head: site + ld(`{"@type":"NewsArticle","headline":"Ferry timetable extended through the winter","author":"Harbour Gazette"}`),
			body: story + `<p><span class="author-name">Harbour Gazette Sponsored</span></p>`, byline: "Harbour Gazette"},
		{name: "another organisation keeps the author elements out",
			head: ld(`{"@type":"NewsArticle","headline":"Ferry timetable extended through the winter","author":{"@type":"Organization","name":"Coastal Wire"},"publisher":{"@type":"Organization","name":"Harbour Gazette"}}`),
			body: story + `<p>Photos: <span class="author-name">Mira Holt</span></p>`, byline: "Coastal Wire"},
		{name: "the site's name as the shown byline, a led byline after it",
			head: site, header: `<p class="byline">Harbour Gazette</p><p>3 March 2024</p><p>By Mira Holt</p>`, byline: "Mira Holt"},
		{name: "the site's name as the shown byline, no led byline after it",
			head: site, header: `<p class="byline">Harbour Gazette</p><p>3 March 2024</p>`, byline: "Harbour Gazette"},
		{name: "the site's name stays when nothing else names one",
			head:   site + `<meta name="author" content="Harbour Gazette">`,
			byline: "Harbour Gazette"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := firstArticle(t, extract.Options{}, page(tc.head, tc.header, tc.body))
			if a.Byline != tc.byline {
				t.Errorf("byline %q (authors %q, organizations %q); want %q", a.Byline, a.Authors, a.Organizations, tc.byline)
			}
		})
	}
}

// TestNameBesideDate: a bare name on the header line just before or
// after a date line is the byline ("2025-12-17 ·" then "Trond Teigen",
// two elements of one template), but not a heading, a menu's link, the
// site's name, or a name with no date beside it (issue 10).
func TestNameBesideDate(t *testing.T) {
	site := `<meta property="og:site_name" content="Harbour Gazette">`
	tests := []struct {
		name, header string
		byline       string
	}{
		{"date then a linked name", `<div><span>2025-12-17</span><span>·</span><a href="/a/tt"><div>Trond Teigen</div></a></div>`, "Trond Teigen"},
		{"name then date", `<div><span>Julian K. Arni</span></div><div>Dec 17, 2025</div>`, "Julian K. Arni"},
		{"no date beside it", `<div>Trond Teigen</div><div>Harbour desk</div>`, ""},
		{"a heading", `<div>Dec 17, 2025</div><h2>Winter Timetable</h2>`, ""},
		{"a menu's link", `<ul><li><a href="/news">Harbour News</a></li><li>Dec 17, 2025</li></ul>`, ""},
		{"the site's name", `<div>Dec 17, 2025</div><div>Harbour Gazette</div>`, ""},
		{"a job title", `<div>Marketing Director</div><div>Dec 17, 2025</div>`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := `<html><head><title>Ferry timetable extended through the winter</title>` + site +
				`</head><body><h1>Ferry timetable extended through the winter</h1>` + tc.header + `<main>` + story + `</main></body></html>`
			a := firstArticle(t, extract.Options{}, src)
			if a.Byline != tc.byline {
				t.Errorf("byline %q (authors %q); want %q", a.Byline, a.Authors, tc.byline)
			}
		})
	}
}

// TestMarkedWithin: a shown byline that runs on past the name the
// markup gives (a job title, the site's name) is that name; words before
// it (an honorific) and people the markup does not name stay (issue 10).
func TestMarkedWithin(t *testing.T) {
	meta := `<meta name="author" content="Ana Ruiz">`
	tests := []struct {
		name, header string
		byline       string
	}{
		{"the site's name run in", `<p>By Ana Ruiz Harbour Gazette</p>`, "Ana Ruiz"},
		{"an honorific before the name", `<p>By Dr Ana Ruiz</p>`, "Dr Ana Ruiz"},
		{"an agency beside the name", `<p>By Ana Ruiz, The Associated Press</p>`, "Ana Ruiz, The Associated Press"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := firstArticle(t, extract.Options{}, page(meta, tc.header, ""))
			if a.Byline != tc.byline {
				t.Errorf("byline %q (authors %q); want %q", a.Byline, a.Authors, tc.byline)
			}
		})
	}
}

// TestHeaderInBody: the byline a template writes as two elements ("By"
// and the name, a bare name beside a date) is read at the start of the
// article's body too, before its first paragraph, and leaves its text;
// not a job title beside the date, nor the headline in a plain element
// (issue 10).
func TestHeaderInBody(t *testing.T) {
	tests := []struct {
		name, head, byline string
	}{
		{"name then date", `<div>Bence Kovács</div><div>02-12-2025</div>`, "Bence Kovács"},
		{"a lead, then the name", `<div>By :</div><div>Joe Sellers</div>`, "Joe Sellers"},
		{"a job title beside the date", `<div>Marketing Director</div><div>May 14, 2025</div>`, ""},
		{"the headline beside the date", `<div>Ferry Timetable Extended</div><div>May 14, 2025</div>`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := `<html><head><title>Ferry Timetable Extended</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>` +
				`<main><h1>Ferry Timetable Extended</h1>` + tc.head + story + `</main></body></html>`
			a := firstArticle(t, extract.Options{}, src)
			if a.Byline != tc.byline {
				t.Errorf("byline %q (authors %q); want %q", a.Byline, a.Authors, tc.byline)
			}
			if tc.byline != "" && strings.Contains(a.Text, tc.byline) {
				t.Errorf("text holds the byline %q:\n%s", tc.byline, a.Text)
			}
		})
	}
}

// TestBylineLeadAlone: only a lead alone in its element ("By", "Written
// by:") leads the name in the next one; a whole byline line does not
// make the line after it a name ("By Ana Ruiz • 15 January 2020" over
// the body's first line).
func TestBylineLeadAlone(t *testing.T) {
	src := `<html><head><title>Ferry Timetable Extended</title></head><body><h1>Ferry Timetable Extended</h1>` +
		`<div>By Ana Ruiz • 15 January 2020</div><main><p>Read This In Welsh</p>` + story + `</main></body></html>`
	a := firstArticle(t, extract.Options{}, src)
	if a.Byline != "Ana Ruiz" {
		t.Errorf("byline %q (authors %q); want %q", a.Byline, a.Authors, "Ana Ruiz")
	}
}

// TestMarkedAuthorLead: a byline's lead and a job title before the name
// in the markup's author ("Von FOCUS-Online-Experte Robin Tschöpe" as
// JSON-LD's author name) are no part of the name (issue 10).
func TestMarkedAuthorLead(t *testing.T) {
	head := ld(`{"@type":"NewsArticle","headline":"Ferry timetable extended through the winter","author":{"@type":"Person","name":"Von Hafen-Experte Mira Holt"}}`)
	a := firstArticle(t, extract.Options{}, page(head, "", ""))
	if want := []string{"Mira Holt"}; a.Byline != "Mira Holt" || !reflect.DeepEqual(a.Authors, want) {
		t.Errorf("byline %q, authors %q; want %q", a.Byline, a.Authors, want)
	}
}

// TestLedBylineInLinkList: a lead and a full name in the header's link
// list ("Von <a>Lisa Petrich</a>", the name linking to the author's
// page, beside the linked date and section) is the byline, over the
// site's name as the meta author; a lead before one word or a lowercase
// phrase there is a menu's, no byline (issue 10).
func TestLedBylineInLinkList(t *testing.T) {
	tests := []struct {
		name, line, byline string
	}{
		{"a lead and a full name", `Von <a href="/mira-holt">Mira Holt</a>`, "Mira Holt"},
		{"a lead and one word", `By <a href="/topics">Functionality</a>`, "Harbour Gazette"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			head := `<meta property="og:site_name" content="Harbour Gazette"><meta name="author" content="Harbour Gazette">`
			src := `<html><head><title>Ferry timetable extended through the winter</title>` + head + `</head><body><main>` +
				`<h1>Ferry timetable extended through the winter</h1><div class="info"><p>` + tc.line + `</p>` +
				`<p><a href="/archiv/2023/10/18">Mi, 18. Oktober 2023</a> <a href="/harbour">Harbour</a> | <a href="#c">3</a></p></div>` +
				story + `</main></body></html>`
			a := firstArticle(t, extract.Options{}, src)
			if a.Byline != tc.byline {
				t.Errorf("byline %q (authors %q); want %q", a.Byline, a.Authors, tc.byline)
			}
		})
	}
}

// TestPersonOverOrganisation: of the page-wide author sources, the first
// that names a person wins over an earlier one that names only an
// organisation (the Twitter card's "Written by" the site's team, the
// meta author a person); when none names a person, the first source
// still does (issue 10).
func TestPersonOverOrganisation(t *testing.T) {
	card := `<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Harbour Staff">`
	tests := []struct {
		name, head, byline string
	}{
		{"the card's team, the meta's person", card + `<meta name="author" content="Mira Holt">`, "Mira Holt"},
		{"the card's person first", `<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Mira Holt">` +
			`<meta name="author" content="Ana Ruiz">`, "Mira Holt"},
		{"no person anywhere", card + `<meta name="author" content="Coastal Wire Staff">`, "Harbour Staff"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := firstArticle(t, extract.Options{}, page(tc.head, "", ""))
			if a.Byline != tc.byline {
				t.Errorf("byline %q (authors %q, organizations %q); want %q", a.Byline, a.Authors, a.Organizations, tc.byline)
			}
		})
	}
}

// TestLabelledAuthorBox: an author line whose label sits in its own
// inline element after the blank between the tags ("<div>\n
// <strong>Contributors:</strong> Janet Loughrey</div>") names the
// author (issue 10).
func TestLabelledAuthorBox(t *testing.T) {
	body := story + "<div class=\"tags\"><div>\n\t\t<strong>Contributors:</strong>\n\t\tMira Holt\t</div></div>"
	a := firstArticle(t, extract.Options{}, page("", "", body))
	if a.Byline != "Mira Holt" {
		t.Errorf("byline %q (authors %q); want %q", a.Byline, a.Authors, "Mira Holt")
	}
}

// TestSiteOwner: a post with no byline on a personal site is by the
// person the site is named for, as its copyright line, og:site_name,
// link home or <title> names them; a company's site named the same way
// is not (issue 10).
func TestSiteOwner(t *testing.T) {
	const footer = `<footer><p>&copy; 2025 %s. All rights reserved.</p></footer>`
	tests := []struct {
		name, url, head, foot, byline string
	}{
		{"copyright holder", "https://tobyhede.example.com/blog/ferry", "", fmt.Sprintf(footer, "Mira Holt"), ""},
		{"copyright holder on a personal site", "https://miraholt.com/blog/ferry", "", fmt.Sprintf(footer, "Mira Holt"), "Mira Holt"},
		{"copyright with years and Copyright (c)", "https://miraholt.com/blog/ferry", "", `<footer><p>Copyright (c) 2012- Mira Holt. All rights reserved. Design by Ana Ruiz</p></footer>`, "Mira Holt"},
		{"og:site_name", "https://holt.dev/notes/ferry", `<meta property="og:site_name" content="Mira Holt">`, "", "Mira Holt"},
		{"title suffix", "https://mira.blog.example/notes/ferry", `<title>Ferry timetable | Mira Holt</title>`, "", "Mira Holt"},
		{"link home", "https://www.miraholt.co/notes/ferry", "", `<nav><a href="/">Mira Holt</a> <a href="/posts">Posts</a></nav>`, "Mira Holt"},
		{"a company's name, a common word of the text", "https://ferryholt.com/notes/ferry", `<meta property="og:site_name" content="Ferry Holt">`, "", ""},
		{"an organisation", "https://holtmedia.com/notes/ferry", `<meta property="og:site_name" content="Holt Media">`, "", ""},
		{"a business's word", "https://holthotels.com/notes/ferry", `<meta property="og:site_name" content="Holt Hotels">`, "", ""},
		{"a brand in capitals", "https://holtsmarter.com/notes/ferry", `<meta property="og:site_name" content="HOLT SMARTER">`, "", ""},
		{"the name in lowercase in a logo is no common word", "https://miraholt.com/blog/ferry", "", `<p><a href="/">mira/holt</a></p>` + fmt.Sprintf(footer, "Mira Holt"), "Mira Holt"},
		{"a byline shown wins", "https://miraholt.com/blog/ferry", "", `<p class="byline">By Ana Ruiz</p>` + fmt.Sprintf(footer, "Mira Holt"), "Ana Ruiz"},
	}
	ex, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := `<html><head>` + tc.head + `</head><body><article><h1>Ferry timetable extended through the winter</h1>` + story + `</article>` + tc.foot + `</body></html>`
			if strings.Contains(tc.foot, "byline") {
				src = `<html><head>` + tc.head + `</head><body><article><h1>Ferry timetable extended through the winter</h1><p class="byline">By Ana Ruiz</p>` + story + `</article>` + fmt.Sprintf(footer, "Mira Holt") + `</body></html>`
			}
			res, err := ex.Extract(context.Background(), strings.NewReader(src), tc.url)
			if err != nil || len(res.Articles) == 0 {
				t.Fatalf("no article: %v %v", err, res)
			}
			if a := res.Articles[0]; a.Byline != tc.byline {
				t.Errorf("byline %q (authors %q, organizations %q); want %q", a.Byline, a.Authors, a.Organizations, tc.byline)
			}
		})
	}
}

// TestPortraitAuthor: the one person an author box's portrait names,
// the picture's alt text and the name beside it, is the author where no
// person is named in full; products captioned so, or several people,
// are not (issue 10).
func TestPortraitAuthor(t *testing.T) {
	boxOf := func(src, alt, name string) string {
		return `<div class="box"><a href="/u/x"><div class="img"><img src="` + src + `" alt="` + alt + `"></div></a><div><h3>` + name + `</h3><p>Writes about ferries.</p></div></div>`
	}
	box := func(alt, name string) string { return boxOf("/images/authors/x.jpg", alt, name) }
	tests := []struct {
		name, head, header, foot, byline string
	}{
		{"portrait below the post", "", "", box("Mira Holt", "Mira Holt"), "Mira Holt"},
		{"the alt in lowercase, the caption's form", "", "", box("mira Holt", "Mira Holt"), "Mira Holt"},
		{"over the site's name", `<meta property="og:site_name" content="Harbourline"><meta name="author" content="Harbourline">`, "", box("Mira Holt", "Mira Holt"), "Mira Holt"},
		{"over the host's name", `<meta name="author" content="Example">`, "", box("Mira Holt", "Mira Holt"), "Mira Holt"},
		{"the name in the picture's address", "", "", boxOf("/img/mira-holt.jpg", "Mira Holt", "Mira Holt"), "Mira Holt"},
		{"a picture not filed as a person's", "", "", boxOf("/img/p.jpg", "Mira Holt", "Mira Holt"), ""},
		{"no name's characters", "", "", box("Mira: Holt", "Mira: Holt"), ""},
		{"a byline shown wins", "", `<p class="byline">By Ana Ruiz</p>`, box("Mira Holt", "Mira Holt"), "Ana Ruiz"},
		{"two people, a team", "", "", box("Mira Holt", "Mira Holt") + box("Ana Ruiz", "Ana Ruiz"), ""},
		{"a product, a common word of the page", "", "", box("Holt Ferry", "Holt Ferry"), ""},
		{"no caption", "", "", `<img src="/p.jpg" alt="Mira Holt"><p>Writes about ferries.</p>`, ""},
	}
	ex, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := `<html><head>` + tc.head + `</head><body><article><h1>Ferry timetable extended through the winter</h1>` + tc.header + story + `</article>` + tc.foot + `</body></html>`
			res, err := ex.Extract(context.Background(), strings.NewReader(src), "https://example.com/news/ferry")
			if err != nil || len(res.Articles) == 0 {
				t.Fatalf("no article: %v %v", err, res)
			}
			if a := res.Articles[0]; a.Byline != tc.byline {
				t.Errorf("byline %q (authors %q, organizations %q); want %q", a.Byline, a.Authors, a.Organizations, tc.byline)
			}
		})
	}
}
