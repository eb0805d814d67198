package main

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/pare-dev/pare/bench/datasets"
)

// The halves as the tables show them, all first.
var halves = datasets.Halves

// perHalf returns the summaries of extractor ex on every half, all first;
// all is rep.summaries[i].
func perHalf(rep setReport, i int) []summary {
	out := []summary{rep.summaries[i]}
	for _, h := range halves[1:] {
		out = append(out, rep.halves[h][i])
	}
	return out
}

// printHalves says how many pages and hosts each half of the set holds.
func printHalves(w io.Writer, rep setReport) {
	if len(rep.summaries) == 0 {
		return
	}
	var parts []string
	for _, s := range perHalf(rep, 0) {
		parts = append(parts, fmt.Sprintf("%s %d pages, %d hosts", s.half, s.pages, s.hosts))
	}
	fmt.Fprintf(w, "halves (by a hash of the host, see README): %s\n", strings.Join(parts, "; "))
}

// printSplitF1 prints F1 on all pages and on each half, of the joined
// text and of the first article alone; for WCXB, over its article pages
// too.
func printSplitF1(w io.Writer, rep setReport) {
	fmt.Fprintln(w, "F1 by half (joined: every article's text, as `pare page.html` prints it; first: the first article alone, as `pare -first`):")
	printF1Of(w, rep, func(s summary) (int, figures, figures) { return s.pages, s.joined, s.first })
	if rep.set == datasets.WCXB {
		fmt.Fprintln(w, "the same, article pages only:")
		printF1Of(w, rep, func(s summary) (int, figures, figures) { return s.single, s.singleJoined, s.singleFirst })
	}
}

// printF1Of prints the joined and first F1 of the pages pick chooses.
func printF1Of(w io.Writer, rep setReport, pick func(summary) (pages int, joined, first figures)) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "extractor\tjoined all\ttune\tcheck\tfirst all\ttune\tcheck\t")
	for i, s := range rep.summaries {
		row := s.extractor + "\t"
		hs := perHalf(rep, i)
		for _, h := range hs {
			n, j, _ := pick(h)
			row += orNone(n, fmt.Sprintf("%.3f", j.f1)) + "\t"
		}
		for _, h := range hs {
			n, _, f := pick(h)
			row += orNone(n, fmt.Sprintf("%.3f", f.f1)) + "\t"
		}
		fmt.Fprintln(tw, row)
	}
	tw.Flush()
}

// printCounts prints how many articles each extractor yields per page,
// and the share of single-article pages where it yields other than one;
// for WCXB, the pare variants' counts per page type.
func printCounts(w io.Writer, rep setReport) {
	single := rep.summaries[0].single
	what := "every page"
	if rep.set == datasets.WCXB {
		what = "type article"
	}
	fmt.Fprintf(w, "articles per page; ≠1: share of the %d single-article pages (%s) not yielding exactly one:\n", single, what)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "extractor\t0\t1\t2\t3+\t≠1 all\ttune\tcheck\t")
	for i, s := range rep.summaries {
		if s.extractor == "baseline" {
			continue
		}
		row := fmt.Sprintf("%s\t%d\t%d\t%d\t%d\t", s.extractor, s.articles[0], s.articles[1], s.articles[2], s.articles[3])
		for _, h := range perHalf(rep, i) {
			row += orNone(h.single, fmt.Sprintf("%.3f (%d)", h.singleRate(), h.singleWrong)) + "\t"
		}
		fmt.Fprintln(tw, row)
	}
	tw.Flush()
	if rep.set == datasets.WCXB {
		printTypeCounts(w, rep.summaries)
	}
}

// printTypeCounts prints, per WCXB page type, the pare variants' pages
// with 0/1/2/3+ articles.
func printTypeCounts(w io.Writer, sums []summary) {
	var pares []summary
	for _, s := range sums {
		if strings.HasPrefix(s.extractor, "pare") {
			pares = append(pares, s)
		}
	}
	if len(pares) == 0 {
		return
	}
	type row struct {
		name  string
		pages int
	}
	var types []row
	for t, c := range pares[0].byType {
		types = append(types, row{t, c[0] + c[1] + c[2] + c[3]})
	}
	slices.SortFunc(types, func(a, b row) int { return cmp.Or(b.pages-a.pages, strings.Compare(a.name, b.name)) })
	fmt.Fprintln(w, "pages with 0/1/2/3+ articles by page type:")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	head := "type (pages)\t"
	for _, s := range pares {
		head += s.extractor + "\t"
	}
	fmt.Fprintln(tw, head)
	for _, t := range types {
		line := fmt.Sprintf("%s (%d)\t", t.name, t.pages)
		for _, s := range pares {
			c := s.byType[t.name]
			line += fmt.Sprintf("%d/%d/%d/%d\t", c[0], c[1], c[2], c[3])
		}
		fmt.Fprintln(tw, line)
	}
	tw.Flush()
}

// printMeta prints the metadata tables: over every page, and for WCXB
// over its article pages too, the pages an article extractor is for.
func printMeta(w io.Writer, rep setReport) {
	printMetaOf(w, rep, "all pages", func(s summary) map[string]metaTally { return s.meta })
	if rep.set == datasets.WCXB {
		printMetaOf(w, rep, "article pages", func(s summary) map[string]metaTally { return s.singleMeta })
	}
}

// printMetaOf prints each extractor's metadata accuracy per field and
// half over the pages tally picks, and how often it gave nothing; a
// labelled row first says how many pages each figure is over.
func printMetaOf(w io.Writer, rep setReport, pages string, tally func(summary) map[string]metaTally) {
	if len(rep.summaries) == 0 || len(tally(rep.summaries[0])) == 0 {
		return
	}
	fmt.Fprintf(w, "metadata of the first article against the labels, %s: accuracy = right / labelled; empty: labelled pages given no value (all halves):\n", pages)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	head := "extractor\t"
	for _, f := range metaFields {
		head += f + " all\ttune\tcheck\tempty\t"
	}
	fmt.Fprintln(tw, head)
	labelled := "labelled\t"
	for _, f := range metaFields {
		for _, h := range perHalf(rep, 0) {
			labelled += fmt.Sprintf("%d\t", tally(h)[f].labelled)
		}
		labelled += "\t"
	}
	fmt.Fprintln(tw, labelled)
	for i, s := range rep.summaries {
		if s.extractor == "baseline" {
			continue
		}
		row := s.extractor + "\t"
		for _, f := range metaFields {
			for _, h := range perHalf(rep, i) {
				t := tally(h)[f]
				row += orNone(t.labelled, fmt.Sprintf("%.3f", t.accuracy())) + "\t"
			}
			row += fmt.Sprintf("%d\t", tally(s)[f].empty)
		}
		fmt.Fprintln(tw, row)
	}
	tw.Flush()
}

// orNone is v, or "—" when it is a figure over no page.
func orNone(pages int, v string) string {
	if pages == 0 {
		return "—"
	}
	return v
}

// worstHalf is the half -worst and the split list name pages from: tune,
// unless the run was restricted to check on purpose. Pages are looked at
// on tune only, so that check can tell whether a change generalises.
func worstHalf(h datasets.Half) datasets.Half {
	if h == datasets.Check {
		return datasets.Check
	}
	return datasets.Tune
}

// printWorst prints pare's n lowest-F1 pages of the set in half.
func printWorst(w io.Writer, set string, recs []Record, n int, half datasets.Half) {
	var pare []Record
	for _, r := range recs {
		if r.Set == set && r.Extractor == "pare" && r.Half == string(half) {
			pare = append(pare, r)
		}
	}
	if len(pare) == 0 {
		fmt.Fprintf(w, "-worst: pare did not run on %s's %s half\n", set, half)
		return
	}
	slices.SortStableFunc(pare, func(a, b Record) int { return cmp.Compare(a.F1, b.F1) })
	fmt.Fprintf(w, "pare's %d worst pages on %s, %s half only:\n", min(n, len(pare)), set, half)
	for _, r := range pare[:min(n, len(pare))] {
		note := ""
		if r.Error != "" {
			note = "  error: " + r.Error
		}
		fmt.Fprintf(w, "  F1 %.3f  first %.3f  P %.3f  R %.3f  %d articles  %s  %s%s\n", r.F1, r.first().F1, r.Precision, r.Recall, r.Articles, r.ID, r.URL, note)
	}
}

// maxSplit is how many pages printMostSplit names.
const maxSplit = 10

// printMostSplit names the single-article pages of half that pare splits
// into the most articles, most first: where to look for a splitting
// heuristic that fires on a page holding one story.
func printMostSplit(w io.Writer, recs []Record, half datasets.Half) {
	var split []Record
	for _, r := range recs {
		if r.Extractor == "pare" && r.Single && r.Articles > 1 && r.Half == string(half) {
			split = append(split, r)
		}
	}
	if len(split) == 0 {
		return
	}
	slices.SortStableFunc(split, func(a, b Record) int { return cmp.Compare(b.Articles, a.Articles) })
	fmt.Fprintf(w, "\nsingle-article pages pare splits most, %s half only (%d pages yield more than one):\n", half, len(split))
	for _, r := range split[:min(maxSplit, len(split))] {
		fmt.Fprintf(w, "  %2d articles  %-11s %s  %s\n", r.Articles, r.Set, r.ID, r.URL)
	}
}
