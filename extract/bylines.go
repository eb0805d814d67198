package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/rules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Bylines beyond the lines of the article's header (metalines.go): the
// author markup of the page (schema.org microdata's itemprop=author, HTML's
// rel=author, the Twitter card's "Written by" pair), a byline element the
// cleaning dropped by its class, and the choice between what the page
// shows and what its markup says (settleAuthors).

// markedAuthor is an author the page's markup names: an itemprop=author
// or rel=author element and its name.
type markedAuthor struct {
	node *html.Node
	name string
}

// maxMarkedAuthor is the longest name, in bytes, read from an author
// element: longer, and the element holds a biography, not a name. From
// the benchmark sets' author markup.
const maxMarkedAuthor = 80

// readMarkedAuthor records n when its markup names an author: microdata's
// itemprop=author (its itemprop=name inside, else its text or content),
// or a link with rel=author.
func (m *pageMeta) readMarkedAuthor(n *html.Node) {
	var name string
	switch {
	case hasToken(attr(n, "itemprop"), "author") || hasToken(attr(n, "itemprop"), "creator"):
		if !articleItem(n.Parent) {
			// The author of a reply, an answer, a comment or a review
			// (its own microdata item) wrote that, not the page: on a
			// thread each post's author element named one more
			// "author" of the whole.
			return
		}
		name = attr(n, "content")
		walk(n, func(c *html.Node) bool {
			if name == "" && c != n && c.Type == html.ElementNode && hasToken(attr(c, "itemprop"), "name") {
				name = attr(c, "content")
				if name == "" {
					name = textOf(c)
				}
			}
			return name == ""
		})
		if name == "" {
			name = textOf(n)
		}
	case n.DataAtom == atom.A && hasToken(attr(n, "rel"), "author"):
		name = textOf(n)
	default:
		if name = classAuthor(n); name == "" {
			name = labelledAuthor(n)
		}
		if name == "" || inQuoteOrFigure(n) {
			return
		}
		// An author element may name its publisher after the person
		// ("<a>Charlie Wood</a>, <a>Business Insider</a>"): each part
		// is a name of its own, so that the site's name gives way
		// (siteNames) and the person stays.
		people, orgs := bylineParts(cleanByline(name))
		if parts := append(people, orgs...); len(parts) > 1 {
			for _, part := range parts {
				m.classMarked = append(m.classMarked, markedAuthor{node: n, name: part})
			}
			return
		}
		m.classMarked = append(m.classMarked, markedAuthor{node: n, name: name})
		return
	}
	name = cleanAuthorName(name)
	if name != "" {
		m.marked = append(m.marked, markedAuthor{node: n, name: name})
	}
}

// inQuoteOrFigure reports whether n sits in a <blockquote>, <q>,
// <figure> or <figcaption>: an author element there credits the quote or
// the picture ("Christine Hodge, Clearview Washing" under a customer's
// words), not the article.
func inQuoteOrFigure(n *html.Node) bool {
	return under(n.Parent, atom.Blockquote, atom.Q, atom.Figure, atom.Figcaption)
}

// authorClassSkips are the class words of an author's other details
// (lexicon/author-class-skips.txt).
var authorClassSkips = sync.OnceValue(func() map[string]bool { return lexiconList("author-class-skips").set() })

// classAuthor returns the name an element holds when its own class or id
// words name an author or byline ("post-author__name", "authorName",
// "byline") and none names another detail of the author (a job title, a
// biography, a picture): its text, when the element holds no more than
// inline markup around a name of at most maxClassAuthorWords words
// starting with a capital. It is WordPress's and many themes' author
// markup, which carries no itemprop.
func classAuthor(n *html.Node) string {
	if !mayNameAuthor(n) {
		return ""
	}
	byline, skips := bylineClasses(), authorClassSkips()
	named := false
	for _, t := range classTokens(n, nil) {
		if skips[t] {
			return ""
		}
		named = named || byline[t]
	}
	if !named {
		return ""
	}
	if !inlineOnly(n) {
		return ""
	}
	// textOf parts the texts of its elements with a space, which puts
	// one before the comma after a linked name ("<a>Charlie Wood</a>,
	// <a>Business Insider</a>").
	return nameOnly(cleanAuthorName(strings.ReplaceAll(textOf(n), " ,", ",")))
}

// mayNameAuthor is classAuthor's quick test, run on every element of a
// page: whether its class or id holds a byline word at all, as written
// or capitalised ("post-author", "authorName", "PostAuthor"), before
// its words are split out.
func mayNameAuthor(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Namespace != "" || a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, w := range bylineStems() {
			if strings.Contains(a.Val, w) {
				return true
			}
		}
	}
	return false
}

// bylineStems are the words of byline-classes.txt as written and with a
// capital, for mayNameAuthor.
var bylineStems = sync.OnceValue(func() []string {
	var out []string
	for w := range bylineClasses() {
		out = append(out, w, strings.ToUpper(w[:1])+w[1:])
	}
	return out
})

// labelledAuthor returns the name an author box labels: an element of
// inline markup reading "Written by John Crenshaw" as a whole, or reading
// only a byline lead ("Written By:", "Author") before an element that
// holds the name. Author boxes above or below an article say so, outside
// the header lines the byline reader reads; they are as sure as an author
// class, and read only where that is.
func labelledAuthor(n *html.Node) string {
	if !inlineOnly(n) {
		return ""
	}
	first := n.FirstChild
	if first == nil || first.Type != html.TextNode && !inlineNameTag[first.DataAtom] {
		return ""
	}
	lex := metaLex()
	if !lex.leadWords[firstWord(n)] {
		return "" // the quick test, as this runs on every element
	}
	text := collapse(textOf(n))
	if text == "" || len(text) > maxMarkedAuthor {
		return ""
	}
	if name, ok, weak := lex.bylineOf(text); ok && !weak {
		return nameOnly(cleanAuthorName(name))
	}
	label := strings.ToLower(strings.TrimRight(text, " :"))
	if !bylineLeads()[label] || linked(n) {
		// A label that is a link is a menu's item ("Interview" among
		// a site's sections, "Porträt" the next item), no label.
		return ""
	}
	next := nextElement(n)
	if next == nil && n.Parent != nil && n.Parent.FirstChild == n && n.Parent.LastChild == n {
		next = nextElement(n.Parent) // <div><strong>Written By:</strong></div><a>Name</a>
	}
	if next == nil || !inlineOnly(next) && next.DataAtom != atom.A && next.DataAtom != atom.Div {
		return ""
	}
	return nameOnly(cleanAuthorName(textOf(next)))
}

// linked reports whether n is a link, holds one, or sits in one.
func linked(n *html.Node) bool {
	return under(n, atom.A) || findElem(n, atom.A) != nil
}

// nextElement is the element after n among its siblings, or nil.
func nextElement(n *html.Node) *html.Node {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// firstWord is the first run of letters of n's text, lowercased: its
// first text node's, through first children only, past the blank text
// between a block's tags ("<div>\n\t<strong>Contributors:</strong>
// Janet Loughrey</div>", a WCXB tune page's author line: read as the
// blank before the label, its lead went unseen).
func firstWord(n *html.Node) string {
	for n != nil && n.Type != html.TextNode {
		c := n.FirstChild
		for c != nil && c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" && c.NextSibling != nil {
			c = c.NextSibling
		}
		n = c
	}
	if n == nil {
		return ""
	}
	t := strings.TrimLeftFunc(n.Data, func(r rune) bool { return !unicode.IsLetter(r) })
	end := strings.IndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })
	if end >= 0 {
		t = t[:end]
	}
	return strings.ToLower(t)
}

// bylineLeads are the leads of byline-leads.txt, lowercase.
var bylineLeads = sync.OnceValue(func() map[string]bool { return lexiconList("byline-leads").set() })

// inlineOnly reports whether n holds only text and inline markup.
func inlineOnly(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !inlineNameTag[c.DataAtom] {
			return false
		}
	}
	return true
}

// nameOnly returns name when it reads as a person's name: at most
// maxClassAuthorWords words, each starting with a capital; else "".
func nameOnly(name string) string {
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > maxClassAuthorWords {
		return ""
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return ""
		}
	}
	return name
}

// inlineNameTag are the elements a name may be wrapped in, and the line
// break between a name and its date ("Andrew Gerrand<br>4 August 2010",
// the date cut off by cleanByline).
var inlineNameTag = map[atom.Atom]bool{atom.A: true, atom.Span: true, atom.Strong: true, atom.B: true, atom.Em: true, atom.I: true, atom.Br: true}

// maxClassAuthorWords is the most words of a name read from an author
// element by its class: a name of up to four parts, each capitalised.
const maxClassAuthorWords = 4

// cleanAuthorName tidies a name read from markup: entities decoded, a
// "By" lead dropped, and nothing kept that is no name (a URL, a long
// text, a sentence).
func cleanAuthorName(s string) string {
	s = strings.Trim(collapse(decodeEntities(s)), " ,;:|·•-–—")
	if by, ok, _ := metaLex().bylineOf(s); ok {
		s = by
	}
	s = cleanByline(s)
	if s == "" || len(s) > maxMarkedAuthor || looksLikeURL(s) || strings.ContainsAny(s, "@!?") {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(r) {
		return ""
	}
	return s
}

// authorCardLabels are the labels of the Twitter card's label/data
// pairs that name the author (twitter:label1 "Written by", twitter:data1
// the name): lexicon/author-card-labels.txt.
var authorCardLabels = sync.OnceValue(func() map[string]bool { return lexiconList("author-card-labels").set() })

// readCardAuthor reads the Twitter card pair twitter:labelN / twitter:dataN
// whose label names the author. Pages write the label first.
func (m *pageMeta) readCardAuthor(key, content string, labels map[string]string) {
	switch {
	case strings.HasPrefix(key, "twitter:label"):
		labels[strings.TrimPrefix(key, "twitter:label")] = strings.ToLower(strings.TrimSpace(content))
	case strings.HasPrefix(key, "twitter:data"):
		if l := labels[strings.TrimPrefix(key, "twitter:data")]; m.twitterAuthor == "" && authorCardLabels()[l] {
			m.twitterAuthor = cleanAuthorName(content)
		}
	}
}

// noteMarkedLine reads a body block that cleaning dropped by its markup
// as a byline or date line (class "byline", "dateline"), so that what the
// markup called a byline is the byline, not lost: its text as a line of
// metadata, or, for a byline element, as a name ("Jane Doe" with no "By").
// A credit dropped as a caption is the byline too when it sits in a byline
// element and reads as a lead and a name ("Text by Hunter Dukes" in
// <div class="collection-byline"><div class="attribution">).
func (p *page) noteMarkedLine(a *article, b *block, r rules.Reason) {
	if r == rules.Caption && bylineClass(b.owner) {
		if m, ok := parseMetaLine(b.text); ok && m.led {
			a.found = append(a.found, m)
		}
		return
	}
	if r != rules.Byline && r != rules.Dateline {
		return
	}
	if _, ok := p.noteMetaLine(a, b.text); ok || r != rules.Byline || !bylineClass(b.owner) {
		return
	}
	if name := bareByline(b.text); name != "" {
		a.found = append(a.found, metaLine{byline: name})
	}
}

// bylineClasses are the class and id words of an element holding a
// byline (lexicon/byline-classes.txt).
var bylineClasses = sync.OnceValue(func() map[string]bool { return lexiconList("byline-classes").set() })

// bylineClass reports whether n or one of its near ancestors is a byline
// element by its class or id words: "byline", "article-author".
func bylineClass(n *html.Node) bool {
	words := bylineClasses()
	for i := 0; n != nil && i < maxBylineDepth; i, n = i+1, n.Parent {
		for _, t := range classTokens(n, nil) {
			if words[t] {
				return true
			}
		}
	}
	return false
}

// maxBylineDepth is how many elements up from a line bylineClass looks
// for the byline's class: the name's link, its span, the byline's <p>.
const maxBylineDepth = 3

// bareByline returns the name a byline element holds: its text without a
// "By", when it is short and starts with a capital, else "".
func bareByline(text string) string {
	text = strings.TrimSpace(text)
	if name, ok, weak := metaLex().bylineOf(text); ok && !weak {
		return name
	}
	words := strings.Fields(text)
	if len(words) == 0 || len(words) > maxMetaWords || strings.ContainsAny(text, "!?:") {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(text)
	if !unicode.IsUpper(r) {
		return ""
	}
	return strings.TrimRight(text, " .,|")
}

// settleAuthors decides art's Byline, Authors and Organizations. The
// byline the article shows wins when nothing else names its authors, when
// a publisher rule found it, or when the markup agrees with it (shares a
// name's word): "By Matthew Lee, The Associated Press" stays the byline
// though JSON-LD names only Matthew Lee. When the markup names people and
// the shown byline shares none of their words, the shown one was a line
// of noise ("Menu Drops for", "Released") and the markup's people win,
// unless it is a line of a byline's lead and a name of two words or
// more ("Von Matthias Lauerer": ledByline), which a page shows for its
// author. That exception measured at fcba8cc, tune (WCXB articles /
// trafilatura) 0.774/0.659 -> 0.777/0.675, check 0.755/0.592 ->
// 0.761/0.592; a dated line as the exception instead lost seven tune
// pages to noise ("Data as", "Released"), a lead inside a longer line
// or before one word ("By Functionality", a heading) lost two.
func (p *page) settleAuthors(a *article, art *Article, l ldArticle, ruleByline bool) {
	if !ruleByline {
		a.byline = a.shownName()
		a.byline = a.ledOverSite(a.byline, p.siteNames(l))
	}
	marked, markedOrgs := p.markedAuthors(a, l)
	a.byline = cleanByline(a.byline)
	people, orgs := bylineParts(a.byline)
	switch {
	case a.byline != "" && (ruleByline || len(marked) == 0 || sharesName(people, marked) && !superset(marked, people) || len(people) == 0 && len(orgs) > 0 || len(people) > 0 && a.ledByline()):
		if !ruleByline {
			a.byline, people = markedWithin(a.byline, people, marked)
		}
		art.Byline = a.byline
		art.Authors = people
		if len(people) == 0 {
			art.Authors = marked
		}
	case len(marked) > 0:
		art.Authors = marked
		art.Byline = strings.Join(marked, ", ")
		orgs = nil
	}
	if a.byline == "" && len(marked) == 0 {
		orgs = markedOrgs
	}
	art.Organizations = appendNew(orgs, l.orgs...)
	if art.Byline == "" && len(art.Organizations) > 0 {
		art.Byline = strings.Join(art.Organizations, ", ")
	}
	if a.appended || ruleByline {
		return
	}
	if art.Byline == "" && len(art.Authors) == 0 || len(art.Authors) <= 1 && p.isSiteName(l, art.Byline) {
		// Last, where nothing names the author or only the site's name
		// does, the one person an author box's portrait names
		// (portrait.go).
		if name := p.portraitAuthor(); name != "" {
			art.Byline, art.Authors, art.Organizations = name, []string{name}, nil
			return
		}
	}
	if art.Byline == "" && len(art.Authors) == 0 {
		// Else the person a personal site is named for (owner.go).
		if owner := p.siteOwner(a); owner != "" {
			art.Byline, art.Authors = owner, []string{owner}
		}
	}
}

// isSiteName reports whether name is the site's: one of siteNames, or
// the host's name when it is not a person's ("Buzzsprout" on
// buzzsprout.com, in <meta name=author> while an author box names the
// writer: issue 10's WCXB tune page 4665). The host stays out of
// siteNames, which would take a personal site's owner for its
// publisher; a person's name here is such an owner.
func (p *page) isSiteName(l ldArticle, name string) bool {
	if p.siteNames(l).has(name) {
		return true
	}
	k := siteKey(name)
	return k != "" && k == ownerHost(p.url) && !personName(name)
}

// markedWithin trims the shown byline's people to the markup's names
// they start with: a shown person whose words start with a marked
// person's name of two words or more, and run on past it, is that person
// ("Richard Adams Education" from "Richard Adams Education editor";
// "Sarah Schnieder Reiterrevue International", the site's name run in;
// "Jule Radeck Vom", a date's lead: the markup names Richard Adams,
// Sarah Schnieder, Jule Radeck). Words before the name stay: "Dr Marna
// van der Merwe" is how the page and its labels write her. A person the
// markup does not name stays ("Matthew Lee, The Associated Press" keeps
// its agency). From the trafilatura tune pages whose shown byline ran a
// job title, a site's name or a date's lead into the name. Measured at
// 057d9cb, author accuracy (WCXB articles / trafilatura): tune
// 0.821/0.707 -> 0.821/0.719, check 0.764/0.606 -> 0.770/0.606; trimming
// words before the name too lost an honorific ("Dr Marna van der
// Merwe") on tune.
func markedWithin(byline string, people, marked []string) (string, []string) {
	changed := false
	out := make([]string, len(people))
	for i, p := range people {
		out[i] = p
		pw := strings.Fields(strings.ToLower(p))
		for _, m := range marked {
			mw := strings.Fields(strings.ToLower(m))
			if len(mw) < 2 || len(mw) >= len(pw) || !slices.Equal(pw[:len(mw)], mw) {
				continue
			}
			if strings.Contains(byline, p) {
				byline = strings.Replace(byline, p, m, 1)
			} else {
				changed = true
			}
			out[i] = m
			break
		}
	}
	if changed {
		byline = strings.Join(out, ", ")
	}
	return byline, out
}

// markedAuthors are the people the page's markup names as a's authors,
// in order of trust: its JSON-LD entry's; the itemprop=author and
// rel=author elements of its region; then, for the page's own article,
// such elements anywhere when they name one person, the Twitter card's
// author, <meta name=author> and a paper's citation_author tags.
// Organisations among them ("PhillyVoice Staff") come apart, in orgs.
func (p *page) markedAuthors(a *article, l ldArticle) (people, orgs []string) {
	for _, n := range p.markedNames(a, l) {
		if by, ok, _ := metaLex().bylineOf(n); ok {
			n = by // JSON-LD's "Von FOCUS-Online-Experte Robin Tschöpe"
		}
		ps, os := bylineParts(cleanByline(n))
		people, orgs = appendNew(people, ps...), appendNew(orgs, os...)
	}
	return people, orgs
}

// markedNames are the names of markedAuthors, before they are split into
// people and organisations: markedSources's, unless they are only the
// site's own name (siteNames) and the article shows a byline surely
// (surelyShown), which then stands alone.
func (p *page) markedNames(a *article, l ldArticle) []string {
	site := p.siteNames(l)
	names := p.markedSources(a, l, site)
	if len(names) > 0 && len(site.without(names)) == 0 && a.byline != "" && a.surelyShown() {
		// The site's name in the author slot gives way to the byline
		// shown beside its date or after its lead.
		return nil
	}
	if len(names) > 0 && len(site.without(names)) == 0 && a.byline == "" {
		// Or, with no byline shown, to the one person the author
		// elements of the article's region name, in full, when that
		// is not the site's name run on ("Help Net Security
		// Sponsored"). From issue 10 (WCXB tune 0106: JSON-LD's author
		// the site, the shown name read only by its class). Measured
		// from 6cda45a: WCXB articles author tune 0.845 -> 0.848, check
		// 0.780 holds, trafilatura 0.767 / 0.626 hold; without the
		// site-name check a tune page lost for the one gained. A wider
		// give-way (any region author) lost on check before (7cf53e8).
		own, _ := p.byRegion(a, p.region(a), p.meta.classMarked)
		if own = site.without(namesOnly(own)); len(own) == 1 && fullName(own[0]) && !site.within(own[0]) {
			return own
		}
	}
	return names
}

// markedSources are the names of markedNames's sources, in order of
// trust, the first that names anyone winning. An organisation the
// JSON-LD credits keeps the elements whose class names an author out,
// unless it is the site itself (siteNames): a publisher's JSON-LD that
// credits itself says nothing of who wrote.
func (p *page) markedSources(a *article, l ldArticle, site siteNames) []string {
	if names := namesOnly(l.authors); len(names) > 0 {
		return names
	}
	region := p.region(a)
	own, page := p.byRegion(a, region, p.meta.marked)
	own, page = namesOnly(own), namesOnly(page)
	twitter, meta := namesOnly(splitAuthors(p.meta.twitterAuthor)), namesOnly(p.meta.authors)
	switch {
	case len(own) > maxShownBylines:
		return p.agreedAuthors(own, page, twitter, meta)
	case len(own) > 0:
		return own
	case a.appended:
		// The page's sources name the page's own article's author;
		// an appended story has only what its region shows.
	default:
		var sources [][]string
		if len(page) == 1 {
			sources = append(sources, page)
		}
		// A paper's citation_author tags come last: a journal writes
		// them, and nothing else, on PubMed Central's pages (issue 10's
		// WCXB tune pages 4055, 4063).
		citation := namesOnly(p.meta.citationAuthors)
		if names := firstNaming(append(sources, twitter, meta, citation)); len(names) > 0 {
			return names
		}
	}
	// Last, the elements whose class names an author, when the article
	// shows no byline of its own (they are less sure than it) and the
	// JSON-LD credits no organisation but the site: in the region,
	// unless they are many (the authors of a list of other posts), else
	// one name anywhere on the page.
	if a.byline != "" || len(site.without(l.orgs)) > 0 {
		return nil
	}
	own, page = p.byRegion(a, region, p.meta.classMarked)
	own, page = namesOnly(own), namesOnly(page)
	if people := site.without(own); len(people) > 0 {
		own = people // "Corti" beside "Joakim Edin"
	}
	switch {
	case len(own) > 0 && len(own) <= maxClassAuthors:
		return own
	case len(own) == 0 && len(page) == 1 && !a.appended:
		return page
	}
	return nil
}

// firstNaming is the first of the page-wide sources that names a
// person, else the first that names anyone: an organisation in one
// ("Aidoc Staff" as the Twitter card's creator) gives way to the person
// a later one names (<meta name=author> "Jay Berstein"). From issue 10's
// WCXB tune page 4076 (the site's team as author while a person's name
// is given). With firstWord's blank text, measured from 5ffaa40: WCXB
// articles author tune 0.838 -> 0.845, check 0.780 holds; trafilatura
// 0.767 / 0.626 hold.
func firstNaming(sources [][]string) []string {
	var first []string
	for _, src := range sources {
		if len(src) == 0 {
			continue
		}
		if first == nil {
			first = src
		}
		for _, n := range src {
			if people, _ := bylineParts(cleanByline(n)); len(people) > 0 {
				return src
			}
		}
	}
	return first
}

// agreedAuthors are those of own, the many people the author elements
// of an article's region name (the rel=author links of a list of other
// posts beside it), that another source names too: <meta name=author>,
// the Twitter card, the author elements outside the region, the
// elements whose class names an author; the first source that names
// one to maxShownBylines of them wins, else all of own stay. Measured at
// 79cdde8 on the tune pages (three pages whose region linked five to
// seven authors).
func (p *page) agreedAuthors(own, page, twitter, meta []string) []string {
	var classNamed []string
	for _, m := range p.meta.classMarked {
		classNamed = append(classNamed, m.name)
	}
	for _, src := range [][]string{meta, twitter, page, namesOnly(classNamed)} {
		var agreed []string
		for _, n := range own {
			if slices.Contains(src, n) {
				agreed = append(agreed, n)
			}
		}
		if len(agreed) > 0 && len(agreed) <= maxShownBylines {
			return agreed
		}
	}
	return own
}

// byRegion splits the names of marked into those inside region and the
// rest of the page's, each without repeats. The rest leaves out the names
// in an appended article's blocks (inAppended): they are that
// story's authors, not the page's, and the page's own article would take
// the byline of the story below it where it names no one of its own.
// From splitbench's field measure (each story's fields against its page
// alone): the own story's byline on composed "three" pages tune / check
// 0.893 / 0.704 → 1.000 / 0.778, unmarked 0.981 / 0.963 → 1.000 / 1.000,
// reverse 0.964 / 0.963 → 1.000 / 1.000.
func (p *page) byRegion(a *article, region *html.Node, marked []markedAuthor) (own, page []string) {
	for _, m := range marked {
		switch {
		case p.holds(a, region, m.node):
			own = appendNew(own, m.name)
		case !p.inAppended(m.node):
			page = appendNew(page, m.name)
		}
	}
	return own, page
}

// noteAppended notes where the appended articles of arts lie
// (page.appended).
func (p *page) noteAppended(arts []*article) {
	for _, a := range arts {
		if !a.appended {
			continue
		}
		region := p.region(a)
		for _, b := range arts {
			if b != a && len(b.roots) > 0 && inRegion(region, b.roots[0]) {
				region = nil
			}
		}
		p.appended = append(p.appended, appendedArticle{a, p.extent(a), region})
	}
}

// holds reports whether n lies in a's region; for an appended article,
// only where no other article does: in its blocks, or in its region when
// that holds no other article's body (noteAppended).
func (p *page) holds(a *article, region, n *html.Node) bool {
	if !a.appended {
		return inRegion(region, n)
	}
	for _, ap := range p.appended {
		if ap.art == a {
			return spanIn(p.blockSpan(n), ap.blocks) || inRegion(ap.region, n)
		}
	}
	return inRegion(region, n)
}

// blockSpan is the blocks n's text is in: its own, or an inline
// element's block's.
func (p *page) blockSpan(n *html.Node) span {
	var s span
	for e := n; e != nil && s.hi <= s.lo; e = e.Parent {
		s = p.spans[e]
	}
	return s
}

// spanIn reports whether s, holding a block, lies in e.
func spanIn(s, e span) bool { return s.lo < s.hi && e.lo <= s.lo && s.hi <= e.hi }

// inAppended reports whether n lies in one of the page's appended
// articles (page.appended), by its text, from the article's header to its
// body's end, or in the article's region, which holds no other article
// (noteAppended): a story's author box below its body, outside its
// blocks.
func (p *page) inAppended(n *html.Node) bool {
	s := p.blockSpan(n)
	return slices.ContainsFunc(p.appended, func(a appendedArticle) bool {
		return spanIn(s, a.blocks) || inRegion(a.region, n)
	})
}

// maxClassAuthors is the most names read from author elements by their
// class in an article's region: more are the authors of other posts
// listed beside it.
const maxClassAuthors = 2

// superset reports whether names holds more people than shown and each
// of shown among them: JSON-LD's two authors where the header shows the
// first.
func superset(names, shown []string) bool {
	if len(names) <= len(shown) {
		return false
	}
	for _, s := range shown {
		if !sharesName([]string{s}, names) {
			return false
		}
	}
	return true
}

// minNameWord is the shortest word, in bytes, that sharesName compares:
// initials and particles ("J.", "de") say nothing.
const minNameWord = 3

// sharesName reports whether any of people shares a word with any of
// names, compared without case.
func sharesName(people, names []string) bool {
	words := map[string]bool{}
	for _, n := range names {
		for _, w := range strings.FieldsFunc(strings.ToLower(n), notNameRune) {
			if len(w) >= minNameWord {
				words[w] = true
			}
		}
	}
	for _, n := range people {
		for _, w := range strings.FieldsFunc(strings.ToLower(n), notNameRune) {
			if words[w] {
				return true
			}
		}
	}
	return false
}

func notNameRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) }

// authorRoles are the words of job titles and review labels
// (lexicon/author-roles.txt).
var authorRoles = sync.OnceValue(func() map[string]bool { return lexiconList("author-roles").set() })

// hasRole reports whether a part of a byline holds a job title's word.
func hasRole(part string) bool {
	roles := authorRoles()
	for _, w := range strings.FieldsFunc(strings.ToLower(part), func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '.' }) {
		if roles[w] {
			return true
		}
	}
	return false
}

// cleanByline takes off what markup runs into a byline's names: a "By"
// glued to the name ("ByShivya Nath"), what follows a separator ("Matthew
// Richardson ⋅ Review Editor"), a date or a count after the names ("Jill
// Barshay August 25, 2025", "John Scalzi 59 Comments"), a job title
// glued to the last name ("Sean Peek, Senior AnalystUpdated …"), and a
// handle or a label after the name ("Eric Levitz@EricLevitz", "Katharina
// Schmidt Kategorien: Mode"); a label of author-not-names.txt before the
// separator ("About the Author - Florina Ionescu") goes, not the name.
func cleanByline(s string) string {
	s = strings.TrimSpace(s)
	if m := gluedLeadRe.FindStringSubmatchIndex(s); m != nil {
		s = s[m[2]:]
	} else if m := gluedLeads().FindStringSubmatchIndex(s); m != nil {
		s = s[m[2]:]
	}
	if parts := splitMeta(s); len(parts) > 1 {
		s = parts[0]
		if notNames()[strings.ToLower(strings.TrimSpace(s))] {
			// A label before the name: "About the Author - Florina
			// Ionescu".
			s = strings.TrimSpace(parts[1])
		}
	}
	words := leadingRoleCut(strings.Fields(s))
	months := dateLex().months
	for i, w := range words {
		if i >= minNameWordsBeforeRole {
			// A handle or a label run into the name: "Eric
			// Levitz@EricLevitz", "Williams Perdomo @wperdomod",
			// "Katharina Schmidt Kategorien: Mode". A name holds
			// neither an @ nor a colon.
			if strings.HasPrefix(w, "@") || strings.HasSuffix(w, ":") {
				words = words[:i]
				break
			}
		}
		if at := strings.IndexByte(w, '@'); at > 0 && i+1 >= minNameWordsBeforeRole {
			words = append(words[:i], w[:at])
			break
		}
		next := i+1 < len(words) && hasDigit(words[i+1])
		if hasDigit(w) || months[strings.ToLower(strings.Trim(w, ".,"))] != 0 && next ||
			i > 0 && strings.HasSuffix(words[i-1], ".") && len(words[i-1]) > 2 && hasRole(w) ||
			i >= minNameWordsBeforeRole && hasRole(w) {
			// A date, a count, a job title after the name ("Ingo Arzt
			// Redakteur für …"), or a label after a full stop ("DVM.
			// Reviewed by …"). A title set off by a comma goes whole,
			// from the comma: "Greg Beacham, AP Sports Writer", where
			// cutting at its role word left "AP Sports" for a name.
			words = words[:titleStart(words, i)]
			break
		}
		if j := gluedRole(w); j > 0 {
			words = append(words[:i], w[:j])
			break
		}
	}
	// What led to the date that was cut: "Martin Jendrischik On", "Jule
	// Radeck Vom", "Fr", "Lars Sobiraj Lesezeit".
	for len(words) > 0 && isDateLead(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	return strings.TrimRight(strings.Join(words, " "), " ,;:-–—.")
}

// titleStart returns where the job title whose role word is words[i]
// starts: at the first word after the last comma before it, when that
// comma comes after a name's worth of words (minNameWordsBeforeRole)
// and every word from there is capitalised, as an agency's title is
// ("AP Sports Writer", "Associated Press Writer"); else at i.
func titleStart(words []string, i int) int {
	for k := i - 1; k >= minNameWordsBeforeRole; k-- {
		if r, _ := utf8.DecodeRuneInString(words[k]); !unicode.IsUpper(r) || strings.HasSuffix(words[k], ".") {
			return i // a sentence's word, or a degree's ("DVM."), no title's
		}
		if strings.HasSuffix(words[k-1], ",") {
			return k
		}
	}
	return i
}

// leadingRoleCut drops the job titles that stand before a name of two
// capitalised words or more: "FOCUS-Online-Experte Robin Tschöpe" (the
// title's last part, after its hyphens, a role word: "Experte"), "Senior
// Editor Ana Ruiz". A title is no part of the name, before it as after
// it (cleanByline cuts one after it). Issue 10, from the trafilatura
// tune pages.
func leadingRoleCut(words []string) []string {
	for len(words) > minNameWordsBeforeRole && leadingRole(words[0]) {
		for _, w := range words[1 : minNameWordsBeforeRole+1] {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				return words
			}
		}
		words = words[1:]
	}
	return words
}

// leadingRole reports whether w is a role word, or a compound whose
// last part after a hyphen is one ("FOCUS-Online-Experte").
func leadingRole(w string) bool {
	if i := strings.LastIndexAny(w, "-‐"); i >= 0 {
		w = w[i+1:]
	}
	return w != "" && authorRoles()[strings.ToLower(strings.Trim(w, ".,:;"))]
}

// minNameWordsBeforeRole is how many words of a name come before a job
// title cleanByline cuts off without a comma: two, a first and a last
// name ("Ingo Arzt Redakteur"); a role word earlier is part of a name or
// a title the comma split handles.
const minNameWordsBeforeRole = 2

// dateLeadWords are the words that lead to a date or stand around one
// in a byline line: date-fillers.txt's words (weekdays, "on", "at"),
// date-joiners.txt, the labels of metaline-labels.txt and read-time.txt.
var dateLeadWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for w := range dateLex().fillers {
		m[w] = true
	}
	for _, l := range []string{"date-joiners", "metaline-labels", "read-time"} {
		for _, w := range lexiconList(l).texts() {
			m[w] = true
		}
	}
	return m
})

func isDateLead(w string) bool {
	return dateLeadWords()[strings.ToLower(strings.Trim(w, ".,:;"))]
}

// gluedLeadRe finds "By" run into the name after it: "ByShivya", or
// into an initial ("ByJ.R. Stone", abc7news.com's byline, once the
// header's bare names are read: nameBesideDate).
var gluedLeadRe = regexp.MustCompile(`^(?:By|BY)(\p{Lu}[\p{Ll}.])`)

// gluedLeads finds a one-word byline lead of byline-leads.txt, written
// lowercase after a space, run into the name after it: "Veröffentlicht
// vonChris Jung" (the lead's label and the lead go with it).
var gluedLeads = sync.OnceValue(func() *regexp.Regexp {
	var words []string
	for _, l := range lexiconList("byline-leads").texts() {
		if !strings.ContainsAny(l, " :") {
			words = append(words, regexp.QuoteMeta(l))
		}
	}
	return regexp.MustCompile(`\s(?:` + strings.Join(words, "|") + `)(\p{Lu}\p{Ll})`)
})

// gluedRole returns where a role word, a label or a month run into a
// name starts in w ("HabernyFounder", "AnalystUpdated", "AnthonyJanuary"),
// or 0.
func gluedRole(w string) int {
	prev := rune(0)
	months := dateLex().months
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) && unicode.IsLower(prev) && (hasRole(w[i:]) || months[strings.ToLower(strings.Trim(w[i:], ".,"))] != 0) {
			return i
		}
		prev = r
	}
	return 0
}

// isBylineLead reports whether text is a byline's lead alone ("By",
// "Written by:"), its name set in the next element.
func isBylineLead(text string) bool {
	text = strings.TrimRight(strings.TrimSpace(text), ":")
	if text == "" || len(text) > maxMarkedAuthor {
		return false
	}
	name, ok, _ := metaLex().bylineOf(text + ": Name")
	return ok && name == "Name" // not a lead with its name ("By Wikimedia Foundation")
}

// nameBesideDate reads header block i, when it is a date line alone
// ("2025-12-17 ·", "Dec 17, 2025"), with a bare name on the block just
// before or after it in a's header, up to head (headEnd: the zone and
// the body's lines before its prose) ("Trond Teigen"): the byline and date
// a template writes as two elements, which parseMetaLine would read as
// one line "2025-12-17 · Trond Teigen" were they one. The name must read
// as one (nameRe: capitalised words, two to five; readsAsName), and is
// not taken from a heading, a menu's item (a link in a list item), a
// job title (hasRole: "Marketing Director" under the name) or when it is
// the site's name or the headline. It returns the name with the date, as
// the one line would give them, and the name's block. From the round-1 author report of issue 10
// (tune pages with no author whose name sits next to the header's date).
// Measured on main 4eb8718, author accuracy on article pages (WCXB /
// trafilatura): tune 0.807/0.707 -> 0.818/0.707, check 0.761/0.602 ->
// 0.764/0.606, with gluedLeadRe's initial.
func (p *page) nameBesideDate(a *article, i, head int32) (metaLine, int32, bool) {
	m, ok := datedMeta(p.blocks[i].text)
	if !ok || m.byline != "" {
		return metaLine{}, 0, false
	}
	for _, j := range [2]int32{i - 1, i + 1} {
		if j < a.zone.lo || j >= head {
			continue
		}
		if name, ok := p.bareHeaderName(a, &p.blocks[j]); ok {
			m.byline = name
			return m, j, true
		}
	}
	return metaLine{}, 0, false
}

// bareHeaderName reports whether header block b is a bare name and
// nothing else (see nameBesideDate), and returns it.
func (p *page) bareHeaderName(a *article, b *block) (string, bool) {
	name := strings.TrimSpace(b.text)
	if !nameRe.MatchString(name) || !readsAsName(name) || isHeading(b.owner) || hasRole(name) {
		return "", false // a heading, or a job title ("Marketing Director") under the name
	}
	if b.link > 0 && listItem(b) != nil {
		return "", false
	}
	if _, ok := parseMetaLine(name); ok || p.siteNames(p.ldFor(a)).has(name) || strings.EqualFold(name, strings.TrimSpace(a.title)) {
		return "", false
	}
	return name, true
}
