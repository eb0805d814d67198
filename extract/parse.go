package extract

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"

	"golang.org/x/net/html"
)

// sniffLen is how much of the page sniffBinary looks at: 1024 bytes, as
// many as the HTML standard's encoding prescan reads (http.DetectContentType
// itself reads at most 512 of them; the NUL test reads them all).
const sniffLen = 1024

// sniffBinary returns an ErrNotHTML error for input that is plainly not
// text: the MIME sniffing algorithm (net/http.DetectContentType, after the
// WHATWG spec) names a binary type, or the start holds NUL bytes outside
// a UTF-16 byte order mark.
func sniffBinary(raw []byte) error {
	head := raw[:min(len(raw), sniffLen)]
	if bytes.HasPrefix(head, []byte{0xFE, 0xFF}) || bytes.HasPrefix(head, []byte{0xFF, 0xFE}) {
		return nil
	}
	ct := http.DetectContentType(head)
	if strings.HasPrefix(ct, "text/") {
		return nil
	}
	if ct == "application/octet-stream" && bytes.IndexByte(head, 0) < 0 {
		return nil // unknown but NUL-free: let the parser try
	}
	return fmt.Errorf("%w: content looks like %s", ErrNotHTML, ct)
}

// parse parses a UTF-8 page within the limits. A page whose markup
// would make more than maxNodes nodes (estimateNodes) fails with
// ErrTooManyNodes before it is parsed. A page nested deeper than
// maxDepth, or deeper than the parser allows, is flattened to that depth
// (flatten) and parsed again, so its text is kept, and deep reports that
// this happened; should the flattened page still fail, the error wraps
// ErrTooDeep.
func parse(ctx context.Context, page []byte, maxNodes, maxDepth int) (doc *html.Node, deep bool, err error) {
	if n := estimateNodes(page, maxNodes); n > maxNodes {
		return nil, false, fmt.Errorf("%w: the markup makes more than %d nodes", ErrTooManyNodes, maxNodes)
	}
	doc, err = html.ParseWithOptions(ctxReader{ctx, bytes.NewReader(page)}, noScripting)
	if err == nil && !deeperThan(doc, maxDepth) {
		return doc, false, nil
	}
	doc = nil // let the collector have it while the flattened page parses
	if ctx.Err() != nil {
		return nil, false, ctx.Err()
	}
	flat, err := flatten(ctx, page, maxDepth)
	if err == nil {
		doc, err = html.ParseWithOptions(ctxReader{ctx, bytes.NewReader(flat)}, noScripting)
	}
	switch {
	case ctx.Err() != nil:
		return nil, false, ctx.Err()
	case err != nil:
		return nil, false, fmt.Errorf("%w: parsing the flattened page: %v", ErrTooDeep, err)
	}
	return doc, true, nil
}

// maxFlattenDepth is the most Options.MaxDepth may be. golang.org/x/net/html
// rejects a document whose stack of open elements exceeds 512 (its own
// limit, not the HTML standard's, which sets none; WebKit's and Blink's
// parsers stop nesting at 512 too). flatten cuts start tags at the depth
// it is given, and the parser opens elements of its own above and among
// them (html, body, tbody, re-opened formatting elements), so the depth a
// page is flattened to stays well below 512: maxFlattenDepth, with the
// margin of the first pipeline (e45e5c9, where pages were flattened to
// 200 when the parser failed; the bad-input test of 6b522ed nests 20,000
// divs).
const maxFlattenDepth = 400

// deeperThan reports whether any node of doc lies more than depth
// elements below it. It walks without recursion and stops at the first.
func deeperThan(doc *html.Node, depth int) bool {
	d := 0
	for n := doc; n != nil; {
		if n.FirstChild != nil {
			if d++; d > depth {
				return true
			}
			n = n.FirstChild
			continue
		}
		for n != doc && n.NextSibling == nil {
			n = n.Parent
			d--
		}
		if n == doc {
			return false
		}
		n = n.NextSibling
	}
	return false
}

// noScripting parses the page as a browser with scripting off would, so
// that what <noscript> holds is markup, not one run of raw text: some
// sites (Discourse forums) put the whole page there for readers without
// JavaScript, and a saved page is read without running its scripts.
// prune (clean.go) then decides which <noscript> to keep.
var noScripting = html.ParseOptionEnableScripting(false)

// ctxReader stops parsing when the context is done: html.Parse returns the
// first error its reader gives.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// flatten rewrites page so that no element opens deeper than limit: start
// tags beyond it are dropped, with their matching end tags, and everything
// else (text above all) is kept in order. Depth is counted on a stack of
// the open elements' names, as the parser would close them: an end tag
// closes the innermost open element of its name and those inside it, and
// one that matches no open element (a stray "</span>") closes nothing; a
// <p>, <li>, <dt>, <dd>, <option>, <tr>, <td>, <th> or <a> closes an open
// one of its name on top, which cannot hold it. Counting every end tag as
// closing one level, as flatten first did, let "<div></span>" repeated
// 600 times through at full depth, and the page was lost.
func flatten(ctx context.Context, page []byte, limit int) ([]byte, error) {
	var out bytes.Buffer
	out.Grow(len(page))
	z := html.NewTokenizer(bytes.NewReader(page))
	var open []string // names of the open elements, outermost first
	dropped := map[string]int{}
	for tokens := 0; ; tokens++ {
		if tokens%ctxCheckEvery == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		tt := z.Next()
		if tt == html.ErrorToken {
			return out.Bytes(), nil
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			b, _ := z.TagName()
			name := string(b)
			if voidElements[name] {
				break
			}
			if len(open) > 0 && open[len(open)-1] == name && selfClosingByNext[name] {
				open = open[:len(open)-1]
			}
			if len(open) >= limit {
				dropped[name]++
				continue
			}
			open = append(open, name)
		case html.EndTagToken:
			b, _ := z.TagName()
			name := string(b)
			if dropped[name] > 0 {
				dropped[name]--
				continue
			}
			for k := len(open) - 1; k >= 0; k-- {
				if open[k] == name {
					open = open[:k]
					break
				}
			}
		}
		out.Write(raw)
	}
}

// selfClosingByNext are the elements a start tag of the same name closes
// when one is the innermost open element (the HTML standard's "close a p
// element" and its kin).
var selfClosingByNext = map[string]bool{
	"p": true, "li": true, "dt": true, "dd": true, "option": true, "tr": true, "td": true, "th": true, "a": true,
}

// ctxCheckEvery is how many steps (tokens, nodes, blocks) a long loop
// takes between looks at its context: a look costs a lock, a step a few
// nanoseconds, so a cancelled page stops within microseconds.
const ctxCheckEvery = 1024

var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "source": true,
	"track": true, "wbr": true,
}
