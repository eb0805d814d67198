package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// collapseRef is collapse as it was first written, one rune at a time
// into a builder: the fast paths must give what it gives.
func collapseRef(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if invisible(r) {
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
