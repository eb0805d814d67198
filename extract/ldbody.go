package extract

import (
	"html"
	"strings"

	nethtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Text in JSON-LD alone: some pages render their article with a script
// and serve the visible page empty (a React shell around a tutorial),
// while the JSON-LD they write for search engines holds the text: an
// Article's articleBody, a HowTo's description and steps. Where pare's
// own selection finds no article in the visible page, that text is the
// page's article, on a page of its own as go-readability's answer is
// (secondOpinion), through the article gate and pare's usual stages.
// Google's structured-data guidelines ask that such markup describe
// content the page holds, so it is the page's own text, not a summary.

// ldBodyArticle returns the article that the page's JSON-LD holds, on a
// page of its own, or nil when the JSON-LD holds no text that passes the
// article gate.
func (p *page) ldBodyArticle() (*page, *article) {
	var parts []string
	for _, src := range p.meta.ldScripts {
		objs, _ := readJSONLD(src)
		for _, o := range objs {
			parts = append(parts, ldBodyHTML(o)...)
		}
	}
	if len(parts) == 0 {
		return nil, nil
	}
	return p.articleOfItsOwn(strings.Join(parts, "\n"), true, "article found in the page's JSON-LD, the visible page holding none")
}

// ldBodyHTML returns the text one JSON-LD object holds as HTML: an
// article's articleBody, or a HowTo's description and its steps, each
// step's name and text. Plain text becomes a paragraph a line; text that
// is markup already (a CMS writes "<p>…</p>" into it) stays markup, to be
// cleaned and sanitised as the page's own would be.
func ldBodyHTML(o map[string]any) []string {
	var out []string
	switch {
	case isArticleType(o["@type"]):
		if b := ldRaw(o["articleBody"]); b != "" {
			out = append(out, asHTML(b))
		}
	case ldTypeIs(o["@type"], "HowTo"):
		if d := ldRaw(o["description"]); d != "" {
			out = append(out, asHTML(d))
		}
		steps, _ := o["step"].([]any)
		for _, s := range steps {
			st, ok := s.(map[string]any)
			if !ok {
				continue
			}
			if name := ldRaw(st["name"]); name != "" {
				out = append(out, "<h2>"+html.EscapeString(name)+"</h2>")
			}
			if t := ldRaw(st["text"]); t != "" {
				out = append(out, asHTML(t))
			}
			for _, e := range ldObjects(st["itemListElement"]) {
				if t := ldRaw(e["text"]); t != "" {
					out = append(out, asHTML(t))
				}
			}
		}
	}
	return out
}

// ldRaw is a JSON-LD string value as written, trimmed; "" for others.
func ldRaw(v any) string {
	s, _ := v.(string)
	return strings.TrimSpace(s)
}

// ldObjects is a JSON-LD value as a list of objects: one object or an
// array of them.
func ldObjects(v any) []map[string]any {
	switch t := v.(type) {
	case map[string]any:
		return []map[string]any{t}
	case []any:
		var out []map[string]any
		for _, e := range t {
			if o, ok := e.(map[string]any); ok {
				out = append(out, o)
			}
		}
		return out
	}
	return nil
}

// ldTypeIs reports whether a JSON-LD @type is name, or lists it.
func ldTypeIs(t any, name string) bool {
	switch v := t.(type) {
	case string:
		return v == name
	case []any:
		for _, e := range v {
			if s, ok := e.(string); ok && s == name {
				return true
			}
		}
	}
	return false
}

// asHTML returns s as HTML: as it is when it holds a tag, else escaped,
// a paragraph a line.
func asHTML(s string) string {
	if strings.Contains(s, "</") || strings.Contains(s, "<br") {
		return s
	}
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			b.WriteString("<p>" + html.EscapeString(line) + "</p>")
		}
	}
	return b.String()
}

// articleOfItsOwn parses inner, markup made from elsewhere (the page's
// JSON-LD text, its description), as the one <article> of a document,
// and returns it as pageOfItsOwn does.
func (p *page) articleOfItsOwn(inner string, prune bool, why string) (*page, *article) {
	doc, err := nethtml.Parse(strings.NewReader("<html><body><article>" + inner + "</article></body></html>"))
	if err != nil {
		return nil, nil
	}
	n := findElem(doc, atom.Article)
	if n == nil {
		return nil, nil
	}
	return p.pageOfItsOwn(doc, n, prune, why)
}
