package extract

import (
	"context"
	"fmt"
	"io"
	"runtime/debug"
	"strings"
	"time"

	"github.com/pare-dev/pare/rules"
)

// Extractor turns saved pages into articles. Build one with New and share it:
// it is immutable after New and safe for concurrent use by many goroutines.
// Every per-page value lives in a page struct created by Extract.
type Extractor struct {
	opts   Options
	render renderers
}

// New checks the options and returns an Extractor.
func New(opts Options) (*Extractor, error) {
	if err := opts.check(); err != nil {
		return nil, err
	}
	if err := checkLexicon(); err != nil {
		return nil, err
	}
	opts = opts.withDefaults()
	return &Extractor{opts: opts, render: newRenderers(opts.Outputs)}, nil
}

// Input is one saved page. Only Body is required.
type Input struct {
	// Body is the raw page, in any charset.
	Body io.Reader
	// URL is where the page came from. When empty, the page's canonical
	// link, og:url or the "saved from url" comment of a browser-saved page
	// is used. It resolves relative links and selects publisher rules.
	URL string
	// ContentType is the HTTP Content-Type header the page was served
	// with, if known; its charset parameter takes part in decoding.
	ContentType string
	// Explain, when set, is told which nodes of the page became each
	// removal and article (see Explainer). It is per call, so one
	// Extractor still serves many pages at once.
	Explain Explainer
}

// Extract reads one page from r and returns its articles. pageURL may be
// empty (see Input.URL). It never fetches anything.
func (e *Extractor) Extract(ctx context.Context, r io.Reader, pageURL string) (*Result, error) {
	return e.ExtractInput(ctx, Input{Body: r, URL: pageURL})
}

// Result is what Extract made of one page.
type Result struct {
	// URL is the page URL used, and URLSource where it came from:
	// "input", "canonical", "og:url", "saved-from" or "" when unknown.
	URL       string
	URLSource string
	// Encoding is the charset the page was decoded from.
	Encoding string
	// Title, SiteName and Language describe the page as a whole.
	Title    string
	SiteName string
	Language string
	// Rule names the publisher rule that matched the page's host, if any,
	// and RuleNote says why a matched rule was not used (its selectors
	// found nothing), so the generic path ran instead.
	Rule     string
	RuleNote string
	// Articles holds the page's articles in page order. The first is the
	// one the page's URL points to; later ones were appended to it.
	Articles []Article
	// Reason says why Articles is empty, or, with Options.AllPages, why
	// the page's main content is no article; its Kind is what to branch on.
	Reason Reason
	// Fallback names what found the articles when pare's own selection
	// found none: "json-ld" (the text of the page's JSON-LD, where the
	// visible page holds none: see ldbody.go), "go-readability" (its
	// answer, cleaned by pare's stages), "main content" (see
	// Options.AllPages) or "description" (with AllPages, the page's own
	// description, where its body holds no text: Reason still says so);
	// "" otherwise.
	Fallback string
	// Removed lists what was taken out of the articles and why.
	Removed []Removal
	// Warnings lists what went wrong without losing the page: a rendering
	// that failed, or that came out empty while the article's text did
	// not. The article is still given, with the renderings that worked.
	Warnings []string
}

// Removal is one piece of the page that pare removed from an article.
type Removal struct {
	// Reason is the kind of boilerplate: caption, share, related, ….
	Reason rules.Reason
	// By names what recognised it: a rule's strip entry, a class pattern,
	// a text pattern.
	By string
	// Text is the removed text, shortened to 120 characters.
	Text string
}

// Article is one clean article.
type Article struct {
	URL       string
	Title     string
	Byline    string
	Authors   []string
	Published Date
	Modified  Date
	SiteName  string
	// Language is the article's language as a BCP 47 tag: the page's
	// markup's (<html lang>, JSON-LD inLanguage, og:locale), unless the
	// text says another language plainly, or the markup says none; then
	// the language detected from the text. LanguageSource says which:
	// "markup", "text" or "" when neither gave one.
	Language       string
	LanguageSource string
	// Organizations are the organisations credited with the article
	// apart from its people: the agency of "By Ana Ruiz, The Associated
	// Press", a JSON-LD author typed Organization. Authors holds people.
	Organizations []string
	// Image is the article's lead image, an absolute URL: its JSON-LD
	// image, else the page's og:image (the page's own article only), else
	// the first picture of its region.
	Image string
	// Description is the publisher's short description of the article
	// (JSON-LD description, og:description, <meta name=description>).
	Description string
	// Tags and Categories are the publisher's labels for it: tags from
	// article:tag, JSON-LD keywords and rel=tag links; categories from
	// JSON-LD articleSection and article:section.
	Tags       []string
	Categories []string
	// Summary holds the publisher's highlight bullets, kept apart from the body.
	Summary []string
	// The body comes in three renderings, each left empty unless
	// Options.Outputs asks for it (the zero Options asks for all three).
	//
	// Text is the body as plain text: blocks separated by a blank line,
	// list items one per line.
	Text string
	// HTML is the body as sanitised HTML with absolute links.
	HTML string
	// Markdown is the body as Markdown.
	Markdown string
	// Appended is true for an article the site appended below the one the
	// page's URL points to.
	Appended bool
	// Split says, for an appended article that pare's splitting found,
	// why it was cut from the text before it: the kinds of evidence that
	// fired and the lexical cohesion across the cut. It is nil for the
	// first article and for articles a publisher rule delimits.
	Split *Split
	// NotArticle is true for the main content of a page that holds no
	// article, which only Options.AllPages asks for.
	NotArticle bool
}

// Date is a parsed date with the text it came from. Time is zero when the
// text could not be parsed.
//
// A page rarely writes all of a moment: "23.07.2025" names a day, "April
// 2025" a month, "10:22" no zone. Precision says how much of Time the
// page gave, and Zoned whether its offset did: when Zoned is false, Time
// holds the wall-clock time the page shows, in time.UTC only because a
// time.Time needs some location; it is not a UTC time. ISO writes the date
// with no more than the page said.
type Date struct {
	Time time.Time
	Text string
	// Precision is how much of the date the page gave: PrecisionMonth,
	// PrecisionDay, PrecisionMinute or PrecisionSecond; PrecisionNone
	// when Time is zero.
	Precision DatePrecision
	// Zoned is true when the page gave the time's zone (an offset, "Z",
	// "UTC" or "GMT", or a zone name read as one).
	Zoned bool
}

// DatePrecision is how much of a moment a Date names.
type DatePrecision uint8

// The precisions of a Date, from none to the second.
const (
	PrecisionNone DatePrecision = iota
	PrecisionMonth
	PrecisionDay
	PrecisionMinute
	PrecisionSecond
)

var precisionNames = [...]string{"", "month", "day", "minute", "second"}

// String names the precision: "month", "day", "minute", "second", or ""
// for none.
func (p DatePrecision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return ""
}

// ISO writes the date in ISO 8601 with what the page gave and no more:
// "2025-04" for a month, "2025-07-23" for a day, "2025-07-23T10:22" for a
// time without a zone, "2025-07-23T10:22:05+02:00" with one. It is ""
// when Time is zero.
func (d Date) ISO() string {
	if d.Time.IsZero() {
		return ""
	}
	layout := time.RFC3339
	switch d.Precision {
	case PrecisionMonth:
		return d.Time.Format("2006-01")
	case PrecisionDay:
		return d.Time.Format(time.DateOnly)
	case PrecisionMinute:
		layout = "2006-01-02T15:04Z07:00"
	}
	if !d.Zoned {
		layout = strings.TrimSuffix(layout, "Z07:00")
	}
	return d.Time.Format(layout)
}

// IsZero reports whether the date is absent.
func (d Date) IsZero() bool { return d.Time.IsZero() && d.Text == "" }

// ExtractInput is Extract with the full page description.
//
// Bad input gets an answer, never a panic: empty or whitespace-only pages
// give a Result with no articles and a Reason; binary data gives
// ErrNotHTML; pages over the size limit give ErrTooLarge; a cancelled
// context gives its error, checked between stages.
func (e *Extractor) ExtractInput(ctx context.Context, in Input) (res *Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			e.opts.Logger.Error("extract: internal error", "panic", r, "url", in.URL, "stack", string(debug.Stack()))
			res, err = nil, fmt.Errorf("extract: internal error on this page: %v", r)
		}
	}()
	run := &run{e: e, ctx: ctx, in: in, res: &Result{}}
	for _, st := range pipeline {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		stop, err := st.run(run)
		if err != nil {
			return nil, err
		}
		if stop {
			break
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return run.res, nil
}
