// Package rules holds per-publisher extraction rules as data: which hosts a
// rule serves, where its articles, titles, bylines and dates sit, and what
// to strip. It loads and checks rule files; it does no extraction itself.
//
// A rule file is YAML (or JSON), one publisher per file, named after its
// host key: publishers/arabnews.com.yaml. Load reads a directory of them
// through an fs.FS, strictly: unknown keys, wrong types and empty values
// are errors, and every selector and pattern is compiled, so a typo fails
// loudly instead of quietly matching nothing. Each problem is an *Error
// naming the file, line and field. Load is bounded on hostile input (see
// Load for the limits) and never panics. Builtin loads the files pare ships,
// Merge lays a user's own over them, and Set.Match finds a page's rule by
// host. A Set is immutable and safe for concurrent use.
//
// LoadSiteConfigs reads FiveFilters site configs (the Full-Text RSS
// format: "directive: value" lines, XPath 1.0 selectors) into the same
// Rule; a pare rule for a host always wins over a site config for it.
// Native rules stay the richer format: article boundaries, summaries,
// text patterns and strip reasons have no site config directive.
//
// Files, in the order a rule flows through them:
//
//	rules.go    the compiled types: Rule, Selector, Reason
//	load.go     Load: walking the file system, parsing each file
//	limits.go   Options and the bounded read of a file
//	shape.go    refusing, before parsing, what the YAML library handles badly
//	decode.go   strict decoding: unknown keys, strings and integers with lines
//	compile.go  checking a decoded file and compiling it into a Rule
//	errors.go   Error, its sentinels, and finding a YAML error's line and field
//	set.go      Set and Merge
//	match.go    host matching and host checks (golang.org/x/net/publicsuffix)
//	builtin.go  the embedded publishers/ folder
//	xpath.go    XPath alternatives of a Selector (github.com/antchfx/xpath)
//	siteconfig.go       LoadSiteConfigs: walking, host names, global.txt
//	siteconfigparse.go  one site config's lines mapped onto a Rule
package rules

import (
	"regexp"
	"slices"
	"strings"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// Reason says why a piece of a page is not article text. Strip entries in
// rule files name one, and the extractor reports one for each removal.
type Reason string

// The reasons a rule file may give. Unknown reasons are load errors, so a
// typo cannot hide a strip entry from -explain filters.
const (
	Caption    Reason = "caption"    // photo captions and credits
	Share      Reason = "share"      // share, follow and "Short Url" widgets
	Related    Reason = "related"    // related-story teasers, "more stories"
	SignOff    Reason = "signoff"    // a closing line that repeats the byline
	Byline     Reason = "byline"     // byline lines; the byline goes to metadata
	Dateline   Reason = "date"       // "Posted / Updated" lines; dates go to metadata
	Title      Reason = "title"      // the title repeated inside the body
	Summary    Reason = "summary"    // highlight bullets; they go to Article.Summary
	Navigation Reason = "navigation" // menus, breadcrumbs, pagination, tags
	Ad         Reason = "ad"         // advertising and sponsored blocks
	Newsletter Reason = "newsletter" // newsletter and subscription prompts
	Cookie     Reason = "cookie"     // cookie and consent notices
	Comments   Reason = "comments"   // comment threads and forms
	Media      Reason = "media"      // players, galleries, embeds without article text
	Hidden     Reason = "hidden"     // elements the page hides from readers
	Other      Reason = "other"      // anything else a rule names
)

// Reasons lists every valid Reason.
var Reasons = []Reason{Caption, Share, Related, SignOff, Byline, Dateline, Title,
	Summary, Navigation, Ad, Newsletter, Cookie, Comments, Media, Hidden, Other}

// Valid reports whether r is one of Reasons.
func (r Reason) Valid() bool {
	for _, v := range Reasons {
		if r == v {
			return true
		}
	}
	return false
}

// Rule is one publisher's rule, compiled. All selectors are compiled at
// load time: CSS in a pare rule, XPath in a site config; a zero Selector
// means "not given".
type Rule struct {
	// File is the rule's file name within the loaded file system.
	File string
	// Name is a display name; it defaults to the file name without extension.
	Name string
	// Hosts are the registrable domains or host names the rule serves.
	// A host also covers its subdomains (www.example.com for example.com).
	Hosts []string
	// Article selects article containers: each match is one article, in
	// document order. Zero means the generic detection finds them.
	Article Selector
	// Title, Byline, Published, Modified, Summary and Body are looked up
	// inside each article container (or the whole page when Article is
	// zero). Dates are read from a datetime or content attribute first,
	// then from the text. Summary matches are one bullet each.
	Title     Selector
	Byline    Selector
	Published Selector
	Modified  Selector
	Summary   Selector
	Body      Selector
	// Strip removes matching elements from each article, for a reason.
	Strip []Strip
	// StripText removes blocks (paragraphs, lines) whose whole text
	// matches a pattern.
	StripText []TextStrip
	// Exclude lists text that no article of this publisher may contain;
	// checked by the golden tests.
	Exclude []string
	// Tests are the rule's own checks against its fixtures.
	Tests []Test
	// Format is the kind of file the rule was read from.
	Format Format
	// Replace lists the replacements a site config's find_string and
	// replace_string lines make in the page's HTML before it is parsed,
	// in the file's order.
	Replace []Replacement
	// NoFallback means that when Body finds nothing the page yields no
	// article, rather than what the generic path finds: a site config's
	// "autodetect_on_failure: no".
	NoFallback bool
}

// Format is the kind of file a Rule was read from.
type Format uint8

const (
	Native     Format = iota // a pare rule file (YAML or JSON)
	SiteConfig               // a FiveFilters site config (see LoadSiteConfigs)
)

// Replacement is one find-and-replace of a page's HTML.
type Replacement struct {
	Find, With string
}

// Strip is one element-removal entry of a rule.
type Strip struct {
	Selector Selector
	Reason   Reason
}

// TextStrip is one text-removal entry of a rule.
type TextStrip struct {
	Pattern *regexp.Regexp
	Reason  Reason
}

// Test says what a fixture page of this publisher must yield.
type Test struct {
	// URL is the page a site config's test_url names. pare never
	// fetches, so such a test has no Page and Contain holds its
	// test_contains lines; it is kept for tools that have the page.
	URL string
	// Page is the fixture's file name under testdata/<host>/.
	Page string
	// Articles is the number of articles the page must yield.
	Articles int
	// Contain and Exclude list text that article i must and must not
	// contain; shorter lists leave later articles unchecked.
	Contain [][]string
	Exclude [][]string
}

// Selector is a compiled selector that remembers its source: a CSS
// selector group (a pare rule's) or an XPath 1.0 expression (a site
// config's), or an ordered list of such alternatives, of which the first
// that finds anything wins (see Find). The zero Selector is "not given".
type Selector struct {
	src  string
	alts []alt
}

// CompileSelector compiles a CSS selector group such as "h1.title, h1".
func CompileSelector(src string) (Selector, error) {
	sel, err := cascadia.ParseGroup(src)
	if err != nil {
		return Selector{}, err
	}
	return Selector{src: src, alts: []alt{{css: sel}}}, nil
}

// Alternatives returns a Selector trying sels in order: Find gives the
// matches of the first that finds anything. Zero selectors are skipped.
// A site config's repeated "title:" lines become one such Selector, as
// FiveFilters tries them in the file's order.
func Alternatives(sels ...Selector) Selector {
	var out Selector
	var srcs []string
	for _, s := range sels {
		if s.IsZero() {
			continue
		}
		out.alts = append(out.alts, s.alts...)
		srcs = append(srcs, s.src)
	}
	out.src = strings.Join(srcs, " ; ")
	return out
}

// String returns the selector's source text; alternatives are separated
// by " ; ".
func (s Selector) String() string { return s.src }

// IsZero reports whether the selector was not given.
func (s Selector) IsZero() bool { return len(s.alts) == 0 }

// Len returns the number of alternatives: 1 for a CSS selector group.
func (s Selector) Len() int { return len(s.alts) }

// Find returns what the selector finds under root, trying the
// alternatives in order and returning the matches of the first that
// finds anything, in document order. A CSS alternative matches root's
// descendants. An XPath alternative is evaluated, as FiveFilters does,
// over the whole document root belongs to, so "//meta[@property=
// 'og:title']/@content" finds the head's metadata from the body; what it
// returns depends on how it was compiled (see CompileXPath).
func (s Selector) Find(root *html.Node) []*html.Node {
	if root == nil {
		return nil
	}
	for _, a := range s.alts {
		if nodes := a.find(root); len(nodes) > 0 {
			return nodes
		}
	}
	return nil
}

// FindFunc is Find keeping only the nodes keep accepts: an alternative
// whose matches keep refuses all is passed over as if it found nothing.
// The extractor passes "holds text" for a body, so that a site config's
// body line matching an empty placeholder gives way to the next line.
func (s Selector) FindFunc(root *html.Node, keep func(*html.Node) bool) []*html.Node {
	if root == nil {
		return nil
	}
	for _, a := range s.alts {
		if nodes := slices.DeleteFunc(a.find(root), func(n *html.Node) bool { return !keep(n) }); len(nodes) > 0 {
			return nodes
		}
	}
	return nil
}

// Match reports whether n matches the selector: the first alternative
// that finds anything in n's document finds n.
func (s Selector) Match(n *html.Node) bool {
	if len(s.alts) == 1 && s.alts[0].css != nil {
		return s.alts[0].css.Match(n)
	}
	return n != nil && slices.Contains(s.Find(top(n)), n)
}

// MatchAll returns n and its descendants that match, in document order.
// With Match and Filter it makes a Selector a goquery.Matcher, so a
// compiled rule selector can be given to goquery's FindMatcher.
func (s Selector) MatchAll(n *html.Node) []*html.Node {
	if s.IsZero() || n == nil {
		return nil
	}
	if len(s.alts) == 1 && s.alts[0].css != nil {
		var out []*html.Node
		if s.alts[0].css.Match(n) {
			out = append(out, n)
		}
		return append(out, cascadia.QueryAll(n, s.alts[0].css)...)
	}
	var out []*html.Node
	for _, m := range s.Find(top(n)) {
		if isWithin(m, n) {
			out = append(out, m)
		}
	}
	return out
}

// Filter returns the nodes that match.
func (s Selector) Filter(nodes []*html.Node) []*html.Node {
	if s.IsZero() {
		return nil
	}
	var out []*html.Node
	for _, n := range nodes {
		if s.Match(n) {
			out = append(out, n)
		}
	}
	return out
}

// top returns the root of n's tree: the document node of a parsed page.
func top(n *html.Node) *html.Node {
	for n.Parent != nil {
		n = n.Parent
	}
	return n
}

// isWithin reports whether n is root or one of its descendants.
func isWithin(n, root *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == root {
			return true
		}
	}
	return false
}
