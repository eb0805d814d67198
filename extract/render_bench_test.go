package extract_test

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/pare-dev/pare/extract"
)

// BenchmarkRenderCost measures what the HTML and Markdown renderings
// cost beside the text: each iteration extracts every fixture page with
// text alone and then with all three renderings, and the benchmark
// reports the ratio of the two times (all/text) measured in the same
// run, so that the figure does not depend on the machine or its load:
//
//	go test ./extract -run XXX -bench RenderCost -benchtime 20x
func BenchmarkRenderCost(b *testing.B) {
	pages, size := benchPages(b)
	text := newExtractor(b, extract.Options{Outputs: extract.Text})
	all := newExtractor(b, extract.Options{Outputs: extract.AllOutputs})
	var textTime, allTime time.Duration
	b.SetBytes(2 * size)
	for b.Loop() {
		for _, ex := range []*extract.Extractor{text, all} {
			start := time.Now()
			for _, p := range pages {
				if _, err := ex.Extract(context.Background(), bytes.NewReader(p), ""); err != nil {
					b.Fatal(err)
				}
			}
			if ex == text {
				textTime += time.Since(start)
			} else {
				allTime += time.Since(start)
			}
		}
	}
	b.ReportMetric(float64(allTime)/float64(textTime), "all/text")
}
