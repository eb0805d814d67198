package metrics

import "testing"

func TestScoreWords(t *testing.T) {
	tests := []struct {
		name, pred, ref string
		want            WordScore
	}{
		{"same-ignoring-case", "The cat sat.", "the CAT sat", WordScore{1, 1, 1}},
		{"both-empty", " ", "", WordScore{1, 1, 1}},
		{"ref-empty", "menu", "", WordScore{}},
		{"pred-empty", "", "some text", WordScore{}},
		{"punctuation-only-is-empty", "— …", "", WordScore{1, 1, 1}},
		// pred: the×2 cat sat on mat (6); ref: the×1 cat sat (3). overlap 3.
		{"multiset", "the cat sat on the mat", "the cat sat", WordScore{0.5, 1, 2.0 / 3}},
		// ref has "the" twice, pred once: overlap counts it once.
		{"repeats-count-once-each", "the dog", "the the dog", WordScore{1, 2.0 / 3, 0.8}},
		{"no-overlap", "alpha", "beta", WordScore{}},
		{"turkish-dotted-i", "İstanbul", "i stanbul", WordScore{1, 1, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ScoreWords(tt.pred, tt.ref)
			if !near(got.Precision, tt.want.Precision) || !near(got.Recall, tt.want.Recall) || !near(got.F1, tt.want.F1) {
				t.Errorf("ScoreWords(%q, %q) = %+v, want %+v", tt.pred, tt.ref, got, tt.want)
			}
		})
	}
}

func TestSummariseWords(t *testing.T) {
	got := SummariseWords([]WordScore{{1, 1, 1}, {0.5, 1, 2.0 / 3}, {}})
	want := WordSummary{Pages: 3, Precision: 0.5, Recall: 2.0 / 3, F1: (1 + 2.0/3) / 3}
	if got.Pages != want.Pages || !near(got.Precision, want.Precision) || !near(got.Recall, want.Recall) || !near(got.F1, want.F1) {
		t.Errorf("SummariseWords = %+v, want %+v", got, want)
	}
	if got := SummariseWords(nil); got != (WordSummary{}) {
		t.Errorf("SummariseWords(nil) = %+v, want zero", got)
	}
}

func TestSnippetShare(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		snippets []string
		want     float64
	}{
		{"none-given", "anything", nil, 1},
		{"case-insensitive", "Order NOW and log in", []string{"order now", "Login", "Home", "LOG IN"}, 0.5},
		{"failed-page", "", []string{"a", "b"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SnippetShare(tt.text, tt.snippets); !near(got, tt.want) {
				t.Errorf("SnippetShare = %v, want %v", got, tt.want)
			}
		})
	}
}
