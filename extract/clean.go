package extract

import (
	"strings"

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
	var doomed []*html.Node
	walk(root, func(n *html.Node) bool {
		switch n.Type {
		case html.CommentNode:
			doomed = append(doomed, n)
			return false
		case html.ElementNode:
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
	words := strings.ToLower(attr(n, "class") + " " + attr(n, "id")) // what classTokens reads
	if n.DataAtom == atom.A || !strings.Contains(words, "tooltip") && !strings.Contains(words, "popover") &&
		!strings.Contains(words, "hovercard") && !strings.Contains(words, "rollover") {
		return false
	}
	var card, part, trigger bool
	for _, t := range classTokens(n, nil) {
		switch t {
		case "tooltip", "popover", "hovercard":
			card = true
		case "rollover":
			part = true
		case "block", "card", "content", "box", "popup", "panel", "inner":
			card = card || part
		case "has", "trigger", "toggle", "link":
			trigger = true
		}
	}
	return card && !trigger
}

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
	for c := range strings.FieldsSeq(attr(n, "class")) {
		if hiddenClasses[c] {
			return mark{rules.Hidden, "class " + c, byHiddenClass}, true
		}
	}
	if len(toks) == 0 {
		return mark{}, false
	}
	positive := false
	for _, t := range toks {
		if positiveWords[t] {
			positive = true
		}
	}
	if authorBox(toks) {
		return mark{rules.Byline, "class/id words author box", byWord}, true
	}
	for _, t := range toks {
		r, ok := boilerWords[t]
		if !ok || positive && !strongBoilerWords[t] {
			continue
		}
		return mark{r, "class/id word " + t, byWord}, true
	}
	return mark{}, false
}

// authorBox reports whether class words name a box about the author
// ("author-box", "entry-author-info", "author__description"). "author"
// alone does not: WordPress puts "author-<name>" on every post.
func authorBox(toks []string) bool {
	author, box := false, false
	for _, t := range toks {
		switch t {
		case "author", "authors", "writer", "contributor":
			author = true
		case "box", "info", "description", "details", "card", "profile", "about", "bio":
			box = true
		}
	}
	return author && box
}

// positiveWords in a class or id mean the element is probably the
// article itself, which outweighs a weak boilerplate word next to them
// ("article-meta-wrapper" is not a menu).
var positiveWords = map[string]bool{
	"article": true, "body": true, "content": true, "entry": true, "main": true,
	"post": true, "story": true, "text": true, "hentry": true, "blog": true,
}

// strongBoilerWords mark boilerplate even beside a positive word:
// "article-share" and "post-comments" are still a share bar and comments.
var strongBoilerWords = map[string]bool{
	"share": true, "sharing": true, "social": true, "comments": true, "comment": true,
	"related": true, "newsletter": true, "cookie": true, "caption": true,
	"figcaption": true, "credit": true, "advertisement": true, "ad": true, "ads": true,
	"breadcrumb": true, "breadcrumbs": true, "sharebar": true, "recommended": true,
	"promo": true, "disqus": true, "outbrain": true, "taboola": true, "sidebar": true,
	"tags": true, "taglist": true, "byline": true, "timestamp": true,
	"bio": true, "authorbox": true, "donation": true, "donate": true, "affiliate": true,
	"embedded": true,
}

var boilerWords = map[string]rules.Reason{
	// share and follow widgets
	"share": rules.Share, "sharing": rules.Share, "sharebar": rules.Share, "social": rules.Share,
	"addthis": rules.Share, "sharethis": rules.Share, "shariff": rules.Share, "socials": rules.Share,
	"follow": rules.Share,
	// related and promoted stories
	"related": rules.Related, "recommended": rules.Related, "recommendations": rules.Related,
	"outbrain": rules.Related, "taboola": rules.Related, "trending": rules.Related,
	"popular": rules.Related, "mostread": rules.Related, "teaser": rules.Related,
	"teasers": rules.Related, "promo": rules.Related, "sidebar": rules.Related,
	"readmore":    rules.Related,
	"morestories": rules.Related, "upnext": rules.Related,
	// comments
	"comment": rules.Comments, "comments": rules.Comments, "disqus": rules.Comments,
	"respond": rules.Comments, "replies": rules.Comments, "discussion": rules.Comments,
	// consent, newsletters, ads
	"cookie": rules.Cookie, "cookies": rules.Cookie, "consent": rules.Cookie, "gdpr": rules.Cookie,
	"newsletter": rules.Newsletter, "subscribe": rules.Newsletter, "subscription": rules.Newsletter,
	"signup": rules.Newsletter, "paywall": rules.Newsletter, "regwall": rules.Newsletter,
	"ad": rules.Ad, "ads": rules.Ad, "advert": rules.Ad, "adverts": rules.Ad,
	"advertisement": rules.Ad, "advertising": rules.Ad, "sponsor": rules.Ad,
	"sponsored": rules.Ad, "dfp": rules.Ad, "adslot": rules.Ad, "adsense": rules.Ad,
	"banner": rules.Ad, "skyscraper": rules.Ad,
	// navigation
	"nav": rules.Navigation, "navbar": rules.Navigation, "navigation": rules.Navigation,
	"menu": rules.Navigation, "breadcrumb": rules.Navigation, "breadcrumbs": rules.Navigation,
	"pagination": rules.Navigation, "pager": rules.Navigation, "footer": rules.Navigation,
	"masthead": rules.Navigation, "tags": rules.Navigation, "taglist": rules.Navigation,
	"skip": rules.Navigation, "toolbar": rules.Navigation,
	// captions and credits
	"caption": rules.Caption, "figcaption": rules.Caption, "credit": rules.Caption,
	"credits": rules.Caption,
	// bylines and dates: metadata, read before the marks are applied.
	// Not "dateline": AP pages wrap "SEOUL (AP) —" in a dateline span
	// inside the lead paragraph.
	"byline": rules.Byline, "timestamp": rules.Dateline,
	// author boxes: a name, a photo, a paragraph of biography
	"bio": rules.Byline, "authorbio": rules.Byline, "authorbox": rules.Byline,
	"postmeta": rules.Dateline, "entrymeta": rules.Dateline, "postmetadata": rules.Dateline,
	// appeals and disclosures
	"donation": rules.Newsletter, "donate": rules.Newsletter,
	"affiliate": rules.Ad, "disclosure": rules.Ad, "feedback": rules.Other,
	// embedded posts from elsewhere (WordPress embeds of other posts)
	"embedded": rules.Media,
	// crumbs, like counters, image legends
	"crumbs": rules.Navigation, "crumb": rules.Navigation, "likes": rules.Share,
	"legend": rules.Caption, "attribution": rules.Caption, "photocredit": rules.Caption,
	// pop-ups
	"modal": rules.Other, "popup": rules.Other, "overlay": rules.Other,
}

// hiddenClasses are whole class names that hide text from sighted
// readers. They are matched whole because their words are common
// ("hidden-print" and "hidden-xs" hide nothing on screen).
var hiddenClasses = map[string]bool{
	"hidden": true, "sr-only": true, "visually-hidden": true, "visuallyhidden": true,
	"screen-reader-text": true, "screenreader-only": true, "element-invisible": true,
	"a11y-hidden": true, "u-hidden": true, "is-hidden": true, "offscreen": true,
}
