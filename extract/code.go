package extract

import (
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Code blocks. segment makes each <pre> one block whose text keeps its
// lines exactly, and the trim stage never cuts inside it (cleanBody,
// dropDebris). The HTML rendering writes the same lines: each <pre> of
// the copy becomes <pre><code class="language-x">lines</code></pre>, the
// highlighter's markup (a <span> per token, a <div> per line) left out,
// so that the Markdown converter fences it with its language and does
// not read a <div> per line as a paragraph per line.

// codeLangRe is what a language name may look like ("js", "c++",
// "objective-c", "f#", "shell-session"); anything else is no language.
var codeLangRe = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_+#.-]{0,29}$`)

// codeLanguage returns the language the markup names for the code block
// pre: a class language-x or lang-x (the HTML standard's suggestion, and
// highlight.js, Prism, Markdown renderers), highlight-source-x (GitHub),
// highlight-x (Sphinx), or a data-lang attribute, on the <pre>, on a
// <code> inside it or on the two elements around it; "" when none does.
func codeLanguage(pre *html.Node) string {
	var cands []*html.Node
	if c := firstElem(pre, atom.Code); c != nil {
		cands = append(cands, c)
	}
	cands = append(cands, pre)
	for n, i := pre.Parent, 0; n != nil && i < 2; n, i = n.Parent, i+1 {
		cands = append(cands, n)
	}
	for _, n := range cands {
		if l := attr(n, "data-lang"); codeLangRe.MatchString(l) {
			return strings.ToLower(l)
		}
		for c := range strings.FieldsSeq(attr(n, "class")) {
			for _, prefix := range []string{"language-", "lang-", "highlight-source-", "highlight-"} {
				if l, ok := strings.CutPrefix(c, prefix); ok && codeLangRe.MatchString(l) && l != "none" {
					return strings.ToLower(l)
				}
			}
		}
	}
	return ""
}

// firstElem returns the first element a under n, or nil.
func firstElem(n *html.Node, a atom.Atom) *html.Node {
	var found *html.Node
	walk(n, func(c *html.Node) bool {
		if found != nil {
			return false
		}
		if c != n && isElem(c, a) {
			found = c
			return false
		}
		return true
	})
	return found
}

// preLines returns the text of a <pre> as segment reads it: text as it
// is, a <br> or the edge of a block element inside starting a line,
// blank lines at either end left out.
func preLines(pre *html.Node) string {
	var sb strings.Builder
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				if !isElem(c.Parent, atom.Rt) && !isElem(c.Parent, atom.Rp) {
					sb.WriteString(c.Data)
				}
			case c.Type != html.ElementNode:
			case c.DataAtom == atom.Br:
				sb.WriteByte('\n')
			case isBlock(c):
				lineEnd(&sb)
				visit(c)
				lineEnd(&sb)
			default:
				visit(c)
			}
		}
	}
	visit(pre)
	return strings.Trim(sb.String(), "\n")
}

// lineEnd ends the line sb is writing, unless it is empty or ends one.
func lineEnd(sb *strings.Builder) {
	if s := sb.String(); s != "" && !strings.HasSuffix(s, "\n") {
		sb.WriteByte('\n')
	}
}

// preBlocks returns the outermost <pre> elements under root, in document
// order, gathered first so that callers may rewrite them.
func preBlocks(root *html.Node) []*html.Node {
	var pres []*html.Node
	walk(root, func(n *html.Node) bool {
		if isElem(n, atom.Pre) {
			pres = append(pres, n)
			return false
		}
		return true
	})
	return pres
}

// flattenCode rewrites each <pre> under root (a rendering's copy) as
// <pre><code class="language-x">its lines</code></pre>, and drops one
// that holds no text.
func flattenCode(root *html.Node) {
	for _, pre := range preBlocks(root) {
		text := preLines(pre)
		if strings.TrimSpace(text) == "" {
			if pre.Parent != nil {
				pre.Parent.RemoveChild(pre)
			}
			continue
		}
		code := &html.Node{Type: html.ElementNode, DataAtom: atom.Code, Data: "code"}
		if l := codeLanguage(pre); l != "" {
			code.Attr = []html.Attribute{{Key: "class", Val: "language-" + l}}
		}
		code.AppendChild(&html.Node{Type: html.TextNode, Data: text})
		for pre.FirstChild != nil {
			pre.RemoveChild(pre.FirstChild)
		}
		pre.Attr = nil
		pre.AppendChild(code)
	}
}

// lineNumbers reports whether a code block's text is nothing but its
// line numbers, 1, 2, 3… one a line: the gutter highlighters (Pygments,
// Chroma, Rouge) put in a table cell of its own beside the code.
func lineNumbers(text string) bool {
	n := 0
	for l := range strings.SplitSeq(text, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		n++
		if l != strconv.Itoa(n) {
			return false
		}
	}
	return n >= 2
}

// dropLineGutters removes the line numbers highlighters write inside
// each line of a code block (<span class="ln">1</span>code, Chroma,
// Prism's line-numbers, a React highlighter's gutter <span>): a reader
// sees them beside the code, never copies them with it (the page's CSS
// makes them unselectable), and in text they run into every line. The
// numbers are elements that open their line, read 1, 2, 3… in order,
// and are followed on most lines by code; a block of bare numbers (the
// output of seq) is left alone.
func dropLineGutters(root *html.Node) {
	for _, pre := range preBlocks(root) {
		var nums []*html.Node
		withCode := 0     // numbered lines with code after the number
		lineStart := true // nothing but white space since the line began
		afterNum := false // the line opened with a number
		ok := true
		var visit func(n *html.Node)
		visit = func(n *html.Node) {
			for c := n.FirstChild; c != nil && ok; c = c.NextSibling {
				switch {
				case c.Type == html.TextNode:
					for _, r := range c.Data {
						switch {
						case r == '\n':
							lineStart, afterNum = true, false
						case !isSpace(r) && lineStart:
							lineStart = false
							if afterNum {
								withCode++
								afterNum = false
							}
						}
					}
				case c.Type != html.ElementNode:
				case c.DataAtom == atom.Br:
					lineStart, afterNum = true, false
				case lineStart && firstElem(c, atom.Br) == nil && !strings.Contains(textOf(c), "\n") &&
					strings.TrimSpace(textOf(c)) == strconv.Itoa(len(nums)+1) && !hasBlockInside(c):
					nums = append(nums, c)
					afterNum = true
				default:
					if isBlock(c) {
						lineStart = true // the number's line may go on in a block
					}
					visit(c)
					if isBlock(c) {
						lineStart, afterNum = true, false
					}
				}
			}
		}
		visit(pre)
		if len(nums) < 2 || 2*withCode < len(nums) {
			continue
		}
		for _, n := range nums {
			n.Parent.RemoveChild(n)
		}
	}
}

// hasBlockInside reports whether n holds a block element.
func hasBlockInside(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if c != n && isBlock(c) {
			found = true
		}
		return !found
	})
	return found
}

// inCell reports whether n sits in a table cell.
func inCell(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if isCell(n) {
			return true
		}
	}
	return false
}
