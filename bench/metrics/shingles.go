package metrics

import (
	"slices"
	"strings"
)

// ShingleSize is the shingle length of the ScrapingHub metric.
const ShingleSize = 4

// ShinglePage is one page scored by the ScrapingHub metric, after
// evaluate.py of scrapinghub/article-extraction-benchmark.
type ShinglePage struct {
	// TP, FP and FN count shingles found in both texts, only in the
	// prediction and only in the truth (as multisets), divided by their
	// sum so that a long page weighs no more than a short one. All three
	// are zero when neither text has a token.
	TP, FP, FN float64
	// Exact reports whether the two token lists are equal (case kept).
	Exact bool
}

// ScoreShingles scores a prediction against the true text of one page.
// A page an extractor failed on is scored with pred "", as the original
// scores a missing articleBody.
//
// Tokens are Tokens(s), case kept: the original compiles `\w+` with
// re.IGNORECASE, which changes nothing for a class without letters.
func ScoreShingles(truth, pred string) ShinglePage {
	tt, pt := Tokens(truth), Tokens(pred)
	ts, ps := shingles(tt), shingles(pt)
	var tp, fp, fn float64
	for k, t := range ts {
		p := ps[k]
		tp += float64(min(t, p))
		fn += float64(max(0, t-p))
	}
	for k, p := range ps {
		fp += float64(max(0, p-ts[k]))
	}
	if s := tp + fp + fn; s > 0 {
		tp, fp, fn = tp/s, fp/s, fn/s
	}
	return ShinglePage{TP: tp, FP: fp, FN: fn, Exact: slices.Equal(tt, pt)}
}

// shingles counts the 4-token shingles of toks. As in the original, a
// text of 1 to 3 tokens yields one shorter shingle of all its tokens, and
// an empty text none, so a short truth can still be matched.
func shingles(toks []string) map[string]int {
	m := make(map[string]int)
	n := max(1, len(toks)-ShingleSize+1)
	for i := 0; i < n && i < len(toks); i++ {
		m[strings.Join(toks[i:min(i+ShingleSize, len(toks))], "\x00")]++
	}
	return m
}

// HasPrecision reports whether the page counts towards average precision:
// the original averages precision only over pages where TP+FP > 0, so a
// page with nothing predicted costs recall, not precision.
func (p ShinglePage) HasPrecision() bool { return p.TP+p.FP > 0 }

// HasRecall reports whether the page counts towards average recall (TP+FN
// > 0): a page with an empty truth is left out.
func (p ShinglePage) HasRecall() bool { return p.TP+p.FN > 0 }

// Precision is the page's precision with the original's edge cases: 1
// when nothing was missed or added (FP = FN = 0), 0 when TP = FP = 0.
func (p ShinglePage) Precision() float64 {
	switch {
	case p.FP == 0 && p.FN == 0:
		return 1
	case p.TP == 0 && p.FP == 0:
		return 0
	}
	return p.TP / (p.TP + p.FP)
}

// Recall is the page's recall, with the edge cases of Precision.
func (p ShinglePage) Recall() float64 {
	switch {
	case p.FP == 0 && p.FN == 0:
		return 1
	case p.TP == 0 && p.FN == 0:
		return 0
	}
	return p.TP / (p.TP + p.FN)
}

// F1 is the harmonic mean of the page's Precision and Recall, 0 when both
// are 0. The benchmark itself has no per-page F1; this one ranks pages.
func (p ShinglePage) F1() float64 { return harmonic(p.Precision(), p.Recall()) }

// ShingleSummary is the ScrapingHub score of a run.
type ShingleSummary struct {
	Pages int
	// Precision and Recall are per-page averages over the pages where
	// each is defined (see HasPrecision, HasRecall); F1 is their harmonic
	// mean, not an average of per-page F1.
	Precision, Recall, F1 float64
	// Accuracy is the share of all pages whose tokens equal the truth's.
	Accuracy float64
}

// SummariseShingles averages page scores the way evaluate.py does. An
// average over no pages is 0 (where Python would raise).
func SummariseShingles(pages []ShinglePage) ShingleSummary {
	var p, r, exact mean
	for _, pg := range pages {
		if pg.HasPrecision() {
			p.add(pg.Precision())
		}
		if pg.HasRecall() {
			r.add(pg.Recall())
		}
		exact.add(b2f(pg.Exact))
	}
	s := ShingleSummary{Pages: len(pages), Precision: p.value(), Recall: r.value(), Accuracy: exact.value()}
	s.F1 = harmonic(s.Precision, s.Recall)
	return s
}
