package rules

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"

	"github.com/andybalholm/cascadia"
	"github.com/antchfx/htmlquery"
	"github.com/antchfx/xpath"
	"golang.org/x/net/html"
)

// alt is one alternative of a Selector: a CSS selector group or an XPath
// expression.
type alt struct {
	css cascadia.SelectorGroup
	xp  *xpathExprs
	// text makes an XPath alternative return values too: attributes,
	// text nodes and string results come back as detached elements
	// holding the value as their text (see CompileXPathText).
	text bool
}

func (a alt) find(root *html.Node) []*html.Node {
	if a.css != nil {
		return cascadia.QueryAll(root, a.css)
	}
	return a.evaluate(root)
}

// xpathExprs hands out compiled copies of one XPath expression. An
// *xpath.Expr of github.com/antchfx/xpath keeps state while it is
// evaluated, so one copy serves one evaluation at a time; the pool lets a
// Set serve many goroutines (TestXPathConcurrent) without compiling the
// expression for every page.
type xpathExprs struct {
	src  string // as compiled, after the id() rewrite
	pool sync.Pool
}

func newXPathExprs(src string, first *xpath.Expr) *xpathExprs {
	x := &xpathExprs{src: src}
	x.pool.New = func() any {
		e, err := xpath.Compile(x.src) // compiled once before, so it compiles
		if err != nil {
			return nil
		}
		return e
	}
	x.pool.Put(first)
	return x
}

// MaxXPathBytes is the longest XPath expression a site config may hold.
// The longest of the 1,965 FiveFilters files is under 400 bytes; the
// limit bounds what compiling and evaluating one expression can cost.
const MaxXPathBytes = 2048

// maxXPathNesting bounds how deeply an expression's predicates nest
// ("//a[.//b[.//c]]" is 2). Each level of a search inside a predicate
// multiplies the evaluation's cost, so deeper nesting would let one line
// of a hostile file take hours on a large page; the FiveFilters
// collection nests at most 3 deep (3 lines of its 8,199 expressions, on
// .stackexchange.com and aif.ru).
const maxXPathNesting = 3

// ErrXPath is wrapped by the errors of expressions that do not compile or
// go past the limits.
var ErrXPath = errors.New("bad XPath expression")

// CompileXPath compiles an XPath 1.0 expression selecting elements, such
// as "//div[@id='story']". Find evaluates it over the whole document and
// keeps the elements under the root it was given: text nodes, attributes
// and string results are dropped, since the body and strip entries it
// serves act on elements. It uses github.com/antchfx/xpath over
// golang.org/x/net/html nodes (through github.com/antchfx/htmlquery).
func CompileXPath(expr string) (Selector, error) { return compileXPath(expr, false) }

// CompileXPathText compiles an XPath 1.0 expression selecting a value,
// such as "//meta[@property='og:title']/@content" or
// "substring-after(//p[@class='by'], 'By ')": Find returns elements as
// they are in the document, anywhere in it, and each attribute, text
// node or non-empty string result as a detached element whose text is
// the value. Title, author and date lines of site configs compile so.
func CompileXPathText(expr string) (Selector, error) { return compileXPath(expr, true) }

func compileXPath(expr string, text bool) (sel Selector, err error) {
	switch {
	case strings.TrimSpace(expr) == "":
		return Selector{}, fmt.Errorf("%w: empty", ErrXPath)
	case len(expr) > MaxXPathBytes:
		return Selector{}, fmt.Errorf("%w: %d bytes, the limit is %d", ErrXPath, len(expr), MaxXPathBytes)
	case nesting(expr) > maxXPathNesting:
		return Selector{}, fmt.Errorf("%w: predicates nest more than %d deep", ErrXPath, maxXPathNesting)
	case absoluteInPredicate(expr):
		return Selector{}, fmt.Errorf("%w: an absolute path inside a predicate searches the whole page again for every node (write .// for a search under the node)", ErrXPath)
	}
	defer func() { // the parser is not fuzzed by its authors: never let it take pare down
		if v := recover(); v != nil {
			sel, err = Selector{}, fmt.Errorf("%w: the XPath parser failed on it (%v)", ErrXPath, v)
		}
	}()
	src := expr
	if strings.Contains(expr, "id(") {
		expr = idCall.ReplaceAllString(expr, "//*[@id=$1]")
	}
	x, err := xpath.Compile(expr)
	if err != nil {
		return Selector{}, fmt.Errorf("%w: %v", ErrXPath, err)
	}
	return Selector{src: src, alts: []alt{{xp: newXPathExprs(expr, x), text: text}}}, nil
}

// idCall is XPath 1.0's id('x') with a literal argument, which
// github.com/antchfx/xpath does not implement; it is rewritten to the
// equivalent //*[@id='x'] before compiling.
var idCall = regexp.MustCompile(`\bid\(\s*('[^']*'|"[^"]*")\s*\)`)

// absoluteInPredicate reports whether a location path starting at the
// root ("/" or "//") sits inside a predicate, outside string literals:
// "//table[//a]" costs the page's size squared. One expression of the
// FiveFilters collection has one (and means ".//a").
func absoluteInPredicate(expr string) bool {
	depth := 0
	var quote byte
	prev := byte('[') // the last byte outside literals that is not a space
	for i := 0; i < len(expr); i++ {
		c := expr[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
			continue
		case c == '\'' || c == '"':
			quote = c
		case c == '[':
			depth++
		case c == ']':
			depth--
		case c == '/' && depth > 0 && !strings.ContainsRune("./)]*@:-_", rune(prev)) && !isWordByte(prev):
			return true
		}
		if c != ' ' {
			prev = c
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// nesting returns how deeply the predicates of expr nest, ignoring
// brackets inside string literals.
func nesting(expr string) int {
	depth, most := 0, 0
	var quote rune
	for _, c := range expr {
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '[':
			depth++
			most = max(most, depth)
		case c == ']':
			depth--
		}
	}
	return most
}

// evaluate runs an XPath alternative over root's document. A panic in
// the evaluator (a function given arguments it does not expect) is taken
// as finding nothing.
func (a alt) evaluate(root *html.Node) (out []*html.Node) {
	x, _ := a.xp.pool.Get().(*xpath.Expr)
	if x == nil {
		return nil
	}
	defer func() {
		if recover() != nil {
			out = nil // and x, in an unknown state, is not put back
			return
		}
		a.xp.pool.Put(x)
	}()
	switch v := x.Evaluate(htmlquery.CreateXPathNavigator(top(root))).(type) {
	case *xpath.NodeIterator:
		for v.MoveNext() {
			nav, ok := v.Current().(*htmlquery.NodeNavigator)
			if !ok {
				continue
			}
			if n := a.result(nav, root); n != nil {
				out = append(out, n)
			}
		}
	case string:
		if a.text && strings.TrimSpace(v) != "" {
			out = append(out, valueNode(v))
		}
	}
	return out
}

// result turns one node the expression found into what Find returns, or
// nil to drop it.
func (a alt) result(nav *htmlquery.NodeNavigator, root *html.Node) *html.Node {
	n := nav.Current()
	switch t := nav.NodeType(); {
	case t == xpath.ElementNode && (a.text || isWithin(n, root)):
		return n
	case a.text && (t == xpath.AttributeNode || t == xpath.TextNode):
		if v := nav.Value(); strings.TrimSpace(v) != "" {
			return valueNode(v)
		}
	}
	return nil
}

// valueNode returns a detached element holding text.
func valueNode(text string) *html.Node {
	t := &html.Node{Type: html.TextNode, Data: text}
	e := &html.Node{Type: html.ElementNode, Data: "span", FirstChild: t, LastChild: t}
	t.Parent = e
	return e
}
