package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/pare-dev/pare/extract"
	"github.com/pare-dev/pare/rules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// draft is the rule `pare rules new` writes, before its test is known.
type draft struct {
	name, host                         string
	article                            string // "" when the generic detection is to find the articles
	title, byline, published, modified string // "" when not found
	strips                             []draftStrip
	notes                              []string // comments for what was not found
}

type draftStrip struct {
	selector string
	reason   rules.Reason
	example  string // the text it removed, for the comment
}

// notStripped are the reasons whose removals are not boilerplate to
// strip: the header lines pare moves to metadata, and what the page hid.
var notStripped = map[rules.Reason]bool{rules.Title: true, rules.Byline: true, rules.Dateline: true,
	rules.Summary: true, rules.Hidden: true, rules.SignOff: true}

// deriveDraft reads a rule off the generic run: the container of the
// first article (lifted to the element that holds its headline too,
// when the body alone was chosen and no other article is in it), the fields inside it, strips for what was removed by class or
// id. With useArticle false it gives no container and scopes the fields
// to the page.
func deriveDraft(rep *explainReport, res *extract.Result, useArticle bool) draft {
	var d draft
	doc, art := rep.doc, res.Articles[0]
	if len(rep.articles) == 0 || doc == nil {
		return d
	}
	container := commonAncestor(rep.articles[0].roots)
	if t := elementByText(doc, art.Title, 0); t != nil && container != nil && !contains(container, t) {
		if up := commonAncestor([]*html.Node{container, t}); up != nil && up.DataAtom != atom.Body && up.DataAtom != atom.Html && !holdsOther(up, rep) {
			container = up
		}
	}
	scope := doc
	if useArticle && container != nil {
		if len(rep.articles) == 1 {
			d.article = selectorFor(container, doc)
		} else {
			d.article = sharedSelector(rep, container, doc)
		}
		if d.article != "" {
			scope = container
		}
	}
	if d.article == "" && useArticle {
		d.notes = append(d.notes, "article: left to the generic detection (no stable selector matches exactly the article containers)")
	}
	field := func(name, text string, slack int) string {
		if text == "" {
			return ""
		}
		if sel := selectorFor(elementByText(scope, text, slack), scope); sel != "" {
			return sel
		}
		d.notes = append(d.notes, fmt.Sprintf("%s: %q is in no element a stable selector finds (pare may read it from the page's metadata)", name, text))
		return ""
	}
	d.title = field("title", art.Title, 0)
	d.byline = field("byline", art.Byline, 12)
	d.published = field("published", art.Published.Text, 24)
	d.modified = field("modified", art.Modified.Text, 24)
	kept := map[*html.Node]bool{}
	for _, a := range rep.articles {
		for _, n := range a.kept {
			kept[n] = true
		}
	}
	seen := map[string]bool{}
	for _, rm := range rep.removed {
		if notStripped[rm.r.Reason] || !rm.r.Reason.Valid() {
			continue
		}
		for _, n := range rm.nodes {
			if container != nil && !contains(container, n) {
				continue
			}
			if sel := stripSelector(n, doc, kept); sel != "" && !seen[sel] && len(d.strips) < 12 {
				seen[sel] = true
				d.strips = append(d.strips, draftStrip{sel, rm.r.Reason, rm.r.Text})
			}
		}
	}
	return d
}

// dropMismatched leaves out each field whose selector gives the article
// a value other than the generic path's (a byline element that holds
// the date too, a date element the parser reads otherwise), with a note;
// it reports whether it dropped any.
func (d *draft) dropMismatched(got, want extract.Article) bool {
	dropped := false
	for _, f := range []struct {
		sel       *string
		name      string
		got, want string
	}{
		{&d.title, "title", got.Title, want.Title},
		{&d.byline, "byline", got.Byline, want.Byline},
		{&d.published, "published", got.Published.Text, want.Published.Text},
		{&d.modified, "modified", got.Modified.Text, want.Modified.Text},
	} {
		if *f.sel != "" && f.got != f.want {
			d.notes = append(d.notes, fmt.Sprintf("%s: %q was tried and left out: it reads %q where pare reads %q", f.name, *f.sel, f.got, f.want))
			*f.sel, dropped = "", true
		}
	}
	return dropped
}

// sharedSelector finds one selector that matches exactly the containers
// of every article, in order, so the rule keeps the page's articles
// apart; "" when there is none.
func sharedSelector(rep *explainReport, first, doc *html.Node) string {
	var want []*html.Node
	for _, a := range rep.articles {
		want = append(want, commonAncestor(a.roots))
	}
	want[0] = first
	for _, s := range candidates(first) {
		sel, err := rules.CompileSelector(s)
		if err != nil {
			continue
		}
		got := sel.MatchAll(doc)
		if len(got) != len(want) {
			continue
		}
		same := true
		for i := range got {
			same = same && got[i] == want[i]
		}
		if same {
			return s
		}
	}
	return ""
}

// holdsOther reports whether n holds the body of an article after the
// first: a container lifted that far would merge two articles.
func holdsOther(n *html.Node, rep *explainReport) bool {
	for _, a := range rep.articles[1:] {
		for _, r := range a.roots {
			if contains(n, r) {
				return true
			}
		}
	}
	return false
}

// yaml writes the draft as a rule file, with test as its tests: entry.
// Every string is written as a JSON string, which YAML reads as a
// double-quoted scalar, so no selector or text can break the file.
func (d draft) yaml(test *rules.Test) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s: a draft by `pare rules new` from the selectors pare's generic path found.\n", oneLine(d.host))
	b.WriteString("# Check each selector against the page (pare -explain-html shows what was kept and removed),\n")
	b.WriteString("# then run pare rules test on this folder.\n")
	for _, n := range d.notes {
		fmt.Fprintf(&b, "# %s\n", oneLine(n))
	}
	fmt.Fprintf(&b, "name: %s\nhosts: [%s]\n", q(d.name), q(d.host))
	for _, f := range []struct{ key, val string }{{"article", d.article}, {"title", d.title}, {"byline", d.byline},
		{"published", d.published}, {"modified", d.modified}} {
		if f.val != "" {
			fmt.Fprintf(&b, "%s: %s\n", f.key, q(f.val))
		}
	}
	if len(d.strips) > 0 {
		b.WriteString("strip:\n")
		for _, s := range d.strips {
			fmt.Fprintf(&b, "  - selector: %s # removed %s\n    reason: %s\n", q(s.selector), oneLine(shortLabel(strings.ReplaceAll(s.example, "#", ""))), s.reason)
		}
	}
	if test != nil {
		fmt.Fprintf(&b, "tests:\n  - page: %s\n    articles: %d\n", q(test.Page), test.Articles)
		if len(test.Contain) > 0 {
			fmt.Fprintf(&b, "    contain:\n")
			for _, c := range test.Contain {
				fmt.Fprintf(&b, "      - %s\n", qList(c))
			}
		}
		if len(test.Exclude) > 0 {
			fmt.Fprintf(&b, "    exclude:\n")
			for _, c := range test.Exclude {
				fmt.Fprintf(&b, "      - %s\n", qList(c))
			}
		}
	}
	return b.String()
}

func q(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return strings.TrimSpace(b.String())
}

func qList(list []string) string {
	parts := make([]string, len(list))
	for i, s := range list {
		parts[i] = q(s)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}
