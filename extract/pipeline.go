package extract

import (
	"bytes"
	"context"
	"net/url"
	"strings"

	"github.com/pare-dev/pare/rules"
	"golang.org/x/net/html"
)

// pipeline is the order a page flows in, from bytes to articles. Each
// stage reads what the stages before it settled and settles one thing
// more; a stage that ends the page early (an empty page, no <body>)
// returns stop. The context is checked between stages.
var pipeline = []stage{
	{"read", readStage},            // size limit, gzip, empty page, binary sniffing
	{"decode", decodeStage},        // charset → UTF-8
	{"parse", parseStage},          // the tree, as a browser with scripting off builds it
	{"page metadata", metaStage},   // <meta>, OpenGraph, JSON-LD, canonical URL, base URL
	{"clean", cleanStage},          // scripts, hidden elements; boilerplate marked by markup
	{"rule marks", ruleMarksStage}, // a matched publisher rule's strips become marks
	{"blocks", blocksStage},        // the body cut once into text blocks, with prefix sums
	{"marks", marksStage},          // marks trusted by source, lifted from articles
	{"select", selectStage},        // a rule's articles, or scoring, splitting and one body per region
	{"fallbacks", fallbackStage},   // main content (AllPages), go-readability (SecondOpinion)
	{"articles", articlesStage},    // per article: header, trim, metadata, renderings
}

// stage is one step of the pipeline.
type stage struct {
	name string
	run  func(*run) (stop bool, err error)
}

// run is one page on its way through the pipeline: the input, what each
// stage made of it, and the Result being filled.
type run struct {
	e   *Extractor
	ctx context.Context
	in  Input
	res *Result

	raw  []byte     // read: the page's bytes, ungzipped
	text []byte     // decode: the page in UTF-8
	doc  *html.Node // parse
	deep bool       // parse: markup nested past the parser's limit was flattened
	p    *page      // page metadata: the per-page state every later stage shares
	rule *rules.Rule
	arts []*article // select, fallbacks: the articles found, not yet finished
	on   *page      // fallbacks: the page the articles are on (p, or go-readability's)
}

func readStage(r *run) (bool, error) {
	raw, err := readPage(r.ctx, r.in.Body, r.e.opts.MaxInputBytes)
	if err != nil {
		return true, err
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		r.res.Reason = reason(EmptyPage, "empty page")
		return true, nil
	}
	r.raw = raw
	return false, sniffBinary(raw)
}

func decodeStage(r *run) (bool, error) {
	r.text, r.res.Encoding = decode(r.raw, r.in.ContentType)
	r.raw = nil
	r.text = replaceHTML(r.text, r.e.opts.Rules.MatchURL(safeURL(r.in.URL)), r.e.opts.MaxInputBytes)
	return false, nil
}

func parseStage(r *run) (bool, error) {
	var err error
	r.doc, r.deep, err = parse(r.ctx, r.text, r.e.opts.MaxNodes, r.e.opts.MaxDepth)
	r.text = nil
	if err == nil && r.in.Explain != nil {
		r.in.Explain.Parsed(r.doc)
	}
	return false, err
}

func metaStage(r *run) (bool, error) {
	p := newPage(r.ctx, &r.e.opts, &r.e.render, r.doc)
	r.p, r.on = p, p
	p.explain = r.in.Explain
	if r.deep {
		p.notef(rules.Other, "markup nested deeper than %d elements was flattened", r.e.opts.MaxDepth)
	}
	p.meta = readMetadata(r.doc)
	res := r.res
	res.URL, res.URLSource = pageURL(safeURL(r.in.URL), p.meta) // http(s) only: see safeURL
	p.url, p.base = res.URL, parseBase(res.URL, r.doc)
	res.Title, res.SiteName, res.Language = p.pageTitle(), p.meta.siteName, p.meta.lang
	if p.body == nil {
		res.Reason = reason(NoBody, "no <body> in page")
		return true, nil
	}
	return false, nil
}

func cleanStage(r *run) (bool, error) {
	r.p.prune(r.p.body)
	return false, nil
}

func ruleMarksStage(r *run) (bool, error) {
	if r.rule = r.e.opts.Rules.MatchURL(r.res.URL); r.rule != nil {
		r.res.Rule = r.rule.Name
		r.p.seedRuleMarks(r.rule)
	}
	return false, nil
}

func blocksStage(r *run) (bool, error) {
	r.p.segment(r.p.body)
	return false, nil
}

func marksStage(r *run) (bool, error) {
	r.p.settleMarks(allMarks)
	return false, nil
}

// selectStage finds the articles: a matched rule's, else the generic
// path's (score, split into regions, one body per region). A rule whose
// selectors find nothing leaves a RuleNote and the generic path runs; a
// rule that only knows fields (no article selector) fills them in.
func selectStage(r *run) (bool, error) {
	p, rule := r.p, r.rule
	if rule != nil {
		r.arts, r.res.RuleNote = p.applyRule(rule)
	}
	if r.arts == nil && rule != nil && rule.NoFallback && r.res.RuleNote != "" {
		r.res.RuleNote += " (the rule asks for no generic extraction)"
		return false, nil
	}
	if r.arts == nil {
		r.arts = p.generic()
		if rule != nil && len(r.arts) > 0 && r.res.RuleNote == "" {
			p.ruleFields(rule, p.body, r.arts[0])
			r.arts[0].rule = rule
		}
	}
	return false, nil
}

// fallbackStage settles what to give when selection found no article,
// or found articles that hold little of the page: the text of the page's
// JSON-LD when the visible page holds no article (an article found so is
// no part of the visible page, so AllPages does not weigh it against
// the page's main content), the main content with AllPages,
// go-readability's answer with SecondOpinion; then the cap.
func fallbackStage(r *run) (bool, error) {
	p, res, opts := r.p, r.res, &r.e.opts
	if len(r.arts) == 0 {
		res.Reason = p.noArticleReason()
		if q, a := p.ldBodyArticle(); a != nil {
			r.on, r.arts, res.Fallback, res.Reason = q, []*article{a}, "json-ld", Reason{}
		}
	}
	if opts.AllPages && r.on == p {
		if a := p.mainContentFor(r.arts); a != nil {
			r.arts, res.Fallback = []*article{a}, "main content"
			if res.Reason.IsZero() {
				res.Reason = reason(LittleOfMainContent, "the articles found hold little of the page's main content")
			}
		}
	}
	if len(r.arts) == 0 && opts.AllPages && res.Reason.Kind == NoText {
		if q, a := p.descriptionArticle(); a != nil {
			a.lenient = true // main content, not an article: NotArticle
			r.on, r.arts, res.Fallback = q, []*article{a}, "description"
		}
	}
	if len(r.arts) == 0 && opts.SecondOpinion {
		if q, a := p.secondOpinion(); a != nil {
			r.on, r.arts, res.Fallback, res.Reason = q, []*article{a}, "go-readability", Reason{}
		}
	}
	if opts.PrimaryOnly {
		r.arts = r.p.primary(r.arts, r.in.URL)
	}
	if opts.MaxArticles > 0 && len(r.arts) > opts.MaxArticles {
		r.arts = r.arts[:opts.MaxArticles]
	}
	return false, nil
}

// trimSnapshot records what finishing articles changes on the page (the
// blocks dropped, the removals noted) and returns a function that puts
// it back.
func (p *page) trimSnapshot() func() {
	drops := make([]rules.Reason, len(p.blocks))
	for i := range p.blocks {
		drops[i] = p.blocks[i].drop
	}
	removed := len(p.removed)
	return func() {
		for i := range p.blocks {
			p.blocks[i].drop = drops[i]
		}
		p.removed = p.removed[:removed]
	}
}

// primary puts first the article the caller's URL points to: an appended
// story whose own URL (its data-url, its headline's link) is that URL, as
// when a crawler fetched a story's address and the site served it below
// another; else the page's own article stays first.
func (p *page) primary(arts []*article, given string) []*article {
	want := sameURLKey(safeURL(given))
	if want == "" {
		return arts
	}
	for i, a := range arts {
		if i > 0 && sameURLKey(p.absURL(a.url)) == want {
			return append([]*article{a}, append(arts[:i:i], arts[i+1:]...)...)
		}
	}
	return arts
}

// sameURLKey is a URL as compared for primary: without its fragment and
// trailing slash, its scheme and host lowercased.
func sameURLKey(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Host == "" {
		return ""
	}
	u.Fragment, u.RawFragment = "", ""
	u.Scheme, u.Host = strings.ToLower(u.Scheme), strings.ToLower(u.Host)
	return strings.TrimRight(u.String(), "/")
}

// articlesStage finishes each article in page order (articleStages).
// With AllPages, a page whose articles all trim to nothing (a thread's
// opening post that is a list of links, taken for an article and then
// dropped as a link list) still yields its main content: the trimming
// that emptied them is undone first, so its drops and notes do not carry
// over to the main content.
func articlesStage(r *run) (bool, error) {
	res := r.res
	retry := r.e.opts.AllPages && r.on == r.p && res.Fallback == "" && len(r.arts) > 0
	var undo func()
	if retry {
		undo = r.p.trimSnapshot()
	}
	r.on.noteAppended(r.arts)
	for _, a := range r.arts {
		if art, ok := r.on.finish(a); ok {
			res.Articles = append(res.Articles, art)
		}
	}
	if retry && len(res.Articles) == 0 {
		undo()
		if a := r.p.mainContentFor(nil); a != nil {
			if art, ok := r.p.finish(a); ok {
				res.Articles, res.Fallback = append(res.Articles, art), "main content"
				if res.Reason.IsZero() {
					res.Reason = r.p.noArticleReason()
				}
			}
		}
	}
	if len(res.Articles) == 0 && res.Reason.IsZero() {
		res.Reason = r.p.noArticleReason()
	}
	res.Removed, res.Warnings = r.p.removed, r.p.warnings
	if r.on != r.p {
		res.Removed = append(res.Removed, r.on.removed...)
		res.Warnings = append(res.Warnings, r.on.warnings...)
	}
	return false, nil
}

// articleStages turn one located article into an Article, in order. Each
// reads what the ones before it settled: trimming needs the headline (to
// drop a line repeating it), the metadata stage the lines trimming took
// out, rendering the blocks trimming kept. An article whose trimming
// keeps nothing is dropped.
var articleStages = []articleStage{
	{"headline", headlineStage}, // the title: a rule's, else the heading that matches the page's
	{"header", headerStage},     // byline and date lines, highlight bullets above the body
	{"trim", trimStage},         // the body's boilerplate blocks dropped (linerules.go)
	{"metadata", metadataStage}, // byline, dates, URL and authors settled (settleMetadata)
	{"render", renderStage},     // text, HTML and Markdown, as Options.Outputs asks
}

type articleStage struct {
	name string
	run  func(*page, *finishing) (keep bool)
}

// finishing is one article on its way through articleStages.
type finishing struct {
	a    *article
	body []int32 // the blocks under the body's roots
	kept []int32 // trim: the blocks that are article text
	art  Article // metadata: the article as the caller gets it
}

// finish runs articleStages on a. ok is false when nothing of the body
// remains.
func (p *page) finish(a *article) (Article, bool) {
	f := &finishing{a: a, body: p.bodyBlocks(a.roots)}
	for _, st := range articleStages {
		if !st.run(p, f) {
			return Article{}, false
		}
	}
	return f.art, true
}

func headlineStage(p *page, f *finishing) bool {
	if f.a.title == "" {
		f.a.title = p.findTitle(f.a, f.body)
	}
	return true
}

func headerStage(p *page, f *finishing) bool {
	p.readHeader(f.a)
	return true
}

func trimStage(p *page, f *finishing) bool {
	f.kept = p.cleanBody(f.a, f.body)
	return len(f.kept) > 0
}

func metadataStage(p *page, f *finishing) bool {
	f.art = p.settleMetadata(f.a)
	p.settleLanguage(&f.art, f.kept)
	return true
}

func renderStage(p *page, f *finishing) bool {
	p.renderBody(&f.art, f.a.roots, f.kept)
	p.explainArticle(f.a.roots, f.kept)
	return true
}
