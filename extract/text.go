package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/encoding/charmap"
)

// The text of nodes, as every stage reads it: white space collapsed,
// characters a reader never sees dropped, and weighed in letters
// (textWeight), the unit of every length cut-off.

// textOf returns the text of n with whitespace collapsed to single spaces.
func textOf(n *html.Node) string {
	var c collapser
	walk(n, func(e *html.Node) bool {
		if e.Type == html.TextNode {
			c.write(e.Data)
			c.writeSpace()
		}
		if e.Type == html.ElementNode && e != n {
			switch e.DataAtom {
			case atom.Script, atom.Style, atom.Template, atom.Noscript:
				return false
			case atom.Br, atom.P, atom.Div, atom.Li, atom.Td, atom.Th, atom.Tr:
				c.writeSpace()
			}
		}
		return true
	})
	return string(c.buf)
}

// collapse trims s and turns every run of white space into one space.
// Non-breaking spaces count as white space; invisible characters are
// dropped, and so are control characters, but C1 controls, which read as
// windows-1252 (see isControl). Most strings
// given to it are collapsed already and come back as they are, with no
// copy.
func collapse(s string) string {
	if isCollapsed(s) {
		return s
	}
	var small [256]byte // on the stack: only the result is allocated
	out, _ := appendCollapsed(small[:0], false, s)
	return string(out)
}

// isCollapsed reports whether collapse(s) == s: no white space but single
// ASCII spaces between other characters, and valid UTF-8 (collapse turns
// each invalid byte into U+FFFD).
func isCollapsed(s string) bool {
	space := true // at the start, as after a space: a leading space fails
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c == ' ' {
				if space {
					return false
				}
				space = true
				continue
			}
			if asciiSpace[c] || isControl(rune(c)) {
				return false
			}
			space = false
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || isSpace(r) || invisible(r) || isControl(r) {
			return false
		}
		i += size
		space = false
	}
	return !space || s == ""
}

// collapser appends text to buf the way collapse rewrites it, a piece at
// a time: collapse(a+b) is what writing a then b gives, for pieces of
// valid UTF-8 (text nodes are: decode makes the page valid UTF-8).
type collapser struct {
	buf   []byte
	space bool // white space since the last character, not written yet
}

func (c *collapser) write(s string) { c.buf, c.space = appendCollapsed(c.buf, c.space, s) }

// appendCollapsed appends s to dst as collapse rewrites it. space says
// that white space came last, not yet written; so does the result.
func appendCollapsed(dst []byte, space bool, s string) ([]byte, bool) {
	for i := 0; i < len(s); {
		r := rune(s[i])
		if r < utf8.RuneSelf {
			i++
			if asciiSpace[r] {
				space = len(dst) > 0
				continue
			}
			if isControl(r) {
				continue
			}
			if space {
				dst = append(dst, ' ')
				space = false
			}
			dst = append(dst, byte(r))
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r <= lastC1 {
			if r = c1Char(r); r < 0 {
				continue
			}
		}
		if isSpace(r) {
			space = len(dst) > 0
			continue
		}
		if invisible(r) {
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst, space
}

// writeSpace is write(" ").
func (c *collapser) writeSpace() { c.space = len(c.buf) > 0 }

// reset empties c, keeping its buffer.
func (c *collapser) reset() {
	c.buf = c.buf[:0]
	c.space = false
}

// asciiSpace holds the ASCII characters unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

func isSpace(r rune) bool { return unicode.IsSpace(r) }

// invisible reports whether r is a character a reader never sees: the
// soft hyphen (shown only where a line breaks), zero-width spaces and
// joiners, the word joiner and a stray byte order mark. They are dropped
// from text, not turned into spaces, so "Mit\u00adtel\u00adal\u00adter"
// reads "Mittelalter" and a word with a joiner stays one word.
func invisible(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return false
}

// isControl reports whether r is a control character (Unicode's Cc:
// U+0000–U+001F, U+007F–U+009F) other than the ASCII white space among
// them (tab, newline, vertical tab, form feed, carriage return), which
// collapse turns into spaces. A page can hold them, and a terminal that
// prints pare's text acts on them: ESC starts an escape sequence that
// can rewrite the screen, BEL rings, U+009B is a one-character ESC [.
// Text pare emits holds none but newline and tab: C0 controls and DEL
// are dropped, C1 controls read as windows-1252 (c1Char).
func isControl(r rune) bool {
	return r < 0x20 && !asciiSpace[r] || 0x7f <= r && r <= lastC1
}

// lastC1 is the last C1 control character.
const lastC1 = 0x9f

// c1Char returns what a C1 control character (U+0080–U+009F) in the
// page's text stands for: its windows-1252 character ("’" for U+0092,
// "…" for U+0085), or -1 for the five bytes windows-1252 leaves
// undefined. In web text they are almost always windows-1252 punctuation
// read as ISO-8859-1 on its way to the page, and the HTML standard maps
// them the same way when they are written as numeric character references
// ("&#146;" is "’"). Other runes come back as they are.
func c1Char(r rune) rune {
	if r < 0x80 || r > lastC1 {
		return r
	}
	if c := charmap.Windows1252.DecodeByte(byte(r)); c != r && c != utf8.RuneError {
		return c
	}
	return -1
}

// fixControls returns s as text pare emits holds it (see isControl):
// without C0 controls other than newline and tab, nor DEL, and with C1
// controls read as windows-1252; for text that is not collapsed (<pre>,
// the HTML rendering, metadata values). s itself when it holds none.
func fixControls(s string) string {
	if !strings.ContainsFunc(s, isEmittedControl) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= 0x80 {
			return c1Char(r)
		}
		if isEmittedControl(r) {
			return -1
		}
		return r
	}, s)
}

// isEmittedControl is isControl less newline and tab, which text outside
// collapse keeps: carriage returns, form feeds and the rest go.
func isEmittedControl(r rune) bool {
	return (r < 0x20 || 0x7f <= r && r <= lastC1) && r != '\n' && r != '\t'
}

// textWeight measures how much text s holds: letters and digits, with
// Chinese, Japanese and Korean characters counted double, because one of
// them carries about as much as a short word and length cut-offs written
// for alphabetic text would otherwise treat CJK paragraphs as fragments.
func textWeight(s string) int {
	w := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
				w++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r >= firstCJK && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
			w += cjkWeight
		case unicode.IsLetter(r) || unicode.IsNumber(r):
			w++
		}
	}
	return w
}

// cjkWeight is what one Chinese, Japanese or Korean character weighs in
// textWeight: two letters, as one carries about as much as a short word.
// With the first pipeline (e45e5c9); no figure recorded.
const cjkWeight = 2

// firstCJK is the first rune of the scripts textWeight counts double
// (Hangul Jamo), so that accented Latin, Greek, Cyrillic or Arabic letters
// skip the search of their tables.
const firstCJK = '\u1100'
