package extract

import (
	"net/url"
	"strings"
)

// safeURL returns s, trimmed, when it is an absolute http or https URL
// with a host, and "" otherwise. Every URL pare emits goes through it:
// Result.URL, Article.URL (JSON-LD's url, a story's data-url, a rule's
// link, the page's own), and each link, image source and citation in
// Article.HTML (absolutize), which is also Markdown's. A page cannot
// smuggle a javascript:, data:, vbscript: or file: URL into a scraper's
// output that way, nor a mailto: one; a relative URL with no page URL to
// resolve it against is dropped too, as it would point nowhere. Control
// characters fail url.Parse, so an obfuscated "java\tscript:" is
// dropped as well.
func safeURL(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return s
}
