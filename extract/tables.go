package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Tables. A data table reads one line per row in text (cells joined by
// " | ", the blocks of one cell by a space, so a cell holding <p> is no
// paragraph of its own) and as a GitHub-flavoured Markdown table
// (html-to-markdown's table plugin). A layout table, one that only
// places its content, is no table for a reader: its cells read as the
// paragraphs they hold, and the renderings unwrap it (unwrapLayout).

// layoutProseWeight is the text weight of a cell's block from which a
// table is taken for layout: about three lines of prose, more than a
// data table's cell holds (the longest cells of the benchmark's data
// tables are short descriptions). An assumption, not a tuned figure.
const layoutProseWeight = 240

// layoutTable reports whether table t places content rather than
// tabulating data: it says so (role=presentation or none), it has one
// row (cells side by side: columns of a layout), every row has at most
// one cell, or it holds a table, a code block (a gutter of
// line numbers beside the code), a heading, or a block of prose
// (layoutProseWeight) in a cell.
func layoutTable(t *html.Node) bool {
	switch attr(t, "role") {
	case "presentation", "none":
		return true
	}
	most, rows, layout := 0, 0, false
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !layout; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Table, atom.Pre, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				layout = true // a <pre>: code beside its line numbers
			case atom.Tr:
				rows++
				cells := 0
				for k := c.FirstChild; k != nil; k = k.NextSibling {
					if isCell(k) {
						cells++
					}
				}
				most = max(most, cells)
				visit(c)
			case atom.P, atom.Div, atom.Blockquote, atom.Ul, atom.Ol:
				if textWeight(textOf(c)) >= layoutProseWeight {
					layout = true
				}
			default:
				visit(c)
			}
		}
	}
	visit(t)
	return layout || most <= 1 || rows <= 1
}

// tableCell returns the cell (td, th) of a data table that holds n, or
// nil. layouts caches layoutTable per table.
func tableCell(n *html.Node, layouts map[*html.Node]bool) *html.Node {
	for c := n; c != nil; c = c.Parent {
		if !isCell(c) {
			if isElem(c, atom.Table) || isElem(c, atom.Body) {
				return nil
			}
			continue
		}
		t := c.Parent
		for t != nil && !isElem(t, atom.Table) {
			t = t.Parent
		}
		if t == nil {
			return nil
		}
		l, ok := layouts[t]
		if !ok {
			l = layoutTable(t)
			layouts[t] = l
		}
		if l {
			return nil
		}
		return c
	}
	return nil
}

// cellTable returns the table a cell belongs to.
func cellTable(cell *html.Node) *html.Node {
	t := cell.Parent
	for t != nil && !isElem(t, atom.Table) {
		t = t.Parent
	}
	return t
}

// unwrapLayout replaces each layout table under root (a rendering's
// copy), root itself included, by the content of its cells in order,
// each cell's in a <div> of its own so that cells of bare text stay
// apart as paragraphs.
func unwrapLayout(root *html.Node) {
	var tables []*html.Node
	walk(root, func(n *html.Node) bool {
		if isElem(n, atom.Table) && layoutTable(n) {
			tables = append(tables, n)
		}
		return true
	})
	// Outermost first, in document order: unwrapping an outer table
	// moves the inner ones, which are unwrapped where they land.
	for _, t := range tables {
		var cells []*html.Node
		walk(t, func(n *html.Node) bool {
			if isCell(n) || isElem(n, atom.Caption) {
				cells = append(cells, n)
				return false
			}
			return true
		})
		var divs []*html.Node
		for _, c := range cells {
			d := &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div"}
			for c.FirstChild != nil {
				k := c.FirstChild
				c.RemoveChild(k)
				d.AppendChild(k)
			}
			divs = append(divs, d)
		}
		if t.Parent == nil { // the root: it becomes a <div> of its cells
			for t.FirstChild != nil {
				t.RemoveChild(t.FirstChild)
			}
			t.DataAtom, t.Data, t.Attr = atom.Div, "div", nil
			for _, d := range divs {
				t.AppendChild(d)
			}
			continue
		}
		for _, d := range divs {
			t.Parent.InsertBefore(d, t)
		}
		t.Parent.RemoveChild(t)
	}
}

// flattenCells writes the paragraphs of each table cell under root (a
// rendering's copy; layout tables are unwrapped by then) as lines of
// the cell: <td><p>140</p><p>(est.)</p></td> becomes 140<br>(est.), so
// that a Markdown table cell holds one <br> between them, not four.
func flattenCells(root *html.Node) {
	var cells []*html.Node
	walk(root, func(n *html.Node) bool {
		if isCell(n) {
			cells = append(cells, n)
		}
		return true
	})
	for _, cell := range cells {
		for c := cell.FirstChild; c != nil; {
			next := c.NextSibling
			if isElem(c, atom.P) || isElem(c, atom.Div) {
				if c.PrevSibling != nil {
					cell.InsertBefore(&html.Node{Type: html.ElementNode, DataAtom: atom.Br, Data: "br"}, c)
				}
				for c.FirstChild != nil {
					k := c.FirstChild
					c.RemoveChild(k)
					cell.InsertBefore(k, c)
				}
				cell.RemoveChild(c)
			}
			c = next
		}
	}
}
