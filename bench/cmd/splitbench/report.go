package main

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/pare-dev/pare/bench/compose"
	"github.com/pare-dev/pare/bench/datasets"
	"github.com/pare-dev/pare/bench/metrics"
)

// Thresholds naming a page's failure in printCauses and printWorst.
const (
	lowF1       = 0.8
	highContam  = 0.05
	headerWidth = 100
)

// printGenerated says what was composed and what was skipped, and how
// the articles' headlines travelled.
func printGenerated(w io.Writer, set *compose.Set, kinds []compose.Kind) {
	heads := map[string]int{}
	for _, s := range set.Sources {
		if s.Usable() {
			heads[s.Headline]++
		}
	}
	fmt.Fprintf(w, "== composed from ScrapingHub: %d pages, %d same-host pairs; headlines %s\n",
		len(set.Sources), set.Pairs, tally(heads))
	for _, k := range kinds {
		made, skipped := 0, map[string]int{}
		for _, p := range set.Pages {
			if p.Kind == k {
				made++
			}
		}
		for _, s := range set.Skipped {
			if s.Kind == k {
				skipped[s.Reason]++
			}
		}
		fmt.Fprintf(w, "%-8s %4d made, %d skipped %s\n", k, made, sum(skipped), tally(skipped))
	}
}

// printComposed prints the figures per kind and over all kinds.
func printComposed(w io.Writer, recs []Record, kinds []compose.Kind) {
	fmt.Fprintf(w, "\n== pare (rules off) on composed pages\n")
	fmt.Fprintf(w, "%-8s %5s %9s %6s %8s %7s %8s %7s %12s  %s\n", "kind", "pages", "count-acc", "F1", "F1-alone", "F1-host", "F1-guest", "contam", "teaser-leak", "articles:pages")
	for _, k := range kinds {
		printRow(w, string(k), filter(recs, func(r Record) bool { return r.Kind == string(k) }))
	}
	if len(kinds) > 1 {
		printRow(w, "all", recs)
	}
	fmt.Fprintln(w, "F1: per true article, after matching (unmatched: 0); F1-alone: the same articles from their own pages.")
	fmt.Fprintln(w, "contam: over matched articles of two-article pages,")
	fmt.Fprintln(w, "the share of an output article's shingles that are the other article's. teaser-leak: items found in any article.")
}

func printRow(w io.Writer, name string, recs []Record) {
	var okCount, f1, alone, f1Host, f1Guest, contam, teasers, leaked []float64
	counts := map[string]int{}
	for _, r := range recs {
		okCount = append(okCount, b2f(r.Got == r.Want))
		counts[fmt.Sprint(r.Got)]++
		f1 = append(f1, r.F1...)
		alone = append(alone, r.Alone...)
		f1Host = append(f1Host, r.F1[0])
		if r.Want > 1 {
			f1Guest = append(f1Guest, r.F1[1:]...)
			for _, m := range r.Matches {
				contam = append(contam, m.Contamination)
			}
		}
		teasers = append(teasers, float64(r.Teasers))
		leaked = append(leaked, float64(r.Leaked))
	}
	leak := "-"
	if t := sumF(teasers); t > 0 {
		leak = fmt.Sprintf("%.3f %d/%d", sumF(leaked)/t, int(sumF(leaked)), int(t))
	}
	fmt.Fprintf(w, "%-8s %5d %9.3f %6.3f %8.3f %7.3f %8s %7s %12s  %s\n", name, len(recs), metrics.Mean(okCount),
		metrics.Mean(f1), metrics.Mean(alone), metrics.Mean(f1Host), orDash(f1Guest), orDash(contam), leak, tally(counts))
}

// printSingles reports pare on the ScrapingHub pages as they are, each
// holding one article: how often it yields exactly one, and the F1 of
// the article matched to the truth (the ceiling for the composed pages).
func printSingles(w io.Writer, pages []datasets.Page, outs []output, alone map[string]float64) {
	var one, f1 []float64
	counts := map[string]int{}
	for i, p := range pages {
		one = append(one, b2f(len(outs[i].texts) == 1))
		counts[fmt.Sprint(len(outs[i].texts))]++
		f1 = append(f1, alone[p.ID])
	}
	fmt.Fprintf(w, "\n== ScrapingHub pages as they are: %d pages, exactly one article %.3f, matched F1 %.3f, articles:pages %s\n",
		len(pages), metrics.Mean(one), metrics.Mean(f1), tally(counts))
}

// printMixed lists what pare finds on real pages holding several
// articles; there is no truth to score.
func printMixed(w io.Writer, pages []datasets.Page, outs []output) {
	fmt.Fprintf(w, "\n== mixed trafilatura pages (no truth)\n")
	for i, p := range pages {
		o := outs[i]
		fmt.Fprintf(w, "%s: %d articles", p.ID, len(o.texts))
		if o.err != nil {
			fmt.Fprintf(w, ", error: %v", o.err)
		}
		fmt.Fprintln(w)
		for j, t := range o.titles {
			app := ""
			if o.appended[j] {
				app = " (appended)"
			}
			fmt.Fprintf(w, "  %d. %s%s, %d tokens\n", j+1, short(t, 90), app, len(metrics.Tokens(o.texts[j])))
		}
	}
}

// causes names what went wrong on a page; none for a good one. A wrong
// count is told apart by what became of the true articles: merged (one
// output article holds much of two), or one of them dropped. Low F1 is
// named only for articles that were matched, and contamination only when
// the count is right (otherwise it is the merge).
func causes(r Record) []string {
	var out []string
	if r.Error != "" {
		out = append(out, "error")
	}
	matched := make([]bool, r.Want)
	merged := false
	for _, m := range r.Matches {
		matched[m.Truth] = true
		merged = merged || m.Contamination > highContam
	}
	switch {
	case r.Got == 0:
		out = append(out, "no article")
	case r.Got > r.Want:
		out = append(out, "too many articles")
	case r.Got < r.Want && merged:
		out = append(out, "merged into one")
	case r.Got < r.Want:
		for i, ok := range matched {
			if !ok {
				out = append(out, role(r, i)+" dropped")
			}
		}
	}
	for _, m := range r.Matches {
		switch {
		case m.F1 < lowF1 && r.Alone[m.Truth] < lowF1:
			out = append(out, fmt.Sprintf("low F1 (%s, low alone too)", role(r, m.Truth)))
		case m.F1 < lowF1:
			out = append(out, fmt.Sprintf("low F1 (%s)", role(r, m.Truth)))
		}
		if m.Contamination > highContam && r.Got == r.Want {
			out = append(out, fmt.Sprintf("contamination (%s)", role(r, m.Truth)))
		}
	}
	if r.Leaked > 0 {
		out = append(out, "teaser leak")
	}
	return out
}

// role names the i-th true article: the host page's, or the guest's.
func role(r Record, i int) string {
	if i == 0 {
		return "host"
	}
	return "guest"
}

func printCauses(w io.Writer, recs []Record) {
	n := map[string]int{}
	for _, r := range recs {
		for _, c := range causes(r) {
			n[r.Kind+": "+c]++
		}
	}
	fmt.Fprintf(w, "\n== failure causes (pages; low F1 < %.1f, contamination > %.2f)\n", lowF1, highContam)
	keys := sortedKeys(n)
	slices.SortStableFunc(keys, func(a, b string) int { return n[b] - n[a] })
	for _, k := range keys {
		fmt.Fprintf(w, "%4d  %s\n", n[k], k)
	}
}

// printWorst lists the n composed pages that lose most to composing:
// the mean loss of F1 against the articles' own pages, plus the mean
// contamination and the share of teasers leaked. A page pare gets wrong
// alone as well ranks below one it gets wrong only when composed.
func printWorst(w io.Writer, recs []Record, n int) {
	good := func(r Record) float64 {
		g := 0.0
		for i, f := range r.F1 {
			g += (f - r.Alone[i]) / float64(len(r.F1))
		}
		for _, m := range r.Matches {
			g -= m.Contamination / float64(len(r.Matches))
		}
		if r.Teasers > 0 {
			g -= float64(r.Leaked) / float64(r.Teasers)
		}
		return g
	}
	idx := make([]int, len(recs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(good(recs[a]), good(recs[b])) })
	fmt.Fprintf(w, "\n== %d worst composed pages\n", min(n, len(recs)))
	for _, i := range idx[:min(n, len(recs))] {
		r := recs[i]
		var con []string
		for _, m := range r.Matches {
			con = append(con, fmt.Sprintf("%.2f", m.Contamination))
		}
		fmt.Fprintf(w, "%-7s A %.10s B %-10.10s got %d/%d F1 %s alone %s contam [%s] leaked %d/%d: %s\n", r.Kind, r.A, r.B,
			r.Got, r.Want, floats(r.F1), floats(r.Alone), strings.Join(con, " "), r.Leaked, r.Teasers, strings.Join(causes(r), ", "))
		for _, t := range r.Titles {
			fmt.Fprintf(w, "          title: %s\n", short(t, headerWidth))
		}
	}
}
