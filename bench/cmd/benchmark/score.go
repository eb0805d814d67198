package main

import (
	"github.com/pare-dev/pare/bench/datasets"
	"github.com/pare-dev/pare/bench/metrics"
)

// Record is one page's result for one extractor, a row of -json. F1,
// Precision and Recall are the page's own scores under its set's metric;
// the set's figures are aggregated from the detail fields, as the set's
// own script does (averages of per-page shingle scores, pooled snippet
// counts, averages of word scores), which is why they are saved too.
type Record struct {
	Set       string  `json:"set"`
	ID        string  `json:"id"`
	URL       string  `json:"url,omitempty"`
	PageType  string  `json:"page_type,omitempty"`
	Extractor string  `json:"extractor"`
	F1        float64 `json:"f1"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	Articles  int     `json:"articles"`
	Error     string  `json:"error,omitempty"`
	// Seconds is the page's median Extract time over the passes.
	Seconds float64 `json:"seconds"`
	Bytes   int     `json:"bytes"`

	Shingles *metrics.ShinglePage   `json:"shingles,omitempty"` // ScrapingHub
	Snippets *metrics.SnippetCounts `json:"snippets,omitempty"` // trafilatura
	With     *found                 `json:"with,omitempty"`     // WCXB
	Without  *found                 `json:"without,omitempty"`  // WCXB
}

// found counts WCXB snippets found in the output, of Total.
type found struct {
	Found int `json:"found"`
	Total int `json:"total"`
}

// score turns the first pass's outputs into records. A failed page is
// scored as an empty output, as each set's script scores a failure.
func score(pages []datasets.Page, runs []*extractorRun) []Record {
	recs := make([]Record, 0, len(pages)*len(runs))
	for _, r := range runs {
		for i, pg := range pages {
			out := r.outputs[i]
			rec := Record{Set: pg.Set, ID: pg.ID, URL: pg.URL, PageType: pg.PageType,
				Extractor: r.name, Articles: out.articles,
				Seconds: median(r.pageSeconds[i]), Bytes: len(pg.HTML)}
			text := out.text
			if out.err != nil {
				rec.Error, text = out.err.Error(), ""
			}
			scorePage(&rec, pg, text)
			recs = append(recs, rec)
		}
	}
	return recs
}

func scorePage(rec *Record, pg datasets.Page, text string) {
	switch pg.Set {
	case datasets.ScrapingHub:
		s := metrics.ScoreShingles(pg.Truth.Body, text)
		rec.Precision, rec.Recall, rec.F1 = s.Precision(), s.Recall(), s.F1()
		rec.Shingles = &s
	case datasets.Trafilatura:
		c := metrics.CountSnippets(text, pg.Truth.With, pg.Truth.Without)
		rec.Precision, rec.Recall, rec.F1 = c.Precision(), c.Recall(), c.F1()
		rec.Snippets = &c
	case datasets.WCXB:
		w := metrics.ScoreWords(text, pg.Truth.Body)
		rec.Precision, rec.Recall, rec.F1 = w.Precision, w.Recall, w.F1
		rec.With = &found{metrics.FoundIgnoringCase(text, pg.Truth.With), len(pg.Truth.With)}
		rec.Without = &found{metrics.FoundIgnoringCase(text, pg.Truth.Without), len(pg.Truth.Without)}
	}
}
