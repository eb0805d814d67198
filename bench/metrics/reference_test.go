package metrics_test

import (
	"math"
	"path/filepath"
	"testing"

	"github.com/pare-dev/pare/bench/datasets"
	"github.com/pare-dev/pare/bench/metrics"
)

// TestScrapingHubReference scores the benchmark's stored outputs of other
// extractors and checks the port against the figures the benchmark
// publishes (its README, latest run, three decimals), and against the
// unrounded values of the original evaluate.py run on the same files with
// CPython 3.11, so that a drift too small to move a rounded figure still
// shows.
func TestScrapingHubReference(t *testing.T) {
	dir, err := datasets.FindDir()
	if err != nil {
		t.Skipf("benchmark data absent (%v); set $%s", err, datasets.EnvDir)
	}
	pages, err := datasets.Load(dir, datasets.ScrapingHub, 0)
	if err != nil {
		t.Fatal(err)
	}
	type figures struct{ f1, p, r, acc float64 }
	tests := []struct {
		tool      string
		published figures
		python    figures
	}{
		{"rs_trafilatura", figures{0.970, 0.951, 0.990, 0.287}, figures{0.96995455, 0.95101431, 0.98966454, 0.28729282}},
		{"AutoExtract", figures{0.970, 0.984, 0.956, 0.470}, figures{0.97002210, 0.98449332, 0.95597015, 0.46961326}},
		{"go_trafilatura", figures{0.960, 0.940, 0.980, 0.287}, figures{0.95968425, 0.94030380, 0.97988040, 0.28729282}},
		{"trafilatura", figures{0.958, 0.938, 0.978, 0.293}, figures{0.95750252, 0.93828932, 0.97751903, 0.29281768}},
		{"Diffbot", figures{0.951, 0.958, 0.944, 0.348}, figures{0.95092004, 0.95812069, 0.94382682, 0.34806630}},
		{"newspaper", figures{0.949, 0.964, 0.934, 0.326}, figures{0.94866395, 0.96387707, 0.93392359, 0.32596685}},
		{"readability_js", figures{0.947, 0.914, 0.982, 0.166}, figures{0.94674764, 0.91394424, 0.98199346, 0.16574586}},
		{"go_readability", figures{0.934, 0.900, 0.971, 0.188}, figures{0.93411465, 0.89996630, 0.97095666, 0.18784530}},
	}
	for _, tt := range tests {
		t.Run(tt.tool, func(t *testing.T) {
			out, err := datasets.ReadOutputs(filepath.Join(dir, "scrapinghub", "reference-outputs", tt.tool+".json"))
			if err != nil {
				t.Fatal(err)
			}
			// evaluate.py refuses outputs whose keys differ from the truth's.
			if len(out) != len(pages) {
				t.Fatalf("%d outputs for %d pages", len(out), len(pages))
			}
			scores := make([]metrics.ShinglePage, len(pages))
			for i, p := range pages {
				pred, ok := out[p.ID]
				if !ok {
					t.Fatalf("no output for page %s", p.ID)
				}
				scores[i] = metrics.ScoreShingles(p.Truth.Body, pred)
			}
			s := metrics.SummariseShingles(scores)
			got := figures{s.F1, s.Precision, s.Recall, s.Accuracy}
			t.Logf("F1 %.8f  precision %.8f  recall %.8f  accuracy %.8f", got.f1, got.p, got.r, got.acc)
			names := []string{"F1", "precision", "recall", "accuracy"}
			gv := []float64{got.f1, got.p, got.r, got.acc}
			pv := []float64{tt.published.f1, tt.published.p, tt.published.r, tt.published.acc}
			yv := []float64{tt.python.f1, tt.python.p, tt.python.r, tt.python.acc}
			for i, name := range names {
				if r := math.Round(gv[i]*1000) / 1000; r != pv[i] {
					t.Errorf("%s = %.5f, rounds to %.3f; published %.3f", name, gv[i], r, pv[i])
				}
				if math.Abs(gv[i]-yv[i]) > 1e-8 {
					t.Errorf("%s = %.10f; evaluate.py gives %.8f", name, gv[i], yv[i])
				}
			}
		})
	}
}
