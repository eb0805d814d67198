package extract

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"runtime/debug"
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
	// the page's main content is no article.
	Reason string
	// Fallback names what found the articles when pare's own selection
	// found none: "go-readability" (its answer, cleaned by pare's stages)
	// or "main content" (see Options.AllPages); "" otherwise.
	Fallback string
	// Removed lists what was taken out of the articles and why.
	Removed []Removal
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
	Language  string
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
	// NotArticle is true for the main content of a page that holds no
	// article, which only Options.AllPages asks for.
	NotArticle bool
}

// Date is a parsed date with the text it came from. Time is zero when the
// text could not be parsed.
type Date struct {
	Time time.Time
	Text string
}

// IsZero reports whether the date is absent.
func (d Date) IsZero() bool { return d.Time.IsZero() && d.Text == "" }

// ExtractInput is Extract with the full page description.
//
// Bad input gets an answer, never a panic: empty or whitespace-only pages
// give a Result with no articles and a Reason; binary data gives
// ErrNotHTML; pages over the size limit give ErrTooLarge; a cancelled
// context gives its error.
func (e *Extractor) ExtractInput(ctx context.Context, in Input) (res *Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			e.opts.Logger.Error("extract: internal error", "panic", r, "url", in.URL, "stack", string(debug.Stack()))
			res, err = nil, fmt.Errorf("extract: internal error on this page: %v", r)
		}
	}()
	raw, err := readPage(in.Body, e.opts.MaxInputBytes)
	if err != nil {
		return nil, err
	}
	res = &Result{}
	if len(bytes.TrimSpace(raw)) == 0 {
		res.Reason = "empty page"
		return res, nil
	}
	if err := sniffBinary(raw); err != nil {
		return nil, err
	}
	text, enc := decode(raw, in.ContentType)
	res.Encoding = enc
	doc, deep, err := parse(ctx, text)
	if err != nil {
		return nil, err
	}
	p := newPage(ctx, &e.opts, &e.render, doc)
	if deep {
		p.notef(rules.Other, "markup nested deeper than %d elements was flattened", maxDepth/2)
	}
	p.meta = readMetadata(doc)
	res.URL, res.URLSource = pageURL(in.URL, p.meta)
	p.url, p.base = res.URL, parseBase(res.URL, doc)
	res.Title, res.SiteName, res.Language = p.pageTitle(), p.meta.siteName, p.meta.lang
	if p.body == nil {
		res.Reason = "no <body> in page"
		return res, nil
	}
	p.prune(p.body)
	rule := e.opts.Rules.MatchURL(res.URL)
	if rule != nil {
		res.Rule = rule.Name
		p.seedRuleMarks(rule)
	}
	p.segment(p.body)
	p.settleMarks(allMarks)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var arts []*article
	if rule != nil {
		arts, res.RuleNote = p.applyRule(rule)
	}
	if arts == nil {
		arts = p.generic()
		if rule != nil && len(arts) > 0 && res.RuleNote == "" {
			p.ruleFields(rule, p.body, arts[0])
			arts[0].rule = rule
		}
	}
	on := p // the page the articles are on: p, or one made of a fallback's output
	if len(arts) == 0 {
		res.Reason = p.noArticleReason()
	}
	if e.opts.AllPages {
		if a := p.mainContentFor(arts); a != nil {
			arts, res.Fallback = []*article{a}, "main content"
			if res.Reason == "" {
				res.Reason = "the articles found hold little of the page's main content"
			}
		}
	}
	if len(arts) == 0 && e.opts.SecondOpinion {
		if q, a := p.secondOpinion(); a != nil {
			on, arts, res.Fallback, res.Reason = q, []*article{a}, "go-readability", ""
		}
	}
	if e.opts.MaxArticles > 0 && len(arts) > e.opts.MaxArticles {
		arts = arts[:e.opts.MaxArticles]
	}
	for _, a := range arts {
		if art, ok := on.finish(a); ok {
			res.Articles = append(res.Articles, art)
		}
	}
	if len(res.Articles) == 0 && res.Reason == "" {
		res.Reason = p.noArticleReason()
	}
	res.Removed = p.removed
	if on != p {
		res.Removed = append(res.Removed, on.removed...)
	}
	return res, nil
}
