package extract

import (
	"regexp"

	"github.com/microcosm-cc/bluemonday"
)

// htmlPolicy is the allow-list Article.HTML is sanitised with, built once
// per Extractor (a bluemonday policy is safe for concurrent use). It is
// bluemonday's UGCPolicy, the structure a reader needs and nothing that
// runs or styles, written out so that each decision is visible here and
// a bluemonday upgrade cannot widen it, with two changes:
//
//   - no id attribute: ids from the page would collide with the ids of
//     the page a scraper embeds the article in, and a script or style
//     there could act on them. Dropped rather than prefixed: an in-page
//     link ("#fn1") is resolved against the page URL by absolutize, so
//     it still points at the footnote on the original page.
//   - http and https URLs only (no mailto:), absolute: absolutize has
//     resolved every link and dropped what safeURL refuses; the policy
//     refuses the rest again.
//
// Allowed, with no attributes unless named: article, aside, section,
// code (class, only language-x: a code block's language), details
// (open), summary, figure, figcaption, h1–h6, hgroup, p, div,
// span, br, hr, wbr, blockquote (cite), pre, a (href; rel=nofollow is
// added), img (src, alt, width, height, align, usemap), map (name), area
// (href, alt, coords, shape, rel), abbr, acronym, b, cite, code, del and
// ins (cite, datetime), dfn, em, i, mark, q (cite), s, samp, small,
// strike, strong, sub, sup, time (datetime), tt, u, var, bdi and bdo
// (dir), ruby, rp, rt, ul and ol (type), li (type, value), dl, dt, dd,
// table (width, height, summary), caption, colgroup and col (span, align,
// valign, width, height), thead, tbody, tfoot, tr (align, valign), td
// and th (abbr, align, valign, colspan, rowspan, headers, scope, nowrap,
// width, height), meter and progress (their values). Everywhere: dir,
// lang, title (alt and title may hold any text: anyText). Everything else is dropped with its markup, keeping its
// text, except the content of script, style and the like, dropped whole.
// anyText is the pattern of alt and title: any text without control
// characters. bluemonday.Paragraph, UGCPolicy's choice, refuses ? : $ &
// and typographic quotes, and the sanitiser then drops the whole alt
// text of "Who’s “right”?" silently; a value is escaped when written,
// so no character in it can end the attribute.
var anyText = regexp.MustCompile(`^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$`)

func htmlPolicy() *bluemonday.Policy {
	p := bluemonday.NewPolicy()

	// Global attributes: text direction and language change how text
	// reads; title carries an abbreviation's expansion.
	p.AllowAttrs("dir").Matching(bluemonday.Direction).Globally()
	p.AllowAttrs("lang").Matching(regexp.MustCompile(`[a-zA-Z]{2,20}`)).Globally()
	p.AllowAttrs("title").Matching(anyText).Globally()

	// URLs: parseable, absolute, http(s), links marked nofollow (a
	// scraper republishing them should not pass on the page's ranking).
	p.RequireParseableURLs(true)
	p.AllowRelativeURLs(false)
	p.AllowURLSchemes("http", "https")
	p.RequireNoFollowOnLinks(true)

	// Sections and grouping.
	p.AllowElements("article", "aside", "section", "summary", "figure", "figcaption", "hgroup",
		"h1", "h2", "h3", "h4", "h5", "h6", "br", "div", "hr", "p", "span", "wbr", "pre")
	p.AllowAttrs("open").Matching(regexp.MustCompile(`(?i)^(|open)$`)).OnElements("details")
	p.AllowAttrs("cite").OnElements("blockquote", "q")

	// Links and image maps.
	p.AllowAttrs("href").OnElements("a", "area")
	p.AllowAttrs("name").Matching(regexp.MustCompile(`^([\p{L}\p{N}_-]+)$`)).OnElements("map")
	p.AllowAttrs("alt").Matching(anyText).OnElements("area", "img")
	p.AllowAttrs("coords").Matching(regexp.MustCompile(`^([0-9]+,)+[0-9]+$`)).OnElements("area")
	p.AllowAttrs("rel").Matching(bluemonday.SpaceSeparatedTokens).OnElements("area")
	p.AllowAttrs("shape").Matching(regexp.MustCompile(`(?i)^(default|circle|rect|poly)$`)).OnElements("area")
	p.AllowAttrs("usemap").Matching(regexp.MustCompile(`(?i)^#[\p{L}\p{N}_-]+$`)).OnElements("img")

	// Images: data: URIs are not allowed (the scheme list above).
	p.AllowAttrs("src").OnElements("img")
	p.AllowAttrs("align").Matching(bluemonday.ImageAlign).OnElements("img")
	p.AllowAttrs("height", "width").Matching(bluemonday.NumberOrPercent).OnElements("img")

	// Phrasing and style elements that carry meaning a reader sees.
	p.AllowElements("abbr", "acronym", "cite", "code", "dfn", "em", "mark", "s", "samp", "strong",
		"sub", "sup", "var", "b", "i", "small", "strike", "tt", "u", "rp", "rt", "ruby")
	p.AllowAttrs("datetime").Matching(bluemonday.ISO8601).OnElements("time", "del", "ins")
	p.AllowAttrs("cite").Matching(bluemonday.Paragraph).OnElements("del", "ins")
	p.AllowAttrs("dir").Matching(bluemonday.Direction).OnElements("bdi", "bdo")

	// A code block's language, as flattenCode writes it: the class the
	// Markdown converter reads to fence the block with its language.
	p.AllowAttrs("class").Matching(regexp.MustCompile(`^language-[A-Za-z0-9][A-Za-z0-9_+#.-]{0,29}$`)).OnElements("code")

	// Lists and tables.
	p.AllowLists()
	p.AllowTables()

	// The form elements that only show data.
	p.AllowAttrs("value", "min", "max", "low", "high", "optimum").Matching(bluemonday.Number).OnElements("meter")
	p.AllowAttrs("value", "max").Matching(bluemonday.Number).OnElements("progress")
	return p
}
