package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"
)

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
