package parebeam

import "github.com/apache/beam/sdks/v2/go/pkg/beam"

// Counts reads the pipeline's counters back from a finished run: pages,
// articles, pages_without_article, errors, skipped_records and
// files_done_before, summed over the workers.
func Counts(res beam.PipelineResult) map[string]int64 {
	out := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Namespace() == "pare" {
			out[c.Name()] += c.Result()
		}
	}
	return out
}
