package metrics

import "strings"

// WordScore is one page scored by the WCXB metric, after evaluate.py of
// WCXB (Murrough Foley, 2026, CC-BY-4.0): the overlap of the lowercased
// token multisets of prediction and reference.
type WordScore struct {
	Precision, Recall, F1 float64
}

// ScoreWords scores pred against ref. Edge cases as in the original: an
// empty reference scores 1 against an empty prediction and 0 against any
// other; an empty prediction scores 0. "Empty" means no tokens, so a
// page whose reference is null or blank (the set's single-page apps) is
// won by predicting nothing. A failed extraction is scored with pred "".
func ScoreWords(pred, ref string) WordScore {
	pt, rt := LowerTokens(pred), LowerTokens(ref)
	switch {
	case len(rt) == 0 && len(pt) == 0:
		return WordScore{1, 1, 1}
	case len(rt) == 0 || len(pt) == 0:
		return WordScore{}
	}
	counts := make(map[string]int, len(rt))
	for _, t := range rt {
		counts[t]++
	}
	overlap := 0
	for _, t := range pt {
		if counts[t] > 0 {
			counts[t]--
			overlap++
		}
	}
	p := float64(overlap) / float64(len(pt))
	r := float64(overlap) / float64(len(rt))
	return WordScore{Precision: p, Recall: r, F1: harmonic(p, r)}
}

// WordSummary is the WCXB score of a run or of one page type: the
// per-page precision, recall and F1, each averaged over pages.
type WordSummary struct {
	Pages                 int
	Precision, Recall, F1 float64
}

// SummariseWords averages page scores; no pages give zeros.
func SummariseWords(scores []WordScore) WordSummary {
	var p, r, f mean
	for _, s := range scores {
		p.add(s.Precision)
		r.add(s.Recall)
		f.add(s.F1)
	}
	return WordSummary{Pages: len(scores), Precision: p.value(), Recall: r.value(), F1: f.value()}
}

// FoundIgnoringCase counts the snippets found in text, compared after
// Lower: WCXB's case-insensitive substring test.
func FoundIgnoringCase(text string, snippets []string) int {
	t := Lower(text)
	found := 0
	for _, s := range snippets {
		if strings.Contains(t, Lower(s)) {
			found++
		}
	}
	return found
}

// SnippetShare is FoundIgnoringCase as a share of the snippets. Like the
// original's snippet_check it is 1 for no snippets; callers averaging
// "without" shares should skip such pages, where 1 would read as "all
// leaked".
func SnippetShare(text string, snippets []string) float64 {
	if len(snippets) == 0 {
		return 1
	}
	return float64(FoundIgnoringCase(text, snippets)) / float64(len(snippets))
}

// Mean is the arithmetic mean of xs, 0 for none.
func Mean(xs []float64) float64 {
	var m mean
	for _, x := range xs {
		m.add(x)
	}
	return m.value()
}
