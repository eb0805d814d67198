package extract

import (
	"strings"

	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// markdownChunk is how much sanitised HTML toMarkdown converts at once:
// 1 MiB, over twice the largest article HTML of the benchmark's pages
// (430 KB), so that only a giant body is cut. html-to-markdown needs
// some thirty times its input in allocations and holds a tree of its own
// while it works: a 50 MB article converted whole took the peak heap of
// Extract from 13 to 25 times the page (BenchmarkLimits). The cut costs
// a little: the converter trims the end of each piece as the end of a
// document, so a no-break space that ends a piece's last paragraph goes.
const markdownChunk = 1 << 20

// toMarkdown converts sanitised HTML to Markdown. HTML larger than
// chunk is converted a piece at a time (markdownPieces), the pieces
// joined by a blank line, as the converter joins blocks.
func toMarkdown(conv *converter.Converter, clean string, chunk int) (string, error) {
	if len(clean) <= chunk {
		md, err := conv.ConvertString(clean)
		return strings.TrimSpace(md), err
	}
	var out strings.Builder
	out.Grow(len(clean))
	for _, piece := range markdownPieces(clean, chunk) {
		md, err := conv.ConvertString(piece)
		if err != nil {
			return "", err
		}
		if s := strings.Trim(md, "\n"); s != "" {
			if out.Len() > 0 {
				out.WriteString("\n\n")
			}
			out.WriteString(s)
		}
	}
	return strings.TrimSpace(out.String()), nil
}

// markdownPieces cuts sanitised HTML into pieces of about chunk bytes or
// more, each a run of whole elements, without building a tree of it
// (one held some nine times the HTML's size in heap). It cuts inside the
// wrappers the HTML consists of (loneWrappers: an article's body comes as
// one <div> around all its paragraphs), leaving their tags out, and only
// before the start tag of a block element, so no paragraph is split.
func markdownPieces(h string, chunk int) []string {
	lo, hi := loneWrappers(h)
	h = h[lo:hi]
	var pieces []string
	z := html.NewTokenizer(strings.NewReader(h))
	depth, start, off := 0, 0, 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		n := len(z.Raw())
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if depth == 0 && off-start >= chunk && blockElems[a] {
				pieces = append(pieces, h[start:off])
				start = off
			}
			if !voidElements[string(name)] {
				depth++
			}
		case html.EndTagToken:
			depth = max(depth-1, 0)
		}
		off += n
	}
	return append(pieces, h[start:])
}

// loneWrappers returns the inside of the innermost of the elements h
// consists of, each the only element of the one around it besides white
// space and written in Markdown as nothing but its content (div, section,
// article, main): h[lo:hi], or all of h when it has none.
func loneWrappers(h string) (lo, hi int) {
	type wrapper struct{ inside, end int }
	var ws []wrapper // the wrappers h opens with, outermost first
	z := html.NewTokenizer(strings.NewReader(h))
	depth, off, lastContent := 0, 0, 0
	leading := true
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		n := len(z.Raw())
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			switch a := atom.Lookup(name); {
			case leading && (a == atom.Div || a == atom.Section || a == atom.Article || a == atom.Main):
				ws = append(ws, wrapper{inside: off + n, end: -1})
			default:
				leading = false
			}
			if !voidElements[string(name)] {
				depth++
			}
			lastContent = off + n
		case html.EndTagToken:
			leading = false
			if depth > 0 && depth <= len(ws) && ws[depth-1].end < 0 {
				ws[depth-1].end = off
			} else {
				lastContent = off + n
			}
			depth = max(depth-1, 0)
		case html.TextToken:
			if strings.TrimSpace(string(z.Raw())) != "" {
				leading = false
				lastContent = off + n
			}
		default:
			leading = false
			lastContent = off + n
		}
		off += n
	}
	lo, hi = 0, len(h)
	for _, w := range ws {
		if w.end < lastContent {
			break // something follows the wrapper's end: it is not alone
		}
		lo, hi = w.inside, w.end
	}
	return lo, hi
}
