package compose

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pare-dev/pare/bench/metrics"
)

// A placeholder's dek holds the first dekSentences sentences of the
// story, the lines an infinite-scroll slot shows under a headline before
// the story loads, whole unless together they pass maxDekRunes (a
// "sentence" of a body without full stops can be a whole paragraph),
// where they are cut as a teaser's sentence is.
const (
	dekSentences = 2
	maxDekRunes  = 2 * maxSentenceRunes
)

// scrollItem is the container an infinite-scroll page loads a story
// into, naming the story's URL as such sites do.
func scrollItem(url string, kids ...*html.Node) *html.Node {
	return elem(atom.Div, []html.Attribute{{Key: "class", Val: "infinite-scroll-item"}, {Key: "data-url", Val: url}}, kids...)
}

// order returns the pair in a variant's order: host first, then guest,
// and the letters naming their roles ("A" is first in ID order).
func order(v string, a, b *Source) (host, guest *Source, hostRole, guestRole string) {
	if strings.HasSuffix(v, "ba") {
		return b, a, "B", "A"
	}
	return a, b, "A", "B"
}

// headText is the text of a source's headline element, "" for none.
func (s *Source) headText() string {
	if s.head == nil {
		return ""
	}
	return strings.Join(strings.Fields(textOf(s.head)), " ")
}

// header is what headlineBlock shows of the source.
func (s *Source) header() Header {
	return Header{Title: s.headText(), Author: s.Author, Day: isoDay(s.Date)}
}

// unmarked makes a variant of UnmarkedStyle (aria false) or UnmarkedARIA:
// "story-…" unmarks only the appended story, so the page marks its own
// story and not the other; "page-…" unmarks the whole page, so nothing
// is marked at all. Both stories need a headline element, the text the
// unmarked headline is written with.
func unmarked(aria bool, v string, a, b *Source) (*html.Node, Page, string) {
	host, guest, hr, gr := order(v, a, b)
	if guest.head == nil {
		return nil, Page{}, gr + ": no headline element"
	}
	doc, _ := host.host()
	p := on(host, host, guest)
	p.Headers = []Header{{}, guest.header()}
	if strings.HasPrefix(v, "page-") {
		if host.head == nil {
			return nil, Page{}, hr + ": no headline element"
		}
		for _, l := range unmarkPage(doc, resolve(doc, path(host.head)), host, aria) {
			p.Lacks = append(p.Lacks, hr+":"+l)
		}
		p.Headers[0] = host.header()
	}
	story, lacks := guest.unmarkedStory(aria)
	for _, l := range lacks {
		p.Lacks = append(p.Lacks, gr+":"+l)
	}
	find(doc, atom.Body).AppendChild(story)
	return doc, p, ""
}

// placeholder makes a Placeholder variant: the host page with, at the
// end of its body, the guest's infinite-scroll item before the story has
// loaded: its headline (linked), its date when its metadata gives one,
// and the first two sentences of its article (see dekSentences). The truth is the host's
// article alone; the slot's text is recorded as a teaser, so finding it
// in an article counts as a leak.
func placeholder(v string, a, b *Source) (*html.Node, Page, string) {
	host, guest, _, gr := order(v, a, b)
	head := guest.headText()
	if head == "" {
		return nil, Page{}, gr + ": no headline element"
	}
	dek := sentences(guest.Body, dekSentences)
	if len(dek) < dekSentences {
		return nil, Page{}, gr + ": fewer than two sentences"
	}
	text := cut(strings.Join(dek, " "), maxDekRunes)
	if own := metrics.ShingleCounts(host.Body); Found(head, own) || Found(text, own) {
		return nil, Page{}, "slot text in the host's article"
	}
	kids := []*html.Node{elem(atom.H2, nil, elem(atom.A, []html.Attribute{{Key: "href", Val: guest.URL}}, textNode(head)))}
	p := on(host, host)
	if guest.Date != "" {
		kids = append(kids, elem(atom.Time, []html.Attribute{{Key: "datetime", Val: isoDay(guest.Date)}}, textNode(guest.Date)))
	} else {
		p.Lacks = append(p.Lacks, gr+":date")
	}
	kids = append(kids, elem(atom.P, nil, textNode(text)))
	doc, _ := host.host()
	find(doc, atom.Body).AppendChild(scrollItem(guest.URL, kids...))
	p.Teasers = []Teaser{{Headline: head, Sentence: text, URL: guest.URL}}
	return doc, p, ""
}

// three makes a Three variant: A's page with B's article and then C's
// appended, each in a scroll item ("abc"), or C's first ("acb"). C is
// the first source after B in ID order, wrapping round, that is usable,
// of another site and of A's half.
func (set *Set) three(v string, a, b *Source) (*html.Node, Page, string) {
	c := set.otherSite(a, b)
	if c == nil {
		return nil, Page{}, "no page of another site"
	}
	second, third := b, c
	if v == "acb" {
		second, third = c, b
	}
	doc, _ := a.host()
	body := find(doc, atom.Body)
	body.AppendChild(scrollItem(second.URL, second.guest()...))
	body.AppendChild(scrollItem(third.URL, third.guest()...))
	p := on(a, a, second, third)
	p.C = c.ID
	return doc, p, ""
}

// otherSite picks Three's page of another site for the pair (a, b).
func (set *Set) otherSite(a, b *Source) *Source {
	j := 0
	for i, s := range set.Sources {
		if s == b {
			j = i
		}
	}
	for k := 1; k < len(set.Sources); k++ {
		s := set.Sources[(j+k)%len(set.Sources)]
		if s.Usable() && s.Site != a.Site && s.Half == a.Half {
			return s
		}
	}
	return nil
}
