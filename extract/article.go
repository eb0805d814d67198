package extract

import (
	"strings"
	"unicode"

	"github.com/pare-dev/pare/rules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// article is one article on its way out: where its body is, and the
// metadata found for it so far.
type article struct {
	roots    []*html.Node // body elements, in document order
	zone     span         // blocks before the body that may hold its header
	appended bool
	split    *Split // why an appended article was cut from the text before it
	rule     *rules.Rule
	lenient  bool // the main content of a page that is no article (see content.go)

	// Found by a rule's selectors (empty otherwise), then filled by finish.
	title     string
	byline    string
	published Date
	modified  Date
	summary   []string
	url       string

	// found holds the lines of bylines and dates read in the article's
	// header and body, in reading order (noteMetaLine). Only the metadata
	// stage (settleMetadata) turns them into the fields above.
	found []metaLine
}

// bodyBlocks lists the indexes of the blocks under roots.
func (p *page) bodyBlocks(roots []*html.Node) []int32 {
	var out []int32
	for _, r := range roots {
		s := p.spans[r]
		for i := s.lo; i < s.hi; i++ {
			out = append(out, i)
		}
	}
	return out
}

// findTitle looks for the article's headline among the headings before
// its body and those that open it (before its first paragraph). For the
// page's own article, in order: the heading that is the page's title
// word for word (sameTitle), else one that holds it or is held by it
// (similarTitle), else the nearest <h1> unless it is the site's name
// (siteHeading), else the heading that is one part of the <title>
// (titlePartHeading), else, on a page that says it is an article, the
// page's one <h1> (onlyH1), else the page's title itself. For an
// appended article, the heading its header starts with.
//
// The order follows what the WCXB labels do (tune article pages at
// 7cf53e8, the candidates of each page matched against its label by the
// benchmark's title measure): where the heading pare chose and the
// page's title differ, the heading was the label on 40 pages and the
// title on 22; any <h1> of the page was right on 318 of 390, og:title on
// 193, the <title> part before its separator on 201.
func (p *page) findTitle(a *article, body []int32) string {
	var heads []int32 // nearest first: the body's opening, then the zone backwards
	for _, i := range body {
		b := &p.blocks[i]
		if proseBlock(b) && b.mark == nil {
			break
		}
		heads = append(heads, i)
	}
	for i := a.zone.hi - 1; i >= a.zone.lo; i-- {
		heads = append(heads, i)
	}
	want := ""
	if !a.appended {
		want = p.pageTitle()
	}
	pick, h1 := int32(-1), int32(-1)
	if want != "" {
		// A heading that is the page's title (or a JSON-LD headline,
		// ldHeadline) word for word beats one
		// that only holds it or is held by it ("Today: Top 10 …" above
		// the <h1> "Top 10 …"), and counts even when a boilerplate mark
		// holds it if it is an <h1>. Without this pass WCXB tune article
		// titles fall from 0.874 to 0.867, all WCXB tune pages from 0.727
		// to 0.716, the trafilatura set's tune pages from 0.856 to 0.853.
		for _, i := range heads {
			b := &p.blocks[i]
			if isHeading(b.owner) && b.weight >= minTitleWeight && (b.mark == nil || isElem(b.owner, atom.H1)) && (sameTitle(b.text, want) || p.ldHeadline(b.text)) {
				pick = i
				break
			}
		}
	}
	// siteH1: the nearest <h1> is the site's name, so the page's other
	// <h1>s are sections of the post, not its headline (a blog's name in
	// <h1>, its posts' titles in <h2> or <h3>). Without it WCXB tune
	// article titles fall from 0.874 to 0.869.
	siteH1 := false
	for _, i := range heads {
		if pick >= 0 {
			break
		}
		b := &p.blocks[i]
		if !isHeading(b.owner) || b.mark != nil || b.weight < minTitleWeight {
			continue
		}
		if want != "" && similarTitle(b.text, want) || want == "" && i < a.zone.hi && p.headerAt(i, a.zone.hi) {
			pick = i
			break
		}
		if h1 < 0 && !siteH1 && isElem(b.owner, atom.H1) {
			if siteH1 = !a.appended && p.siteHeading(b.text); !siteH1 {
				h1 = i
			}
		}
	}
	if pick < 0 && h1 < 0 && want != "" {
		pick = p.titlePartHeading(heads, body[len(body)-1])
	}
	if pick < 0 && h1 < 0 && !siteH1 && !a.appended && !a.lenient && len(body) > 0 && p.saysArticle() {
		h1 = p.onlyH1(body[len(body)-1])
	}
	if pick < 0 && (want == "" || h1 >= 0) {
		pick = h1
	}
	if pick < 0 && want == "" {
		// An appended story that opens with its picture: the nearest h1–h3
		// above its prose, in the body's opening or its header zone, is
		// its headline.
		for _, i := range heads {
			b := &p.blocks[i]
			if r := headingRank(b.owner); r >= 1 && r <= maxPictureTitleRank && b.mark == nil && b.weight >= minTitleWeight {
				pick = i
				break
			}
		}
	}
	if pick < 0 {
		if want != "" {
			return want
		}
		return p.ldFor(a).headline
	}
	if pick < a.zone.hi && pick >= a.zone.lo {
		// The header is what follows the headline — its first copy when
		// the page repeats it (page heading, then article header).
		first := pick
		for i := pick - 1; i >= a.zone.lo; i-- {
			if isHeading(p.blocks[i].owner) && sameText(p.blocks[i].text, p.blocks[pick].text) {
				first = i
			}
		}
		a.zone.lo = first + 1
	}
	if want != "" {
		return p.withoutKicker(&p.blocks[pick], want)
	}
	return p.blocks[pick].text
}

// The headline tests (findTitle, similarTitle).
const (
	// minTitleWeight is the least text weight of a heading taken for a
	// headline: two short words, so a lone "News" is not one. With the
	// first pipeline (e45e5c9, on the seed pages; no figure recorded).
	minTitleWeight = 8

	// maxPictureTitleRank: an appended story that opens with its picture
	// takes the nearest heading of rank h1 to this (h3) above its prose
	// as its title (80d4f82, from one site: correctiv's twelve appended
	// stories had none).
	maxPictureTitleRank = 3

	// minContainedTitle is the least length, in bytes, of a heading or
	// title that counts as naming the story when the other holds it
	// ("Blinken in Seoul" in "Blinken in Seoul | Arab News"): shorter,
	// and a word like "Politics" would match any title holding it. With
	// the first pipeline (e45e5c9, on the seed pages' titles).
	minContainedTitle = 15
)

// similarTitle reports whether a heading and the page's title name the
// same story: equal, or one holds the other.
func similarTitle(heading, title string) bool {
	h, t := strings.ToLower(collapse(undoMojibake(heading))), strings.ToLower(collapse(undoMojibake(title)))
	if h == "" || t == "" {
		return false
	}
	return h == t || len(h) >= minContainedTitle && strings.Contains(t, h) || len(t) >= minContainedTitle && strings.Contains(h, t)
}

// readHeader reads the lines between the headline and the body: byline,
// date lines, highlight bullets.
func (p *page) readHeader(a *article) {
	var bullets []string
	for i := a.zone.lo; i < a.zone.hi; i++ {
		b := &p.blocks[i]
		if i+1 < a.zone.hi && isBylineLead(b.text) {
			// "By" in one element, the name in the next.
			if name := bareByline(p.blocks[i+1].text); name != "" {
				a.found = append(a.found, metaLine{byline: name})
			}
		}
		p.noteMetaLine(a, b.text)
		if isElem(b.owner, atom.Li) && b.weight >= minBulletWeight && b.link*proseLinkDen < b.weight {
			bullets = append(bullets, b.text)
		}
	}
	if len(a.summary) == 0 && len(bullets) >= minBullets && len(bullets) <= maxBullets {
		a.summary = bullets
	}
}

// The highlight bullets of an article's header (readHeader): from
// minBullets to maxBullets list items of minBulletWeight or more (a short
// sentence), mostly not links, make the article's summary. With the
// first pipeline (e45e5c9, for arabnews.com's summary bullets on the
// seed pages; no figure recorded).
const (
	minBulletWeight = 30
	minBullets      = 2
	maxBullets      = 6
)

// noteMetaLine records a line of bylines and dates (see parseMetaLine)
// for the metadata stage, and reports whether the line was one and
// which removal reason it takes.
func (p *page) noteMetaLine(a *article, text string) (rules.Reason, bool) {
	m, ok := parseMetaLine(text)
	if !ok {
		return "", false
	}
	a.found = append(a.found, m)
	if m.byline != "" {
		return rules.Byline, true
	}
	return rules.Dateline, true
}

// shownByline is the byline the page shows for a: a rule's, else the
// first byline line read so far. Trimming reads it to recognise a
// sign-off that repeats it; the metadata stage settles the field.
func (a *article) shownByline() string {
	if a.byline != "" {
		return a.byline
	}
	for _, m := range a.found {
		if m.byline != "" {
			return m.byline
		}
	}
	return ""
}

// settleMetadata is the one place an article's byline, dates, URL and
// authors are decided. In order of trust: what a rule's selectors found;
// the lines of bylines and dates the page shows, the first of each kind
// winning; JSON-LD matched by headline; for the page's own article, the
// page's <meta>. A date the page shows wins over metadata, but takes
// metadata's time zone when both name the same time. Authors are settled
// by settleAuthors, the other fields by settleFields.
func (p *page) settleMetadata(a *article) Article {
	ruleByline := a.byline != ""
	for _, m := range a.found {
		if a.modified.IsZero() {
			a.modified = m.modified
		}
		if a.published.IsZero() {
			a.published = m.published
		}
		if a.byline == "" {
			a.byline = m.byline
		}
	}
	l := p.ldFor(a)
	p.fillFromMetadata(a, l)
	art := Article{
		URL:        a.url,
		Title:      titleWithoutFurniture(undoMojibake(a.title), p.meta.siteName),
		Published:  a.published,
		Modified:   a.modified,
		SiteName:   p.meta.siteName,
		Language:   firstOf(p.meta.lang, l.lang),
		Summary:    a.summary,
		Appended:   a.appended,
		Split:      a.split,
		NotArticle: a.lenient,
	}
	if art.Language != "" {
		art.LanguageSource = "markup"
	}
	p.settleAuthors(a, &art, l, ruleByline)
	p.settleFields(a, &art, l)
	return art
}

// ldFor returns the JSON-LD article that describes a: the one whose
// headline matches its title, or, for the primary article, the page's
// only one.
func (p *page) ldFor(a *article) ldArticle {
	for _, l := range p.meta.ld {
		if similarTitle(l.headline, a.title) {
			return l
		}
	}
	if !a.appended && len(p.meta.ld) == 1 {
		return p.meta.ld[0]
	}
	return ldArticle{}
}

// fillFromMetadata completes dates and the URL from JSON-LD l and, for
// the primary article, the page's <meta> (see settleMetadata). A numeric
// date whose day and month could be either way round is read in the
// page's language; a relative one against Options.ReferenceTime.
func (p *page) fillFromMetadata(a *article, l ldArticle) {
	c := dateContext{order: orderFor(firstOf(p.meta.lang, l.lang)), usage: p.dateUsage(), ref: p.opts.ReferenceTime}
	a.published, a.modified = c.reread(a.published), c.reread(a.modified)
	pub, mod := l.published, l.modified
	if !a.appended {
		if pub == "" {
			pub = p.meta.published
		}
		if mod == "" {
			mod = p.meta.modified
		}
	}
	a.published = mergeDate(a.published, c.parse(pub))
	a.modified = mergeDate(a.modified, c.parse(mod))
	if a.published.Precision < PrecisionDay && !a.appended {
		if d := p.guessDate(a, c); !d.Time.IsZero() {
			a.published = d
		}
	}
	if a.url == "" {
		a.url = l.url
	}
	if a.url == "" && !a.appended {
		a.url = p.url
	}
	a.url = p.absURL(a.url)
}

// mergeDate settles a date the page shows against the metadata's. The
// shown one wins; the metadata's fills in when the page shows none, or
// one pare cannot read (then the metadata's text comes with it, so the
// text and the time given are one date's), and lends its time and zone
// when both name the same moment.
func mergeDate(shown, meta Date) Date {
	switch {
	case shown.IsZero():
		return meta
	case meta.Time.IsZero():
		return shown
	case shown.Time.IsZero(), shown.Precision == PrecisionMonth && meta.Precision > PrecisionMonth:
		// An unread date, or a month ("July 2025", often an archive's
		// link): the metadata's day says more.
		return meta
	case sameMoment(shown.Time, meta.Time):
		if meta.Precision < shown.Precision {
			return shown
		}
		meta.Text = shown.Text
		return meta
	}
	return shown
}

// titleWithoutFurniture takes off what a site puts around a headline:
// the permalink sign documentation generators add to every heading
// ("Logging HOWTO¶", "Install #"), and the site's name run into the
// title with a bare bar ("NEWS WEB EASY|…", "Title｜Site"), which
// cleanTitle, reading spaced separators, leaves.
func titleWithoutFurniture(title, site string) string {
	t := strings.TrimRightFunc(title, func(r rune) bool {
		return r == '¶' || r == '§' || r == '#' || r == '🔗' || r == '⚓' || unicode.IsSpace(r)
	})
	if t == "" {
		return title
	}
	for _, sep := range []string{"|", "｜"} {
		head, tail, ok := strings.Cut(t, sep)
		if !ok || strings.Contains(tail, sep) {
			continue
		}
		head, tail = strings.TrimSpace(head), strings.TrimSpace(tail)
		switch {
		case head == "" || tail == "":
		case site != "" && strings.EqualFold(head, site) || isBrand(head) && len(tail) > len(head):
			t = tail
		case site != "" && strings.EqualFold(tail, site) || isBrand(tail) && len(head) > len(tail):
			t = head
		}
	}
	return t
}

// isBrand reports whether s reads as a site's name set in capitals: a few
// words of capital Latin letters ("NEWS WEB EASY", "BBC"), which no
// headline is.
func isBrand(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > maxSiteNameWords {
		return false
	}
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r == ' ' || r == '.' || r == '&') {
			return false
		}
	}
	return true
}
