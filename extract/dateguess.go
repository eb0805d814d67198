package extract

import (
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The second opinion on a publication date. pare's own reading comes
// first (a rule's, the article's header, its JSON-LD, the page's
// <meta>); Options.DateGuesser is asked only when all of them say
// nothing, for the page's own article, since a guesser reads the page as
// a whole and cannot tell an appended story's date from the first one's.

// DateGuesser gives a second opinion on the publication date of a page's
// own article. doc is a small document made for it: a <head> of copies of
// the page's <title>, <meta> and <link> elements, and a <body> holding a
// copy of the article's region (scripts, styles and SVG left out); it
// may be changed. pageURL is the page's URL, "" when unknown. The date
// must fall within [earliest, latest]. ok is false when it finds none. A
// DateGuesser is called from many goroutines at once.
type DateGuesser interface {
	GuessDate(doc *html.Node, pageURL string, earliest, latest time.Time) (d Date, ok bool)
}

// guessLatest is the latest date a guess may give when the caller gives
// no Options.ReferenceTime: the end of the years pare reads (maxYear),
// not a year from the clock.
var guessLatest = time.Date(maxYear, 12, 31, 0, 0, 0, 0, time.UTC)

// guessDate asks Options.DateGuesser for the publication date of the
// page's own article; zero when there is none, it finds none, or it
// panics. It is shown the page's head and the article's region only
// (dateDoc), not the whole page: a guesser copies and searches all it is
// given, and the rest of a page (menus, footers, the other stories of a
// list) holds no date of this article but costs as much again.
//
// A numeric date in the guess's text is read again in c, the page's
// order of day and month, since a guesser reads the text without knowing
// the page's language or its other dates.
func (p *page) guessDate(a *article, c dateContext) (d Date) {
	if p.opts.DateGuesser == nil {
		return Date{}
	}
	defer func() {
		if recover() != nil {
			d = Date{}
		}
	}()
	latest := guessLatest
	if !p.opts.ReferenceTime.IsZero() {
		latest = p.opts.ReferenceTime.AddDate(0, 0, 1)
	}
	d, ok := p.opts.DateGuesser.GuessDate(p.dateDoc(p.region(a)), p.url, time.Date(minYear, 1, 1, 0, 0, 0, 0, time.UTC), latest)
	if !ok || d.Time.IsZero() || !plausibleYear(d.Time) {
		return Date{}
	}
	if d.Precision == PrecisionNone {
		d.Precision = PrecisionDay
	}
	d.Text = collapse(d.Text)
	if shown := shownDate(d.Text); !shown.IsZero() {
		if r := c.reread(shown); !r.Time.IsZero() && !sameDay(r.Time, d.Time) {
			d = r
		}
	}
	if len(d.Text) > maxDateLine || d.Text == "" {
		d.Text = d.Time.Format(time.DateOnly)
	}
	return d
}

// shownDate is the date a guess's text shows, as pare reads it out of
// context: the date of a metadata line, else a numeric date inside the
// text, which a guesser may give with what the page ran into it ("Yucy
// 3/4/2025" read from an element that holds the author's name too).
func shownDate(text string) Date {
	if m, ok := parseMetaLine(text); ok {
		if !m.published.IsZero() {
			return m.published
		}
		return m.modified
	}
	if m := numericDateRe.FindStringSubmatch(text); m != nil {
		return parseDate(m[1] + m[2] + m[3] + m[2] + m[4])
	}
	return Date{}
}

// dateDoc builds the small document guessDate shows a DateGuesser: a <head> of
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
