package compose

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"

	"github.com/pare-dev/pare/bench/datasets"
	"github.com/pare-dev/pare/bench/metrics"
)

// Source is one labelled page as the generator sees it: parsed, with its
// article located.
type Source struct {
	ID, URL, Host string
	// Site is the page's registrable domain (datasets.Host), which tells
	// another site from a subdomain of the same one, and Half the half of
	// the benchmark it falls in (datasets.HalfOf).
	Site string
	Half datasets.Half
	// Body is the labelled article text.
	Body string
	// Cover is the share of Body's shingles the region holds; 0 when
	// the article was not located.
	Cover float64
	// Headline says how the headline travels with the region (see the
	// Headline constants); "" when the article was not located.
	Headline string
	// Title is the page's headline text, for teasers; Sentence the first
	// sentence of Body.
	Title, Sentence string
	// Author and Date are the byline name and the day ("March 5, 2024")
	// the page's metadata gives (see pageMeta); "" when it gives none.
	Author, Date string
	// Err says why the page cannot be used; "" when it can.
	Err string

	doc      *html.Node // never changed: compositions work on clones
	region   *html.Node // the located article
	unit     *html.Node // region, or the ancestor that also holds the headline
	head     *html.Node // the headline element; nil for HeadlineNone
	copyHead *html.Node // the headline, copied before unit (HeadlineCopied)
}

// Usable reports whether the page's article was located.
func (s *Source) Usable() bool { return s.Err == "" }

// prepare parses a page and locates its article and headline.
func prepare(p datasets.Page) *Source {
	s := &Source{ID: p.ID, URL: p.URL, Host: hostOf(p.URL), Site: datasets.Host(p), Half: datasets.HalfOf(p),
		Body: p.Truth.Body, Sentence: firstSentence(p.Truth.Body)}
	doc, err := parseUTF8(p.HTML)
	if err != nil {
		s.Err = err.Error()
		return s
	}
	s.doc = doc
	s.Author, s.Date = pageMeta(doc)
	region, cover := Locate(doc, p.Truth.Body, MinCover)
	if region == nil {
		s.Err = "article not located: no element holds 90% of its shingles"
		return s
	}
	s.region, s.Cover = region, cover
	head := findHeadline(doc)
	_, spans := tokenSpans(doc)
	s.head = head
	s.unit, s.Headline = widen(region, head, spans)
	if s.Headline == HeadlineCopied {
		s.copyHead = head
	}
	s.Title = pageTitle(doc)
	if head != nil {
		s.Title = strings.Join(strings.Fields(textOf(head)), " ")
	}
	if len(metrics.Tokens(s.Title)) < minHeadlineTokens {
		s.Title = ""
	}
	return s
}

// hostOf is the URL's host without "www.", lowercased; "" if unparsable.
func hostOf(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
}

// guest returns fresh copies of what is moved into another page: the
// copied headline, if any, then the region or its widened ancestor.
func (s *Source) guest() []*html.Node {
	if s.copyHead != nil {
		return []*html.Node{clone(s.copyHead), clone(s.unit)}
	}
	return []*html.Node{clone(s.unit)}
}

// host returns a fresh copy of the page's tree and, in it, the copy of
// the region, for a composition to change.
func (s *Source) host() (doc, region *html.Node) {
	doc = clone(s.doc)
	return doc, resolve(doc, path(s.region))
}
