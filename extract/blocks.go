package extract

import (
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
	text        string     // white space collapsed (kept as is in <pre>)
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
func (p *page) segment(root *html.Node) {
	var (
		cur      strings.Builder
		curRaw   bool // collecting inside <pre>
		b        block
		inLink   int
		inPre    int
		marks    []*html.Node
		toks     []string
		brs      int
		pendSoft bool
	)
	owners := []*html.Node{root}
	flush := func() {
		text := cur.String()
		cur.Reset()
		if !curRaw {
			text = collapse(text)
		} else {
			text = strings.Trim(text, "\n")
		}
		if strings.TrimSpace(text) != "" {
			b.text = text
			b.owner = owners[len(owners)-1]
			b.soft = pendSoft && b.owner == p.lastOwner()
			if len(marks) > 0 {
				b.anyMark = marks[len(marks)-1]
			}
			p.blocks = append(p.blocks, b)
		}
		b = block{}
		curRaw = false
		pendSoft = false
	}
	enter := func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			if cur.Len() == 0 {
				b.first = p.childOf(owners[len(owners)-1], n)
				curRaw = inPre > 0
			}
			b.last = p.childOf(owners[len(owners)-1], n)
			cur.WriteString(n.Data)
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
		if isBlock(n) {
			flush()
			brs = 0
			owners = append(owners, n)
		}
		p.spans[n] = span{lo: int32(len(p.blocks))}
		if _, ruled := p.marks[n]; ruled {
			marks = append(marks, n)
		} else if n != root {
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
		if n.Type != html.ElementNode || n.DataAtom == atom.Br {
			return
		}
		switch n.DataAtom {
		case atom.A:
			inLink--
		case atom.Pre:
			inPre--
		}
		if isBlock(n) {
			flush()
			owners = owners[:len(owners)-1]
		}
		if len(marks) > 0 && marks[len(marks)-1] == n {
			marks = marks[:len(marks)-1]
		}
		s := p.spans[n]
		s.hi = int32(len(p.blocks))
		p.spans[n] = s
	}
	traverse(root, enter, exit)
	flush()
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
