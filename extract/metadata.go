package extract

import (
	"regexp"
	"strings"
	"sync"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what the page says about itself outside its visible text:
// <title>, <meta> (OpenGraph, Dublin Core, Parse.ly, …), <link
// rel=canonical>, the "saved from url" comment and JSON-LD.
type pageMeta struct {
	title       string // <title>
	metaTitle   string // og:title and the like
	kind        string // og:type, lowercased ("article", "website")
	siteName    string
	lang        string
	description string
	// fullDescription is the longest of the page's descriptions: a site
	// cuts its <meta name=description> shorter than its OpenGraph one.
	// Only descriptionArticle reads it; Description stays the first.
	fullDescription string
	canonical       string
	ogURL           string
	savedFrom       string
	authors         []string
	citationAuthors []string // citation_author, one <meta> each (readListMeta)
	published       string
	modified        string
	ld              []ldArticle // article-like JSON-LD objects, in page order
	ldScripts       []string    // every JSON-LD script's text, for ldBodyArticle

	// Found in the page's markup rather than its <meta> (bylines.go,
	// fields.go): itemprop=author and rel=author elements, the Twitter
	// card's "Written by" pair, the lead image and the tags.
	marked []markedAuthor
	// classMarked are the names of elements whose class names an author
	// (classAuthor): less trusted than marked, read when nothing else names one.
	classMarked   []markedAuthor
	twitterAuthor string
	image         string
	tags          []tagLink // article:tag (node nil), rel=tag
	categories    []string  // article:section
	cardLabels    map[string]string
}

// metaFields maps lowercased <meta> name, property, itemprop and
// http-equiv values to the field they fill ("title", "site",
// "description", "author", "published", "modified", "lang", "url"):
// lexicon/meta-keys.txt, grouped by field.
var metaFields = sync.OnceValue(func() map[string]string { return lexiconList("meta-keys").grouped() })

var savedFromRe = regexp.MustCompile(`^\s*saved from url=\(\d+\)(\S+)`)

// readMetadata collects the page's own description of itself. It reads
// the whole document because pages put <meta> and JSON-LD in <body> too.
func readMetadata(doc *html.Node) pageMeta {
	var m pageMeta
	fields := map[string]string{}
	keys := metaFields()
	var pagePub, pageMod string // a JSON-LD WebPage's (ldPageDates)
	var hPub, hMod string       // hAtom's (readHAtomDate)
	walk(doc, func(n *html.Node) bool {
		switch n.Type {
		case html.CommentNode:
			if m.savedFrom == "" {
				if s := savedFromRe.FindStringSubmatch(n.Data); s != nil {
					m.savedFrom = s[1]
				}
			}
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Html:
				m.lang = fixControls(strings.TrimSpace(attr(n, "lang")))
			case atom.Title:
				if m.title == "" {
					m.title = textOf(n)
				}
				return false
			case atom.Meta:
				readMeta(n, keys, fields)
				m.readListMeta(n)
			case atom.Link:
				if m.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					objs, ids := readJSONLD(n.FirstChild.Data)
					m.ld = append(m.ld, ldArticles(objs, ids)...)
					m.ldScripts = append(m.ldScripts, n.FirstChild.Data)
					if pagePub == "" && pageMod == "" {
						pagePub, pageMod = ldPageDates(objs)
					}
				}
				return false
			case atom.Style, atom.Svg, atom.Template:
				return false
			}
			m.readMarkedAuthor(n)
			m.readTagLink(n)
			readMicrodataDate(n, keys, fields)
			readHAtomDate(n, &hPub, &hMod)
		}
		return true
	})
	m.metaTitle = fields["title"]
	m.siteName = fields["site"]
	m.kind = strings.ToLower(fields["type"])
	m.description = fields["description"]
	m.fullDescription = decodeEntities(fields[longestDescription])
	m.ogURL = fields["url"]
	m.published = firstOf(fields["published"], pagePub, hPub)
	m.modified = firstOf(fields["modified"], pageMod, hMod)
	if a := decodeEntities(fields["author"]); a != "" && !looksLikeURL(a) {
		m.authors = splitAuthors(a)
	}
	m.image = fields["image"]
	m.metaTitle, m.siteName, m.description = decodeEntities(m.metaTitle), decodeEntities(m.siteName), decodeEntities(m.description)
	if m.lang == "" {
		m.lang = strings.ReplaceAll(fields["lang"], "_", "-")
	}
	return m
}

// longestDescription is the fields key readMeta keeps the longest
// description under; no <meta> key maps to it.
const longestDescription = "longest description"

// readMeta records one <meta> element, whose keys fill the fields keys
// names; the first value per field wins. Of the descriptions, the longest
// is kept too (longestDescription).
func readMeta(n *html.Node, keys, fields map[string]string) {
	content := fixControls(strings.TrimSpace(attr(n, "content")))
	if content == "" {
		content = fixControls(strings.TrimSpace(attr(n, "datetime")))
	}
	if content == "" {
		return
	}
	for _, key := range [...]string{"property", "name", "itemprop", "http-equiv"} {
		f, ok := keys[strings.ToLower(strings.TrimSpace(attr(n, key)))]
		if ok && fields[f] == "" && (key != "itemprop" || articleItem(n)) {
			fields[f] = content
		}
		if ok && f == "description" && len(content) > len(fields[longestDescription]) {
			fields[longestDescription] = content
		}
	}
}

// readMicrodataDate reads a schema.org microdata date on an element
// other than <meta> (which readMeta reads): <time itemprop="datePublished"
// datetime="…">, or <div itemprop="datePublished">20.06.2019 11:43</div>,
// whose text is the date; only an article's (articleItem). A <meta> of
// the head says it first.
func readMicrodataDate(n *html.Node, keys, fields map[string]string) {
	prop := strings.ToLower(strings.TrimSpace(attr(n, "itemprop")))
	if prop == "" || n.DataAtom == atom.Meta {
		return
	}
	f := keys[prop]
	if f != "published" && f != "modified" || fields[f] != "" || !articleItem(n) {
		return
	}
	if v := fixControls(collapse(firstOf(attr(n, "content"), attr(n, "datetime"), textOf(n)))); v != "" && len(v) <= maxDateText {
		fields[f] = v
	}
}

// readHAtomDate reads the first hAtom date of the page (microformats.org
// hAtom 0.1, as blog themes write it): an element of class "published"
// or "updated", whose value is its datetime attribute (<time>), its title
// (<abbr title="2009-08-06T14:12:32+02:00">) or its text, the first of
// them that reads as a date. It comes after <meta>, JSON-LD and
// microdata, and before the DateGuesser, which sees the article's region
// only. From a trafilatura tune page (archiv.krimiblog.de), whose abbr
// title is malformed and whose text is the date; measured from 177de78:
// publish day tune trafilatura 0.875 -> 0.878, WCXB articles 0.859
// holds; check trafilatura 0.866 -> 0.869, WCXB 0.868 holds (and eight
// pages' dates gain their time and zone).
func readHAtomDate(n *html.Node, pub, mod *string) {
	if *pub != "" && *mod != "" || !mayFold(attr(n, "class"), "published", "updated") {
		return // most elements: no need to split their classes
	}
	var field *string
	for _, t := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		switch {
		case t == "published" && *pub == "":
			field = pub
		case t == "updated" && *mod == "":
			field = mod
		}
	}
	if field == nil {
		return
	}
	for _, v := range [...]string{attr(n, "datetime"), attr(n, "title"), textOf(n)} {
		v = fixControls(collapse(v))
		if v == "" || len(v) > maxDateText {
			continue
		}
		if d := parseDate(v); !d.Time.IsZero() || readDateWords(v).numericDate {
			*field = v
			return
		}
	}
}

// articleItem reports whether n's microdata item (the nearest element
// with itemscope) is the page's own, of a type of page-item-types.txt
// (an article, a page, a thread's question), not one of its comments,
// answers or reviews, whose dates are theirs. A date outside any item
// counts as the page's.
func articleItem(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n.Type != html.ElementNode || !hasAttr(n, "itemscope") {
			continue
		}
		for _, t := range strings.Fields(attr(n, "itemtype")) {
			t = strings.ToLower(t[strings.LastIndexByte(t, '/')+1:])
			for _, end := range pageItemTypes() {
				if strings.HasSuffix(t, end) {
					return true
				}
			}
		}
		return false
	}
	return true
}

// pageItemTypes are the type name endings of page-item-types.txt.
var pageItemTypes = sync.OnceValue(func() []string { return lexiconList("page-item-types").texts() })

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

func looksLikeURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "/")
}

// splitAuthors splits an author list written as "A, B and C" or "A; B".
// A comma followed by an organisation ("Matthew Lee, The Associated
// Press") is not a list: only names are split off.
func splitAuthors(s string) []string {
	s = collapse(s)
	var out []string
	for _, part := range authorSepRe.Split(s, -1) {
		part = strings.Trim(part, " ,;")
		if part != "" {
			out = append(out, part)
		}
	}
	return out
}

var authorSepRe = regexp.MustCompile(`\s*(?:;|\||\band\b|\bund\b|\bet\b|\by\b|&)\s*`)

// decodeEntities decodes the HTML character references left in a value
// that was escaped twice, or that came from JSON-LD, which the HTML
// parser does not decode ("Maria &amp; Katerina"). A value without "&"
// is returned as it is.
func decodeEntities(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return fixControls(html.UnescapeString(s))
}
