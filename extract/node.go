package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// attr returns the value of n's attribute key ("" when absent).
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return true
		}
	}
	return false
}

func setAttr(n *html.Node, key, val string) {
	for i, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			n.Attr[i].Val = val
			return
		}
	}
	n.Attr = append(n.Attr, html.Attribute{Key: key, Val: val})
}

func isElem(n *html.Node, a atom.Atom) bool {
	return n != nil && n.Type == html.ElementNode && n.DataAtom == a
}

// findElem returns the first element of type a under n, in document order.
func findElem(n *html.Node, a atom.Atom) *html.Node {
	var found *html.Node
	walk(n, func(c *html.Node) bool {
		if found != nil {
			return false
		}
		if isElem(c, a) {
			found = c
			return false
		}
		return true
	})
	return found
}

// walk visits n and its descendants in document order without recursion,
// so deeply nested pages cannot exhaust the stack. visit returns false to
// skip a node's children.
func walk(n *html.Node, visit func(*html.Node) bool) {
	if n == nil {
		return
	}
	stop := n
	for c := n; c != nil; {
		if visit(c) && c.FirstChild != nil {
			c = c.FirstChild
			continue
		}
		for c != stop && c.NextSibling == nil {
			c = c.Parent
		}
		if c == stop {
			return
		}
		c = c.NextSibling
	}
}

// isAncestor reports whether a is n or an ancestor of n.
func isAncestor(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// textOf returns the text of n with whitespace collapsed to single spaces.
func textOf(n *html.Node) string {
	var c collapser
	walk(n, func(e *html.Node) bool {
		if e.Type == html.TextNode {
			c.write(e.Data)
			c.writeSpace()
		}
		if e.Type == html.ElementNode && e != n {
			switch e.DataAtom {
			case atom.Script, atom.Style, atom.Template, atom.Noscript:
				return false
			case atom.Br, atom.P, atom.Div, atom.Li, atom.Td, atom.Th, atom.Tr:
				c.writeSpace()
			}
		}
		return true
	})
	return string(c.buf)
}

// collapse trims s and turns every run of white space into one space.
// Non-breaking and zero-width spaces count as white space. Most strings
// given to it are collapsed already and come back as they are, with no
// copy.
func collapse(s string) string {
	if isCollapsed(s) {
		return s
	}
	var small [256]byte // on the stack: only the result is allocated
	out, _ := appendCollapsed(small[:0], false, s)
	return string(out)
}

// isCollapsed reports whether collapse(s) == s: no white space but single
// ASCII spaces between other characters, and valid UTF-8 (collapse turns
// each invalid byte into U+FFFD).
func isCollapsed(s string) bool {
	space := true // at the start, as after a space: a leading space fails
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c == ' ' {
				if space {
					return false
				}
				space = true
				continue
			}
			if asciiSpace[c] {
				return false
			}
			space = false
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || isSpace(r) || invisible(r) {
			return false
		}
		i += size
		space = false
	}
	return !space || s == ""
}

// collapser appends text to buf the way collapse rewrites it, a piece at
// a time: collapse(a+b) is what writing a then b gives, for pieces of
// valid UTF-8 (text nodes are: decode makes the page valid UTF-8).
type collapser struct {
	buf   []byte
	space bool // white space since the last character, not written yet
}

func (c *collapser) write(s string) { c.buf, c.space = appendCollapsed(c.buf, c.space, s) }

// appendCollapsed appends s to dst as collapse rewrites it. space says
// that white space came last, not yet written; so does the result.
func appendCollapsed(dst []byte, space bool, s string) ([]byte, bool) {
	for i := 0; i < len(s); {
		r := rune(s[i])
		if r < utf8.RuneSelf {
			i++
			if asciiSpace[r] {
				space = len(dst) > 0
				continue
			}
			if space {
				dst = append(dst, ' ')
				space = false
			}
			dst = append(dst, byte(r))
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if invisible(r) {
			continue
		}
		if isSpace(r) {
			space = len(dst) > 0
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst, space
}

// writeSpace is write(" ").
func (c *collapser) writeSpace() { c.space = len(c.buf) > 0 }

// reset empties c, keeping its buffer.
func (c *collapser) reset() {
	c.buf = c.buf[:0]
	c.space = false
}

// asciiSpace holds the ASCII characters unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

func isSpace(r rune) bool { return unicode.IsSpace(r) }

// invisible reports whether r is a character a reader never sees: the
// soft hyphen (shown only where a line breaks), zero-width spaces and
// joiners, the word joiner and a stray byte order mark. They are dropped
// from text, not turned into spaces, so "Mit\u00adtel\u00adal\u00adter"
// reads "Mittelalter" and a word with a joiner stays one word.
func invisible(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return false
}

// classTokens splits class and id values into lowercase words:
// "article-body__text shareBar" gives article, body, text, share, bar.
// Rules of thumb about boilerplate are written against these words.
// The words are slices of the value, lowered once at its first capital,
// since this runs for every element of the body, more than once.
func classTokens(n *html.Node, dst []string) []string {
	for _, v := range classAndID(n) {
		words, lowered := v, false // v, lowered at its first capital
		for i := 0; i < len(v); {
			for i < len(v) && wordChars[v[i]] == 0 {
				i++
			}
			if i == len(v) {
				break
			}
			// A word runs to the next separator, or to a capital after a
			// lowercase letter or digit: "shareBar" is share, bar.
			start := i
			upper := wordChars[v[i]] == upperChar
			prevLower := !upper
			for i++; i < len(v); i++ {
				k := wordChars[v[i]]
				if k == 0 || k == upperChar && prevLower {
					break
				}
				upper = upper || k == upperChar
				prevLower = k == lowerChar
			}
			if upper && !lowered {
				words, lowered = lowerASCII(v), true
			}
			dst = append(dst, words[start:i])
		}
	}
	return dst
}

// classAndID returns attr(n, "class") and attr(n, "id") in one pass
// over the attributes.
func classAndID(n *html.Node) [2]string {
	var v [2]string
	var seen [2]bool
	for _, a := range n.Attr {
		if a.Namespace != "" {
			continue
		}
		k := -1
		switch a.Key {
		case "class":
			k = 0
		case "id":
			k = 1
		}
		if k >= 0 && !seen[k] {
			v[k], seen[k] = a.Val, true
		}
	}
	return v
}

// wordChars sorts the bytes of class words: lowercase letters and digits,
// capitals, and the rest (0), which separate words.
var wordChars = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = lowerChar
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = lowerChar
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = upperChar
	}
	return t
}()

const (
	lowerChar = 1 + iota // a lowercase letter or a digit
	upperChar
)

// lowerASCII lowers the ASCII capitals of s and nothing else, so every
// byte keeps its place; s itself when it has none.
func lowerASCII(s string) string {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// textWeight measures how much text s holds: letters and digits, with
// Chinese, Japanese and Korean characters counted double, because one of
// them carries about as much as a short word and length cut-offs written
// for alphabetic text would otherwise treat CJK paragraphs as fragments.
func textWeight(s string) int {
	w := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
				w++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r >= firstCJK && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
			w += cjkWeight
		case unicode.IsLetter(r) || unicode.IsNumber(r):
			w++
		}
	}
	return w
}

// cjkWeight is what one Chinese, Japanese or Korean character weighs in
// textWeight: two letters, as one carries about as much as a short word.
// With the first pipeline (e45e5c9); no figure recorded.
const cjkWeight = 2

// firstCJK is the first rune of the scripts textWeight counts double
// (Hangul Jamo), so that accented Latin, Greek, Cyrillic or Arabic letters
// skip the search of their tables.
const firstCJK = '\u1100'

// blockElems are the elements that start a new block of text.
var blockElems = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Dd: true, atom.Details: true, atom.Dialog: true, atom.Div: true,
	atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true,
	atom.Hgroup: true, atom.Hr: true, atom.Li: true, atom.Main: true, atom.Nav: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Table: true,
	atom.Tbody: true, atom.Td: true, atom.Tfoot: true, atom.Th: true, atom.Thead: true,
	atom.Tr: true, atom.Ul: true, atom.Caption: true, atom.Summary: true,
	atom.Center: true, atom.Menu: true, atom.Html: true, atom.Legend: true,
}

func isBlock(n *html.Node) bool {
	return n.Type == html.ElementNode && blockElems[n.DataAtom]
}

func isHeading(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// remove detaches n from its parent.
func remove(n *html.Node) {
	if n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
}

// describedClasses is how many of an element's classes describe shows.
const describedClasses = 3

// describe names an element for debug logs: tag, id and classes.
func describe(n *html.Node) string {
	s := n.Data
	if id := attr(n, "id"); id != "" {
		s += "#" + id
	}
	if c := strings.Fields(attr(n, "class")); len(c) > 0 {
		s += "." + strings.Join(c[:min(len(c), describedClasses)], ".")
	}
	return s
}
