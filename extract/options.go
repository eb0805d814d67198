package extract

import (
	"fmt"
	"log/slog"
	"time"

	"github.com/pare-dev/pare/rules"
)

// Options configure an Extractor. The zero value is ready to use: generic
// extraction with no publisher rules and the default limits.
type Options struct {
	// Rules are the publisher rules to use; nil means generic extraction only.
	Rules *rules.Set
	// SiteConfigs are FiveFilters site configs (rules.LoadSiteConfigs),
	// used on the pages no rule of Rules serves: a pare rule for a host
	// wins over a site config for it. Their find_string lines are
	// applied to the page's HTML before it is parsed, for the site
	// config the input URL selects. nil means none.
	SiteConfigs *rules.Set
	// MaxInputBytes caps the size of a page, as read and once ungzipped;
	// a larger page fails with ErrTooLarge. Zero means
	// DefaultMaxInputBytes.
	MaxInputBytes int64
	// MaxNodes caps the nodes a page's markup makes (elements, runs of
	// text, comments, and the formatting elements the parser re-opens),
	// counted before parsing; a page with more fails with
	// ErrTooManyNodes. It bounds a page's memory, which the node count
	// sets more than the size: a parsed node takes some 150 bytes, so
	// 60 MB of "<br>" would need some 2 GB. Zero means DefaultMaxNodes.
	MaxNodes int
	// MaxDepth is how deeply elements may nest: markup nested deeper is
	// flattened to about this depth (start tags past it dropped, their
	// text kept in place) and noted in Result.Removed; a page that still
	// will not parse fails with ErrTooDeep. Zero means DefaultMaxDepth;
	// at most 400, under golang.org/x/net/html's limit of 512.
	MaxDepth int
	// MaxArticles caps how many articles one page yields; zero means no cap.
	MaxArticles int
	// PrimaryOnly returns only the article the page's URL points to: an
	// appended story whose own URL is Input.URL, else the page's own
	// article.
	PrimaryOnly bool
	// AllPages makes a page that holds no article (a product page, a list
	// of posts, a forum thread) yield its main content as one Article
	// with NotArticle set, and Result.Reason saying why it is no article,
	// instead of no article at all. For uses such as search indexing that
	// want every page's text. A page whose articles cover little of its
	// main content (a list of posts with one long excerpt) yields the main
	// content too.
	AllPages bool
	// NoSplit gives one article per page: the page's main article,
	// without cutting off the stories a site appended below it (for a
	// scraper that wants one text per page). Publisher rules that name
	// each article still do.
	NoSplit bool
	// SecondOpinion asks go-readability for the article of a page where
	// pare's own selection finds none, and keeps its answer, cleaned by
	// pare's stages, when it passes pare's article gate (Result.Fallback
	// says "go-readability"). It is off by default: on those pages it can
	// need a few hundred times the page's size in memory.
	SecondOpinion bool
	// ReferenceTime is when the pages were fetched or saved, against which
	// relative dates ("3 hours ago", "gestern") are read. Zero leaves such
	// dates unread (Date.Time zero, Date.Text kept): pare never reads
	// them against the clock, which says nothing of when a saved page was
	// written.
	ReferenceTime time.Time
	// DateGuesser, when set, is asked for the page's own article's
	// publication date when the article, its JSON-LD and the page's
	// <meta> give none (see dateguess.go). Package
	// github.com/pare-dev/pare/htmldate provides one, go-htmldate, which
	// the pare command uses. It is not built in: go-htmldate's date
	// tables cost some 240 ms and 78 MB when a program starts, which a
	// program that imports extract alone should not pay.
	DateGuesser DateGuesser
	// Logger receives debug records about each page; nil is silent.
	Logger *slog.Logger
	// Outputs selects which renderings of each article's body Extract
	// fills in: Text, HTML, Markdown, or several joined with |. Zero means
	// all three. The others stay empty, and their cost is not paid:
	// sanitising the HTML and converting it to Markdown take about a fifth
	// of the time of a whole extraction. Which articles are found, and
	// everything else about them, does not depend on Outputs.
	Outputs Outputs

	// The renderings' content (issue 11). Captions keeps the photo
	// captions and credits (a figcaption, a caption line) in the text,
	// HTML and Markdown; by default they go, as boilerplate a reader of
	// the article skips. NoLinks writes each link as its text (in the
	// HTML and Markdown; the text never holds URLs). NoImages drops the
	// images from the HTML and Markdown. NoTables drops data tables from
	// all three renderings (a layout table is unwrapped whatever the
	// switch says: its cells are the article's paragraphs). FrontMatter
	// starts Article.Markdown with a YAML front matter block holding the
	// article's metadata (title, authors, dates, URL, site, language),
	// the shape note-taking tools (Obsidian, Hugo, Jekyll) read.
	Captions    bool
	NoLinks     bool
	NoImages    bool
	NoTables    bool
	FrontMatter bool
}

// Outputs is a set of renderings of an article's body (see Options.Outputs).
type Outputs uint8

// The renderings Options.Outputs can ask for.
const (
	Text     Outputs = 1 << iota // Article.Text
	HTML                         // Article.HTML: sanitised, with absolute links
	Markdown                     // Article.Markdown, converted from the sanitised HTML

	AllOutputs = Text | HTML | Markdown
)

// The default limits. A page's time budget is its context's deadline:
// every stage, and reading the page, returns the context's error once it
// is done.
const (
	// DefaultMaxInputBytes is the default page size limit, 64 MiB.
	DefaultMaxInputBytes = 64 << 20
	// DefaultMaxNodes is the default node limit, a million: 29 times the
	// most any page of the benchmark sets makes (34,450), and at most
	// some 300 MB of heap for a page at the limit (see BenchmarkLimits).
	DefaultMaxNodes = 1_000_000
	// DefaultMaxDepth is the default nesting limit, 200: the depth pare
	// has always flattened to, and more than three times the deepest page
	// of the benchmark (56).
	DefaultMaxDepth = 200
)

func (o Options) check() error {
	if o.MaxInputBytes < 0 {
		return fmt.Errorf("extract: MaxInputBytes is negative (%d)", o.MaxInputBytes)
	}
	if o.MaxNodes < 0 {
		return fmt.Errorf("extract: MaxNodes is negative (%d)", o.MaxNodes)
	}
	if o.MaxDepth < 0 || o.MaxDepth > maxFlattenDepth {
		return fmt.Errorf("extract: MaxDepth %d is outside 0 to %d", o.MaxDepth, maxFlattenDepth)
	}
	if o.MaxArticles < 0 {
		return fmt.Errorf("extract: MaxArticles is negative (%d)", o.MaxArticles)
	}
	if o.Outputs&^AllOutputs != 0 {
		return fmt.Errorf("extract: Outputs holds unknown bits (%#x)", uint8(o.Outputs))
	}
	return nil
}

func (o Options) withDefaults() Options {
	if o.MaxInputBytes == 0 {
		o.MaxInputBytes = DefaultMaxInputBytes
	}
	if o.MaxNodes == 0 {
		o.MaxNodes = DefaultMaxNodes
	}
	if o.MaxDepth == 0 {
		o.MaxDepth = DefaultMaxDepth
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.PrimaryOnly {
		o.MaxArticles = 1
	}
	if o.Outputs == 0 {
		o.Outputs = AllOutputs
	}
	if o.SiteConfigs != nil { // one set to look rules up in; Match prefers pare rules
		o.Rules, o.SiteConfigs = rules.Merge(o.Rules, o.SiteConfigs), nil
	}
	return o
}
