package metrics

import "strings"

// Shingles returns the ScrapingHub shingles of toks in text order, keyed
// as ScoreShingles keys them: 4 tokens, or one shorter shingle of all the
// tokens of a text of 1 to 3, none for no tokens. Tools that need to know
// where a shingle occurs, or which text it came from (the splitting
// benchmark locates an article in a page and measures how much of one
// article leaked into another), use it so their shingles are the metric's.
func Shingles(toks []string) []string {
	if len(toks) == 0 {
		return nil
	}
	n := max(1, len(toks)-ShingleSize+1)
	out := make([]string, n)
	for i := range n {
		out[i] = strings.Join(toks[i:min(i+ShingleSize, len(toks))], "\x00")
	}
	return out
}

// ShingleCounts is the multiset of the shingles of text's Tokens, as
// ScoreShingles counts them.
func ShingleCounts(text string) map[string]int {
	m := make(map[string]int)
	for _, s := range Shingles(Tokens(text)) {
		m[s]++
	}
	return m
}
