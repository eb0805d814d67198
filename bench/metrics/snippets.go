package metrics

import "strings"

// SnippetCounts is the trafilatura evaluation's confusion matrix, after
// tests/eval_common.py of adbar/trafilatura: a "with" snippet found in the
// output is a true positive and one missed a false negative; a "without"
// snippet found is a false positive and one absent a true negative.
type SnippetCounts struct {
	TP, FP, FN, TN int
}

// CountSnippets scores one page. Snippets and text are compared after
// CollapseSpace, case kept. A page an extractor failed on is scored with
// text "", which finds no snippet: all "with" snippets become false
// negatives and all "without" snippets true negatives, as the original
// scores a crash.
func CountSnippets(text string, with, without []string) SnippetCounts {
	t := CollapseSpace(text)
	var c SnippetCounts
	for _, s := range with {
		if strings.Contains(t, CollapseSpace(s)) {
			c.TP++
		} else {
			c.FN++
		}
	}
	for _, s := range without {
		if strings.Contains(t, CollapseSpace(s)) {
			c.FP++
		} else {
			c.TN++
		}
	}
	return c
}

// Add pools o into c: the set's scores come from counts summed over all
// pages, not from per-page averages.
func (c *SnippetCounts) Add(o SnippetCounts) {
	c.TP += o.TP
	c.FP += o.FP
	c.FN += o.FN
	c.TN += o.TN
}

// Precision is TP/(TP+FP), 0 when nothing was found.
func (c SnippetCounts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), 0 without "with" snippets.
func (c SnippetCounts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is 2TP/(2TP+FP+FN), 0 when that denominator is 0.
func (c SnippetCounts) F1() float64 { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

// Accuracy is (TP+TN)/all, 0 without snippets.
func (c SnippetCounts) Accuracy() float64 { return ratio(c.TP+c.TN, c.TP+c.TN+c.FP+c.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
