package main

import (
	"github.com/pare-dev/pare/bench/datasets"
	"github.com/pare-dev/pare/bench/metrics"
)

// summary is one extractor's figures on one set, over the pages of one
// half (or all).
type summary struct {
	set, extractor string
	half           datasets.Half
	pages, errors  int
	hosts          int
	bytes          int64
	// joined scores the text of every article, first the first article
	// alone; singleJoined and singleFirst the same over the single-article
	// pages (for WCXB, its article pages; for the other sets, all).
	joined, first             figures
	singleJoined, singleFirst figures
	// articles counts pages by article count: 0, 1, 2, 3 or more;
	// byType does so per WCXB page type.
	articles [4]int
	byType   map[string][4]int
	// single counts the pages known to hold one article, singleWrong
	// those of them that did not yield exactly one.
	single, singleWrong int
	// meta tallies each metadata field (see metaFields) over the pages
	// that label it; singleMeta over the single-article pages among them
	// (for WCXB, its article pages; for the other sets, the same pages).
	meta, singleMeta map[string]metaTally
	// seconds is the median over passes of the set's total Extract time,
	// or, for a summary of saved records, the sum of per-page medians.
	seconds float64
	// cpuSeconds is the median over passes of the process CPU time.
	cpuSeconds float64
}

// figures are a set's figures for one text per page, by its own metric.
type figures struct {
	// f1, precision, recall and accuracy follow the set's own metric;
	// hasAccuracy is false for WCXB, which defines none.
	f1, precision, recall, accuracy float64
	hasAccuracy                     bool
	// withRate and withoutRate are WCXB's snippet rates: the mean share
	// of "with" snippets found (a page without any counts 1, as in the
	// original) and of "without" snippets found (over pages having some).
	withRate, withoutRate float64
	// byType holds WCXB's word scores per page type; "" is all types.
	byType map[string]metrics.WordSummary
}

// metaTally counts one metadata field over the labelled pages.
type metaTally struct{ labelled, right, empty int }

// add counts one labelled page.
func (t metaTally) add(m metrics.Match) metaTally {
	t.labelled++
	switch m {
	case metrics.Right:
		t.right++
	case metrics.Empty:
		t.empty++
	}
	return t
}

// accuracy is right over labelled, 0 for no labelled page.
func (t metaTally) accuracy() float64 {
	if t.labelled == 0 {
		return 0
	}
	return float64(t.right) / float64(t.labelled)
}

// singleRate is the share of single-article pages not yielding one.
func (s summary) singleRate() float64 {
	if s.single == 0 {
		return 0
	}
	return float64(s.singleWrong) / float64(s.single)
}

// summarise computes the figures of extractor on set from its records,
// over the pages of half (a record of a run made before halves, with
// none, counts only in All).
func summarise(set, extractor string, half datasets.Half, recs []Record) summary {
	s := summary{set: set, extractor: extractor, half: half, byType: map[string][4]int{},
		meta: map[string]metaTally{}, singleMeta: map[string]metaTally{}}
	var joined, first, singleJoined, singleFirst []scoredPage
	hosts := map[string]bool{}
	for _, r := range recs {
		if r.Set != set || r.Extractor != extractor || (half != datasets.All && r.Half != string(half)) {
			continue
		}
		s.pages++
		hosts[r.Host] = true
		s.bytes += int64(r.Bytes)
		s.seconds += r.Seconds
		if r.Error != "" {
			s.errors++
		}
		n := min(r.Articles, 3)
		s.articles[n]++
		if r.PageType != "" {
			c := s.byType[r.PageType]
			c[n]++
			s.byType[r.PageType] = c
		}
		if r.Single {
			s.single++
			if r.Articles != 1 {
				s.singleWrong++
			}
		}
		for _, name := range metaFields {
			if f := r.Meta.field(name); f != nil {
				s.meta[name] = s.meta[name].add(f.Match)
				if r.Single {
					s.singleMeta[name] = s.singleMeta[name].add(f.Match)
				}
			}
		}
		joined = append(joined, scoredPage{r.PageType, r.Scores})
		first = append(first, scoredPage{r.PageType, r.first()})
		if r.Single {
			singleJoined = append(singleJoined, scoredPage{r.PageType, r.Scores})
			singleFirst = append(singleFirst, scoredPage{r.PageType, r.first()})
		}
	}
	s.hosts = len(hosts)
	s.joined, s.first = aggregate(set, joined), aggregate(set, first)
	s.singleJoined, s.singleFirst = aggregate(set, singleJoined), aggregate(set, singleFirst)
	return s
}

// scoredPage is one page's scores with what aggregate groups them by.
type scoredPage struct {
	pageType string
	scores   Scores
}

// aggregate computes the set's figures from its pages' scores, as the
// set's own script does.
func aggregate(set string, pages []scoredPage) figures {
	f := figures{byType: map[string]metrics.WordSummary{}}
	var shingles []metrics.ShinglePage
	var counts metrics.SnippetCounts
	words := map[string][]metrics.WordScore{}
	var with, without []float64
	for _, p := range pages {
		r := p.scores
		switch {
		case r.Shingles != nil:
			shingles = append(shingles, *r.Shingles)
		case r.Snippets != nil:
			counts.Add(*r.Snippets)
		case r.With != nil:
			w := metrics.WordScore{Precision: r.Precision, Recall: r.Recall, F1: r.F1}
			words[""] = append(words[""], w)
			words[p.pageType] = append(words[p.pageType], w)
			with = append(with, share(r.With, 1))
			if r.Without != nil && r.Without.Total > 0 {
				without = append(without, share(r.Without, 0))
			}
		}
	}
	switch set {
	case datasets.ScrapingHub:
		sum := metrics.SummariseShingles(shingles)
		f.f1, f.precision, f.recall, f.accuracy, f.hasAccuracy = sum.F1, sum.Precision, sum.Recall, sum.Accuracy, true
	case datasets.Trafilatura:
		f.f1, f.precision, f.recall, f.accuracy, f.hasAccuracy = counts.F1(), counts.Precision(), counts.Recall(), counts.Accuracy(), true
	case datasets.WCXB:
		for t, ws := range words {
			f.byType[t] = metrics.SummariseWords(ws)
		}
		all := f.byType[""]
		f.f1, f.precision, f.recall = all.F1, all.Precision, all.Recall
		f.withRate, f.withoutRate = metrics.Mean(with), metrics.Mean(without)
	}
	return f
}

// share is f.Found/f.Total, or empty when there are no snippets.
func share(f *found, empty float64) float64 {
	if f.Total == 0 {
		return empty
	}
	return float64(f.Found) / float64(f.Total)
}
