package extract

import (
	"net/url"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"
)

// titleKey is a title as two titles are compared for being the same
// headline: NFKC, lowercase, every quotation mark ' or ", every dash '-',
// white space collapsed and the punctuation around the whole trimmed.
// The rule is the benchmark's title measure (bench/metrics NormTitle):
// two titles a reader would call the same.
func titleKey(s string) string {
	s = strings.ToLower(norm.NFKC.String(undoMojibake(s)))
	s = strings.Map(func(r rune) rune {
		switch r {
		case '“', '”', '„', '‟', '«', '»':
			return '"'
		case '‘', '’', '‚', '‛', '‹', '›', '`', '´', 'ʼ':
			return '\''
		case '‐', '‑', '‒', '–', '—', '―', '−':
			return '-'
		}
		return r
	}, s)
	return strings.TrimFunc(collapse(s), isTitleEdge)
}

// isTitleEdge reports whether r is trimmed off the ends of a title as
// titleKey compares it: white space and punctuation.
func isTitleEdge(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) }

// isCutEdge reports whether r is trimmed off the side of a title where
// a part was cut away: what isTitleEdge trims and symbols (the "|" of
// "site | Title").
func isCutEdge(r rune) bool { return isTitleEdge(r) || unicode.IsSymbol(r) }

// sameTitle reports whether a and b are the same headline (titleKey).
func sameTitle(a, b string) bool {
	ka := titleKey(a)
	return ka != "" && ka == titleKey(b)
}

// siteHeading reports whether a heading is the site's name rather than a
// headline: the site name the page gives, its host ("davidbau.com"), or
// the part of <title> left when og:title is taken out of it ("RogerBW's
// Blog" of "RogerBW's Blog: Advent of Code 2025 week 2" beside og:title
// "Advent of Code 2025 week 2"). Blogs put their name in the page's one
// <h1> and the post's title in an <h2> or <h3>; the name is then no
// headline. Seen on WCXB tune blog pages; with the siteH1 rule of
// findTitle it is worth 0.005 on tune article titles (0.869 to 0.874).
func (p *page) siteHeading(text string) bool {
	k := titleKey(text)
	if k == "" {
		return false
	}
	if k == titleKey(p.meta.siteName) || k == p.hostKey() {
		return true
	}
	t, m := titleKey(p.meta.title), titleKey(p.meta.metaTitle)
	if m == "" || t == m || !strings.Contains(t, m) {
		return false
	}
	rest := strings.TrimFunc(strings.Replace(t, m, "", 1), isTitleEdge)
	return rest == k
}

// hostKey is the page's host without "www.", as titleKey writes it.
func (p *page) hostKey() string {
	u, err := url.Parse(p.url)
	if err != nil || u.Host == "" {
		return ""
	}
	return titleKey(strings.TrimPrefix(strings.ToLower(u.Hostname()), "www."))
}

// onlyH1 returns the block of the page's one <h1> before the end of the
// article's body, when the page has exactly one that is not the site's
// name (siteHeading), marked as boilerplate or not; -1 otherwise. The
// HTML standard makes <h1> the top rank of heading, and a page that has
// one names itself with it: a hero banner above the article ("inner-
// banner"), a header the boilerplate marks hold, a heading after a
// breadcrumb that opens the body. findTitle takes it when the headings
// around the body give none. On WCXB tune article pages (at 7cf53e8)
// the page's one <h1> was the label on 10 of the 13 wrong pages where
// pare gave the page's title for want of a heading; without onlyH1 the
// tune article titles fall from 0.874 to 0.862, the trafilatura set's
// from 0.856 to 0.851.
func (p *page) onlyH1(end int32) int32 {
	found := int32(-1)
	var owner *html.Node
	for i := int32(0); i < end && int(i) < len(p.blocks); i++ {
		b := &p.blocks[i]
		if !isElem(b.owner, atom.H1) || b.owner == owner || b.weight < minTitleWeight {
			continue
		}
		owner = b.owner
		if p.siteHeading(b.text) || endsInColon(b.text) {
			continue // the site's name, or an announcement (see findTitle)
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// saysArticle reports whether the page calls itself an article: an
// OpenGraph og:type of "article" or an article-like JSON-LD object
// (isArticleType). A service or product page's one <h1> is a slogan
// ("Bring your strategy to life") where its <title> names it, so onlyH1
// is trusted only on pages that say they are articles: untested, onlyH1
// took 10 WCXB tune service pages' titles from right to wrong.
func (p *page) saysArticle() bool {
	return p.meta.kind == "article" || len(p.meta.ld) > 0
}

// withoutHost takes the page's host name off the start or end of a
// title it is run into without a separator cleanTitle reads
// ("davidbau.com Vibe Coding"). Only the host: a site's name is also
// the first word of its products' names ("Apple Watch", "REI Co-op Trail
// 25 Pack" on WCXB tune product pages), a domain name is no headline's.
// One WCXB tune article page (+0.002 on tune article titles).
func (p *page) withoutHost(title string) string {
	if site := p.hostKey(); site != "" && len(site) < len(title) {
		rest := ""
		switch {
		case strings.EqualFold(title[:len(site)], site) && unicode.IsSpace(rune(title[len(site)])):
			rest = strings.TrimLeftFunc(title[len(site):], isCutEdge)
		case strings.EqualFold(title[len(title)-len(site):], site) && unicode.IsSpace(rune(title[len(title)-len(site)-1])):
			rest = strings.TrimRightFunc(title[:len(title)-len(site)], isCutEdge)
		}
		if strings.ContainsFunc(rest, unicode.IsLetter) {
			return rest
		}
	}
	return title
}

// titlePartHeading returns the heading among heads that is one part of
// the page's <title> or og:title split at a separator (titleSeps), or
// -1: "Coffee" of "Coffee - University of Wisconsin-Stevens Point",
// whose first part is too short for cleanTitle to take the rest for the
// site's name. A part the page also shows as a heading is its headline,
// however short. It comes after the nearest <h1>, which a title part
// naming the site would otherwise beat. When no heading around the body
// is one, an <h1> anywhere before the body's end that is a part before
// the title's last is (WCXB tune, all pages: 0.730 to 0.738; trafilatura
// tune 0.883 to 0.886; check: all WCXB 0.737 to 0.747, trafilatura
// 0.869 to 0.871). Without it WCXB tune article
// titles fall from 0.874 to 0.872, all WCXB tune pages from 0.727 to
// 0.720, the trafilatura set's tune pages from 0.856 to 0.853.
func (p *page) titlePartHeading(heads []int32, end int32) int32 {
	var parts, heads1 []string // every part; the parts before the last
	for _, t := range [...]string{p.meta.metaTitle, p.meta.title} {
		for _, sep := range titleSeps {
			if s := strings.Split(t, sep); len(s) > 1 {
				parts = append(parts, s...)
				heads1 = append(heads1, s[:len(s)-1]...)
			}
		}
	}
	if len(parts) == 0 {
		return -1
	}
	isPart := func(b *block, parts []string) bool {
		for _, part := range parts {
			if sameTitle(b.text, part) {
				return !p.siteHeading(b.text)
			}
		}
		return false
	}
	for _, i := range heads {
		b := &p.blocks[i]
		if isHeading(b.owner) && (b.mark == nil || isElem(b.owner, atom.H1)) && isPart(b, parts) {
			return i
		}
	}
	// Then an <h1> anywhere before the body's end that is a part before
	// the title's last, which is where titles put the site's name
	// ("ORM Quick Start — SQLAlchemy 2.0 Documentation").
	for i := int32(0); i < end && int(i) < len(p.blocks); i++ {
		if b := &p.blocks[i]; isElem(b.owner, atom.H1) && isPart(b, heads1) {
			return i
		}
	}
	return -1
}

// ldHeadline reports whether text is the headline of one of the page's
// JSON-LD articles: the publisher's own word for which heading is the
// story's, taken by findTitle's first pass beside the page's title
// (WCXB tune article titles 0.874 to 0.877, trafilatura tune 0.856 to
// 0.861; check unchanged).
func (p *page) ldHeadline(text string) bool {
	for _, l := range p.meta.ld {
		if sameTitle(text, l.headline) {
			return true
		}
	}
	return false
}

// titleRuns lists the names the page gives itself: want (its cleaned
// title), og:title and <title>, and every run of their parts at a
// separator ("Patchnotes 4.47.4 - Tagundnachtgleiche Bugfix Build" of
// "Patch Notes - Patchnotes 4.47.4 - Tagundnachtgleiche Bugfix Build").
func (p *page) titleRuns(want string) []string {
	out := []string{want}
	for _, t := range [...]string{p.meta.metaTitle, p.meta.title} {
		if t == "" {
			continue
		}
		out = append(out, t)
		for _, sep := range titleSeps {
			parts := strings.Split(t, sep)
			for i := range parts {
				for j := i + 1; j <= len(parts); j++ {
					if i > 0 || j < len(parts) {
						out = append(out, strings.Join(parts[i:j], sep))
					}
				}
			}
		}
	}
	return out
}
