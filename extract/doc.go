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
// The order is written once, as data: pipeline and articleStages in
// pipeline.go. A page flows through these stages (files in brackets):
//
//	read           size limit, gzip, empty page, binary sniffing, the context
//	               honoured while a read blocks (read.go, parse.go)
//	decode         charset to UTF-8 in the HTML standard's order, with detection
//	               (charset.go)
//	parse          the node and depth limits, then the tree as a browser with
//	               scripting off builds it (limits.go, parse.go)
//	page metadata  <title>, <meta>, OpenGraph, JSON-LD, canonical and base URL
//	               (metadata.go, jsonld.go, page.go)
//	clean          scripts, hidden elements, hover cards removed; boilerplate
//	               marked by tag, role and class words (clean.go, classtokens.go)
//	rule marks     a matched publisher rule's strips become marks (rules.go)
//	blocks         the body cut once into text blocks with prefix sums (blocks.go, text.go)
//	marks          marks trusted by source, lifted from articles (marks.go)
//	select         a rule's articles, or: score candidates Readability-style
//	               (score.go), cut the page into regions where articles start
//	               (starts.go finds candidates, boundary.go weighs the evidence,
//	               cohesion.go measures a change of subject, split.go cuts),
//	               one body per region (select.go; marks put back after a
//	               retry keep what it found, retry.go); on a page with no
//	               article, a thread of short posts as a whole (thread.go)
//	               or the lines that show the page's description
//	               (described.go)
//	fallbacks      the text of the page's JSON-LD where the visible page holds
//	               no article (ldbody.go), main content for Options.AllPages
//	               (content.go), go-readability for Options.SecondOpinion
//	               (readability.go)
//	articles       per article, in page order:
//	  headline     the title (title.go; its candidates, titlecandidates.go;
//	               mojibake undone, titlemojibake.go)
//	  header       byline and date lines, highlights above the body (article.go)
//	  trim         the body's boilerplate blocks dropped: the registry of line
//	               and block rules (linerules.go), their words (lines.go,
//	               metalines.go, dates.go, datewords.go), boilerplate sections
//	               (sections.go), copies of the body (repeats.go), the order
//	               they run in (trim.go)
//	  metadata     byline, dates, URL, authors settled in one place (article.go):
//	               the page's author markup and the choice between it and the
//	               shown byline (bylines.go), whether a value reads as a name
//	               (authors.go); dates the text alone cannot place, by the
//	               page's language or a reference time (dateforms.go), a
//	               dateline opening the first paragraph (datelead.go),
//	               Options.DateGuesser where the page gives no date
//	               (dateguess.go); lead image, description, tags and
//	               canonical URL (fields.go); the language detected from the
//	               text (language.go)
//	  render       text (render.go), sanitised HTML from a copy of the tree
//	               (renderhtml.go, the allow-list in policy.go) and Markdown
//	               (markdown.go); the copy tidied first (tidy.go): code
//	               blocks (code.go), tables (tables.go), ad and logo images
//	               (figures.go), permalinks, switches, empty elements;
//	               formulas as TeX (math.go, from clean), YAML front matter
//	               (frontmatter.go); every URL emitted is http(s) (safe.go)
//
// The per-page state (page.go) is split by what it is: the document, the
// text index (blocks, spans, sums) and the marks. What pare knows of
// words — share labels, boilerplate headings, month names, class words —
// is data in lexicon/*.txt, loaded by lexicon.go; patterns built from
// those lists are in phrases.go. node.go holds the DOM helpers,
// extract.go, options.go, reason.go and errors.go the API, explain.go
// the Explainer hook that maps a Result back to the page's nodes.
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
// Reason whose Kind says which. Binary data: ErrNotHTML. Over
// Options.MaxInputBytes: ErrTooLarge; over Options.MaxNodes (counted
// before parsing): ErrTooManyNodes. Markup nested deeper than
// Options.MaxDepth is flattened and parsed again, so its text is kept.
// The context is checked between stages, inside the long loops, and while
// reading. Charsets are read in the HTML standard's order (BOM,
// Content-Type, <meta> anywhere in <head>), except that valid UTF-8 is read
// as UTF-8 whatever is declared, and an undeclared legacy page has its
// charset detected (github.com/gogs/chardet). Output is safe to embed:
// URLs are http(s) or dropped, the HTML keeps an allow-list, text holds no
// control characters but newline and tab.
package extract
