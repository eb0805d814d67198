package main

import (
	"github.com/pare-dev/pare/bench/datasets"
	"github.com/pare-dev/pare/bench/metrics"
)

// summary is one extractor's figures on one set.
type summary struct {
	set, extractor string
	pages, errors  int
	bytes          int64
	// f1, precision, recall and accuracy follow the set's own metric;
	// hasAccuracy is false for WCXB, which defines none.
	f1, precision, recall, accuracy float64
	hasAccuracy                     bool
	// withRate and withoutRate are WCXB's snippet rates: the mean share
	// of "with" snippets found (a page without any counts 1, as in the
	// original) and of "without" snippets found (over pages having some).
	withRate, withoutRate float64
	// byType holds WCXB's word scores per page type.
	byType map[string]metrics.WordSummary
	// articles counts pages by article count: 0, 1, 2 or more.
	articles [3]int
	// seconds is the median over passes of the set's total Extract time,
	// or, for a summary of saved records, the sum of per-page medians.
	seconds float64
	// cpuSeconds is the median over passes of the process CPU time.
	cpuSeconds float64
}

// summarise computes the figures of extractor on set from its records.
func summarise(set, extractor string, recs []Record) summary {
	s := summary{set: set, extractor: extractor, byType: map[string]metrics.WordSummary{}}
	var shingles []metrics.ShinglePage
	var counts metrics.SnippetCounts
	words := map[string][]metrics.WordScore{}
	var with, without []float64
	for _, r := range recs {
		if r.Set != set || r.Extractor != extractor {
			continue
		}
		s.pages++
		s.bytes += int64(r.Bytes)
		s.seconds += r.Seconds
		if r.Error != "" {
			s.errors++
		}
		s.articles[min(r.Articles, 2)]++
		switch {
		case r.Shingles != nil:
			shingles = append(shingles, *r.Shingles)
		case r.Snippets != nil:
			counts.Add(*r.Snippets)
		case r.With != nil:
			w := metrics.WordScore{Precision: r.Precision, Recall: r.Recall, F1: r.F1}
			words[""] = append(words[""], w)
			words[r.PageType] = append(words[r.PageType], w)
			with = append(with, share(r.With, 1))
			if r.Without != nil && r.Without.Total > 0 {
				without = append(without, share(r.Without, 0))
			}
		}
	}
	switch set {
	case datasets.ScrapingHub:
		sum := metrics.SummariseShingles(shingles)
		s.f1, s.precision, s.recall, s.accuracy, s.hasAccuracy = sum.F1, sum.Precision, sum.Recall, sum.Accuracy, true
	case datasets.Trafilatura:
		s.f1, s.precision, s.recall, s.accuracy, s.hasAccuracy = counts.F1(), counts.Precision(), counts.Recall(), counts.Accuracy(), true
	case datasets.WCXB:
		for t, ws := range words {
			s.byType[t] = metrics.SummariseWords(ws)
		}
		all := s.byType[""]
		s.f1, s.precision, s.recall = all.F1, all.Precision, all.Recall
		s.withRate, s.withoutRate = metrics.Mean(with), metrics.Mean(without)
	}
	return s
}

// share is f.Found/f.Total, or empty when there are no snippets.
func share(f *found, empty float64) float64 {
	if f.Total == 0 {
		return empty
	}
	return float64(f.Found) / float64(f.Total)
}
