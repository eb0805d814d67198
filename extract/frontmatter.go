package extract

import "github.com/goccy/go-yaml"

// frontMatter returns the YAML front matter block Options.FrontMatter
// puts before an article's Markdown: "---", the article's metadata, "---".
// The keys are those Hugo, Jekyll and Obsidian read (title, author, date,
// lastmod, url, site, lang, description, image, tags, categories,
// summary), in that order, each only when the article has it; dates in
// ISO 8601 with no more than the page gave (Date.ISO). The values are written by
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
	if d := a.Published.ISO(); d != "" {
		add("date", d)
	}
	if d := a.Modified.ISO(); d != "" {
		add("lastmod", d)
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
	if a.Description != "" {
		add("description", a.Description)
	}
	if a.Image != "" {
		add("image", a.Image)
	}
	if len(a.Tags) > 0 {
		add("tags", a.Tags)
	}
	if len(a.Categories) > 0 {
		add("categories", a.Categories)
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
