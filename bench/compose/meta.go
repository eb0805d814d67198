package compose

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ScrapingHub's ground truth labels the body alone, so a story's byline
// and date, for the kinds that write them out again (an unmarked story's
// "By … · date" line, a placeholder's date), come from what the page says
// of itself: its JSON-LD, then its <meta> tags. Nothing is invented: a
// page that names no author gets no "By", one that names no day no date,
// and the composed page records what it lacks (Page.Lacks).

// Limits on an author read from metadata. A longer value is a sentence
// or a list of tags, not a byline.
const maxAuthorRunes = 60

// metaAuthorNames are the <meta name|property> keys read for the author,
// in order; metaDateNames those read for the publication date. Both are
// the common publishing-platform keys (Open Graph's article:, Dublin
// Core, Parse.ly, Sailthru), not keys seen on particular pages.
var (
	metaAuthorNames = []string{"author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator"}
	metaDateNames   = []string{"article:published_time", "og:published_time", "datepublished", "parsely-pub-date",
		"sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "date", "pubdate", "publish-date"}
)

// pageMeta returns the author and the publication day the page's
// metadata gives, either "" when it gives none that reads as one.
// JSON-LD comes first (the article object, else any object with a
// datePublished), then <meta> tags, each key in the order listed.
func pageMeta(doc *html.Node) (author, day string) {
	author, day = jsonLDMeta(doc)
	metas := map[string]string{}
	for _, m := range findAll(doc, atom.Meta) {
		for _, k := range []string{"name", "property", "itemprop"} {
			key := strings.ToLower(strings.TrimSpace(attr(m, k)))
			if v := strings.TrimSpace(attr(m, "content")); key != "" && v != "" && metas[key] == "" {
				metas[key] = v
			}
		}
	}
	for _, k := range metaAuthorNames {
		if author != "" {
			break
		}
		author = cleanAuthor(metas[k])
	}
	for _, k := range metaDateNames {
		if day != "" {
			break
		}
		day = readDay(metas[k])
	}
	return author, day
}

// jsonLDMeta reads the author and day of the page's JSON-LD article: the
// first object typed as an article or posting, else the first with a
// datePublished. A block that is not valid JSON is passed over.
func jsonLDMeta(doc *html.Node) (author, day string) {
	var first, article map[string]any
	for _, s := range findAll(doc, atom.Script) {
		if !strings.Contains(strings.ToLower(attr(s, "type")), "ld+json") || s.FirstChild == nil {
			continue
		}
		var v any
		if json.Unmarshal([]byte(s.FirstChild.Data), &v) != nil {
			continue
		}
		eachObject(v, func(o map[string]any) {
			if _, ok := o["datePublished"]; ok && first == nil {
				first = o
			}
			if article == nil && isArticleType(o["@type"]) {
				article = o
			}
		})
	}
	if article == nil {
		article = first
	}
	if article == nil {
		return "", ""
	}
	var names []string
	for _, n := range personNames(article["author"]) {
		if n = cleanAuthor(n); n != "" && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	if a := strings.Join(names, ", "); utf8.RuneCountInString(a) <= maxAuthorRunes {
		author = a
	}
	d, _ := article["datePublished"].(string)
	return author, readDay(d)
}

// eachObject calls f on every JSON object in v, depth first.
func eachObject(v any, f func(map[string]any)) {
	switch v := v.(type) {
	case map[string]any:
		f(v)
		for _, k := range slices.Sorted(maps.Keys(v)) {
			eachObject(v[k], f)
		}
	case []any:
		for _, e := range v {
			eachObject(e, f)
		}
	}
}

// isArticleType reports whether a JSON-LD @type (a string or a list)
// names schema.org's Article or one of its kinds (NewsArticle,
// BlogPosting, ReportageNewsArticle, …).
func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		return strings.HasSuffix(t, "Article") || strings.HasSuffix(t, "Posting")
	case []any:
		for _, e := range t {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// personNames reads a JSON-LD author: a name, a Person or Organization
// with a name, or a list of either.
func personNames(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case map[string]any:
		if n, ok := v["name"].(string); ok {
			return []string{n}
		}
	case []any:
		var out []string
		for _, e := range v {
			out = append(out, personNames(e)...)
		}
		return out
	}
	return nil
}

// cleanAuthor returns a byline name as a reader would see it, or "" when
// the value is no name: a profile URL (article:author often is one), an
// address, a handle, something without letters or too long.
func cleanAuthor(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for _, lead := range []string{"By ", "by ", "BY "} {
		s = strings.TrimPrefix(s, lead)
	}
	switch {
	case s == "", strings.Contains(s, "://"), strings.HasPrefix(s, "www."), strings.HasPrefix(s, "/"),
		strings.HasPrefix(s, "@"), strings.Contains(s, "@") && !strings.Contains(s, " "),
		utf8.RuneCountInString(s) > maxAuthorRunes, strings.IndexFunc(s, unicode.IsLetter) < 0:
		return ""
	}
	return s
}

// readDay reads the calendar day a metadata date names, as written (its
// own zone, never converted), and prints it as "March 5, 2024": the
// line it goes in is English ("By …"), so its date is too. "" when the
// value names no day: ISO 8601 (with or without a time), the HTTP and
// mail forms, and year/month/day with slashes are read. A year before
// minYear is a zero value a CMS printed (0001-01-01, 1970-01-01), not a
// day the story appeared.
func readDay(s string) string {
	s = strings.TrimSpace(s)
	var t time.Time
	var err error
	if len(s) >= 10 {
		for _, layout := range []string{"2006-01-02", "2006/01/02"} {
			if t, err = time.Parse(layout, s[:10]); err == nil {
				break
			}
		}
	}
	for _, layout := range []string{time.RFC1123, time.RFC1123Z, time.RFC850, time.ANSIC, time.RFC822, time.RFC822Z} {
		if t.IsZero() {
			t, _ = time.Parse(layout, s)
		}
	}
	if t.Year() < minYear {
		return ""
	}
	return t.Format("January 2, 2006")
}

// minYear is the first year readDay takes: after the Unix epoch, which a
// CMS prints for an unset date, and before any page of the sets.
const minYear = 1971

// isoDay turns readDay's form back into the machine form a <time
// datetime> carries.
func isoDay(day string) string {
	t, err := time.Parse("January 2, 2006", day)
	if err != nil {
		return ""
	}
	return t.Format("2006-01-02")
}
