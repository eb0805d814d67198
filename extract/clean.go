package extract

import (
	"strings"
	"sync"

	"github.com/pare-dev/pare/rules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// junkElems never hold article text: scripts, styles, embedded players,
// form controls. They are removed before anything is measured.
var junkElems = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Canvas: true, atom.Iframe: true,
	atom.Object: true, atom.Embed: true, atom.Video: true, atom.Audio: true,
	atom.Source: true, atom.Track: true, atom.Map: true, atom.Select: true,
	atom.Option: true, atom.Datalist: true, atom.Input: true, atom.Button: true,
	atom.Textarea: true, atom.Link: true, atom.Meta: true, atom.Base: true,
	atom.Dialog: true, atom.Frame: true, atom.Frameset: true, atom.Applet: true,
}

// prune removes junk elements, comments and what the page hides from
// readers (the hidden attribute, display:none, visibility:hidden,
// aria-hidden), recording hidden text so -explain can show it.
func (p *page) prune(root *html.Node) {
	revealStreamed(root)
	var doomed, formulas []*html.Node
	walk(root, func(n *html.Node) bool {
		switch n.Type {
		case html.CommentNode:
			doomed = append(doomed, n)
			return false
		case html.ElementNode:
			if _, ok := mathSource(n); ok && !isHidden(n) {
				formulas = append(formulas, n) // its TeX stays (math.go)
				return false
			}
			if n.DataAtom == atom.Noscript && keepNoscript(n) {
				return true
			}
			if junkElems[n.DataAtom] {
				doomed = append(doomed, n)
				return false
			}
			if isHidden(n) {
				p.note(rules.Hidden, "hidden element", n)
				doomed = append(doomed, n)
				return false
			}
		}
		return true
	})
	for _, n := range doomed {
		remove(n)
	}
	replaceMath(formulas)
	dropLineGutters(root) // code.go
}

// revealStreamed puts streamed server-rendered content where the browser
// would show it. React's streaming renderer (Next.js and others) sends a
// placeholder <template id="B:0"> first and the content later in a
// <div hidden id="S:0">, which a script then moves into place; a saved
// page holds both, and without this step its whole text counts as hidden.
func revealStreamed(root *html.Node) {
	slots := map[string]*html.Node{}
	var parts []*html.Node
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		id := attr(n, "id")
		switch {
		case n.DataAtom == atom.Template && strings.HasPrefix(id, "B:"):
			slots[id[2:]] = n
		case n.DataAtom == atom.Div && strings.HasPrefix(id, "S:") && hasAttr(n, "hidden"):
			parts = append(parts, n)
			return false
		}
		return true
	})
	for _, d := range parts {
		d.Attr = withoutAttr(d.Attr, "hidden")
		if slot := slots[attr(d, "id")[2:]]; slot != nil && slot.Parent != nil {
			remove(d)
			slot.Parent.InsertBefore(d, slot)
			remove(slot)
		}
	}
}

func withoutAttr(attrs []html.Attribute, key string) []html.Attribute {
	out := attrs[:0]
	for _, a := range attrs {
		if a.Key != key {
			out = append(out, a)
		}
	}
	return out
}

// keepNoscript reports whether a <noscript> holds the page itself rather
// than a tracking pixel or an "enable JavaScript" notice: some sites
// render their whole content there for readers without scripts, and a
// saved page is read without running them. Such a fallback holds
// paragraphs of text.
func keepNoscript(n *html.Node) bool {
	return textWeight(textOf(n)) >= minArticleProse && findElem(n, atom.P) != nil
}

func isHidden(n *html.Node) bool {
	if n.DataAtom == atom.Body || n.DataAtom == atom.Html {
		return false
	}
	if hasAttr(n, "hidden") || attr(n, "aria-hidden") == "true" || hoverCard(n) {
		return true
	}
	style := attr(n, "style")
	if style == "" {
		return false
	}
	style = strings.ToLower(strings.ReplaceAll(style, " ", ""))
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

// hoverCard reports whether n is a card that shows only while the pointer
// rests on a link (a tooltip, a popover, a person's "rollover" block with
// their latest stories). It sits inside the paragraph it annotates, so
// marking it would not do: its text would run into the paragraph's. The
// trigger around it ("has-tooltip", "rollover-people") is kept: it holds
// the words of the paragraph.
func hoverCard(n *html.Node) bool {
	if n.DataAtom == atom.A {
		return false
	}
	if annotatesLink(n) {
		return true
	}
	hw := hoverWords()
	words := strings.ToLower(attr(n, "class") + " " + attr(n, "id")) // what classTokens reads
	named := false
	for _, w := range hw.prefilter {
		if strings.Contains(words, w) {
			named = true
			break
		}
	}
	if !named {
		return false
	}
	var card, part, trigger bool
	for _, t := range classTokens(n, nil) {
		switch hw.group[t] {
		case "card":
			card = true
		case "rollover":
			part = true
		case "box":
			card = card || part
		case "trigger":
			trigger = true
		}
	}
	return card && !trigger
}

// minCardLinks is how many links a card beside a link holds before
// annotatesLink takes it for one: the trigger's own link, and at least
// two more (the person's latest stories, a "MORE").
const minCardLinks = 3

// annotatesLink reports whether n is a hover card known by its shape
// rather than its class, where the class names are generated
// ("css-3k0n4"): an inline element right after a link that links to
// the same address again among minCardLinks or more links, and whose
// text is all link text. A card repeats the link it hangs on (the
// person's name, then their stories); a sentence going on after a link
// holds words of its own. Issue 9's unmarked composed pages strip the
// class words hoverCard reads, and a rollover card's links then ran
// into the paragraph ("Rep. Ilhan OmarIlhan OmarHillicon Valley: …
// MORE (D-Minn.)").
func annotatesLink(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom != atom.Span {
		return false
	}
	prev := n.PrevSibling
	for prev != nil && prev.Type == html.TextNode && strings.TrimSpace(prev.Data) == "" {
		prev = prev.PrevSibling
	}
	if prev == nil || prev.DataAtom != atom.A {
		return false
	}
	href := strings.TrimSpace(attr(prev, "href"))
	if href == "" {
		return false
	}
	inked := func(e *html.Node) int { return len(strings.Join(strings.Fields(textOf(e)), "")) } // bytes but spaces
	links, repeats, linkText := 0, false, 0
	walk(n, func(e *html.Node) bool {
		if e.Type == html.ElementNode && e.DataAtom == atom.A {
			links++
			repeats = repeats || strings.TrimSpace(attr(e, "href")) == href
			linkText += inked(e)
			return false
		}
		return true
	})
	return links >= minCardLinks && repeats && linkText >= inked(n)*9/10
}

// hoverCardWords are the words of lexicon/hover-card-words.txt: each
// word's group, and the [card] and [rollover] words that hoverCard looks
// for before splitting the class into words.
type hoverCardWords struct {
	group     map[string]string
	prefilter []string
}

var hoverWords = sync.OnceValue(func() hoverCardWords {
	l := lexiconList("hover-card-words")
	return hoverCardWords{
		group:     l.grouped(),
		prefilter: append(l.inGroup("card"), l.inGroup("rollover")...),
	}
})

// markupReason says whether n is boilerplate by its markup alone: its tag,
// its ARIA role, or the words of its class and id. The word lists follow
// the "unlikely candidates" of Readability.js and the discard lists of
// trafilatura, reorganised by reason and matched on whole words so that
// "header" never matches "head" and "load" never matches "ad".
func markupReason(n *html.Node, toks []string) (mark, bool) {
	switch n.DataAtom {
	case atom.Nav, atom.Menu:
		return mark{rules.Navigation, "<" + n.Data + ">", byTag}, true
	case atom.Aside:
		return mark{rules.Related, "<aside>", byTag}, true
	case atom.Footer:
		return mark{rules.Navigation, "<footer>", byTag}, true
	case atom.Figcaption:
		return mark{rules.Caption, "<figcaption>", byTag}, true
	}
	switch role := attr(n, "role"); role {
	case "navigation", "menubar", "menu", "banner", "contentinfo", "search", "tablist":
		return mark{rules.Navigation, "role=" + role, byTag}, true
	case "complementary":
		return mark{rules.Related, "role=complementary", byTag}, true
	case "dialog", "alertdialog":
		return mark{rules.Other, "role=" + role, byTag}, true
	}
	cw := classWords()
	for c := range strings.FieldsSeq(attr(n, "class")) {
		if cw.hidden[c] {
			return mark{rules.Hidden, "class " + c, byHiddenClass}, true
		}
	}
	if len(toks) == 0 {
		return mark{}, false
	}
	positive := false
	for _, t := range toks {
		if cw.positive[t] {
			positive = true
		}
	}
	if authorBox(toks, cw.authorBox) {
		return mark{rules.Byline, "class/id words author box", byWord}, true
	}
	for _, t := range toks {
		r, ok := cw.boiler[t]
		if !ok || positive && !cw.strong[t] {
			continue
		}
		return mark{r, "class/id word " + t, byWord}, true
	}
	return mark{}, false
}

// authorBox reports whether class words name a box about the author
// ("author-box", "entry-author-info", "author__description"): one word
// of each group of lexicon/author-box-words.txt. "author" alone does
// not: WordPress puts "author-<name>" on every post.
func authorBox(toks []string, groups map[string]string) bool {
	author, box := false, false
	for _, t := range toks {
		switch groups[t] {
		case "author":
			author = true
		case "box":
			box = true
		}
	}
	return author && box
}

// markupWords are the class and id words markupReason reads, from
// lexicon/: words that name the article itself (class-positive), words
// that name boilerplate and the reason they give (class-boilerplate),
// those of them that count even beside a positive word
// (class-boilerplate-strong), whole class names that hide an element
// (hidden-classes), and the two groups of an author box
// (author-box-words).
type markupWords struct {
	positive, strong, hidden map[string]bool
	boiler                   map[string]rules.Reason
	authorBox                map[string]string
}

// classWords loads the markup words once; markupReason, which runs for
// every element of the body, calls it once per element.
var classWords = sync.OnceValue(func() markupWords {
	boiler := map[string]rules.Reason{}
	for w, g := range lexiconList("class-boilerplate").grouped() {
		boiler[w] = rules.Reason(g)
	}
	return markupWords{
		positive:  lexiconList("class-positive").set(),
		strong:    lexiconList("class-boilerplate-strong").set(),
		hidden:    lexiconList("hidden-classes").set(),
		boiler:    boiler,
		authorBox: lexiconList("author-box-words").grouped(),
	}
})
