package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"time"

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
}

func newWriter(c config, w io.Writer) *writer {
	f := c.format
	if f == "md" {
		f = "markdown"
	}
	safe := &safeWriter{w: w, escape: f == "json"}
	return &writer{format: f, safe: safe, w: bufio.NewWriter(safe)}
}

func (o *writer) close() error {
	if err := o.w.Flush(); err != nil {
		return err
	}
	return o.safe.flush()
}

func (o *writer) page(label string, res *extract.Result) error {
	defer func() { o.pages++ }()
	switch o.format {
	case "json":
		return o.json(pageRecord(label, res))
	case "html":
		o.html(res)
	case "markdown":
		o.markdown(res)
	default:
		o.text(res)
	}
	return nil
}

// failure records a page that could not be read; only JSON output
// carries it (text formats report it on stderr alone).
func (o *writer) failure(label, msg string) {
	if o.format == "json" {
		_ = o.json(jsonPage{File: label, Error: msg, Articles: []jsonArticle{}})
	}
}

func (o *writer) json(v any) error {
	enc := json.NewEncoder(o.w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// separator goes between articles and between pages in the text formats.
func (o *writer) separator(first bool) {
	if !first || o.pages > 0 {
		fmt.Fprint(o.w, "\n---\n\n")
	}
}

// text prints each article as plain text. Single-line values are
// flattened by oneLine, so a title cannot forge a "---" separator.
func (o *writer) text(res *extract.Result) {
	for i, a := range res.Articles {
		o.separator(i == 0)
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
		fmt.Fprintf(o.w, "# %s\n\n", markdownText(a.Title))
		for _, m := range metaLines(a) {
			if !m.isURL {
				fmt.Fprintf(o.w, "%s%s  \n", m.label, markdownText(m.value))
			} else if u, ok := linkURL(m.value); ok {
				fmt.Fprintf(o.w, "<%s>  \n", u)
			}
		}
		fmt.Fprintln(o.w)
		for _, s := range a.Summary {
			fmt.Fprintf(o.w, "- %s\n", markdownText(s))
		}
		if len(a.Summary) > 0 {
			fmt.Fprintln(o.w)
		}
		fmt.Fprintln(o.w, a.Markdown)
	}
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
// "Published …", "Updated …", then the URL.
func metaLines(a extract.Article) []metaLine {
	var out []metaLine
	if a.Byline != "" {
		out = append(out, metaLine{label: "By ", value: a.Byline})
	}
	if d := dateText(a.Published); d != "" {
		out = append(out, metaLine{label: "Published ", value: d})
	}
	if d := dateText(a.Modified); d != "" {
		out = append(out, metaLine{label: "Updated ", value: d})
	}
	if a.URL != "" {
		out = append(out, metaLine{value: a.URL, isURL: true})
	}
	return out
}

func dateText(d extract.Date) string {
	if d.Text != "" {
		return d.Text
	}
	if !d.Time.IsZero() {
		return d.Time.Format(time.RFC3339)
	}
	return ""
}

// jsonPage is the JSON record of one page; the README documents it.
type jsonPage struct {
	File      string `json:"file"`
	Error     string `json:"error,omitempty"`
	URL       string `json:"url,omitempty"`
	URLSource string `json:"url_source,omitempty"`
	Encoding  string `json:"encoding,omitempty"`
	Title     string `json:"title,omitempty"`
	SiteName  string `json:"site_name,omitempty"`
	Language  string `json:"language,omitempty"`
	Rule      string `json:"rule,omitempty"`
	RuleNote  string `json:"rule_note,omitempty"`
	Reason    string `json:"reason,omitempty"`
	// ReasonKind is extract.ReasonKind: what a script branches on.
	ReasonKind string        `json:"reason_kind,omitempty"`
	Fallback   string        `json:"fallback,omitempty"`
	Articles   []jsonArticle `json:"articles"`
	Removed    []jsonRemoval `json:"removed,omitempty"`
	Warnings   []string      `json:"warnings,omitempty"`
}

type jsonArticle struct {
	URL           string   `json:"url,omitempty"`
	Title         string   `json:"title"`
	Byline        string   `json:"byline,omitempty"`
	Authors       []string `json:"authors,omitempty"`
	Published     string   `json:"published,omitempty"`
	PublishedText string   `json:"published_text,omitempty"`
	Modified      string   `json:"modified,omitempty"`
	ModifiedText  string   `json:"modified_text,omitempty"`
	SiteName      string   `json:"site_name,omitempty"`
	Language      string   `json:"language,omitempty"`
	Summary       []string `json:"summary,omitempty"`
	Appended      bool     `json:"appended,omitempty"`
	NotArticle    bool     `json:"not_article,omitempty"`
	Text          string   `json:"text"`
	HTML          string   `json:"html"`
	Markdown      string   `json:"markdown"`
}

type jsonRemoval struct {
	Reason string `json:"reason"`
	By     string `json:"by"`
	Text   string `json:"text,omitempty"`
}

func pageRecord(label string, res *extract.Result) jsonPage {
	p := jsonPage{File: label, URL: res.URL, URLSource: res.URLSource, Encoding: res.Encoding,
		Title: res.Title, SiteName: res.SiteName, Language: res.Language, Rule: res.Rule,
		RuleNote: res.RuleNote, Reason: res.Reason.Text, ReasonKind: string(res.Reason.Kind), Fallback: res.Fallback, Articles: []jsonArticle{},
		Warnings: res.Warnings}
	for _, a := range res.Articles {
		p.Articles = append(p.Articles, jsonArticle{
			URL: a.URL, Title: a.Title, Byline: a.Byline, Authors: a.Authors,
			Published: isoTime(a.Published), PublishedText: a.Published.Text,
			Modified: isoTime(a.Modified), ModifiedText: a.Modified.Text,
			SiteName: a.SiteName, Language: a.Language, Summary: a.Summary,
			Appended: a.Appended, NotArticle: a.NotArticle, Text: a.Text, HTML: a.HTML, Markdown: a.Markdown,
		})
	}
	for _, r := range res.Removed {
		p.Removed = append(p.Removed, jsonRemoval{Reason: string(r.Reason), By: r.By, Text: r.Text})
	}
	return p
}

func isoTime(d extract.Date) string {
	if d.Time.IsZero() {
		return ""
	}
	return d.Time.Format(time.RFC3339)
}
