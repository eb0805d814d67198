package compose

import (
	"hash/fnv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pare-dev/pare/bench/metrics"
)

// Teaser is one item of a "More stories" list: another page's headline,
// linked, and its first sentence.
type Teaser struct {
	Headline, Sentence, URL string
}

// Limits on a teaser's parts. A headline of fewer tokens could be found in
// an article by chance; a sentence is cut near maxSentenceRunes, as
// teaser lists cut their standfirsts.
const (
	minHeadlineTokens = 4
	minSentenceTokens = 8
	minSentenceRunes  = 24 // for scripts written without spaces
	maxSentenceRunes  = 240
)

// firstSentence returns the first sentence of sentences(body, 1), cut at
// a word near maxSentenceRunes; "" when there is none.
func firstSentence(body string) string {
	if s := sentences(body, 1); len(s) > 0 {
		return cut(s[0], maxSentenceRunes)
	}
	return ""
}

// sentences returns the first n sentences of at least minSentenceTokens
// tokens (or minSentenceRunes word characters, for scripts written
// without spaces, where a sentence is one token) in a labelled body, in
// order and whole; fewer when the body has fewer. Sentences end at . ! ? followed by a space, or at a CJK full
// stop, exclamation or question mark, and never run across paragraphs.
// A shorter piece (a dateline, "Photo: AP.") is passed over.
func sentences(body string, n int) []string {
	var out []string
	for _, para := range strings.Split(body, "\n") {
		para = strings.Join(strings.Fields(para), " ")
		start := 0
		for i, r := range para {
			end := -1
			switch r {
			case '。', '！', '？':
				end = i + utf8.RuneLen(r)
			case '.', '!', '?':
				if strings.HasPrefix(para[i+1:], " ") {
					end = i + 1
				}
			}
			if end < 0 {
				continue
			}
			if s := para[start:end]; longEnough(s) {
				if out = append(out, strings.TrimSpace(s)); len(out) == n {
					return out
				}
			}
			start = end
		}
		if s := para[start:]; longEnough(s) {
			if out = append(out, strings.TrimSpace(s)); len(out) == n {
				return out
			}
		}
	}
	return out
}

func longEnough(s string) bool {
	toks := metrics.Tokens(s)
	if len(toks) >= minSentenceTokens {
		return true
	}
	return utf8.RuneCountInString(strings.Join(toks, "")) >= minSentenceRunes
}

// cut shortens s to about limit runes, at a space when there is one in the
// second half, and marks the cut with an ellipsis.
func cut(s string, limit int) string {
	r := []rune(s)
	if len(r) <= limit {
		return s
	}
	r = r[:limit]
	if i := strings.LastIndex(string(r), " "); i > len(string(r))/2 {
		return string(r)[:i] + " …"
	}
	return string(r) + "…"
}

// teaserSection builds the list as plain markup, a heading and a list of
// linked subheadings each with a line of text, with no class or id: class
// words such as "related" or "teaser" would let an extractor drop the
// list by its name, and the benchmark measures the harder case, where
// only the text's shape tells a teaser from an article.
func teaserSection(items []Teaser) *html.Node {
	list := elem(atom.Ul, nil)
	for _, t := range items {
		link := elem(atom.A, []html.Attribute{{Key: "href", Val: t.URL}}, textNode(t.Headline))
		list.AppendChild(elem(atom.Li, nil,
			elem(atom.H3, nil, link),
			elem(atom.P, nil, textNode(t.Sentence))))
	}
	return elem(atom.Section, nil, elem(atom.H2, nil, textNode("More stories")), list)
}

// pickTeasers chooses teasers for the i-th source from the sources after
// it, in order and wrapping round: pages of other hosts in the same half
// with a headline and a first sentence, neither of which the source's
// own body mostly holds (so that finding one in the output is a leak,
// not a coincidence). It takes 4 to 6, by a hash of the source's ID, and
// returns fewer when too few qualify. Neither the number nor the choice
// depends on pages of the other half, so composing from one half makes
// the very pages composing from all makes in it.
func pickTeasers(srcs []*Source, i int) []Teaser {
	f := fnv.New32a()
	f.Write([]byte(srcs[i].ID)) // a hash.Hash never fails to write
	n := 4 + int(f.Sum32()%3)
	own := metrics.ShingleCounts(srcs[i].Body)
	var out []Teaser
	for k := 1; k < len(srcs) && len(out) < n; k++ {
		s := srcs[(i+k)%len(srcs)]
		if s.Host == srcs[i].Host || s.Half != srcs[i].Half || s.Title == "" || s.Sentence == "" ||
			Found(s.Title, own) || Found(s.Sentence, own) {
			continue
		}
		out = append(out, Teaser{Headline: s.Title, Sentence: s.Sentence, URL: s.URL})
	}
	return out
}

// Found reports whether text appears in the text whose shingle counts
// are given: at least half of its shingles occur there. Half, not all,
// because an extractor may clean a line (drop a trailing ellipsis, split
// a link from its text) and still have kept it.
func Found(text string, in map[string]int) bool {
	sh := metrics.Shingles(metrics.Tokens(text))
	if len(sh) == 0 {
		return false
	}
	hit := 0
	for _, s := range sh {
		if in[s] > 0 {
			hit++
		}
	}
	return 2*hit >= len(sh)
}

// Leaked reports whether a teaser shows in a text with the given shingle
// counts: its headline or its sentence is Found there.
func (t Teaser) Leaked(in map[string]int) bool {
	return Found(t.Headline, in) || Found(t.Sentence, in)
}
