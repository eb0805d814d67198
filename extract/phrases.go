package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Patterns from lists: the line rules' regular expressions are built from
// the lexicon (lexicon/*.txt), so that adding a phrase or a language means
// adding a line. An entry is quoted (regexp.QuoteMeta); only what the
// list's header comment names is read specially: a space (any white space
// in some lists) and holes such as "…" or "{name}" that stand for a few
// words. The cheap prefilters that run before a pattern are derived from
// the same entries, so they cannot miss a word the pattern knows.

// phraseSyntax says how the entries of one list become a pattern.
type phraseSyntax struct {
	// space is what a space between two words becomes; "" keeps it a
	// literal space.
	space string
	// holes are placeholders and the patterns they stand for, tried in
	// order at each position (so "{words} " goes before "{words}").
	holes []hole
}

// hole is one placeholder of a phraseSyntax.
type hole struct{ mark, pattern string }

// alt joins the entries into a non-capturing alternation, "(?:a|b|…)",
// in list order. It panics on no entries (a group name the list does not
// have), whose alternation would match anywhere; the tests build every
// pattern, so an embedded list cannot ship so.
func (s phraseSyntax) alt(entries []string) string {
	if len(entries) == 0 {
		panic("extract: a pattern built from an empty word list")
	}
	parts := make([]string, len(entries))
	for i, e := range entries {
		parts[i] = s.quote(e)
	}
	return "(?:" + strings.Join(parts, "|") + ")"
}

// quote turns one entry into a pattern.
func (s phraseSyntax) quote(e string) string {
	var b, lit strings.Builder
	flush := func() {
		q := regexp.QuoteMeta(lit.String())
		if s.space != "" {
			q = strings.ReplaceAll(q, " ", s.space)
		}
		b.WriteString(q)
		lit.Reset()
	}
next:
	for i := 0; i < len(e); {
		for _, h := range s.holes {
			if strings.HasPrefix(e[i:], h.mark) {
				flush()
				b.WriteString(h.pattern)
				i += len(h.mark)
				continue next
			}
		}
		_, size := utf8.DecodeRuneInString(e[i:])
		lit.WriteString(e[i : i+size])
		i += size
	}
	flush()
	return b.String()
}

// alt is the alternation of entries with literal spaces and no holes.
func alt(entries []string) string { return phraseSyntax{}.alt(entries) }

// prefilterKeys derives mayFold's keys from lists: each entry's longest
// ASCII run (wordList.asciiKeys), without the keys that hold a shorter
// key (a text holding "photograph" holds "photo"), so the prefilter tests
// as few as it can and still finds every entry.
func prefilterKeys(lists ...wordList) []string {
	var all []string
	for _, l := range lists {
		all = append(all, l.asciiKeys()...)
	}
	return minimalKeys(all)
}

// minimalKeys drops the keys that hold another key, and duplicates. A ""
// key (an entry with no ASCII run) holds nothing and is held by every
// key: it alone is left, and mayFold then always answers true.
func minimalKeys(keys []string) []string {
	sort.Slice(keys, func(i, j int) bool {
		return len(keys[i]) < len(keys[j]) || len(keys[i]) == len(keys[j]) && keys[i] < keys[j]
	})
	var out []string
	for _, k := range keys {
		held := false
		for _, o := range out {
			if strings.Contains(k, o) {
				held = true
				break
			}
		}
		if !held {
			out = append(out, k)
		}
	}
	return out
}

// firstWords is the set of the entries' first words, lowercased.
func firstWords(entries []string) map[string]bool {
	m := make(map[string]bool, len(entries))
	for _, e := range entries {
		w, _, _ := strings.Cut(e, " ")
		m[strings.ToLower(w)] = true
	}
	return m
}

// runeSet is a set of runes: the first letters of a list's entries.
type runeSet map[rune]bool

// firstRunes is the set of the entries' first runes, lowercased.
func firstRunes(entries []string) runeSet {
	s := runeSet{}
	for _, e := range entries {
		r, _ := utf8.DecodeRuneInString(e)
		s[unicode.ToLower(r)] = true
	}
	return s
}

// mayStart reports whether s could start with one of the runes under
// (?i): its first rune or one it folds to is in the set.
func (rs runeSet) mayStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	for f := r; ; {
		if rs[f] {
			return true
		}
		if f = unicode.SimpleFold(f); f == r {
			return false
		}
	}
}
