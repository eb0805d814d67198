package extract

import (
	"net/url"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Figures. An article's pictures stay in its HTML and Markdown with
// their alt text; what only looks like a picture goes: advertisements,
// tracking pixels and the site's logo. Their markup holds no text, so no
// block and no mark can drop them: the renderings' copy is searched for
// them instead (dropFurnitureImages). Captions are marks (a figcaption,
// a caption line) dropped with the text unless Options.Captions.

// renderLex is lexicon/render-furniture.txt, by group.
type renderLex struct {
	imageWords, fileWords, adHosts, bannerSizes, permalinks map[string]bool
}

var renderFurniture = sync.OnceValue(func() renderLex {
	l := lexiconList("render-furniture")
	set := func(g string) map[string]bool {
		m := map[string]bool{}
		for _, e := range l.inGroup(g) {
			m[e] = true
		}
		if len(m) == 0 {
			panic("lexicon/render-furniture.txt: no entries in group [" + g + "]")
		}
		return m
	}
	lex := renderLex{imageWords: set("class-only"), fileWords: set("ad"), adHosts: set("ad-host"),
		bannerSizes: set("banner-size"), permalinks: set("permalink")}
	for w := range lex.fileWords {
		lex.imageWords[w] = true
	}
	return lex
})

// maxImageWrapperDepth is how far above an image furnitureImage reads
// class words: the image's own, its link's or picture's, and the
// wrapper's around them (<div class="ad-slot"><a><img>). Climbing stops
// at an element that holds text, so an article whose class names ads
// ("post has-ads") does not lose its pictures.
const maxImageWrapperDepth = 3

// furnitureImage reports whether img is no part of the article, and why.
// texts caches holdsText of the elements around images (nil: no cache):
// images side by side share their wrappers, and a body that opens with
// thousands of them would otherwise be searched for text once per image.
func furnitureImage(img *html.Node, texts map[*html.Node]bool) (string, bool) {
	lex := renderFurniture()
	w, h := imageSize(attr(img, "width")), imageSize(attr(img, "height"))
	if w == 1 && h == 1 || w == 0 || h == 0 {
		return "tracking pixel", true
	}
	if size := strconv.Itoa(w) + "x" + strconv.Itoa(h); lex.bannerSizes[size] {
		return "banner size " + size, true
	}
	var toks []string
	for n, i := img, 0; n != nil && i <= maxImageWrapperDepth; n, i = n.Parent, i+1 {
		if n != img {
			has, ok := texts[n]
			if !ok {
				has = holdsText(n)
				if texts != nil {
					texts[n] = has
				}
			}
			if has {
				break
			}
		}
		for _, t := range classTokens(n, toks[:0]) {
			if lex.imageWords[t] {
				return "class word " + t, true
			}
		}
		if isElem(n, atom.A) && adHost(attr(n, "href"), lex.adHosts) {
			return "link to an ad server", true
		}
	}
	src := attr(img, "src")
	if u, err := url.Parse(src); err == nil {
		if adHost(src, lex.adHosts) {
			return "served by an ad server", true
		}
		for t := range strings.FieldsFuncSeq(strings.ToLower(u.Path), notWordChar) {
			if lex.fileWords[t] {
				return "file name word " + t, true
			}
			if lex.bannerSizes[t] {
				return "file name banner size " + t, true
			}
		}
	}
	return "", false
}

func notWordChar(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == 'x')
}

// adHost reports whether the host of link u is one of hosts or below one.
func adHost(u string, hosts map[string]bool) bool {
	p, err := url.Parse(u)
	if err != nil || p.Host == "" {
		return false
	}
	h := strings.ToLower(p.Hostname())
	for {
		if hosts[h] {
			return true
		}
		i := strings.IndexByte(h, '.')
		if i < 0 {
			return false
		}
		h = h[i+1:]
	}
}

// dropFurnitureImages removes the furniture images under root (a
// rendering's copy), with the link around one that holds nothing else.
func dropFurnitureImages(root *html.Node) {
	var doomed []*html.Node
	texts := map[*html.Node]bool{}
	walk(root, func(n *html.Node) bool {
		if isElem(n, atom.Img) {
			if _, ok := furnitureImage(n, texts); ok {
				doomed = append(doomed, n)
			}
		}
		return true
	})
	for _, n := range doomed {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// imageSize parses a width or height attribute ("300", "300px"); -1
// when it is missing or no number.
func imageSize(s string) int {
	n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(s), "px"))
	if err != nil {
		return -1
	}
	return n
}

// holdsText reports whether n holds any text but white space. It
// returns at the first text found, so asking it of an article's root
// for each of its images costs little (textOf, or walk, would go through
// the whole article each time: quadratic on a page of many images).
func holdsText(n *html.Node) bool {
	for c := n.FirstChild; c != nil; {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return true
		}
		if c.FirstChild != nil {
			c = c.FirstChild
			continue
		}
		for c != n && c.NextSibling == nil {
			c = c.Parent
		}
		if c == n {
			return false
		}
		c = c.NextSibling
	}
	return false
}
