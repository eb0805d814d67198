package metrics

import (
	"math"
	"testing"
)

// Expected TP/FP/FN values were checked against the original evaluate.py's
// string_shingle_matching.
func TestScoreShingles(t *testing.T) {
	tests := []struct {
		name, truth, pred string
		want              ShinglePage
		hasP, hasR        bool
		p, r              float64
	}{
		{"same", "a b c d e", "a b c d e", ShinglePage{1, 0, 0, true}, true, true, 1, 1},
		{"both-empty", "", "", ShinglePage{0, 0, 0, true}, false, false, 1, 1},
		{"nothing-predicted", "a b c d e", "", ShinglePage{0, 0, 1, false}, false, true, 0, 0},
		{"short-texts", "hello world", "hello world!", ShinglePage{1, 0, 0, true}, true, true, 1, 1},
		{"short-truth-long-pred", "a b", "a b c d", ShinglePage{0, 0.5, 0.5, false}, true, true, 0, 0},
		{"multiset", "a b c d a b c d", "a b c d", ShinglePage{0.2, 0, 0.8, false}, true, true, 1, 0.2},
		{"case-kept", "A b c d", "a b c d", ShinglePage{0, 0.5, 0.5, false}, true, true, 0, 0},
		{"extra-text", "one two three four five", "zero one two three four five six", ShinglePage{0.5, 0.5, 0, false}, true, true, 0.5, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ScoreShingles(tt.truth, tt.pred)
			if !near(got.TP, tt.want.TP) || !near(got.FP, tt.want.FP) || !near(got.FN, tt.want.FN) || got.Exact != tt.want.Exact {
				t.Fatalf("ScoreShingles = %+v, want %+v", got, tt.want)
			}
			if got.HasPrecision() != tt.hasP || got.HasRecall() != tt.hasR {
				t.Errorf("HasPrecision, HasRecall = %v, %v, want %v, %v", got.HasPrecision(), got.HasRecall(), tt.hasP, tt.hasR)
			}
			if !near(got.Precision(), tt.p) || !near(got.Recall(), tt.r) {
				t.Errorf("Precision, Recall = %v, %v, want %v, %v", got.Precision(), got.Recall(), tt.p, tt.r)
			}
		})
	}
}

func TestSummariseShingles(t *testing.T) {
	tests := []struct {
		name  string
		pages []ShinglePage
		want  ShingleSummary
	}{
		{"none", nil, ShingleSummary{}},
		{
			// The page with nothing predicted lowers recall only.
			"nothing-predicted-costs-recall",
			[]ShinglePage{
				ScoreShingles("a b c d e", ""),
				ScoreShingles("a b c d a b c d", "a b c d"),
				ScoreShingles("a b c d e", "a b c d e"),
			},
			ShingleSummary{Pages: 3, Precision: 1, Recall: 0.4, F1: 0.8 / 1.4, Accuracy: 1.0 / 3},
		},
		{
			// Empty truth and empty prediction: counted in neither average.
			"both-empty-left-out",
			[]ShinglePage{ScoreShingles("", ""), ScoreShingles("a b c d e", "a b c d e z")},
			ShingleSummary{Pages: 2, Precision: 2.0 / 3, Recall: 1, F1: 0.8, Accuracy: 0.5},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SummariseShingles(tt.pages)
			if got.Pages != tt.want.Pages || !near(got.Precision, tt.want.Precision) || !near(got.Recall, tt.want.Recall) ||
				!near(got.F1, tt.want.F1) || !near(got.Accuracy, tt.want.Accuracy) {
				t.Errorf("SummariseShingles = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-12 }
