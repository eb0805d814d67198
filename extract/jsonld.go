package extract

import (
	"encoding/json"
	"strings"
)

// ldArticle is one schema.org Article (NewsArticle, BlogPosting, …) found
// in a page's JSON-LD.
type ldArticle struct {
	headline    string
	authors     []string
	published   string
	modified    string
	body        string
	url         string
	description string
	lang        string
	publisher   string
	// orgs are the authors the JSON-LD types as an organisation
	// (Organization, NewsMediaOrganization, …), kept apart from the
	// people in authors.
	orgs     []string
	image    string
	keywords []string // keywords
	sections []string // articleSection
}

// parseJSONLD returns the article-like objects of one JSON-LD script. It
// is lenient, because publishers often emit JSON that strict parsers
// reject: raw newlines inside strings, trailing commas, HTML comment or
// CDATA wrappers. Anything still unreadable is ignored.
func parseJSONLD(src string) []ldArticle {
	objs, ids := readJSONLD(src)
	return ldArticles(objs, ids)
}

// readJSONLD reads one JSON-LD script into its objects, flattened
// (collectLD), and the objects by @id; nil when it cannot be read.
func readJSONLD(src string) (objs []map[string]any, ids map[string]map[string]any) {
	src = strings.TrimSpace(src)
	src = strings.TrimPrefix(src, "<!--")
	src = strings.TrimSuffix(src, "-->")
	src = strings.TrimPrefix(strings.TrimSpace(src), "//<![CDATA[")
	src = strings.TrimSuffix(strings.TrimSpace(src), "//]]>")
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		if err := json.Unmarshal(repairJSON(src), &v); err != nil {
			return nil, nil
		}
	}
	ids = map[string]map[string]any{}
	collectLD(v, &objs, ids, 0)
	return objs, ids
}

// ldPageDates returns the publication and modification dates of the
// first WebPage among objs. Many sites type no Article, only the page
// (the @graph SEO plugins write, with the article's dates on its
// WebPage): those dates are the page's, as its <meta> tags would be.
func ldPageDates(objs []map[string]any) (published, modified string) {
	for _, o := range objs {
		if t, _ := o["@type"].(string); t == "WebPage" {
			if published, modified = ldString(o["datePublished"]), ldString(o["dateModified"]); published != "" || modified != "" {
				return published, modified
			}
		}
	}
	return "", ""
}

// ldArticles returns the article-like objects among objs.
func ldArticles(objs []map[string]any, ids map[string]map[string]any) []ldArticle {
	var out []ldArticle
	for _, o := range objs {
		if !isArticleType(o["@type"]) {
			continue
		}
		a := ldArticle{
			headline:    ldString(o["headline"]),
			published:   ldString(o["datePublished"]),
			modified:    ldString(o["dateModified"]),
			body:        ldString(o["articleBody"]),
			description: ldString(o["description"]),
			lang:        ldString(o["inLanguage"]),
			publisher:   ldName(o["publisher"], ids),
			url:         ldString(o["url"]),
		}
		if a.headline == "" {
			a.headline = ldString(o["name"])
		}
		if a.url == "" {
			a.url = ldID(o["mainEntityOfPage"])
		}
		a.authors, a.orgs = ldAuthors(o["author"], ids)
		a.image = ldImage(o["image"], ids, 0)
		if a.image == "" {
			a.image = ldImage(o["thumbnailUrl"], ids, 0)
		}
		a.keywords = ldList(o["keywords"])
		a.sections = ldList(o["articleSection"])
		if a.published == "" {
			a.published = ldString(o["dateCreated"])
		}
		out = append(out, a)
	}
	return out
}

// maxLDDepth bounds how deep collectLD descends into nested arrays,
// @graph lists and mainEntity objects (an Article sits a few levels down:
// a WebPage's mainEntity inside a @graph inside an array), so a deeply
// nested script costs no more. With the first pipeline (e45e5c9); no
// figure recorded.
const maxLDDepth = 8

// collectLD flattens arrays and @graph containers into objs and indexes
// every object that has an @id, so author references can be resolved.
func collectLD(v any, objs *[]map[string]any, ids map[string]map[string]any, depth int) {
	if depth > maxLDDepth {
		return
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			collectLD(e, objs, ids, depth+1)
		}
	case map[string]any:
		if id := ldString(t["@id"]); id != "" {
			ids[id] = t
		}
		*objs = append(*objs, t)
		if g, ok := t["@graph"]; ok {
			collectLD(g, objs, ids, depth+1)
		}
		if m, ok := t["mainEntity"].(map[string]any); ok {
			collectLD(m, objs, ids, depth+1)
		}
	}
}

func isArticleType(t any) bool {
	switch v := t.(type) {
	case string:
		return strings.HasSuffix(v, "Article") || strings.HasSuffix(v, "Posting") || v == "Report"
	case []any:
		for _, e := range v {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

func ldString(v any) string {
	switch t := v.(type) {
	case string:
		return decodeEntities(fixControls(strings.TrimSpace(t)))
	case []any:
		if len(t) > 0 {
			return ldString(t[0])
		}
	case map[string]any:
		if s := ldString(t["@value"]); s != "" {
			return s
		}
	}
	return ""
}

func ldID(v any) string {
	if m, ok := v.(map[string]any); ok {
		return ldString(m["@id"])
	}
	return ldString(v)
}

// ldName returns the name of a Person or Organization given inline, by
// @id reference, or as a plain string.
func ldName(v any, ids map[string]map[string]any) string {
	switch t := v.(type) {
	case string:
		return decodeEntities(fixControls(strings.TrimSpace(t)))
	case map[string]any:
		if n := ldString(t["name"]); n != "" {
			return n
		}
		if ref, ok := ids[ldString(t["@id"])]; ok {
			return ldString(ref["name"])
		}
	case []any:
		if len(t) > 0 {
			return ldName(t[0], ids)
		}
	}
	return ""
}

// ldAuthors splits an author value into people and organisations, by
// the @type each names (inline or by @id reference); an untyped name or a
// plain string counts as a person.
func ldAuthors(v any, ids map[string]map[string]any) (people, orgs []string) {
	list, ok := v.([]any)
	if !ok {
		list = []any{v}
	}
	for _, e := range list {
		obj, _ := e.(map[string]any)
		if obj != nil && obj["@type"] == nil {
			if ref, ok := ids[ldString(obj["@id"])]; ok {
				obj = ref
			}
		}
		if obj != nil && isOrgType(obj["@type"]) {
			if n := ldName(e, ids); n != "" && !looksLikeURL(n) {
				orgs = appendNew(orgs, collapse(n))
			}
			continue
		}
		people = append(people, ldNames(e, ids)...)
	}
	return people, orgs
}

// isOrgType reports whether a schema.org @type names an organisation:
// Organization or one of its kinds (NewsMediaOrganization, Corporation).
func isOrgType(t any) bool {
	switch v := t.(type) {
	case string:
		return strings.HasSuffix(v, "Organization") || v == "Corporation"
	case []any:
		for _, e := range v {
			if isOrgType(e) {
				return true
			}
		}
	}
	return false
}

// ldImage is the URL of an image value: a string, an ImageObject (its url
// or contentUrl), an @id reference to one, or the first of a list.
func ldImage(v any, ids map[string]map[string]any, depth int) string {
	if depth > maxLDDepth {
		return ""
	}
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case []any:
		if len(t) > 0 {
			return ldImage(t[0], ids, depth+1)
		}
	case map[string]any:
		if u := firstOf(ldString(t["url"]), ldString(t["contentUrl"])); u != "" {
			return u
		}
		if ref, ok := ids[ldString(t["@id"])]; ok && len(ref) > 1 {
			return firstOf(ldString(ref["url"]), ldString(ref["contentUrl"]))
		}
	}
	return ""
}

// ldList reads keywords and articleSection: a list, or one string of
// comma-separated values.
func ldList(v any) []string {
	var out []string
	switch t := v.(type) {
	case string:
		for _, k := range strings.Split(decodeEntities(t), ",") {
			if k = collapse(k); k != "" && len(k) <= maxTag {
				out = appendNew(out, k)
			}
		}
	case []any:
		for _, e := range t {
			if k := collapse(ldString(e)); k != "" && len(k) <= maxTag {
				out = appendNew(out, k)
			}
		}
	}
	return out
}

func ldNames(v any, ids map[string]map[string]any) []string {
	var out []string
	if list, ok := v.([]any); ok {
		for _, e := range list {
			if n := ldName(e, ids); n != "" && !looksLikeURL(n) {
				out = append(out, collapse(n))
			}
		}
		return out
	}
	if n := ldName(v, ids); n != "" && !looksLikeURL(n) {
		out = splitAuthors(n)
	}
	return out
}

// repairJSON fixes the two mistakes publishers make most: control
// characters inside strings and trailing commas before } or ].
func repairJSON(src string) []byte {
	out := make([]byte, 0, len(src))
	inStr, esc := false, false
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case inStr && esc:
			esc = false
		case inStr && c == '\\':
			esc = true
		case inStr && c == '"':
			inStr = false
		case inStr && c < 0x20:
			out = append(out, ' ')
			continue
		case !inStr && c == '"':
			inStr = true
		case !inStr && c == ',':
			j := i + 1
			for j < len(src) && (src[j] == ' ' || src[j] == '\n' || src[j] == '\r' || src[j] == '\t') {
				j++
			}
			if j < len(src) && (src[j] == '}' || src[j] == ']') {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}
