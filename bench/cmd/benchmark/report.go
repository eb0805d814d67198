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

// setReport is everything printed for one set.
type setReport struct {
	set           string
	pages, passes int
	bytes         int64
	// summaries hold each extractor's figures over all pages, halves
	// the same for the tune and check halves, in the same order.
	summaries []summary
	halves    map[datasets.Half][]summary
	memory    *memReport // nil when pare did not run
}

// printSet prints the set's tables: the main one (joined text, all
// pages, times), F1 on the halves, WCXB's per-type F1, the article
// counts, the metadata, and pare's memory figures.
func printSet(w io.Writer, rep setReport) {
	fmt.Fprintf(w, "\n== %s: %d pages, %s, %s ==\n", rep.set, rep.pages, mb(uint64(rep.bytes)), passes(rep.passes))
	printHalves(w, rep)
	var base float64
	for _, s := range rep.summaries {
		if s.extractor == "baseline" {
			base = s.seconds
		}
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	head := "extractor\tF1\tprecision\trecall\taccuracy\t"
	if rep.set == datasets.WCXB {
		head = "extractor\tF1\tprecision\trecall\twith\twithout\t"
	}
	fmt.Fprintln(tw, head+"errors\tmedian s\tcpu s\tpages/s\tMB/s\t×baseline\t")
	for _, s := range rep.summaries {
		j := s.joined
		row := fmt.Sprintf("%s\t%.3f\t%.3f\t%.3f\t", s.extractor, j.f1, j.precision, j.recall)
		if rep.set == datasets.WCXB {
			row += fmt.Sprintf("%.3f\t%.3f\t", j.withRate, j.withoutRate)
		} else {
			row += fmt.Sprintf("%.3f\t", j.accuracy)
		}
		row += fmt.Sprintf("%d\t%.3f\t%.3f\t%s\t%s\t%s\t", s.errors, s.seconds, s.cpuSeconds,
			rate(float64(s.pages), s.seconds), rate(float64(s.bytes)/1e6, s.seconds), times(s.seconds, base))
		fmt.Fprintln(tw, row)
	}
	tw.Flush()
	printSplitF1(w, rep)
	if rep.set == datasets.WCXB {
		printTypes(w, rep.summaries)
	}
	printCounts(w, rep)
	printMeta(w, rep)
	if m := rep.memory; m != nil && m.worst.id != "" {
		printMemory(w, m)
	}
}

// maxOver is how many of the pages over heapLimit printMemory names.
const maxOver = 10

// printMemory prints pare's peak heap per page (see measureMemory) and the
// pages over heapLimit, saying which pass it only by the fixed cost of a
// call, with absolute sizes, since a multiple of a tiny page says little.
func printMemory(w io.Writer, m *memReport) {
	fmt.Fprintf(w, "pare peak heap per page (collector off: all one Extract allocates), × page size: median %.1f×, p95 %.1f×, max %.1f× (%s); a call costs %s at least\n",
		m.median, m.p95, m.worst.ratio(), memLine(m.worst), kb(m.fixed))
	if len(m.over) == 0 {
		fmt.Fprintf(w, "pare pages over %d×: none\n", heapLimit)
		return
	}
	fixedOnly := 0
	for _, p := range m.over {
		if p.onlyFixed(m.fixed) {
			fixedOnly++
		}
	}
	fmt.Fprintf(w, "pare pages over %d×: %d, of which %d only by the fixed cost of a call\n", heapLimit, len(m.over), fixedOnly)
	for _, p := range m.over[:min(len(m.over), maxOver)] {
		note := ""
		if p.onlyFixed(m.fixed) {
			note = "  (fixed cost)"
		}
		fmt.Fprintf(w, "  %5.1f×  %s%s\n", p.ratio(), memLine(p), note)
	}
	if len(m.over) > maxOver {
		fmt.Fprintf(w, "  … and %d more\n", len(m.over)-maxOver)
	}
}

func memLine(p memPage) string {
	return fmt.Sprintf("%s: %s page, %s heap", p.id, kb(uint64(p.size)), kb(p.heap))
}

func kb(b uint64) string { return fmt.Sprintf("%.1f KB", float64(b)/1e3) }

// printTypes prints WCXB's F1 (joined text, all pages) per page type,
// the types by page count.
func printTypes(w io.Writer, sums []summary) {
	if len(sums) == 0 {
		return
	}
	type col struct {
		name  string
		pages int
	}
	var cols []col
	for t, ws := range sums[0].joined.byType {
		if t != "" {
			cols = append(cols, col{t, ws.Pages})
		}
	}
	slices.SortFunc(cols, func(a, b col) int { return cmp.Or(b.pages-a.pages, strings.Compare(a.name, b.name)) })
	cols = append([]col{{"", sums[0].joined.byType[""].Pages}}, cols...)
	fmt.Fprintln(w, "F1 by page type (pages):")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	head := "extractor\t"
	for _, c := range cols {
		head += fmt.Sprintf("%s (%d)\t", cmp.Or(c.name, "all"), c.pages)
	}
	fmt.Fprintln(tw, head)
	for _, s := range sums {
		row := s.extractor + "\t"
		for _, c := range cols {
			row += fmt.Sprintf("%.3f\t", s.joined.byType[c.name].F1)
		}
		fmt.Fprintln(tw, row)
	}
	tw.Flush()
}

func mb(b uint64) string { return fmt.Sprintf("%.1f MB", float64(b)/1e6) }

// rate is n/seconds, or "—" for a run too short to time.
func rate(n, seconds float64) string {
	if seconds <= 0 {
		return "—"
	}
	return fmt.Sprintf("%.1f", n/seconds)
}

// times is seconds as a multiple of the baseline's, "—" without one.
func times(seconds, base float64) string {
	if base <= 0 {
		return "—"
	}
	return fmt.Sprintf("%.1f×", seconds/base)
}

// passes says how the times were taken.
func passes(n int) string {
	if n == 1 {
		return "1 pass"
	}
	return fmt.Sprintf("median of %d passes", n)
}
