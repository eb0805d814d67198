// Command renderstats measures pare's HTML and Markdown renderings over
// every benchmark page (rules off, as users run it), the figures of
// issue 11:
//
//	go run ./cmd/renderstats [-half tune|check|all] [-sets …] [-limit n] [-v]
//
// It counts, per half:
//
//   - empty elements in Article.HTML: elements other than the void ones
//     (img, br, hr, …) that hold neither text nor an image;
//   - articles whose HTML or Markdown is empty while their text is not
//     (this must be 0);
//   - code blocks (<pre> of the page) whose lines differ from the page's:
//     a block is the article's when half of its lines of eight characters
//     or more (one at least) are in Article.Text, and it differs when its lines are
//     not found in Article.Text (resp. Article.Markdown) one after another,
//     exactly as the page shows them (in Markdown, a block inside a list
//     item may be indented with the item).
//
// It also counts the images left in the HTML, to see what dropping ads,
// trackers and logos costs, and the Markdown headings that are an image
// alone ("# ![Site](logo.png)").
//
// -v names each page that has a differing code block or an empty
// rendering.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/pare-dev/pare/bench/datasets"
	"github.com/pare-dev/pare/extract"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "renderstats:", err)
		os.Exit(2)
	}
}

// stats are the counts of one half.
type stats struct {
	pages, articles                int
	emptyElems, emptyHTML, emptyMD int
	code, codeTextDiff, codeMDDiff int
	images, imageHeadings          int
}

func run(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("renderstats", flag.ContinueOnError)
	sets := fs.String("sets", strings.Join(datasets.Sets, ","), "comma-separated `sets`")
	limit := fs.Int("limit", 0, "first `n` pages of each set (0: all)")
	verbose := fs.Bool("v", false, "name the pages with a differing code block or an empty rendering")
	if err := fs.Parse(args); err != nil {
		return err
	}
	dir, err := datasets.FindDir()
	if err != nil {
		return err
	}
	ex, err := extract.New(extract.Options{})
	if err != nil {
		return err
	}
	byHalf := map[datasets.Half]*stats{datasets.Tune: {}, datasets.Check: {}}
	emptyTags := map[string]int{} // empty elements by tag, for -v
	for _, set := range strings.Split(*sets, ",") {
		pages, err := datasets.Load(dir, set, *limit)
		if err != nil {
			return err
		}
		for _, pg := range pages {
			s := byHalf[datasets.HalfOf(pg)]
			s.pages++
			res, err := ex.Extract(context.Background(), bytes.NewReader(pg.HTML), pg.URL)
			if err != nil || len(res.Articles) == 0 {
				continue
			}
			blocks := codeBlocks(pg.HTML)
			for _, a := range res.Articles {
				s.articles++
				s.images += strings.Count(a.HTML, "<img ")
				s.imageHeadings += len(imageHeadingRe.FindAllString(a.Markdown, -1))
				if k := emptyElements(a.HTML, emptyTags); k > 0 {
					s.emptyElems += k
					note(w, *verbose, set, pg.ID, fmt.Sprintf("%d empty elements", k))
				}
				if strings.TrimSpace(a.Text) != "" {
					if !hasText(a.HTML) {
						s.emptyHTML++
						note(w, *verbose, set, pg.ID, "empty HTML")
					}
					if strings.TrimSpace(a.Markdown) == "" {
						s.emptyMD++
						note(w, *verbose, set, pg.ID, "empty Markdown")
					}
				}
				for _, lines := range blocks {
					if !isArticles(lines, a.Text) {
						continue
					}
					s.code++
					if !inOrder(lines, a.Text) {
						s.codeTextDiff++
						note(w, *verbose, set, pg.ID, "code block differs in text: "+lines[0])
					}
					if !inOrder(lines, a.Markdown) && !inOrder(indented(lines, a.Markdown), a.Markdown) {
						s.codeMDDiff++
						note(w, *verbose, set, pg.ID, "code block differs in Markdown: "+lines[0])
					}
				}
			}
		}
	}
	if *verbose {
		fmt.Fprintln(w, "empty elements by tag:", emptyTags)
	}
	fmt.Fprintln(w, "half   pages articles empty-elements empty-html empty-md code-blocks differ-text differ-md images image-headings")
	for _, h := range []datasets.Half{datasets.Tune, datasets.Check} {
		s := byHalf[h]
		fmt.Fprintf(w, "%-6s %5d %8d %14d %10d %8d %11d %11d %9d %6d %14d\n", h, s.pages, s.articles,
			s.emptyElems, s.emptyHTML, s.emptyMD, s.code, s.codeTextDiff, s.codeMDDiff, s.images, s.imageHeadings)
	}
	return nil
}

// imageHeadingRe is a Markdown heading of an image alone, linked or not.
var imageHeadingRe = regexp.MustCompile(`(?m)^#{1,6} \[?!\[[^\]]*\]\([^)]*\)(\]\([^)]*\))?\s*$`)

func note(w io.Writer, on bool, set, id, what string) {
	if on {
		fmt.Fprintf(w, "%s/%s: %s\n", set, id, what)
	}
}

// codeBlocks returns the lines of each <pre> of the page as a browser
// shows them: block elements and <br> inside start a line, blank lines
// at either end dropped, trailing white space of each line dropped (a
// rendering may keep or drop it, a reader does not see it). Blocks of
// fewer than two lines are left out: one line says little about lines.
func codeBlocks(page []byte) [][]string {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return nil
	}
	var out [][]string
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Pre {
			var sb strings.Builder
			preText(n, &sb)
			var lines []string
			for l := range strings.SplitSeq(sb.String(), "\n") {
				lines = append(lines, strings.TrimRight(l, " \t\r\u00a0"))
			}
			for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
				lines = lines[1:]
			}
			for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
				lines = lines[:len(lines)-1]
			}
			if lines = withoutGutter(lines); len(lines) >= 2 {
				out = append(out, lines)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	return out
}

// withoutGutter drops the lines that are only a line number, 1, 2, 3…
// in order, when they are every other line of the block: a
// highlighter's gutter written as an element of its own before each
// line, which the page shows beside the code and pare leaves out (a
// program's output that prints 1 and 2 among other lines is no gutter).
func withoutGutter(lines []string) []string {
	next, nums := 1, 0
	for _, l := range lines {
		if strings.TrimSpace(l) == strconv.Itoa(next) {
			next++
			nums++
		}
	}
	if nums < 2 || 2*nums+1 < len(lines) {
		return lines
	}
	var out []string
	next = 1
	for _, l := range lines {
		if strings.TrimSpace(l) == strconv.Itoa(next) {
			next++
			continue
		}
		out = append(out, l)
	}
	return out
}

func preText(n *html.Node, sb *strings.Builder) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			sb.WriteString(c.Data)
		case c.Type != html.ElementNode:
		case c.DataAtom == atom.Br:
			sb.WriteByte('\n')
		case c.DataAtom == atom.Script || c.DataAtom == atom.Style:
		default:
			block := c.DataAtom == atom.Div || c.DataAtom == atom.P || c.DataAtom == atom.Li
			if block && sb.Len() > 0 && !strings.HasSuffix(sb.String(), "\n") {
				sb.WriteByte('\n')
			}
			preText(c, sb)
			if block && !strings.HasSuffix(sb.String(), "\n") {
				sb.WriteByte('\n')
			}
		}
	}
}

// isArticles reports whether a code block is in the article: half of
// its lines of eight characters or more, at least one, are in the text
// (one alone would take a block the article does not hold for one that
// shares a line with it, "    return x").
func isArticles(lines []string, text string) bool {
	long, in := 0, 0
	for _, l := range lines {
		if t := strings.TrimSpace(l); len(t) >= 8 {
			long++
			if strings.Contains(text, t) {
				in++
			}
		}
	}
	return in > 0 && 2*in >= long
}

// inOrder reports whether lines are lines of s one after another.
func inOrder(lines []string, s string) bool {
	var rows []string
	for l := range strings.SplitSeq(s, "\n") {
		rows = append(rows, strings.TrimRight(l, " \t\r\u00a0"))
	}
	for i := range rows {
		if i+len(lines) > len(rows) {
			return false
		}
		ok := true
		for j, l := range lines {
			if rows[i+j] != l {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// indented returns lines indented as the first of them is in md: a
// fenced block inside a list item is indented with the item's content,
// as Markdown requires, and is still the page's lines.
func indented(lines []string, md string) []string {
	first := strings.TrimSpace(lines[0])
	for l := range strings.SplitSeq(md, "\n") {
		if ind, ok := strings.CutSuffix(strings.TrimRight(l, " \t"), first); ok && strings.TrimSpace(ind) == "" && ind != "" {
			lead := len(lines[0]) - len(strings.TrimLeft(lines[0], " \t"))
			if len(ind) < lead {
				return lines
			}
			pre := ind[:len(ind)-lead]
			out := make([]string, len(lines))
			for i, x := range lines {
				if x != "" {
					x = pre + x
				}
				out[i] = x
			}
			return out
		}
	}
	return lines
}

// emptyElements counts the elements of a rendering that hold neither
// text nor an image, the void ones aside.
func emptyElements(h string, byTag map[string]int) int {
	nodes, err := html.ParseFragment(strings.NewReader(h), &html.Node{Type: html.ElementNode, DataAtom: atom.Body, Data: "body"})
	if err != nil {
		return 0
	}
	n := 0
	var visit func(e *html.Node)
	visit = func(e *html.Node) {
		if e.Type == html.ElementNode && !void[e.DataAtom] && !holdsContent(e) {
			n++
			byTag[e.Data]++
		}
		for c := e.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	for _, e := range nodes {
		visit(e)
	}
	return n
}

var void = map[atom.Atom]bool{atom.Img: true, atom.Br: true, atom.Hr: true, atom.Wbr: true,
	atom.Col: true, atom.Colgroup: true, atom.Area: true, atom.Td: true, atom.Th: true}

func holdsContent(e *html.Node) bool {
	for c := e.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return true
		}
		if c.Type == html.ElementNode && (c.DataAtom == atom.Img || c.DataAtom == atom.Hr || holdsContent(c)) {
			return true
		}
	}
	return false
}

// hasText reports whether HTML holds text outside its tags.
func hasText(h string) bool {
	z := html.NewTokenizer(strings.NewReader(h))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return false
		case html.TextToken:
			if strings.TrimSpace(string(z.Text())) != "" {
				return true
			}
		}
	}
}
