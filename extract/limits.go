package extract

import (
	"bytes"

	"golang.org/x/net/html/atom"
)

// estimateNodes estimates how many nodes the HTML parser will make of
// page, before it makes them, and stops counting past limit: one per tag,
// comment and run of text, and the formatting elements the parser
// re-opens. A parsed node costs some 150 bytes (and more once the
// pipeline has indexed it), so a page of nothing but "<br>" costs some
// forty times its size: MaxNodes bounds that, and the check must come
// before parsing, which builds the whole tree at once.
//
// Re-opened formatting elements are the HTML standard's "reconstruct the
// active formatting elements": a <b> left open inside a paragraph that
// closes is opened again, a new element, in every paragraph after it. A
// few hundred distinct unclosed <b> tags followed by a run of "<p>x"
// make hundreds of elements per four bytes of input. The estimate counts
// every unclosed formatting element (three at most of identical tags, as
// the standard's Noah's Ark clause keeps, and none opened in a table cell
// once the cell ends) once at every later start tag and run of text,
// which over-counts a page that closes them late, never one that closes
// them at all.
//
// It is a byte scan, not a tokenizer: it skips the content of the
// elements whose text is raw (scripts, styles and the like) and of
// comments, and it takes the first ">" for a tag's end, so it counts a
// ">" inside an attribute value as the start of a run of text.
func estimateNodes(page []byte, limit int) int {
	var (
		n      int
		afe    openFormatting
		lower  [16]byte
		i      int
		inText bool
	)
	for i < len(page) && n <= limit {
		j := bytes.IndexByte(page[i:], '<')
		if j != 0 {
			if !inText {
				n += 1 + afe.live()
			}
			if j < 0 {
				break
			}
			i += j
		}
		inText = false
		if i+1 >= len(page) {
			break
		}
		end := bytes.IndexByte(page[i:], '>')
		if end < 0 {
			n++ // a tag cut off at the end of the page: text, for the parser
			break
		}
		tag := page[i : i+end+1]
		i += end + 1
		switch c := tag[1]; {
		case c == '!':
			n++
			if bytes.HasPrefix(tag, []byte("<!--")) && !bytes.HasSuffix(tag, []byte("-->")) {
				k := bytes.Index(page[i:], []byte("-->"))
				if k < 0 {
					return n
				}
				i += k + len("-->")
			}
		case c == '/':
			a := tagAtom(tag[2:], &lower)
			afe.end(a)
		case isASCIILetter(c):
			n += 1 + afe.live()
			a := tagAtom(tag[1:], &lower)
			afe.start(a, tag)
			if rawTextElems[a] && !bytes.HasSuffix(tag, []byte("/>")) { // <title/> in SVG is not
				i = skipRawText(page, i, a.String())
				n++
			}
		default:
			inText = true // "a < b": the "<" is text
			n++
		}
	}
	return n
}

// tagAtom returns the atom of the tag name at the start of b, lowered
// into buf; a name longer than buf is none the scan cares about.
func tagAtom(b []byte, buf *[16]byte) atom.Atom {
	k := 0
	for ; k < len(b) && (isASCIILetter(b[k]) || k > 0 && '0' <= b[k] && b[k] <= '9'); k++ {
		if k == len(buf) {
			return 0
		}
		buf[k] = foldASCII(b[k])
	}
	return atom.Lookup(buf[:k])
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func foldASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// rawTextElems are the elements whose content the parser reads as text
// up to their end tag (the tokenizer's raw text, RCDATA and script data
// states; <plaintext> runs to the end of the page).
var rawTextElems = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Textarea: true, atom.Title: true,
	atom.Xmp: true, atom.Iframe: true, atom.Noembed: true, atom.Noframes: true,
	atom.Plaintext: true,
}

// skipRawText returns the index just past the end tag "</name" that
// closes a raw text element whose content starts at i, or len(page).
func skipRawText(page []byte, i int, name string) int {
	for i < len(page) {
		k := bytes.Index(page[i:], []byte("</"))
		if k < 0 {
			return len(page)
		}
		i += k + 2
		if i+len(name) <= len(page) && string(lowerASCII(string(page[i:i+len(name)]))) == name {
			if e := bytes.IndexByte(page[i:], '>'); e >= 0 {
				return i + e + 1
			}
			return len(page)
		}
	}
	return len(page)
}

// openFormatting follows, roughly, the parser's list of active
// formatting elements for estimateNodes: the unclosed formatting
// elements, three at most per identical tag, one <a> (a new one closes
// the last), cleared back to the start of a table cell when the cell
// ends, and no more than fit on the parser's stack.
type openFormatting struct {
	tags    []openTag         // oldest first
	markers []int             // len(tags) at each open cell
	count   map[atom.Atom]int // tags of each element, so a stray end tag costs no search
}

type openTag struct {
	a   atom.Atom
	raw string // the start tag as written: identical tags are one family
}

// maxOpenElements is golang.org/x/net/html's limit on the stack of open
// elements: the parser re-opens no more than fit under it.
const maxOpenElements = 512

// live is how many elements the parser may re-open at the next token.
func (f *openFormatting) live() int { return len(f.tags) }

func (f *openFormatting) start(a atom.Atom, tag []byte) {
	switch {
	case formattingElems[a]:
		if a == atom.A {
			f.end(a)
		}
		same := 0
		for k := len(f.tags) - 1; k >= f.marker() && same < 3; k-- {
			if f.tags[k].raw == string(tag) {
				same++
			}
		}
		if same < 3 && len(f.tags) < maxOpenElements {
			f.tags = append(f.tags, openTag{a, string(tag)})
			if f.count == nil {
				f.count = map[atom.Atom]int{}
			}
			f.count[a]++
		}
	case cellElems[a]:
		f.closeCell()
		if a != atom.Tr && a != atom.Table {
			f.markers = append(f.markers, len(f.tags))
		}
	}
}

func (f *openFormatting) end(a atom.Atom) {
	switch {
	case formattingElems[a] && f.count[a] > 0:
		for k := len(f.tags) - 1; k >= f.marker(); k-- {
			if f.tags[k].a == a {
				f.tags = append(f.tags[:k], f.tags[k+1:]...)
				f.count[a]--
				break
			}
		}
	case cellElems[a]:
		f.closeCell()
	}
}

func (f *openFormatting) marker() int {
	if len(f.markers) == 0 {
		return 0
	}
	return f.markers[len(f.markers)-1]
}

// closeCell drops what the innermost open cell opened, as the parser
// clears the list back to the cell's marker.
func (f *openFormatting) closeCell() {
	if len(f.markers) > 0 {
		for _, t := range f.tags[f.marker():] {
			f.count[t.a]--
		}
		f.tags = f.tags[:f.marker()]
		f.markers = f.markers[:len(f.markers)-1]
	}
}

// formattingElems are the HTML standard's formatting elements, which the
// parser re-opens.
var formattingElems = map[atom.Atom]bool{
	atom.A: true, atom.B: true, atom.Big: true, atom.Code: true, atom.Em: true,
	atom.Font: true, atom.I: true, atom.Nobr: true, atom.S: true, atom.Small: true,
	atom.Strike: true, atom.Strong: true, atom.Tt: true, atom.U: true,
}

// cellElems start or end a table cell, or close one: the list of
// formatting elements is cleared back to a cell's start when it ends.
var cellElems = map[atom.Atom]bool{
	atom.Td: true, atom.Th: true, atom.Caption: true, atom.Tr: true, atom.Table: true,
	atom.Template: true, atom.Object: true, atom.Applet: true, atom.Marquee: true,
}
