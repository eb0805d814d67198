package compose

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pare-dev/pare/bench/datasets"
)

// Kind names a way of composing a page.
type Kind string

// The kinds, in the order reports print them.
const (
	// Inside puts B's article right after A's region, in A's main column.
	Inside Kind = "inside"
	// After appends B's article at the end of A's body, in an
	// infinite-scroll container naming B's URL.
	After Kind = "after"
	// Reverse is After with the roles swapped: B's page hosts A's article.
	Reverse Kind = "reverse"
	// Teasers puts a "More stories" list of other pages' headlines and
	// first sentences after A's region; the truth is A alone.
	Teasers Kind = "teasers"
)

// Kinds returns every kind, in report order.
func Kinds() []Kind { return []Kind{Inside, After, Reverse, Teasers} }

// Page is one composed page.
type Page struct {
	Kind Kind
	// A and B are the IDs of the pair it was made from (A before B in ID
	// order); B is "" for Teasers. Host is the ID of the page whose
	// frame holds the others: A, except for Reverse.
	A, B, Host string
	// URL is the host page's URL, the one an extractor is given.
	URL string
	// HTML is the page, UTF-8, declared so by a <meta charset>.
	HTML []byte
	// Truth holds the labelled bodies of the articles on the page, in
	// page order, and TruthIDs the page each came from.
	Truth, TruthIDs []string
	// Teasers lists the items of a Teasers page's list, none of which
	// belongs in any article.
	Teasers []Teaser
}

// Skip records a composition that could not be made, and why.
type Skip struct {
	Kind         Kind
	A, B, Reason string
}

// Set is what Build makes.
type Set struct {
	// Sources holds every input page, located or not, in ID order.
	Sources []*Source
	// Pairs counts the same-host pairs considered.
	Pairs   int
	Pages   []Page
	Skipped []Skip
}

// Build composes pages of the given kinds from ScrapingHub pages (or any
// pages labelled with a whole body). The output depends only on the
// input: pages are taken in ID order, hosts in name order, and nothing is
// random.
//
// Pairs are consecutive pages, in ID order, of one host (a host with
// three pages gives two pairs): pages of one site share a layout, which
// is what an infinite-scroll page holds. Every page whose article is
// located gets a Teasers page.
func Build(pages []datasets.Page, kinds []Kind) (*Set, error) {
	for _, k := range kinds {
		if !slices.Contains(Kinds(), k) {
			return nil, fmt.Errorf("compose: unknown kind %q (want some of %v)", k, Kinds())
		}
	}
	set := &Set{}
	for _, p := range pages {
		set.Sources = append(set.Sources, prepare(p))
	}
	slices.SortFunc(set.Sources, func(a, b *Source) int { return strings.Compare(a.ID, b.ID) })
	byHost := map[string][]*Source{}
	var hosts []string
	for _, s := range set.Sources {
		if s.Host == "" {
			continue
		}
		if byHost[s.Host] == nil {
			hosts = append(hosts, s.Host)
		}
		byHost[s.Host] = append(byHost[s.Host], s)
	}
	slices.Sort(hosts)
	for _, h := range hosts {
		same := byHost[h]
		for i := 0; i+1 < len(same); i++ {
			set.Pairs++
			set.pair(same[i], same[i+1], kinds)
		}
	}
	if slices.Contains(kinds, Teasers) {
		for i, s := range set.Sources {
			set.teasers(i, s)
		}
	}
	return set, nil
}

// pair makes the pair kinds of a and b.
func (set *Set) pair(a, b *Source, kinds []Kind) {
	for _, k := range kinds {
		if k == Teasers {
			continue
		}
		if !a.Usable() || !b.Usable() {
			reason := "A: " + a.Err
			if a.Usable() {
				reason = "B: " + b.Err
			}
			set.Skipped = append(set.Skipped, Skip{Kind: k, A: a.ID, B: b.ID, Reason: reason})
			continue
		}
		host, guest := a, b
		if k == Reverse {
			host, guest = b, a
		}
		doc, region := host.host()
		if k == Inside {
			insertAfter(region, guest.guest()...)
		} else {
			wrap := elem(atom.Div, []html.Attribute{
				{Key: "class", Val: "infinite-scroll-item"}, {Key: "data-url", Val: guest.URL}},
				guest.guest()...)
			find(doc, atom.Body).AppendChild(wrap)
		}
		set.add(doc, Page{Kind: k, A: a.ID, B: b.ID, Host: host.ID, URL: host.URL,
			Truth: []string{host.Body, guest.Body}, TruthIDs: []string{host.ID, guest.ID}})
	}
}

// teasers makes the Teasers page of the i-th source.
func (set *Set) teasers(i int, a *Source) {
	if !a.Usable() {
		set.Skipped = append(set.Skipped, Skip{Kind: Teasers, A: a.ID, Reason: "A: " + a.Err})
		return
	}
	items := pickTeasers(set.Sources, i, 4+i%3)
	if len(items) < 4 {
		set.Skipped = append(set.Skipped, Skip{Kind: Teasers, A: a.ID, Reason: "too few teasers"})
		return
	}
	doc, region := a.host()
	insertAfter(region, teaserSection(items))
	set.add(doc, Page{Kind: Teasers, A: a.ID, Host: a.ID, URL: a.URL,
		Truth: []string{a.Body}, TruthIDs: []string{a.ID}, Teasers: items})
}

// add renders a composed tree into a page, or records why it could not.
func (set *Set) add(doc *html.Node, p Page) {
	declareUTF8(doc)
	b, err := render(doc)
	if err != nil {
		set.Skipped = append(set.Skipped, Skip{Kind: p.Kind, A: p.A, B: p.B, Reason: "render: " + err.Error()})
		return
	}
	p.HTML = b
	set.Pages = append(set.Pages, p)
}
