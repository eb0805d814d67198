package extract

import (
	"time"

	"github.com/goccy/go-yaml"
)

// frontMatter returns the YAML front matter block Options.FrontMatter
// puts before an article's Markdown: "---", the article's metadata, "---".
// The keys are those Hugo, Jekyll and Obsidian read (title, author, date,
// lastmod, url, site, lang, summary), in that order, each only when the
// article has it; dates in RFC 3339. The values are written by
// goccy/go-yaml, which quotes what YAML would otherwise read as
// something else (a title "No: a reply", "2024", "yes", "#tag").
func frontMatter(a *Article) (string, error) {
	var m yaml.MapSlice
	add := func(k string, v any) { m = append(m, yaml.MapItem{Key: k, Value: v}) }
	if a.Title != "" {
		add("title", a.Title)
	}
	switch {
	case len(a.Authors) > 0:
		add("author", a.Authors)
	case a.Byline != "":
		add("author", []string{a.Byline})
	}
	if !a.Published.Time.IsZero() {
		add("date", a.Published.Time.Format(time.RFC3339))
	}
	if !a.Modified.Time.IsZero() {
		add("lastmod", a.Modified.Time.Format(time.RFC3339))
	}
	if a.URL != "" {
		add("url", a.URL)
	}
	if a.SiteName != "" {
		add("site", a.SiteName)
	}
	if a.Language != "" {
		add("lang", a.Language)
	}
	if len(a.Summary) > 0 {
		add("summary", a.Summary)
	}
	if len(m) == 0 {
		return "", nil
	}
	b, err := yaml.MarshalWithOptions(m, yaml.UseLiteralStyleIfMultiline(false))
	if err != nil {
		return "", err
	}
	return "---\n" + string(b) + "---\n\n", nil
}
