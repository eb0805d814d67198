package metrics

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isWord reports whether r is matched by Python 3's `\w` (see the package
// doc): a letter, a number of any kind, or the underscore.
func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// Tokens returns the runs of word characters in s, like Python's
// re.findall(r'\w+', s). Case is kept. Invalid UTF-8 decodes to U+FFFD,
// which is not a word character.
func Tokens(s string) []string {
	var toks []string
	start := -1
	for i, r := range s {
		switch {
		case isWord(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			toks = append(toks, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, s[start:])
	}
	return toks
}

// Lower lowercases s like Python's str.lower: Go's simple mapping, plus
// U+0130 to "i\u0307" and the final-sigma rule (see the package doc).
func Lower(s string) string {
	if !strings.ContainsRune(s, 'İ') && !strings.ContainsRune(s, 'Σ') {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i, r := range s {
		switch r {
		case 'İ':
			b.WriteString("i\u0307")
		case 'Σ':
			if finalSigma(s, i) {
				b.WriteRune('ς')
			} else {
				b.WriteRune('σ')
			}
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// finalSigma reports whether the capital sigma at byte i of s is in the
// Final_Sigma context of Unicode's SpecialCasing.txt, as CPython decides
// it: preceded by a cased letter and not followed by one, skipping
// case-ignorable characters on both sides.
func finalSigma(s string, i int) bool {
	prev := rune(-1)
	for before := s[:i]; len(before) > 0; {
		r, n := utf8.DecodeLastRuneInString(before)
		before = before[:len(before)-n]
		if !caseIgnorable(r) {
			prev = r
			break
		}
	}
	if prev < 0 || !cased(prev) {
		return false
	}
	for _, r := range s[i+len("Σ"):] {
		if !caseIgnorable(r) {
			return !cased(r)
		}
	}
	return true
}

// cased is Unicode's derived property Cased (DerivedCoreProperties.txt).
func cased(r rune) bool {
	return unicode.In(r, unicode.Lu, unicode.Ll, unicode.Lt,
		unicode.Other_Lowercase, unicode.Other_Uppercase)
}

// caseIgnorable is Unicode's derived property Case_Ignorable: categories
// Mn, Me, Cf, Lm, Sk, plus the Word_Break classes MidLetter, MidNumLet and
// Single_Quote, listed here since Go has no Word_Break table.
func caseIgnorable(r rune) bool {
	switch r {
	case ':', '·', '\u0387', '\u055F', '\u05F4', '\u2027', '\uFE13', '\uFE55', '\uFF1A', // MidLetter
		'.', '\u2018', '\u2019', '\u2024', '\uFE52', '\uFF07', '\uFF0E', // MidNumLet
		'\'': // Single_Quote
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// LowerTokens is Tokens(Lower(s)), the WCXB tokenisation.
func LowerTokens(s string) []string { return Tokens(Lower(s)) }

// isSpace reports whether r is matched by Python 3's `\s`.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1C && r <= 0x1F)
}

// CollapseSpace replaces every run of whitespace in s by one space and
// trims both ends, like Python's re.sub(r"\s+", " ", s).strip().
func CollapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for _, r := range s {
		if isSpace(r) {
			pending = b.Len() > 0
			continue
		}
		if pending {
			b.WriteByte(' ')
			pending = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
