package metrics

import "testing"

func TestCountSnippets(t *testing.T) {
	with := []string{"Die GEMA dreht\n völlig am Zeiger!", "http://www.openpetition.de"}
	without := []string{"31. Mai", "Impressum", "Steuerdarling"}
	tests := []struct {
		name, text string
		want       SnippetCounts
	}{
		{"all-right", "Die GEMA   dreht völlig\tam Zeiger! Siehe http://www.openpetition.de", SnippetCounts{TP: 2, TN: 3}},
		{"boilerplate-kept", "Impressum\nDie GEMA dreht völlig am Zeiger! 31.  Mai", SnippetCounts{TP: 1, FN: 1, FP: 2, TN: 1}},
		{"case-kept", "die gema dreht völlig am zeiger! impressum", SnippetCounts{FN: 2, TN: 3}},
		{"failed-page", "", SnippetCounts{FN: 2, TN: 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CountSnippets(tt.text, with, without); got != tt.want {
				t.Errorf("CountSnippets = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestSnippetCountsScores(t *testing.T) {
	tests := []struct {
		name          string
		c             SnippetCounts
		p, r, f1, acc float64
	}{
		{"zero", SnippetCounts{}, 0, 0, 0, 0},
		{"pooled", SnippetCounts{TP: 3, FP: 1, FN: 2, TN: 4}, 0.75, 0.6, 6.0 / 9, 0.7},
		{"nothing-found", SnippetCounts{FN: 2, TN: 3}, 0, 0, 0, 0.6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.c
			if !near(c.Precision(), tt.p) || !near(c.Recall(), tt.r) || !near(c.F1(), tt.f1) || !near(c.Accuracy(), tt.acc) {
				t.Errorf("P, R, F1, acc = %v, %v, %v, %v; want %v, %v, %v, %v",
					c.Precision(), c.Recall(), c.F1(), c.Accuracy(), tt.p, tt.r, tt.f1, tt.acc)
			}
		})
	}
	var sum SnippetCounts
	sum.Add(SnippetCounts{TP: 1, FN: 1})
	sum.Add(SnippetCounts{TP: 2, FP: 1, FN: 1, TN: 4})
	if want := (SnippetCounts{TP: 3, FP: 1, FN: 2, TN: 4}); sum != want {
		t.Errorf("Add pooled %+v, want %+v", sum, want)
	}
}
