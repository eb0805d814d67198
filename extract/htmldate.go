package extract

import (
	"time"

	"github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The second opinion on a publication date: github.com/markusmobius/go-htmldate,
// the Go port of Adrien Barbaresi's htmldate (which go-trafilatura uses).
// pare's own reading comes first (a rule's, the article's header, its
// JSON-LD, the page's <meta>); htmldate is asked only when all of them
// say nothing, for the page's own article, since it reads the whole page
// and cannot tell an appended story's date from the first one's. Its
// "extensive search" (free-text dates through go-dateparser, which reads
// relative dates against the clock and runs a WebAssembly regexp engine)
// is off; what is left reads the page's markup, its date-like elements
// and its URL. It copies the document, so it costs about one parse more
// on the pages it is asked about (measured in the closing note of issue
// 10).

// htmldateLatest is the latest date htmldate may give when the caller
// gives no Options.ReferenceTime: the end of the years pare reads
// (maxYear), not a year from the clock, which htmldate would use.
var htmldateLatest = time.Date(maxYear, 12, 31, 0, 0, 0, 0, time.UTC)

// htmlDate asks htmldate for the publication date of the page's own
// article; zero when it finds none, fails or panics. It is shown the
// page's <title>, <meta> and <link> elements and the article's region
// only (dateDoc), not the whole page: htmldate copies and searches all it
// is given, and the rest of a page (menus, footers, the other stories of
// a list) holds no date of this article but costs as much again.
func (p *page) htmlDate(a *article) (d Date) {
	if p.opts.NoDateSecondOpinion {
		return Date{}
	}
	defer func() {
		if recover() != nil {
			d = Date{}
		}
	}()
	latest := htmldateLatest
	if !p.opts.ReferenceTime.IsZero() {
		latest = p.opts.ReferenceTime.AddDate(0, 0, 1)
	}
	res, err := htmldate.FromDocument(p.dateDoc(p.region(a)), htmldate.Options{
		ExtractTime:         true,
		UseOriginalDate:     true,
		URL:                 p.url,
		MinDate:             time.Date(minYear, 1, 1, 0, 0, 0, 0, time.UTC),
		MaxDate:             latest,
		SkipExtensiveSearch: true,
	})
	if err != nil || res.IsZero() || !plausibleYear(res.DateTime) {
		return Date{}
	}
	d = Date{Time: res.DateTime, Text: collapse(res.SrcString), Precision: PrecisionDay}
	if res.HasTime {
		d.Precision = PrecisionMinute
		if res.DateTime.Second() != 0 {
			d.Precision = PrecisionSecond
		}
		d.Zoned = res.HasTimezone
	}
	if len(d.Text) > maxDateLine {
		d.Text = res.DateTime.Format(time.DateOnly)
	}
	return d
}

// dateDoc builds the small document htmlDate shows htmldate: a <head> of
// copies of the page's <title>, <meta> and <link> elements, and a <body>
// holding a copy of region (the whole body when region is nil). Scripts,
// styles and SVG are left out of the copy.
func (p *page) dateDoc(region *html.Node) *html.Node {
	doc := &html.Node{Type: html.DocumentNode}
	root := &html.Node{Type: html.ElementNode, Data: "html", DataAtom: atom.Html}
	head := &html.Node{Type: html.ElementNode, Data: "head", DataAtom: atom.Head}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	doc.AppendChild(root)
	root.AppendChild(head)
	root.AppendChild(body)
	walk(p.document.doc, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Title, atom.Meta, atom.Link:
			head.AppendChild(copyTree(n))
			return false
		case atom.Body:
			return false
		}
		return true
	})
	if region == nil {
		region = p.body
	}
	if region != nil {
		body.AppendChild(copyTree(region))
	}
	return doc
}

// copyTree copies n and what it holds, but for scripts, styles, SVG and
// comments, which hold no date a reader sees.
func copyTree(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace, Attr: append([]html.Attribute(nil), n.Attr...)}
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		switch {
		case k.Type == html.CommentNode, k.DataAtom == atom.Script, k.DataAtom == atom.Style, k.DataAtom == atom.Svg:
			continue
		}
		c.AppendChild(copyTree(k))
	}
	return c
}
