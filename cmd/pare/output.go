package main

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/pare-dev/pare/batch"
	"github.com/pare-dev/pare/extract"
)

// writer prints pages in the chosen format. JSON output is JSON Lines:
// one object per page, or per failed page (an error record), so a batch
// run accounts for every input. Everything it prints passes through a
// safeWriter: no control character of a page reaches the terminal.
type writer struct {
	format string
	safe   *safeWriter
	w      *bufio.Writer
	pages  int
	// heads puts "==> NAME <==" above each page in text output, when a
	// run may give several pages (as head(1) does for several files).
	heads bool
	// outdir, when set, writes each article to a file there instead
	// (text, html and markdown).
	outdir string
	conf   config
}

func newWriter(c config, w io.Writer) *writer {
	f := c.format
	if f == "md" {
		f = "markdown"
	}
	safe := &safeWriter{w: w, escape: f == "json"}
	return &writer{format: f, safe: safe, w: bufio.NewWriter(safe), conf: c}
}

func (o *writer) close() error {
	if err := o.w.Flush(); err != nil {
		return err
	}
	return o.safe.flush()
}

// page writes one page as a batch run delivers it. An error record is
// written in JSON only; the text formats report it on stderr alone.
func (o *writer) page(p batch.Page) error {
	if o.format == "json" {
		return p.Record.WriteJSON(o.w)
	}
	res := p.Result
	if res == nil || len(res.Articles) == 0 {
		return nil
	}
	if o.outdir != "" {
		return writeArticles(o.conf, o.outdir, p.Record.Identity, res)
	}
	defer func() { o.pages++ }()
	switch o.format {
	case "html":
		o.html(res)
	case "markdown":
		o.markdown(res)
	default:
		head := ""
		if o.heads {
			head = pageLabel(p.Record.Identity)
		}
		o.text(head, res)
	}
	return nil
}

// separator goes between articles and between pages in the text formats.
func (o *writer) separator(first bool) {
	if !first || o.pages > 0 {
		fmt.Fprint(o.w, "\n---\n\n")
	}
}

// text prints each article as plain text. Single-line values are
// flattened by oneLine, so a title cannot forge a "---" separator.
func (o *writer) text(head string, res *extract.Result) {
	for i, a := range res.Articles {
		o.separator(i == 0)
		if i == 0 && head != "" {
			fmt.Fprintf(o.w, "==> %s <==\n\n", oneLine(head))
		}
		fmt.Fprintln(o.w, oneLine(a.Title))
		for _, m := range metaLines(a) {
			fmt.Fprintln(o.w, m.label+oneLine(m.value))
		}
		fmt.Fprintln(o.w)
		for _, s := range a.Summary {
			fmt.Fprintf(o.w, "- %s\n", oneLine(s))
		}
		if len(a.Summary) > 0 {
			fmt.Fprintln(o.w)
		}
		fmt.Fprintln(o.w, a.Text)
	}
}

// markdown prints each article's metadata as escaped Markdown text, so a
// title cannot open HTML or a link, and its URL as an autolink when it
// is an http(s) URL, or not at all. The body is the library's rendering
// of its sanitised HTML.
func (o *writer) markdown(res *extract.Result) {
	for i, a := range res.Articles {
		o.separator(i == 0)
		body := a.Markdown
		if fm, rest, ok := cutFrontMatter(body); ok {
			// -front-matter: the YAML block opens the article, as the
			// tools that read it require.
			fmt.Fprint(o.w, fm)
			body = rest
		}
		fmt.Fprintf(o.w, "# %s\n\n", markdownText(a.Title))
		meta := false
		for _, m := range metaLines(a) {
			if !m.isURL {
				fmt.Fprintf(o.w, "%s%s  \n", m.label, markdownText(m.value))
				meta = true
			} else if u, ok := linkURL(m.value); ok {
				fmt.Fprintf(o.w, "<%s>  \n", u)
				meta = true
			}
		}
		if meta {
			fmt.Fprintln(o.w) // no second blank line under a title alone
		}
		for _, s := range a.Summary {
			fmt.Fprintf(o.w, "- %s\n", markdownText(s))
		}
		if len(a.Summary) > 0 {
			fmt.Fprintln(o.w)
		}
		fmt.Fprintln(o.w, body)
	}
}

// cutFrontMatter splits the YAML front matter Options.FrontMatter puts
// at the start of an article's Markdown from the rest.
func cutFrontMatter(md string) (fm, rest string, ok bool) {
	if !strings.HasPrefix(md, "---\n") {
		return "", md, false
	}
	i := strings.Index(md[4:], "\n---\n")
	if i < 0 {
		return "", md, false
	}
	end := 4 + i + len("\n---\n")
	return md[:end] + "\n", strings.TrimLeft(md[end:], "\n"), true
}

// html prints each article's metadata HTML-escaped, its URL as a link
// when it is an http(s) URL, or not at all, and the library's sanitised
// HTML body.
func (o *writer) html(res *extract.Result) {
	for _, a := range res.Articles {
		fmt.Fprintf(o.w, "<article>\n<h1>%s</h1>\n", html.EscapeString(oneLine(a.Title)))
		for _, m := range metaLines(a) {
			if !m.isURL {
				fmt.Fprintf(o.w, "<p class=\"meta\">%s</p>\n", html.EscapeString(m.label+oneLine(m.value)))
			} else if u, ok := linkURL(m.value); ok {
				fmt.Fprintf(o.w, "<p class=\"meta\"><a href=\"%s\">%[1]s</a></p>\n", html.EscapeString(u))
			}
		}
		if len(a.Summary) > 0 {
			fmt.Fprintln(o.w, "<ul class=\"summary\">")
			for _, s := range a.Summary {
				fmt.Fprintf(o.w, "<li>%s</li>\n", html.EscapeString(oneLine(s)))
			}
			fmt.Fprintln(o.w, "</ul>")
		}
		fmt.Fprintf(o.w, "%s\n</article>\n", a.HTML)
	}
}

// metaLine is one line under an article's title: a label and a value,
// or the article's URL.
type metaLine struct {
	label, value string
	isURL        bool
}

// metaLines are the lines under an article's title: "By …",
// "Published …", "Updated …", "Language …", "Tags …", "Categories …",
// "Image …", "Description …", then the URL.
func metaLines(a extract.Article) []metaLine {
	var out []metaLine
	add := func(label, value string) {
		if value != "" {
			out = append(out, metaLine{label: label, value: value})
		}
	}
	add("By ", a.Byline)
	add("Published ", dateText(a.Published))
	add("Updated ", dateText(a.Modified))
	add("Language ", a.Language)
	add("Tags ", strings.Join(a.Tags, ", "))
	add("Categories ", strings.Join(a.Categories, ", "))
	add("Image ", a.Image)
	add("Description ", a.Description)
	if a.URL != "" {
		out = append(out, metaLine{value: a.URL, isURL: true})
	}
	return out
}

// dateText is a date as the page wrote it, else its ISO form. The text
// and the value are one date's: the library never pairs a shown text
// with a time read from elsewhere.
func dateText(d extract.Date) string {
	if d.Text != "" {
		return d.Text
	}
	return d.ISO()
}

// jsonPage is the JSON record of one page: package batch's Record, which
// the Beam pipeline writes too; the README documents it.
type jsonPage = batch.Record
