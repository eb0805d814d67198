package extract

import (
	"math"
	"strings"
	"unicode"
)

// Lexical cohesion: whether the text after a candidate article boundary
// is about what the text before it was about. Two unrelated stories share
// few content words; the sections of one article share many (its names,
// its subject's nouns). The measure is TextTiling's block comparison
// (Hearst, "TextTiling: Segmenting Text into Multi-Paragraph Subtopic
// Passages", Computational Linguistics 23(1), 1997): the cosine of the
// term-frequency vectors of two adjacent windows of text. pare compares a
// window of the region before the boundary with a window of the region
// after it, each the cohesionWindow content words nearest the boundary.
//
// Content words are lowercased runs of letters of at least
// minContentWord runes, cut to a stem (stemRunes), or any run of letters in a script without
// spaces between words (where a run is a phrase, not a word, and is cut
// into runes). The length test is a stop list that needs no list: in the
// languages pare reads, most function words are shorter.

const (
	// cohesionWindow is how many content words of each side are compared:
	// about two or three paragraphs, TextTiling's block size of a few
	// sentences widened because news paragraphs are short.
	cohesionWindow = 200
	// minContentWord is the least length, in runes, of a content word.
	minContentWord = 5
	// stemRunes cuts each content word to its first runes, a crude stem
	// that lets "harbour" meet "harbours", and German compounds meet
	// ("Fährverbindung", "Fährhafen"). Measured on the benchmark sets'
	// tune half, telling the cuts between two stories of one host
	// (composed pages) from the cuts pare made inside one article, as
	// the area under the ROC curve: 0.73 with whole words, 0.79 with five
	// runes, 0.78 with six; windows of 100 and 400 words did worse than
	// 200, the share of new words after the cut (0.57) and weighing words
	// by their rarity on the page (0.73) worse than the plain cosine.
	stemRunes = 5
)

// wordBag counts the content words of the unmarked blocks in s, reading
// from its start (or, with fromEnd, from its end) until limit words.
func (p *page) wordBag(s span, limit int, fromEnd bool) map[string]int {
	bag := map[string]int{}
	n := 0
	add := func(w string) bool {
		bag[w]++
		n++
		return n >= limit
	}
	for k := s.lo; k < s.hi; k++ {
		i := k
		if fromEnd {
			i = s.hi - 1 - (k - s.lo)
		}
		b := &p.blocks[i]
		if b.mark != nil || b.link*2 > b.weight {
			continue
		}
		if contentWords(b.text, add) {
			break
		}
	}
	return bag
}

// contentWords calls add with each content word of text, stopping when
// add returns true; it reports whether it stopped.
func contentWords(text string, add func(string) bool) bool {
	start := -1
	flush := func(end int) bool {
		w := text[start:end]
		start = -1
		if isSpaceless(w) {
			for _, r := range w {
				if add(string(unicode.ToLower(r))) {
					return true
				}
			}
			return false
		}
		if runeCount(w) < minContentWord {
			return false
		}
		return add(stem(strings.ToLower(w)))
	}
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsMark(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && flush(i) {
			return true
		}
	}
	return start >= 0 && flush(len(text))
}

// stem is w cut to its first stemRunes runes.
func stem(w string) string {
	k := 0
	for i := range w {
		if k == stemRunes {
			return w[:i]
		}
		k++
	}
	return w
}

// isSpaceless reports whether w is in a script written without spaces
// between words (Han, Hiragana, Katakana, Thai, …).
func isSpaceless(w string) bool {
	for _, r := range w {
		return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
	}
	return false
}

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

// cosine is the cosine of two term-frequency vectors; 0 when either is
// empty.
func cosine(a, b map[string]int) float64 {
	var dot, na, nb float64
	for w, x := range a {
		na += float64(x * x)
		if y, ok := b[w]; ok {
			dot += float64(x * y)
		}
	}
	for _, y := range b {
		nb += float64(y * y)
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// cohesion is the cosine of the content words on either side of block
// at, within the blocks of lo..hi.
func (p *page) cohesion(lo, at, hi int32) float64 {
	return cosine(p.wordBag(span{lo, at}, cohesionWindow, true), p.wordBag(span{at, hi}, cohesionWindow, false))
}
