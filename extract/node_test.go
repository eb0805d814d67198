package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
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

// elem makes an element with the given attributes, key then value.
func elem(tag string, kv ...string) *html.Node {
	n := &html.Node{Type: html.ElementNode, Data: tag, DataAtom: atom.Lookup([]byte(tag))}
	for i := 0; i+1 < len(kv); i += 2 {
		n.Attr = append(n.Attr, html.Attribute{Key: kv[i], Val: kv[i+1]})
	}
	return n
}

func TestClassTokens(t *testing.T) {
	tests := []struct {
		class, id string
		want      []string
	}{
		{"article-body__text shareBar", "", []string{"article", "body", "text", "share", "bar"}},
		{"", "MainContent", []string{"main", "content"}},
		{"ABC x2Y", "nav", []string{"abc", "x2", "y", "nav"}},
		{"été-Top", "", []string{"t", "top"}},
		{"", "", nil},
	}
	for _, tc := range tests {
		n := elem("div", "class", tc.class, "id", tc.id)
		if got := classTokens(n, nil); !slices.Equal(got, tc.want) {
			t.Errorf("classTokens(class=%q id=%q) = %q, want %q", tc.class, tc.id, got, tc.want)
		}
	}
}

// classTokensRef is classTokens as first written, a byte at a time with
// strings.ToLower per word: the faster one must split alike.
func classTokensRef(n *html.Node) []string {
	var dst []string
	for _, key := range [2]string{"class", "id"} {
		v := attr(n, key)
		start := -1
		prevLower := false
		for i := 0; i <= len(v); i++ {
			var c byte
			if i < len(v) {
				c = v[i]
			}
			alnum := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
			upper := c >= 'A' && c <= 'Z'
			if start >= 0 && (!alnum || upper && prevLower) {
				dst = append(dst, strings.ToLower(v[start:i]))
				start = -1
			}
			if alnum && start < 0 {
				start = i
			}
			prevLower = c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
		}
	}
	return dst
}

// TestClassTokensLikeRef compares classTokens with classTokensRef on
// every string of up to five bytes from a small alphabet.
func TestClassTokensLikeRef(t *testing.T) {
	alphabet := []string{"a", "B", "7", "-", " ", "é"}
	var all func(prefix string, n int)
	all = func(prefix string, n int) {
		el := elem("div", "class", prefix, "id", "x"+prefix)
		if got, want := classTokens(el, nil), classTokensRef(el); !slices.Equal(got, want) {
			t.Fatalf("classTokens(%q) = %q, want %q", prefix, got, want)
		}
		if n == 0 {
			return
		}
		for _, c := range alphabet {
			all(prefix+c, n-1)
		}
	}
	all("", 5)
}

func TestLowerASCII(t *testing.T) {
	for _, s := range []string{"", "abc", "ABC", "aBc-D9", "ÉTÉ Top", "İx"} {
		want := strings.Map(func(r rune) rune {
			if r <= unicode.MaxASCII {
				return unicode.ToLower(r)
			}
			return r
		}, s)
		if got := lowerASCII(s); got != want {
			t.Errorf("lowerASCII(%q) = %q, want %q", s, got, want)
		}
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
