// Package extract turns a saved web page into clean articles: the text a
// reader came for, with its title, byline, dates and summary, and none of
// the navigation, captions, share bars, teasers and sign-offs around it.
// A page that holds several articles (an infinite-scroll page with stories
// appended below the one opened) yields each as its own Article.
//
//	ex, err := extract.New(extract.Options{Rules: set}) // once
//	res, err := ex.Extract(ctx, r, pageURL)             // per page; never fetches
//	for _, a := range res.Articles { fmt.Println(a.Title, a.Published.Time, a.Text) }
//
// # Pipeline
//
// A page flows through these stages, one file each:
//
//	parse.go       read (size limit, gzip), sniff binary, decode the charset, parse
//	metadata.go    <title>, <meta>, OpenGraph, canonical, saved-from comment
//	jsonld.go      schema.org Article objects from JSON-LD, read leniently
//	clean.go       remove junk, hidden elements and hover cards; mark boilerplate by markup
//	blocks.go      cut the body once into text blocks that later stages share
//	rules.go       apply a matched publisher rule (its strips become marks)
//	marks.go       settle the marks: trust them by source, veto those on articles
//	score.go       Readability-style scoring of candidate containers
//	split.go       cut the page into article regions at the articles' starts
//	select.go      one body per region: best candidate, widened, with its siblings
//	readability.go go-readability's second opinion where pare finds no article
//	content.go     a page's main content, for Options.AllPages
//	article.go     headline, byline, dates, summary from the article's header
//	trim.go        drop the body's boilerplate blocks (marks, link lists, line rules)
//	sections.go    sections a heading names as boilerplate ("Related", "Comments")
//	lines.go       the line rules: bylines, dates, captions, share labels, …
//	dates.go       date lines and date parsing (github.com/araddon/dateparse)
//	datewords.go   dates by their words, in nine languages
//	render.go      text, sanitised HTML (bluemonday) and Markdown (html-to-markdown)
//
// node.go holds the DOM helpers, page.go the per-page state, extract.go
// the API and the order of the stages.
//
// # Concurrency
//
// An Extractor is immutable after New and safe for concurrent use by any
// number of goroutines. Everything a page needs lives in a page value
// created by each Extract call and dropped when it returns.
//
// # Bad input
//
// Extract never panics and never guesses. An empty page, a page without
// running text, a front page of links: a Result with no articles and a
// Reason. Binary data: ErrNotHTML. Over Options.MaxInputBytes: ErrTooLarge.
// Markup nested deeper than the HTML parser accepts is flattened and
// parsed again, so its text is kept. Text in legacy charsets is decoded
// (golang.org/x/net/html/charset), looking for a <meta> declaration in the
// whole <head>.
package extract
