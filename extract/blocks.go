package extract

import (
	"bytes"
	"strings"

	"github.com/pare-dev/pare/rules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// block is one run of text between block-level boundaries: a paragraph,
// a heading, a list item, one line of a <br>-separated run. The whole
// body is cut into blocks once; every later stage works on them.
type block struct {
	owner       *html.Node // nearest block-level ancestor: p, li, h2, div, …
	first, last *html.Node // the owner's children this block's text came from
	text        string     // white space collapsed (kept as is in <pre>, less control characters)
	weight      int32      // textWeight of text
	link        int32      // weight inside <a>
	commas      int16
	soft        bool       // follows a single <br> in the same owner
	mark        *html.Node // innermost element whose mark is in force, or nil (see settleMarks)
	anyMark     *html.Node // innermost marked element, in force or not
	drop        rules.Reason
}

// span is the range of blocks [lo, hi) that an element holds.
type span struct{ lo, hi int32 }

// segment cuts root into blocks, records each element's span of blocks
// and the innermost boilerplate mark of each block. It is iterative, like
// walk, so nesting depth costs no stack.
//
// It visits every node of the body, so it keeps its garbage low: a block's
// text is collapsed as it is read, into one buffer reused for every block,
// and copied once into the block's own string; an element's span goes into
// the map once, when the element is left.
func (p *page) segment(root *html.Node) {
	var (
		cur      collapser // the block's text, collapsed unless curRaw
		curLen   int       // bytes of raw text read into the block so far
		curRaw   bool      // collecting inside <pre>: text kept as it is
		b        block
		inLink   int
		inPre    int
		marks    []*html.Node
		toks     []string
		los      []int32 // the first block of each element being visited
		brs      int
		pendSoft bool
	)
	if len(p.spans) == 0 && p.blocks == nil {
		elems, texts := countNodes(root)
		p.spans = make(map[*html.Node]span, elems)
		p.blocks = make([]block, 0, texts)
	}
	owners := []*html.Node{root}
	flush := func() {
		text := cur.buf
		if curRaw {
			text = bytes.Trim(text, "\n")
			if len(bytes.TrimSpace(text)) == 0 {
				text = nil
			}
		}
		// Collapsed text is empty or starts and ends with a letter, digit
		// or sign: it holds something other than white space.
		if len(text) > 0 {
			b.text = string(text)
			b.owner = owners[len(owners)-1]
			b.soft = pendSoft && b.owner == p.lastOwner()
			if len(marks) > 0 {
				b.anyMark = marks[len(marks)-1]
			}
			p.blocks = append(p.blocks, b)
		}
		cur.reset()
		curLen = 0
		b = block{}
		curRaw = false
		pendSoft = false
	}
	// preLine ends the line of a <pre> block at n, a <br> or the edge of
	// a block element inside the <pre>: a newline unless one ends the
	// text already (a <div> per line after text that ends in one).
	preLine := func(n *html.Node) {
		if curLen == 0 {
			if n.DataAtom != atom.Br {
				return // nothing yet: a leading <div> opens no line
			}
			b.first, curRaw = p.childOf(owners[len(owners)-1], n), true
		}
		if n.DataAtom == atom.Br || len(cur.buf) > 0 && cur.buf[len(cur.buf)-1] != '\n' {
			cur.buf = append(cur.buf, '\n')
			curLen++
		}
		b.last = p.childOf(owners[len(owners)-1], n)
	}
	// A body of a million nodes takes a while: look at the context now
	// and then, and once it is done, skip what is left (the pipeline
	// returns its error after the stage). A node skipped so is left at
	// once, by the exit call that follows its enter.
	steps, stopped, skipped := 0, false, false
	enter := func(n *html.Node) bool {
		if steps++; steps%ctxCheckEvery == 0 && !stopped {
			stopped = p.ctx.Err() != nil
		}
		if stopped {
			skipped = true
			return false
		}
		switch n.Type {
		case html.TextNode:
			if par := n.Parent; isElem(par, atom.Rt) || isElem(par, atom.Rp) {
				return false // ruby annotations: 子供, not 子こども
			}
			child := p.childOf(owners[len(owners)-1], n)
			if curLen == 0 {
				b.first = child
				curRaw = inPre > 0
			}
			b.last = child
			curLen += len(n.Data)
			if curRaw {
				cur.buf = append(cur.buf, fixControls(n.Data)...)
			} else {
				cur.write(n.Data)
			}
			w := int32(textWeight(n.Data))
			b.weight += w
			if inLink > 0 {
				b.link += w
			}
			b.commas += int16(countCommas(n.Data))
			if w > 0 {
				brs = 0
			}
			return false
		case html.ElementNode:
		default:
			return true
		}
		if inPre > 0 && n.DataAtom == atom.Br {
			preLine(n)
			return false
		}
		if n.DataAtom == atom.Br {
			brs++
			if brs == 1 {
				flush()
				pendSoft = true
			} else {
				pendSoft = false
			}
			return false
		}
		switch {
		case inPre > 0 && isBlock(n):
			// Inside <pre> a line break or a block element (highlighters
			// put each line in a <div>) starts a new line of the same
			// block: a code block is one block, whose lines the line
			// rules and trimming never see apart.
			preLine(n)
		case isBlock(n):
			flush()
			brs = 0
			owners = append(owners, n)
		case inPre == 0 && emptyDivider(n):
			cur.writeSpace()
		}
		los = append(los, int32(len(p.blocks)))
		if _, ruled := p.marks[n]; ruled {
			marks = append(marks, n)
		} else if n != root && inPre == 0 {
			// Class words inside code are the highlighter's ("comment",
			// "share" as a token class), not the page's boilerplate.
			toks = classTokens(n, toks[:0])
			if m, ok := markupReason(n, toks); ok {
				p.marks[n] = m
				marks = append(marks, n)
			}
		}
		switch n.DataAtom {
		case atom.A:
			inLink++
		case atom.Pre:
			inPre++
		}
		return true
	}
	exit := func(n *html.Node) {
		if skipped {
			skipped = false
			return
		}
		if n.Type != html.ElementNode || n.DataAtom == atom.Br {
			return
		}
		switch n.DataAtom {
		case atom.A:
			inLink--
		case atom.Pre:
			inPre--
		}
		if inPre > 0 && isBlock(n) {
			preLine(n)
		} else if isBlock(n) {
			flush()
			owners = owners[:len(owners)-1]
		}
		if len(marks) > 0 && marks[len(marks)-1] == n {
			marks = marks[:len(marks)-1]
		}
		lo := los[len(los)-1]
		los = los[:len(los)-1]
		p.spans[n] = span{lo: lo, hi: int32(len(p.blocks))}
	}
	traverse(root, enter, exit)
	flush()
}

// emptyDivider reports whether n, an inline element, is an empty one the
// site styles (a class or a style of its own): the divider, dot or icon
// a stylesheet draws between two texts, as a header's date and its time
// ("Tue, Nov 19 2019<span class="divider"></span>7:05 AM EST"). A
// reader sees a gap there, so the text gets a space: run together, the
// year and the hour read as "20197:05", which no date reader parses.
// <wbr> and bare empty elements (an anchor's target) join what is
// around them, as a browser shows it.
func emptyDivider(n *html.Node) bool {
	return n.FirstChild == nil && n.DataAtom != atom.Wbr && (attr(n, "class") != "" || attr(n, "style") != "")
}

// countNodes counts the elements under root that segment gives a span,
// and the text nodes holding more than white space, of which each block
// takes one or more. The map of spans and the slice of blocks are made at
// those sizes once instead of growing as segment fills them: append grows
// a long slice by a quarter at a time, so a page of many blocks would
// allocate its blocks about five times over.
func countNodes(root *html.Node) (elems, texts int) {
	walk(root, func(c *html.Node) bool {
		switch c.Type {
		case html.ElementNode:
			if c.DataAtom != atom.Br {
				elems++
			}
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				texts++
			}
		}
		return true
	})
	return elems, texts
}

func (p *page) lastOwner() *html.Node {
	if len(p.blocks) == 0 {
		return nil
	}
	return p.blocks[len(p.blocks)-1].owner
}

// childOf returns the child of owner that holds n.
func (p *page) childOf(owner, n *html.Node) *html.Node {
	for n.Parent != nil && n.Parent != owner {
		n = n.Parent
	}
	return n
}

// countCommas counts the commas of s, which score a paragraph
// (score.go): the Latin comma and those of CJK (fullwidth and
// ideographic) and Arabic script, with the Arabic semicolon, as
// Readability.js's REGEXPS.commas counts the commas of several scripts.
// A switch rather than a lexicon list: it runs on every rune of the body.
func countCommas(s string) int {
	n := 0
	for _, r := range s {
		switch r {
		case ',', '，', '、', '،', '؛':
			n++
		}
	}
	return n
}

// traverse visits root's subtree in document order, calling enter on the
// way down (false skips the children) and exit on the way up.
func traverse(root *html.Node, enter func(*html.Node) bool, exit func(*html.Node)) {
	n := root
	for {
		if enter(n) && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for {
			exit(n)
			if n == root {
				return
			}
			if n.NextSibling != nil {
				n = n.NextSibling
				break
			}
			n = n.Parent
		}
	}
}

// blocksOf returns the span of blocks under n; a node that holds no text
// gives an empty span.
func (p *page) blocksOf(n *html.Node) span {
	return p.spans[n]
}
