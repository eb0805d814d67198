package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// collapseRef is collapse as it was first written, one rune at a time
// into a builder, with control characters dropped or read as
// windows-1252 as issue 14 asked: the fast paths must give what it
// gives.
func collapseRef(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if r = c1Char(r); r < 0 || invisible(r) || isControl(r) {
			continue
		}
		if isSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

var collapseCases = []string{
	"", " ", "a", " a", "a ", "a  b", "a b", "a\tb", "a\nb", "\n\t a b \n",
	"a\u00a0b", "a\u200bb", "\u200b", "\ufeffa", "a\u2003\u2003b", "a\u0085b",
	"café au lait", "東京 の 天気", "Mit\u00adtel\u00adal\u00adter", "a \u200b b", "a\xffb", "\xff", "a \xff", "a\x00b",
	"a\x1bb", "\x1b[2J", "a\x07 b", "a \x7f b", "a\u009bb", "a\u0085b\u0085", "we\u0092re", "a \u0081 b",
	"already collapsed text, with punctuation.", "two  spaces", "tab\there",
}

func TestCollapse(t *testing.T) {
	for _, s := range collapseCases {
		if got, want := collapse(s), collapseRef(s); got != want {
			t.Errorf("collapse(%q) = %q, want %q", s, got, want)
		}
		if got, want := isCollapsed(s), collapseRef(s) == s; got != want {
			t.Errorf("isCollapsed(%q) = %v, want %v", s, got, want)
		}
	}
	long := strings.Repeat("word \n ", 200) // past collapse's stack buffer
	if got, want := collapse(long), collapseRef(long); got != want {
		t.Errorf("collapse of a long string differs")
	}
}

// TestCollapser checks that text written piece by piece comes out as
// collapse gives it whole, wherever the pieces are cut.
func TestCollapser(t *testing.T) {
	for _, s := range collapseCases {
		if !utf8.ValidString(s) {
			continue // text nodes are valid UTF-8; pieces of invalid text may differ
		}
		for cut := 0; cut <= len(s); cut++ {
			if cut < len(s) && !utf8.RuneStart(s[cut]) {
				continue
			}
			var c collapser
			c.write(s[:cut])
			c.write(s[cut:])
			if got, want := string(c.buf), collapseRef(s); got != want {
				t.Errorf("write(%q) then write(%q) = %q, want %q", s[:cut], s[cut:], got, want)
			}
		}
	}
	var c collapser
	c.write("a")
	c.writeSpace()
	c.writeSpace()
	c.write("b ")
	if got := string(c.buf); got != "a b" {
		t.Errorf("writeSpace: %q, want %q", got, "a b")
	}
	c.reset()
	c.write(" x")
	if got := string(c.buf); got != "x" {
		t.Errorf("after reset: %q, want %q", got, "x")
	}
}

// TestFirstCJK holds textWeight's shortcut true: no rune of the scripts
// it counts double comes before firstCJK.
func TestFirstCJK(t *testing.T) {
	for _, tab := range []*unicode.RangeTable{unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul} {
		for r := rune(0); r < firstCJK; r++ {
			if unicode.Is(tab, r) {
				t.Fatalf("%U is in a CJK table but below firstCJK", r)
			}
		}
	}
	if !unicode.Is(unicode.Hangul, firstCJK) {
		t.Errorf("firstCJK %U is not Hangul", firstCJK)
	}
}

// TestFixControls: text outside collapse keeps newlines and tabs, drops
// the other C0 controls and DEL, and reads C1 controls as windows-1252.
func TestFixControls(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain text", "plain text"},
		{"line\nand\ttab", "line\nand\ttab"},
		{"\x1b[2Jclear\x07", "[2Jclear"},
		{"cr\r\nff\x0c del\x7f", "cr\nff del"},
		{"we\u0092re \u0093quoted\u0094\u0085 \u0095 \u009b", "we’re “quoted”… • ›"},
		{"undefined\u0081\u008d\u008f\u0090\u009d", "undefined"},
		{"café \u200b", "café \u200b"},
	}
	for _, tc := range tests {
		if got := fixControls(tc.in); got != tc.want {
			t.Errorf("fixControls(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := collapse("we\u0092re\u0085 \x1bdone\u009b"); got != "we’re… done›" {
		t.Errorf("collapse = %q", got)
	}
}
