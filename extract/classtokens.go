package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// classTokens splits class and id values into lowercase words:
// "article-body__text shareBar" gives article, body, text, share, bar.
// Rules of thumb about boilerplate are written against these words.
// The words are slices of the value, lowered once at its first capital,
// since this runs for every element of the body, more than once.
func classTokens(n *html.Node, dst []string) []string {
	for _, v := range classAndID(n) {
		words, lowered := v, false // v, lowered at its first capital
		for i := 0; i < len(v); {
			for i < len(v) && wordChars[v[i]] == 0 {
				i++
			}
			if i == len(v) {
				break
			}
			// A word runs to the next separator, or to a capital after a
			// lowercase letter or digit: "shareBar" is share, bar.
			start := i
			upper := wordChars[v[i]] == upperChar
			prevLower := !upper
			for i++; i < len(v); i++ {
				k := wordChars[v[i]]
				if k == 0 || k == upperChar && prevLower {
					break
				}
				upper = upper || k == upperChar
				prevLower = k == lowerChar
			}
			if upper && !lowered {
				words, lowered = lowerASCII(v), true
			}
			dst = append(dst, words[start:i])
		}
	}
	return dst
}

// classAndID returns attr(n, "class") and attr(n, "id") in one pass
// over the attributes.
func classAndID(n *html.Node) [2]string {
	var v [2]string
	var seen [2]bool
	for _, a := range n.Attr {
		if a.Namespace != "" {
			continue
		}
		k := -1
		switch a.Key {
		case "class":
			k = 0
		case "id":
			k = 1
		}
		if k >= 0 && !seen[k] {
			v[k], seen[k] = a.Val, true
		}
	}
	return v
}

// wordChars sorts the bytes of class words: lowercase letters and digits,
// capitals, and the rest (0), which separate words.
var wordChars = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = lowerChar
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = lowerChar
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = upperChar
	}
	return t
}()

const (
	lowerChar = 1 + iota // a lowercase letter or a digit
	upperChar
)

// lowerASCII lowers the ASCII capitals of s and nothing else, so every
// byte keeps its place; s itself when it has none.
func lowerASCII(s string) string {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}
