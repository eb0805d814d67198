package extract

import (
	"bytes"
	"fmt"
	"strings"
	"sync"

	"github.com/pare-dev/pare/rules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// seedRuleMarks marks what a rule strips, before the page is cut into
// blocks, so stripped elements drop out like any other boilerplate. Rule
// marks are never vetoed (see vetoMarks). A mark acts on the text blocks
// under its element, so an element holding no text (an ad image, an
// empty player, a tracking pixel) would survive it in the HTML and
// Markdown renderings: such an element is removed from the tree instead.
func (p *page) seedRuleMarks(r *rules.Rule) {
	for i, s := range r.Strip {
		by := fmt.Sprintf("rule %s strip[%d] %s", r.Name, i, s.Selector)
		for _, n := range find(p.body, s.Selector) {
			if n.Type != html.ElementNode || n.Parent == nil {
				continue // an attribute or string result, or one removed already
			}
			if strings.TrimSpace(textOf(n)) == "" {
				p.notef(s.Reason, "%s: %s", by, describe(n))
				remove(n)
				continue
			}
			p.marks[n] = mark{s.Reason, by, byRule}
		}
	}
}

// applyRule finds the articles a rule describes: each match of its
// article selector is one article, its body the matches of the body
// selector inside it. It returns nil and a note when the rule locates
// nothing on this page (a page of the publisher's in another layout),
// and nil without a note when the rule only strips and sets fields, so
// the generic path locates the article.
func (p *page) applyRule(r *rules.Rule) ([]*article, string) {
	if r.Article.IsZero() && r.Body.IsZero() {
		return nil, ""
	}
	containers := []*html.Node{p.body}
	if !r.Article.IsZero() {
		containers = outermost(find(p.body, r.Article))
		if len(containers) == 0 {
			return nil, fmt.Sprintf("rule %s: article selector %q matched nothing; generic extraction used", r.Name, r.Article)
		}
	}
	var arts []*article
	for _, c := range containers {
		roots := []*html.Node{c}
		if !r.Body.IsZero() { // a body without text (a placeholder scripts fill) is no body
			roots = outermost(r.Body.FindFunc(c, func(n *html.Node) bool { return strings.TrimSpace(textOf(n)) != "" }))
		}
		if len(roots) == 0 {
			continue
		}
		a := &article{rule: r, roots: roots, appended: len(arts) > 0}
		lo := p.spans[c].lo
		if c == p.body {
			lo = max(0, p.spans[roots[0]].lo-maxHeaderBlocks)
		}
		a.zone = span{lo: lo, hi: p.spans[roots[0]].lo}
		p.ruleFields(r, c, a)
		if a.url == "" && a.appended {
			a.url = storyURL(c, roots[0])
		}
		arts = append(arts, a)
	}
	if len(arts) == 0 {
		return nil, fmt.Sprintf("rule %s: body selector %q matched nothing with text; generic extraction used", r.Name, r.Body)
	}
	return arts, ""
}

// ruleFields reads the fields a rule locates inside container c.
func (p *page) ruleFields(r *rules.Rule, c *html.Node, a *article) {
	if n := first(c, r.Title); n != nil {
		a.title = textOf(n)
	}
	if n := first(c, r.Byline); n != nil {
		t := textOf(n)
		if name, ok := bylineLine(t); ok {
			t = name
		}
		a.byline = t
	}
	if n := first(c, r.Published); n != nil {
		a.published = dateOf(n)
	}
	if n := first(c, r.Modified); n != nil {
		a.modified = dateOf(n)
	}
	for _, n := range find(c, r.Summary) {
		if t := textOf(n); t != "" {
			a.summary = append(a.summary, t)
		}
	}
}

// dateOf reads a date from an element: its datetime or content attribute,
// else its text, without a "Posted" or "Updated" label.
func dateOf(n *html.Node) Date {
	text := textOf(n)
	if d, _, ok := dateLine(text); ok {
		text = d.Text
	}
	for _, k := range []string{"datetime", "content"} {
		if v := strings.TrimSpace(attr(n, k)); v != "" {
			d := parseDate(v)
			if text != "" {
				d.Text = text
			}
			return d
		}
	}
	return parseDate(text)
}

var storyURLAttrs = sync.OnceValue(func() []string { return lexiconList("story-url-attributes").texts() })

// find returns what a rule selector finds under root, in document order
// (see rules.Selector.Find: a site config's XPath reads the whole page).
func find(root *html.Node, sel rules.Selector) []*html.Node {
	return sel.Find(root)
}

func first(root *html.Node, sel rules.Selector) *html.Node {
	if nodes := find(root, sel); len(nodes) > 0 {
		return nodes[0]
	}
	return nil
}

// outermost drops nodes nested inside other nodes of the list.
func outermost(nodes []*html.Node) []*html.Node {
	var out []*html.Node
	for _, n := range nodes {
		inside := false
		for _, o := range out {
			if isAncestor(o, n) {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, n)
		}
	}
	return out
}

// storyURL returns the URL an infinite-scroll site attached to a story's
// container c (on c or between c and the body element root), in one of
// the attributes of lexicon/story-url-attributes.txt, or the link on c's
// first heading.
func storyURL(c, root *html.Node) string {
	keys := storyURLAttrs()
	for n := root; n != nil; n = n.Parent {
		for _, k := range keys {
			if v := attr(n, k); v != "" {
				return v
			}
		}
		if n == c {
			break
		}
	}
	var url string
	walk(c, func(n *html.Node) bool {
		if url != "" {
			return false
		}
		if isHeading(n) {
			if a := findElem(n, atom.A); a != nil {
				url = attr(a, "href")
			}
			return false
		}
		return true
	})
	return url
}

// replaceHTML makes a site config's find_string replacements in a page's
// HTML, in order, before it is parsed, as Full-Text RSS does. A
// replacement that would take the page past max bytes is skipped, so a
// rule cannot make a page larger than Options.MaxInputBytes allows.
func replaceHTML(text []byte, r *rules.Rule, max int64) []byte {
	if r == nil {
		return text
	}
	for _, rp := range r.Replace {
		n := bytes.Count(text, []byte(rp.Find))
		if n == 0 || int64(len(text))+int64(n)*int64(len(rp.With)-len(rp.Find)) > max {
			continue
		}
		text = bytes.ReplaceAll(text, []byte(rp.Find), []byte(rp.With))
	}
	return text
}
