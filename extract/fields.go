package extract

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The fields of an article beyond its byline and dates: its lead image,
// description, tags and categories, and its canonical URL. Each comes
// from the article's own region first, then its JSON-LD entry matched by
// headline, then, for the page's own article, the page's <meta>.

// tagLink is a tag the page names: an article:tag <meta> (node nil) or a
// rel=tag link, and where it is.
type tagLink struct {
	node *html.Node
	name string
}

// maxTag is the longest tag, in bytes: a few words. From the benchmark
// sets' tag lists.
const maxTag = 60

// readListMeta records the <meta> elements a page may repeat, which
// readMeta's first-value-wins fields cannot hold: each article:tag, the
// article:section, the Twitter card's label/data pairs and a paper's
// citation_author tags.
func (m *pageMeta) readListMeta(n *html.Node) {
	content := decodeEntities(collapse(attr(n, "content")))
	if content == "" {
		return
	}
	key := strings.ToLower(strings.TrimSpace(attr(n, "property")))
	if key == "" {
		key = strings.ToLower(strings.TrimSpace(attr(n, "name")))
	}
	switch key {
	case "article:tag":
		for _, t := range strings.Split(content, ",") {
			if t = strings.TrimSpace(t); t != "" && len(t) <= maxTag {
				m.tags = append(m.tags, tagLink{name: t})
			}
		}
	case "article:section":
		m.categories = appendNew(m.categories, content)
	case "citation_author":
		// Highwire Press tags, which Google Scholar reads and journals
		// write: one <meta> per author, in the paper's order.
		m.citationAuthors = appendNew(m.citationAuthors, content)
	default:
		if strings.HasPrefix(key, "twitter:label") || strings.HasPrefix(key, "twitter:data") {
			if m.cardLabels == nil {
				m.cardLabels = map[string]string{}
			}
			m.readCardAuthor(key, content, m.cardLabels)
		}
	}
}

// readTagLink records a link rel=tag (HTML's "tag" link type, which
// WordPress and most blog engines put on a post's tags).
func (m *pageMeta) readTagLink(n *html.Node) {
	if n.DataAtom != atom.A || !hasToken(attr(n, "rel"), "tag") {
		return
	}
	if t := collapse(textOf(n)); t != "" && len(t) <= maxTag {
		m.tags = append(m.tags, tagLink{node: n, name: strings.TrimPrefix(t, "#")})
	}
}

// appendNew appends the values not yet in list, compared without case.
func appendNew(list []string, vals ...string) []string {
next:
	for _, v := range vals {
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		for _, have := range list {
			if strings.EqualFold(have, v) {
				continue next
			}
		}
		list = append(list, v)
	}
	return list
}

// region is the element that holds a's header and body: the nearest
// <article> above its first root, else the first root's parent. Markup
// found under it (an author, tags) is the article's own.
func (p *page) region(a *article) *html.Node {
	if len(a.roots) == 0 {
		return nil
	}
	for n := a.roots[0]; n != nil; n = n.Parent {
		if n.DataAtom == atom.Article {
			return n
		}
	}
	if a.zone.lo < a.zone.hi {
		// The header sits before the body: the region holds both.
		if h := p.blocks[a.zone.lo].owner; h != nil {
			for n := a.roots[0].Parent; n != nil; n = n.Parent {
				if isAncestor(n, h) {
					return n
				}
			}
		}
	}
	return a.roots[0].Parent
}

// inRegion reports whether n lies in a's region (see region), or, for
// the page's own article when nothing of the kind lies there, anywhere.
func inRegion(region, n *html.Node) bool {
	return region != nil && n != nil && isAncestor(region, n)
}

// settleFields fills art's image, description, tags, categories and URL.
func (p *page) settleFields(a *article, art *Article, l ldArticle) {
	region := p.region(a)
	art.Image = p.absURL(firstOf(l.image, p.pageImage(a), p.figureImage(region)))
	art.Description = l.description
	if art.Description == "" && !a.appended {
		art.Description = p.meta.description
	}
	var own, page []string
	for _, t := range p.meta.tags {
		switch {
		case t.node == nil && !a.appended, t.node != nil && !a.appended && !inRegion(region, t.node):
			page = appendNew(page, t.name)
		case t.node != nil && inRegion(region, t.node):
			own = appendNew(own, t.name)
		}
	}
	art.Tags = appendNew(own, l.keywords...)
	if len(art.Tags) == 0 {
		art.Tags = page
	}
	art.Categories = appendNew(nil, l.sections...)
	if !a.appended {
		art.Categories = appendNew(art.Categories, p.meta.categories...)
	}
	art.URL = withoutFragment(art.URL)
}

// pageImage is the page's lead image from its <meta> (og:image and the
// like), for the page's own article only.
func (p *page) pageImage(a *article) string {
	if a.appended {
		return ""
	}
	return p.meta.image
}

// figureImage is the first image of the article's region that is not an
// icon: the lead picture an appended story has no metadata for.
func (p *page) figureImage(region *html.Node) string {
	if region == nil {
		return ""
	}
	src := ""
	walk(region, func(n *html.Node) bool {
		if src != "" {
			return false
		}
		if n.DataAtom == atom.Img {
			s := firstOf(attr(n, "src"), attr(n, "data-src"))
			if s != "" && !strings.HasPrefix(s, "data:") && !smallImage(n) {
				src = s
			}
		}
		return true
	})
	return strings.TrimSpace(src)
}

// maxIconSide is the largest width or height, in pixels, of an image
// taken for an icon, avatar or tracking pixel rather than a picture.
const maxIconSide = 100

func smallImage(n *html.Node) bool {
	for _, k := range []string{"width", "height"} {
		v := strings.TrimSuffix(strings.TrimSpace(attr(n, k)), "px")
		if v == "" {
			continue
		}
		size := 0
		for _, c := range v {
			if c < '0' || c > '9' {
				size = -1
				break
			}
			size = size*10 + int(c-'0')
		}
		if size >= 0 && size <= maxIconSide {
			return true
		}
	}
	return false
}

func firstOf(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// withoutFragment drops a URL's fragment: JSON-LD names a page's parts
// "https://example.com/story#webpage" or "#article", which are ids of its
// graph, not addresses of the article.
func withoutFragment(s string) string {
	if i := strings.IndexByte(s, '#'); i >= 0 {
		if u, err := url.Parse(s); err == nil {
			u.Fragment, u.RawFragment = "", ""
			return u.String()
		}
		return s[:i]
	}
	return s
}
