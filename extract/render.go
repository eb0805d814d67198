package extract

import (
	"strconv"
	"strings"

	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/base"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/commonmark"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/table"
	"github.com/microcosm-cc/bluemonday"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// renderers are built once per Extractor: a bluemonday policy and an
// html-to-markdown converter are both safe for concurrent use once built.
// Each is nil when Options.Outputs asks for nothing that needs it.
//
// Article.HTML is the article's elements sanitised with an allow-list
// (htmlPolicy, after bluemonday's UGCPolicy): headings, paragraphs,
// lists, tables, quotes, figures, images (src, alt, size), links (href,
// with rel=nofollow added), and phrasing such as em, strong, code, sub,
// sup, abbr, time, del and ins; dir, lang and title everywhere. Nothing
// that runs or styles survives (scripts, styles, event handlers, class,
// style), nor id: ids from the page would collide with those of the page
// a scraper embeds the article in, so they are dropped (not prefixed: a
// "#fn1" link is resolved against the page URL, so it still points at
// the original page). Every URL is absolute http(s) (safeURL); others
// are dropped with their attribute. What <noscript> holds is rendered as
// ordinary elements (cloneWithout), as a reader without scripts sees it.
// Markdown is converted from that HTML.
type renderers struct {
	policy   *bluemonday.Policy
	markdown *converter.Converter
}

func newRenderers(out Outputs) renderers {
	var r renderers
	if out&(HTML|Markdown) == 0 {
		return r
	}
	r.policy = htmlPolicy()
	if out&Markdown != 0 {
		// Tables as GitHub-flavoured Markdown tables: the first row is
		// the header when none is marked (GFM has no table without
		// one), a spanned cell repeats its content in the cells it
		// covers, empty rows go, and a cell of several lines keeps them
		// as <br> rather than the table being written as paragraphs.
		r.markdown = converter.NewConverter(converter.WithPlugins(
			base.NewBasePlugin(), commonmark.NewCommonmarkPlugin(),
			table.NewTablePlugin(
				table.WithHeaderPromotion(true),
				table.WithSpanCellBehavior(table.SpanBehaviorMirror),
				table.WithSkipEmptyRows(true),
				table.WithNewlineBehavior(table.NewlineBehaviorPreserve),
				table.WithCellPaddingBehavior(table.CellPaddingBehaviorMinimal))))
	}
	return r
}

// renderText writes the kept blocks as plain text: blocks separated by a
// blank line, list items and <br> lines by a single newline, list items
// marked "- " (or "1. " in ordered lists), a data table one line per
// row with its cells joined by " | " (tables.go), headings without their
// permalink marks.
func renderText(p *page, kept []int32) string {
	if p.opts.Outputs&Text == 0 {
		return ""
	}
	// Room for the text and its separators up front, so the builder does
	// not double (and copy) its way to an article's size; list markers
	// beyond a few bytes a block make it grow once more at most.
	size := 0
	for _, i := range kept {
		size += len(p.blocks[i].text) + 4
	}
	var sb strings.Builder
	sb.Grow(size)
	var prev *block
	var prevCell *html.Node
	layouts := map[*html.Node]bool{}
	for _, i := range kept {
		b := &p.blocks[i]
		cell := tableCell(b.owner, layouts)
		if cell != nil && p.opts.NoTables {
			continue
		}
		li := listItem(b)
		switch {
		case prev == nil:
		case cell != nil && prevCell != nil && cellTable(cell) == cellTable(prevCell):
			// A data table reads one line per row: the blocks of a cell
			// (its <p>s, its lines) joined by a space, its cells by " | ".
			switch {
			case cell == prevCell:
				sb.WriteByte(' ')
			case cell.Parent == prevCell.Parent:
				sb.WriteString(" | ")
			default:
				sb.WriteByte('\n')
			}
		case b.soft && b.owner == prev.owner:
			sb.WriteByte('\n')
		case li != nil && listItem(prev) != nil && li.Parent == listItem(prev).Parent:
			sb.WriteByte('\n')
		default:
			sb.WriteString("\n\n")
		}
		if li != nil && (prev == nil || listItem(prev) != li) && cell == nil {
			sb.WriteString(strings.Repeat("  ", listDepth(li)-1))
			sb.WriteString(listMarker(li))
		}
		if isHeading(b.owner) {
			sb.WriteString(trimPermalink(b.text))
		} else {
			sb.WriteString(b.text)
		}
		prev, prevCell = b, cell
	}
	return sb.String()
}

// listItem returns the <li> a block opens or is, or nil.
func listItem(b *block) *html.Node {
	if isElem(b.owner, atom.Li) {
		return b.owner
	}
	if par := b.owner.Parent; isElem(par, atom.Li) {
		return par
	}
	return nil
}

func listDepth(li *html.Node) int {
	d := 0
	for n := li; n != nil; n = n.Parent {
		if isElem(n, atom.Ul) || isElem(n, atom.Ol) {
			d++
		}
	}
	return max(d, 1)
}

func listMarker(li *html.Node) string {
	if !isElem(li.Parent, atom.Ol) {
		return "- "
	}
	n := 1
	for s := li.PrevSibling; s != nil; s = s.PrevSibling {
		if isElem(s, atom.Li) {
			n++
		}
	}
	return strconv.Itoa(n) + ". "
}

func isCell(n *html.Node) bool { return isElem(n, atom.Td) || isElem(n, atom.Th) }

// renderBody fills in the renderings of art that Options.Outputs asks
// for. A rendering that fails, or comes out empty while the text does
// not, is reported in Result.Warnings: never silently empty.
func (p *page) renderBody(art *Article, roots []*html.Node, kept []int32) {
	if p.ctx.Err() != nil {
		return // the page's time is up: the pipeline returns the error
	}
	art.Text = renderText(p, kept)
	var err error
	art.HTML, art.Markdown, err = p.renderHTML(roots, kept)
	if err != nil {
		p.warnf("article %q: %v", art.Title, err)
	}
	if p.opts.FrontMatter && art.Markdown != "" {
		fm, err := frontMatter(art)
		if err != nil {
			p.warnf("article %q: front matter: %v", art.Title, err)
		}
		art.Markdown = fm + art.Markdown
	}
	if hasText(p, kept) {
		out := p.opts.Outputs
		if out&HTML != 0 && !markupHasText(art.HTML) {
			p.warnf("article %q: the HTML rendering is empty while the text is not", art.Title)
		}
		if out&Markdown != 0 && art.Markdown == "" {
			p.warnf("article %q: the Markdown rendering is empty while the text is not", art.Title)
		}
	}
}

// markupHasText reports whether HTML holds text outside its tags: an
// empty <div></div> is an empty rendering too.
func markupHasText(h string) bool {
	inTag := false
	for i := 0; i < len(h); i++ {
		switch c := h[i]; {
		case c == '<':
			inTag = true
		case c == '>':
			inTag = false
		case !inTag && c != ' ' && c != '\n' && c != '\t' && c != '\r':
			return true
		}
	}
	return false
}

// hasText reports whether any kept block holds text.
func hasText(p *page, kept []int32) bool {
	for _, i := range kept {
		if strings.TrimSpace(p.blocks[i].text) != "" {
			return true
		}
	}
	return false
}
