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
	// UnmarkedStyle appends a story in unmarked markup (see unmarked.go)
	// whose headline is a <div> made large by inline CSS; UnmarkedARIA
	// the same with a <div role="heading" aria-level="1">. Each comes in
	// four variants: the appended story alone unmarked ("story-ab",
	// "story-ba") or the whole page ("page-ab", "page-ba"), on A's page
	// and on B's.
	UnmarkedStyle Kind = "unmarked-style"
	UnmarkedARIA  Kind = "unmarked-aria"
	// Placeholder appends an infinite-scroll slot that names the next
	// story's URL but holds only its headline, date and a two-sentence
	// dek: the truth is the page's own article alone. Variants "ab" (A's
	// page, B's slot) and "ba".
	Placeholder Kind = "placeholder"
	// Three appends to A's body, each in an infinite-scroll item, B's
	// article and C's, a page of another site: truth A, B, C. Variants
	// "abc" and "acb" (the other site's story between two of the host's).
	Three Kind = "three"
)

// Kinds returns every kind, in report order.
func Kinds() []Kind {
	return []Kind{Inside, After, Reverse, Teasers, UnmarkedStyle, UnmarkedARIA, Placeholder, Three}
}

// Page is one composed page.
type Page struct {
	Kind Kind
	// Variant names the way a kind was made, "" for a kind that has one
	// way; the letters give the stories' order on the page.
	Variant string
	// A and B are the IDs of the pair it was made from (A before B in ID
	// order); B is "" for Teasers. C is Three's page of another site.
	// Host is the ID of the page whose frame holds the others.
	A, B, C, Host string
	// Half is the half of the benchmark the page is in: its host page's.
	// Every page it is made from is of that half (Three's other site and
	// the teasers too), so a half composes from itself alone.
	Half datasets.Half
	// URL is the host page's URL, the one an extractor is given.
	URL string
	// HTML is the page, UTF-8, declared so by a <meta charset>.
	HTML []byte
	// Truth holds the labelled bodies of the articles on the page, in
	// page order, and TruthIDs the page each came from.
	Truth, TruthIDs []string
	// Teasers lists text on the page that belongs in no article: the
	// items of a Teasers page's list, a Placeholder page's slot (its
	// headline, and its dek as the Sentence).
	Teasers []Teaser
	// Lacks names what the kind writes out that a source's metadata did
	// not give, so was left out rather than invented: "B:byline",
	// "A:date", the letter being the story's role in the pair.
	Lacks []string
	// Headers holds, parallel to Truth, the header the page writes out
	// for a story in a headline block of its own (the unmarked kinds):
	// the fields an extractor should give that story's article. A zero
	// Header is a story whose header is its source's, as it was.
	Headers []Header
}

// Header is what a headline block shows of a story: its headline, and
// the byline's name and the day ("2006-01-02") when the source's
// metadata gave them, "" when it did not.
type Header struct {
	Title, Author, Day string
}

// Skip records a composition that could not be made, and why.
type Skip struct {
	Kind                  Kind
	Variant, A, B, Reason string
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

// variants lists each kind's variants in report order; a kind with one
// way of making it has the one variant "".
var variants = map[Kind][]string{
	Inside: {""}, After: {""}, Reverse: {""}, Teasers: {""},
	UnmarkedStyle: {"story-ab", "story-ba", "page-ab", "page-ba"},
	UnmarkedARIA:  {"story-ab", "story-ba", "page-ab", "page-ba"},
	Placeholder:   {"ab", "ba"},
	Three:         {"abc", "acb"},
}

// Variants returns a kind's variants in report order: [""] for a kind
// made one way.
func Variants(k Kind) []string { return slices.Clone(variants[k]) }

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
			for _, k := range kinds {
				if k != Teasers {
					set.pair(k, same[i], same[i+1])
				}
			}
		}
	}
	if slices.Contains(kinds, Teasers) {
		for i, s := range set.Sources {
			set.teasers(i, s)
		}
	}
	return set, nil
}

// pair makes every variant of a pair kind from a and b, or records why
// it could not.
func (set *Set) pair(k Kind, a, b *Source) {
	for _, v := range variants[k] {
		var doc *html.Node
		var p Page
		reason := ""
		switch {
		case !a.Usable():
			reason = "A: " + a.Err
		case !b.Usable():
			reason = "B: " + b.Err
		case k == UnmarkedStyle || k == UnmarkedARIA:
			doc, p, reason = unmarked(k == UnmarkedARIA, v, a, b)
		case k == Placeholder:
			doc, p, reason = placeholder(v, a, b)
		case k == Three:
			doc, p, reason = set.three(v, a, b)
		default:
			doc, p = appended(k, a, b)
		}
		if reason != "" {
			set.Skipped = append(set.Skipped, Skip{Kind: k, Variant: v, A: a.ID, B: b.ID, Reason: reason})
			continue
		}
		p.Kind, p.Variant, p.A, p.B = k, v, a.ID, b.ID
		set.add(doc, p)
	}
}

// on starts the Page whose frame is host's page, with the truth of the
// sources in page order.
func on(host *Source, stories ...*Source) Page {
	p := Page{Host: host.ID, URL: host.URL, Half: host.Half}
	for _, s := range stories {
		p.Truth = append(p.Truth, s.Body)
		p.TruthIDs = append(p.TruthIDs, s.ID)
	}
	return p
}

// appended makes Inside, After and Reverse.
func appended(k Kind, a, b *Source) (*html.Node, Page) {
	host, guest := a, b
	if k == Reverse {
		host, guest = b, a
	}
	doc, region := host.host()
	if k == Inside {
		insertAfter(region, guest.guest()...)
	} else {
		find(doc, atom.Body).AppendChild(scrollItem(guest.URL, guest.guest()...))
	}
	return doc, on(host, host, guest)
}

// teasers makes the Teasers page of the i-th source.
func (set *Set) teasers(i int, a *Source) {
	if !a.Usable() {
		set.Skipped = append(set.Skipped, Skip{Kind: Teasers, A: a.ID, Reason: "A: " + a.Err})
		return
	}
	items := pickTeasers(set.Sources, i)
	if len(items) < 4 {
		set.Skipped = append(set.Skipped, Skip{Kind: Teasers, A: a.ID, Reason: "too few teasers"})
		return
	}
	doc, region := a.host()
	insertAfter(region, teaserSection(items))
	p := on(a, a)
	p.Kind, p.A, p.Teasers = Teasers, a.ID, items
	set.add(doc, p)
}

// add renders a composed tree into a page, or records why it could not.
func (set *Set) add(doc *html.Node, p Page) {
	declareUTF8(doc)
	b, err := render(doc)
	if err != nil {
		set.Skipped = append(set.Skipped, Skip{Kind: p.Kind, Variant: p.Variant, A: p.A, B: p.B, Reason: "render: " + err.Error()})
		return
	}
	p.HTML = b
	set.Pages = append(set.Pages, p)
}
